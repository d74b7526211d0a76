import { TEMPLATE_SCHEMAS, type TemplateName } from './letter-schemas.ts';

export type LetterInput<T extends TemplateName> = ReturnType<(typeof TEMPLATE_SCHEMAS)[T]['parse']>;

export type Validation<T extends TemplateName> = { ok: true; value: LetterInput<T> } | { ok: false; errors: string[] };

/** Checks a template's input against its schema: every problem listed, in Italian, with where it is. */
export function validateLetterInput<T extends TemplateName>(template: T, data: unknown): Validation<T> {
  const parsed = TEMPLATE_SCHEMAS[template].safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data as LetterInput<T> };
  const errors = parsed.error.issues.map((i) => {
    const where = i.path.length ? i.path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`)).join('').replace(/^\./, '') : 'dati';
    const last = String(i.path[i.path.length - 1] ?? '');
    const message = i.code === 'invalid_type' && i.input === undefined ? 'campo obbligatorio mancante' : i.message.replace(new RegExp(`^${last}: `), '');
    return `${where}: ${message}`;
  });
  return { ok: false, errors };
}
