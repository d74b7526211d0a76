import {
  json2xml_default
} from "./chunk-ZIEJ3R4I.mjs";
import {
  CustomFontSubsetEmbedder_default,
  PDFDict_default,
  PDFDocument_default,
  PDFHexString_default,
  PDFName_default,
  PDFNumber_default,
  PDFOperatorNames_default,
  PDFOperator_default,
  PDFString_default,
  beginText,
  endText,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix
} from "./chunk-M3DNIK25.mjs";
import {
  TEMPLATE_SCHEMAS,
  TemplateName,
  registerYear,
  romeDate
} from "./chunk-VTOYIYNU.mjs";
import {
  formatItalianDate
} from "./chunk-QQRSKFDS.mjs";
import {
  external_exports
} from "./chunk-2FCZO4LF.mjs";

// shared/generate/generate-letter.ts
import { createHash as createHash2 } from "node:crypto";

// shared/render/validate-letter-input.ts
function validateLetterInput(template, data) {
  const parsed2 = TEMPLATE_SCHEMAS[template].safeParse(data);
  if (parsed2.success) return { ok: true, value: parsed2.data };
  const errors = parsed2.error.issues.map((i) => {
    const where = i.path.length ? i.path.map((p) => typeof p === "number" ? `[${p + 1}]` : `.${String(p)}`).join("").replace(/^\./, "") : "dati";
    const last = String(i.path[i.path.length - 1] ?? "");
    const message = i.code === "invalid_type" && i.input === void 0 ? "campo obbligatorio mancante" : i.message.replace(new RegExp(`^${last}: `), "");
    return `${where}: ${message}`;
  });
  return { ok: false, errors };
}

// shared/render/render-markup.ts
import { readFileSync, readdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import Handlebars from "handlebars";
var templatesDir = process.env.CARTEGGIO_TEMPLATES_DIR ? pathToFileURL(`${process.env.CARTEGGIO_TEMPLATES_DIR}/`) : new URL("../../templates/", "file:///work/main/shared/render/render-markup.ts");
var MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];
var WEEKDAYS = ["domenica", "luned\xEC", "marted\xEC", "mercoled\xEC", "gioved\xEC", "venerd\xEC", "sabato"];
var plain = (v) => String(v ?? "").replace(/\\(.)/g, "$1");
function environment() {
  const hb2 = Handlebars.create();
  hb2.registerHelper("data", (iso) => formatItalianDate(plain(iso)));
  hb2.registerHelper("dataLunga", (iso) => {
    const [y, m, d] = plain(iso).split("-").map(Number);
    return `${d === 1 ? "1\xB0" : d} ${MONTHS[m - 1]} ${y}`;
  });
  hb2.registerHelper("giorno", (iso) => WEEKDAYS[(/* @__PURE__ */ new Date(`${plain(iso)}T12:00:00Z`)).getUTCDay()]);
  hb2.registerHelper("ora", (t) => {
    const [h, m] = plain(t).split(/[:.]/);
    return `${h.padStart(2, "0")}:${m}`;
  });
  hb2.registerHelper(
    "numero",
    (n, digits) => (
      // 'always': Italian style prints 5.000, not the CLDR default 5000 for four digits.
      Number(plain(n)).toLocaleString("it-IT", { maximumFractionDigits: typeof digits === "number" ? digits : 1, useGrouping: "always" })
    )
  );
  hb2.registerHelper("piu", (a, b) => Number(a) + Number(b));
  const partials = new URL("partials/", templatesDir);
  for (const f of readdirSync(partials).filter((f2) => f2.endsWith(".hbs"))) {
    hb2.registerPartial(f.replace(/\.hbs$/, ""), readFileSync(new URL(f, partials), "utf8"));
  }
  return hb2;
}
var hb = null;
var compiled = /* @__PURE__ */ new Map();
function renderMarkup(template, view) {
  hb ??= environment();
  let fn = compiled.get(template);
  if (!fn) {
    fn = hb.compile(readFileSync(new URL(`${template}.hbs`, templatesDir), "utf8"), { strict: false, preventIndent: true });
    compiled.set(template, fn);
  }
  return fn(escapeForMarkup(view));
}
function escapeForMarkup(value) {
  if (typeof value === "string") {
    return value.replace(/[\\*_[\]#|~!{}:$]/g, "\\$&").replace(/^(\s*)([-+])(?=\s)/gm, "$1\\$2").replace(/^(\s*\d+)([.)])/gm, "$1\\$2");
  }
  if (Array.isArray(value)) return value.map(escapeForMarkup);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeForMarkup(v)]));
  }
  return value;
}

// shared/render/parse-markup.ts
import { Marked } from "marked";
var container = {
  name: "container",
  level: "block",
  start: (src) => src.match(/^:::/m)?.index,
  tokenizer(src) {
    const m = /^:::([a-z][\w-]*)[ \t]*\n([\s\S]*?)\n:::[ \t]*(?:\n+|$)/.exec(src);
    if (!m) return void 0;
    return { type: "container", raw: m[0], name: m[1], tokens: this.lexer.blockTokens(m[2], []) };
  }
};
var pagebreak = {
  name: "pagebreak",
  level: "block",
  // marked asks where the next token may start on the text after a paragraph's first character, so
  // only a "\pagebreak" after a newline counts: an escaped "\\pagebreak" from data never does.
  start: (src) => {
    const at = src.indexOf("\n\\pagebreak");
    return at < 0 ? void 0 : at + 1;
  },
  tokenizer(src) {
    const m = /^\\pagebreak[ \t]*(?:\n+|$)/.exec(src);
    return m ? { type: "pagebreak", raw: m[0] } : void 0;
  }
};
var marked = new Marked({ gfm: true, extensions: [container, pagebreak] });
function parseMarkup(markup) {
  return blocksOf(marked.lexer(markup));
}
function blocksOf(tokens) {
  const out = [];
  for (const t of tokens) {
    switch (t.type) {
      case "heading":
        out.push({ kind: "heading", level: t.depth, runs: runsOf(t.tokens) });
        break;
      case "paragraph":
        out.push({ kind: "paragraph", runs: runsOf(t.tokens) });
        break;
      case "text":
        out.push({ kind: "paragraph", runs: runsOf(t.tokens ?? [{ type: "text", raw: t.raw, text: t.text }]) });
        break;
      case "list": {
        const list = t;
        out.push({
          kind: "list",
          ordered: list.ordered,
          start: typeof list.start === "number" ? list.start : 1,
          items: list.items.map((item) => item.tokens.flatMap((it) => "tokens" in it && it.tokens ? runsOf(it.tokens) : runsOf([it])))
        });
        break;
      }
      case "table": {
        const table = t;
        out.push({
          kind: "table",
          header: table.header.map((c) => runsOf(c.tokens)),
          rows: table.rows.map((r) => r.map((c) => runsOf(c.tokens))),
          align: table.align.map((a) => a ?? "left")
        });
        break;
      }
      case "container": {
        const c = t;
        out.push({ kind: "container", name: c.name, blocks: blocksOf(c.tokens) });
        break;
      }
      case "pagebreak":
        out.push({ kind: "pagebreak" });
        break;
      default:
        break;
    }
  }
  return out;
}
function runsOf(tokens, bold = false, italic = false) {
  const out = [];
  for (const t of tokens) {
    switch (t.type) {
      case "strong":
        out.push(...runsOf(t.tokens, true, italic));
        break;
      case "em":
        out.push(...runsOf(t.tokens, bold, true));
        break;
      case "br":
        out.push({ text: "\n", bold, italic });
        break;
      case "text":
        if ("tokens" in t && t.tokens?.length) out.push(...runsOf(t.tokens, bold, italic));
        else out.push({ text: decodeEntities(t.text), bold, italic });
        break;
      case "escape":
      case "codespan":
        out.push({ text: decodeEntities(t.text), bold, italic });
        break;
      case "link":
        out.push(...runsOf(t.tokens, bold, italic));
        break;
      default:
        if ("text" in t && typeof t.text === "string") out.push({ text: decodeEntities(t.text), bold, italic });
    }
  }
  return out;
}
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\xA0" };
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 1114112 ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

