import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { readPdf } from '../../shared/read/read-pdf.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';

/** A one-page letter with a /Stamp annotation whose appearance stream is `content` (in a 205 × 30 box at the top right). */
async function stampedLetter(content: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const helvetica = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('PREFETTURA DI VALDORA', { x: 200, y: 760, size: 12, font: helvetica });
  page.drawText('Oggetto: Tavolo di coordinamento.', { x: 56, y: 700, size: 11, font: helvetica });
  const ctx = doc.context;
  const helv = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
  const apRef = ctx.register(ctx.flateStream(content, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 205, 30], Resources: { Font: { Xi0: helv } } }));
  const annot = ctx.obj({ Type: 'Annot', Subtype: 'Stamp', Rect: [360, 796, 565, 826], F: 4, T: PDFString.of('Protocollo'), AP: { N: apRef } });
  page.node.set(PDFName.of('Annots'), ctx.obj([ctx.register(annot)]));
  return doc.save({ useObjectStreams: false });
}

async function annotationLines(pdf: Uint8Array): Promise<string[]> {
  // OCR off: what is read here is read from the stamp's drawing, not from a picture of it.
  const read = await readPdf(pdf, ReadLimits.parse({ ocr: false }));
  return read.pages.flatMap((p) => p.lines.filter((l) => l.origins?.includes('annotation')).map((l) => l.text));
}

describe('the text a /Stamp annotation\'s appearance draws', () => {
  it('is read line by line, a line running past its box included', async () => {
    // Prepare: a register's segnatura at 7.5 pt, wider than the stamp's box, then its classification.
    const pdf = await stampedLetter('BT /Xi0 7.5 Tf 1 0 0 1 5 19 Tm (m_it.AOO_VD.REGISTRO UFFICIALE.U.0071468.21-10-2031) Tj 1 0 0 1 5 8 Tm (Classifica: 14.2.1 - Gabinetto) Tj ET');
    // Act
    const lines = await annotationLines(pdf);
    // Assess
    expect(lines).toEqual(['m_it.AOO_VD.REGISTRO UFFICIALE.U.0071468.21-10-2031', 'Classifica: 14.2.1 - Gabinetto']);
  });

  it('reads a kerning step of a fifth of an em or more inside a line as a space', async () => {
    const pdf = await stampedLetter('BT /Xi0 8 Tf 1 0 0 1 5 12 Tm [(Prot. N.) -300 (0004521)] TJ ET');
    const lines = await annotationLines(pdf);
    expect(lines).toEqual(['Prot. N. 0004521']);
  });

  it('reads nothing from a stamp that draws no text (left to OCR as a picture)', async () => {
    const pdf = await stampedLetter('q 0.6 0 0 RG 1 w 1 1 203 28 re S Q');
    const lines = await annotationLines(pdf);
    expect(lines).toEqual([]);
  });
});
