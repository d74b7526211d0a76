/**
 * More reading kinds: other members of the kinds in ./index.ts (other producers, other byte layouts)
 * and conditions reported against pdf.js, pdf-lib, tesseract.js and other PDF readers in public bug
 * reports. Each generator is `() => Promise<Uint8Array>`, built from the same fictional letter
 * (./letter.ts); the expectations say what a person sees on the page.
 *
 * `moreReadingKinds` are read as their expectation says; `pendingReadingKinds` are kinds our reader
 * does not read right yet (see the note on each), run as `it.todo` by test/read/more-reading-kinds.test.ts.
 */
import { deflateSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import { PDFBool, PDFDocument, PDFName, PDFString, StandardFonts, type PDFFont } from 'pdf-lib';
import { fmt, helveticaLetterDoc, letterOps, newDoc, rotationFrame, setPageContent, titilliumBytes } from './compose.ts';
import { pathOps, titilliumOutlines } from './fonts.ts';
import { expected, letterLines, PROTOCOL_LINE, SEGNATURA, SUBJECT, type PlacedLine } from './letter.ts';
import { A4, layoutLetter } from './letter.ts';
import { bytes, pdfLiteral, RawPdfWriter, streamBody, winAnsi, xrefSection } from './pdf-bytes.ts';
import { embedGrey, paintLetter, titilliumWidth, type GreyImage } from './raster.ts';
import { type3Letter, type ReadingExpectation, type ReadingKind } from './index.ts';
import { A4_SIZE, fullLetter, ocrLetter } from './letter-expectations.ts';

// ---------------------------------------------------------------------------------------------
// shared pieces
// ---------------------------------------------------------------------------------------------

/** Expectation with one more option: a reader may or may not run OCR (a correct text layer lies over a scan). */
export type MoreExpectation = ReadingExpectation & { ocrOptional?: boolean };
export type MoreReadingKind = Omit<ReadingKind, 'expect'> & { expect: MoreExpectation; source: string };

/** Helvetica's widths (WinAnsi), without a document. */
let helvMeasure: PDFFont | undefined;
async function helvetica(): Promise<PDFFont> {
  if (!helvMeasure) {
    const d = await PDFDocument.create();
    helvMeasure = await d.embedFont(StandardFonts.Helvetica);
  }
  return helvMeasure;
}

/** A one-page A4 document with /F1 Helvetica and a hand-written content stream. */
async function helveticaPage(ops: (font: PDFFont, placed: PlacedLine[]) => string, opts: { objectStreams?: boolean } = {}): Promise<Uint8Array> {
  const doc = await newDoc();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([A4.width, A4.height]);
  page.node.setFontDictionary(PDFName.of('F1'), font.ref);
  const placed = layoutLetter(letterLines, (t, s) => font.widthOfTextAtSize(t, s));
  setPageContent(doc, page, ops(font, placed));
  return doc.save({ useObjectStreams: opts.objectStreams ?? false });
}

// ---------------------------------------------------------------------------------------------
// 1. word spacing without space characters
// ---------------------------------------------------------------------------------------------

/**
 * Every glyph placed on its own with an absolute text matrix (`1 0 0 1 x y Tm (c) Tj`), as report
 * generators (DevExpress, Crystal Reports, PDFsharp) and some "print to PDF" drivers write it; no
 * space character anywhere: the gap between words is only the glyphs' positions.
 */
export function perGlyphPositioned(): Promise<Uint8Array> {
  return helveticaPage((font, placed) => {
    let ops = 'BT\n';
    for (const line of placed) {
      if (!line.text) continue;
      ops += `/F1 ${fmt(line.size)} Tf\n`;
      let x = line.x;
      for (const ch of line.text) {
        if (ch !== ' ') ops += `1 0 0 1 ${fmt(x)} ${fmt(line.y)} Tm ${pdfLiteral(ch)} Tj\n`;
        x += font.widthOfTextAtSize(ch, line.size);
      }
    }
    return `${ops}ET\n`;
  });
}

/**
 * Each line one `TJ` whose words are separated by kerning numbers instead of space glyphs (as
 * justified text from typesetting tools, and Word with "expanded" spacing, come out): the space is
 * a displacement of −278…−420 thousandths of an em, never a character.
 */
export function tjKerningInsteadOfSpaces(): Promise<Uint8Array> {
  return helveticaPage((_font, placed) => {
    let ops = 'BT\n';
    placed.forEach((line, i) => {
      if (!line.text) return;
      const gap = 278 + ((i * 37) % 143); // a little wider on justified lines
      const parts = line.text.split(' ').map((w) => pdfLiteral(w));
      ops += `/F1 ${fmt(line.size)} Tf 1 0 0 1 ${fmt(line.x)} ${fmt(line.y)} Tm [${parts.join(` -${gap} `)}] TJ\n`;
    });
    return `${ops}ET\n`;
  });
}

/**
 * Letter-spaced (tracked) headings and condensed body text: the issuer, office and signer lines
 * are set with `Tc 1.6` (1.6 pt more between every two letters, as "Espansa" spacing in Word or
 * LibreOffice gives; a word space is then 1.6 pt + the space glyph), the body lines with `Tc -0.25`
 * (condensed). Every line stays inside the margins.
 */
export function characterSpacingTc(): Promise<Uint8Array> {
  return helveticaPage((font, placed) => {
    let ops = 'BT\n';
    for (const line of placed) {
      if (!line.text) continue;
      const tracked = line.id === 'issuer' || line.id === 'office' || line.id === 'signer';
      const tc = tracked ? 1.6 : line.id ? 0 : -0.25;
      let x = line.x;
      if (line.align === 'right') x -= tc * ([...line.text].length - 1);
      ops += `/F1 ${fmt(line.size)} Tf ${fmt(tc)} Tc 1 0 0 1 ${fmt(x)} ${fmt(line.y)} Tm ${pdfLiteral(line.text)} Tj\n`;
    }
    void font;
    return `${ops}0 Tc ET\n`;
  });
}

/**
 * Horizontal scaling and word spacing: body lines condensed with `88 Tz` and justified with `Tw`
 * (word spacing applied to every space, code 32), headings at `110 Tz`.
 */
export function horizontalScalingTz(): Promise<Uint8Array> {
  return helveticaPage((font, placed) => {
    let ops = 'BT\n';
    for (const line of placed) {
      if (!line.text) continue;
      const body = !line.id;
      const tz = body ? 88 : line.id === 'issuer' ? 110 : 100;
      const natural = font.widthOfTextAtSize(line.text, line.size) * (tz / 100);
      const spaces = line.text.split(' ').length - 1;
      // justify body lines to the full measure (Tw is scaled by Tz too)
      const tw = body && spaces ? (A4.width - 2 * A4.margin - natural) / spaces / (tz / 100) : 0;
      let x = line.x;
      if (line.align === 'right') x = A4.width - A4.margin - natural;
      ops += `/F1 ${fmt(line.size)} Tf ${tz} Tz ${fmt(tw)} Tw 1 0 0 1 ${fmt(x)} ${fmt(line.y)} Tm ${pdfLiteral(line.text)} Tj\n`;
    }
    return `${ops}100 Tz 0 Tw ET\n`;
  });
}

// ---------------------------------------------------------------------------------------------
// 2. text layers over scans, ActualText, fonts
// ---------------------------------------------------------------------------------------------

/**
 * A scan (150 dpi grey) with an invisible OCR text layer over it (`3 Tr`, Helvetica stretched with
 * `Tz` to the scanned words' widths), as OCRmyPDF, ABBYY or a scanner's "searchable PDF" make it.
 * The page shows the letter once.
 */
export async function invisibleOcrLayer(): Promise<Uint8Array> {
  const doc = await newDoc();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([A4.width, A4.height]);
  page.node.setFontDictionary(PDFName.of('F1'), font.ref);
  let ops = embedGrey(doc, page, paintLetter({ dpi: 150 }), 0, 0, A4.width, A4.height);
  ops += 'BT 3 Tr\n';
  for (const line of layoutLetter(letterLines, titilliumWidth)) {
    if (!line.text) continue;
    const tz = (100 * titilliumWidth(line.text, line.size)) / font.widthOfTextAtSize(line.text, line.size);
    ops += `/F1 ${fmt(line.size)} Tf ${fmt(tz)} Tz 1 0 0 1 ${fmt(line.x)} ${fmt(line.y)} Tm ${pdfLiteral(line.text)} Tj\n`;
  }
  ops += '0 Tr 100 Tz ET\n';
  setPageContent(doc, page, ops);
  return doc.save({ useObjectStreams: false });
}

/** A Type3 font with one zero-width glyph, code 0x4D ("M"), named /g1, that draws a grave accent back over the previous vowel. */
function graveAccentType3(doc: PDFDocument, vowelWidth: number) {
  const f = titilliumOutlines();
  const g = f.glyphForCodePoint(0x60);
  const s = 1000 / f.unitsPerEm;
  const shift = -(vowelWidth / 2 + (g.advanceWidth * s) / 2);
  const body = `0 0 ${fmt(shift)} 400 ${fmt(shift + g.advanceWidth * s)} 800 d1\nq ${fmt(s)} 0 0 ${fmt(s)} ${fmt(shift)} 0 cm\n${pathOps(g.path.toSVG())}f Q\n`;
  return doc.context.register(
    doc.context.obj({
      Type: 'Font',
      Subtype: 'Type3',
      FontBBox: [-600, 0, 0, 800],
      FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
      CharProcs: { g1: doc.context.register(doc.context.flateStream(body)) },
      Encoding: { Type: 'Encoding', Differences: [77, 'g1'] },
      FirstChar: 77,
      LastChar: 77,
      Widths: [0],
      Resources: {},
    } as never),
  );
}

/**
 * Accented letters drawn as the bare vowel plus a zero-width accent glyph from a second font whose
 * code is 0x4D ("M") and which has no ToUnicode, each pair wrapped in
 * `/Span << /ActualText <FEFF00E0> >> BDC … EMC` (the way the true character is declared). The page
 * shows "Povertà"; only /ActualText says so.
 */
export async function actualTextAccents(): Promise<Uint8Array> {
  const doc = await newDoc();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([A4.width, A4.height]);
  page.node.setFontDictionary(PDFName.of('F1'), font.ref);
  page.node.setFontDictionary(PDFName.of('A1'), graveAccentType3(doc, font.widthOfTextAtSize('a', 1000)));
  const base: Record<string, string> = { à: 'a', è: 'e' };
  const utf16 = (c: string) => Buffer.from(c, 'utf16le').swap16().toString('hex').toUpperCase();
  let ops = 'BT\n';
  for (const line of layoutLetter(letterLines, (t, s) => font.widthOfTextAtSize(t, s))) {
    if (!line.text) continue;
    ops += `/F1 ${fmt(line.size)} Tf 1 0 0 1 ${fmt(line.x)} ${fmt(line.y)} Tm\n`;
    let run = '';
    for (const ch of line.text) {
      if (!base[ch]) {
        run += ch;
        continue;
      }
      if (run) ops += `${pdfLiteral(run)} Tj\n`;
      run = '';
      ops += `/Span << /ActualText <FEFF${utf16(ch)}> >> BDC ${pdfLiteral(base[ch])} Tj /A1 ${fmt(line.size)} Tf (M) Tj /F1 ${fmt(line.size)} Tf EMC\n`;
    }
    if (run) ops += `${pdfLiteral(run)} Tj\n`;
  }
  setPageContent(doc, page, `${ops}ET\n`);
  return doc.save({ useObjectStreams: false });
}

/**
 * The letter in Titillium Web embedded whole (FontFile2) as a CIDFontType2 / Identity-H font whose
 * CIDs are NOT glyph ids: CIDs 1, 2, 3… in order of first use, a /CIDToGIDMap *stream* maps them to
 * the glyphs, and a ToUnicode CMap written with `bfrange` runs maps them to text (as iText, Crystal
 * Reports and some Office add-ins write it). Optionally without the ToUnicode.
 */
async function cidToGidLetter(toUnicode: boolean): Promise<Uint8Array> {
  const f = titilliumOutlines();
  const scale = 1000 / f.unitsPerEm;
  const chars = [...new Set(letterLines.map((l) => l.text).join(''))];
  const cid = new Map(chars.map((c, i) => [c, i + 1]));
  const gidOf = (c: string) => f.glyphForCodePoint(c.codePointAt(0)!).id;
  const widthOf = (c: string) => f.glyphForCodePoint(c.codePointAt(0)!).advanceWidth * scale;
  const placed = layoutLetter(letterLines, titilliumWidth);

  const w = new RawPdfWriter('1.6');
  w.object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  w.object(2, '<< /Type /Pages /Count 1 /Kids [3 0 R] >>');
  w.object(3, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${fmt(A4.width)} ${fmt(A4.height)}] /Resources << /Font << /C0 5 0 R >> >> /Contents 4 0 R >>`);
  let ops = 'BT\n';
  for (const line of placed) {
    if (!line.text) continue;
    const hex = [...line.text].map((c) => cid.get(c)!.toString(16).padStart(4, '0')).join('');
    ops += `/C0 ${fmt(line.size)} Tf 1 0 0 1 ${fmt(line.x)} ${fmt(line.y)} Tm <${hex}> Tj\n`;
  }
  ops += 'ET\n';
  w.object(4, streamBody('/Filter /FlateDecode', deflateSync(bytes(ops))));
  w.object(5, `<< /Type /Font /Subtype /Type0 /BaseFont /TitilliumWeb-Regular /Encoding /Identity-H /DescendantFonts [6 0 R]${toUnicode ? ' /ToUnicode 9 0 R' : ''} >>`);
  const widths = chars.map((c) => Math.round(widthOf(c))).join(' ');
  w.object(6, `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TitilliumWeb-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 500 /W [1 [${widths}]] /CIDToGIDMap 8 0 R >>`);
  const b = f.bbox;
  w.object(10, streamBody(`/Length1 ${titilliumBytes().length} /Filter /FlateDecode`, deflateSync(titilliumBytes())));
  w.object(7, `<< /Type /FontDescriptor /FontName /TitilliumWeb-Regular /Flags 32 /FontBBox [${[b.minX, b.minY, b.maxX, b.maxY].map((n) => Math.round(n * scale)).join(' ')}] /ItalicAngle 0 /Ascent 1133 /Descent -388 /CapHeight 692 /StemV 80 /FontFile2 10 0 R >>`);
  const map = Buffer.alloc((chars.length + 1) * 2);
  chars.forEach((c, i) => map.writeUInt16BE(gidOf(c), (i + 1) * 2));
  w.object(8, streamBody('/Filter /FlateDecode', deflateSync(map)));
  // ToUnicode: runs of consecutive CIDs whose characters are consecutive code points → bfrange, the rest bfchar
  const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const ranges: string[] = [];
  const singles: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let j = i;
    while (j + 1 < chars.length && chars[j + 1].codePointAt(0) === chars[j].codePointAt(0)! + 1) j++;
    if (j > i) ranges.push(`<${hex4(i + 1)}> <${hex4(j + 1)}> <${hex4(chars[i].codePointAt(0)!)}>`);
    else singles.push(`<${hex4(i + 1)}> <${hex4(chars[i].codePointAt(0)!)}>`);
    i = j + 1;
  }
  const cmap =
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
    '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n' +
    (ranges.length ? `${ranges.length} beginbfrange\n${ranges.join('\n')}\nendbfrange\n` : '') +
    (singles.length ? `${singles.length} beginbfchar\n${singles.join('\n')}\nendbfchar\n` : '') +
    'endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n';
  if (toUnicode) w.object(9, streamBody('/Filter /FlateDecode', deflateSync(bytes(cmap))));
  w.object(11, "<< /Producer (iText 2.1.7 by 1T3XT) /CreationDate (D:20250507091200+02'00') >>");
  const nums = [1, 2, 3, 4, 5, 6, 7, 8, ...(toUnicode ? [9] : []), 10, 11];
  const at = w.length;
  w.write(`${xrefSection([{ num: 0, offset: 0, gen: 65535, free: true }, ...nums.map((n) => ({ num: n, offset: w.offsets.get(n)! })), ...(toUnicode ? [] : [{ num: 9, offset: 0, gen: 1, free: true }])])}trailer\n<< /Size 12 /Root 1 0 R /Info 11 0 R >>\nstartxref\n${at}\n%%EOF\n`);
  return w.toBuffer();
}

export const cidToGidMapStream = () => cidToGidLetter(true);
export const cidToGidMapNoToUnicode = () => cidToGidLetter(false);

// ---------------------------------------------------------------------------------------------
// 3. page geometry
// ---------------------------------------------------------------------------------------------

/** A raw one-page file: page dictionary entries, content and the Helvetica font as object 5. */
function rawOnePage(opts: { pagesExtra?: string; pageExtra: string; content: string; producer: string }): Buffer {
  const w = new RawPdfWriter('1.4');
  w.object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  w.object(2, `<< /Type /Pages /Count 1 /Kids [3 0 R] ${opts.pagesExtra ?? ''} >>`);
  w.object(3, `<< /Type /Page /Parent 2 0 R ${opts.pageExtra} /Contents 4 0 R >>`);
  w.object(4, streamBody('/Filter /FlateDecode', deflateSync(bytes(opts.content))));
  w.object(5, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  w.object(6, `<< /Producer (${opts.producer}) /CreationDate (D:20250507091200+02'00') >>`);
  const at = w.length;
  w.write(`${xrefSection([{ num: 0, offset: 0, gen: 65535, free: true }, ...[1, 2, 3, 4, 5, 6].map((n) => ({ num: n, offset: w.offsets.get(n)! }))])}trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R >>\nstartxref\n${at}\n%%EOF\n`);
  return w.toBuffer();
}

export const SLUG_LINE = 'Tipografia comunale – bozza 3 – 06/05/2025 17:40 – non stampare';

/**
 * A print-shop layout: MediaBox 720 × 1000 with crop marks and a slug line outside the trim, and a
 * CropBox (60 90 655.28 931.89) that shows exactly the A4 letter. What is outside the CropBox is not
 * on the page as displayed.
 */
export async function cropBoxOffset(): Promise<Uint8Array> {
  const font = await helvetica();
  const placed = layoutLetter(letterLines, (t, s) => font.widthOfTextAtSize(t, s));
  const [x0, y0] = [60, 90];
  const [x1, y1] = [x0 + A4.width, y0 + A4.height];
  let marks = '0 G 0.25 w\n';
  for (const [x, y, dx, dy] of [[x0, y0, -1, -1], [x1, y0, 1, -1], [x0, y1, -1, 1], [x1, y1, 1, 1]] as const) {
    marks += `${fmt(x)} ${fmt(y + dy * 6)} m ${fmt(x)} ${fmt(y + dy * 30)} l S ${fmt(x + dx * 6)} ${fmt(y)} m ${fmt(x + dx * 30)} ${fmt(y)} l S\n`;
  }
  const content =
    marks +
    `BT /F1 7 Tf 1 0 0 1 ${x0} 40 Tm ${pdfLiteral(SLUG_LINE)} Tj ET\n` +
    `q 1 0 0 1 ${x0} ${y0} cm\n${letterOps(placed, font, 'F1')}Q\n`;
  return rawOnePage({
    pageExtra: `/MediaBox [0 0 720 1000] /CropBox [${x0} ${y0} ${fmt(x1)} ${fmt(y1)}] /TrimBox [${x0} ${y0} ${fmt(x1)} ${fmt(y1)}] /Resources << /Font << /F1 5 0 R >> >>`,
    content,
    producer: 'Adobe PDF Library 17.0',
  });
}

/** A MediaBox centred on the origin ([-297.64 -420.945 297.64 420.945]), as PostScript-converted and CAD exports write it. */
export async function centredOriginMediaBox(): Promise<Uint8Array> {
  const font = await helvetica();
  const placed = layoutLetter(letterLines, (t, s) => font.widthOfTextAtSize(t, s));
  const [hw, hh] = [A4.width / 2, A4.height / 2];
  return rawOnePage({
    pageExtra: `/MediaBox [${fmt(-hw)} ${fmt(-hh)} ${fmt(hw)} ${fmt(hh)}] /Resources << /Font << /F1 5 0 R >> >>`,
    content: `q 1 0 0 1 ${fmt(-hw)} ${fmt(-hh)} cm\n${letterOps(placed, font, 'F1')}Q\n`,
    producer: 'GPL Ghostscript 9.53.3',
  });
}

/**
 * /Rotate -90 (≡ 270) and the landscape MediaBox and Resources inherited from the /Pages node, the
 * page dictionary holding none of them; content drawn turned so it shows as an upright portrait letter.
 */
export async function inheritedNegativeRotate(): Promise<Uint8Array> {
  const font = await helvetica();
  const placed = layoutLetter(letterLines, (t, s) => font.widthOfTextAtSize(t, s));
  const { box, cm } = rotationFrame(270, A4.width, A4.height);
  return rawOnePage({
    pagesExtra: `/Rotate -90 /MediaBox [0 0 ${fmt(box[0])} ${fmt(box[1])}] /Resources << /Font << /F1 5 0 R >> >>`,
    pageExtra: '',
    content: `q ${cm.map(fmt).join(' ')} cm\n${letterOps(placed, font, 'F1')}Q\n`,
    producer: 'PDF-XChange Core API SDK (8.0.343.0)',
  });
}

/**
 * The protocol software "imposes" the letter: the original page becomes a Form XObject (own
 * Resources, /Matrix), drawn scaled to 92 % on a new A4 page, and the segnatura is printed in the
 * freed top margin. The page shows the whole letter and the segnatura line.
 */
export async function imposedPageWithSegnatura(): Promise<Uint8Array> {
  const doc = await newDoc();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const placed = layoutLetter(letterLines, (t, s) => font.widthOfTextAtSize(t, s));
  const ctx = doc.context;
  const inner = ctx.register(
    ctx.flateStream(letterOps(placed, font, 'F1'), { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, A4.width, A4.height], Resources: { Font: { F1: font.ref } } }),
  );
  // a second level: the imposition wraps the original page's form in a form of its own
  const outer = ctx.register(
    ctx.flateStream('q /Orig Do Q\n', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, A4.width, A4.height], Matrix: [0.92, 0, 0, 0.92, 24, 14], Resources: { XObject: { Orig: inner } } }),
  );
  const page = doc.addPage([A4.width, A4.height]);
  page.node.setFontDictionary(PDFName.of('F9'), font.ref);
  const name = page.node.newXObject('Imp', outer);
  setPageContent(doc, page, `q ${name.toString()} Do Q\nBT 0.1 0.1 0.5 rg /F9 8 Tf 1 0 0 1 40 826 Tm ${pdfLiteral(SEGNATURA)} Tj ET\n`);
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------
// 4. file structure
// ---------------------------------------------------------------------------------------------

/**
 * The letter with a comment line inserted after the header by a later tool (`%Protocollo Web …`)
 * without fixing the cross-reference: every xref offset and startxref are 44 bytes short.
 */
export async function shiftedXrefOffsets(): Promise<Uint8Array> {
  const { doc } = await helveticaLetterDoc();
  const pdf = Buffer.from(await doc.save({ useObjectStreams: false }));
  const eol = pdf.indexOf(0x0a, pdf.indexOf(0x0a) + 1) + 1; // after "%PDF-1.7\n%âãÏÓ\n"
  const comment = bytes('%Protocollo Web 5.4 - registrato 07/05/2025\n');
  return Buffer.concat([pdf.subarray(0, eol), comment, pdf.subarray(eol)]);
}

/** Compressed structure (PDF 1.5): everything but streams in object streams, a cross-reference stream, no classic table. */
export async function objectStreamsOnly(): Promise<Uint8Array> {
  const { doc } = await helveticaLetterDoc();
  return doc.save({ useObjectStreams: true, objectsPerTick: Infinity });
}

// ---------------------------------------------------------------------------------------------
// 5. scans stored in other ways
// ---------------------------------------------------------------------------------------------

/** A grey image thresholded to 1 bit a pixel (rows padded to bytes); `ink` is the bit value of dark pixels. */
function oneBit(img: GreyImage, ink: 0 | 1): Buffer {
  const rowBytes = Math.ceil(img.width / 8);
  const out = Buffer.alloc(rowBytes * img.height, ink ? 0 : 0xff);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (img.data[y * img.width + x] < 140) {
        const i = y * rowBytes + (x >> 3);
        const bit = 0x80 >> (x & 7);
        out[i] = ink ? out[i] | bit : out[i] & ~bit;
      }
    }
  }
  return out;
}

async function oneBitScan(dict: Record<string, unknown>, ink: 0 | 1, before = ''): Promise<Uint8Array> {
  const doc = await newDoc();
  const page = doc.addPage([A4.width, A4.height]);
  const img = paintLetter({ dpi: 200 });
  const stream = doc.context.stream(deflateSync(oneBit(img, ink)), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: img.width,
    Height: img.height,
    BitsPerComponent: 1,
    Filter: 'FlateDecode',
    ...dict,
  } as never);
  const name = page.node.newXObject('Im0', doc.context.register(stream));
  setPageContent(doc, page, `${before}q ${fmt(A4.width)} 0 0 ${fmt(A4.height)} 0 0 cm ${name.toString()} Do Q\n`);
  return doc.save({ useObjectStreams: false });
}

/** A 200 dpi 1-bit bilevel scan, /DeviceGray with /Decode [1 0]: bit 1 is black (as fax-style scanners store it). */
export function oneBitDecodeInverted(): Promise<Uint8Array> {
  return oneBitScan({ ColorSpace: 'DeviceGray', Decode: [1, 0] }, 1);
}

/** A 200 dpi 1-bit scan stored as a stencil /ImageMask painted in black over a white page (Canon iR-ADV style). */
export function imageMaskScan(): Promise<Uint8Array> {
  return oneBitScan({ ImageMask: true }, 0, `1 g 0 0 ${fmt(A4.width)} ${fmt(A4.height)} re f 0 g\n`);
}

/** Rotates a grey image 90° counter-clockwise. */
function turnCounterClockwise(img: GreyImage): GreyImage {
  const { width: w, height: h } = img;
  const data = Buffer.alloc(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data[(w - 1 - x) * h + y] = img.data[y * w + x];
  return { width: h, height: w, data };
}

/** A grey image as a baseline JPEG (RGB, quality 72), as a copier's "colour" scan. */
function jpeg(img: GreyImage): Buffer {
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  const id = ctx.createImageData(img.width, img.height);
  for (let i = 0, o = 0; i < img.data.length; i++, o += 4) {
    id.data[o] = Math.min(255, img.data[i] + 4);
    id.data[o + 1] = img.data[i];
    id.data[o + 2] = Math.max(0, img.data[i] - 6);
    id.data[o + 3] = 255;
  }
  ctx.putImageData(id, 0, 0);
  return canvas.encodeSync('jpeg', 72);
}

/**
 * A copier scan as a DCTDecode (JPEG) image stored sideways — the bitmap holds the letter turned
 * 90° counter-clockwise on a landscape MediaBox — with /Rotate 90 so the page displays upright.
 */
export async function jpegScanRotate90(): Promise<Uint8Array> {
  const doc = await newDoc();
  const page = doc.addPage([A4.height, A4.width]);
  page.node.set(PDFName.of('Rotate'), doc.context.obj(90));
  const img = turnCounterClockwise(paintLetter({ dpi: 150 }));
  const data = jpeg(img);
  const stream = doc.context.stream(data, { Type: 'XObject', Subtype: 'Image', Width: img.width, Height: img.height, ColorSpace: 'DeviceRGB', BitsPerComponent: 8, Filter: 'DCTDecode' });
  const name = page.node.newXObject('Im0', doc.context.register(stream));
  setPageContent(doc, page, `q ${fmt(A4.height)} 0 0 ${fmt(A4.width)} 0 0 cm ${name.toString()} Do Q\n`);
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------
// 6. text a person does not see, text drawn more than once
// ---------------------------------------------------------------------------------------------

export const HIDDEN_PLACEHOLDER = 'Prot. n. 0000000 del 01/01/2000';

/**
 * A Word template's leftover: a placeholder protocol line "Prot. n. 0000000 del 01/01/2000" in
 * white (1 1 1 rg) on the white page, top right, and the template's hidden note behind a white
 * box drawn over it. The page shows only the letter and its real protocol line.
 */
export function whiteHiddenPlaceholder(): Promise<Uint8Array> {
  return helveticaPage((font, placed) => {
    const w = font.widthOfTextAtSize(HIDDEN_PLACEHOLDER, 9);
    return (
      `q 1 1 1 rg BT /F1 9 Tf 1 0 0 1 ${fmt(A4.width - A4.margin - w)} 800 Tm ${pdfLiteral(HIDDEN_PLACEHOLDER)} Tj ET Q\n` +
      `BT /F1 9 Tf 1 0 0 1 56 40 Tm ${pdfLiteral('Modello D-17 rev. 2 – compilare i campi in grigio')} Tj ET\n` +
      `q 1 1 1 rg 50 34 300 18 re f Q\n` +
      letterOps(placed, font, 'F1')
    );
  });
}

/**
 * Fake bold the way some exporters write it: the issuer, the Oggetto line and the signer drawn
 * again three times, 0.2 pt apart, in separate text objects at the END of the content stream (not
 * next to the first drawing).
 */
export function fakeBoldRedrawnLater(): Promise<Uint8Array> {
  return helveticaPage((font, placed) => {
    let ops = letterOps(placed, font, 'F1');
    for (const line of placed.filter((l) => l.id === 'issuer' || l.id === 'subject' || l.id === 'signer')) {
      for (const dx of [0.2, 0.4, 0.6]) ops += `BT /F1 ${fmt(line.size)} Tf 1 0 0 1 ${fmt(line.x + dx)} ${fmt(line.y)} Tm ${pdfLiteral(line.text)} Tj ET\n`;
    }
    return ops;
  });
}

// ---------------------------------------------------------------------------------------------
// 7. forms and annotations without appearance streams
// ---------------------------------------------------------------------------------------------

export const NA_VALUES = { richiedente: 'Mario Rossi', codice_fiscale: 'RSSMRA80A01H501U', data_domanda: '15/04/2025' } as const;

/**
 * A LibreOffice-style filled form: text fields with /V values but NO appearance streams, and
 * /NeedAppearances true on the AcroForm, so a viewer draws the values itself. A person sees them.
 */
export async function formNeedAppearances(): Promise<Uint8Array> {
  const doc = await newDoc();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([A4.width, A4.height]);
  page.node.setFontDictionary(PDFName.of('F1'), font.ref);
  const ctx = doc.context;
  const rows: [keyof typeof NA_VALUES, string][] = [['richiedente', 'Richiedente'], ['codice_fiscale', 'Codice fiscale'], ['data_domanda', 'Data della domanda']];
  let ops = `BT /F1 15 Tf 1 0 0 1 56 760 Tm ${pdfLiteral('Domanda di contributo – Comune di Montelago')} Tj ET\n`;
  const fields = [];
  let y = 700;
  for (const [name, label] of rows) {
    ops += `BT /F1 10 Tf 1 0 0 1 56 ${y + 6} Tm ${pdfLiteral(label)} Tj ET\n0.5 G 190 ${y} 220 20 re S\n`;
    const field = ctx.register(
      ctx.obj({
        Type: 'Annot',
        Subtype: 'Widget',
        FT: 'Tx',
        T: PDFString.of(name),
        V: PDFString.of(NA_VALUES[name]),
        DA: PDFString.of('/Helv 10 Tf 0 g'),
        Rect: [190, y, 410, y + 20],
        F: 4,
        P: page.ref,
      }),
    );
    fields.push(field);
    y -= 40;
  }
  page.node.set(PDFName.of('Annots'), ctx.obj(fields));
  const helv = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
  doc.catalog.set(PDFName.of('AcroForm'), ctx.register(ctx.obj({ Fields: fields, NeedAppearances: PDFBool.True, DA: PDFString.of('/Helv 0 Tf 0 g'), DR: { Font: { Helv: helv } } })));
  setPageContent(doc, page, ops);
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/**
 * The protocol as a FreeText annotation written by protocol software with /Contents, a rich-text
 * /RC and /DA but no /AP appearance stream: viewers draw it from /DA and /Contents. The letter has
 * no protocol line of its own.
 */
export async function freeTextWithoutAppearance(): Promise<Uint8Array> {
  const { doc, page } = await helveticaLetterDoc({ lines: letterLines.filter((l) => l.id !== 'protocol') });
  const ctx = doc.context;
  const rc = `<?xml version="1.0"?><body xmlns="http://www.w3.org/1999/xhtml" xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/" xfa:APIVersion="Acrobat:11.0.0" xfa:spec="2.0.2"><p>${PROTOCOL_LINE}</p></body>`;
  const annot = ctx.obj({
    Type: 'Annot',
    Subtype: 'FreeText',
    Rect: [370, 780, 540, 800],
    F: 4,
    Contents: PDFString.of(PROTOCOL_LINE),
    RC: PDFString.of(rc),
    DA: PDFString.of('0.7 0.05 0.05 rg /Helv 10 Tf'),
    DS: PDFString.of('font: Helvetica,sans-serif 10.0pt; text-align:left; color:#B30D0D'),
    T: PDFString.of('Protocollo generale'),
    M: PDFString.of("D:20250507100300+02'00'"),
  });
  page.node.set(PDFName.of('Annots'), ctx.obj([ctx.register(annot)]));
  return doc.save({ useObjectStreams: false });
}

/**
 * The letter in a font whose map gives the en dash no character (its code read raw, U+0013), as exporters
 * that map only letters write it: "Piazza del Municipio, 1 \u0013 06060 Montelago". Every word maps.
 */
export function loneUnmappedDash(): Promise<Uint8Array> {
  return type3Letter(letterLines.map((l) => ({ ...l, text: l.text.replace(/–/g, '\u0013') })), true, { '\u0013': '–' });
}

/** The words on either side of each dash: what the text layer prints, whatever OCR makes of the dash. */
const aroundDash = (s: string) => s.split(/\s*–\s*/).filter(Boolean);

// ---------------------------------------------------------------------------------------------
// the tables
// ---------------------------------------------------------------------------------------------

const kind = (k: MoreReadingKind) => k;

export const allMoreReadingKinds: MoreReadingKind[] = [
  kind({
    name: 'perGlyphPositioned',
    kind: 'text-cleanup',
    condition: 'Every glyph placed with its own absolute Tm (report-generator style), no space characters: words are separated only by position.',
    make: perGlyphPositioned,
    ext: 'pdf',
    expect: { ...fullLetter, textExcludes: ['ComunediMontelago', 'C o m u n e'] },
    source: 'https://github.com/mozilla/pdf.js/issues/11904 (getTextContent split per character); https://github.com/mozilla/pdf.js/issues/18201',
  }),
  kind({
    name: 'tjKerningInsteadOfSpaces',
    kind: 'text-cleanup',
    condition: 'Each line one TJ whose words are separated by kerning numbers (−278…−420), never by a space glyph.',
    make: tjKerningInsteadOfSpaces,
    ext: 'pdf',
    expect: { ...fullLetter, textExcludes: ['ComunediMontelago', 'GentiliSindaci'] },
    source: 'https://github.com/mozilla/pdf.js/issues/7310 (missing all spaces, text selection); https://github.com/jsvine/pdfplumber/issues/649',
  }),
  kind({
    name: 'characterSpacingTc',
    kind: 'text-cleanup',
    condition: 'Issuer, office and signer letter-spaced with Tc 1.6 (real space glyphs between words), body condensed with Tc −0.25.',
    make: characterSpacingTc,
    ext: 'pdf',
    expect: { ...fullLetter, textExcludes: ['C o m u n e', 'U f f i c i o', 'D o t t'] },
    source: 'https://github.com/mozilla/pdf.js/pull/21432 (fake spaces in letter-spaced text, fixes #18768/#16752); https://github.com/mozilla/pdf.js/issues/5972',
  }),
  kind({
    name: 'horizontalScalingTz',
    kind: 'text-cleanup',
    condition: 'Body lines condensed with 88 Tz and justified with Tw word spacing; the issuer at 110 Tz.',
    make: horizontalScalingTz,
    ext: 'pdf',
    expect: fullLetter,
    source: 'https://github.com/bzsanti/oxidizePdf/issues/386 (pen position ignores Tz → spurious/missing spaces); https://github.com/mozilla/pdf.js/issues/11713',
  }),
  kind({
    name: 'invisibleOcrLayer',
    kind: 'scan',
    condition: 'A 150 dpi grey scan with an invisible (3 Tr) OCR text layer over it, Helvetica stretched with Tz to the scanned words.',
    make: invisibleOcrLayer,
    ext: 'pdf',
    expect: { ...fullLetter, ocrOptional: true, occursOnce: [PROTOCOL_LINE, expected.issuer, expected.signer] },
    source: 'https://github.com/mozilla/pdf.js/issues/5666 (OCR text over scans; render mode 3); https://github.com/firecrawl/pdf-inspector/pull/351',
  }),
  kind({
    name: 'actualTextAccents',
    kind: 'text-cleanup',
    condition: 'à/è drawn as bare vowel + a zero-width accent glyph at code 0x4D ("M") of a Type3 font without ToUnicode, each pair in /Span <</ActualText <FEFF00E0>>> BDC … EMC.',
    make: actualTextAccents,
    ext: 'pdf',
    expect: { ...fullLetter, textExcludes: ['PovertaM', 'cittaM', 'eM convocato', 'Poverta'] },
    source: 'https://github.com/docling-project/docling-parse/pull/300 (caron at code 0x4D inside /ActualText read as "M"); https://github.com/UglyToad/PdfPig/pull/1312',
  }),
  kind({
    name: 'cidToGidMapStream',
    kind: 'fonts',
    condition: 'Whole TrueType embedded as CIDFontType2/Identity-H with CIDs in order of first use, a /CIDToGIDMap stream, and a ToUnicode made of bfrange runs.',
    make: cidToGidMapStream,
    ext: 'pdf',
    expect: fullLetter,
    source: 'https://github.com/pdfminer/pdfminer.six/pull/806 (CIDFontType2 / CIDToGIDMap handling, issue #791)',
  }),
  kind({
    name: 'cidToGidMapNoToUnicode',
    kind: 'undecodable-text',
    condition: 'The same CIDFontType2 with a /CIDToGIDMap stream and no ToUnicode: CIDs 1, 2, 3… say nothing; only the embedded font (its cmap) or the rendered page does.',
    make: cidToGidMapNoToUnicode,
    ext: 'pdf',
    expect: { ...ocrLetter, ocrOptional: true, textExcludes: ['\u0001', '\u0002', '\u0003'] },
    source: 'https://github.com/modesty/pdf2json/issues/332 (Identity-H without ToUnicode); https://github.com/pdfminer/pdfminer.six/pull/806',
  }),
  kind({
    name: 'cropBoxOffset',
    kind: 'geometry',
    condition: 'MediaBox 720×1000 with crop marks and a slug line outside the trim; CropBox [60 90 655.28 931.89] shows the A4 letter.',
    make: cropBoxOffset,
    ext: 'pdf',
    expect: { ...fullLetter, textExcludes: ['bozza 3', 'non stampare'] },
    source: 'https://github.com/jsvine/pdfplumber/issues/1054 (CropBox ignored); https://github.com/firecrawl/pdf-inspector/pull/487',
  }),
  kind({
    name: 'centredOriginMediaBox',
    kind: 'geometry',
    condition: 'MediaBox centred on the origin [-297.64 -420.945 297.64 420.945].',
    make: centredOriginMediaBox,
    ext: 'pdf',
    expect: fullLetter,
    source: 'https://github.com/embedpdf/embed-pdf-viewer/pull/626 (non-zero MediaBox origin); https://github.com/docling-project/docling.rs/pull/428',
  }),
  kind({
    name: 'inheritedNegativeRotate',
    kind: 'rotation',
    condition: '/Rotate -90, landscape MediaBox and Resources all inherited from the /Pages node; content turned so the page shows as an upright portrait letter.',
    make: inheritedNegativeRotate,
    ext: 'pdf',
    expect: { ...fullLetter, rotate: 270 },
    source: 'PDF 32000-1 §7.7.3.4 inheritable attributes; kind G01a_rotate90 in shared/cases/reading',
  }),
  kind({
    name: 'imposedPageWithSegnatura',
    kind: 'annotations-forms',
    condition: 'The letter as a Form XObject nested in another (Matrix 0.92 scale) on a new page, the segnatura printed in the freed top margin.',
    make: imposedPageWithSegnatura,
    ext: 'pdf',
    // The segnatura's number as it prints it, with its year: the form ../shared/cases/reading/README.md gives for R03.
    expect: { ...fullLetter, textIncludes: [...fullLetter.textIncludes, SEGNATURA], occursOnce: [PROTOCOL_LINE], protocol: '0002817/2025' },
    source: 'kind R03_roccarainola_lettera_segnatura in shared/cases/reading (protocol software stamping)',
  }),
  kind({
    name: 'shiftedXrefOffsets',
    kind: 'container',
    condition: 'A comment line inserted after the header without fixing the xref: every offset and startxref 44 bytes short.',
    make: shiftedXrefOffsets,
    ext: 'pdf',
    expect: { ...fullLetter, qpdfCheck: 'warnings' },
    source: 'https://github.com/michaelrsweet/pdfio/issues/45 (all xref offsets wrong); https://github.com/mozilla/pdf.js/issues/10934',
  }),
  kind({
    name: 'objectStreamsOnly',
    kind: 'container',
    condition: 'PDF 1.5 compressed structure: objects in object streams, a cross-reference stream, no classic table.',
    make: objectStreamsOnly,
    ext: 'pdf',
    expect: fullLetter,
    source: 'https://github.com/mozilla/pdf.js/issues/10326 (bad XRef entry)',
  }),
  kind({
    name: 'oneBitDecodeInverted',
    kind: 'scan',
    condition: '200 dpi 1-bit DeviceGray scan with /Decode [1 0] (bit 1 = black), Flate-compressed.',
    make: oneBitDecodeInverted,
    ext: 'pdf',
    expect: ocrLetter,
    source: 'https://github.com/yfedoseev/pdf_oxide/pull/856 (/Decode [1 0] on 1-bit images); https://github.com/mozilla/pdf.js/issues/6621',
  }),
  kind({
    name: 'imageMaskScan',
    kind: 'scan',
    condition: '200 dpi 1-bit scan stored as a stencil /ImageMask painted black on a white-filled page.',
    make: imageMaskScan,
    ext: 'pdf',
    expect: ocrLetter,
    source: 'https://github.com/pikepdf/pikepdf/issues/664 (Canon iR-ADV CCITT /ImageMask scans)',
  }),
  kind({
    name: 'jpegScanRotate90',
    kind: 'scan-orientation',
    condition: 'DCTDecode (JPEG, RGB) copier scan stored sideways on a landscape MediaBox with /Rotate 90, so it displays upright.',
    make: jpegScanRotate90,
    ext: 'pdf',
    expect: { ...ocrLetter, rotate: 90 },
    source: 'kind G01a_rotate90 + G16b_upside_down_scan in shared/cases/reading; https://github.com/naptha/tesseract.js/issues/454 (OCR needs upright dark-on-light input)',
  }),
  kind({
    name: 'whiteHiddenPlaceholder',
    kind: 'text-cleanup',
    condition: 'A template placeholder "Prot. n. 0000000 del 01/01/2000" in white text on white, and a note covered by a white box; only the real protocol line is visible.',
    make: whiteHiddenPlaceholder,
    ext: 'pdf',
    expect: { ...fullLetter, textExcludes: ['0000000', '01/01/2000', 'Modello D-17'], occursOnce: [PROTOCOL_LINE] },
    source: 'https://github.com/firecrawl/pdf-inspector/issues/456 (white-fill and occluded text extracted); https://github.com/pymupdf/PyMuPDF/issues/736',
  }),
  kind({
    name: 'fakeBoldRedrawnLater',
    kind: 'text-cleanup',
    condition: 'Issuer, Oggetto and signer redrawn three times 0.2 pt apart in separate text objects at the end of the content stream.',
    make: fakeBoldRedrawnLater,
    ext: 'pdf',
    expect: { ...fullLetter, occursOnce: [expected.issuer, `Oggetto: ${SUBJECT}`, expected.signer] },
    source: 'kind R30_dpc_scheda_province_table in shared/cases/reading (text drawn twice); https://github.com/mozilla/pdf.js/issues/9998',
  }),
  kind({
    name: 'formNeedAppearances',
    kind: 'annotations-forms',
    condition: 'Text fields with /V values, no appearance streams, /NeedAppearances true (LibreOffice-style): the viewer draws the values.',
    make: formNeedAppearances,
    ext: 'pdf',
    expect: { textIncludes: ['Domanda di contributo', 'Codice fiscale', ...Object.values(NA_VALUES)], pages: 1, pageSize: A4_SIZE, mustBeOcr: false, qpdfCheck: 'ok' },
    source: 'https://github.com/Hopding/pdf-lib/issues/569 (filled field invisible until NeedAppearances); https://github.com/mozilla/pdf.js/pull/16721',
  }),
  kind({
    name: 'freeTextWithoutAppearance',
    kind: 'annotations-forms',
    condition: 'The protocol only in a FreeText annotation with /Contents, /RC and /DA but no /AP; the letter has no protocol line.',
    make: freeTextWithoutAppearance,
    ext: 'pdf',
    expect: { ...fullLetter, occursOnce: [PROTOCOL_LINE] },
    source: 'https://github.com/mozilla/pdf.js/issues/6810 (annotations without appearance streams; FreeText via PR #15587); kind G05a_protocol_stamp_freetext_annot',
  }),
  kind({
    name: 'loneUnmappedDash',
    kind: 'text-cleanup',
    condition: 'Every en dash between words maps to U+0013 (no character), every letter maps: the words are read as printed, OCR says what the dash shows.',
    make: loneUnmappedDash,
    ext: 'pdf',
    expect: { ...fullLetter, textIncludes: fullLetter.textIncludes.flatMap(aroundDash), subject: undefined, mustBeOcr: true, textExcludes: ['\u0013'] },
    source: 'kind seen in letters-blind-11 a03 (a stamp\'s "ARRIVO – Area …" whose dash has no map: the page went to OCR, which lost the word under the letterhead); https://github.com/mozilla/pdf.js/issues/6901 (glyphs without Unicode read as control characters)',
  }),
];

/** Kinds our reader does not read right yet (the failure is noted in test/read/more-reading-kinds.test.ts). */
export const PENDING: readonly string[] = [
  // the ActualText spans are not used: "PovertaM", "prossimitaM", "cittaM", "eM convocato"
  'actualTextAccents',
  // white (invisible) text is read: an extra first line "Prot. n. 0000000 del 01/01/2000" and the
  // protocol field becomes 0000000 of 2000-01-01
  'whiteHiddenPlaceholder',
];

export const moreReadingKinds: MoreReadingKind[] = allMoreReadingKinds.filter((k) => !PENDING.includes(k.name));
export const pendingReadingKinds: MoreReadingKind[] = allMoreReadingKinds.filter((k) => PENDING.includes(k.name));
