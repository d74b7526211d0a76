import type { Line } from '../read/page-text.ts';
import { fold } from './source-text.ts';

/**
 * The lines that repeat at the top or the foot of several pages, by identity (numbers do not count, so "pag. 1/2" and
 * "pag. 2/2" are one line): a running header or footer. From each end of a page inward, up to four lines, as long as each
 * repeats on another page (the two outermost lines each on its own, deeper ones only with the office's details): a footer of
 * a page number and two address lines is furniture, a body line or a signature above it is not.
 */
export function pageFurniture(lines: Line[]): Set<Line> {
  const byPage = new Map<number, Line[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  // A stamp's annotation or a margin's vertical line, which reading puts after the page's text, is not at its foot.
  const flow = (page: Line[]) => page.filter((l) => !l.origins?.some((o) => o === 'annotation' || o === 'vertical'));
  // A page's number and a browser's print of the page's address at its foot ("1/2", "https://webmail…/INBOX/48213") are
  // furniture on a page alone too: a printed PEC's message before the note it carries is a document of one page.
  const foot = new Set<Line>();
  for (const page of byPage.values()) {
    for (const l of flow(page).slice(-2).reverse()) {
      if (!PAGE_NUMBER.test(l.text) && !PRINTED_ADDRESS.test(l.text)) break;
      foot.add(l);
    }
  }
  if (byPage.size < 2) return foot;
  const key = (l: Line) => fold(l.text).toLowerCase().replace(/\d+/g, '#');
  const ends = [...byPage.values()].map(flow).map((page) => ({ top: page.slice(0, REACH), foot: page.slice(-REACH).reverse() }));
  // The two outermost lines of either end match each other; deeper lines match lines at the same end.
  const tally = (runs: Line[][]) => {
    const pages = new Map<string, Set<number>>();
    for (const l of runs.flat()) pages.set(key(l), (pages.get(key(l)) ?? new Set()).add(l.page));
    return (l: Line) => (pages.get(key(l))?.size ?? 0) >= 2;
  };
  const outer = tally(ends.flatMap(({ top, foot }) => [top.slice(0, 2), foot.slice(0, 2)]));
  const deepTop = tally(ends.map(({ top }) => top));
  const deepFoot = tally(ends.map(({ foot }) => foot));
  const out = new Set<Line>(foot);
  for (const { top, foot } of ends) {
    for (const [run, deep] of [[top, deepTop], [foot, deepFoot]] as const) {
      run.forEach((l, i) => {
        // Deeper in, only a line of the office's details (a number, an address, a contact): not a signature repeated on each page.
        if (i < 2 ? outer(l) : deep(l) && /\d|@|\bwww\.|\b(?:via|piazza|tel|pec|fax)\b/i.test(l.text) && run.slice(0, i).every((o) => out.has(o))) out.add(l);
      });
    }
  }
  return out;
}

/** A page's number printed alone: "Pagina 2 di 3", "pag. 2/3", "1/2", "- 2 -". */
export const PAGE_NUMBER = /^\s*(?:(?:pagina|pag\.?|p\.)\s*\d+\s*(?:(?:di|\/)\s*\d+)?|\d+\s*(?:di|\/)\s*\d+|[-–]\s*\d+\s*[-–])\s*$/i;
/** A web address alone on its line, as a browser prints the page's at its foot. */
const PRINTED_ADDRESS = /^\s*https?:\/\/\S+\s*$/i;

/** How many lines from each end of a page a running header or footer may take. */
const REACH = 4;
