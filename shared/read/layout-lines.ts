import type { Line, LineOrigin, Segment } from './page-text.ts';
import { cleanText } from './clean-text.ts';

/**
 * A positioned run of text, as a PDF text layer, an annotation, a form field or an OCR engine gives
 * it. Coordinates in points as the page is displayed (its /Rotate applied), origin bottom-left.
 */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  /** Advance along the text's direction. */
  width: number;
  size: number;
  /** Direction of the text, in degrees counter-clockwise from left-to-right; 0 when absent. */
  angle?: number;
  /** Where the run comes from when it is not the page's own text. */
  origin?: Exclude<LineOrigin, 'vertical'>;
  /** Place in the page's drawing order (the text layer's item index), when known. */
  order?: number;
  ocr?: boolean;
}

interface Row {
  y: number;
  size: number;
  runs: TextRun[];
}

/**
 * Assembles positioned runs into lines in reading order: runs sharing a baseline form a row, a wide
 * horizontal gap splits a row into segments (columns, table cells, a stamp beside the letterhead),
 * and a page laid out in two columns is read column by column.
 */
export function layoutLines(runs: TextRun[], page: number, pageWidth: number, ocr = false): Line[] {
  const visible = withoutOverdraw(withoutShadows(runs.filter((r) => r.text.trim() !== '').map((r) => (ocr ? { ...r, ocr: true } : r))));
  // Stamps laid on the page as annotations are a layer of their own: read as a block after the body,
  // so a stamp over the addressees does not splice its words into theirs. Form values stay in their rows.
  const stamped = (r: TextRun) => r.origin === 'annotation';
  const lines = blockLines(visible.filter((r) => !isVertical(r) && !stamped(r)), page, pageWidth, []);
  const stamps = visible.filter((r) => !isVertical(r) && stamped(r));
  if (stamps.length) lines.push(...blockLines(stamps, page, pageWidth, lines, 'apart'));
  // Text drawn up or down the margin (a segnatura stamp) is read as its own block, after the body.
  for (const dir of [90, 270] as const) {
    const up = visible.filter((r) => isVertical(r) && direction(r) === dir).map((r) => turn(r, dir));
    if (up.length) lines.push(...blockLines(up, page, Infinity, lines, dir));
  }
  return lines;
}

function blockLines(runs: TextRun[], page: number, pageWidth: number, before: Line[], turned?: 90 | 270 | 'apart'): Line[] {
  const rows = groupRows(runs);
  // Found only when a row mixes sizes on two baselines (see anotherBlock): most pages never need it.
  let stacked: Set<TextRun> | null = null;
  const isStacked = (r: TextRun) => (stacked ??= stackedRuns(runs)).has(r);
  const first = rows.map((row) => ({ row, segments: segmentsOf(row, isStacked) }));
  const cuts = closeCellStarts(first);
  const built = cuts.size ? first.map((b, i) => (cuts.has(i) ? { row: b.row, segments: segmentsOf(b.row, isStacked, cuts.get(i)) } : b)) : first;
  const ordered = twoColumnOrder(built, pageWidth) ?? built;
  const lines: Line[] = [];
  const pitch = linePitch(ordered.map((o) => o.row));
  let prevY: number | null = null;
  for (const { row, segments } of ordered) {
    const text = segments.map((s) => s.text).join('\t');
    if (!text.trim()) continue;
    // A turned block starts apart from the body: as after a blank line or more.
    const gap = prevY === null ? (turned ? 2 : 0) : Math.max(0, (prevY - row.y) / (row.size || 10) - pitch);
    prevY = row.y;
    const origins = new Set<LineOrigin>(row.runs.flatMap((r) => (r.origin ? [r.origin] : [])));
    if (turned && turned !== 'apart') origins.add('vertical');
    const [x, y] = turned && turned !== 'apart' ? unturn(segments[0].x, row.y, turned) : [segments[0].x, row.y];
    lines.push({
      page,
      index: before.length + lines.length,
      x: round(x),
      y: round(y),
      size: round(row.size),
      gapBefore: round(gap),
      text,
      segments,
      ...(row.runs.some((r) => r.ocr) ? { ocr: true } : {}),
      ...(origins.size ? { origins: [...origins].sort() } : {}),
    });
  }
  return lines;
}

function direction(r: TextRun): number {
  return (((Math.round((r.angle ?? 0) / 90) * 90) % 360) + 360) % 360;
}

