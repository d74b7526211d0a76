import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { closeOcr } from '../../shared/read/ocr-page.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';

afterAll(() => closeOcr());

const STAMP = ['CONSORZIO SOCIALE VALDORA', 'Prot. N. 0004521 del 12/03/2031', 'USCITA - Titolo VII Cl. 2'];

/**
 * A notice whose protocol is a /Stamp annotation with no text of its own (its appearance draws it, as
 * iText stamps do), set over the running header's lines and its rule: under the stamp the page prints
 * "… delle funzioni socio-assistenziali" and a line across.
 */
async function noticeStampedOverItsHeader(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const helvetica = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('CONSORZIO SOCIALE VALDORA – Ente gestore delle funzioni socio-assistenziali', { x: 120, y: 812, size: 9, font: helvetica });
  page.drawText('Avviso pubblico contributi per i centri estivi – anno 2031', { x: 160, y: 801, size: 9, font: helvetica });
  page.drawLine({ start: { x: 56, y: 790 }, end: { x: 540, y: 790 }, thickness: 0.8 });
  const body = ['AVVISO PUBBLICO', '', 'Oggetto: contributi per la frequenza dei centri estivi.', '', 'Le domande devono pervenire entro il 30 aprile 2031.'];
  body.forEach((text, i) => text && page.drawText(text, { x: 56, y: 720 - i * 16, size: 11, font: helvetica }));
  const ctx = doc.context;
  const helv = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
  const [w, h] = [205, 41];
  const text = STAMP.map((line, i) => `1 0 0 1 6 ${h - 12 - i * 11} Tm (${line}) Tj`).join(' ');
  const ap = `q 0.6 0 0 RG 1 w 1 1 ${w - 2} ${h - 2} re S BT 0.6 0 0 rg /Helv 9 Tf ${text} ET Q\n`;
  const apRef = ctx.register(ctx.flateStream(ap, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h], Resources: { Font: { Helv: helv } } }));
  const [x, y] = [360, 785];
  const annot = ctx.obj({ Type: 'Annot', Subtype: 'Stamp', Rect: [x, y, x + w, y + h], F: 4, T: PDFString.of('Protocollo'), AP: { N: apRef } });
  page.node.set(PDFName.of('Annots'), ctx.obj([ctx.register(annot)]));
  return doc.save({ useObjectStreams: false });
}

describe('a protocol stamp annotation drawn over the page’s own lines', () => {
  it('is read alone, not through the header and the rule under it', async () => {
    // Prepare
    const pdf = await noticeStampedOverItsHeader();
    // Act
    const outcome = await readAndExtract(pdf, ReadLimits.parse({ ocr: true }));
    // Assess
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.extraction.fields.protocol).toEqual({ number: '0004521', date: '2031-03-12' });
  }, 60_000);
});
