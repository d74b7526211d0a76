import type { DocType, ExtractedFields, Extraction } from '../records/extracted-fields.ts';
import type { Evidence } from '../extract/source-text.ts';
import { CorrectableField, type FieldCorrection } from '../records/field-correction.ts';

export interface FieldToReview {
  field: CorrectableField;
  /** Why a person should check it, in one Italian sentence (several reasons joined by "; "). */
  motivo: string;
}

/** The fields a document of each type normally carries: not finding one is worth a look. */
const EXPECTED_FIELDS: { always: CorrectableField[]; byType: Partial<Record<DocType, CorrectableField[]>> } = {
  always: ['protocol', 'documentDate', 'subject', 'sender', 'signatories'],
  byType: { convocazione: ['meetings'] },
};

interface ReviewContext {
  field: CorrectableField;
  fields: ExtractedFields;
  evidence: Evidence[];
}

/** The review rules, in the order their reasons are given. */
const REVIEW_RULES: { motivo: string; applies(x: ReviewContext): boolean }[] = [
  {
    motivo: 'nessun valore trovato, ma un documento di questo tipo di solito lo riporta',
    applies: ({ field, fields }) => expectedFields(fields.docType).includes(field) && isEmpty(fields[field]),
  },
  {
    motivo: 'letto con OCR da una scansione: il riconoscimento può aver sbagliato qualche carattere',
    applies: ({ evidence }) => evidence.some((e) => e.ocr),
  },
  {
    motivo: "letto da un'annotazione o da un margine verticale, non dal testo della pagina",
    applies: ({ evidence }) => evidence.some((e) => e.origins?.some((o) => o === 'annotation' || o === 'vertical')),
  },
];

/**
 * The fields a person should check, in the order of ExtractedFields: those the rules above mark,
 * minus those a person has already corrected (or confirmed). None for a document without extraction.
 */
export function fieldsToReview(extraction: Extraction | null, corrections: FieldCorrection[]): FieldToReview[] {
  if (!extraction) return [];
  const corrected = new Set(corrections.map((c) => c.field));
  const out: FieldToReview[] = [];
  for (const field of CorrectableField.options) {
    if (corrected.has(field)) continue;
    const context: ReviewContext = { field, fields: extraction.fields, evidence: extraction.evidence[field] ?? [] };
    const reasons = REVIEW_RULES.filter((r) => r.applies(context)).map((r) => r.motivo);
    if (reasons.length) out.push({ field, motivo: reasons.join('; ') });
  }
  return out;
}

function expectedFields(docType: DocType): CorrectableField[] {
  return [...EXPECTED_FIELDS.always, ...(EXPECTED_FIELDS.byType[docType] ?? [])];
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0) || (typeof value === 'string' && value.trim() === '');
}
