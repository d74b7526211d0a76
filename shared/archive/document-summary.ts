import * as z from 'zod';
import type { DocumentRecord } from '../records/document-record.ts';

/** What the archive list shows of a document: enough to filter, sort and choose, without its text. */
export const DocumentSummary = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string(),
  status: z.enum(['extracted', 'rejected']),
  rejection: z.object({ code: z.string(), message: z.string() }).nullable(),
  receivedAt: z.string().datetime(),
  docType: z.string().nullable(),
  sender: z.string().nullable(),
  subject: z.string().nullable(),
  documentDate: z.string().nullable(),
  protocol: z.object({ number: z.string(), date: z.string().nullable() }).nullable(),
  deadlines: z.array(z.string()),
  meetings: z.array(z.object({ date: z.string(), time: z.string() })).default([]),
  tags: z.array(z.string()),
  legalReferences: z.array(z.string()),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** The summary of a record, as its extraction gave it. */
export function documentSummary(doc: DocumentRecord): DocumentSummary {
  const f = doc.extraction?.fields;
  return {
    id: doc.id,
    fileName: doc.fileName,
    status: doc.status,
    rejection: doc.rejection,
    receivedAt: doc.receivedAt,
    docType: f?.docType ?? null,
    sender: f?.sender ?? null,
    subject: f?.subject ?? null,
    documentDate: f?.documentDate ?? null,
    protocol: f?.protocol ?? null,
    deadlines: f?.deadlines.map((d) => d.date) ?? [],
    meetings: f?.meetings ?? [],
    tags: doc.extraction?.tags ?? [],
    legalReferences: f?.legalReferences ?? [],
  };
}
