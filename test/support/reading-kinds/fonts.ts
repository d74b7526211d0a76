/**
 * Fonts whose text layer does not (fully) decode: a Type3 font whose glyphs are Titillium's own
 * outlines drawn as paths under opaque names (/g1, /g2 …), optionally with a ToUnicode that maps
 * some codes to control characters; and Titillium embedded as Type0/Identity-H with its ToUnicode
 * removed.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFRef, type PDFPage } from 'pdf-lib';
import { fmt, titilliumBytes } from './compose.ts';

type Font = ReturnType<typeof fontkit.create>;
let parsed: Font | undefined;
export function titilliumOutlines(): Font {
  parsed ??= fontkit.create(titilliumBytes());
  return parsed;
}

/** A glyph outline as PDF path operators (font units), from fontkit's absolute SVG path. */
export function pathOps(svg: string): string {
  let ops = '';
  let cx = 0;
  let cy = 0;
  for (const m of svg.matchAll(/([MLQCZ])([^MLQCZ]*)/g)) {
    const n = m[2].trim() ? m[2].trim().split(/[\s,]+/).map(Number) : [];
    switch (m[1]) {
      case 'M':
        ops += `${fmt(n[0])} ${fmt(n[1])} m\n`;
        [cx, cy] = [n[0], n[1]];
        break;
      case 'L':
        ops += `${fmt(n[0])} ${fmt(n[1])} l\n`;
        [cx, cy] = [n[0], n[1]];
        break;
      case 'Q': {
        // quadratic → cubic: control points at 2/3 towards the quadratic control point
        const [qx, qy, x, y] = n;
        ops += `${fmt(cx + (2 / 3) * (qx - cx))} ${fmt(cy + (2 / 3) * (qy - cy))} ${fmt(x + (2 / 3) * (qx - x))} ${fmt(y + (2 / 3) * (qy - y))} ${fmt(x)} ${fmt(y)} c\n`;
        [cx, cy] = [x, y];
        break;
      }
      case 'C':
        ops += `${n.map(fmt).join(' ')} c\n`;
        [cx, cy] = [n[4], n[5]];
        break;
      case 'Z':
        ops += 'h\n';
        break;
    }
  }
  return ops;
}

export interface Type3Font {
  ref: PDFRef;
  /** Hex string operand `<…>` for the text, one byte a character. */
  encode(text: string): string;
  widthOf(text: string, size: number): number;
}

/**
 * Embeds a Type3 font covering `text`'s characters. Codes are given in order of first appearance
 * from `firstCode` (default 33, "!") up and glyph names are /g1 /g2 …, so neither the codes nor the
 * names say which letter a glyph is: read as ASCII the codes give printable gibberish. With `toUnicode`, a ToUnicode CMap maps each code to its character — including U+0001 (an
 * empty, zero-width glyph) and U+000B (drawn as a space) when the text contains them; `drawnAs` draws a
 * character's glyph as another's (a dash mapped to a control code).
 */
export function embedType3(doc: PDFDocument, text: string, opts: { toUnicode: boolean; firstCode?: number; drawnAs?: Record<string, string> }): Type3Font {
  const font = titilliumOutlines();
  const scale = 1000 / font.unitsPerEm;
  const chars = [...new Set([...text])];
  const first = opts.firstCode ?? 33;
  if (first + chars.length > 256) throw new Error('too many distinct characters for one Type3 font');
  const code = new Map(chars.map((c, i) => [c, first + i]));
  const space = font.glyphForCodePoint(0x20);
  const widths: number[] = [];
  const procs: Record<string, PDFRef> = {};
  chars.forEach((ch, i) => {
    const name = `g${i + 1}`;
    let body: string;
    let width: number;
    if (ch === '\u0001') {
      width = 0;
      body = '0 0 0 0 0 0 d1\n';
    } else if (ch === '\u000b' || ch === ' ') {
      width = space.advanceWidth * scale;
      body = `${fmt(width)} 0 0 0 0 0 d1\n`;
    } else {
      // drawnAs: a glyph drawn as one character and mapped to another ("–" drawn, U+0013 in the map).
      const g = font.glyphForCodePoint((opts.drawnAs?.[ch] ?? ch).codePointAt(0)!);
      if (!g || g.id === 0) throw new Error(`Titillium has no glyph for ${JSON.stringify(ch)}`);
      width = g.advanceWidth * scale;
      const b = g.bbox;
      body = `${fmt(width)} 0 ${fmt(b.minX)} ${fmt(b.minY)} ${fmt(b.maxX)} ${fmt(b.maxY)} d1\n${pathOps(g.path.toSVG())}f\n`;
    }
    widths.push(Math.round(width));
    procs[name] = doc.context.register(doc.context.flateStream(body));
  });
  const dict: Record<string, unknown> = {
    Type: 'Font',
    Subtype: 'Type3',
    FontBBox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY],
    FontMatrix: [1 / font.unitsPerEm, 0, 0, 1 / font.unitsPerEm, 0, 0],
    CharProcs: procs,
    Encoding: { Type: 'Encoding', Differences: [first, ...chars.map((_, i) => `g${i + 1}`)] },
    FirstChar: first,
    LastChar: first + chars.length - 1,
    Widths: widths,
    Resources: {},
  };
  if (opts.toUnicode) {
    const hex2 = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
    const utf16 = (c: string) => Buffer.from(c, 'utf16le').swap16().toString('hex').toUpperCase();
    const entries = chars.map((c, i) => `<${hex2(first + i)}> <${utf16(c)}>`);
    let blocks = '';
    for (let i = 0; i < entries.length; i += 100) {
      const chunk = entries.slice(i, i + 100);
      blocks += `${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar\n`;
    }
    const cmap =
      '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
      '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n' +
      blocks +
      'endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n';
    dict.ToUnicode = doc.context.register(doc.context.flateStream(cmap));
  }
  const ref = doc.context.register(doc.context.obj(dict as never));
  return {
    ref,
    encode: (t) => `<${[...t].map((c) => code.get(c)!.toString(16).padStart(2, '0')).join('')}>`,
    widthOf: (t, size) => [...t].reduce((w, c) => w + widths[code.get(c)! - first], 0) * (size / 1000),
  };
}

/** Sets a font resource on a page. */
export function setPageFont(page: PDFPage, name: string, ref: PDFRef): void {
  page.node.setFontDictionary(PDFName.of(name), ref);
}

/**
 * Removes /ToUnicode from every Type0 font (and its descendant fonts) of a saved PDF, deleting the
 * orphaned CMap streams, and saves again.
 */
export async function stripToUnicode(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    if (obj.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const tu = obj.get(PDFName.of('ToUnicode'));
    if (!tu) continue;
    obj.delete(PDFName.of('ToUnicode'));
    if (tu instanceof PDFRef) doc.context.delete(tu);
  }
  // keep the trailer's /Size one past the highest object number still present
  doc.context.largestObjectNumber = Math.max(...doc.context.enumerateIndirectObjects().map(([ref]) => ref.objectNumber));
  return doc.save({ useObjectStreams: false });
}
