import { layoutLines, type TextRun } from '../../shared/read/layout-lines.ts';
import type { PageText } from '../../shared/read/page-text.ts';

const WIDTH = 595;
const HEIGHT = 842;

/**
 * Pages written as text, the way a letter looks: a blank line is a paragraph gap, a line starting
 * with ">" is set in the right-hand column (addressees), one with "»" flush right against the
 * margin, "a | b" puts b in a second column, and "a | b | c" sets a table row, its cells spread
 * evenly across the line ("a | | c" leaves the middle cell empty). A line starting with "@@" is set as an annotation's (a register's stamp in a /Stamp or
 * FreeText annotation), at the right; one starting with "# " in a letterhead's large type (16 pt, against 11).
 */
export function letterPages(...pages: string[]): PageText[] {
  return pages.map((page, i) => {
    const runs: TextRun[] = [];
    let y = HEIGHT - 60;
    for (const raw of page.replace(/^\n/, '').split('\n')) {
      if (!raw.trim()) {
        y -= 14;
        continue;
      }
      y -= 14;
      const annotation = raw.startsWith('@@');
      const right = raw.startsWith('>') || annotation;
      const flush = raw.startsWith('»');
      const size = raw.startsWith('# ') ? 16 : 11;
      // An empty cell is written " | | ": its column stays, with nothing in it.
      const cells = raw.replace(/^(?:[>»#]|@@)\s?/, '').replace(/ \|(?= \|)/g, ' | ').split(' | ');
      cells.forEach((cell, c) => {
        if (!cell.trim()) return;
        const width = cell.trim().length * 5.5;
        const x = flush ? 540 - width : right ? 300 : c === 0 ? 56 : cells.length === 2 ? 320 : 56 + c * Math.floor(480 / cells.length);
        runs.push({ text: cell.trim(), x, y, width, size, ...(annotation ? { origin: 'annotation' as const } : {}) });
      });
    }
    return { page: i + 1, width: WIDTH, height: HEIGHT, ocr: false, lines: layoutLines(runs, i + 1, WIDTH) };
  });
}
