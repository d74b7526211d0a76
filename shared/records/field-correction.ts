import * as z from 'zod';
import { ExtractedFields } from './extracted-fields.ts';

/** The fields a person may correct: every key of ExtractedFields. */
export const CorrectableField = ExtractedFields.keyof();
export type CorrectableField = z.infer<typeof CorrectableField>;

/** Each field's name as an office calls it, for messages and review marks. */
export const FIELD_LABELS: Record<CorrectableField, string> = {
  docType: 'Tipo di documento',
  sender: 'Mittente',
  protocol: 'Protocollo',
  documentDate: 'Data del documento',
  subject: 'Oggetto',
  recipients: 'Destinatari',
  cc: 'Copie per conoscenza',
  deadlines: 'Scadenze',
  meetings: 'Riunioni',
  legalReferences: 'Riferimenti normativi',
  emails: 'Indirizzi e-mail',
  signatories: 'Firmatari',
  amounts: 'Importi',
};

/** The version of the stored correction's shape: raise it, with an upgrade step, when old items could no longer be read. */
export const FIELD_CORRECTION_VERSION = 1;

/**
 * A person's correction of one extracted field. Stored apart from the document record, one item per
 * correction and never overwritten: the history is the audit trail, and it survives re-extraction.
 * `after` is valid for the field's own schema (ExtractedFields.shape[field]).
 */
export const FieldCorrection = z
  .object({
    recordVersion: z.literal(FIELD_CORRECTION_VERSION),
    documentId: z.string().regex(/^[0-9a-f]{64}$/),
    field: CorrectableField,
    /** The value as it was shown before this correction (extracted, or the previous correction's). */
    before: z.json(),
    after: z.json(),
    user: z.string().min(1),
    at: z.string().datetime(),
    motivo: z.string().max(500).nullable(),
  })
  .superRefine((c, ctx) => {
    const checked = ExtractedFields.shape[c.field].safeParse(c.after);
    if (!checked.success) {
      for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', path: ['after', ...issue.path], message: issue.message });
    }
  });
export type FieldCorrection = z.infer<typeof FieldCorrection>;
