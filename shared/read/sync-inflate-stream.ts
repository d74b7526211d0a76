import { inflateSync } from 'node:zlib';

/**
 * pdf.js inflates every Flate stream through the global `DecompressionStream('deflate')`. Node
 * serves it by bridging a zlib stream to web streams chunk by chunk, and that bridge, not the
 * inflating, was a quarter of the time of reading a letter. A PDF stream arrives whole, so it is
 * inflated here in one zlib call inside a plain TransformStream: the same interface and the same
 * result, errors included (damaged data errors the readable side, and pdf.js then falls back on its
 * own decoder, as with Node's). Other formats go to Node's own class.
 *
 * `maxOutputBytes` bounds one stream once inflated (the reader's per-stream cap); past it the
 * stream errors as damaged data would.
 */
export function installSyncInflate(maxOutputBytes: number): void {
  const Native = globalThis.DecompressionStream;
  if (!Native || (Native as { syncInflate?: boolean }).syncInflate) return;
  class SyncInflateStream extends TransformStream<Uint8Array, Uint8Array> {
    static readonly syncInflate = true;
    constructor(format: CompressionFormat) {
      if (format !== 'deflate') return new Native(format) as unknown as SyncInflateStream;
      const parts: Uint8Array[] = [];
      super({
        transform: (chunk) => void parts.push(chunk),
        flush: (controller) => {
          const out = inflateSync(parts.length === 1 ? parts[0] : Buffer.concat(parts), { maxOutputLength: maxOutputBytes });
          controller.enqueue(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
        },
      });
    }
  }
  globalThis.DecompressionStream = SyncInflateStream as unknown as typeof DecompressionStream;
}
