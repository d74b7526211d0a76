import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { installSyncInflate } from '../../shared/read/sync-inflate-stream.ts';

/** Reads a stream the way pdf.js does: one write, close, then every chunk of the readable side. */
async function inflate(format: CompressionFormat, data: Uint8Array<ArrayBuffer>): Promise<Buffer> {
  const { readable, writable } = new DecompressionStream(format);
  const writer = writable.getWriter();
  await writer.ready;
  writer.write(data).then(() => writer.close()).catch(() => {});
  const chunks: Uint8Array[] = [];
  for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('Flate streams inflated in one zlib call', () => {
  installSyncInflate(1 << 20);
  const text = Buffer.from('BT /F1 11 Tf 56 700 Td (Oggetto: convocazione) Tj ET\n'.repeat(50));

  it('gives what was deflated', async () => {
    expect(await inflate('deflate', deflateSync(text))).toEqual(text);
  });

  it('errors on damaged data, so pdf.js falls back on its own decoder', async () => {
    const damaged = deflateSync(text).subarray(0, 40);
    await expect(inflate('deflate', damaged)).rejects.toThrow();
  });

  it('errors past the per-stream cap instead of growing without bound', async () => {
    await expect(inflate('deflate', deflateSync(Buffer.alloc(2 << 20)))).rejects.toThrow();
  });

  it('leaves other formats to Node’s own class', async () => {
    expect(await inflate('gzip', gzipSync(text))).toEqual(text);
  });
});