// shared/render/letter-fonts.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
var require2 = createRequire("file:///work/main/shared/render/letter-fonts.ts");
var FILES = {
  regular: "400Regular/TitilliumWeb_400Regular.ttf",
  bold: "700Bold/TitilliumWeb_700Bold.ttf",
  italic: "400Regular_Italic/TitilliumWeb_400Regular_Italic.ttf",
  boldItalic: "700Bold_Italic/TitilliumWeb_700Bold_Italic.ttf"
};
var bytes = /* @__PURE__ */ new Map();
var parsed = /* @__PURE__ */ new Map();
function fontBytes(key) {
  let b = bytes.get(key);
  if (!b) {
    const root = process.env.CARTEGGIO_FONTS_DIR ?? dirname(require2.resolve("@expo-google-fonts/titillium-web/package.json"));
    b = new Uint8Array(readFileSync2(join(root, FILES[key])));
    bytes.set(key, b);
  }
  return b;
}
var cachingFontkit = {
  create(data, postscriptName) {
    let f = parsed.get(data);
    if (!f) {
      const font = fontkit.create(data, postscriptName);
      const glyphs = /* @__PURE__ */ new Map();
      const glyphOf = (cp) => {
        let g = glyphs.get(cp);
        if (!g) glyphs.set(cp, g = font.glyphForCodePoint(cp));
        return g;
      };
      f = Object.create(font, {
        layout: { value: (text) => ({ glyphs: Array.from(text, (ch) => glyphOf(ch.codePointAt(0))) }) }
      });
      parsed.set(data, f);
    }
    return f;
  }
};
var EncodeStreamClass = null;
CustomFontSubsetEmbedder_default.prototype.serializeFont = async function() {
  EncodeStreamClass ??= this.subset.encodeStream().constructor;
  const parts = [];
  const stream = new EncodeStreamClass();
  stream.push = (chunk) => {
    if (chunk) parts.push(chunk);
    return true;
  };
  this.subset.encode(stream);
  stream.end();
  return new Uint8Array(Buffer.concat(parts));
};
var widthCache = /* @__PURE__ */ new WeakMap();
var glyphCache = /* @__PURE__ */ new WeakMap();
var LetterFonts = class _LetterFonts {
  constructor(pdf, kit) {
    this.pdf = pdf;
    this.kit = kit;
  }
  pdf;
  kit;
  static async embed(doc) {
    doc.registerFontkit(cachingFontkit);
    const keys = Object.keys(FILES);
    const pdf = {};
    const kit = {};
    for (const key of keys) {
      pdf[key] = await doc.embedFont(fontBytes(key), { subset: true, features: { liga: false } });
      kit[key] = cachingFontkit.create(fontBytes(key));
    }
    return new _LetterFonts(pdf, kit);
  }
  /** Characters the typeface lacks, met while setting this letter (printed as a substitute). */
  missing = /* @__PURE__ */ new Set();
  /**
   * The text as the typeface can print it: a character it lacks becomes its compatibility form
   * ("ﬁ" → "fi"), a close stand-in ("→" → "->"), or "?", and is remembered in `missing`; a PDF/A
   * file may not show .notdef, and a blank where a character was is worse than a visible mark.
   */
  printable(text, key) {
    let out = "";
    for (const ch of text) {
      if (this.has(ch, key)) {
        out += ch;
        continue;
      }
      const compat = ch.normalize("NFKC");
      const standIn = compat !== ch && Array.from(compat).every((c) => this.has(c, key)) ? compat : STAND_INS[ch];
      out += standIn ?? "?";
      this.missing.add(ch);
    }
    return out;
  }
  /** Whether the face has a glyph for the character: asked once per character, on the hot path of every word. */
  has(ch, key) {
    const font = this.kit[key];
    let table = glyphCache.get(font);
    if (!table) glyphCache.set(font, table = /* @__PURE__ */ new Map());
    const cp = ch.codePointAt(0);
    let known = table.get(cp);
    if (known === void 0) table.set(cp, known = font.hasGlyphForCodePoint(cp));
    return known;
  }
  /** Width in points, from glyph advances (what the PDF will draw: no kerning). */
  width(text, key, size) {
    const font = this.kit[key];
    let table = widthCache.get(font);
    if (!table) widthCache.set(font, table = /* @__PURE__ */ new Map());
    let units = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0);
      let w = table.get(cp);
      if (w === void 0) {
        w = font.glyphForCodePoint(cp).advanceWidth;
        table.set(cp, w);
      }
      units += w;
    }
    return units * size / font.unitsPerEm;
  }
};
var STAND_INS = { "\u2192": "->", "\u2190": "<-", "\u21D2": "=>", "\u2713": "v", "\u2714": "v", "\u2717": "x", "\u2718": "x", "\u2264": "<=", "\u2265": ">=", "\u2260": "!=", "\u25A1": "[ ]", "\u2610": "[ ]", "\u2611": "[x]", "\u2612": "[x]" };
function fontKey(bold, italic) {
  return bold ? italic ? "boldItalic" : "bold" : italic ? "italic" : "regular";
}

// shared/render/hyphenate-italian.ts
import hyphenIt from "hyphen/it/index.js";
var { hyphenateSync } = hyphenIt;
var cache = /* @__PURE__ */ new Map();
function italianSyllables(word) {
  let parts = cache.get(word);
  if (!parts) {
    parts = hyphenateSync(word, { hyphenChar: "\xAD", minWordLength: 5 }).split("\xAD");
    if (cache.size > 5e4) cache.clear();
    cache.set(word, parts);
  }
  return parts;
}

