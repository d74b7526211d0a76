import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { ObjectStore } from '../storage/object-store.ts';
import type { DocumentStore } from '../storage/document-store.ts';
import type { DocumentReader, ProgressFn } from '../read/read-outcome.ts';
import type { DocumentRecord } from '../records/document-record.ts';
import type { PageText } from '../read/page-text.ts';
import { READER_VERSION } from '../read/reader-version.ts';
import { defaultReadLimits } from '../read/read-limits.ts';
import { Rejection, italianBytes } from '../read/rejection.ts';
import { looksLikeMessage } from './pec-message.ts';
import { messageIntoRecord } from './message-record.ts';
import type { ShelfStore } from '../storage/shelf-store.ts';
import { bodyOfKey, shelveDocument } from '../archive/shelve-document.ts';
import { DEFAULT_BODY } from '../config/carteggio-config.ts';

export interface IngestDeps {
  objects: ObjectStore;
  documents: DocumentStore;
  reader: DocumentReader;
  archiveBucket: string;
  /** Above this many bytes an object is refused without being loaded (CARTEGGIO_MAX_BYTES). */
  maxBytes?: number;
  now?: () => Date;
  /** Each body's archive list: when given, every arrival puts its document on the shelf of the body its key belongs to. */
  shelves?: ShelfStore;
  /** The body keys outside `enti/<codice IPA>/` belong to (CARTEGGIO_DEFAULT_IPA). */
  defaultBody?: string;
  /** The body a key belongs to when its path says so otherwise: a campaign answer is its issuer's. */
  ownerOf?: (key: string) => Promise<string | null>;
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
  /** The object's entity tag when it was read: which upload this was. */
  etag?: string;
}

/**
 * What one ingestion had in hand, for the step that follows it in the same process (a campaign
 * answer): the record, the bytes read and, when this arrival read them, the pages. Never logged.
 */
export interface IngestedContent {
  document: DocumentRecord;
  /** The arrival's bytes (null for an object too large to load). */
  bytes: Uint8Array | null;
  /** The pages this arrival's reading gave; absent when the content was known already. */
  pages?: PageText[];
}

/** The arrival id reconciliation gives an upload it finds without its record: see reconcile-inbox.ts. */
export const RECONCILED = 'reconcile:';

/**
 * Ingests one uploaded object. The document is its content: identical bytes under any key make one
 * record with one receipt per arrival; new bytes under a known key make a new document, and the key
 * keeps both as versions. The original is archived before reading, so even a rejected file is kept.
 *
 * Every step can be run again after a crash: the original of content with no record is written again
 * (or, too large to load, checked by size and SHA-256 and copied again), so a partial one a crash left
 * is repaired; the record, the receipt and the key version are conditional writes. An object larger
 * than `maxBytes` is hashed as a stream, copied to the archive by the store and recorded as
 * `too-large` without being loaded. `onContent` gets what was in hand (record, bytes, pages) for the
 * next step in this process. Returns null when the object is gone.
 */
