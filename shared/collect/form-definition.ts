import * as z from 'zod';

/**
 * A form a campaign sends out, described once in `templates/forms/<id>.json`: the fillable PDF
 * (render-form.ts), the reading of what comes back (read-form-values.ts) and the zod schema that
 * validates it (`valuesSchema` below) are all derived from this description and from nothing else.
 */

export const FIELD_TYPES = ['text', 'email', 'phone', 'integer', 'decimal', 'date', 'choice', 'percentage'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const NUMERIC: ReadonlySet<FieldType> = new Set(['integer', 'decimal', 'percentage']);

/**
 * The body's own fields, pre-filled and read-only on every form: not declared by definitions, and
 * their names and labels may not be reused by one.
 */
export const BODY_FIELDS = {
  name: { name: 'enteNome', label: 'Ente destinatario' },
  code: { name: 'enteCodice', label: "Codice dell'ente" },
} as const;

const Option = z.object({
  /** What the values carry (stable, never shown). */
  value: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'option value: lower-case letters, digits and hyphens'),
  /** What the person sees and picks, in Italian. */
  label: z.string().min(1).max(80),
});

export const FormField = z.object({
  /** The AcroForm field name and the key of the value: camelCase ASCII, no dots (pdf-lib reads dots as a hierarchy). */
  name: z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/, 'field name: camelCase letters and digits, starting lower-case, at most 40'),
  /** Printed above the box and used in every message about the field; short (the detail goes in `help`). */
  label: z.string().min(1).max(70),
  type: z.enum(FIELD_TYPES),
  required: z.boolean().default(false),
  /** Required only when another field (a choice) has one of these values. */
  requiredWhen: z.object({ field: z.string(), in: z.array(z.string()).min(1) }).optional(),
  /** The allowed values of a choice. */
  options: z.array(Option).optional(),
  /** Bounds of a number (integer, decimal, percentage), inclusive. */
  min: z.number().optional(),
  max: z.number().optional(),
  /** Longest text accepted (text, email, phone); defaults by type. */
  maxLength: z.number().int().positive().max(2000).optional(),
  /** What to write and why, in Italian: the field's tooltip in the PDF. */
  help: z.string().max(500).optional(),
  layout: z.object({
    section: z.string(),
    /** Fields with the same row number sit side by side, in the order of the definition. */
    row: z.number().int().positive(),
    /** Share of the line, in twelfths. */
    width: z.number().int().min(1).max(12).default(12),
  }),
});
export type FormField = z.infer<typeof FormField>;

export const FormSection = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: z.string().min(1).max(90),
  /** A short note printed under the section's title. */
  help: z.string().max(600).optional(),
});
export type FormSection = z.infer<typeof FormSection>;

export const FormDefinition = z
  .object({
    /** Also the file name (`<id>.json`). */
    id: z.string().regex(/^[a-z][a-z0-9-]{1,60}$/, 'form id: lower-case letters, digits and hyphens'),
    title: z.string().min(1).max(120),
    /** Raised whenever fields change, so an answer can be read against the form it was given. */
    version: z.number().int().positive(),
    /** Printed under the title: what the form is for. */
    description: z.string().max(1000).optional(),
    /** Where the fields and their wording come from (documents, norms): for maintainers, not printed. */
    sources: z.array(z.string()).default([]),
    sections: z.array(FormSection).min(1),
    fields: z.array(FormField).min(1),
  })
  .superRefine((def, ctx) => {
    for (const problem of definitionProblems(def)) ctx.addIssue({ code: 'custom', message: problem });
  });
export type FormDefinition = z.infer<typeof FormDefinition>;

