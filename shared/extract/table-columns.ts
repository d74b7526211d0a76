import type { Line, Segment } from '../read/page-text.ts';
import { PARAGRAPH_GAP } from './layout-rules.ts';
import { PAGE_NUMBER } from './page-furniture.ts';

/** One column of a printed table: its header cell and, for each row below, the row's cell. */
export interface TableColumn {
  /** The table the column belongs to: columns of one table share it. */
  table: number;
  /** The header cell; empty when the table's header could not be told (it wraps, or there is none). */
  header: string;
  /** Each row's cell: its line, its text and its position among the line's segments. */
  cells: { line: Line; text: string; index: number }[];
}

const FIGURE_CELL = /^[\s\d.,%€()+-]*$/;
/** A heading's unit on a line of its own: "(€)", "(%)", "€". */
const UNIT_CELL = /^\s*\(?\s*(?:€|%)\s*\)?\s*$/;

/**
 * The columns of the tables on the pages: runs of consecutive lines with the same number of cells
 * (two or more, separated by column gaps), under a header line of the same shape whose cells are
 * words, not figures, when there is one.
 */
export function tableColumns(lines: Line[]): TableColumn[] {
  const columns: TableColumn[] = [];
  let table = 0;
  let i = 0;
  /** The last table read: a headless one that goes on under its columns after a row or two read otherwise takes its heading. */
  let previous: { header: string[]; row: Line; end: number } | null = null;
  while (i < lines.length) {
    const cells = lines[i].segments.length;
    let end = i + 1;
    /** The words of a row's first cell wrapped onto lines of their own under it ("Supervisione professionale" / "di gruppo"). */
    const wraps = new Map<Line, Line[]>();
    /** A page's footer and the next one's running head, between a table's rows across the page break: no rows. */
    const furniture = new Set<Line>();
    /** The heading row's words wrapped onto a line of their own: each joins the heading cell it stands under. */
    let headerWrap: Line | null = null;
    while (cells >= 2 && end < lines.length) {
      if (sameTable(lines[end - 1], lines[end], cells, end - 1 > i ? lines[end - 1].gapBefore : null)) {
        end++;
        continue;
      }
      const row = lines[end - 1];
      // A heading row whose cell wraps onto a line of its own ("Superficie esterna" / "(mq)"), under a cell past the first:
      // the rows follow it.
      if (end - 1 === i && headingWrap(row, lines[end]) && sameTable(row, lines[end + 1] ?? row, cells, null)) {
        headerWrap = lines[end];
        furniture.add(lines[end]);
        end += 2;
        continue;
      }
      let k = end;
      while (k < lines.length && k - end < wrapLimit(row, lines[k]) && wrapsCells(row, lines[k])) k++;
      const next = k < lines.length && sameTable(row, lines[k], cells, null) ? k : rowAfterPageBreak(lines, row, k, cells);
      if (next === null || (next === k && k === end)) break;
      if (k > end) wraps.set(row, lines.slice(end, k));
      for (let f = k; f < next; f++) furniture.add(lines[f]);
      end = next + 1;
    }
    if (cells >= 2 && end - i >= 2) {
      const first = lines[i].segments.map((s, c, all) =>
        [s.text, ...(headerWrap?.segments.filter((g) => g.x >= s.x - 6 && (c + 1 >= all.length || g.x < all[c + 1].x - 6)).map((g) => g.text) ?? [])].join(' ').trim(),
      );
      const hasHeader = first.every((h) => h && !FIGURE_CELL.test(h));
      // A header of more cells than its rows, whose narrow cells ran together when read ("12.02 31/12/2026" under
      // "Miss./Progr." and "Esigibilità"): each row cell is headed by the header cells above it.
      // A table that goes on under the last one's columns, a row or two between read with fewer cells (a word run into the next
      // cell: "Accompagnamento Comune di"), is the same table: its heading is the last one's.
      const above: string[] | null = hasHeader ? null : (wideHeader(lines, i) ?? (previous && goesOn(previous, lines[i], i) ? previous.header : null));
      const rows = lines.slice(hasHeader ? i + 1 : i, end).filter((l) => l.segments.length === cells && !furniture.has(l));
      // The last row's first cell may wrap too.
      const lastRow = lines[end - 1];
      const tail: Line[] = [];
      while (end + tail.length < lines.length && tail.length < wrapLimit(lastRow, lines[end + tail.length]) && wrapsCells(lastRow, lines[end + tail.length])) tail.push(lines[end + tail.length]);
      if (tail.length) {
        wraps.set(lastRow, tail);
        end += tail.length;
      }
      // Rows of fewer cells under the table, a label and figures standing under its columns ("Imponibile | 2.440,00",
      // "IVA 5% | 122,00", "Totale | 2.562,00"): the summary of an invoice or a budget, each figure in the column it aligns with.
      const summary: { line: Line; at: number[] }[] = [];
      for (let k = end; k < lines.length; k++) {
        const at = summaryRow(lines[k - 1], lines[k], rows[rows.length - 1], cells);
        // A summary row's label may wrap too ("IVA 5% (art. 1, c. 960, L." / "178/2020)").
        if (!at && summary.length && wrapsFirstCell(summary[summary.length - 1].line, lines[k])) continue;
        if (!at) break;
        summary.push({ line: lines[k], at });
        end = k + 1;
      }
      table++;
      for (let c = 0; c < cells; c++) {
        const cellsOf = rows.map((line) => ({ line, text: [line.segments[c].text, ...wrappedInto(line, wraps.get(line) ?? [], c)].join(' ').trim(), index: c }));
        for (const { line, at } of summary) {
          const k = at.indexOf(c);
          if (k >= 1) cellsOf.push({ line, text: line.segments[k].text.trim(), index: k });
        }
        columns.push({ table, header: hasHeader ? first[c] : (above?.[c] ?? ''), cells: cellsOf });
      }
      const header: string[] | null = hasHeader ? first : above;
      previous = header ? { header, row: rows[rows.length - 1] ?? lines[end - 1], end } : null;
    }
    i = end;
  }
  return columns;
}

