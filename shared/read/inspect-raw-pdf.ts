import { inflateSync, constants } from 'node:zlib';
import { Rejection } from './rejection.ts';
import type { ReadLimits } from './read-limits.ts';

export interface RawFacts {
  /** A /JavaScript or /JS action is present somewhere, even inside a compressed object stream. */
  hasJavaScript: boolean;
  decompressedBytes: number;
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
const JS_MARK = /\/(JavaScript|JS)\b/;

/**
 * Checks a file's bytes before any PDF parser sees them: header, size, an end marker, and the total
 * size of its Flate streams once inflated, counted with a hard cap so a bomb never expands in memory.
 */
export function inspectRawPdf(bytes: Uint8Array, limits: ReadLimits): RawFacts {
  if (bytes.length === 0) throw new Rejection('empty');
  if (bytes.length > limits.maxBytes) throw new Rejection('too-large', `${bytes.length} byte, massimo ${limits.maxBytes}`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The header may follow a little junk (allowed by readers), but must be near the start.
  const header = buf.subarray(0, 1024).indexOf('%PDF-');
  if (header < 0) throw new Rejection('not-pdf');
  const tail = buf.subarray(Math.max(0, buf.length - 4096)).toString('latin1');
  if (!tail.includes('%%EOF')) throw new Rejection('truncated');

  let hasJavaScript = JS_MARK.test(buf.toString('latin1'));
  let decompressedBytes = 0;
  let at = buf.indexOf(STREAM, header);
  while (at >= 0) {
    const isEnd = at >= 3 && buf.toString('latin1', at - 3, at) === 'end';
    let dataStart = at + STREAM.length;
    if (!isEnd && (buf[dataStart] === 0x0d || buf[dataStart] === 0x0a)) {
      if (buf[dataStart] === 0x0d) dataStart++;
      if (buf[dataStart] === 0x0a) dataStart++;
      const end = buf.indexOf(ENDSTREAM, dataStart);
      const dataEnd = end < 0 ? buf.length : end;
      // Only zlib data (0x78 header) is counted: it is the filter bombs use, and the one PDFs use most.
      if (buf[dataStart] === 0x78) {
        const budget = limits.maxDecompressedBytes - decompressedBytes;
        const inflated = inflateCapped(buf.subarray(dataStart, dataEnd), budget);
        if (inflated === 'over') throw new Rejection('decompression-bomb', `oltre ${limits.maxDecompressedBytes} byte`);
        if (inflated) {
          decompressedBytes += inflated.length;
          const dict = buf.toString('latin1', Math.max(0, at - 400), at);
          if (!hasJavaScript && dict.includes('/ObjStm') && JS_MARK.test(inflated.toString('latin1'))) hasJavaScript = true;
        }
      }
      at = buf.indexOf(STREAM, end < 0 ? buf.length : end + ENDSTREAM.length);
    } else {
      at = buf.indexOf(STREAM, at + STREAM.length);
    }
  }
  return { hasJavaScript, decompressedBytes };
}

function inflateCapped(data: Buffer, budget: number): Buffer | 'over' | null {
  try {
    return inflateSync(data, { maxOutputLength: Math.max(1, budget), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) return 'over';
    return null; // not really zlib, or damaged: the parser will judge it
  }
}