// shared/render/typeset.ts
var PAGE = { width: 595.28, height: 841.89, left: 68, right: 62, top: 56, bottom: 92 };
var BODY = { size: 10.5, leading: 1.42 };
var INK = rgb(0.1, 0.1, 0.12);
var GREY = rgb(0.35, 0.35, 0.4);
function typeset(doc, fonts, blocks, opts = {}) {
  const ctx = new Typesetter(fonts);
  const footer = blocks.filter((b) => b.kind === "container" && b.name === "piede");
  const items = ctx.itemsOf(blocks.filter((b) => !footer.includes(b)), opts.logo);
  const pages = paginate(items);
  const footerRuns = opts.footer ?? footer.flatMap((c) => c.blocks.flatMap((b) => "runs" in b ? splitHardLines(b.runs) : []));
  pages.forEach((placed, i) => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    for (const { item, top } of placed) item.draw(page, top);
    ctx.drawFooter(page, footerRuns, i + 1, pages.length);
  });
}
var Typesetter = class {
  constructor(fonts) {
    this.fonts = fonts;
  }
  fonts;
  groupId = 0;
  get textWidth() {
    return PAGE.width - PAGE.left - PAGE.right;
  }
  itemsOf(blocks, logo) {
    const items = [];
    if (logo) {
      const h = 42;
      const w = logo.width / logo.height * h;
      items.push({ height: h, spaceBefore: 0, draw: (p, top) => p.drawImage(logo, { x: (PAGE.width - w) / 2, y: top - h, width: w, height: h }) });
    }
    blocks.forEach((block, i) => {
      const placed = this.blockItems(block, PAGE.left, this.textWidth);
      if (block.kind === "paragraph" && blocks[i + 1]?.kind === "list" && /:\s*$/.test(block.runs.map((r) => r.text).join("")) && placed.length) {
        placed[placed.length - 1].keepWithNext = true;
      }
      if (block.kind === "container" && block.name === "firme" && items.length) {
        const last = items[items.length - 1];
        last.keepWithNext = true;
        const alone = last.group !== void 0 && items[items.length - 2]?.group !== last.group;
        if (alone && items.length > 1) items[items.length - 2].keepWithNext = true;
      }
      items.push(...placed);
    });
    return items;
  }
  blockItems(block, x, width, inherited) {
    switch (block.kind) {
      case "heading": {
        const size = block.level === 1 ? 15 : block.level === 2 ? 12.5 : 11;
        const lines = this.paragraphItems(block.runs, x, width, { size, align: "left", keepLines: false, hyphenate: false, forceBold: true, ...inherited }, 10);
        lines.forEach((l) => l.keepWithNext = true);
        return lines;
      }
      case "paragraph":
        return this.paragraphItems(block.runs, x, width, { size: BODY.size, align: "justify", keepLines: false, hyphenate: true, ...inherited }, 7);
      case "list": {
        const items = block.items.map((runs, i) => {
          const label = block.ordered ? `${block.start + i}.` : "\u2022";
          const indent = 18;
          const lines = this.paragraphItems(runs, x + indent, width - indent, { size: BODY.size, align: "justify", keepLines: false, hyphenate: true, ...inherited }, i === 0 ? 5 : 2.5);
          const first = lines[0];
          if (first) {
            const draw = first.draw;
            first.draw = (p, top) => {
              draw(p, top);
              p.drawText(label, { x: x + 4, y: top - BODY.size, size: BODY.size, font: this.fonts.pdf.regular, color: INK });
            };
          }
          return lines;
        });
        if (items.length > 1 && items[items.length - 1].length === 1) {
          const before = items[items.length - 2];
          if (before.length) before[before.length - 1].keepWithNext = true;
        }
        return items.flat();
      }
      case "table":
        return this.tableItems(block, x, width);
      case "pagebreak":
        return [{ height: 0, spaceBefore: 0, draw: () => {
        }, pageBreak: true }];
      case "container":
        return this.containerItems(block.name, block.blocks, x, width);
    }
  }
  containerItems(name, blocks, x, width) {
    const lines = { keepLines: true, hyphenate: false };
    switch (name) {
      case "intestazione":
        return [
          ...blocks.flatMap(
            (b, i) => this.blockItems(b, x, width, { ...lines, align: "center", size: b.kind === "heading" ? 15 : 9, color: b.kind === "heading" ? INK : GREY }).map((it, j) => ({
              ...it,
              spaceBefore: i === 0 && j === 0 ? 0 : it.spaceBefore * 0.3
            }))
          ),
          this.rule(x, width)
        ];
      case "destinatari": {
        const indent = width * 0.48;
        return blocks.flatMap((b) => this.blockItems(b, x + indent, width - indent, { ...lines, align: "left", size: BODY.size }));
      }
      case "protocollo":
        return blocks.flatMap((b) => this.blockItems(b, x, width * 0.5, { ...lines, align: "left", size: 9.5 }));
      case "luogo-data":
        return blocks.flatMap((b) => this.blockItems(b, x, width, { ...lines, align: "right", size: BODY.size }));
      case "firme":
        return [this.signatures(blocks, x, width)];
      default:
        return blocks.flatMap((b) => this.blockItems(b, x, width));
    }
  }
  rule(x, width) {
    return { height: 6, spaceBefore: 4, draw: (p, top) => p.drawLine({ start: { x, y: top - 3 }, end: { x: x + width, y: top - 3 }, thickness: 0.6, color: GREY }) };
  }
  /** Signature blocks side by side, centred in equal columns, kept together on one page. */
  signatures(blocks, x, width) {
    const cols = blocks.filter((b) => b.kind === "paragraph");
    const n = Math.max(1, cols.length);
    const colWidth = width / Math.max(2, n);
    const offset = n === 1 ? width - colWidth : 0;
    const style = { size: BODY.size, align: "center", keepLines: true, hyphenate: false };
    const laid = cols.map((c) => this.wrap(c.runs, colWidth - 8, style));
    const lineH = BODY.size * BODY.leading;
    const height = Math.max(...laid.map((l) => l.length)) * lineH;
    return {
      height,
      spaceBefore: 22,
      draw: (p, top) => laid.forEach((lines, i) => lines.forEach((line, j) => this.drawLine(p, line, x + offset + i * colWidth + 4, top - j * lineH, colWidth - 8, style)))
    };
  }
  paragraphItems(runs, x, width, style, spaceBefore) {
    const lines = this.wrap(runs, width, style);
    const lineH = style.size * BODY.leading;
    const group = ++this.groupId;
    return lines.map((line, i) => ({
      height: lineH,
      spaceBefore: i === 0 ? spaceBefore : 0,
      group,
      draw: (p, top) => this.drawLine(p, line, x, top, width, style)
    }));
  }
  tableItems(block, x, width) {
    const cols = block.header.length;
    const size = 9;
    const pad = 4;
    const style = (align, bold) => ({ size, align, keepLines: true, hyphenate: true, forceBold: bold });
    const cellsOf = (c) => [block.header[c], ...block.rows.map((r) => r[c] ?? [])];
    const textOf = (runs) => runs.map((r) => r.text).join("");
    const minW = block.header.map(
      (_, c) => Math.max(...cellsOf(c).flatMap((runs) => textOf(runs).split(/\s+/).map((w) => this.fonts.width(w, "bold", size)))) + 2 * pad + 1
    );
    const natural = block.header.map((_, c) => Math.max(...cellsOf(c).map((runs) => this.fonts.width(textOf(runs), "bold", size))) + 2 * pad + 1);
    const spare = width - minW.reduce((s, w) => s + w, 0);
    const wish = natural.map((n, c) => Math.max(0, n - minW[c]));
    const wishTotal = wish.reduce((s, w) => s + w, 0) || 1;
    const widths = spare <= 0 ? minW.map((w) => w / (width - spare) * width) : minW.map((w, c) => w + Math.min(wish[c], wish[c] / wishTotal * spare) + (wishTotal <= spare ? (spare - wishTotal) / cols : 0));
    const row = (cells, header2) => {
      const laid = cells.map((runs, c) => this.wrap(runs, widths[c] - 2 * pad, style(block.align[c] ?? "left", header2)));
      const lineH = size * 1.3;
      const height = Math.max(1, ...laid.map((l) => l.length)) * lineH + 2 * pad;
      return {
        height,
        spaceBefore: 0,
        draw: (p, top) => {
          let cx = x;
          laid.forEach((lines, c) => {
            if (header2) p.drawRectangle({ x: cx, y: top - height, width: widths[c], height, color: rgb(0.92, 0.93, 0.95) });
            p.drawRectangle({ x: cx, y: top - height, width: widths[c], height, borderColor: GREY, borderWidth: 0.4 });
            lines.forEach((line, j) => this.drawLine(p, line, cx + pad, top - pad - j * lineH, widths[c] - 2 * pad, style(block.align[c] ?? "left", header2)));
            cx += widths[c];
          });
        }
      };
    };
    const header = row(block.header, true);
    const rows = block.rows.map((r) => ({ ...row(r.slice(0, cols), false), repeatHeader: header }));
    return [{ ...header, spaceBefore: 8, keepWithNext: true }, ...rows];
  }
  /** Greedy line breaking; a word that does not fit is split at an Italian syllable boundary. */
  wrap(runs, width, style) {
    const lines = [];
    const space = this.fonts.width(" ", "regular", style.size);
    for (const words of this.wordsOf(runs, style)) {
      let current = [];
      let used = 0;
      const push = (last) => {
        lines.push({ words: current, width: used, last });
        current = [];
        used = 0;
      };
      const queue = [...words];
      while (queue.length) {
        const word = queue.shift();
        const need = (current.length ? space : 0) + word.width;
        if (used + need <= width || !current.length) {
          if (!current.length && word.width > width) {
            const [head, tail] = this.split(word, width, style) ?? this.forceSplit(word, width, style);
            current.push(head);
            used = head.width;
            queue.unshift(tail);
            push(false);
            continue;
          }
          current.push(word);
          used += need;
          continue;
        }
        const split = style.hyphenate ? this.split(word, width - used - space, style) : null;
        if (split) {
          current.push(split[0]);
          used += space + split[0].width;
          queue.unshift(split[1]);
        } else {
          queue.unshift(word);
        }
        push(false);
      }
      if (current.length) push(true);
      else if (lines.length) lines[lines.length - 1].last = true;
    }
    return lines;
  }
  /** Paragraph text as words; with keepLines each source line is its own group of words. */
  wordsOf(runs, style) {
    const groups = [[]];
    let word = [];
    const flush = () => {
      if (word.length) groups[groups.length - 1].push(this.measure(word, style.size));
      word = [];
    };
    for (const run of runs) {
      const font = fontKey(run.bold || !!style.forceBold, run.italic);
      const text = spacesOf(style.keepLines ? run.text : run.text.replace(/(?<!\n)\n(?!\n)/g, " "));
      for (const token of text.split(/( +|\n)/)) {
        if (token === "\n") {
          flush();
          groups.push([]);
        } else if (/^ +$/.test(token)) flush();
        else if (token) word.push({ text: this.fonts.printable(token.replace(/\u00a0/g, " "), font), font });
      }
    }
    flush();
    return groups;
  }
  measure(parts, size) {
    return { parts, width: parts.reduce((s, p) => s + this.fonts.width(p.text, p.font, size), 0) };
  }
  /** The longest syllable prefix that fits in `room` with its hyphen. */
  split(word, room, style) {
    if (word.parts.length !== 1) return null;
    const { text, font } = word.parts[0];
    const m = new RegExp("^(\\P{L}*)(\\p{L}{5,})(\\P{L}*)$", "u").exec(text);
    if (!m) return null;
    const syllables = italianSyllables(m[2]);
    for (let k = syllables.length - 1; k >= 2; k--) {
      const head = m[1] + syllables.slice(0, k).join("") + "-";
      const rest = syllables.slice(k).join("");
      if (rest.length < 2) continue;
      const w = this.fonts.width(head, font, style.size);
      if (w <= room) return [this.measure([{ text: head, font }], style.size), this.measure([{ text: rest + m[3], font }], style.size)];
    }
    return null;
  }
  /** A URL or code longer than a line: broken where it must be. */
  forceSplit(word, width, style) {
    const text = word.parts.map((p) => p.text).join("");
    const font = word.parts[0].font;
    let cut = text.length - 1;
    while (cut > 1 && this.fonts.width(text.slice(0, cut), font, style.size) > width) cut--;
    return [this.measure([{ text: text.slice(0, cut), font }], style.size), this.measure([{ text: text.slice(cut), font }], style.size)];
  }
  drawLine(page, line, x, top, width, style) {
    const space = this.fonts.width(" ", "regular", style.size);
    const gaps = line.words.length - 1;
    let gap = space;
    let start = x;
    const stretch = gaps > 0 ? (width - line.width) / gaps : 0;
    if (style.align === "justify" && !line.last && gaps > 0) gap = stretch <= space * 1.5 ? space + stretch : space;
    else if (style.align === "center") start = x + (width - line.width) / 2;
    else if (style.align === "right") start = x + width - line.width;
    const baseline = top - style.size;
    const color = style.color ?? INK;
    const ops = [beginText(), setFillingRgbColor(color.red, color.green, color.blue)];
    let cx = start;
    let run = null;
    const flush = () => {
      if (run) ops.push(PDFOperator_default.of(PDFOperatorNames_default.ShowTextAdjusted, [page.doc.context.obj(run.items)]));
      run = null;
    };
    for (const word of line.words) {
      let px = cx;
      for (const part of word.parts) {
        const width2 = this.fonts.width(part.text, part.font, style.size);
        const hex = this.fonts.pdf[part.font].encodeText(part.text);
        if (run && run.font === part.font) {
          const gap2 = px - run.end;
          if (Math.abs(gap2) > 0.01) run.items.push(PDFNumber_default.of(Math.round(-gap2 * 1e3 / style.size * 100) / 100));
          run.items.push(hex);
        } else {
          flush();
          ops.push(setFontAndSize(this.fontName(page, part.font), style.size), setTextMatrix(1, 0, 0, 1, round2(px), round2(baseline)));
          run = { font: part.font, items: [hex], end: 0 };
        }
        px += width2;
        run.end = px;
      }
      cx += word.width + gap;
    }
    flush();
    ops.push(endText());
    page.pushOperators(...ops);
  }
  fontNames = /* @__PURE__ */ new WeakMap();
  /** The page's resource name for a face, registered once per page. */
  fontName(page, key) {
    let names = this.fontNames.get(page);
    if (!names) this.fontNames.set(page, names = /* @__PURE__ */ new Map());
    let name = names.get(key);
    if (!name) {
      const font = this.fonts.pdf[key];
      name = page.node.newFontDictionary(font.name, font.ref);
      names.set(key, name);
    }
    return name;
  }
  drawFooter(page, footer, n, total) {
    let size = 7.5;
    let style = { size, align: "center", keepLines: true, hyphenate: false, color: GREY };
    let lines = footer.flatMap((runs) => this.wrap(runs, this.textWidth, style));
    while (lines.length > 3 && size > 5.5) {
      size -= 0.5;
      style = { ...style, size };
      lines = footer.flatMap((runs) => this.wrap(runs, this.textWidth, style));
    }
    let top = PAGE.bottom - 30;
    page.drawLine({ start: { x: PAGE.left, y: top + 6 }, end: { x: PAGE.width - PAGE.right, y: top + 6 }, thickness: 0.4, color: GREY });
    for (const line of lines.slice(0, 3)) {
      this.drawLine(page, line, PAGE.left, top, this.textWidth, style);
      top -= size * 1.35;
    }
    const label = `Pagina ${n} di ${total}`;
    const w = this.fonts.width(label, "regular", 8);
    page.drawText(label, { x: PAGE.width - PAGE.right - w, y: 26, size: 8, font: this.fonts.pdf.regular, color: GREY });
  }
};
function spacesOf(text) {
  return text.replace(/[\t\v\f\u1680\u2000-\u200a\u2028\u2029\u205f\u3000]/g, " ").replace(/\u202f/g, "\xA0").replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "");
}
function round2(n) {
  return Math.round(n * 100) / 100;
}
function splitHardLines(runs) {
  return [runs];
}
function paginate(items) {
  const pages = [[]];
  const bottom = PAGE.bottom;
  let y = PAGE.height - PAGE.top;
  const newPage = () => {
    pages.push([]);
    y = PAGE.height - PAGE.top;
  };
  let i = 0;
  while (i < items.length) {
    const item = items[i];
    if (item.pageBreak) {
      newPage();
      i++;
      continue;
    }
    const fresh = pages[pages.length - 1].length === 0;
    const before = fresh ? 0 : item.spaceBefore;
    const need = blockNeed(items, i);
    if (!fresh && y - before - need < bottom) {
      newPage();
      if (item.repeatHeader) {
        pages[pages.length - 1].push({ item: item.repeatHeader, top: y });
        y -= item.repeatHeader.height;
      }
      continue;
    }
    pages[pages.length - 1].push({ item, top: y - before });
    y -= before + item.height;
    i++;
  }
  return pages.filter((p, k) => p.length || k === 0);
}
function blockNeed(items, i) {
  const item = items[i];
  let take = 1;
  if (item.group !== void 0) {
    let count = 0;
    for (let k = i; k < items.length && items[k].group === item.group; k++) count++;
    const first = i === 0 || items[i - 1].group !== item.group;
    take = first ? count < 4 ? count : 2 : count <= 2 ? count : 1;
  }
  const together = items.slice(i, i + take);
  const height = together.reduce((s, it) => s + it.height, 0);
  const next = i + take;
  return together[take - 1].keepWithNext && next < items.length ? height + items[next].spaceBefore + blockNeed(items, next) : height;
}

