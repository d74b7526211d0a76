// The generator of the blind letter sets (test/fixtures/letters-blind-2, -3, -4): builds a PDF from a NAME.txt
// written in the markup below. Each set's make.mjs is a thin script that calls makeLetterPdfs() on its folder:
//
//   node test/fixtures/letters-blind-N/make.mjs            (or pass NAME… to rebuild some)
//
// Plain ESM JavaScript (no tsx needed). The markup grew set by set: blind-2 uses the body directives up to "===" and
// @footer; blind-3 added "|#", @font, @producer, @header, @vstamp, @stamp, @freetext, @incremental, @outline,
// @raster and "!!"; blind-4 added "^*" and @pagenum. A set's texts use only the directives of its time, so every
// set rebuilds byte-identical PDFs with this one generator.
//
// One directive per line (a plain line is one paragraph, wrapped):
//   ^ text        centred, bold, 12 pt (letterhead / heading)
//   ^^ text       centred, regular, 9.5 pt (letterhead sub-lines)
//   ^* text       centred, bold, 13 pt, CHARACTER-SPACED: every glyph drawn on its own with 3.2 pt of extra
//                 tracking (no space characters are added between the letters of a word)
//   # text        left, bold
//   > text        right column (x = 320), wrapped in the column; a lone ">" is a small gap
//   => text       flush right
//   | a || b      two columns (left margin / x = 320), each wrapped in its column
//   |# a || b     same, inside a ruled two-cell table row (borders drawn)
//   ~ text        small (8 pt) left      ~> text   small (8 pt) in the right column
//   ===           page break
//   (blank)       vertical gap
// Document-level directives (must precede the body unless stated):
//   @font helvetica | times          use a pdf-lib standard font (WinAnsi) instead of Titillium Web
//   @producer text                   Producer string written in the Info dictionary
//   @footer text                     footer printed at the bottom of every page
//   @header text                     header printed at the top of every page (small, with a rule)
//   @pagenum text                    page number at the bottom right of every page; {n} = page, {N} = pages (blind-4)
//   @vstamp left|right text          text printed VERTICALLY (rotated 90°) in the margin of page 1
//   @stamp a // b // c               boxed rubber-stamp lines at the top right of page 1 (page content)
//   @freetext a // b                 FreeText annotation at the top right of page 1 (appearance stream)
//   @incremental a // b              lines added to page 1 by an appended incremental update (second xref)
//   @outline text                    (in the body) centred bold 15 pt heading drawn as glyph OUTLINES (no text)
//   @raster                          (in the body, right after ===) this page is rasterised into a grey image;
//                                    only lines written with "!! text" stay real text on that page
// blind-8 added the PRODUCER directives below (documents written the way real software writes a page). None of
// them is used by an earlier set, and the default paths are untouched, so blind-2…7 rebuild byte-identically:
//   @producer-style devexpress       every WORD is its own BT…ET with an absolute text matrix (DevExpress Office
//                                    File API); bold lines (^, #, |+ header cells) are drawn TWICE at the same place
//                                    (overprint bold emulation); |+ tables are drawn cell by cell in COLUMN order
//   @producer-style word             every line is one TJ array with small kerning adjustments, clipped by its own
//                                    "q … re W n … Q" (MS Word "Save as PDF"); ^* headings are ONE string spaced
//                                    with the Tc operator; header/footer wrapped in /Artifact BMC … EMC
//   @justify                         plain paragraphs are justified: Tw word spacing for the single-byte standard
//                                    fonts, TJ gaps after each space for the Identity-H TTF (Tw does not apply to
//                                    two-byte codes), and spread word positions under devexpress
//   @furniture-last                  header/footer (and @pagenum) drawn AFTER the body of every page, so the
//                                    drawing order differs from the reading order
//   @stamp-annot left|right a // b   protocol segnatura as a /Stamp annotation (iText-like): the text exists only in
//                                    the annotation's appearance stream, not in the page content
//   @stamp-append a // b             segnatura lines appended as a SEPARATE content stream at the end of page 1,
//                                    with its own Helvetica resource /Xi0 (iText PdfStamper "over content")
//   @info-update producer // title   an appended incremental update that rewrites only the /Info dictionary
//   |+ a || b || c                   (in the body) a ruled table row of N cells; consecutive |+ rows form one table (empty cells allowed);
//                                    columns sized by their longest cell, numeric cells right-aligned;
//                                    |+* marks a header row (bold)
// Deterministic output: fixed creation/modification dates, no random ids, fixed rasteriser.

