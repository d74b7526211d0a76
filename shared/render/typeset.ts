import {
  PDFDocument, PDFOperator, PDFOperatorNames, PDFNumber, PDFName, PDFPage, rgb, beginText, endText, setFontAndSize, setTextMatrix, setFillingRgbColor, type PDFImage, type RGB,
} from 'pdf-lib';
import type { Align, Block, Run } from './parse-markup.ts';
import { fontKey, type FontKey, type LetterFonts } from './letter-fonts.ts';
import { italianSyllables } from './hyphenate-italian.ts';

/** A4 in points, and the margins of an Italian office letter. */
export const PAGE = { width: 595.28, height: 841.89, left: 68, right: 62, top: 56, bottom: 92 };
const BODY = { size: 10.5, leading: 1.42 };
const INK = rgb(0.1, 0.1, 0.12);
const GREY = rgb(0.35, 0.35, 0.4);

interface Part {
  text: string;
  font: FontKey;
}
interface Word {
  parts: Part[];
  width: number;
}
interface Line {
  words: Word[];
  width: number;
  /** Last line of a paragraph or before a hard break: never justified. */
  last: boolean;
}
export interface TextStyle {
  size: number;
  align: Align;
  /** Source line breaks are kept (letterhead, addresses, signatures). */
  keepLines: boolean;
  hyphenate: boolean;
  forceBold?: boolean;
  color?: ReturnType<typeof rgb>;
}

/** Something with a height that draws itself at a given top y. */
export interface Item {
  height: number;
  spaceBefore: number;
  draw: (page: PDFPage, top: number) => void;
  /** Lines of one paragraph share a group; pagination keeps at least two on each side of a break. */
  group?: number;
  keepWithNext?: boolean;
  pageBreak?: boolean;
  /** Repeated at the top of a page when a table continues there. */
  repeatHeader?: Item;
}

export interface TypesetOptions {
  logo?: PDFImage;
  /** Footer lines drawn on every page, above "Pagina n di N". */
  footer?: Run[][];
}

/**
 * Sets letter markup on A4 pages: justified paragraphs with Italian hyphenation, bold and italic runs,
 * lists, tables whose header repeats, no heading left at a page's foot, no single line of a
 * paragraph left alone, letterhead on page 1, "Pagina n di N" on every page.
 */
export function typeset(doc: PDFDocument, fonts: LetterFonts, blocks: Block[], opts: TypesetOptions = {}): void {
  const ctx = new Typesetter(fonts);
  const footer = blocks.filter((b): b is Extract<Block, { kind: 'container' }> => b.kind === 'container' && b.name === 'piede');
  const items = ctx.itemsOf(blocks.filter((b) => !footer.includes(b as never)), opts.logo);
  const pages = paginate(items);
  const footerRuns = opts.footer ?? footer.flatMap((c) => c.blocks.flatMap((b) => ('runs' in b ? splitHardLines(b.runs) : [])));
  pages.forEach((placed, i) => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    for (const { item, top } of placed) item.draw(page, top);
    ctx.drawFooter(page, footerRuns, i + 1, pages.length);
  });
}

/** Exported for tests: line breaking measured on its own. */
export class Typesetter {
  private groupId = 0;
  constructor(private readonly fonts: LetterFonts) {}

  get textWidth(): number {
    return PAGE.width - PAGE.left - PAGE.right;
  }

  itemsOf(blocks: Block[], logo?: PDFImage): Item[] {
    const items: Item[] = [];
    if (logo) {
      const h = 42;
      const w = (logo.width / logo.height) * h;
      items.push({ height: h, spaceBefore: 0, draw: (p, top) => p.drawImage(logo, { x: (PAGE.width - w) / 2, y: top - h, width: w, height: h }) });
    }
    blocks.forEach((block, i) => {
      const placed = this.blockItems(block, PAGE.left, this.textWidth);
      // A paragraph that introduces a list ("Ordine del giorno:") stays with the list's first line.
      if (block.kind === 'paragraph' && blocks[i + 1]?.kind === 'list' && /:\s*$/.test(block.runs.map((r) => r.text).join('')) && placed.length) {
        placed[placed.length - 1].keepWithNext = true;
      }
      // Signatures never open a page alone: the closing line ("Distinti saluti.") goes with them.
      // A one-line salutation also brings the last lines of the text before it.
      if (block.kind === 'container' && block.name === 'firme' && items.length) {
        const last = items[items.length - 1];
        last.keepWithNext = true;
        const alone = last.group !== undefined && items[items.length - 2]?.group !== last.group;
        if (alone && items.length > 1) items[items.length - 2].keepWithNext = true;
      }
      items.push(...placed);
    });
    return items;
  }