function isVertical(r: TextRun): boolean {
  const d = direction(r);
  return d === 90 || d === 270;
}

/** Turns a run drawn upwards (90°) or downwards (270°) so that it reads left to right. */
function turn(r: TextRun, dir: 90 | 270): TextRun {
  return dir === 90 ? { ...r, x: r.y, y: -r.x, angle: 0 } : { ...r, x: -r.y, y: r.x, angle: 0 };
}

function unturn(x: number, y: number, dir: 90 | 270): [number, number] {
  return dir === 90 ? [-y, x] : [y, -x];
}

/**
 * Text drawn twice at (almost) the same place, as report generators draw a shadow or a bold face,
 * is kept once: within a quarter of the font size on both axes.
 */
function withoutShadows(runs: TextRun[]): TextRun[] {
  const byText = new Map<string, TextRun[]>();
  const out: TextRun[] = [];
  for (const r of runs) {
    const same = byText.get(r.text);
    const near = (o: TextRun) => Math.abs(o.x - r.x) <= r.size * 0.25 && Math.abs(o.y - r.y) <= r.size * 0.25 && (o.angle ?? 0) === (r.angle ?? 0);
    if (same?.some(near)) continue;
    if (same) same.push(r);
    else byText.set(r.text, [r]);
    out.push(r);
  }
  return out;
}

/**
 * Words drawn twice to look bold (report generators draw each word a second time at the same place),
 * which the text layer has joined to their neighbours unevenly: "COMUNE" / "COMUNE DI" / "DI SERRALONGA" /
 * "SERRALONGA" on one baseline. A run inside another that has its text is dropped; a run that begins
 * inside the one before with the text that one ends with loses that text. Runs of other text laid over
 * each other (a stamp across a line) are left alone.
 */
function withoutOverdraw(runs: TextRun[]): TextRun[] {
  const kept: { run: TextRun; at: number }[] = [];
  const byRow = new Map<number, TextRun[]>();
  const order = runs.map((run, at) => ({ run, at })).sort((a, b) => b.run.y - a.run.y || a.run.x - b.run.x || b.run.width - a.run.width);
  let trimmed = false;
  for (const { run, at } of order) {
    if (run.origin || isVertical(run) || !run.width) {
      kept.push({ run, at });
      continue;
    }
    const key = Math.round(run.y / Math.max(2, run.size * 0.25));
    let current: TextRun | null = run;
    for (const k of [key - 1, key, key + 1]) {
      for (const other of byRow.get(k) ?? []) {
        if (!current) break;
        if (Math.abs(other.y - run.y) > run.size * 0.25 || Math.abs(other.size - run.size) > run.size * 0.2) continue;
        const next: TextRun | null = trimmedAgainst(current, other);
        if (next !== current) trimmed = true;
        current = next;
      }
    }
    if (!current || !current.text.trim()) continue;
    kept.push({ run: current, at });
    const row = byRow.get(key);
    if (row) row.push(current);
    else byRow.set(key, [current]);
  }
  if (!trimmed) return runs;
  // Back in the order the page draws them: the rest of the layout sorts by position anyway.
  return kept.sort((a, b) => a.at - b.at).map((k) => k.run);
}

/** The run without what it repeats of `other`; null when it repeats all of it. */
function trimmedAgainst(run: TextRun, other: TextRun): TextRun | null {
  const tol = run.size * 0.3;
  const end = run.x + run.width;
  const otherEnd = other.x + other.width;
  if (end <= other.x + tol || run.x >= otherEnd - tol) return run;
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  if (run.x >= other.x - tol && end <= otherEnd + tol) return norm(other.text).includes(norm(run.text)) ? null : run;
  if (run.x >= other.x - tol) {
    // "DI SERRALONGA" beginning inside "COMUNE DI": the letters over "COMUNE DI"'s end are its "DI". Glyph widths
    // vary, so the overlap is matched to the longest run of whole words that "COMUNE DI" ends with, not cut at
    // a count of average letters.
    const perChar = run.width / Math.max(1, run.text.length);
    const overlap = otherEnd - run.x;
    const ends = norm(other.text);
    for (let k = Math.min(run.text.length - 1, other.text.length); k > 0; k--) {
      if (/\S/.test(run.text[k] ?? ' ') || !/\S/.test(run.text[k - 1])) continue;
      const head = norm(run.text.slice(0, k));
      if (!head || !ends.endsWith(head) || Math.abs(k * perChar - overlap) > Math.max(2 * perChar, 0.35 * overlap)) continue;
      const text = run.text.slice(k).replace(/^\s+/, '');
      // The cut falls on a space between words: the rest starts far enough on for the line to keep the words apart
      // (more than the 0.12 em a line joins without a space: "alle" / "ore 17.00" read "alle ore 17.00", not "alleore").
      return { ...run, text, x: otherEnd + Math.max(perChar * 0.3, run.size * 0.15), width: Math.max(0, run.width - overlap) };
    }
  }
  return run;
}

