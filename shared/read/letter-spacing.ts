import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfjs } from './pdfjs.ts';

/**
 * A run whose letters pdf.js separated one by one: "C o m u n e d i M o n t e l a g o". Letter-spaced
 * text (Word's "Espansa" spacing, `Tc` in the content, or a `TJ` kerning every glyph) leaves a gap
 * between letters wider than pdf.js's threshold for a space (0.102 em), so it puts a space between
 * every two letters and the real word spaces, merged into those, are lost.
 */
export const LETTER_SPACED = /(?:^|\s)(?:[^\s] ){4,}[^\s](?=\s|$)/u;
// Once a page has such a run, shorter ones are tried too ("D E L" between two tracked words).
const SPACED_LETTERS = /(?:^|\s)(?:[^\s] )+[^\s](?=\s|$)/u;

/**
 * Words that stand alone letter-spaced as a heading or an act's verb ("D E C R E T A", "S O L L E C I T O"): a run
 * that is only one of them needs no drawing to be read, so the page's operator list is not asked for.
 */
const HEADING_WORDS = new Set(
  (
    'decreta delibera determina ordina dispone attesta certifica dichiara comunica convoca premesso visto vista considerato ' +
    'ritenuto richiamato sollecito circolare avviso decreto ordinanza determinazione deliberazione oggetto verbale allegato ' +
    'convocazione comunicato premessa regione provincia comune ministero prefettura'
  ).split(' '),
);

/** Fixed phrases of letterheads and acts, set spaced as one line: where their words part. */
const HEADING_PHRASES = [
  'repubblica italiana', 'la giunta comunale', 'il consiglio comunale', 'la giunta regionale', 'il sindaco', 'il presidente',
  'il dirigente', 'il direttore generale', 'il responsabile del servizio', 'il segretario comunale', 'il segretario generale',
  'ufficio di piano', 'servizi sociali', 'ambito territoriale sociale',
];
const PHRASE_BY_LETTERS = new Map(HEADING_PHRASES.map((p) => [p.replace(/ /g, ''), p]));

/**
 * The run read as one heading word or fixed phrase when it is nothing but one, spaced: "D E C R E T A" →
 * "DECRETA", "R E P U B B L I C A I TA L I A N A" → "REPUBBLICA ITALIANA"; else null.
 */
export function spacedHeadingWord(text: string): string | null {
  const trimmed = text.trim();
  // Kerned pairs may stay joined ("D E C R E TA").
  if (!/^(?:\S{1,2} ){3,}\S{1,2}$/u.test(trimmed)) return null;
  const letters = trimmed.replace(/ /g, '');
  const key = letters.toLocaleLowerCase('it');
  if (HEADING_WORDS.has(key)) return letters;
  const phrase = PHRASE_BY_LETTERS.get(key);
  if (!phrase) return null;
  // The printed letters, in their case, parted where the phrase's words part.
  let at = 0;
  return phrase.split(' ').map((w) => letters.slice(at, (at += w.length))).join(' ');
}

/** A glyph as the page's operator list draws it: its text and where it starts and ends, in text-space units. */
interface Glyph {
  char: string;
  start: number;
  end: number;
  y: number;
  size: number;
  /** Whether a space glyph was drawn between this glyph and the one before. */
  afterSpace: boolean;
}

/**
 * Puts the word spaces back into letter-spaced runs, from where the page draws each glyph: within a
 * run of tracked letters, a word ends where the gap to the next glyph is wider than the letters' own
 * tracking by a fifth of an em or more (a space glyph, or a wide kerning step). Capitals spaced with
 * typed spaces ("A V V I S O  P U B B L I C O") read so as words too. Runs that cannot be matched glyph
 * for glyph to the drawing, or whose letters are mostly one-letter words, are left as they are.
 *
 * Costs one operator list of the page (about as much as its text content), so it is only called for
 * pages that have a run matching {@link LETTER_SPACED}. Source: PDF 32000-1 §9.3.2 (Tc), §9.4.3 (TJ).
 */
export async function restoreWordSpaces(page: PDFPageProxy, texts: string[]): Promise<string[]> {
  const glyphs = drawnGlyphs(await page.getOperatorList());
  const stream = glyphs.map((g) => g.char).join('');
  const wordStart = glyphs.map((g, i) => i > 0 && startsWord(glyphs, i));
  let from = 0;
  return texts.map((text) => {
    if (!SPACED_LETTERS.test(text)) return text;
    // A line of ordinary words with a few one-letter ones ("al punto a e b"): pdf.js read it right.
    const tokens = text.trim().split(/\s+/);
    if (tokens.filter((t) => [...t].length === 1).length < 0.6 * tokens.length) return text;
    const letters = [...text.replace(/ /g, '')];
    const joined = letters.join('');
    let at = stream.indexOf(joined, from);
    if (at < 0) at = stream.indexOf(joined);
    if (at < 0) return text;
    from = at + joined.length;
    // Positions in the stream are UTF-16 offsets: map them to glyph indexes.
    const first = glyphIndexAt(glyphs, at);
    const bounds = letters.map((_, k) => k > 0 && wordStart[first + k]);
    const words = bounds.filter(Boolean).length;
    // Capitals spaced with typed spaces and no wider gap between words ("AV V I S O P U B B L I C O"): nothing
    // here tells the words apart; left as read, for the reading of spaced headings downstream.
    const typed = letters.filter((_, k) => k > 0 && glyphs[first + k].afterSpace).length;
    if (words === 0 && typed >= (letters.length - 1) * 0.8) return text;
    // Most letters a word of their own ("punti a e b e c"): ordinary text with one-letter words, as pdf.js read it.
    if (words >= (letters.length - 1) * 0.5) return text;
    return letters.map((ch, k) => (bounds[k] ? ' ' : '') + ch).join('');
  });
}

