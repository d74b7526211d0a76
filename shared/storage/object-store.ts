/** Where files live: the inbox that receives uploads and the archive that keeps originals and texts. */
export interface ObjectStore {
  get(bucket: string, key: string): Promise<Uint8Array>;
  put(bucket: string, key: string, body: Uint8Array | string, contentType?: string): Promise<void>;
  exists(bucket: string, key: string): Promise<boolean>;
}
