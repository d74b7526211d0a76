import * as z from 'zod';
import { Evidence } from '../extract/source-text.ts';

export const DocType = z.enum(['circolare', 'nota', 'convocazione', 'lettera', 'decreto', 'delibera', 'avviso', 'comunicato', 'piano', 'modulo', 'altro']);
export type DocType = z.infer<typeof DocType>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The extracted fields, in exactly the shape of the evaluation labels (../shared/eval/LABELS.md). */
export const ExtractedFields = z.object({
  docType: DocType,
  sender: z.string().nullable(),
  protocol: z.object({ number: z.string(), date: IsoDate.nullable() }).nullable(),
  documentDate: IsoDate.nullable(),
  subject: z.string().nullable(),
  recipients: z.array(z.string()),
  cc: z.array(z.string()),
  deadlines: z.array(z.object({ date: IsoDate })),
  meetings: z.array(z.object({ date: IsoDate, time: z.string().regex(/^\d{2}:\d{2}$/) })),
  legalReferences: z.array(z.string()),
  emails: z.array(z.string()),
  signatories: z.array(z.object({ role: z.string().nullable(), name: z.string().nullable() })),
  amounts: z.array(z.number()),
});
export type ExtractedFields = z.infer<typeof ExtractedFields>;

/** Beside each field, where its values were read (same order as the values). */
export const FieldEvidence = z.record(z.string(), z.array(Evidence));
export type FieldEvidence = z.infer<typeof FieldEvidence>;

export const Extraction = z.object({
  fields: ExtractedFields,
  tags: z.array(z.string()),
  evidence: FieldEvidence,
});
export type Extraction = z.infer<typeof Extraction>;