export async function ingestObject(arrival: ObjectArrival, deps: IngestDeps, onProgress?: ProgressFn, onContent?: (content: IngestedContent) => void): Promise<IngestResult | null> {
  const now = deps.now ?? (() => new Date());
  const receivedAt = now().toISOString();
  const maxBytes = deps.maxBytes ?? defaultReadLimits.maxBytes;
  const arrived = await deps.objects.read(arrival.bucket, arrival.key, maxBytes);
  if (!arrived) return null; // deleted before it could be read: there is nothing to keep
  const { head, bytes } = arrived;
  const id = bytes ? createHash('sha256').update(bytes).digest('hex') : (await deps.objects.digest(arrival.bucket, arrival.key)).sha256;
  const size = bytes?.length ?? head.size;
  const original = { bucket: deps.archiveBucket, key: `originals/${id}` };

  let doc = await deps.documents.getDocument(id);
  let duplicate = doc !== null;
  /** The text just read, when this arrival read it: the shelf and the next step take it from here, not from S3 again. */
  let plain: string | undefined;
  let pages: PageText[] | undefined;
  /** This arrival wrote the record: nothing can be on a shelf yet. */
  let created = false;
  if (!doc) {
    // The original is written while the content is read: both are done before the record, which is
    // written only once the original is surely kept (and a reading that fails still leaves it kept).
    const kept = keepOriginal(arrival, original, id, size, bytes, deps.objects);
    kept.catch(() => undefined); // its failure is thrown below, once reading is over, not reported as unhandled meanwhile
    const known = { fileName: basename(arrival.key), original, receivedAt };
    let record: DocumentRecord;
    try {
      record = !bytes
        ? refusedTooLarge(id, size, maxBytes, known, now)
        : looksLikeMessage(bytes)
          ? await messageIntoRecord(id, bytes, arrival, known, deps.objects, now)
          : await readIntoRecord(id, bytes, known, deps, onProgress, (read) => ({ plain, pages } = read));
    } finally {
      await kept;
    }
    // Two deliveries of new content may race here: the loser keeps the winner's record.
    if (await deps.documents.putDocumentIfAbsent(record)) [doc, created] = [record, true];
    else {
      doc = (await deps.documents.getDocument(id))!;
      duplicate = true;
    }
  }
  const etag = head.etag || undefined;
  // A reconciled upload whose receipt was written before the crash gets no second one.
  const receipted = arrival.arrival.startsWith(RECONCILED) && (await deps.documents.listReceipts(id)).some((r) => r.bucket === arrival.bucket && r.key === arrival.key && r.etag === etag);
  if (!receipted) await deps.documents.addReceipt({ documentId: id, bucket: arrival.bucket, key: arrival.key, arrival: arrival.arrival, etag, receivedAt });
  // After the receipt: reconciliation takes a key version with this etag as the sign that the arrival is complete.
  await deps.documents.addKeyVersion({ bucket: arrival.bucket, key: arrival.key, documentId: id, etag, receivedAt });
  if (deps.shelves) {
    // After the receipt, so a crash before this line is repaired by the same arrival delivered again.
    const body = (await deps.ownerOf?.(arrival.key)) ?? bodyOfKey(arrival.key, deps.defaultBody ?? DEFAULT_BODY);
    if (created || !(await deps.shelves.holds(body, id))) await shelveDocument(doc, body, { shelves: deps.shelves, objects: deps.objects, text: duplicate ? undefined : plain });
  }
  onContent?.({ document: doc, bytes, ...(pages && !duplicate ? { pages } : {}) });
  return { documentId: id, status: doc.status, duplicate, rejection: doc.rejection, etag };
}

/**
 * Archives the original of content with no record yet. Bytes in hand are written again whatever is
 * there (a crash of the store can leave an empty or partial object under the right name, and a
 * rewrite costs less than asking first); an object too large to load is copied only when the archived
 * one's size and recorded SHA-256 do not match.
 */
async function keepOriginal(arrival: ObjectArrival, original: { bucket: string; key: string }, id: string, size: number, bytes: Uint8Array | null, objects: ObjectStore): Promise<void> {
  if (bytes) return objects.put(original.bucket, original.key, bytes, 'application/octet-stream', { sha256: id });
  const kept = await objects.head(original.bucket, original.key);
  if (kept && kept.size === size && kept.metadata.sha256 === id) return;
  await objects.copy(arrival, original, { sha256: id });
}

function refusedTooLarge(id: string, size: number, maxBytes: number, known: Pick<DocumentRecord, 'fileName' | 'original' | 'receivedAt'>, now: () => Date): DocumentRecord {
  const r = new Rejection('too-large', `${italianBytes(size)}, massimo ${italianBytes(maxBytes)}`);
  return { id, status: 'rejected', rejection: { code: r.code, message: r.message }, ...known, size, text: null, facts: null, extraction: null, readerVersion: READER_VERSION, processedAt: now().toISOString(), durationMs: 0 };
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
  /** Given the text written beside the record (plain and by page), for a caller that uses it next. */
  onRead?: (read: { plain: string; pages: PageText[] }) => void,
): Promise<DocumentRecord> {
  const now = deps.now ?? (() => new Date());
  const outcome = await deps.reader.read(bytes, onProgress);
  let text: DocumentRecord['text'] = null;
  if (outcome.ok) {
    text = { bucket: deps.archiveBucket, key: `text/${id}.json` };
    const plain = outcome.pages.map((p) => p.lines.map((l) => l.text.replace(/\t/g, '   ')).join('\n')).join('\n\f\n');
    await Promise.all([
      deps.objects.put(text.bucket, text.key, JSON.stringify({ documentId: id, pages: outcome.pages }), 'application/json'),
      deps.objects.put(deps.archiveBucket, `text/${id}.txt`, plain, 'text/plain; charset=utf-8'),
    ]);
    onRead?.({ plain, pages: outcome.pages });
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
