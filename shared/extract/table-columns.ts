import type { Line } from '../read/page-text.ts';
import { PARAGRAPH_GAP } from './layout-rules.ts';

/** One column of a printed table: its header cell and, for each row below, the row's cell. */
export interface TableColumn {
  header: string;
  /** Each row's cell: its line, its text and its position among the line's segments. */
  cells: { line: Line; text: string; index: number }[];
}

const FIGURE_CELL = /^[\s\d.,%€()+-]*$/;

/**
 * The columns of the tables on the pages: runs of consecutive lines with the same number of cells
 * (two or more, separated by column gaps), under a header line of the same shape whose cells are
 * words, not figures. A table whose header cannot be told (a slide's loose grid) yields nothing.
 */
export function tableColumns(lines: Line[]): TableColumn[] {
  const columns: TableColumn[] = [];
  let i = 0;
  while (i < lines.length) {
    const cells = lines[i].segments.length;
    let end = i + 1;
    while (cells >= 2 && end < lines.length && sameTable(lines[end - 1], lines[end], cells, end - 1 > i ? lines[end - 1].gapBefore : null)) end++;
    const header = lines[i].segments.map((s) => s.text.trim());
    if (end - i >= 2 && header.every((h) => h && !FIGURE_CELL.test(h))) {
      const rows = lines.slice(i + 1, end);
      // A total row merges its leading cells ("Totale" across the first columns): its figures align right.
      const total = lines[end];
      const withTotal = total && total.page === lines[i].page && /^\s*totale\b/iu.test(total.text) && total.segments.length >= 2 && total.segments.length < cells;
      if (withTotal) end++;
      header.forEach((h, c) => {
        const cellsOf = rows.map((line) => ({ line, text: line.segments[c].text.trim(), index: c }));
        const shift = withTotal ? c - (cells - total.segments.length) : -1;
        if (shift >= 1) cellsOf.push({ line: total, text: total.segments[shift].text.trim(), index: shift });
        columns.push({ header: h, cells: cellsOf });
      });
    }
    i = end;
  }
  return columns;
}

/**
 * The next line continues the table: same page, same cells, and no blank line before it; ruled
 * tables pad their rows, so a row may stand as far from the one above as the rows before it do.
 */
function sameTable(prev: Line, line: Line, cells: number, rowGap: number | null): boolean {
  if (line.page !== prev.page || line.segments.length !== cells) return false;
  return line.gapBefore < Math.max(PARAGRAPH_GAP, ROW_PADDING) || (rowGap !== null && line.gapBefore <= rowGap + 0.25);
}

/** Padding of a ruled table's rows, in font sizes: less than a blank line. */
const ROW_PADDING = 0.9;