import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import {
  PDFDocument, PDFHexString, rgb, degrees, StandardFonts, PDFName, PDFOperator, PDFNumber,
  pushGraphicsState, popGraphicsState, concatTransformationMatrix, drawObject,
} from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@expo-google-fonts/titillium-web/package.json'));
const REGULAR = readFileSync(join(fontDir, '400Regular/TitilliumWeb_400Regular.ttf'));
const BOLD = readFileSync(join(fontDir, '700Bold/TitilliumWeb_700Bold.ttf'));
const FK_REG = fontkit.create(REGULAR);
const FK_BOLD = fontkit.create(BOLD);

const W = 595.28, H = 841.89;
const LEFT = 60, RIGHT = 535, COL = 320;
const BOTTOM = 60;

function wrap(text, font, size, width) {
  const words = text.split(/ /);
  const lines = [];
  let cur = '';
  for (const w of words) {
    const cand = cur === '' ? w : cur + ' ' + w;
    if (cur !== '' && font.widthOfTextAtSize(cand, size) > width) {
      lines.push(cur);
      cur = w;
    } else cur = cand;
  }
  if (cur !== '') lines.push(cur);
  return lines.length ? lines : [''];
}

// ------------------------------------------------------------ glyph outlines (for @outline and @raster)

/** Polygons (arrays of [x, y] in PDF points) of `text` laid out with a fontkit font. */
function textPolygons(fk, text, x, y, size) {
  const run = fk.layout(text);
  const scale = size / fk.unitsPerEm;
  const polys = [];
  let pen = x;
  run.glyphs.forEach((g, i) => {
    let cur = null;
    let last = [0, 0];
    const P = (px, py) => [pen + px * scale, y + py * scale];
    for (const c of g.path.commands) {
      const a = c.args;
      if (c.command === 'moveTo') {
        if (cur && cur.length > 2) polys.push(cur);
        cur = [P(a[0], a[1])];
        last = [a[0], a[1]];
      } else if (c.command === 'lineTo') {
        cur.push(P(a[0], a[1]));
        last = [a[0], a[1]];
      } else if (c.command === 'quadraticCurveTo') {
        for (let t = 1; t <= 6; t++) {
          const s = t / 6, u = 1 - s;
          cur.push(P(u * u * last[0] + 2 * u * s * a[0] + s * s * a[2], u * u * last[1] + 2 * u * s * a[1] + s * s * a[3]));
        }
        last = [a[2], a[3]];
      } else if (c.command === 'bezierCurveTo') {
        for (let t = 1; t <= 8; t++) {
          const s = t / 8, u = 1 - s;
          cur.push(P(
            u * u * u * last[0] + 3 * u * u * s * a[0] + 3 * u * s * s * a[2] + s * s * s * a[4],
            u * u * u * last[1] + 3 * u * u * s * a[1] + 3 * u * s * s * a[3] + s * s * s * a[5]));
        }
        last = [a[4], a[5]];
      } else if (c.command === 'closePath') {
        if (cur && cur.length > 2) polys.push(cur);
        cur = null;
      }
    }
    if (cur && cur.length > 2) polys.push(cur);
    pen += run.positions[i].xAdvance * scale;
  });
  return polys;
}

/** SVG path (y down, origin top-left of the page) of polygons. */
function polysToSvg(polys) {
  return polys.map((p) => 'M' + p.map(([x, y]) => `${x.toFixed(2)} ${(H - y).toFixed(2)}`).join(' L') + ' Z').join(' ');
}

/** Nonzero scanline fill of polygons into an 8-bit grey buffer (255 = white) at `dpi`. */
function rasterise(polys, dpi) {
  const k = dpi / 72;
  const w = Math.round(W * k), h = Math.round(H * k);
  const buf = new Uint8Array(w * h).fill(246);
  const edges = [];
  for (const p of polys) {
    for (let i = 0; i < p.length; i++) {
      const [x0, y0] = p[i], [x1, y1] = p[(i + 1) % p.length];
      const a = [x0 * k, (H - y0) * k], b = [x1 * k, (H - y1) * k];
      if (a[1] === b[1]) continue;
      const dir = a[1] < b[1] ? 1 : -1;
      const [top, bot] = a[1] < b[1] ? [a, b] : [b, a];
      edges.push({ y0: top[1], y1: bot[1], x0: top[0], dx: (bot[0] - top[0]) / (bot[1] - top[1]), dir });
    }
  }
  edges.sort((e, f) => e.y0 - f.y0);
  for (let row = 0; row < h; row++) {
    const sy = row + 0.5;
    const xs = [];
    for (const e of edges) {
      if (e.y0 > sy) break;
      if (e.y1 <= sy) continue;
      xs.push([e.x0 + (sy - e.y0) * e.dx, e.dir]);
    }
    if (!xs.length) continue;
    xs.sort((a, b) => a[0] - b[0]);
    let wind = 0;
    for (let i = 0; i < xs.length - 1; i++) {
      wind += xs[i][1];
      if (wind !== 0) {
        const from = Math.max(0, Math.round(xs[i][0])), to = Math.min(w, Math.round(xs[i + 1][0]));
        for (let x = from; x < to; x++) buf[row * w + x] = 18;
      }
    }
  }
  // a little deterministic "scanner" noise: speckles and a faint vertical streak
  let seed = 12345;
  for (let i = 0; i < w * h / 900; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    buf[seed % (w * h)] = 150;
  }
  for (let row = 0; row < h; row++) buf[row * w + Math.round(w * 0.83)] = 225;
  return { w, h, buf };
}

