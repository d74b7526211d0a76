import type { DocumentRecord } from '../records/document-record.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import { SHELF_TEXT_CHARS, type ShelfStore } from '../storage/shelf-store.ts';
import { documentSummary } from './document-summary.ts';
import { effectiveFields } from './effective-fields.ts';
import type { FieldCorrection } from '../records/field-correction.ts';

/**
 * The body an upload belongs to, from its key: `enti/<codice IPA>/…` is that body's (the web upload
 * and the per-body folders write there); any other key belongs to the deployment's own body.
 */
export function bodyOfKey(key: string, defaultBody: string): string {
  const m = /^enti\/([a-z0-9_.-]{2,64})\//i.exec(key);
  return m ? m[1].toLowerCase() : defaultBody;
}

/** The prefix under which a body's uploads go. */
export function bodyPrefix(body: string): string {
  return `enti/${body}/`;
}

/**
 * Puts a document on a body's shelf with its summary and the start of its text (given by a caller
 * that has just read it, else read from the plain-text copy the ingestion archived next to the record).
 */
export async function shelveDocument(doc: DocumentRecord, body: string, deps: { shelves: ShelfStore; objects: ObjectStore; corrections?: FieldCorrection[]; text?: string }): Promise<void> {
  let text = deps.text?.slice(0, SHELF_TEXT_CHARS) ?? '';
  if (deps.text === undefined && doc.text) {
    const plain = await deps.objects.get(doc.text.bucket, doc.text.key.replace(/\.json$/, '.txt')).catch(() => null);
    if (plain) text = Buffer.from(plain).toString('utf8').slice(0, SHELF_TEXT_CHARS);
  }
  // What the list shows is what the document page shows: the fields as people corrected them.
  const fields = deps.corrections?.length ? effectiveFields(doc.extraction, deps.corrections) : null;
  const shown = fields && doc.extraction ? { ...doc, extraction: { ...doc.extraction, fields } } : doc;
  await deps.shelves.shelve({ body, summary: documentSummary(shown), text });
}
