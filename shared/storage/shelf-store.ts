import type { DocumentSummary } from '../archive/document-summary.ts';

/** A document on a body's shelf: its summary and the words full-text search reads. */
export interface ShelfEntry {
  body: string;
  summary: DocumentSummary;
  /** The document's text, cut to SHELF_TEXT_CHARS: what full-text search indexes. */
  text: string;
}

/** One page of a shelf, newest (or oldest) first; `next` continues after the last entry. */
export interface ShelfPage {
  /** Each entry with its place on the shelf: a cursor that continues right after it. */
  entries: (ShelfEntry & { position: string })[];
  next: string | null;
}

/**
 * Each body's archive: the documents it received (a document two bodies received is on both
 * shelves). Listing a shelf reads only that body's entries, by arrival, a page at a time.
 */
export interface ShelfStore {
  /** Puts (or refreshes) a document on a body's shelf. Idempotent. */
  shelve(entry: ShelfEntry): Promise<void>;
  /** Whether the document is on the body's shelf. */
  holds(body: string, documentId: string): Promise<boolean>;
  /** The bodies whose shelves hold the document. */
  holders(documentId: string): Promise<string[]>;
  /** Up to `limit` entries of a body's shelf in arrival order, after the cursor `after`. */
  page(body: string, options: { newestFirst: boolean; limit: number; after?: string | null }): Promise<ShelfPage>;
}

/** Characters of a document's text kept for full-text search (a DynamoDB item holds 400 KB). */
export const SHELF_TEXT_CHARS = 60_000;
