import { createInflate, constants } from 'node:zlib';
import { Rejection, italianBytes } from './rejection.ts';
import type { ReadLimits } from './read-limits.ts';

export interface RawFacts {
  /** A /JavaScript or /JS action is present somewhere, even inside a compressed object stream. */
  hasJavaScript: boolean;
  /** An /XFA entry is present: the file may be an XFA form, whose pages show only a placeholder. */
  hasXfa: boolean;
  /**
   * A FreeText, Stamp or Widget annotation may be present (their text is read where it is displayed); false only when
   * every object was looked at, compressed ones too, and none is one: a file of links alone need not be asked for its
   * annotations, which pdf.js answers by extracting the page's text a second time (to find the text under each link).
   */
  mayHaveTextAnnotations: boolean;
  decompressedBytes: number;
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
const JS_MARK = /\/(JavaScript|JS)\b/;
const XFA_MARK = /\/XFA\b/;
const TEXT_ANNOTATION_MARK = /\/(?:FreeText|Stamp|Widget)\b/;

/**
 * Bounds what a PDF parser will be given: the total size of the Flate streams once inflated and the
 * size of any one of them (which the parser holds whole), counted with a hard cap so a bomb never expands in memory, and nesting deeper than any document needs.
 * Structure (cross-reference sections, updates, the end marker) is the parser's to judge: pdf.js
 * repairs what common readers repair, and the worker's caps bound what it cannot.
 * `bytes` start at the `%PDF-` header (see unwrap-envelope.ts).
 */
export async function inspectRawPdf(bytes: Uint8Array, limits: ReadLimits): Promise<RawFacts> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = buf.toString('latin1');
  let hasJavaScript = JS_MARK.test(whole);
  let hasXfa = XFA_MARK.test(whole);
  // Encrypted objects cannot be looked into here: any of them may be an annotation.
  let mayHaveTextAnnotations = TEXT_ANNOTATION_MARK.test(whole) || /\/Encrypt\b/.test(whole);
  let depthFrom = 0;
  const mayExceed = buf.length * MAX_DEFLATE_RATIO > limits.maxDecompressedBytes;
  let decompressedBytes = 0;
  let at = buf.indexOf(STREAM);
  while (at >= 0) {
    const isEnd = at >= 3 && buf.toString('latin1', at - 3, at) === 'end';
    let dataStart = at + STREAM.length;
    if (!isEnd && (buf[dataStart] === 0x0d || buf[dataStart] === 0x0a)) {
      if (buf[dataStart] === 0x0d) dataStart++;
      if (buf[dataStart] === 0x0a) dataStart++;
      const end = buf.indexOf(ENDSTREAM, dataStart);
      const dataEnd = end < 0 ? buf.length : end;
      checkNesting(buf, depthFrom, at);
      depthFrom = end < 0 ? buf.length : end + ENDSTREAM.length;
      const objectStream = dict(buf, at).includes('/ObjStm');
      const zlib = isZlibHeader(buf, dataStart);
      // An object stream in another filter is not looked into: its objects may be annotations.
      if (objectStream && !zlib) mayHaveTextAnnotations = true;
      // Only zlib data is counted: it is the filter bombs use, and the one PDFs use most.
      if (zlib) {
        // Deflate cannot expand more than 1032:1, so a stream whose compressed data could not reach
        // either cap is not inflated here at all; object streams always are, to look for scripts inside.
        const streamMayExceed = (dataEnd - dataStart) * MAX_DEFLATE_RATIO > limits.maxStreamBytes;
        if (mayExceed || objectStream || streamMayExceed) {
          const left = limits.maxDecompressedBytes - decompressedBytes;
          const inflated = await inflateCapped(buf.subarray(dataStart, dataEnd), Math.min(left, limits.maxStreamBytes), objectStream);
          if (inflated === 'over' && left <= limits.maxStreamBytes) throw new Rejection('decompression-bomb', `oltre ${italianBytes(limits.maxDecompressedBytes)}`);
          if (inflated === 'over') throw new Rejection('decompression-bomb', `un solo flusso si espande oltre ${italianBytes(limits.maxStreamBytes)}`);
          if (objectStream && !inflated) mayHaveTextAnnotations = true;
          if (inflated) {
            decompressedBytes += inflated.size;
            if (inflated.text && JS_MARK.test(inflated.text)) hasJavaScript = true;
            if (inflated.text && XFA_MARK.test(inflated.text)) hasXfa = true;
            if (objectStream && (!inflated.text || TEXT_ANNOTATION_MARK.test(inflated.text))) mayHaveTextAnnotations = true;
          }
        }
      }
      at = buf.indexOf(STREAM, end < 0 ? buf.length : end + ENDSTREAM.length);
    } else {
      at = buf.indexOf(STREAM, at + STREAM.length);
    }
  }
  checkNesting(buf, depthFrom, buf.length);
  return { hasJavaScript, hasXfa, mayHaveTextAnnotations, decompressedBytes };
}