function glyphIndexAt(glyphs: Glyph[], offset: number): number {
  let pos = 0;
  for (let i = 0; i < glyphs.length; i++) {
    if (pos === offset) return i;
    pos += glyphs[i].char.length;
  }
  return glyphs.length;
}

/** A glyph starts a word when the gap before it is a tracked letter's gap plus a fifth of an em or more. */
function startsWord(glyphs: Glyph[], i: number): boolean {
  const g = glyphs[i];
  const prev = glyphs[i - 1];
  const gap = g.start - prev.end;
  if (!sameLine(prev, g) || gap < -0.5 * g.size) return true;
  const tracking = trackingAround(glyphs, i);
  return gap - tracking >= 0.2 * g.size;
}

/**
 * The ordinary gap between letters around glyph i: the lower quartile of the gaps on its line near it
 * (a median would be a word gap where one-letter words crowd: "punti a e b e c").
 */
function trackingAround(glyphs: Glyph[], i: number): number {
  const gaps: number[] = [];
  for (let k = Math.max(1, i - 12); k < Math.min(glyphs.length, i + 12); k++) {
    if (sameLine(glyphs[k - 1], glyphs[k]) && sameLine(glyphs[k], glyphs[i])) gaps.push(glyphs[k].start - glyphs[k - 1].end);
  }
  gaps.sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 4)] : 0;
}

function sameLine(a: Glyph, b: Glyph): boolean {
  return Math.abs(a.y - b.y) < 0.2 * Math.max(a.size, b.size);
}

/**
 * The glyphs the page draws, in drawing order, with space glyphs left out (their advance is part of the
 * gap after the previous glyph). Positions follow the text matrix's translation and scale (not its
 * rotation): enough to compare the gaps between glyphs of one line.
 */
function drawnGlyphs(ops: { fnArray: number[]; argsArray: unknown[][] }): Glyph[] {
  const OPS = pdfjs.OPS;
  const glyphs: Glyph[] = [];
  let size = 10, charSpacing = 0, wordSpacing = 0, hScale = 1, leading = 0;
  let lineX = 0, lineY = 0, x = 0, scale = 1, spaced = false;
  const newLine = (dx: number, dy: number) => { lineX += dx; lineY += dy; x = lineX; spaced = false; };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] ?? [];
    switch (fn) {
      case OPS.beginText: lineX = lineY = x = 0; scale = 1; break;
      case OPS.setFont: size = Math.abs(Number(args[1]) || 10); break;
      case OPS.setCharSpacing: charSpacing = Number(args[0]) || 0; break;
      case OPS.setWordSpacing: wordSpacing = Number(args[0]) || 0; break;
      case OPS.setHScale: hScale = (Number(args[0]) || 100) / 100; break;
      case OPS.setLeading: leading = Number(args[0]) || 0; break;
      case OPS.setTextMatrix: {
        const m = args[0] as ArrayLike<number> | undefined;
        const v = m && m.length === 6 ? m : (args as unknown as number[]);
        scale = Math.hypot(Number(v[0]) || 0, Number(v[1]) || 0) || 1;
        lineX = x = Number(v[4]) / scale || 0; lineY = Number(v[5]) / scale || 0;
        break;
      }
      case OPS.moveText: newLine(Number(args[0]) || 0, Number(args[1]) || 0); break;
      case OPS.setLeadingMoveText: leading = -(Number(args[1]) || 0); newLine(Number(args[0]) || 0, Number(args[1]) || 0); break;
      case OPS.nextLine: newLine(0, -leading); break;
      case OPS.showText: {
        for (const item of (args[0] as unknown[]) ?? []) {
          if (typeof item === 'number') { x -= (item / 1000) * size * hScale; continue; }
          const g = item as { unicode?: string; width?: number; isSpace?: boolean } | null;
          if (!g) continue;
          const advance = ((g.width ?? 0) / 1000) * size;
          const space = g.isSpace || g.unicode === ' ';
          const end = x + advance * hScale;
          if (space) spaced = true;
          else if (g.unicode) {
            glyphs.push({ char: g.unicode, start: x * scale, end: end * scale, y: lineY * scale, size: size * scale, afterSpace: spaced });
            spaced = false;
          }
          x = end + (charSpacing + (space ? wordSpacing : 0)) * hScale;
        }
        break;
      }
    }
  }
  return glyphs;
}
