import * as z from 'zod';
import { RejectionCode } from '../read/rejection.ts';
import { PdfFacts } from '../read/page-text.ts';
import { Extraction } from './extracted-fields.ts';

const ObjectRef = z.object({ bucket: z.string(), key: z.string() });

/** One document: identified by the SHA-256 of its bytes, whatever key or name it arrived under. */
export const DocumentRecord = z.object({
  /** The shape's version as stored (see stored-document.ts): old items are upgraded when read. */
  recordVersion: z.number().int().positive().optional(),
  id: z.string().regex(/^[0-9a-f]{64}$/),
  status: z.enum(['extracted', 'rejected']),
  rejection: z.object({ code: RejectionCode, message: z.string() }).nullable(),
  fileName: z.string(),
  size: z.number().int().nonnegative(),
  original: ObjectRef,
  text: ObjectRef.nullable(),
  facts: PdfFacts.nullable(),
  extraction: Extraction.nullable(),
  /** The reader version that read it (see shared/read/reader-version.ts); records before version 2 lack it. */
  readerVersion: z.number().int().positive().default(1),
  receivedAt: z.string().datetime(),
  processedAt: z.string().datetime(),
  durationMs: z.number().nonnegative(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/** One arrival of a document: the same bytes under two keys, or twice under one, make two receipts. */
export const Receipt = z.object({
  documentId: z.string(),
  bucket: z.string(),
  key: z.string(),
  /** What makes one arrival distinct: the S3 version id, else the event's sequencer, else the ETag. */
  arrival: z.string(),
  /** The object's entity tag when it arrived: reconciliation knows by it which uploads were ingested. */
  etag: z.string().optional(),
  receivedAt: z.string().datetime(),
});
export type Receipt = z.infer<typeof Receipt>;

/** A key's content over time: each distinct content uploaded under the key is a version. */
export const KeyVersion = z.object({
  bucket: z.string(),
  key: z.string(),
  documentId: z.string(),
  /** The object's entity tag when this content arrived under the key (absent on records made before November 2026). */
  etag: z.string().optional(),
  receivedAt: z.string().datetime(),
});
export type KeyVersion = z.infer<typeof KeyVersion>;

/** Words a person may use for a status, in either language. */
const STATUS_WORDS: Record<string, string> = { acquisito: 'extracted', acquisiti: 'extracted', ok: 'extracted', rifiutato: 'rejected', rifiutati: 'rejected' };

/** The archive's list filters, as the CLI and the HTTP API both take them (strings from a query or a command line). */
export const DocumentFilter = z.object({
  status: z
    .preprocess((v) => (typeof v === 'string' ? (STATUS_WORDS[v.toLowerCase()] ?? v.toLowerCase()) : v), z.enum(['extracted', 'rejected'], { error: 'valori ammessi: acquisito, rifiutato' }))
    .optional(),
  docType: z.string().toLowerCase().optional(),
  sender: z.string().optional(),
  text: z.string().optional(),
  limit: z.coerce.number({ error: 'un numero intero da 1 a 1000' }).int('un numero intero da 1 a 1000').min(1, 'un numero intero da 1 a 1000').max(1000, 'un numero intero da 1 a 1000').default(100),
});
export type DocumentFilter = z.input<typeof DocumentFilter>;