/** At most this many lines between a table and the headless one that goes on under its columns. */
const BROKEN_ROW_LINES = 4;

/**
 * Whether the headless table starting with `row` at `at` goes on under the columns of the table read last: as many cells,
 * each starting or ending where the last row's does, with at most BROKEN_ROW_LINES lines between, on its page or the next.
 */
function goesOn(previous: { header: string[]; row: Line; end: number }, row: Line, at: number): boolean {
  const last = previous.row;
  if (at - previous.end > BROKEN_ROW_LINES || row.segments.length !== last.segments.length || previous.header.length !== last.segments.length) return false;
  if (row.page !== last.page && row.page !== last.page + 1) return false;
  return row.segments.every((s, c) => Math.abs(s.x - last.segments[c].x) <= 6 || Math.abs(s.end - last.segments[c].end) <= 6);
}

/**
 * A table broken by the page with the page's furniture in between (a footer, a page number, a running head): the index of
 * its next row, the first line of the next page's top that has the table's cells, each starting or ending where the
 * last row's does; null when there is none. At most three lines are passed over on either side of the break, the first
 * of them set apart from the row.
 */
function rowAfterPageBreak(lines: Line[], row: Line, from: number, cells: number): number | null {
  let k = from;
  // A footer stands apart at the page's foot; a line close under the row is the text going on, unless it numbers the page
  // ("Pagina 2 di 3" printed right under a table that fills the page).
  if (k < lines.length && lines[k].page === row.page && lines[k].gapBefore < PARAGRAPH_GAP && !PAGE_NUMBER.test(lines[k].text)) return null;
  while (k < lines.length && lines[k].page === row.page && k - from < 3) k++;
  if (k >= lines.length || lines[k].page !== row.page + 1) return null;
  const top = k;
  while (k < lines.length && lines[k].page === row.page + 1 && k - top < 3 && lines[k].segments.length !== cells) k++;
  const next = lines[k];
  if (!next || next.page !== row.page + 1 || next.segments.length !== cells) return null;
  // A row of words heads another table there ("Plesso | Superficie (mq)"), unless a line above it already left off.
  if (next.segments.every((s) => !FIGURE_CELL.test(s.text) && !/\d/.test(s.text))) return null;
  const aligned = next.segments.every((s, c) => Math.abs(s.x - row.segments[c].x) <= 8 || Math.abs(s.end - row.segments[c].end) <= 8);
  return aligned ? k : null;
}

