import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { ObjectStore } from '../storage/object-store.ts';
import type { DocumentStore } from '../storage/document-store.ts';
import type { DocumentReader, ProgressFn } from '../read/read-outcome.ts';
import type { DocumentRecord } from '../records/document-record.ts';
import { READER_VERSION } from '../read/reader-version.ts';

export interface IngestDeps {
  objects: ObjectStore;
  documents: DocumentStore;
  reader: DocumentReader;
  archiveBucket: string;
  now?: () => Date;
}

/** An object that arrived in a bucket; the key is already decoded. */
export interface ObjectArrival {
  bucket: string;
  key: string;
  /** Distinguishes two arrivals under one key: version id, event sequencer or ETag. */
  arrival: string;
}

export interface IngestResult {
  documentId: string;
  status: DocumentRecord['status'];
  /** The content was already known: only a receipt was added. */
  duplicate: boolean;
  rejection: DocumentRecord['rejection'];
}

/**
 * Ingests one uploaded object. The document is its content: identical bytes under any key make one
 * record with one receipt per arrival; new bytes under a known key make a new document, and the key
 * keeps both as versions. The original is archived before reading, so even a rejected file is kept.
 */
export async function ingestObject(arrival: ObjectArrival, deps: IngestDeps, onProgress?: ProgressFn): Promise<IngestResult> {
  const now = deps.now ?? (() => new Date());
  const receivedAt = now().toISOString();
  const bytes = await deps.objects.get(arrival.bucket, arrival.key);
  const id = createHash('sha256').update(bytes).digest('hex');

  let doc = await deps.documents.getDocument(id);
  let duplicate = doc !== null;
  if (!doc) {
    const original = { bucket: deps.archiveBucket, key: `originals/${id}` };
    if (!(await deps.objects.exists(original.bucket, original.key))) {
      await deps.objects.put(original.bucket, original.key, bytes, 'application/octet-stream');
    }
    const record = await readIntoRecord(id, bytes, { fileName: basename(arrival.key), original, receivedAt }, deps, onProgress);
    // Two deliveries of new content may race here: the loser keeps the winner's record.
    if (await deps.documents.putDocumentIfAbsent(record)) doc = record;
    else {
      doc = (await deps.documents.getDocument(id))!;
      duplicate = true;
    }
  }
  await deps.documents.addReceipt({ documentId: id, bucket: arrival.bucket, key: arrival.key, arrival: arrival.arrival, receivedAt });
  await deps.documents.addKeyVersion({ bucket: arrival.bucket, key: arrival.key, documentId: id, receivedAt });
  return { documentId: id, status: doc.status, duplicate, rejection: doc.rejection };
}

/**
 * Reads a document's bytes and builds its record: text and fields (with the text archived beside
 * the original), or the file's rejection. A fault of the reader rejects (`ReaderFault`): no record
 * is built, so nothing blames the file.
 */
export async function readIntoRecord(
  id: string,
  bytes: Uint8Array,
  known: Pick<DocumentRecord, 'fileName' | 'original' | 'receivedAt'>,
  deps: Pick<IngestDeps, 'objects' | 'reader' | 'archiveBucket' | 'now'>,
  onProgress?: ProgressFn,
): Promise<DocumentRecord> {
  const now = deps.now ?? (() => new Date());
  const outcome = await deps.reader.read(bytes, onProgress);
  let text: DocumentRecord['text'] = null;
  if (outcome.ok) {
    text = { bucket: deps.archiveBucket, key: `text/${id}.json` };
    await deps.objects.put(text.bucket, text.key, JSON.stringify({ documentId: id, pages: outcome.pages }), 'application/json');
    const plain = outcome.pages.map((p) => p.lines.map((l) => l.text.replace(/\t/g, '   ')).join('\n')).join('\n\f\n');
    await deps.objects.put(deps.archiveBucket, `text/${id}.txt`, plain, 'text/plain; charset=utf-8');
  }
  return {
    id,
    status: outcome.ok ? 'extracted' : 'rejected',
    rejection: outcome.ok ? null : { code: outcome.code, message: outcome.message },
    ...known,
    size: bytes.length,
    text,
    facts: outcome.ok ? outcome.facts : null,
    extraction: outcome.ok ? outcome.extraction : null,
    readerVersion: READER_VERSION,
    processedAt: now().toISOString(),
    durationMs: Math.round(outcome.ms),
  };
}