// ------------------------------------------------------------ incremental update, written by hand

function appendIncremental(bytes, doc, pageRef, lines) {
  const text = Buffer.from(bytes).toString('latin1');
  const startxref = Number(text.match(/startxref\s+(\d+)\s+%%EOF\s*$/)[1]);
  const size = Number(text.match(/\/Size (\d+)/g).pop().slice(6));
  const root = text.match(/\/Root (\d+ \d+ R)/)[1];
  const info = text.match(/\/Info (\d+ \d+ R)/);
  const pageNum = pageRef.objectNumber;
  // the page object as last written
  const re = new RegExp(`(?:^|\\n)${pageNum} 0 obj\\n([\\s\\S]*?)\\nendobj`);
  let pageDict = text.match(re)[1];
  const fontNum = size, contNum = size + 1;
  const esc = (s) => s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
  let ops = 'q 0.75 0.05 0.05 RG 0.75 0.05 0.05 rg 1 w\n';
  const bw = 210, bh = 14 + 11 * lines.length;
  ops += `${W - 40 - bw} ${H - 30 - bh} ${bw} ${bh} re S\nBT\n`;
  lines.forEach((l, i) => {
    ops += `/FInc ${i === 0 ? 9 : 8} Tf 1 0 0 1 ${W - 40 - bw + 8} ${H - 30 - 14 - 11 * i} Tm (${esc(l)}) Tj\n`;
  });
  ops += 'ET Q\n';
  // Contents: make it an array holding the old content(s) and the new stream
  pageDict = pageDict.replace(/\/Contents (\[[^\]]*\]|\d+ 0 R)/, (m0, c) => {
    const inner = c.startsWith('[') ? c.slice(1, -1).trim() : c;
    return `/Contents [ ${inner} ${contNum} 0 R ]`;
  });
  // Font resources: add /FInc inside the existing /Font dictionary
  pageDict = pageDict.replace(/\/Font <<\n?/, (m0) => `${m0}/FInc ${fontNum} 0 R\n`);
  if (!pageDict.includes('/FInc')) throw new Error('page resources not found for the incremental update');
  const objs = [
    [fontNum, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'],
    [contNum, `<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}endstream`],
    [pageNum, pageDict],
  ];
  let out = '\n';
  const offsets = {};
  let pos = bytes.length;
  for (const [n, body] of objs) {
    const chunk = `${n} 0 obj\n${body}\nendobj\n`;
    offsets[n] = pos + Buffer.byteLength(out, 'latin1');
    out += chunk;
  }
  const xrefPos = pos + Buffer.byteLength(out, 'latin1');
  const pad = (n) => String(n).padStart(10, '0');
  out += 'xref\n0 1\n0000000000 65535 f \n';
  out += `${pageNum} 1\n${pad(offsets[pageNum])} 00000 n \n`;
  out += `${fontNum} 2\n${pad(offsets[fontNum])} 00000 n \n${pad(offsets[contNum])} 00000 n \n`;
  out += `trailer\n<< /Size ${size + 2} /Root ${root}${info ? ` /Info ${info[1]}` : ''} /Prev ${startxref} >>\n`;
  out += `startxref\n${xrefPos}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(bytes), Buffer.from(out, 'latin1')]);
}

/** blind-8: an appended incremental update that rewrites only the /Info dictionary (new object, /Prev chain). */
function appendInfoUpdate(bytes, producer, title) {
  const text = Buffer.from(bytes).toString('latin1');
  const startxref = Number(text.match(/startxref\s+(\d+)\s+%%EOF\s*$/)[1]);
  const size = Number(text.match(/\/Size (\d+)/g).pop().slice(6));
  const root = text.match(/\/Root (\d+ \d+ R)/)[1];
  const esc = (t) => t.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
  const body = `<< /Producer (${esc(producer)}) /Title (${esc(title || '')}) /ModDate (D:20250102000000Z) /CreationDate (D:20250101000000Z) >>`;
  let out = '\n';
  const off = bytes.length + Buffer.byteLength(out, 'latin1');
  out += `${size} 0 obj\n${body}\nendobj\n`;
  const xrefPos = bytes.length + Buffer.byteLength(out, 'latin1');
  out += `xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${startxref} >>\nstartxref\n${xrefPos}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(bytes), Buffer.from(out, 'latin1')]);
}