/** A heading row of words only, and the line under it a single short cell under one of its cells past the first. */
function headingWrap(head: Line, line: Line | undefined): boolean {
  // One cell's words or several ("Fascia ISEE –" / "punteggio UVM", "Contributo mensile" / "(€)"), each under a heading cell past the first.
  // A unit in brackets ("(€)", "(%)") is a heading's word, not a figure.
  if (!line || line.page !== head.page || line.segments.length >= head.segments.length || line.segments.some((g) => g.text.length > 30 || (FIGURE_CELL.test(g.text) && !UNIT_CELL.test(g.text)))) return false;
  if (head.segments.some((s) => FIGURE_CELL.test(s.text) || /\d{3,}/.test(s.text))) return false;
  return line.segments.every((g) => head.segments.slice(1).some((s) => g.x >= s.x - 6 && g.end <= s.end + 30));
}


/** A line of a row's first cell wrapped under it: one segment, where the cell starts, close below. */
/**
 * How many lines a row's first cell may wrap onto: three, or six under a numbered cell's name ("5 Pala da neve in" /
 * "polipropilene con" / "manico in" / "alluminio"), set past the number where no paragraph starts.
 */
function wrapLimit(row: Line, line: Line): number {
  return line.segments[0] && line.segments[0].x - row.segments[0].x > 6 ? 6 : 3;
}

// A cell that opens on the row's number ("9 Empolese" / "Valdarno") wraps under its name, past the number.
function wrapsFirstCell(row: Line, line: Line): boolean {
  const cell = row.segments[0];
  const number = /^\s*\d{1,3}[.)]?\s+(?=\p{L})/u.exec(cell.text);
  const past = number ? ((cell.end - cell.x) * number[0].length) / Math.max(1, cell.text.length) : 0;
  const offset = line.segments[0]?.x - cell.x;
  return line.page === row.page && line.segments.length === 1 && offset >= -6 && offset <= 6 + 1.5 * past && line.gapBefore < Math.max(PARAGRAPH_GAP, ROW_PADDING) && !FIGURE_CELL.test(line.text);
}

/**
 * A line of wrapped cells under a row: the first cell's words (see wrapsFirstCell), or words of cells past the first, each
 * set where its cell starts and fewer than the row's cells ("11 CAF-26-033 | Castions di | 3 | 295,50" / "Strada").
 */
function wrapsCells(row: Line, line: Line): boolean {
  if (wrapsFirstCell(row, line)) return true;
  if (line.page !== row.page || line.gapBefore >= Math.max(PARAGRAPH_GAP, ROW_PADDING) || line.segments.length >= row.segments.length) return false;
  return line.segments.every((s) => !FIGURE_CELL.test(s.text) && row.segments.some((cell, c) => c > 0 && Math.abs(s.x - cell.x) <= 6));
}

/** The words of a row's cell `c` wrapped onto the lines under it: a segment goes with the cell it starts under (the first, if none). */
function wrappedInto(row: Line, wrapped: Line[], c: number): string[] {
  return wrapped.flatMap((w) =>
    w.segments.filter((s) => {
      const at = row.segments.findIndex((cell, k) => k > 0 && Math.abs(s.x - cell.x) <= 6);
      return (at === -1 ? 0 : at) === c;
    }).map((s) => s.text),
  );
}