/** The rules a definition must keep beyond its shape, in words; empty when it keeps them all. */
function definitionProblems(def: { title: string; description?: string; sections: FormSection[]; fields: FormField[] }): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const sections = new Set(def.sections.map((s) => s.id));
  if (sections.size !== def.sections.length) problems.push('section ids must be unique');
  const reserved = new Set<string>(Object.values(BODY_FIELDS).map((f) => f.name));
  for (const f of def.fields) {
    if (names.has(f.name)) problems.push(`field ${f.name}: name used twice`);
    names.add(f.name);
    if (reserved.has(f.name)) problems.push(`field ${f.name}: the name is reserved for the body's pre-filled fields`);
    if (!sections.has(f.layout.section)) problems.push(`field ${f.name}: unknown section "${f.layout.section}"`);
    if (f.type === 'choice') {
      if (!f.options || f.options.length < 2) problems.push(`field ${f.name}: a choice needs at least two options`);
      else {
        if (new Set(f.options.map((o) => o.value)).size !== f.options.length) problems.push(`field ${f.name}: option values must be unique`);
        if (new Set(f.options.map((o) => compact(o.label))).size !== f.options.length) problems.push(`field ${f.name}: option labels must differ`);
      }
    } else if (f.options) problems.push(`field ${f.name}: only a choice has options`);
    if ((f.min !== undefined || f.max !== undefined) && !NUMERIC.has(f.type)) problems.push(`field ${f.name}: min and max apply to numbers only`);
    if (f.min !== undefined && f.max !== undefined && f.min > f.max) problems.push(`field ${f.name}: min is above max`);
    if (f.requiredWhen) {
      const control = def.fields.find((c) => c.name === f.requiredWhen!.field);
      if (!control || control.type !== 'choice') problems.push(`field ${f.name}: requiredWhen must name a choice field`);
      else if (f.requiredWhen.in.some((v) => !control.options?.some((o) => o.value === v))) problems.push(`field ${f.name}: requiredWhen names a value ${control.name} does not offer`);
      if (f.required) problems.push(`field ${f.name}: required and requiredWhen together`);
    }
  }
  // Rows never overflow the line.
  const widths = new Map<string, number>();
  for (const f of def.fields) {
    const key = `${f.layout.section}#${f.layout.row}`;
    widths.set(key, (widths.get(key) ?? 0) + f.layout.width);
  }
  for (const [key, w] of widths) if (w > 12) problems.push(`row ${key}: widths add up to ${w} twelfths, more than a line`);
  // A label read from a printed form must name one field only: none may start another.
  const labels = [...Object.values(BODY_FIELDS), ...def.fields].map((f) => ({ name: f.name, key: compact(f.label) }));
  for (const a of labels) {
    for (const b of labels) {
      if (a !== b && b.key.startsWith(a.key)) problems.push(`labels of ${a.name} and ${b.name}: one starts with the other, so a printed form could not tell them apart`);
    }
  }
  // Nor may a printed heading or note start with a label, or it would be read as the field.
  const headings = [def.title, def.description, ...def.sections.flatMap((s) => [s.title, s.help])].filter((t): t is string => !!t);
  for (const h of headings) {
    const key = compact(h);
    for (const l of labels) if (key.startsWith(l.key)) problems.push(`"${h.slice(0, 40)}…" starts with the label of ${l.name}, so a printed form could not tell them apart`);
  }
  return problems;
}

/**
 * A label or value reduced to what survives printing, scanning and OCR: lower-case letters and
 * digits, accents removed, everything else dropped.
 */
export function compact(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The fields in the order they are laid out: section by section, row by row, left to right. */
export function fieldsInLayoutOrder(def: FormDefinition): FormField[] {
  const sectionIndex = new Map(def.sections.map((s, i) => [s.id, i]));
  return def.fields
    .map((f, i) => ({ f, i }))
    .sort((a, b) => sectionIndex.get(a.f.layout.section)! - sectionIndex.get(b.f.layout.section)! || a.f.layout.row - b.f.layout.row || a.i - b.i)
    .map(({ f }) => f);
}

/** Default bounds and lengths, where a definition leaves them out. */
export function numberBounds(field: FormField): { min: number; max: number } {
  if (field.type === 'percentage') return { min: field.min ?? 0, max: field.max ?? 100 };
  return { min: field.min ?? 0, max: field.max ?? 1_000_000 };
}

export function textMaxLength(field: FormField): number {
  return field.maxLength ?? (field.type === 'email' ? 254 : field.type === 'phone' ? 30 : 200);
}

/** A number as an Italian reader writes it: "2000", "52.000", "12,5". */
export function italianNumber(n: number): string {
  return ITALIAN_NUMBER.format(n);
}
/** One formatter for every call: `toLocaleString` builds a new one each time, and this runs per value read. */
const ITALIAN_NUMBER = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 });

