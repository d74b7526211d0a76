import * as z from 'zod';
import { PdfFacts, PageText } from './page-text.ts';
import { RejectionCode } from './rejection.ts';
import { Extraction } from '../records/extracted-fields.ts';

/** What reading one file gives: its text and fields, or the reason it was refused. */
export const ReadOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), facts: PdfFacts, pages: z.array(PageText), extraction: Extraction, ms: z.number() }),
  z.object({ ok: z.literal(false), code: RejectionCode, message: z.string(), ms: z.number() }),
]);
export type ReadOutcome = z.infer<typeof ReadOutcome>;

export type ProgressFn = (page: number, pages: number) => void;

/**
 * Reads and extracts one file. Never throws for a bad file: a bad file is an outcome. Rejects with
 * `ReaderFault` when the reader itself fails (retry later; the file is not to blame).
 */
export interface DocumentReader {
  read(bytes: Uint8Array, onProgress?: ProgressFn): Promise<ReadOutcome>;
  close(): Promise<void>;
}