// shared/render/pdfa.ts
import { createHash } from "node:crypto";

// shared/render/srgb-icc.ts
function srgbIccProfile() {
  const s15 = (v) => Math.round(v * 65536);
  const tags = [];
  const text = (sig, s) => {
    const b = Buffer.alloc(8 + s.length + 1);
    b.write("text", 0, "ascii");
    b.write(s, 8, "ascii");
    tags.push([sig, b]);
  };
  const desc = (s) => {
    const b = Buffer.alloc(12 + s.length + 1 + 12 + 67 + 3);
    b.write("desc", 0, "ascii");
    b.writeUInt32BE(s.length + 1, 8);
    b.write(s, 12, "ascii");
    tags.push(["desc", b]);
  };
  const xyz = (sig, x, y, z) => {
    const b = Buffer.alloc(20);
    b.write("XYZ ", 0, "ascii");
    b.writeInt32BE(s15(x), 8);
    b.writeInt32BE(s15(y), 12);
    b.writeInt32BE(s15(z), 16);
    tags.push([sig, b]);
  };
  const curve = Buffer.alloc(12 + 1024 * 2);
  curve.write("curv", 0, "ascii");
  curve.writeUInt32BE(1024, 8);
  for (let i = 0; i < 1024; i++) {
    const v = i / 1023;
    const lin = v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    curve.writeUInt16BE(Math.round(lin * 65535), 12 + i * 2);
  }
  desc("sRGB IEC61966-2.1");
  text("cprt", "No copyright, use freely");
  xyz("wtpt", 0.9642, 1, 0.8249);
  xyz("rXYZ", 0.4360747, 0.2225045, 0.0139322);
  xyz("gXYZ", 0.3850649, 0.7168786, 0.0971045);
  xyz("bXYZ", 0.1430804, 0.0606169, 0.7141733);
  tags.push(["rTRC", curve], ["gTRC", curve], ["bTRC", curve]);
  const tableSize = 4 + tags.length * 12;
  let offset = 128 + tableSize;
  const placed = [];
  const seen = /* @__PURE__ */ new Map();
  const bodies = [];
  for (const [sig, data] of tags) {
    let at = seen.get(data);
    if (at === void 0) {
      at = offset;
      seen.set(data, at);
      const padded = Buffer.alloc(Math.ceil(data.length / 4) * 4);
      data.copy(padded);
      bodies.push(padded);
      offset += padded.length;
    }
    placed.push({ sig, at, data });
  }
  const header = Buffer.alloc(128);
  header.writeUInt32BE(offset, 0);
  header.writeUInt32BE(34603008, 8);
  header.write("mntrRGB XYZ ", 12, "ascii");
  header.writeUInt16BE(2024, 24);
  header.writeUInt16BE(1, 26);
  header.writeUInt16BE(1, 28);
  header.write("acsp", 36, "ascii");
  header.writeInt32BE(s15(0.9642), 68);
  header.writeInt32BE(s15(1), 72);
  header.writeInt32BE(s15(0.8249), 76);
  const table = Buffer.alloc(tableSize);
  table.writeUInt32BE(tags.length, 0);
  placed.forEach((t, i) => {
    table.write(t.sig, 4 + i * 12, "ascii");
    table.writeUInt32BE(t.at, 8 + i * 12);
    table.writeUInt32BE(t.data.length, 12 + i * 12);
  });
  return new Uint8Array(Buffer.concat([header, table, ...bodies]));
}

