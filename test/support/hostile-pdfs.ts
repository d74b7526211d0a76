import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';

/** Assembles a PDF from object bodies with a correct cross-reference table. */
export function rawPdf(objects: (string | Buffer)[], trailerExtra = '', xrefOverride?: (xrefAt: number) => string): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xrefAt = length;
  const table =
    xrefOverride?.(xrefAt) ??
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
      `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\n`;
  parts.push(Buffer.from(`${table}startxref\n${xrefAt}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const catalog = '<< /Type /Catalog /Pages 2 0 R >>';
const pages = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>';

/** A one-page PDF whose content stream inflates to `inflatedBytes` of nothing (a few KB on disk per MB). */
export function decompressionBomb(inflatedBytes: number, windowBits = 15): Buffer {
  // windowBits below 15 changes the zlib header's first byte (0x58 for 13), as some writers' streams have it.
  const data = deflateSync(Buffer.alloc(inflatedBytes, 0x20), { level: 9, windowBits });
  const stream = Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream')]);
  return rawPdf([catalog, pages, page, stream]);
}

/** A PDF whose catalog holds arrays nested `depth` deep. */
export function deeplyNested(depth: number): Buffer {
  return rawPdf([`<< /Type /Catalog /Pages 2 0 R /Nest ${'['.repeat(depth)}${']'.repeat(depth)} >>`, pages, page, contentStream('BT /F1 12 Tf 72 720 Td (x) Tj ET')]);
}

/** A PDF whose cross-reference table names itself as its previous one: an endless /Prev chain. */
export function endlessXrefChain(): Buffer {
  const objects = [catalog, pages, page, contentStream('BT ET')];
  return rawPdf(objects, '', (xrefAt) => {
    let offset = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'.length;
    const offsets = objects.map((o) => {
      const at = offset;
      offset += `1 0 obj\n`.length + Buffer.byteLength(o, 'latin1') + '\nendobj\n'.length;
      return at;
    });
    return (
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
      `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Prev ${xrefAt} >>\n`
    );
  });
}

function contentStream(ops: string): string {
  return `<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`;
}

/**
 * A PDF of `count` pages of `lines` lines each in Helvetica, written with no compressed stream at all: long to read,
 * yet no zlib stream is ever opened while reading it (a worker ended while Node builds one can abort the process,
 * a fault of Node's, not of the reader: see the time-cap test).
 */
export function plainPages(count: number, lines: number): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  objects.push(`<< /Type /Pages /Kids [${Array.from({ length: count }, (_, p) => `${4 + p * 2} 0 R`).join(' ')}] /Count ${count} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (let p = 0; p < count; p++) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + p * 2} 0 R >>`);
    const text = Array.from({ length: lines }, (_, l) => `1 0 0 1 50 ${800 - l * 18} Tm (Pagina ${p + 1}, riga ${l + 1}: entro il 10/02/2021.) Tj`);
    objects.push(contentStream(`BT /F1 10 Tf ${text.join(' ')} ET`));
  }
  return rawPdf(objects);
}

/** A blank PDF with `count` pages. */
export async function manyPages(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < count; i++) doc.addPage([595, 842]);
  return doc.save();
}
