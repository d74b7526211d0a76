import type { DocumentFilter, DocumentRecord, KeyVersion, Receipt } from '../records/document-record.ts';

/** Where document records live. Writes are conditional so a redelivered event changes nothing. */
export interface DocumentStore {
  getDocument(id: string): Promise<DocumentRecord | null>;
  /** false when a record with this id already exists. */
  putDocumentIfAbsent(doc: DocumentRecord): Promise<boolean>;
  /** Writes a record read again (reprocessing): same id, receipts and versions untouched. */
  replaceDocument(doc: DocumentRecord): Promise<void>;
  /** false when this arrival was already recorded. */
  addReceipt(receipt: Receipt): Promise<boolean>;
  listReceipts(documentId: string): Promise<Receipt[]>;
  /** false when this content was already recorded as a version of the key. */
  addKeyVersion(version: KeyVersion): Promise<boolean>;
  listKeyVersions(bucket: string, key: string): Promise<KeyVersion[]>;
  listDocuments(filter: DocumentFilter): Promise<DocumentRecord[]>;
}