// shared/render/pdfa.ts
var icc = srgbIccProfile();
async function makePdfA(doc, meta) {
  await doc.flush();
  tagSubsetFonts(doc);
  const date = meta.date ?? /* @__PURE__ */ new Date();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setProducer("Carteggio (pdf-lib)");
  doc.setCreator("Carteggio");
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage("it-IT");
  const xmp = xmpPacket(meta, date);
  const bytes2 = new Uint8Array(Buffer.from(xmp, "utf8"));
  const metadata = doc.context.stream(bytes2, { Type: "Metadata", Subtype: "XML", Length: bytes2.length });
  doc.catalog.set(PDFName_default.of("Metadata"), doc.context.register(metadata));
  const profile = doc.context.flateStream(icc, { N: 3 });
  const intent = doc.context.obj({
    Type: "OutputIntent",
    S: "GTS_PDFA1",
    OutputConditionIdentifier: PDFString_default.of("sRGB IEC61966-2.1"),
    Info: PDFString_default.of("sRGB IEC61966-2.1"),
    DestOutputProfile: doc.context.register(profile)
  });
  doc.catalog.set(PDFName_default.of("OutputIntents"), doc.context.obj([doc.context.register(intent)]));
  const id = createHash("md5").update(`${meta.title}|${meta.subject}|${date.toISOString()}`).digest("hex");
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString_default.of(id), PDFHexString_default.of(id)]);
}
function xmpPacket(meta, date) {
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const iso = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${esc(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${esc(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>it-IT</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>${esc(meta.keywords.join(" "))}</pdf:Keywords>
   <pdf:Producer>Carteggio (pdf-lib)</pdf:Producer>
   <xmp:CreatorTool>Carteggio</xmp:CreatorTool>
   <xmp:CreateDate>${iso}</xmp:CreateDate>
   <xmp:ModifyDate>${iso}</xmp:ModifyDate>
   <xmp:MetadataDate>${iso}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
function tagSubsetFonts(doc) {
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict_default)) continue;
    for (const key of ["BaseFont", "FontName"]) {
      const name = obj.get(PDFName_default.of(key));
      if (!(name instanceof PDFName_default)) continue;
      const plain2 = name.decodeText();
      if (/^[A-Z]{6}\+/.test(plain2)) continue;
      const digest = createHash("sha1").update(plain2).digest();
      const tag = Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + b % 26)).join("");
      obj.set(PDFName_default.of(key), PDFName_default.of(`${tag}+${plain2}`));
    }
  }
}

