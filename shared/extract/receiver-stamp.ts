import type { Line, Segment } from '../read/page-text.ts';
import { SUBJECT_LABEL } from './layout-rules.ts';

/** A word that says the number was given on arrival: the receiver's register, not the sender's ("entrata in vigore" is no arrival). */
// A register's "Mitt.: COMUNE DI …" names who sent what it numbers: another body, so the stamp is the receiver's (its own letters
// name its office's code there: "Mitt.: 50 05 00").
const ARRIVAL_WORD = /\b(?:entrata|ingresso|in\s+arrivo|arrivo)\b(?!\s+in\s+vigore)|^\s*(?:pervenut|ricevut)[oa]\s+il\b|^\s*mitt(?:ente)?\.?\s*:\s*(?!\d)(?!(?:dg|d\.\s?g\.|uod|u\.\s?o\.\s?d\.?|uo|u\.\s?o\.|settore|ufficio|servizio|direzione|area|sezione|struttura)\b)\p{L}/iu;
/** A register's segnatura that says it by its last field: "1032418|15/12/2026|R_MARCHE|GRM|DSO|A" (A for arrivo, P for partenza). */
// A ministry's register says it by its direction's letter: "m_lps.43.REGISTRO UFFICIALE.E.0016544.06-11-2026", "… (E) …".
const ARRIVAL_SEGNATURA = /\d{2}\/\d{2}\/\d{4}(?:[|-][A-Z0-9_]+)+[|-]A\s*$|REGISTRO\s+UFFICIALE\s*(?:\.\s*|\(\s*)E\b/;
export const ARRIVAL = new RegExp(`${ARRIVAL_WORD.source}|${ARRIVAL_SEGNATURA.source}`, 'iu');
/** What a protocol stamp prints besides: a date, or a number after its label ("N.", "Prot.", "PG/"). */
const STAMP_MARK = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b(?:n|nr|prot|pg)\s*[.°:/]?\s*\d{3,}/i;
/** The most a stamp's lines differ in size: its heading may be a little larger than its fields. */
const STAMP_SIZE_SPREAD = 1.4;
/** A stamp's lines are short; a sentence of the letter ("… pervenuta in entrata …") is not. */
const MAX_STAMP_LINE = 70;

/**
 * Two lines of one column: left edges aligned, or the shorter lying mostly under the longer (a word
 * the reader could only read by OCR moves a line's left edge).
 */
function sameColumn(a: Segment, b: Segment): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.x, b.x);
  return Math.abs(a.x - b.x) <= 4 || overlap >= 0.6 * Math.min(a.end - a.x, b.end - b.x);
}

/**
 * Whether a line is of the stamp's size: within STAMP_SIZE_SPREAD of the smallest size the block's lines are known
 * in, or set at the stamp's left edge (its heading may be larger). A line of several segments (a stamp's line set on
 * the letterhead's) has no size of the stamp's own.
 */
function stampSized(it: { line: Line; seg: Segment }, block: { line: Line; seg: Segment }[]): boolean {
  const known = block.filter((b) => b.line.segments.length === 1).map((b) => b.line.size);
  if (!known.length || it.line.segments.length !== 1) return true;
  // The stamp's own heading, set larger ("COMUNE DI MONTEFALCO" over its fields), starts at the stamp's left edge.
  if (block.some((b) => Math.abs(b.seg.x - it.seg.x) <= 4)) return true;
  const smallest = Math.min(...known);
  return Math.max(smallest, it.line.size) <= STAMP_SIZE_SPREAD * Math.min(smallest, it.line.size);
}

type Item = { line: Line; seg: Segment };

/** The block of a stamp grown from its line `start`: close lines of one column (left or right edges or centres `aligned`, or overlapping), of the stamp's size. */
function grownBlock(start: Item, items: Item[], bySegnatura: boolean, aligned: boolean): Item[] {
  const block = [start];
  for (let grew = true; grew; ) {
    grew = false;
    for (const it of items) {
      // A stamp is printed in one small size: the letterhead it lies across is set larger.
      if (block.includes(it) || !stampSized(it, block) || (bySegnatura && /^\s*prot/i.test(it.seg.text))) continue;
      const near = block.some(
        (b) => (aligned ? Math.abs(b.seg.x - it.seg.x) <= 4 || Math.abs(b.seg.end - it.seg.end) <= 4 || Math.abs(b.seg.x + b.seg.end - it.seg.x - it.seg.end) <= 8 : sameColumn(b.seg, it.seg)) && b.line !== it.line && Math.abs(b.line.y - it.line.y) <= 2 * Math.max(b.line.size, it.line.size),
      );
      if (near) {
        block.push(it);
        grew = true;
      }
    }
  }
  return block;
}

/**
 * The segments of a receiver's protocol stamp on a page: the block of short lines, in one column
 * (see sameColumn; each within two line heights of the next), that holds a word of arrival
 * ("ENTRATA", "Ingresso", "in arrivo", "PERVENUTO IL") and a date or a labelled number. The receiving office stamps its own name and
 * number on the letter it registers, often across the sender's letterhead: neither is the sender's,
 * and neither is the letter's protocol.
 *
 * Input: the lines of one page, in reading order; returns the stamp's segments (by identity), empty
 * when the page bears no such stamp.
 */
export function receiverStampSegments(lines: Line[]): Set<Segment> {
  // A subject line is the letter's own words, however short.
  const items = lines.flatMap((line) => line.segments.filter((s) => s.text.length <= MAX_STAMP_LINE && !SUBJECT_LABEL.test(s.text)).map((seg) => ({ line, seg })));
  const stamp = new Set<Segment>();
  const right = Math.max(0, ...lines.flatMap((l) => l.segments.map((g) => g.end)));
  for (const start of items) {
    if (stamp.has(start.seg) || !ARRIVAL.test(start.seg.text)) continue;
    // A segnatura is a stamp in itself (number, date, direction). Set in a corner (the page's right part) it may head a block
    // of the register's lines ("REGIONE MARCHE - GIUNTA REGIONALE" above it); at the left, over a left-aligned letterhead, it
    // stands alone: the lines beside it are the letterhead's.
    const bySegnatura = !ARRIVAL_WORD.test(start.seg.text);
    if (bySegnatura && start.seg.x < 0.4 * right) {
      stamp.add(start.seg);
      continue;
    }
    // Grow the block up and down from the word of arrival: close lines of its column, first by its lines' own edges (left,
    // right or centre), then by their overlap: a stamp laid across a letterhead's wide lines ("Organismo pastorale della
    // Diocesi …") would take them in by their overlap.
    const block = [true, false].map((aligned) => grownBlock(start, items, bySegnatura, aligned)).find((b) => b.length <= 6 && b.some((x) => STAMP_MARK.test(x.seg.text)));
    if (!block) continue;
    for (const b of block) stamp.add(b.seg);
  }
  return stamp;
}