/**
 * A summary row under a table (fewer cells than its rows): its label first, then figures each right-aligned with a column
 * of the table's last row. Returns, for each of its cells, the column it stands in (the label in the first), or null.
 * A label's words wrapped onto a line of their own are no row.
 */
function summaryRow(prev: Line, line: Line, last: Line | undefined, cells: number): number[] | null {
  if (!last || line.page !== prev.page || line.gapBefore >= Math.max(PARAGRAPH_GAP, ROW_PADDING)) return null;
  if (line.segments.length < 2 || line.segments.length >= cells || FIGURE_CELL.test(line.segments[0].text)) return null;
  const figures = line.segments.slice(1);
  if (!figures.every((seg) => FIGURE_CELL.test(seg.text))) return null;
  const at = [0, ...figures.map((seg) => last.segments.findIndex((col, k) => k >= 1 && Math.abs(col.end - seg.end) <= 6))];
  if (at.every((c, k) => k === 0 || c >= 1)) return at;
  // A total row ("Totale | 1.728.750") merges its leading cells: its figures fill the last columns, however they align.
  return /^\s*totale\b/i.test(line.segments[0].text) ? [0, ...figures.map((_, k) => cells - figures.length + k)] : null;
}

/**
 * The headers of a table's columns from the lines right above its first row (one to three, set close together, of two cells
 * or more, every cell a word or a year, not a figure) when the first row itself is no header: for each cell of the row, the header cells over it,
 * joined. A header cell heads the row cell it overlaps most or, overlapping none, the nearest one; a row cell left without
 * one takes its nearest header cell too, two headers run together when read ("Integrazione per studente Totale (euro)"
 * over "600,00" and "247.200,00"). Null when there is no such line, when the header has fewer cells than the row on every line and run
 * together nowhere, or when a row cell would be left without a header.
 */
