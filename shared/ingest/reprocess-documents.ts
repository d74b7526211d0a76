import type { ShelfStore } from '../storage/shelf-store.ts';
import { bodyOfKey, shelveDocument } from '../archive/shelve-document.ts';
import { DEFAULT_BODY } from '../config/carteggio-config.ts';
import type { DocumentRecord } from '../records/document-record.ts';
import { READER_VERSION } from '../read/reader-version.ts';
import type { IngestDeps } from './ingest-object.ts';
import { readIntoRecord } from './ingest-object.ts';
import { looksLikeMessage } from './pec-message.ts';
import { messageIntoRecord } from './message-record.ts';

/** Which documents to read again: by id, by rejection code, those read by an older reader, or all. */
export interface ReprocessSelection {
  ids?: string[];
  rejectionCode?: string;
  olderReader?: boolean;
  all?: boolean;
}

export interface ReprocessResult {
  id: string;
  fileName: string;
  before: { status: DocumentRecord['status']; code: string | null; readerVersion: number };
  after: { status: DocumentRecord['status']; code: string | null; readerVersion: number } | null;
  /** Set when this document could not be read again (the archive or the reader failed): it keeps its record. */
  error: string | null;
}

/** Whether a stored record is selected for reprocessing. */
export function isSelected(doc: DocumentRecord, s: ReprocessSelection): boolean {
  if (s.all) return true;
  if (s.ids?.some((id) => doc.id.startsWith(id.toLowerCase()))) return true;
  if (s.rejectionCode && doc.rejection?.code === s.rejectionCode) return true;
  if (s.olderReader && doc.readerVersion < READER_VERSION) return true;
  return false;
}

/**
 * Reads archived originals again with today's reader, so the archive improves when the reader does:
 * each record is replaced by a new reading of the same original (id, name, arrival, receipts and key
 * versions are kept). A document whose reading fails keeps its record; the others go on.
 */
export async function reprocessDocuments(
  docs: DocumentRecord[],
  deps: Pick<IngestDeps, 'objects' | 'documents' | 'reader' | 'archiveBucket' | 'now' | 'shelves' | 'defaultBody'>,
  onDone?: (r: ReprocessResult, done: number, total: number) => void,
): Promise<ReprocessResult[]> {
  const results: ReprocessResult[] = [];
  for (const doc of docs) {
    const before = { status: doc.status, code: doc.rejection?.code ?? null, readerVersion: doc.readerVersion };
    let result: ReprocessResult;
    try {
      const bytes = await deps.objects.get(doc.original.bucket, doc.original.key);
      const known = { fileName: doc.fileName, original: doc.original, receivedAt: doc.receivedAt };
      // A message is read again as a message; the documents it carried keep their records and their keys.
      const message = looksLikeMessage(bytes);
      const record = message
        ? await messageIntoRecord(doc.id, bytes, { bucket: '', key: doc.fileName, arrival: 'reprocess' }, known, deps.objects, deps.now ?? (() => new Date()), false)
        : await readIntoRecord(doc.id, bytes, known, deps);
      if (message && record.facts && doc.facts) record.facts.attachments = doc.facts.attachments;
      await deps.documents.replaceDocument(record);
      if (deps.shelves) await reshelve(record, deps.shelves, deps);
      result = { id: doc.id, fileName: doc.fileName, before, after: { status: record.status, code: record.rejection?.code ?? null, readerVersion: record.readerVersion }, error: null };
    } catch (err) {
      result = { id: doc.id, fileName: doc.fileName, before, after: null, error: (err as Error).message };
    }
    results.push(result);
    onDone?.(result, results.length, docs.length);
  }
  return results;
}

/**
 * Refreshes the document on every shelf that holds it; a document archived before shelves existed is
 * put on the shelves of the bodies its receipts' keys belong to (so reprocessing also fills them).
 */
async function reshelve(doc: DocumentRecord, shelves: ShelfStore, deps: Pick<IngestDeps, 'objects' | 'documents' | 'defaultBody'>): Promise<void> {
  let bodies = await shelves.holders(doc.id);
  if (!bodies.length) bodies = [...new Set((await deps.documents.listReceipts(doc.id)).map((r) => bodyOfKey(r.key, deps.defaultBody ?? DEFAULT_BODY)))];
  for (const body of bodies) await shelveDocument(doc, body, { shelves, objects: deps.objects });
}