// shared/render/poa-summary.ts
var LEPS_SUPERVISIONE = { gruppo: 16, individuale: 15, organizzativa: 6, abitantiPerAs: 5e3 };
function poaSummary(ambiti) {
  const m = LEPS_SUPERVISIONE;
  const righe = ambiti.map((a) => {
    const asObiettivo = Math.ceil(a.abitanti / m.abitantiPerAs);
    const minimoIndividuale = m.individuale * a.gruppiSupervisione;
    const motivi = [];
    if (a.ore.gruppo < m.gruppo) motivi.push(`ore di gruppo ${a.ore.gruppo} su ${m.gruppo}`);
    if (a.ore.individuale < minimoIndividuale) motivi.push(`ore individuali ${a.ore.individuale} su ${minimoIndividuale}`);
    if (a.ore.organizzativa < m.organizzativa) motivi.push(`ore organizzative ${a.ore.organizzativa} su ${m.organizzativa}`);
    const conforme = motivi.length === 0;
    const sottoObiettivoAs = a.assistentiSociali < asObiettivo;
    return { ...a, asObiettivo, minimoIndividuale, conforme, esito: conforme ? "conforme" : "da integrare", motivi: motivi.join("; "), sottoObiettivoAs };
  });
  const sum = (f) => righe.reduce((s, r) => s + f(r), 0);
  const totale = righe.length > 1 ? {
    ambiti: righe.length,
    conformi: righe.filter((r) => r.conforme).length,
    abitanti: sum((r) => r.abitanti),
    assistentiSociali: sum((r) => r.assistentiSociali),
    asObiettivo: sum((r) => r.asObiettivo),
    ore: { gruppo: sum((r) => r.ore.gruppo), individuale: sum((r) => r.ore.individuale), organizzativa: sum((r) => r.ore.organizzativa) }
  } : null;
  const byFonte = (f) => righe.filter((r) => r.fonte === f).length;
  const fonti = [
    byFonte("PNRR") && `PNRR (M5C2 1.1.4) per ${byFonte("PNRR")} Ambiti`,
    byFonte("FNPS") && `FNPS per ${byFonte("FNPS")} Ambiti`,
    byFonte("PNRR+FNPS") && `PNRR e FNPS insieme per ${byFonte("PNRR+FNPS")} Ambiti`
  ].filter(Boolean).join(", ").replace(/per 1 Ambiti/g, "per 1 Ambito");
  return { minimi: m, righe, totale, fonti, nonConformi: righe.filter((r) => !r.conforme), sottoObiettivoAs: righe.filter((r) => r.sottoObiettivoAs) };
}

// shared/render/render-letter.ts
var MAX_ADDRESSEES_IN_HEADER = 6;
async function renderLetter(template, input, protocol, opts = {}) {
  const data = input.data ?? protocol.data;
  const elencoInCalce = input.destinatari.length + input.perConoscenza.length > MAX_ADDRESSEES_IN_HEADER;
  const view = { ...input, data, protocollo: protocol, elencoInCalce, ...template === "riepilogo-poa" ? poaSummary(input.ambiti) : {} };
  const markup = renderMarkup(template, view);
  const doc = await PDFDocument_default.create({ updateMetadata: false });
  const fonts = await LetterFonts.embed(doc);
  const logo = opts.logo ? await (opts.logo.type === "png" ? doc.embedPng(opts.logo.bytes) : doc.embedJpg(opts.logo.bytes)) : void 0;
  typeset(doc, fonts, parseMarkup(markup), { logo });
  await makePdfA(doc, {
    title: `Prot. n. ${protocol.numero} \u2013 ${input.oggetto}`,
    author: input.mittente.ente,
    subject: input.oggetto,
    keywords: [template, `protocollo ${protocol.numero}`, input.mittente.codiceIpa],
    date: opts.date
  });
  return { pdf: await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }), markup, pages: doc.getPageCount(), unprintable: [...fonts.missing] };
}

