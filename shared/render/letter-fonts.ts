import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { CustomFontSubsetEmbedder, PDFRawStream, type PDFContext, type PDFDocument, type PDFFont, type PDFRef } from 'pdf-lib';
import pako from 'pako';
// The subsets below are deflated by Node's zlib too.
import './native-deflate.ts';

export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

const require = createRequire(import.meta.url);
const FILES: Record<FontKey, string> = {
  regular: '400Regular/TitilliumWeb_400Regular.ttf',
  bold: '700Bold/TitilliumWeb_700Bold.ttf',
  italic: '400Regular_Italic/TitilliumWeb_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/TitilliumWeb_700Bold_Italic.ttf',
};

type FontkitFont = ReturnType<typeof fontkit.create>;
const bytes = new Map<FontKey, Uint8Array>();
const parsed = new Map<Uint8Array, FontkitFont>();

function fontBytes(key: FontKey): Uint8Array {
  let b = bytes.get(key);
  if (!b) {
    // Titillium Web (SIL Open Font License), the typeface of Italian public administration's design system.
    const root = process.env.CARTEGGIO_FONTS_DIR ?? dirname(require.resolve('@expo-google-fonts/titillium-web/package.json'));
    b = new Uint8Array(readFileSync(join(root, FILES[key])));
    bytes.set(key, b);
  }
  return b;
}

/**
 * fontkit parses each font file once per process (pdf-lib asks again for every letter), and text is
 * mapped to glyphs one character at a time: letters need neither ligatures nor kerning, and full
 * OpenType shaping is most of the cost of drawing text.
 */
const cachingFontkit = {
  create(data: Uint8Array, postscriptName?: string) {
    let f = parsed.get(data);
    if (!f) {
      const font = fontkit.create(data as Buffer, postscriptName);
      const glyphs = new Map<number, ReturnType<FontkitFont['glyphForCodePoint']>>();
      const glyphOf = (cp: number) => {
        let g = glyphs.get(cp);
        if (!g) glyphs.set(cp, (g = font.glyphForCodePoint(cp)));
        return g;
      };
      f = Object.create(font, {
        layout: { value: (text: string) => ({ glyphs: Array.from(text, (ch) => glyphOf(ch.codePointAt(0)!)) }) },
      }) as FontkitFont;
      parsed.set(data, f);
    }
    return f;
  },
};

/**
 * pdf-lib serialises a font subset through fontkit's stream, whose browser "nextTick" is a
 * setTimeout: every letter waited several milliseconds doing nothing. The subset is encoded here
 * synchronously into the same stream class, collecting its chunks as they are pushed.
 */
type Subsetter = { subset: { encode(stream: unknown): void; encodeStream(): { constructor: new () => EncodeStream } } };
type EncodeStream = { push(chunk: Uint8Array | null): boolean; end(): void };
let EncodeStreamClass: (new () => EncodeStream) | null = null;
(CustomFontSubsetEmbedder.prototype as unknown as { serializeFont(this: Subsetter): Promise<Uint8Array> }).serializeFont = async function () {
  EncodeStreamClass ??= this.subset.encodeStream().constructor;
  const parts: Uint8Array[] = [];
  const stream = new EncodeStreamClass();
  stream.push = (chunk) => {
    if (chunk) parts.push(chunk);
    return true;
  };
  this.subset.encode(stream);
  stream.end();
  return new Uint8Array(Buffer.concat(parts));
};

/**
 * A batch of letters from one template sets the same characters in the same order, so their subsets
 * are the same font: each distinct subset (a face's glyphs in the order the letter first used them,
 * which is how the subset numbers them) has its program and its ToUnicode map encoded and deflated
 * once, and the bytes reused. At most SUBSET_CACHE_SIZE subsets are kept per face; the oldest goes first.
 */
const SUBSET_CACHE_SIZE = 32;
type SubsetEmbedder = Subsetter & {
  fontData: Uint8Array;
  glyphs: { id: number }[];
  serializeFont(): Promise<Uint8Array>;
  embedFontStream(context: PDFContext): Promise<PDFRef>;
  embedUnicodeCmap(context: PDFContext): PDFRef;
  isCFF(): boolean;
};
const subsetBytes = {
  faces: new WeakMap<Uint8Array, Map<string, Uint8Array>>(),
  key: (e: SubsetEmbedder, part: string) => `${part}:${e.glyphs.map((g) => g.id).join(',')}`,
  get(e: SubsetEmbedder, part: 'program' | 'cmap'): Uint8Array | undefined {
    const face = this.faces.get(e.fontData);
    const key = this.key(e, part);
    const bytes = face?.get(key);
    if (bytes) {
      // Now the newest.
      face!.delete(key);
      face!.set(key, bytes);
    }
    return bytes;
  },
  set(e: SubsetEmbedder, part: 'program' | 'cmap', bytes: Uint8Array): void {
    let face = this.faces.get(e.fontData);
    if (!face) this.faces.set(e.fontData, (face = new Map()));
    face.set(this.key(e, part), bytes);
    if (face.size > 2 * SUBSET_CACHE_SIZE) face.delete(face.keys().next().value!);
  },
};

