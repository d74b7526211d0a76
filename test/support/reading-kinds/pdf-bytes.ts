/**
 * Raw PDF byte helpers for what pdf-lib does not write itself: incremental updates appended to a
 * saved file, hand-made cross-reference sections, WinAnsi strings for content streams.
 */
import type { PDFObject } from 'pdf-lib';

const WIN_ANSI_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Text in WinAnsiEncoding, one byte a character (throws on characters outside it). */
export function winAnsi(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const code = WIN_ANSI_HIGH[ch] ?? (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff) ? cp : undefined);
    if (code === undefined) throw new Error(`not in WinAnsi: ${JSON.stringify(ch)}`);
    out[n++] = code;
  }
  return out.subarray(0, n);
}

/** A PDF literal string `( … )` of WinAnsi bytes, as latin1 text for a content stream. */
export function pdfLiteral(text: string): string {
  return `(${winAnsi(text).toString('latin1').replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** Latin1 text to bytes: content streams and dictionaries here are written as latin1 strings. */
export function bytes(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

/** The serialized bytes of a pdf-lib object (dictionary, stream, array…). */
export function objectBytes(obj: PDFObject): Buffer {
  const buf = new Uint8Array(obj.sizeInBytes());
  obj.copyBytesInto(buf, 0);
  return Buffer.from(buf);
}

/** Offset given by the last `startxref` in the file. */
export function lastStartxref(pdf: Uint8Array): number {
  const tail = Buffer.from(pdf.subarray(Math.max(0, pdf.length - 2048))).toString('latin1');
  const all = [...tail.matchAll(/startxref\s+(\d+)/g)];
  const last = all.at(-1);
  if (!last) throw new Error('no startxref');
  return Number(last[1]);
}

export interface RawObject {
  num: number;
  gen?: number;
  /** The object's body, between `n g obj` and `endobj`. */
  body: Uint8Array | string;
}

/** Classic xref section lines for the given (number, offset) pairs, grouped in contiguous runs. */
export function xrefSection(entries: { num: number; offset: number; gen?: number; free?: boolean }[]): string {
  const sorted = [...entries].sort((a, b) => a.num - b.num);
  let out = 'xref\n';
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].num === sorted[j].num + 1) j++;
    out += `${sorted[i].num} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) {
      const e = sorted[k];
      out += `${String(e.offset).padStart(10, '0')} ${String(e.gen ?? 0).padStart(5, '0')} ${e.free ? 'f' : 'n'} \n`;
    }
    i = j + 1;
  }
  return out;
}

function objectChunk(o: RawObject): Buffer {
  const body = typeof o.body === 'string' ? bytes(o.body) : Buffer.from(o.body);
  return Buffer.concat([bytes(`${o.num} ${o.gen ?? 0} obj\n`), body, bytes('\nendobj\n')]);
}

/**
 * Appends an incremental update: the new or changed objects, a classic xref section listing only
 * them, and a trailer with /Prev pointing at the previous section.
 * `trailer` holds the trailer entries other than /Prev (at least /Size and /Root).
 */
export function appendIncrementalUpdate(base: Uint8Array, objects: RawObject[], trailer: string): Buffer {
  const prev = lastStartxref(base);
  const parts: Buffer[] = [Buffer.from(base)];
  let length = base.length;
  if (base[base.length - 1] !== 0x0a) {
    parts.push(bytes('\n'));
    length += 1;
  }
  const entries: { num: number; offset: number; gen?: number }[] = [];
  for (const o of objects) {
    entries.push({ num: o.num, gen: o.gen, offset: length });
    const chunk = objectChunk(o);
    parts.push(chunk);
    length += chunk.length;
  }
  parts.push(bytes(`${xrefSection(entries)}trailer\n<< ${trailer} /Prev ${prev} >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** Writes a file object by object, remembering each object's offset. */
export class RawPdfWriter {
  private parts: Buffer[] = [];
  length = 0;
  readonly offsets = new Map<number, number>();

  constructor(version = '1.7') {
    this.write(Buffer.concat([bytes(`%PDF-${version}\n%`), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), bytes('\n')]));
  }

  write(data: Uint8Array | string): number {
    const buf = typeof data === 'string' ? bytes(data) : Buffer.from(data);
    const at = this.length;
    this.parts.push(buf);
    this.length += buf.length;
    return at;
  }

  object(num: number, body: Uint8Array | string): void {
    this.offsets.set(num, this.write(objectChunk({ num, body })));
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.parts);
  }
}

/** A stream object's body: dictionary (without /Length) and data. */
export function streamBody(dictEntries: string, data: Uint8Array): Buffer {
  return Buffer.concat([bytes(`<< ${dictEntries} /Length ${data.length} >>\nstream\n`), Buffer.from(data), bytes('\nendstream')]);
}
