/**
 * The pages' data tables in one shape: a scrolling `div.table-responsive` around `table.table`, a caption
 * (for screen readers only unless asked), column headings with `scope="col"`, and optionally a row header
 * with `scope="row"` in each row, so every table is announced the same way.
 */
import { h, type Attrs, type Child } from './dom.ts';

/** A cell's content, or a `<td>` already built when the cell needs attributes of its own (used as it is). */
export type Cell = Child | Child[];

/** A row's cells, or its cells with attributes of the row (the `data-codice` the tests and filters look for). */
export type Row = Cell[] | { attrs: Attrs; cells: Cell[] };

export interface DataTableOptions {
  id?: string;
  caption: Child | Child[];
  /** Classes of a caption that shows; without them it is `visually-hidden` (the heading above already says it). */
  captionClass?: string;
  /** Classes after `table`, such as `table-sm`. */
  class?: string;
  /** Column headings; an empty-looking one (a column of buttons) still needs visually hidden text. */
  headings: Child[];
  rows: Row[];
  /** The first cell of each row names the row (`<th scope="row">`), so screen readers say it before each cell. */
  rowHeader?: boolean;
  /** Shown in one row across all columns when there are no rows. */
  empty?: string;
  /** False for a table whose container already scrolls (the calendar's `.table-responsive` is in the page). */
  responsive?: boolean;
}

/**
 * `dataTable({ id, caption, headings, rows, rowHeader: true })` builds the whole table (wrapped in
 * `div.table-responsive` unless `responsive: false`); rows are arrays of cell contents.
 */
export function dataTable(o: DataTableOptions): HTMLElement {
  const cell = (c: Cell, header: boolean): HTMLTableCellElement =>
    c instanceof HTMLTableCellElement ? c : header ? h('th', { scope: 'row', class: 'fw-normal' }, c) : h('td', {}, c);
  const row = (r: Row): HTMLTableRowElement => {
    const { attrs, cells } = Array.isArray(r) ? { attrs: {}, cells: r } : r;
    return h('tr', attrs, cells.map((c, i) => cell(c, i === 0 && Boolean(o.rowHeader))));
  };
  const table = h(
    'table',
    { class: o.class ? `table ${o.class}` : 'table', id: o.id },
    h('caption', { class: o.captionClass ?? 'visually-hidden' }, o.caption),
    h('thead', {}, h('tr', {}, o.headings.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, o.rows.length || o.empty === undefined ? o.rows.map(row) : h('tr', {}, h('td', { colspan: o.headings.length }, o.empty))),
  );
  return o.responsive === false ? table : h('div', { class: 'table-responsive' }, table);
}