/**
 * A zlib stream's two-byte header (RFC 1950 §2.2): method 8 (deflate), a window of at most 32 KB, and a check that
 * makes the pair a multiple of 31. Most writers use 0x78 (a 32 KB window); Word writes 0x58 too.
 */
function isZlibHeader(buf: Buffer, at: number): boolean {
  if (at + 1 >= buf.length) return false;
  const cmf = buf[at];
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | buf[at + 1]) % 31 === 0;
}

function dict(buf: Buffer, streamAt: number): string {
  return buf.toString('latin1', Math.max(0, streamAt - 400), streamAt);
}

/**
 * Inflates one stream counting its output in 64 KB chunks that are dropped at once, so a bomb costs
 * CPU up to the cap but never memory. Object streams keep their text to look for scripts inside.
 */
function inflateCapped(data: Buffer, budget: number, keepText: boolean): Promise<{ size: number; text: string | null } | 'over' | null> {
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 64 * 1024 });
    let size = 0;
    const kept: Buffer[] = [];
    let settled = false;
    const settle = (v: { size: number; text: string | null } | 'over' | null) => {
      if (settled) return;
      settled = true;
      resolve(v);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (keepText && size < 16 * 1024 * 1024) kept.push(chunk);
      if (size > budget) {
        inflate.destroy();
        settle('over');
      }
    });
    inflate.on('end', () => settle({ size, text: keepText ? Buffer.concat(kept).toString('latin1') : null }));
    inflate.on('error', () => settle(size > 0 ? { size, text: null } : null)); // not zlib, or damaged: the parser will judge it
    inflate.end(data);
  });
}

const MAX_DEPTH = 256;
const MAX_DEFLATE_RATIO = 1032;

/** Arrays and dictionaries nested deeper than any real document needs are refused before parsing. */
function checkNesting(buf: Buffer, from: number, to: number): void {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = buf[i];
    if (c === 0x28 /* ( */) {
      // Skip a literal string: parentheses inside it do not nest objects.
      let level = 1;
      for (i++; i < to && level > 0; i++) {
        if (buf[i] === 0x5c) i++;
        else if (buf[i] === 0x28) level++;
        else if (buf[i] === 0x29) level--;
      }
      i--;
    } else if (c === 0x25 /* % */) {
      while (i < to && buf[i] !== 0x0a && buf[i] !== 0x0d) i++;
    } else if (c === 0x5b /* [ */ || (c === 0x3c && buf[i + 1] === 0x3c)) {
      if (c === 0x3c) i++;
      if (++depth > MAX_DEPTH) throw new Rejection('too-deep', `oltre ${MAX_DEPTH} livelli`);
    } else if (c === 0x5d /* ] */ || (c === 0x3e && buf[i + 1] === 0x3e)) {
      if (c === 0x3e) i++;
      if (depth > 0) depth--;
    } else if (c === 0x6f /* o */ && buf[i + 1] === 0x62 && buf[i + 2] === 0x6a && buf[i - 1] !== 0x64) {
      depth = 0; // "obj" starts a new object: an unbalanced one before it does not carry over
    }
  }
}