/**
 * Runs that start a line of a stack of lines of their own size, left-aligned (a stamp's or a box's lines): another
 * run of the same size starts at the same x within three lines above or below.
 */
function stackedRuns(runs: TextRun[]): Set<TextRun> {
  // Runs by whole x, each list by baseline: a run looks only at the few near it (a page of thousands stays linear).
  const byX = new Map<number, TextRun[]>();
  for (const r of runs) {
    const k = Math.round(r.x);
    const list = byX.get(k);
    if (list) list.push(r);
    else byX.set(k, [r]);
  }
  for (const list of byX.values()) list.sort((a, b) => a.y - b.y);
  const out = new Set<TextRun>();
  for (const r of runs) {
    const k = Math.round(r.x);
    const stacked = [k - 1, k, k + 1].some((x) => {
      const list = byX.get(x) ?? [];
      // The first run at or above r.y − 3.5 sizes, then at most 32 runs up the stack.
      let lo = 0;
      for (let hi = list.length; lo < hi; ) {
        const mid = (lo + hi) >> 1;
        if (list[mid].y < r.y - 3.5 * r.size) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < Math.min(list.length, lo + 32) && list[i].y < r.y + 3.5 * r.size; i++) {
        const o = list[i];
        if (o !== r && Math.abs(o.x - r.x) < 1 && Math.abs(o.size - r.size) < 0.5 && Math.abs(o.y - r.y) > 0.5 * r.size) return true;
      }
      return false;
    });
    if (stacked) out.add(r);
  }
  return out;
}

/**
 * A run of another size on another baseline, a space or more away, that starts a line of a stack of its own (see
 * stackedRuns): the text of another block that the row's tolerance caught (a stamp's 8-pt line beside a 9.5-pt
 * letterhead line), not a word of the same line ("Comune di" and a larger "VALDORA" in a designed letterhead). A
 * superscript ("1°") touches its neighbour.
 */
function anotherBlock(prev: TextRun, run: TextRun, gap: number): boolean {
  const a = prev.size || 10;
  const b = run.size || 10;
  if (!(Math.max(a, b) > 1.15 * Math.min(a, b) && Math.abs(prev.y - run.y) > 0.1 * Math.max(a, b))) return false;
  // Touching, or laid over it, the smaller run is still another block when it sits lower than the larger (a stamp's line
  // against a centred letterhead's): a superscript sits higher.
  const [smaller, larger] = a < b ? [prev, run] : [run, prev];
  return gap > 0.25 * Math.min(a, b) || smaller.y < larger.y - 0.1 * Math.max(a, b);
}

/**
 * The page's ordinary distance between baselines, in font sizes (about 1.2 for word processors, more
 * for OCR'd lines): a gap is measured beyond it, so "a blank line" means the same on every page.
 */
function linePitch(rows: Row[]): number {
  const ratios: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = (rows[i - 1].y - rows[i].y) / (rows[i].size || 10);
    if (r >= 0.9 && r <= 2.5) ratios.push(r);
  }
  if (ratios.length < 3) return 1.2;
  ratios.sort((a, b) => a - b);
  // The lower quartile: on a page of short paragraphs most distances include a paragraph gap.
  return Math.min(1.6, ratios[Math.floor(ratios.length / 4)]);
}

function groupRows(runs: TextRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const run of sorted) {
    const size = run.size || 10;
    // A run joins the row whose baseline is within a third of its size (superscripts such as "1°" included).
    const row = rows.length ? rows[rows.length - 1] : undefined;
    // Text laid over other text on the same baseline (a receiver's stamp printed across a segnatura)
    // is another layer: it makes a row of its own rather than being spliced into the words below.
    const layered = row?.runs.some((o) => Math.min(o.x + o.width, run.x + run.width) - Math.max(o.x, run.x) > Math.max(size, 2 * size * 0.5));
    if (row && !layered && Math.abs(row.y - run.y) <= Math.max(row.size, size) * 0.35) {
      row.runs.push(run);
      if (size > row.size) row.size = size;
    } else {
      rows.push({ y: run.y, size, runs: [run] });
    }
  }
  return rows;
}

