import { DocumentRecord } from './document-record.ts';

/**
 * The version of the stored document record. Raise it when a change to DocumentRecord cannot be read
 * from old items by zod defaults alone, and add the step that upgrades the previous version below.
 *   1: until November 2026 (no `recordVersion`, `readerVersion`, signers, repairs, warnings, etags);
 *   2: reader version 2 and its facts.
 */
export const DOCUMENT_RECORD_VERSION = 2;

/** Each step upgrades a stored record of version N to N+1, as plain JSON. */
const UPGRADES: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 1 had no reader version: it was read by reader 1. New facts fields default to empty lists.
  1: (raw) => ({ ...raw, readerVersion: raw.readerVersion ?? 1 }),
};

/** A stored item whose record this version of Carteggio cannot read (written by a newer one). */
export class UnreadableRecordError extends Error {
  constructor(readonly version: number) {
    super(`record del documento nella versione ${version}, più recente di quella che questa versione di Carteggio sa leggere (${DOCUMENT_RECORD_VERSION}): aggiornare Carteggio`);
    this.name = 'UnreadableRecordError';
  }
}

/** Reads a stored document record of any past version, upgraded to today's shape. */
export function readStoredDocument(raw: unknown): DocumentRecord {
  let record = { ...(raw as Record<string, unknown>) };
  let version = typeof record.recordVersion === 'number' ? record.recordVersion : 1;
  if (version > DOCUMENT_RECORD_VERSION) throw new UnreadableRecordError(version);
  for (; version < DOCUMENT_RECORD_VERSION; version++) record = UPGRADES[version](record);
  return DocumentRecord.parse({ ...record, recordVersion: DOCUMENT_RECORD_VERSION });
}

/** A document record as it is stored: today's version, stamped. */
export function storedDocument(doc: DocumentRecord): DocumentRecord {
  return DocumentRecord.parse({ ...doc, recordVersion: DOCUMENT_RECORD_VERSION });
}