const subsetEmbedder = CustomFontSubsetEmbedder.prototype as unknown as SubsetEmbedder;
subsetEmbedder.embedFontStream = async function (this: SubsetEmbedder, context: PDFContext) {
  let deflated = subsetBytes.get(this, 'program');
  if (!deflated) subsetBytes.set(this, 'program', (deflated = pako.deflate(await this.serializeFont())));
  // As pdf-lib writes it: a CFF face's program is marked CIDFontType0C (Titillium's TrueType needs no mark).
  return context.register(context.stream(deflated, { Filter: 'FlateDecode', ...(this.isCFF() ? { Subtype: 'CIDFontType0C' } : {}) }));
};
const embedUnicodeCmap = subsetEmbedder.embedUnicodeCmap;
subsetEmbedder.embedUnicodeCmap = function (this: SubsetEmbedder, context: PDFContext) {
  const known = subsetBytes.get(this, 'cmap');
  if (known) return context.register(context.stream(known, { Filter: 'FlateDecode' }));
  const ref = embedUnicodeCmap.call(this, context);
  const made = context.lookup(ref);
  if (made instanceof PDFRawStream) subsetBytes.set(this, 'cmap', made.contents);
  return ref;
};

/** What nearly every Italian letter sets: printable ASCII, accented vowels, euro, quotes and dashes. */
const PRIMER = (() => {
  let ascii = '';
  for (let c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c);
  return ascii + 'àèéìíòóùúÀÈÉÌÒÙ€«»–—’‘“”…°';
})();

/**
 * A subset numbers its glyphs in the order the letter first uses them, so two letters differing
 * only in a protocol number's digits would make two subsets. A face's first use therefore sets
 * PRIMER's glyphs first, in a fixed order: almost every letter's subset of that face is then the
 * same, and is encoded once per process (embedFontStream above). ~5 KB more per face used (the
 * example letters grow from 19–24 KB to 34–38 KB), none for a face never used.
 */
function primedOnFirstUse(font: PDFFont): PDFFont {
  const encode = font.encodeText.bind(font);
  let primed = false;
  font.encodeText = (text: string) => {
    if (!primed) {
      primed = true;
      encode(PRIMER);
    }
    return encode(text);
  };
  return font;
}

// Faces are parsed once per process (cachingFontkit), so what is learnt about a character serves every letter.
const widthCache = new WeakMap<FontkitFont, Map<number, number>>();
const glyphCache = new WeakMap<FontkitFont, Map<number, boolean>>();

/** The four faces of a letter, embedded as subsets, with a per-character width table for measuring. */
export class LetterFonts {

  private constructor(
    readonly pdf: Record<FontKey, PDFFont>,
    private readonly kit: Record<FontKey, FontkitFont>,
  ) {}

  static async embed(doc: PDFDocument): Promise<LetterFonts> {
    doc.registerFontkit(cachingFontkit as never);
    const keys = Object.keys(FILES) as FontKey[];
    const pdf = {} as Record<FontKey, PDFFont>;
    const kit = {} as Record<FontKey, FontkitFont>;
    for (const key of keys) {
      pdf[key] = primedOnFirstUse(await doc.embedFont(fontBytes(key), { subset: true, features: { liga: false } }));
      kit[key] = cachingFontkit.create(fontBytes(key));
    }
    return new LetterFonts(pdf, kit);
  }

  /** Characters the typeface lacks, met while setting this letter (printed as a substitute). */
  readonly missing = new Set<string>();

  /**
   * The text as the typeface can print it: a character it lacks becomes its compatibility form
   * ("ﬁ" → "fi"), a close stand-in ("→" → "->"), or "?", and is remembered in `missing`; a PDF/A
   * file may not show .notdef, and a blank where a character was is worse than a visible mark.
   */
  printable(text: string, key: FontKey): string {
    // Nearly always every character is there: the text itself, with nothing copied.
    let all = true;
    for (const ch of text) {
      if (!this.has(ch, key)) {
        all = false;
        break;
      }
    }
    if (all) return text;
    let out = '';
    for (const ch of text) {
      if (this.has(ch, key)) {
        out += ch;
        continue;
      }
      const compat = ch.normalize('NFKC');
      const standIn = compat !== ch && Array.from(compat).every((c) => this.has(c, key)) ? compat : STAND_INS[ch];
      out += standIn ?? '?';
      this.missing.add(ch);
    }
    return out;
  }

  /** Whether the face has a glyph for the character: asked once per character, on the hot path of every word. */
  private has(ch: string, key: FontKey): boolean {
    const font = this.kit[key];
    let table = glyphCache.get(font);
    if (!table) glyphCache.set(font, (table = new Map()));
    const cp = ch.codePointAt(0)!;
    let known = table.get(cp);
    if (known === undefined) table.set(cp, (known = font.hasGlyphForCodePoint(cp)));
    return known;
  }

  /** Width in points, from glyph advances (what the PDF will draw: no kerning). */
  width(text: string, key: FontKey, size: number): number {
    const font = this.kit[key];
    let table = widthCache.get(font);
    if (!table) widthCache.set(font, (table = new Map()));
    let units = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let w = table.get(cp);
      if (w === undefined) {
        w = font.glyphForCodePoint(cp).advanceWidth;
        table.set(cp, w);
      }
      units += w;
    }
    return (units * size) / font.unitsPerEm;
  }
}

const STAND_INS: Record<string, string> = { '→': '->', '←': '<-', '⇒': '=>', '✓': 'v', '✔': 'v', '✗': 'x', '✘': 'x', '≤': '<=', '≥': '>=', '≠': '!=', '□': '[ ]', '☐': '[ ]', '☑': '[x]', '☒': '[x]' };

export function fontKey(bold: boolean, italic: boolean): FontKey {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}