/** A gap between runs wide enough to part columns anywhere, in font sizes (at least 12 points). */
const COLUMN_GAP = 1.5;
/** A gap wider than any word space, in font sizes: a table's cells set close together part there (see closeCellStarts). */
const CELL_GAP = 0.6;
/** The gap, in font sizes, at which a row read as one segment may part where other rows start a cell (see closeCellStarts). */
const WIDE_CELL_GAP = 1.0;

/**
 * Splits a row into segments at its column gaps, and at the places in `cuts` where a gap of a cell's padding opens.
 */
function segmentsOf(row: Row, isStacked: (r: TextRun) => boolean, cuts: number[] = []): Segment[] {
  const runs = [...row.runs].sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let current: { x: number; end: number; text: string; last: TextRun } | null = null;
  for (const run of runs) {
    const size = run.size || row.size;
    if (current) {
      const gap = run.x - current.end;
      const cellStart = gap > CELL_GAP * size && cuts.some((x) => Math.abs(x - run.x) <= ALIGNED);
      if (gap > Math.max(COLUMN_GAP * size, 12) || cellStart || overlaid(current.last, run) || (anotherBlock(current.last, run, gap) && isStacked(run))) {
        segments.push({ x: round(current.x), end: round(current.end), text: tidy(current.text) });
        current = null;
      } else {
        const needsSpace = gap > size * 0.12 && !current.text.endsWith(' ') && !run.text.startsWith(' ');
        current.text += (needsSpace ? ' ' : '') + run.text;
        current.end = Math.max(current.end, run.x + run.width);
        current.last = run;
        continue;
      }
    }
    current = { x: run.x, end: run.x + run.width, text: run.text, last: run };
  }
  if (current) segments.push({ x: round(current.x), end: round(current.end), text: tidy(current.text) });
  return segments.filter((s) => s.text !== '');
}

/** Two starts within this many points stand in one column. */
const ALIGNED = 1.5;

/**
 * Word processors' tables set cells close: a figure and the next cell's words ("2.087,50 | ISEE con") may stand less than a
 * column gap apart, and would read as one cell. Where a row of a table (two segments or more) has a gap wider than any word
 * space, and the next word starts where a cell starts in two other table rows nearby (within twelve rows), or where the row
 * next to it has the same close gap, a cell starts there: the column shows in its alignment. Returns, by row index, the places to part the row at.
 */
function closeCellStarts(rows: { row: Row; segments: Segment[] }[]): Map<number, number[]> {
  const starts = rows.map(({ row, segments }) => {
    const runs = [...row.runs].sort((a, b) => a.x - b.x);
    const close: number[] = [];
    if (!runs.length) return { close, single: true, all: [] as number[] };
    let end = runs[0].x + runs[0].width;
    for (let k = 1; k < runs.length; k++) {
      const size = runs[k].size || row.size;
      const gap = runs[k].x - end;
      // A row read as one segment parts only at a gap of a full em or more (see below).
      if (gap > (segments.length < 2 ? WIDE_CELL_GAP : CELL_GAP) * size && gap <= Math.max(COLUMN_GAP * size, 12)) close.push(runs[k].x);
      end = Math.max(end, runs[k].x + runs[k].width);
    }
    return { close, single: segments.length < 2, all: segments.length < 2 ? [] : [...close, ...segments.slice(1).map((s) => s.x)] };
  });
  const cuts = new Map<number, number[]>();
  // A row read as one segment whose cells filled their columns ("Ai Sindaci dei Comuni di …, Novi" against "Al Direttore del
  // Distretto …" in a two-column grid of addressees): parted where two rows close by, above or below, start a cell there.
  starts.forEach(({ close, single }, i) => {
    if (!single || !close.length) return;
    const aligned = close.filter((x) => {
      let support = 0;
      for (let j = Math.max(0, i - 3); j <= Math.min(rows.length - 1, i + 3); j++) if (j !== i && starts[j].all.some((o) => Math.abs(o - x) <= ALIGNED)) support++;
      return support >= 2;
    });
    if (aligned.length) cuts.set(i, aligned);
  });
  starts.forEach(({ close, single }, i) => {
    if (single) return;
    const aligned = close.filter((x) => {
      let support = 0;
      for (let j = Math.max(0, i - 12); j <= Math.min(rows.length - 1, i + 12) && support < 2; j++) {
        if (j !== i && starts[j].all.some((o) => Math.abs(o - x) <= ALIGNED)) support++;
      }
      // Two rows alone (a table's last rows carried onto the next page): the row beside it has the same close gap.
      const twin = [i - 1, i + 1].some((j) => starts[j]?.close.some((o) => Math.abs(o - x) <= ALIGNED));
      return support >= 2 || twin;
    });
    if (aligned.length) cuts.set(i, aligned);
  });
  return cuts;
}