// ------------------------------------------------------------ build

/** Builds the PDF `out` from the marked-up text `src`; `set` (e.g. "letters-blind-3") names the Producer/Creator. */
export async function buildLetterPdf(src, out, base, set) {
  const lines = readFileSync(src, 'utf8').replace(/\r/g, '').split('\n');
  const opt = { footers: [], headers: [], vstamp: null, stamp: null, freetext: null, incremental: null, font: null, producer: null, pagenum: null,
    style: null, justify: false, furnitureLast: false, stampAnnot: null, stampAppend: null, infoUpdate: null };
  for (const l of lines) {
    let m;
    if ((m = l.match(/^@footer (.*)$/))) opt.footers.push(m[1].trim());
    else if ((m = l.match(/^@header (.*)$/))) opt.headers.push(m[1].trim());
    else if ((m = l.match(/^@vstamp (left|right) (.*)$/))) opt.vstamp = { side: m[1], text: m[2].trim() };
    else if ((m = l.match(/^@stamp (.*)$/))) opt.stamp = m[1].split(' // ');
    else if ((m = l.match(/^@freetext (.*)$/))) opt.freetext = m[1].split(' // ');
    else if ((m = l.match(/^@incremental (.*)$/))) opt.incremental = m[1].split(' // ');
    else if ((m = l.match(/^@font (.*)$/))) opt.font = m[1].trim();
    else if ((m = l.match(/^@pagenum (.*)$/))) opt.pagenum = m[1].trim();
    else if ((m = l.match(/^@producer (.*)$/))) opt.producer = m[1].trim();
    else if ((m = l.match(/^@producer-style (devexpress|word)$/))) opt.style = m[1];
    else if (l === '@justify') opt.justify = true;
    else if (l === '@furniture-last') opt.furnitureLast = true;
    else if ((m = l.match(/^@stamp-annot (left|right) (.*)$/))) opt.stampAnnot = { side: m[1], lines: m[2].split(' // ') };
    else if ((m = l.match(/^@stamp-append (.*)$/))) opt.stampAppend = m[1].split(' // ');
    else if ((m = l.match(/^@info-update (.*)$/))) opt.infoUpdate = m[1].split(' // ');
  }

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  let reg, bold;
  if (opt.font === 'helvetica') {
    reg = await doc.embedFont(StandardFonts.Helvetica);
    bold = await doc.embedFont(StandardFonts.HelveticaBold);
  } else if (opt.font === 'times') {
    reg = await doc.embedFont(StandardFonts.TimesRoman);
    bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  } else {
    reg = await doc.embedFont(REGULAR, { subset: false });
    bold = await doc.embedFont(BOLD, { subset: false });
  }
  const fixed = new Date('2025-01-01T00:00:00Z');
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  doc.setProducer(opt.producer || `${set}/make.mjs (pdf-lib)`);
  doc.setCreator(`${set}/make.mjs`);

  let page = null;
  let y = 0;
  let raster = null; // polygons of the page being rasterised
  const TOP = H - (opt.headers.length ? 78 : 50);

  const flushRaster = () => {
    if (!raster) return;
    const { w, h, buf } = rasterise(raster.polys, 110);
    const ref = doc.context.register(doc.context.flateStream(buf, {
      Type: 'XObject', Subtype: 'Image', Width: w, Height: h, ColorSpace: 'DeviceGray', BitsPerComponent: 8,
    }));
    const name = raster.page.node.newXObject('Scan', ref);
    // draw the image UNDER the real text lines already on the page
    const ops = [pushGraphicsState(), concatTransformationMatrix(W, 0, 0, H, 0, 0), drawObject(name), popGraphicsState()];
    const cs = doc.context.register(doc.context.contentStream(ops));
    const contents = raster.page.node.normalizedEntries().Contents;
    contents.array.unshift(cs);
    raster = null;
  };

  // ---- blind-8 producer styles: how one line of text is written into the content stream
  const fontKeys = new Map();
  const fontKey = (pg, font) => {
    const k = pg.ref.toString() + font.name;
    if (!fontKeys.has(k)) fontKeys.set(k, pg.node.newFontDictionary(font.name, font.ref));
    return fontKeys.get(k);
  };
  const op = (name, args = []) => PDFOperator.of(name, args);
  const singleByte = !!opt.font; // standard fonts (WinAnsi) are single-byte: Tw applies; the TTF is Identity-H
  /** Writes `text` at (x, baseline) on `pg` in the producer style; `just` = target width for justification. */
  // advance of a run as drawn by Tj (glyph advances, no kerning pairs: widthOfTextAtSize applies kerning)
  const adv = (font, t, size) => [...t].reduce((s2, ch) => s2 + font.widthOfTextAtSize(ch, size), 0);
  const emit = (pg, text, x, base, size, font, just = 0, color = null) => {
    const spaces = (text.match(/ /g) || []).length;
    const natural = adv(font, text, size);
    const extra = just && spaces ? (just - natural) / spaces : 0;
    const col = color || rgb(0, 0, 0);
    if (opt.style === 'devexpress') {
      let cx = x;
      const words = text.split(' ');
      const sp = font.widthOfTextAtSize(' ', size);
      const twice = font === bold;
      words.forEach((w) => {
        if (w !== '') {
          pg.drawText(w, { x: cx, y: base, size, font, color: col });
          if (twice) pg.drawText(w, { x: cx, y: base, size, font, color: col });
        }
        cx += adv(font, w, size) + sp + extra;
      });
      return;
    }
    if (opt.style !== 'word' && !extra) {
      pg.drawText(text, { x, y: base, size, font, color: col });
      return;
    }
    const key = fontKey(pg, font);
    const ops = [];
    if (opt.style === 'word') ops.push(op('q'), op('re', [x - 1, base - size * 0.3, (just || natural) + 4, size * 1.3].map((n) => PDFNumber.of(Math.round(n * 100) / 100))), op('W'), op('n'));
    ops.push(op('BT'), op('Tf', [key, PDFNumber.of(size)]), op('Tm', [1, 0, 0, 1, Math.round(x * 100) / 100, Math.round(base * 100) / 100].map((n) => PDFNumber.of(n))));
    ops.push(op('rg', [col.red, col.green, col.blue].map((n) => PDFNumber.of(n))));
    if (extra && singleByte) {
      ops.push(op('Tw', [PDFNumber.of(Math.round(extra * 1000) / 1000)]));
    }
    // the TJ array: chunks of 2–6 characters with small "kerning" numbers between them (word style), and a gap after
    // every space when justifying a two-byte font
    const arr = [];
    const kern = [-3, 7, -9, 4, 12, -6, 5];
    let chunk = '', k = 0;
    const flush = () => { if (chunk) arr.push(font.encodeText(chunk)); chunk = ''; };
    for (const ch of [...text]) {
      chunk += ch;
      if (ch === ' ' && extra && !singleByte) {
        flush();
        arr.push(PDFNumber.of(-Math.round(extra * 1000 / size * 100) / 100));
      } else if (opt.style === 'word' && ch !== ' ' && chunk.length >= 2 + (k % 5)) {
        flush();
        arr.push(PDFNumber.of(kern[k++ % kern.length]));
      }
    }
    flush();
    ops.push(op('TJ', [doc.context.obj(arr)]), op('ET'));
    if (extra && singleByte) ops.push(op('Tw', [PDFNumber.of(0)]));
    if (opt.style === 'word') ops.push(op('Q'));
    pg.pushOperators(...ops);
  };

  const furniture = (pg) => {
    if (opt.style === 'word') pg.pushOperators(op('BMC', [PDFName.of('Artifact')]));
    let fy = 28 + 10 * (opt.footers.length - 1);
    for (const f of opt.footers) {
      const w = reg.widthOfTextAtSize(f, 7.5);
      if (opt.style) emit(pg, f, (W - w) / 2, fy, 7.5, reg, 0, rgb(0.25, 0.25, 0.25));
      else pg.drawText(f, { x: (W - w) / 2, y: fy, size: 7.5, font: reg, color: rgb(0.25, 0.25, 0.25) });
      fy -= 10;
    }
    let hy = H - 30;
    for (const t of opt.headers) {
      const w = reg.widthOfTextAtSize(t, 8);
      if (opt.style) emit(pg, t, (W - w) / 2, hy, 8, reg, 0, rgb(0.2, 0.2, 0.2));
      else pg.drawText(t, { x: (W - w) / 2, y: hy, size: 8, font: reg, color: rgb(0.2, 0.2, 0.2) });
      hy -= 11;
    }
    if (opt.headers.length) pg.drawLine({ start: { x: LEFT, y: hy + 4 }, end: { x: RIGHT, y: hy + 4 }, thickness: 0.5 });
    if (opt.style === 'word') pg.pushOperators(op('EMC'));
  };

  const newPage = () => {
    flushRaster();
    page = doc.addPage([W, H]);
    y = TOP;
    if (!opt.furnitureLast) furniture(page);
  };
  const need = (h) => {
    if (!page || y - h < BOTTOM) newPage();
  };
  const put = (text, x, size, font) => {
    if (raster && !raster.keep) {
      const fk = font === bold ? FK_BOLD : FK_REG;
      raster.polys.push(...textPolygons(fk, text, x, y - size, size));
      return;
    }
    if (opt.style || just) emit(page, text, x, y - size, size, font, just);
    else page.drawText(text, { x, y: y - size, size, font, color: rgb(0, 0, 0) });
  };
  let just = 0; // blind-8 @justify: target width of the paragraph line being put

  // blind-8 "|+" tables: rows buffered, laid out, then drawn in row order (column order under devexpress)
  let table = [];
  const flushTable = () => {
    if (!table.length) return;
    const rows = table;
    table = [];
    const n = Math.max(...rows.map((r) => r.cells.length));
    const weight = Array.from({ length: n }, (_, i) => Math.max(8, Math.min(42, ...[0], ...rows.map((r) => (r.cells[i] || '').length))));
    const tot = weight.reduce((a, b) => a + b, 0);
    const widths = weight.map((w) => (RIGHT - LEFT) * w / tot);
    const cells = [];
    rows.forEach((r, ri) => {
      const font = r.head ? bold : reg;
      const wrapped = widths.map((w, i) => wrap((r.cells[i] || '').trim(), font, 9.5, w - 8));
      const h = 12 * Math.max(...wrapped.map((l) => l.length)) + 6;
      need(h);
      let cx = LEFT;
      wrapped.forEach((ls, ci) => {
        cells.push({ pg: page, x: cx, top: y, w: widths[ci], h, lines: ls, ri, ci, font });
        cx += widths[ci];
      });
      y -= h;
    });
    for (const c of cells) c.pg.drawRectangle({ x: c.x, y: c.top - c.h, width: c.w, height: c.h, borderWidth: 0.5, borderColor: rgb(0, 0, 0) });
    const order = cells.map((c, i) => [c, i]);
    if (opt.style === 'devexpress') order.sort((a, b) => a[0].ci - b[0].ci || a[1] - b[1]);
    for (const [c] of order) {
      c.lines.forEach((l, i) => {
        if (!l) return;
        const num = /^[€\s\d.,()%-]+$/.test(l) && /\d/.test(l);
        const lw = c.font.widthOfTextAtSize(l, 9.5);
        const lx = num ? c.x + c.w - 4 - lw : c.x + 4;
        const base = c.top - 3 - 9.5 - 12 * i;
        if (opt.style) emit(c.pg, l, lx, base, 9.5, c.font);
        else c.pg.drawText(l, { x: lx, y: base, size: 9.5, font: c.font, color: rgb(0, 0, 0) });
      });
    }
  };

  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (line.startsWith('@') && !line.startsWith('@outline') && !line.startsWith('@raster')) continue;
    if (!page) newPage();
    let tm;
    if ((tm = line.match(/^\|\+(\*?) (.*)$/))) {
      table.push({ head: tm[1] === '*', cells: tm[2].split(/\s*\|\|\s*/) });
      continue;
    }
    flushTable();
    if (line === '===') {
      newPage();
      continue;
    }
    if (line === '@raster') {
      if (opt.font) throw new Error('@raster needs the embedded TTF font');
      raster = { page, polys: [], keep: false };
      continue;
    }
    if (line.trim() === '' || line === '>') {
      y -= line === '>' ? 10 : 8;
      continue;
    }
    let m;
    if ((m = line.match(/^@outline (.*)$/))) {
      const size = 15;
      const width = FK_BOLD.layout(m[1]).advanceWidth * size / FK_BOLD.unitsPerEm;
      need(22);
      const polys = textPolygons(FK_BOLD, m[1], (W - width) / 2, y - size, size);
      page.drawSvgPath(polysToSvg(polys), { x: 0, y: H, color: rgb(0.05, 0.2, 0.45) });
      y -= 22;
    } else if ((m = line.match(/^!! (.*)$/))) {
      const keep = raster;
      if (raster) raster.keep = true;
      need(14);
      put(m[1], LEFT, 10.5, reg);
      y -= 14;
      if (keep) keep.keep = false;
    } else if ((m = line.match(/^\^\* (.*)$/))) {
      const size = 13, track = 3.2;
      const chars = [...m[1]];
      const width = chars.reduce((s, c) => s + bold.widthOfTextAtSize(c, size) + track, -track);
      need(18);
      let x = (W - width) / 2;
      if (opt.style === 'word' && !raster) {
        // one string, spaced by the Tc operator (the space glyph gets the tracking too)
        const key = fontKey(page, bold);
        const n0 = (v) => PDFNumber.of(Math.round(v * 100) / 100);
        page.pushOperators(op('BT'), op('Tf', [key, PDFNumber.of(size)]), op('Tc', [PDFNumber.of(track)]),
          op('Tm', [1, 0, 0, 1, x, y - size].map(n0)), op('rg', [0, 0, 0].map(n0)), op('Tj', [bold.encodeText(m[1])]),
          op('Tc', [PDFNumber.of(0)]), op('ET'));
        y -= 18;
        continue;
      }
      for (const c of chars) {
        if (c !== ' ') put(c, x, size, bold);
        x += bold.widthOfTextAtSize(c, size) + track;
      }
      y -= 18;
    } else if ((m = line.match(/^\^\^ (.*)$/))) {
      for (const l of wrap(m[1], reg, 9.5, RIGHT - LEFT)) {
        need(13);
        put(l, (W - reg.widthOfTextAtSize(l, 9.5)) / 2, 9.5, reg);
        y -= 13;
      }
    } else if ((m = line.match(/^\^ (.*)$/))) {
      for (const l of wrap(m[1], bold, 12, RIGHT - LEFT)) {
        need(16);
        put(l, (W - bold.widthOfTextAtSize(l, 12)) / 2, 12, bold);
        y -= 16;
      }
    } else if ((m = line.match(/^# (.*)$/))) {
      for (const l of wrap(m[1], bold, 10.5, RIGHT - LEFT)) {
        need(14);
        put(l, LEFT, 10.5, bold);
        y -= 14;
      }
    } else if ((m = line.match(/^=> (.*)$/))) {
      need(14);
      put(m[1], RIGHT - reg.widthOfTextAtSize(m[1], 10.5), 10.5, reg);
      y -= 14;
    } else if ((m = line.match(/^> (.*)$/))) {
      for (const l of wrap(m[1], reg, 10.5, RIGHT - COL)) {
        need(14);
        put(l, COL, 10.5, reg);
        y -= 14;
      }
    } else if ((m = line.match(/^~> (.*)$/))) {
      need(11);
      put(m[1], COL, 8, reg);
      y -= 11;
    } else if ((m = line.match(/^~ (.*)$/))) {
      for (const l of wrap(m[1], reg, 8, RIGHT - LEFT)) {
        need(11);
        put(l, LEFT, 8, reg);
        y -= 11;
      }
    } else if ((m = line.match(/^\|(#?) (.*?)(?:\s*\|\| (.*))?$/))) {
      const ruled = m[1] === '#';
      const a = wrap(m[2].trim(), reg, 10.5, COL - LEFT - 15);
      const b = m[3] ? wrap(m[3].trim(), reg, 10.5, RIGHT - COL - (ruled ? 6 : 0)) : [];
      const n = Math.max(a.length, b.length);
      need(14 * n + (ruled ? 6 : 0));
      const top = y;
      if (ruled) y -= 3;
      for (let i = 0; i < n; i++) {
        if (a[i]) put(a[i], LEFT + (ruled ? 4 : 0), 10.5, reg);
        if (b[i]) put(b[i], COL + (ruled ? 4 : 0), 10.5, reg);
        y -= 14;
      }
      if (ruled) {
        y -= 3;
        const bh = top - y;
        page.drawRectangle({ x: LEFT - 2, y, width: COL - LEFT - 6, height: bh, borderWidth: 0.6, borderColor: rgb(0, 0, 0) });
        page.drawRectangle({ x: COL - 2, y, width: RIGHT - COL + 4, height: bh, borderWidth: 0.6, borderColor: rgb(0, 0, 0) });
      }
    } else {
      const ls = wrap(line, reg, 10.5, RIGHT - LEFT);
      ls.forEach((l, i) => {
        need(14);
        just = opt.justify && i < ls.length - 1 ? RIGHT - LEFT : 0;
        put(l, LEFT, 10.5, reg);
        just = 0;
        y -= 14;
      });
    }
  }
  flushTable();
  flushRaster();
  if (opt.furnitureLast) doc.getPages().forEach((pg) => furniture(pg));

  if (opt.pagenum) {
    const pages = doc.getPages();
    pages.forEach((pg, i) => {
      const t = opt.pagenum.replace('{n}', String(i + 1)).replace('{N}', String(pages.length));
      pg.drawText(t, { x: RIGHT - reg.widthOfTextAtSize(t, 8), y: 44, size: 8, font: reg, color: rgb(0.2, 0.2, 0.2) });
    });
  }
  const first = doc.getPage(0);
  if (opt.vstamp) {
    const size = 7.5;
    const x = opt.vstamp.side === 'left' ? 26 : W - 18;
    const tw = reg.widthOfTextAtSize(opt.vstamp.text, size);
    first.drawText(opt.vstamp.text, {
      x, y: (H - tw) / 2, size, font: reg, rotate: degrees(90), color: rgb(0.1, 0.1, 0.35),
    });
  }
  if (opt.stamp) {
    const bw = 200, bh = 10 + 11 * opt.stamp.length;
    const x0 = W - 30 - bw, y0 = H - 22 - bh;
    first.drawRectangle({ x: x0, y: y0, width: bw, height: bh, borderWidth: 1, borderColor: rgb(0.1, 0.2, 0.6), rotate: degrees(0) });
    opt.stamp.forEach((l, i) => first.drawText(l, {
      x: x0 + 6, y: H - 22 - 12 - 11 * i, size: i === 0 ? 8.5 : 7.5, font: i === 0 ? bold : reg, color: rgb(0.1, 0.2, 0.6),
    }));
  }
  if (opt.freetext) {
    const bw = 215, bh = 8 + 11 * opt.freetext.length;
    const rect = [W - 30 - bw, H - 20 - bh, W - 30, H - 20];
    const esc = (s) => s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
    const helv = doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
    let ops = `0 0 0.6 RG 0.8 w 0.5 0.5 ${bw - 1} ${bh - 1} re S BT 0 0 0.6 rg /Helv 8 Tf `;
    opt.freetext.forEach((l, i) => { ops += `1 0 0 1 5 ${bh - 12 - 11 * i} Tm (${esc(l)}) Tj `; });
    ops += 'ET';
    const ap = doc.context.register(doc.context.stream(ops, {
      Type: 'XObject', Subtype: 'Form', BBox: [0, 0, bw, bh], Resources: { Font: { Helv: helv } },
    }));
    const annot = doc.context.register(doc.context.obj({
      Type: 'Annot', Subtype: 'FreeText', Rect: rect, Contents: PDFHexString.fromText(opt.freetext.join('\n')),
      DA: '/Helv 8 Tf 0 0 0.6 rg', F: 4, NM: `${base}-segnatura`, T: 'Protocollo informatico', AP: { N: ap },
    }));
    first.node.set(PDFName.of('Annots'), doc.context.obj([annot]));
  }
  if (opt.stampAnnot) {
    const bw = 205, bh = 8 + 11 * opt.stampAnnot.lines.length;
    const x0 = opt.stampAnnot.side === 'left' ? 40 : W - 30 - bw;
    const rect = [x0, H - 16 - bh, x0 + bw, H - 16];
    const esc = (t) => t.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
    const helv = doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
    let ops = `q 0.6 0 0 RG 0.7 w 0.5 0.5 ${bw - 1} ${bh - 1} re S Q BT 0.6 0 0 rg /Xi0 7.5 Tf `;
    opt.stampAnnot.lines.forEach((l, i) => { ops += `1 0 0 1 5 ${bh - 11 - 11 * i} Tm (${esc(l)}) Tj `; });
    ops += 'ET';
    const ap = doc.context.register(doc.context.stream(ops, {
      Type: 'XObject', Subtype: 'Form', BBox: [0, 0, bw, bh], Resources: { Font: { Xi0: helv } },
    }));
    const annot = doc.context.register(doc.context.obj({
      Type: 'Annot', Subtype: 'Stamp', Rect: rect, F: 4, NM: `${base}-protocollo`, AP: { N: ap },
    }));
    first.node.set(PDFName.of('Annots'), doc.context.obj([annot]));
  }
  if (opt.stampAppend) {
    const helv = doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
    first.node.setFontDictionary(PDFName.of('Xi0'), helv);
    const esc = (t) => t.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
    let ops = 'q 1 0 0 1 0 0 cm BT 0.1 0.1 0.1 rg /Xi0 7 Tf ';
    opt.stampAppend.forEach((l, i) => { ops += `1 0 0 1 ${LEFT} ${H - 16 - 9 * i} Tm (${esc(l)}) Tj `; });
    ops += 'ET Q';
    const cs = doc.context.register(doc.context.stream(ops, {}));
    first.node.normalizedEntries().Contents.push(cs);
  }
  const pageRef = first.ref;
  let bytes = await doc.save({ useObjectStreams: false });
  if (opt.incremental) bytes = appendIncremental(bytes, doc, pageRef, opt.incremental);
  if (opt.infoUpdate) bytes = appendInfoUpdate(bytes, opt.infoUpdate[0], opt.infoUpdate[1]);
  writeFileSync(out, bytes);
}

/** Builds NAME.pdf from every NAME.txt in `dir` (only the NAMEs in `only`, when given), in name order. */
export async function makeLetterPdfs(dir, set, only = []) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const base = f.slice(0, -4);
    if (only.length && !only.includes(base)) continue;
    await buildLetterPdf(join(dir, f), join(dir, base + '.pdf'), base, set);
    console.log('wrote', base + '.pdf');
  }
}