const YEARS = /^\s*(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?\s*$/;
function wideHeader(lines: Line[], first: number): string[] | null {
  const row = lines[first];
  const header: Line[] = [];
  for (let k = first - 1; k >= 0 && header.length < 3; k--) {
    const below = lines[k + 1];
    const line = lines[k];
    // A heading whose cells wrap to different depths may leave one cell alone on a line between two of several ("Pro die pro |
    // 01/11–31/12/2026" / "Anno 2027 (€)" / "capite (€) | (€)"): it is a line of the heading all the same.
    const alone = line.segments.length === 1 && header.length > 0 && k > 0 && lines[k - 1].page === row.page && lines[k - 1].segments.length >= 2 && line.gapBefore < PARAGRAPH_GAP;
    if (line.page !== row.page || below.gapBefore >= Math.max(PARAGRAPH_GAP, ROW_PADDING) || (line.segments.length < 2 && !alone)) break;
    // A header names years, not figures: "Studenti idonei a.a." / "2025/26"; a unit alone ("(€)", a cell's wrapped line) too.
    if (!line.segments.every((h) => h.text.trim() && (!FIGURE_CELL.test(h.text) || !/\d/.test(h.text) || YEARS.test(h.text)))) break;
    header.unshift(line);
  }
  if (!header.length) return null;
  const cells = header.flatMap((l) => l.segments);
  const gap = (h: { x: number; end: number }, c: { x: number; end: number }) => Math.max(c.x - h.end, h.x - c.end);
  const heads: string[][] = row.segments.map(() => []);
  const column = new Map<object, number>();
  // Two headers run together over the columns they head ("Ambito Territoriale Sociale Popolazione residente" over the names
  // and the populations): the columns it overlaps are its own, and the next header ("Quota %") heads a column further on.
  let runTogether = false;
  const claimed = new Set<number>();
  for (const h of header[0].segments) {
    const over = row.segments.flatMap((c, k) => (gap(h, c) < 0 ? [k] : []));
    if (over.length < 2) continue;
    for (const k of over) heads[k].push(h.text.trim()), claimed.add(k);
    column.set(h, over[0]);
    runTogether = true;
  }
  const all = row.segments.map((_, k) => k);
  const open = claimed.size < all.length ? all.filter((k) => !claimed.has(k)) : all;
  for (const [n, line] of header.entries()) {
    // A header cell's wrapped words ("Studenti idonei a.a." / "2025/26") go with the cell above them.
    const rest: Segment[] = [];
    for (const h of line.segments) {
      if (column.has(h)) continue;
      const above = n > 0 ? header[n - 1].segments.find((a) => gap(a, h) < 0 && column.has(a)) : undefined;
      if (above) {
        column.set(h, column.get(above)!);
        heads[column.get(above)!].push(h.text.trim());
      } else rest.push(h);
    }
    // Each header cell its nearest column, closest pairs first, one column each ("Utenti 2025" heads the counts beside the
    // names, not the names its neighbour "Area di intervento" heads); a header cell left over shares its nearest column.
    // A figure set flush right under a header cell set flush left ("Mesi" over "3") stands within the header's column, from
    // its start to the next header cell's: as close as a cell it overlaps.
    const span = (h: Segment, c: Segment) => {
      const next = line.segments[line.segments.indexOf(h) + 1];
      return c.x >= h.x - 6 && c.end <= (next ? next.x : h.end + 60) && FIGURE_CELL.test(c.text) ? Math.min(0, gap(h, c)) : gap(h, c);
    };
    const pairs = rest.flatMap((h) => open.map((k) => ({ h, k, d: span(h, row.segments[k]) }))).sort((a, b) => a.d - b.d);
    const taken = new Set<number>();
    // A pair too far apart is none: that header cell is left over (a position's "N." left of the rows' first cell).
    const far = claimed.size ? 90 : 30;
    for (const { h, k, d } of pairs) {
      if (column.has(h) || taken.has(k) || d > far) continue;
      column.set(h, k);
      taken.add(k);
    }
    for (const h of rest) {
      const best = column.get(h) ?? open.reduce((b, k) => (gap(h, row.segments[k]) < gap(h, row.segments[b]) ? k : b), open[0]);
      // A header cell far from every row cell heads a column the rows leave blank: the columns cannot be told.
      // Not the first header cell, left of the rows' first cell: a position's number set under it ("Pos." over "1 Sale antigelo").
      // Past a run-together header, the next header may stand left of the figures it heads, set flush right under it.
      if (span(h, row.segments[best]) > far && !(best === 0 && h.end <= row.segments[0].x)) return null;
      column.set(h, best);
      heads[best].push(h.text.trim());
    }
  }
  // A row cell no header cell is nearest to takes the nearest one all the same: two headers ran together when read.
  row.segments.forEach((c, k) => {
    if (heads[k].length) return;
    const nearest = cells.reduce((b, h) => (gap(h, c) < gap(b, c) ? h : b));
    if (gap(nearest, c) > 30) return;
    heads[k].push(nearest.text.trim());
    runTogether = true;
  });
  if (!runTogether && header.every((l) => l.segments.length <= row.segments.length)) return null;
  return heads.every((h) => h.length) ? heads.map((h) => h.join(' ')) : null;
}

/**
 * The next line continues the table: same cells, and no blank line before it (or a page break);
 * ruled tables pad their rows, so a row may stand as far from the one above as the rows before it do.
 */
function sameTable(prev: Line, line: Line, cells: number, rowGap: number | null): boolean {
  if (line.segments.length !== cells) return false;
  // A table broken by the page goes on with its rows at the top of the next one.
  if (line.page === prev.page + 1) return true;
  if (line.page !== prev.page) return false;
  return line.gapBefore < Math.max(PARAGRAPH_GAP, ROW_PADDING) || (rowGap !== null && line.gapBefore <= rowGap + 0.25);
}

/** Padding of a ruled table's rows, in font sizes: less than a blank line. */
const ROW_PADDING = 0.9;