/**
 * Text drawn long after its neighbour on the row and in another size is another layer laid beside it:
 * a stamp that protocol software appended to the page ("ARRIVO Prot. …" in 8 pt against a 12 pt
 * letterhead) is no continuation of the word it touches.
 */
function overlaid(a: TextRun, b: TextRun): boolean {
  if (a.order === undefined || b.order === undefined || Math.abs(a.order - b.order) < 20) return false;
  const ratio = Math.max(a.size, b.size) / Math.max(0.1, Math.min(a.size, b.size));
  return ratio >= 1.25;
}

/** Reorders a page whose body is two columns split by a common gutter; null when it is not such a page. */
function twoColumnOrder<T extends { row: Row; segments: Segment[] }>(rows: T[], pageWidth: number): T[] | null {
  if (rows.length < 12) return null;
  const mid = pageWidth / 2;
  const split = rows.filter(
    (r) => r.segments.length === 2 && r.segments[0].x < mid * 0.6 && Math.abs(r.segments[1].x - mid) < pageWidth * 0.12,
  );
  if (split.length < rows.length * 0.6) return null;
  const gutter = Math.min(...split.map((r) => r.segments[1].x)) - 1;
  const sides = (r: T) => [r.segments.filter((s) => s.x < gutter), r.segments.filter((s) => s.x >= gutter)];
  // A bilingual page sets the same letter in two languages side by side (South Tyrol's German left, Italian right): the
  // Italian column is read first, as the letter its fields come from.
  const textOf = (side: 0 | 1) => rows.flatMap((r) => sides(r)[side].map((s) => s.text)).join(' ');
  const [onLeft, onRight] = [italianWords(textOf(0)), italianWords(textOf(1))];
  // Only when the left column is prose in another language: a sidebar of the letterhead's details is not.
  const rightFirst = onRight > 2 * onLeft + 5 && foreignWords(textOf(0)) >= 5;
  // A row across the gutter (a subject over both columns: "Betreff: …" / "Oggetto: …") ends the columns above it, which are
  // read before it.
  const out: T[] = [];
  let left: T[] = [];
  let right: T[] = [];
  const flush = () => {
    out.push(...(rightFirst ? [...right, ...left] : [...left, ...right]));
    left = [];
    right = [];
  };
  for (const r of rows) {
    if (r.segments.some((s) => s.x < gutter && s.end > gutter + 10)) {
      flush();
      out.push(r);
      continue;
    }
    const [l, rr] = sides(r);
    if (l.length) left.push({ ...r, segments: l });
    if (rr.length) right.push({ ...r, segments: rr });
  }
  flush();
  return out;
}

/** German and French function words in a text: the other column of a bilingual letter. */
function foreignWords(text: string): number {
  return text.toLowerCase().match(/(?<![\p{L}])(?:der|die|das|und|des|den|dem|im|zur|zum|von|mit|für|ist|wird|sind|les|du|et|pour|avec|aux|est)(?![\p{L}])/gu)?.length ?? 0;
}

/** Italian function words in a text: a column in another language has few or none. */
function italianWords(text: string): number {
  return text.toLowerCase().match(/(?<![\p{L}])(?:il|lo|gli|del|della|dello|dei|degli|delle|di|che|per|con|nel|nella|una|sono|alla|ai|al|alle|è)(?![\p{L}])/gu)?.length ?? 0;
}

function tidy(s: string): string {
  // A combining mark drawn as its own run follows its letter with no space between.
  return cleanText(s.replace(/ (?=\p{M})/gu, '')).replace(/[ \u00a0]+/g, ' ').trim();
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
