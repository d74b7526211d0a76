import type * as z from 'zod';
import { DocType, ExtractedFields } from '../records/extracted-fields.ts';
import { CorrectableField, FIELD_CORRECTION_VERSION, FIELD_LABELS, FieldCorrection } from '../records/field-correction.ts';
import type { CorrectionStore } from '../storage/correction-store.ts';
import type { DocumentStore } from '../storage/document-store.ts';
import { effectiveFields } from './effective-fields.ts';
import { CorrectionError } from './errors.ts';

export interface CorrectFieldDeps {
  documents: DocumentStore;
  corrections: CorrectionStore;
  now?: () => Date;
}

export interface CorrectFieldInput {
  documentId: string;
  /** A key of ExtractedFields; anything else is refused. */
  field: string;
  /** The new value, in the JSON shape of ExtractedFields[field]. */
  value: unknown;
  user: string;
  motivo?: string | null;
}

export interface CorrectFieldResult {
  /** The fields with every correction applied, this one included. */
  fields: ExtractedFields;
  /** The document's corrections, newest first. */
  corrections: FieldCorrection[];
}

/** What each field's value looks like, in the words of the error messages. */
const EXPECTED: Record<CorrectableField, string> = {
  docType: `uno tra ${DocType.options.join(', ')}`,
  sender: 'un testo, oppure null',
  protocol: 'un oggetto { "number": testo, "date": data AAAA-MM-GG oppure null }, oppure null',
  documentDate: 'una data nel formato AAAA-MM-GG, oppure null',
  subject: 'un testo, oppure null',
  recipients: 'un elenco di testi',
  cc: 'un elenco di testi',
  deadlines: 'un elenco di { "date": AAAA-MM-GG }',
  meetings: 'un elenco di { "date": AAAA-MM-GG, "time": HH:MM }',
  legalReferences: 'un elenco di testi',
  emails: 'un elenco di testi',
  signatories: 'un elenco di { "role": testo oppure null, "name": testo oppure null }',
  amounts: 'un elenco di numeri',
};

const MOTIVO_MAX = 500;

/**
 * Records a person's correction of one extracted field and returns the fields as they now read.
 * The value must fit the field's own schema (and be a real date or time where one is asked);
 * `before` is the value shown until now (the extracted one, or the previous correction's).
 * Refused with a CorrectionError, nothing stored: unknown field, invalid value, unknown or rejected document.
 * Each correction's `at` is later than the document's previous ones, so "the latest" is never ambiguous.
 */
export async function correctField(deps: CorrectFieldDeps, input: CorrectFieldInput): Promise<CorrectFieldResult> {
  if (!/^[0-9a-f]{64}$/.test(input.documentId)) {
    throw new CorrectionError("Documento: l'identificativo è l'impronta SHA-256 del file, 64 cifre esadecimali", 'invalid-input');
  }
  const known = CorrectableField.safeParse(input.field);
  if (!known.success) {
    throw new CorrectionError(`Campo sconosciuto «${String(input.field)}»: i campi correggibili sono ${CorrectableField.options.join(', ')}`, 'unknown-field');
  }
  const field = known.data;
  const checked = ExtractedFields.shape[field].safeParse(input.value);
  const wrongValue =
    input.value === undefined ? [`${FIELD_LABELS[field]}: valore mancante, atteso ${EXPECTED[field]}`] : checked.success ? calendarProblems(field, checked.data) : valueProblems(field, checked.error);
  const wrongInput: string[] = [];
  const user = typeof input.user === 'string' ? input.user.trim() : '';
  if (!user) wrongInput.push('Utente: obbligatorio');
  const motivo = typeof input.motivo === 'string' && input.motivo.trim() ? input.motivo.trim() : null;
  if (motivo && motivo.length > MOTIVO_MAX) wrongInput.push(`Motivo: al massimo ${MOTIVO_MAX} caratteri (ne ha ${motivo.length})`);
  const problems = [...wrongValue, ...wrongInput];
  if (problems.length) {
    throw new CorrectionError(problems[0], wrongValue.length ? 'invalid-value' : 'invalid-input', problems, { cause: checked.success ? undefined : checked.error });
  }

  const doc = await deps.documents.getDocument(input.documentId);
  if (!doc) throw new CorrectionError('Documento non trovato', 'document-not-found');
  if (!doc.extraction) {
    const why = doc.rejection ? ` (${doc.rejection.message})` : '';
    throw new CorrectionError(`Il documento è stato rifiutato${why}: non ha campi estratti da correggere`, 'no-extraction');
  }

  const previous = await deps.corrections.listCorrections(doc.id);
  const shown = effectiveFields(doc.extraction, previous)!;
  const now = (deps.now ?? (() => new Date()))().getTime();
  const latest = Math.max(-Infinity, ...previous.map((c) => Date.parse(c.at)));
  const correction = FieldCorrection.parse({
    recordVersion: FIELD_CORRECTION_VERSION,
    documentId: doc.id,
    field,
    before: shown[field],
    after: checked.data,
    user,
    at: new Date(Math.max(now, latest + 1)).toISOString(),
    motivo,
  });
  await deps.corrections.addCorrection(correction);

  const corrections = await deps.corrections.listCorrections(doc.id);
  return { fields: effectiveFields(doc.extraction, corrections)!, corrections };
}

/** The schema's complaints in an office's words, one per distinct problem. */
function valueProblems(field: CorrectableField, error: z.ZodError): string[] {
  const label = FIELD_LABELS[field];
  const out = new Set<string>();
  for (const issue of error.issues) {
    const inList = issue.path.some((p) => typeof p === 'number');
    const leaf = [...issue.path].reverse().find((p) => typeof p === 'string');
    if (leaf === 'date' || (field === 'documentDate' && issue.path.length === 0 && issue.code === 'invalid_format')) {
      out.add(`${label}: ${inList ? 'ogni data' : 'la data'} nel formato AAAA-MM-GG`);
    } else if (leaf === 'time') out.add(`${label}: ogni ora nel formato HH:MM`);
    else out.add(`${label}: atteso ${EXPECTED[field]}`);
  }
  return [...out];
}

/** Dates and times that match their pattern but are not on the calendar or the clock (2025-02-30, 25:00). */
function calendarProblems(field: CorrectableField, value: unknown): string[] {
  const label = FIELD_LABELS[field];
  const out: string[] = [];
  const date = (d: unknown) => {
    if (typeof d === 'string' && !isCalendarDate(d)) out.push(`${label}: ${d} non è una data del calendario`);
  };
  const time = (t: unknown) => {
    const m = typeof t === 'string' ? /^(\d{2}):(\d{2})$/.exec(t) : null;
    if (m && (Number(m[1]) > 23 || Number(m[2]) > 59)) out.push(`${label}: ${t} non è un'ora del giorno`);
  };
  if (field === 'documentDate') date(value);
  if (field === 'protocol') date((value as { date?: unknown } | null)?.date);
  if (field === 'deadlines' || field === 'meetings') {
    for (const item of value as { date: string; time?: string }[]) {
      date(item.date);
      time(item.time);
    }
  }
  return out;
}

function isCalendarDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}
