/** What a store knows of an object without reading it. */
export interface ObjectHead {
  /** Bytes. */
  size: number;
  /** The store's entity tag, quotes removed: changes whenever the content does. */
  etag: string;
  /** User metadata (x-amz-meta-*), lower-case names. */
  metadata: Record<string, string>;
}

/** One object of a listing. */
export interface ListedObject {
  key: string;
  size: number;
  etag: string;
}

/** Where files live: the inbox that receives uploads and the archive that keeps originals and texts. */
export interface ObjectStore {
  get(bucket: string, key: string): Promise<Uint8Array>;
  /**
   * An object and what the store knows of it, in one request: null when there is no such object;
   * `bytes` null when it is larger than `maxBytes` (then not loaded).
   */
  read(bucket: string, key: string, maxBytes: number): Promise<{ head: ObjectHead; bytes: Uint8Array | null } | null>;
  put(bucket: string, key: string, body: Uint8Array | string, contentType?: string, metadata?: Record<string, string>): Promise<void>;
  exists(bucket: string, key: string): Promise<boolean>;
  /** null when there is no such object. */
  head(bucket: string, key: string): Promise<ObjectHead | null>;
  /** SHA-256 (hex) and size of an object, read as a stream: memory stays flat whatever its size. */
  digest(bucket: string, key: string): Promise<{ sha256: string; size: number }>;
  /** Copies within the store without passing the bytes through this process. */
  copy(from: { bucket: string; key: string }, to: { bucket: string; key: string }, metadata?: Record<string, string>): Promise<void>;
  /** Every object of a bucket (under a prefix), page by page. */
  list(bucket: string, prefix?: string): AsyncIterable<ListedObject>;
}
