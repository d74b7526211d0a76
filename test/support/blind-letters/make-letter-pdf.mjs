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
// Deterministic output: fixed creation/modification dates, no random ids, fixed rasteriser.

import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import {
  PDFDocument, PDFHexString, rgb, degrees, StandardFonts, PDFName,
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

// ------------------------------------------------------------ build

/** Builds the PDF `out` from the marked-up text `src`; `set` (e.g. "letters-blind-3") names the Producer/Creator. */
export async function buildLetterPdf(src, out, base, set) {
  const lines = readFileSync(src, 'utf8').replace(/\r/g, '').split('\n');
  const opt = { footers: [], headers: [], vstamp: null, stamp: null, freetext: null, incremental: null, font: null, producer: null, pagenum: null };
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

  const newPage = () => {
    flushRaster();
    page = doc.addPage([W, H]);
    y = TOP;
    let fy = 28 + 10 * (opt.footers.length - 1);
    for (const f of opt.footers) {
      const w = reg.widthOfTextAtSize(f, 7.5);
      page.drawText(f, { x: (W - w) / 2, y: fy, size: 7.5, font: reg, color: rgb(0.25, 0.25, 0.25) });
      fy -= 10;
    }
    let hy = H - 30;
    for (const t of opt.headers) {
      const w = reg.widthOfTextAtSize(t, 8);
      page.drawText(t, { x: (W - w) / 2, y: hy, size: 8, font: reg, color: rgb(0.2, 0.2, 0.2) });
      hy -= 11;
    }
    if (opt.headers.length) page.drawLine({ start: { x: LEFT, y: hy + 4 }, end: { x: RIGHT, y: hy + 4 }, thickness: 0.5 });
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
    page.drawText(text, { x, y: y - size, size, font, color: rgb(0, 0, 0) });
  };

  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (line.startsWith('@') && !line.startsWith('@outline') && !line.startsWith('@raster')) continue;
    if (!page) newPage();
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
      for (const l of wrap(line, reg, 10.5, RIGHT - LEFT)) {
        need(14);
        put(l, LEFT, 10.5, reg);
        y -= 14;
      }
    }
  }
  flushRaster();

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
  const pageRef = first.ref;
  let bytes = await doc.save({ useObjectStreams: false });
  if (opt.incremental) bytes = appendIncremental(bytes, doc, pageRef, opt.incremental);
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
