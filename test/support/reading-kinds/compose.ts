/**
 * Builds letter pages with pdf-lib but writes their content streams by hand, so each variant can
 * choose exactly which text operators appear (one Tj a line, TJ with kerning, cm transforms…).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { degrees, PDFDocument, PDFName, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { A4, layoutLetter, letterLines, type LetterLine, type PlacedLine } from './letter.ts';
import { pdfLiteral } from './pdf-bytes.ts';

const require = createRequire(import.meta.url);

/** Titillium Web Regular (TrueType), from @expo-google-fonts/titillium-web. */
export const titilliumPath: string = require.resolve('@expo-google-fonts/titillium-web/400Regular/TitilliumWeb_400Regular.ttf');
let titillium: Buffer | undefined;
export function titilliumBytes(): Buffer {
  titillium ??= readFileSync(titilliumPath);
  return titillium;
}

/** Fixed dates so the same generator gives the same bytes (apart from pdf-lib's subset tags). */
export const LETTER_DATE = new Date('2025-05-07T09:12:00+02:00');

export async function newDoc(): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setCreator('Protocollo informatico – Comune di Montelago');
  doc.setProducer('Comune di Montelago');
  doc.setCreationDate(LETTER_DATE);
  doc.setModificationDate(LETTER_DATE);
  return doc;
}

/** Replaces a page's content with one Flate content stream. */
export function setPageContent(doc: PDFDocument, page: PDFPage, ops: string): void {
  const stream = doc.context.flateStream(Buffer.from(ops, 'latin1'));
  page.node.set(PDFName.of('Contents'), doc.context.register(stream));
}

export function fmt(n: number): string {
  return Number(n.toFixed(3)).toString();
}

export type Rotation = 0 | 90 | 180 | 270;

/**
 * For a page displayed upright at `width` × `height` after /Rotate `rotate`: its MediaBox size and
 * the matrix that maps display coordinates into user space (so content drawn "upright" in display
 * coordinates shows upright once the viewer applies /Rotate).
 */
export function rotationFrame(rotate: Rotation, width: number, height: number): { box: [number, number]; cm: number[] } {
  switch (rotate) {
    case 0:
      return { box: [width, height], cm: [1, 0, 0, 1, 0, 0] };
    case 90: // user (x, y) shows at display (y, w − x)
      return { box: [height, width], cm: [0, 1, -1, 0, height, 0] };
    case 180:
      return { box: [width, height], cm: [-1, 0, 0, -1, width, height] };
    case 270: // user (x, y) shows at display (h − y, x)
      return { box: [height, width], cm: [0, -1, 1, 0, 0, width] };
  }
}

export type DrawMode = 'plain' | 'shadow' | 'grave';

const SPACING_ACCENTS: Record<string, [string, string]> = {
  à: ['a', '`'], è: ['e', '`'], ì: ['i', '`'], ò: ['o', '`'], ù: ['u', '`'], é: ['e', '´'], È: ['E', '`'],
};

/**
 * One line as text-showing operators. `grave`: each accented vowel is the bare vowel followed by a
 * spacing accent (` or ´) moved back over it with TJ kerning, as some exporters write it.
 */
function showLine(line: PlacedLine, font: PDFFont, mode: DrawMode): string {
  if (mode !== 'grave' || !/[àèìòùéÈ]/.test(line.text)) return `${pdfLiteral(line.text)} Tj`;
  const parts: string[] = [];
  let run = '';
  for (const ch of line.text) {
    const split = SPACING_ACCENTS[ch];
    if (!split) {
      run += ch;
      continue;
    }
    const [vowel, accent] = split;
    const wv = font.widthOfTextAtSize(vowel, 1000);
    const wa = font.widthOfTextAtSize(accent, 1000);
    // back up so the accent is centred over the vowel, then forward to the end of the vowel
    const back = (wv + wa) / 2;
    parts.push(pdfLiteral(run + vowel), fmt(back), pdfLiteral(accent), fmt(-(wv - (wv - back + wa))));
    run = '';
  }
  if (run) parts.push(pdfLiteral(run));
  return `[${parts.join(' ')}] TJ`;
}

/** Text operators for placed lines in font resource `fontName`. */
export function letterOps(placed: readonly PlacedLine[], font: PDFFont, fontName = 'F1', mode: DrawMode = 'plain'): string {
  let ops = 'BT\n';
  let size = 0;
  for (const line of placed) {
    if (!line.text) continue;
    if (line.size !== size) {
      ops += `/${fontName} ${fmt(line.size)} Tf\n`;
      size = line.size;
    }
    ops += `1 0 0 1 ${fmt(line.x)} ${fmt(line.y)} Tm ${showLine(line, font, mode)}\n`;
    if (mode === 'shadow') ops += `1 0 0 1 ${fmt(line.x + 0.3)} ${fmt(line.y - 0.3)} Tm ${showLine(line, font, 'plain')}\n`;
  }
  return `${ops}ET\n`;
}

export interface HelveticaLetterOptions {
  lines?: readonly LetterLine[];
  rotate?: Rotation;
  mode?: DrawMode;
  /** Operators appended after the letter, in display coordinates (font /F1 = Helvetica, /F2 = Helvetica-Bold). */
  extraOps?: (font: PDFFont) => string;
}

/** The letter set in Helvetica (WinAnsi, not embedded) on an A4 page, as a document still open for changes. */
export async function helveticaLetterDoc(opts: HelveticaLetterOptions = {}): Promise<{ doc: PDFDocument; page: PDFPage; font: PDFFont; placed: PlacedLine[] }> {
  const doc = await newDoc();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const { box, cm } = rotationFrame(opts.rotate ?? 0, A4.width, A4.height);
  const page = doc.addPage(box);
  if (opts.rotate) page.setRotation(degrees(opts.rotate));
  page.node.setFontDictionary(PDFName.of('F1'), font.ref);
  page.node.setFontDictionary(PDFName.of('F2'), bold.ref);
  const placed = layoutLetter(opts.lines ?? letterLines, (t, s) => font.widthOfTextAtSize(t, s));
  let ops = opts.rotate ? `q ${cm.map(fmt).join(' ')} cm\n` : 'q\n';
  ops += letterOps(placed, font, 'F1', opts.mode ?? 'plain');
  if (opts.extraOps) ops += opts.extraOps(font);
  ops += 'Q\n';
  setPageContent(doc, page, ops);
  return { doc, page, font, placed };
}

/** The letter set in Helvetica, saved (classic xref table, no object streams). */
export async function helveticaLetter(opts: HelveticaLetterOptions = {}): Promise<Uint8Array> {
  const { doc } = await helveticaLetterDoc(opts);
  return doc.save({ useObjectStreams: false });
}