  private blockItems(block: Block, x: number, width: number, inherited?: Partial<TextStyle>): Item[] {
    switch (block.kind) {
      case 'heading': {
        const size = block.level === 1 ? 15 : block.level === 2 ? 12.5 : 11;
        const lines = this.paragraphItems(block.runs, x, width, { size, align: 'left', keepLines: false, hyphenate: false, forceBold: true, ...inherited }, 10);
        lines.forEach((l) => (l.keepWithNext = true));
        return lines;
      }
      case 'paragraph':
        return this.paragraphItems(block.runs, x, width, { size: BODY.size, align: 'justify', keepLines: false, hyphenate: true, ...inherited }, 7);
      case 'list': {
        const items = block.items.map((runs, i) => {
          const label = block.ordered ? `${block.start + i}.` : '•';
          const indent = 18;
          const lines = this.paragraphItems(runs, x + indent, width - indent, { size: BODY.size, align: 'justify', keepLines: false, hyphenate: true, ...inherited }, i === 0 ? 5 : 2.5);
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
        // A one-line last item never starts a page alone: the item before it goes along.
        if (items.length > 1 && items[items.length - 1].length === 1) {
          const before = items[items.length - 2];
          if (before.length) before[before.length - 1].keepWithNext = true;
        }
        return items.flat();
      }
      case 'table':
        return this.tableItems(block, x, width);
      case 'pagebreak':
        return [{ height: 0, spaceBefore: 0, draw: () => {}, pageBreak: true }];
      case 'container':
        return this.containerItems(block.name, block.blocks, x, width);
    }
  }

  private containerItems(name: string, blocks: Block[], x: number, width: number): Item[] {
    const lines = { keepLines: true, hyphenate: false };
    switch (name) {
      case 'intestazione':
        return [
          ...blocks.flatMap((b, i) =>
            this.blockItems(b, x, width, { ...lines, align: 'center', size: b.kind === 'heading' ? 15 : 9, color: b.kind === 'heading' ? INK : GREY }).map((it, j) => ({
              ...it,
              spaceBefore: i === 0 && j === 0 ? 0 : it.spaceBefore * 0.3,
            })),
          ),
          this.rule(x, width),
        ];
      case 'destinatari': {
        const indent = width * 0.48;
        return blocks.flatMap((b) => this.blockItems(b, x + indent, width - indent, { ...lines, align: 'left', size: BODY.size }));
      }
      case 'protocollo':
        return blocks.flatMap((b) => this.blockItems(b, x, width * 0.5, { ...lines, align: 'left', size: 9.5 }));
      case 'luogo-data':
        return blocks.flatMap((b) => this.blockItems(b, x, width, { ...lines, align: 'right', size: BODY.size }));
      case 'firme':
        return [this.signatures(blocks, x, width)];
      default:
        return blocks.flatMap((b) => this.blockItems(b, x, width));
    }
  }

  private rule(x: number, width: number): Item {
    return { height: 6, spaceBefore: 4, draw: (p, top) => p.drawLine({ start: { x, y: top - 3 }, end: { x: x + width, y: top - 3 }, thickness: 0.6, color: GREY }) };
  }

  /** Signature blocks side by side, centred in equal columns, kept together on one page. */
  private signatures(blocks: Block[], x: number, width: number): Item {
    const cols = blocks.filter((b) => b.kind === 'paragraph') as Extract<Block, { kind: 'paragraph' }>[];
    const n = Math.max(1, cols.length);
    const colWidth = width / Math.max(2, n);
    const offset = n === 1 ? width - colWidth : 0; // a single signer signs on the right
    const style: TextStyle = { size: BODY.size, align: 'center', keepLines: true, hyphenate: false };
    const laid = cols.map((c) => this.wrap(c.runs, colWidth - 8, style));
    const lineH = BODY.size * BODY.leading;
    const height = Math.max(...laid.map((l) => l.length)) * lineH;
    return {
      height,
      spaceBefore: 22,
      draw: (p, top) =>
        laid.forEach((lines, i) => lines.forEach((line, j) => this.drawLine(p, line, x + offset + i * colWidth + 4, top - j * lineH, colWidth - 8, style))),
    };
  }

  private paragraphItems(runs: Run[], x: number, width: number, style: TextStyle, spaceBefore: number): Item[] {
    const lines = this.wrap(runs, width, style);
    const lineH = style.size * BODY.leading;
    const group = ++this.groupId;
    return lines.map((line, i) => ({
      height: lineH,
      spaceBefore: i === 0 ? spaceBefore : 0,
      group,
      draw: (p: PDFPage, top: number) => this.drawLine(p, line, x, top, width, style),
    }));
  }

  private tableItems(block: Extract<Block, { kind: 'table' }>, x: number, width: number): Item[] {
    const cols = block.header.length;
    const size = 9;
    const pad = 4;
    const style = (align: Align, bold: boolean): TextStyle => ({ size, align, keepLines: true, hyphenate: true, forceBold: bold });
    // Each column gets at least its longest word; the rest is shared in proportion to its longest cell.
    const cellsOf = (c: number) => [block.header[c], ...block.rows.map((r) => r[c] ?? [])];
    const textOf = (runs: Run[]) => runs.map((r) => r.text).join('');
    const minW = block.header.map((_, c) =>
      Math.max(...cellsOf(c).flatMap((runs) => textOf(runs).split(/\s+/).map((w) => this.fonts.width(w, 'bold', size)))) + 2 * pad + 1,
    );
    const natural = block.header.map((_, c) => Math.max(...cellsOf(c).map((runs) => this.fonts.width(textOf(runs), 'bold', size))) + 2 * pad + 1);
    const spare = width - minW.reduce((s, w) => s + w, 0);
    const wish = natural.map((n, c) => Math.max(0, n - minW[c]));
    const wishTotal = wish.reduce((s, w) => s + w, 0) || 1;
    const widths = spare <= 0 ? squeezed(minW, width) : minW.map((w, c) => w + Math.min(wish[c], (wish[c] / wishTotal) * spare) + (wishTotal <= spare ? (spare - wishTotal) / cols : 0));
    const row = (cells: Run[][], header: boolean): Item => {
      const laid = cells.map((runs, c) => this.wrap(runs, widths[c] - 2 * pad, style(block.align[c] ?? 'left', header)));
      const lineH = size * 1.3;
      const height = Math.max(1, ...laid.map((l) => l.length)) * lineH + 2 * pad;
      return {
        height,
        spaceBefore: 0,
        draw: (p, top) => {
          let cx = x;
          laid.forEach((lines, c) => {
            if (header) p.drawRectangle({ x: cx, y: top - height, width: widths[c], height, color: rgb(0.92, 0.93, 0.95) });
            p.drawRectangle({ x: cx, y: top - height, width: widths[c], height, borderColor: GREY, borderWidth: 0.4 });
            lines.forEach((line, j) => this.drawLine(p, line, cx + pad, top - pad - j * lineH, widths[c] - 2 * pad, style(block.align[c] ?? 'left', header)));
            cx += widths[c];
          });
        },
      };
    };
    const header = row(block.header, true);
    const rows = block.rows.map((r) => ({ ...row(r.slice(0, cols), false), repeatHeader: header }));
    return [{ ...header, spaceBefore: 8, keepWithNext: true }, ...rows];
  }

  /**
   * Greedy line breaking; a word that does not fit is split at an Italian syllable boundary. A word
   * longer than a line (a URL, a code, or a hostile run of 30,000 letters) is cut by characters in one
   * pass. Every word is measured once and each step only looks ahead within one line, so the time is
   * linear in the length of the text, however long its words.
   */
  wrap(runs: Run[], width: number, style: TextStyle): Line[] {
    const lines: Line[] = [];
    const space = this.fonts.width(' ', 'regular', style.size);
    for (const words of this.wordsOf(runs, style)) {
      let current: Word[] = [];
      let used = 0;
      const push = (last: boolean) => {
        lines.push({ words: current, width: used, last });
        current = [];
        used = 0;
      };
      let next = 0;
      // The rest of a word split at the end of the previous line, set before the next word.
      let carried: Word | null = null;
      while (carried || next < words.length) {
        const word: Word = carried ?? words[next++];
        carried = null;
        const need = (current.length ? space : 0) + word.width;
        if (used + need <= width || !current.length) {
          if (!current.length && word.width > width) {
            const split = this.split(word, width, style);
            if (split) {
              current.push(split[0]);
              used = split[0].width;
              carried = split[1];
              push(false);
              continue;
            }
            // Every piece but the last fills a line; the last starts the next one, like a word.
            const pieces = this.forceSplit(word, width, style);
            for (const piece of pieces.slice(0, -1)) {
              current.push(piece);
              used = piece.width;
              push(false);
            }
            const tail = pieces[pieces.length - 1];
            current.push(tail);
            used = tail.width;
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
          carried = split[1];
        } else {
          carried = word;
        }
        push(false);
      }
      if (current.length) push(true);
      else if (lines.length) lines[lines.length - 1].last = true;
    }
    return lines;
  }

  /** Paragraph text as words; with keepLines each source line is its own group of words. */
  private wordsOf(runs: Run[], style: TextStyle): Word[][] {
    const groups: Word[][] = [[]];
    let word: Part[] = [];
    const flush = () => {
      if (word.length) groups[groups.length - 1].push(this.measure(word, style.size));
      word = [];
    };
    for (const run of runs) {
      const font = fontKey(run.bold || !!style.forceBold, run.italic);
      const text = spacesOf(style.keepLines ? run.text : run.text.replace(/(?<!\n)\n(?!\n)/g, ' '));
      for (const token of text.split(/( +|\n)/)) {
        if (token === '\n') {
          flush();
          groups.push([]);
        } else if (/^ +$/.test(token)) flush();
        else if (token) word.push({ text: this.fonts.printable(token.replace(/\u00a0/g, ' '), font), font });
      }
    }
    flush();
    return groups;
  }

  private measure(parts: Part[], size: number): Word {
    return { parts, width: parts.reduce((s, p) => s + this.fonts.width(p.text, p.font, size), 0) };
  }

  /**
   * The longest syllable prefix that fits in `room` with its hyphen. Only a word of a plausible length
   * is hyphenated (the longest Italian words have some thirty letters): anything longer is no word,
   * and is cut by characters where it must be.
   */
  private split(word: Word, room: number, style: TextStyle): [Word, Word] | null {
    if (word.parts.length !== 1) return null;
    const { text, font } = word.parts[0];
    if (text.length > MAX_HYPHENATED_LENGTH) return null;
    const m = /^(\P{L}*)(\p{L}{5,})(\P{L}*)$/u.exec(text);
    if (!m) return null;
    const syllables = italianSyllables(m[2]);
    // Widths add up (advances, no kerning): the prefix of k syllables is measured by a running sum.
    const fixed = this.fonts.width(m[1], font, style.size) + this.fonts.width('-', font, style.size);
    const prefix: number[] = [fixed];
    for (const syl of syllables) prefix.push(prefix[prefix.length - 1] + this.fonts.width(syl, font, style.size));
    for (let k = syllables.length - 1; k >= 2; k--) {
      const rest = syllables.slice(k).join('');
      if (rest.length < 2) continue;
      if (prefix[k] <= room) {
        const head = m[1] + syllables.slice(0, k).join('') + '-';
        return [this.measure([{ text: head, font }], style.size), this.measure([{ text: rest + m[3], font }], style.size)];
      }
    }
    return null;
  }

  /**
   * A URL or code longer than a line, broken where it must be: into pieces each as wide as a line
   * (the last one shorter), in one pass over its characters. A character is never parted from the
   * accents and joiners that follow it, and each piece holds at least one character.
   */
  private forceSplit(word: Word, width: number, style: TextStyle): Word[] {
    const pieces: Word[] = [];
    let parts: Part[] = [];
    let text = '';
    let font = word.parts[0].font;
    let used = 0;
    const closePart = () => {
      if (text) parts.push({ text, font });
      text = '';
    };
    const closePiece = () => {
      closePart();
      pieces.push({ parts, width: used });
      parts = [];
      used = 0;
    };
    for (const part of word.parts) {
      closePart();
      font = part.font;
      for (const cluster of clustersOf(part.text)) {
        const w = this.fonts.width(cluster, font, style.size);
        if (used + w > width && used > 0) closePiece();
        text += cluster;
        used += w;
      }
    }
    closePart();
    if (parts.length) pieces.push({ parts, width: used });
    return pieces;
  }

  drawLine(page: PDFPage, line: Line, x: number, top: number, width: number, style: TextStyle): void {
    const space = this.fonts.width(' ', 'regular', style.size);
    const gaps = line.words.length - 1;
    let gap = space;
    let start = x;
    const stretch = gaps > 0 ? (width - line.width) / gaps : 0;
    // Past one and a half spaces of stretch a justified line reads as holes: it is set ragged instead.
    if (style.align === 'justify' && !line.last && gaps > 0) gap = stretch <= space * 1.5 ? space + stretch : space;
    else if (style.align === 'center') start = x + (width - line.width) / 2;
    else if (style.align === 'right') start = x + width - line.width;
    const baseline = top - style.size;
    const color = (style.color ?? INK) as RGB;
    // One text object per line; each run of one face is a single TJ whose numbers are the gaps
    // between words (in thousandths of the font size), so justification costs no extra operators.
    const ops: PDFOperator[] = [beginText(), setFillingRgbColor(color.red, color.green, color.blue)];
    let cx = start;
    let run: { font: FontKey; items: (ReturnType<LetterFonts['pdf']['regular']['encodeText']> | PDFNumber)[]; end: number } | null = null;
    const flush = () => {
      if (run) ops.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [page.doc.context.obj(run.items)]));
      run = null;
    };
    for (const word of line.words) {
      let px = cx;
      for (const part of word.parts) {
        const width = this.fonts.width(part.text, part.font, style.size);
        const hex = this.fonts.pdf[part.font].encodeText(part.text);
        if (run && run.font === part.font) {
          const gap = px - run.end;
          if (Math.abs(gap) > 0.01) run.items.push(PDFNumber.of(Math.round((-gap * 1000) / style.size * 100) / 100));
          run.items.push(hex);
        } else {
          flush();
          ops.push(setFontAndSize(this.fontName(page, part.font), style.size), setTextMatrix(1, 0, 0, 1, round2(px), round2(baseline)));
          run = { font: part.font, items: [hex], end: 0 };
        }
        px += width;
        run!.end = px;
      }
      cx += word.width + gap;
    }
    flush();
    ops.push(endText());
    page.pushOperators(...ops);
  }

  private readonly fontNames = new WeakMap<PDFPage, Map<FontKey, PDFName>>();

  /** The page's resource name for a face, registered once per page. */
  private fontName(page: PDFPage, key: FontKey): PDFName {
    let names = this.fontNames.get(page);
    if (!names) this.fontNames.set(page, (names = new Map()));
    let name = names.get(key);
    if (!name) {
      const font = this.fonts.pdf[key];
      name = page.node.newFontDictionary(font.name, font.ref);
      names.set(key, name);
    }
    return name;
  }

  drawFooter(page: PDFPage, footer: Run[][], n: number, total: number): void {
    // The footer has room for three lines above the page number: a long address is set smaller to fit.
    let size = 7.5;
    let style: TextStyle = { size, align: 'center', keepLines: true, hyphenate: false, color: GREY };
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
    const w = this.fonts.width(label, 'regular', 8);
    page.drawText(label, { x: PAGE.width - PAGE.right - w, y: 26, size: 8, font: this.fonts.pdf.regular, color: GREY });
  }
}

/**
 * Pasted text brings tabs, typographic spaces, invisible marks and decomposed accents: spaces become
 * plain spaces (a narrow no-break space stays unbreakable), invisible marks go, accents are composed,
 * so none prints as a gap or a box.
 */
function spacesOf(text: string): string {
  // A decomposed accent (e + U+0301, as some PDFs and Macs write it) is set as the accented letter:
  // the typeface has "é", not the combining mark alone.
  return text
    .normalize('NFC')
    .replace(/[\t\v\f\u1680\u2000-\u200a\u2028\u2029\u205f\u3000]/g, ' ')
    .replace(/\u202f/g, '\u00a0')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
}

/**
 * Column widths when the longest words do not fit side by side: a column whose longest word fits in
 * an equal share keeps it; the wider ones share what is left in proportion (their words are cut by
 * characters), so one overlong word never squeezes the other columns to a character each.
 */
function squeezed(minW: number[], width: number): number[] {
  const fair = width / minW.length;
  const small = minW.reduce((s, w) => s + (w <= fair ? w : 0), 0);
  const wideTotal = minW.reduce((s, w) => s + (w > fair ? w : 0), 0);
  return minW.map((w) => (w <= fair ? w : ((width - small) * w) / wideTotal));
}

/** Longer than this, a "word" is not hyphenated but cut by characters (see Typesetter.split). */
const MAX_HYPHENATED_LENGTH = 64;

/**
 * A text as the characters a reader sees: a base character with the combining marks, variation
 * selectors and joiners that follow it (so "e" + U+0301 is never cut in two). One pass, linear.
 */
function* clustersOf(text: string): Generator<string> {
  let cluster = '';
  let join = false;
  for (const ch of text) {
    if (cluster && !join && !/^[\p{M}\u200c\u200d\ufe00-\ufe0f]$/u.test(ch)) {
      yield cluster;
      cluster = '';
    }
    cluster += ch;
    join = ch === '\u200d';
  }
  if (cluster) yield cluster;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function splitHardLines(runs: Run[]): Run[][] {
  return [runs];
}

export interface Placed {
  item: Item;
  top: number;
}

/**
 * Places items on pages. A paragraph split across pages keeps at least two lines on each side; a
 * heading (keepWithNext) moves to the next page with what follows; a table continued on a new page
 * gets its header again.
 */
export function paginate(items: Item[]): Placed[][] {
  const pages: Placed[][] = [[]];
  const bottom = PAGE.bottom;
  let y = PAGE.height - PAGE.top;
  const newPage = () => {
    pages.push([]);
    y = PAGE.height - PAGE.top;
  };
  const rest = linesLeftInGroup(items);
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
    // How much must fit together: the item, what it keeps with, and enough of a paragraph.
    const need = blockNeed(items, i, rest);
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

/**
 * Height that must be free before placing item i: the lines of a paragraph that must go together
 * (two at its start, the last two at its end, all of a short one), plus whatever the last of them is
 * kept with (a heading's text, a list's first item, the signatures).
 */
function blockNeed(items: Item[], i: number, rest: number[]): number {
  const item = items[i];
  let take = 1;
  if (item.group !== undefined) {
    const count = rest[i];
    const first = i === 0 || items[i - 1].group !== item.group;
    take = first ? (count < 4 ? count : 2) : count <= 2 ? count : 1;
  }
  const together = items.slice(i, i + take);
  const height = together.reduce((s, it) => s + it.height, 0);
  const next = i + take;
  return together[take - 1].keepWithNext && next < items.length ? height + items[next].spaceBefore + blockNeed(items, next, rest) : height;
}

/** For each item of a paragraph, how many of its lines are left from it on (itself included): one pass from the end. */
function linesLeftInGroup(items: Item[]): number[] {
  const rest = new Array<number>(items.length).fill(1);
  for (let k = items.length - 2; k >= 0; k--) {
    if (items[k].group !== undefined && items[k + 1].group === items[k].group) rest[k] = rest[k + 1] + 1;
  }
  return rest;
}