// shared/pec/build-eml.ts
import Composer from "nodemailer/lib/mail-composer/index.js";
var MailComposer = Composer;
function buildEml(input) {
  return new MailComposer({
    from: input.from,
    to: input.to,
    cc: input.cc.length ? input.cc : void 0,
    subject: input.subject,
    text: input.text,
    date: input.date,
    messageId: input.messageId,
    attachments: input.attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: a.contentType }))
  }).compile().build();
}
function pecSizeLimit(recipients) {
  return Math.floor(30 * 1024 * 1024 / Math.max(1, recipients));
}

// shared/pec/build-segnatura.ts
var NS = "http://www.agid.gov.it/protocollo/";
function buildSegnatura(s) {
  const builder = new json2xml_default({ ignoreAttributes: false, attributeNamePrefix: "@", format: true, suppressEmptyNode: true, suppressBooleanAttributes: false, processEntities: true, commentPropName: "#comment" });
  const telematico = (pec) => ({ "prot:IndirizzoTelematico": { "@prot:tipo": "smtp", "#text": pec } });
  const body = {
    "?xml": { "@version": "1.0", "@encoding": "UTF-8" },
    "prot:SegnaturaInformatica": {
      "@xmlns:prot": NS,
      "@xmlns:ds": "http://www.w3.org/2000/09/xmldsig#",
      "@prot:versione": "3.0.0",
      "@prot:lang": "it",
      "prot:Intestazione": {
        "prot:Identificatore": {
          "prot:CodiceAmministrazione": s.codiceAmministrazione,
          "prot:CodiceAOO": s.codiceAoo,
          "prot:CodiceRegistro": s.codiceRegistro,
          "prot:NumeroRegistrazione": s.numero,
          "prot:DataRegistrazione": s.data
        },
        "prot:Oggetto": s.oggetto,
        "prot:Classifica": { "prot:Denominazione": s.classifica.denominazione, "prot:CodiceFlat": s.classifica.codice }
      },
      "prot:Descrizione": {
        "prot:Mittente": {
          "prot:Amministrazione": {
            "prot:DenominazioneAmministrazione": s.mittente.denominazione,
            "prot:CodiceIPAAmministrazione": s.codiceAmministrazione,
            "prot:CodiceIPAAOO": s.codiceAoo,
            "prot:ContattiAOO": telematico(s.mittente.pec)
          }
        },
        "prot:Destinatario": s.destinatari.map((d) => ({
          "@prot:confermaRicezione": "true",
          "@prot:perConoscenza": String(d.perConoscenza),
          ...d.codiceIpa ? {
            "prot:Amministrazione": {
              "prot:DenominazioneAmministrazione": d.denominazione,
              "prot:CodiceIPAAmministrazione": d.codiceIpa,
              ...d.pec ? { "prot:ContattiAmministrazione": telematico(d.pec) } : {}
            }
          } : { "prot:PersonaGiuridica": { "prot:Denominazione": d.denominazione, ...d.pec ? { "prot:ContattiPersonaGiuridica": telematico(d.pec) } : {} } }
        })),
        "prot:DocumentoPrimario": {
          "@prot:nomeFile": s.documento.nome,
          "@prot:mimeType": s.documento.mimeType,
          "prot:Impronta": { "@prot:algoritmo": "SHA-256", "#text": Buffer.from(s.documento.sha256).toString("base64") }
        }
      },
      "#comment": " ds:Signature (sigillo elettronico XAdES baseline B) da apporre con il servizio di sigillo dell\u2019AOO mittente "
    }
  };
  return builder.build(body);
}