/** What a value of the field must be, as the messages say it ("un numero intero da 0 a 2000"). */
export function expectation(field: FormField): string {
  switch (field.type) {
    case 'integer': {
      const { min, max } = numberBounds(field);
      return `un numero intero da ${italianNumber(min)} a ${italianNumber(max)}`;
    }
    case 'decimal': {
      const { min, max } = numberBounds(field);
      return `un numero da ${italianNumber(min)} a ${italianNumber(max)}`;
    }
    case 'percentage': {
      const { min, max } = numberBounds(field);
      return `una percentuale da ${italianNumber(min)} a ${italianNumber(max)}`;
    }
    case 'date':
      return 'una data valida nel formato gg/mm/aaaa';
    case 'email':
      return 'un indirizzo e-mail valido (come nome@comune.it)';
    case 'phone':
      return 'un numero di telefono (da 6 a 15 cifre; ammessi spazi, +, /, - e punti)';
    case 'choice':
      return `una delle voci: ${(field.options ?? []).map((o) => `«${o.label}»`).join(', ')}`;
    case 'text':
      return `un testo di al massimo ${italianNumber(textMaxLength(field))} caratteri`;
  }
}

/** The message for a required field left empty. */
export function requiredMessage(field: FormField): string {
  return `${field.label}: campo obbligatorio, non compilato`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether "yyyy-mm-dd" names a day of the calendar (not 31/02). */
export function isCalendarDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const PHONE = /^\+?[0-9][0-9 ./-]*$/;

/** The schema of one field's value, with its Italian messages. Values are already parsed (numbers as numbers, dates as yyyy-mm-dd). */
function fieldSchema(field: FormField): z.ZodType {
  const wrong = `${field.label}: ${expectation(field)}`;
  const error = (issue: { input?: unknown }) => (issue.input === undefined ? requiredMessage(field) : wrong);
  switch (field.type) {
    case 'integer':
    case 'decimal':
    case 'percentage': {
      const { min, max } = numberBounds(field);
      let s = z.number({ error }).min(min, wrong).max(max, wrong);
      if (field.type === 'integer') s = s.int(wrong);
      return s;
    }
    case 'date':
      return z.string({ error }).refine(isCalendarDate, wrong);
    case 'choice': {
      const values = (field.options ?? []).map((o) => o.value) as [string, ...string[]];
      return z.enum(values, { error });
    }
    case 'email':
      return z.string({ error }).trim().max(textMaxLength(field), wrong).pipe(z.email(wrong));
    case 'phone':
      return z
        .string({ error })
        .trim()
        .max(textMaxLength(field), wrong)
        .refine((s) => PHONE.test(s) && s.replace(/\D/g, '').length >= 6 && s.replace(/\D/g, '').length <= 15, wrong);
    case 'text':
      return z.string({ error }).trim().min(1, requiredMessage(field)).max(textMaxLength(field), `${field.label}: al massimo ${italianNumber(textMaxLength(field))} caratteri`);
  }
}

/** Empty answers (null, "", spaces) are no answer at all. */
const blankToUndefined = (v: unknown) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v);

/** The values of a form: numbers as numbers, dates as "yyyy-mm-dd", choices as option values. */
export type FormValues = Record<string, string | number | undefined>;

/**
 * The zod schema of a form's values, derived from its definition: types, ranges, allowed values,
 * required fields (and fields required when a choice has a given value), every message in Italian
 * and starting with the field's label, so a person knows where to look.
 */
export function valuesSchema(def: FormDefinition): z.ZodType<FormValues> {
  let schema = schemas.get(def);
  if (!schema) schemas.set(def, (schema = buildValuesSchema(def)));
  return schema;
}
/** Built once per definition: every submission of a campaign is checked against the same schema. */
const schemas = new WeakMap<FormDefinition, z.ZodType<FormValues>>();

function buildValuesSchema(def: FormDefinition): z.ZodType<FormValues> {
  const shape: Record<string, z.ZodType> = {};
  for (const f of def.fields) {
    const inner = fieldSchema(f);
    shape[f.name] = z.preprocess(blankToUndefined, f.required ? inner : inner.optional());
  }
  const conditional = def.fields.filter((f) => f.requiredWhen);
  return z.object(shape).superRefine(
    (values, ctx) => {
      // Run even when other fields failed, so every problem is said at once; the input may then not be an object.
      if (typeof values !== 'object' || values === null) return;
      for (const f of conditional) {
        const rule = f.requiredWhen!;
        const control = def.fields.find((c) => c.name === rule.field)!;
        const chosen = values[rule.field];
        if (typeof chosen === 'string' && rule.in.includes(chosen) && values[f.name] === undefined) {
          const option = control.options?.find((o) => o.value === chosen)?.label ?? chosen;
          ctx.addIssue({ code: 'custom', path: [f.name], message: `${f.label}: obbligatorio quando «${control.label}» è «${option}»` });
        }
      }
    },
    { when: () => true },
  ) as unknown as z.ZodType<FormValues>;
}
