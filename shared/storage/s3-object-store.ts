import { createHash } from 'node:crypto';
import { CopyObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, NotFound, NoSuchKey } from '@aws-sdk/client-s3';
import type { ListedObject, ObjectHead, ObjectStore } from './object-store.ts';

export class S3ObjectStore implements ObjectStore {
  constructor(private readonly s3: S3Client) {}

  async get(bucket: string, key: string): Promise<Uint8Array> {
    const out = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
  }

  async read(bucket: string, key: string, maxBytes: number): Promise<{ head: ObjectHead; bytes: Uint8Array | null } | null> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      const head = { size: out.ContentLength ?? 0, etag: unquote(out.ETag), metadata: lowerKeys(out.Metadata ?? {}) };
      if (head.size > maxBytes) {
        // Too large to hold: the answer is dropped unread, and the connection with it.
        (out.Body as { destroy?: () => void } | undefined)?.destroy?.();
        return { head, bytes: null };
      }
      return { head, bytes: out.Body ? await out.Body.transformToByteArray() : new Uint8Array() };
    } catch (err) {
      if (notFound(err)) return null;
      throw err;
    }
  }

  async put(bucket: string, key: string, body: Uint8Array | string, contentType?: string, metadata?: Record<string, string>): Promise<void> {
    // The length is given, not inferred: for an empty body the SDK would otherwise send none and print
    // an English warning about "a Stream of unknown length" into the office's terminal.
    const length = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
    await this.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentLength: length, ContentType: contentType, Metadata: metadata }));
  }

  async exists(bucket: string, key: string): Promise<boolean> {
    return (await this.head(bucket, key)) !== null;
  }

  async head(bucket: string, key: string): Promise<ObjectHead | null> {
    try {
      const out = await this.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return { size: out.ContentLength ?? 0, etag: unquote(out.ETag), metadata: lowerKeys(out.Metadata ?? {}) };
    } catch (err) {
      if (notFound(err)) return null;
      throw err;
    }
  }

  async digest(bucket: string, key: string): Promise<{ sha256: string; size: number }> {
    const out = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of (out.Body ?? []) as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
  }

  async copy(from: { bucket: string; key: string }, to: { bucket: string; key: string }, metadata?: Record<string, string>): Promise<void> {
    await this.s3.send(
      new CopyObjectCommand({
        Bucket: to.bucket,
        Key: to.key,
        // The copy source is a URL path: each segment of the key percent-encoded.
        CopySource: `${from.bucket}/${from.key.split('/').map(encodeURIComponent).join('/')}`,
        Metadata: metadata,
        MetadataDirective: metadata ? 'REPLACE' : 'COPY',
      }),
    );
  }

  async *list(bucket: string, prefix?: string): AsyncIterable<ListedObject> {
    let token: string | undefined;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
      for (const o of page.Contents ?? []) if (o.Key) yield { key: o.Key, size: o.Size ?? 0, etag: unquote(o.ETag) };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}

function unquote(etag: string | undefined): string {
  return (etag ?? '').replace(/^W\/|"/g, '');
}

function lowerKeys(m: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k.toLowerCase(), v]));
}

function notFound(err: unknown): boolean {
  return err instanceof NotFound || err instanceof NoSuchKey || (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;
}