// shared/generate/generate-letter.ts
var GenerateRequest = external_exports.object({
  template: TemplateName,
  data: external_exports.record(external_exports.string(), external_exports.unknown()),
  fromDocumentId: external_exports.string().regex(/^[0-9a-f]{64}$/).optional()
});
var consoleLog = {
  warn: (message, details) => console.warn(JSON.stringify({ level: "WARN", message, ...details })),
  error: (message, details) => console.error(JSON.stringify({ level: "ERROR", message, ...details }))
};
var LetterInputError = class extends Error {
  constructor(errors) {
    super(`Dati non validi per la lettera:
${errors.map((e) => `- ${e}`).join("\n")}`);
    this.errors = errors;
    this.name = "LetterInputError";
  }
  errors;
};
async function generateLetter(request, deps) {
  const now = (deps.now ?? (() => /* @__PURE__ */ new Date()))();
  const source = request.fromDocumentId ? await deps.documents.getDocument(request.fromDocumentId) : null;
  if (request.fromDocumentId && !source) throw new LetterInputError([`fromDocumentId: nessun documento con id ${request.fromDocumentId}`]);
  const data = source ? prefill(request.template, source, request.data) : request.data;
  const valid = validateLetterInput(request.template, data);
  if (!valid.ok) throw new LetterInputError(valid.errors);
  const input = valid.value;
  const today = romeDate(now);
  const date = input.data ?? today;
  const logo = input.mittente.logo && deps.loadLogo ? await deps.loadLogo(input.mittente.logo) : void 0;
  if (logo && !await decodes(logo)) throw new LetterInputError([`mittente.logo: l\u2019immagine non \xE8 un ${logo.type.toUpperCase()} leggibile`]);
  const protocol = await deps.register.next(input.mittente.codiceIpa, registerYear(today));
  const id = `${input.mittente.codiceIpa}-${protocol.anno}-${protocol.numero}`;
  try {
    return await completeLetter();
  } catch (err) {
    await annul(deps, {
      id,
      template: request.template,
      protocol: { codiceIpa: input.mittente.codiceIpa, numero: protocol.numero, data: today, anno: protocol.anno },
      oggetto: input.oggetto,
      motivo: `Lettera non completata: ${err?.message ?? String(err)}`.slice(0, 1e3),
      annullataIl: (/* @__PURE__ */ new Date()).toISOString()
    });
    throw err;
  }
  async function completeLetter() {
    const stamp = { numero: protocol.numero, data: today };
    const rendered = await renderLetter(request.template, { ...input, data: date }, stamp, { logo, date: now });
    const pdfSha = createHash2("sha256").update(rendered.pdf).digest();
    const base = `${protocol.numero}`;
    const addressees = [...input.destinatari, ...input.perConoscenza];
    const segnatura = buildSegnatura({
      codiceAmministrazione: input.mittente.codiceIpa,
      codiceAoo: input.mittente.codiceAoo,
      codiceRegistro: "REG_PROT",
      numero: protocol.numero,
      data: today,
      oggetto: input.oggetto,
      classifica: input.classifica ?? UNCLASSIFIED,
      mittente: { denominazione: input.mittente.ente, pec: input.mittente.pec },
      destinatari: [
        ...input.destinatari.map((d) => ({ ...segnaturaAddressee(d), perConoscenza: false })),
        ...input.perConoscenza.map((d) => ({ ...segnaturaAddressee(d), perConoscenza: true }))
      ],
      documento: { nome: `${base}.pdf`, mimeType: "application/pdf", sha256: pdfSha }
    });
    const to = input.destinatari.flatMap((d) => d.pec ? [d.pec] : []);
    const cc = input.perConoscenza.flatMap((d) => d.pec ? [d.pec] : []);
    const eml = await buildEml({
      from: { name: input.mittente.ufficio ? `${input.mittente.ente} \u2013 ${input.mittente.ufficio}` : input.mittente.ente, address: input.mittente.pec },
      to,
      cc,
      subject: `Prot. n. ${protocol.numero} del ${formatItalianDate(today)} \u2013 ${input.oggetto}`,
      text: emailText(input.oggetto, protocol.numero, today, input.mittente.ente),
      attachments: [
        { filename: `${base}.pdf`, content: rendered.pdf, contentType: "application/pdf" },
        { filename: "Segnatura.xml", content: segnatura, contentType: "application/xml" }
      ],
      date: now,
      messageId: `<${protocol.numero}.${protocol.anno}.${input.mittente.codiceIpa}@carteggio.local>`
    });
    const warnings = pastDates(input, date);
    if (rendered.unprintable.length) {
      warnings.push(`Caratteri non disponibili nel carattere tipografico, stampati con un sostituto: ${rendered.unprintable.map((c) => `\xAB${c}\xBB (U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")})`).join(", ")}.`);
    }
    if (!to.length) warnings.push("Nessun destinatario ha un indirizzo PEC: il messaggio .eml non ha destinatari.");
    const limit = pecSizeLimit(to.length + cc.length);
    if (eml.length > limit) {
      warnings.push(`Il messaggio pesa ${(eml.length / 1048576).toFixed(1)} MB: oltre i ${(limit / 1048576).toFixed(1)} MB che i gestori PEC accettano per ${to.length + cc.length} destinatari.`);
    }
    const prefix = `letters/${input.mittente.codiceIpa}/${protocol.anno}/${base}`;
    const outputs = {
      pdf: { bucket: deps.outputsBucket, key: `${prefix}.pdf` },
      eml: { bucket: deps.outputsBucket, key: `${prefix}.eml` },
      segnatura: { bucket: deps.outputsBucket, key: `${prefix}.segnatura.xml` }
    };
    await Promise.all([
      deps.objects.put(outputs.pdf.bucket, outputs.pdf.key, rendered.pdf, "application/pdf"),
      deps.objects.put(outputs.eml.bucket, outputs.eml.key, eml, "message/rfc822"),
      deps.objects.put(outputs.segnatura.bucket, outputs.segnatura.key, segnatura, "application/xml")
    ]);
    const record = {
      id,
      template: request.template,
      inputHash: createHash2("sha256").update(JSON.stringify(input)).digest("hex"),
      protocol: { codiceIpa: input.mittente.codiceIpa, codiceAoo: input.mittente.codiceAoo, numero: protocol.numero, data: today, anno: protocol.anno },
      oggetto: input.oggetto,
      destinatari: addressees.map((d) => ({ nome: d.nome, pec: d.pec ?? null })),
      fromDocumentId: request.fromDocumentId ?? null,
      outputs,
      pdfSha256: pdfSha.toString("hex"),
      pages: rendered.pages,
      emlBytes: eml.length,
      warnings,
      createdAt: now.toISOString()
    };
    await deps.letters.putLetter(record);
    return { record, pdf: rendered.pdf, eml, segnatura };
  }
}
async function annul(deps, entry) {
  const log = deps.log ?? consoleLog;
  const delays = deps.annulmentRetryDelays ?? [100, 400];
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.letters.putAnnulled(entry);
      if (attempt > 1) log.warn("annullamento del numero registrato dopo nuovi tentativi", { id: entry.id, tentativi: attempt });
      return;
    } catch (err) {
      const already = await deps.letters.getAnnulled(entry.id).catch(() => null);
      if (already) return;
      const cause = err?.message ?? String(err);
      if (attempt > delays.length) {
        log.error("annullamento del numero NON registrato: il numero risulta preso senza lettera n\xE9 annullamento", { id: entry.id, tentativi: attempt, errore: cause, annullamento: entry });
        return;
      }
      log.warn("annullamento del numero non registrato, nuovo tentativo", { id: entry.id, tentativo: attempt, errore: cause });
      await new Promise((ok) => setTimeout(ok, delays[attempt - 1]));
    }
  }
}
async function decodes(image) {
  try {
    const doc = await PDFDocument_default.create();
    await (image.type === "png" ? doc.embedPng(image.bytes) : doc.embedJpg(image.bytes));
    return true;
  } catch {
    return false;
  }
}
var UNCLASSIFIED = { codice: "0", denominazione: "Non classificato" };
function segnaturaAddressee(d) {
  return { denominazione: [d.nome, ...d.righe].join(" "), pec: d.pec, codiceIpa: d.codiceIpa };
}
function prefill(template, doc, data) {
  const f = doc.extraction?.fields;
  if (!f) return data;
  const out = {};
  const refDate = f.protocol?.date ?? f.documentDate;
  if (f.protocol?.number && refDate) out.riferimento = { protocollo: f.protocol.number, data: refDate, ...f.subject ? { oggetto: f.subject } : {} };
  if (f.subject) out.oggetto = template === "sollecito" ? `Sollecito \u2013 ${f.subject}` : `Riscontro \u2013 ${f.subject}`;
  if (template === "sollecito" && f.deadlines[0]) out.scadenzaOriginale = f.deadlines[0].date;
  return { ...out, ...data };
}
function pastDates(input, letterDate) {
  const dates = [
    ...input.riunione ? [{ what: "La riunione", on: input.riunione.data }] : [],
    ...(input.scadenze ?? []).map((s) => ({ what: `La scadenza \xAB${s.adempimento}\xBB`, on: s.data })),
    ...input.nuovaScadenza ? [{ what: "La nuova scadenza", on: input.nuovaScadenza }] : []
  ];
  return dates.filter((d) => d.on < letterDate).map((d) => `${d.what} (${formatItalianDate(d.on)}) \xE8 anteriore alla data della lettera (${formatItalianDate(letterDate)}).`);
}
function emailText(oggetto, numero, data, ente) {
  return [
    "Si trasmette in allegato la nota indicata in oggetto.",
    "",
    `Protocollo n. ${numero} del ${formatItalianDate(data)}`,
    `Oggetto: ${oggetto}`,
    "",
    "Il file Segnatura.xml allegato riporta i dati di protocollo e l\u2019impronta SHA-256 del documento.",
    "",
    ente
  ].join("\n");
}

export {
  GenerateRequest,
  LetterInputError,
  generateLetter
};
//# sourceMappingURL=chunk-SHEM34QB.mjs.map
