/**
 * Where on the page a value was read: the evidence's line found in the text object, and the line's
 * rectangle in PDF points from the page's top-left corner. No DOM here (unit-tested under Node).
 *
 * Tolerant on purpose of two readings of the text object:
 * - the evidence's `line` as the line's index within its page (what the reader writes today) or in the
 *   whole document (what web/API.md says); when the two disagree, the line whose words the evidence's
 *   snippet contains wins;
 * - `y` as the baseline measured from the page's top (API.md) or from its bottom (PDF user space, what
 *   the reader writes today): lines are in reading order, so y growing down the list means from the top.
 */
import type { PageText } from '../../shared/read/page-text.ts';

type Line = PageText['lines'][number];

export interface EvidenceRef {
  page: number;
  line: number;
  snippet: string;
}

export interface Box {
  x: number;
  top: number;
  width: number;
  height: number;
}

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);

/** How many of the line's words the snippet has (a line cut mid-word still shares the rest). */
function overlap(line: Line, snippet: string): number {
  const inSnippet = new Set(words(snippet));
  return words(line.text).filter((w) => inSnippet.has(w)).length;
}

export function findLine(pages: PageText[], ev: EvidenceRef): { line: Line; page: PageText } | null {
  const page = pages.find((p) => p.page === ev.page);
  if (!page) return null;
  const candidates: Line[] = [];
  const local = page.lines.find((l) => l.index === ev.line) ?? page.lines[ev.line];
  if (local) candidates.push(local);
  const global = pages.flatMap((p) => p.lines)[ev.line];
  if (global && global.page === ev.page && !candidates.includes(global)) candidates.push(global);
  if (!candidates.length) return null;
  const best = candidates.reduce((a, b) => (overlap(b, ev.snippet) > overlap(a, ev.snippet) ? b : a));
  return { line: best, page };
}

/** Whether the page's `y` values grow downwards (origin at the top). */
export function yFromTop(page: PageText): boolean {
  let down = 0;
  let up = 0;
  for (let i = 1; i < page.lines.length; i++) {
    const d = page.lines[i]!.y - page.lines[i - 1]!.y;
    if (d > 0) down += 1;
    else if (d < 0) up += 1;
  }
  return down >= up;
}

/**
 * The line's rectangle: from one font size above the baseline to 0.3 of it below, from its x to the
 * end of its last segment (else to the page's right edge).
 */
export function lineBox(line: Line, page: PageText): Box {
  const baseline = yFromTop(page) ? line.y : page.height - line.y;
  const end = line.segments?.length ? Math.max(...line.segments.map((s) => s.end)) : page.width;
  return { x: line.x, top: baseline - line.size, height: line.size * 1.3, width: Math.max(line.size, Math.min(end, page.width) - line.x) };
}
