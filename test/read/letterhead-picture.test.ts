import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { closeOcr } from '../../shared/read/ocr-page.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import { fmt, setPageContent } from '../support/reading-kinds/compose.ts';
import { pathOps, titilliumOutlines } from '../support/reading-kinds/fonts.ts';

afterAll(() => closeOcr());

/**
 * A letter whose letterhead is a picture: the body's name drawn as outlines (no text) at the top,
 * centred over lines of its own, then the office and the letter printed as text.
 */
async function letterUnderPictureHeading(heading: string[], extra: { stamp?: string[]; subLine?: string; header?: string; corner?: string } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = titilliumOutlines();
  const size = 16;
  const scale = size / font.unitsPerEm;
  let ops = '0 0 0 rg\n';
  heading.forEach((text, row) => {
    const width = [...text].reduce((w, ch) => w + (font.glyphForCodePoint(ch.codePointAt(0)!)?.advanceWidth ?? 0), 0) * scale;
    let x = (595 - width) / 2;
    // Under a corner stamp the heading starts lower, as the stamp takes the page's top.
    const y = (extra.stamp || extra.header || extra.corner ? 760 : 800) - row * 20;
    for (const ch of text) {
      const g = font.glyphForCodePoint(ch.codePointAt(0)!);
      if (ch !== ' ') ops += `q ${fmt(scale)} 0 0 ${fmt(scale)} ${fmt(x)} ${fmt(y)} cm\n${pathOps(g.path.toSVG())}f Q\n`;
      x += g.advanceWidth * scale;
    }
  });
  setPageContent(doc, page, ops);
  const helvetica = await doc.embedFont(StandardFonts.Helvetica);
  const lines = ['Consiglio di Amministrazione', '', 'Al Collegio dei Revisori', '', 'Oggetto: approvazione del bilancio unico d’esercizio', '', 'Si comunica che il bilancio è stato approvato.'];
  lines.forEach((text, i) => text && page.drawText(text, { x: 56, y: 700 - i * 16, size: 11, font: helvetica }));
  extra.stamp?.forEach((text, i) => page.drawText(text, { x: 380, y: 812 - i * 10, size: 8, font: helvetica }));
  if (extra.header) page.drawText(extra.header, { x: 140, y: 815, size: 8, font: helvetica });
  if (extra.corner) page.drawText(extra.corner, { x: 507, y: 790, size: 10, font: helvetica });
  if (extra.subLine) page.drawText(extra.subLine, { x: (595 - helvetica.widthOfTextAtSize(extra.subLine, 9)) / 2, y: 738, size: 9, font: helvetica });
  return doc.save();
}

describe('a letterhead printed as a picture above the text', () => {
  it('is read by OCR when the printed text names no body, and gives the sender', async () => {
    // Prepare
    const pdf = await letterUnderPictureHeading(['Università', 'degli Studi', 'di Valdora']);
    // Act
    const outcome = await readAndExtract(pdf, ReadLimits.parse({}));
    // Assess
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.extraction.fields.sender).toBe('Università degli Studi di Valdora');
    expect(outcome.facts.repairs.map((r) => r.code)).toContain('letterhead-ocr');
    expect(outcome.pages[0].lines[0].origins).toEqual(['picture']);
  });

  it('is not read when OCR is off', async () => {
    const pdf = await letterUnderPictureHeading(['Università', 'degli Studi', 'di Valdora']);
    const outcome = await readAndExtract(pdf, ReadLimits.parse({ ocr: false }));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.extraction.fields.sender).toBeNull();
    expect(outcome.facts.repairs.map((r) => r.code)).not.toContain('letterhead-ocr');
  });
});

describe('a letterhead drawn as a picture under a stamp in the corner, over the province it lies in', () => {
  it('reads the name between the stamp and the province line, and takes it as the sender', async () => {
    // Prepare: the segnatura box in the top right corner, the Union's name drawn as outlines under it, then
    // "Provincia di Valdora" in small type.
    const pdf = await letterUnderPictureHeading(['Unione dei Comuni Montani'], {
      stamp: ['UNIONE DEI COMUNI MONTANI', 'Prot. N. 0001234', 'del 22/05/2031', 'PARTENZA – Cat. 5'],
      subLine: 'Provincia di Valdora',
    });
    // Act
    const outcome = await readAndExtract(pdf, ReadLimits.parse({}));
    // Assess
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.extraction.fields.sender).toBe('Unione dei Comuni Montani');
  });

  it('keeps the province line as the sender when OCR is off', async () => {
    const pdf = await letterUnderPictureHeading(['Unione dei Comuni Montani'], { stamp: ['Prot. N. 0001234', 'del 22/05/2031'], subLine: 'Provincia di Valdora' });
    const outcome = await readAndExtract(pdf, ReadLimits.parse({ ocr: false }));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.extraction.fields.sender).toBe('Provincia di Valdora');
  });
});

describe('a letterhead drawn as a picture under a running header', () => {
  it('reads the name between the header and the first line below it', async () => {
    // Prepare: a board's running header in small type at the top, the university's name drawn as outlines under it.
    const pdf = await letterUnderPictureHeading(['Università degli Studi di Valdora'], { header: 'Senato Accademico – seduta del 21 aprile 2031 – Proposta di delibera' });
    // Act
    const outcome = await readAndExtract(pdf, ReadLimits.parse({}));
    // Assess
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.extraction.fields.sender).toBe('Università degli Studi di Valdora');
  });
});

describe('a letterhead drawn as a picture under a mark in the corner', () => {
  it('reads the name between the mark ("COPIA") and the office printed under it, the top margin above the mark being empty', async () => {
    // Prepare: "COPIA" at the top right, Roma Capitale's name drawn as outlines under it, the office printed as text.
    const pdf = await letterUnderPictureHeading(['Roma Capitale'], { corner: 'COPIA', subLine: 'Dipartimento Politiche Sociali' });
    // Act
    const outcome = await readAndExtract(pdf, ReadLimits.parse({}));
    // Assess
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.extraction.fields.sender).toBe('Roma Capitale');
  });
});
