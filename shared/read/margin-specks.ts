import type { TextRun } from './layout-lines.ts';

/** Rows needed before the page's left edge means anything. */
const MIN_ROWS = 8;
/** Specks in one column needed to call it the scan's edge, not a stray mark. */
const MIN_SPECKS = 3;
/** A table's first cell of one or two characters: a number ("12", "3,") or a currency sign. */
const TABLE_CELL = /^(?:\d{1,3}[.,)]?|[€$£])$/;
/** A list's marker ("1.", "a)", "b.") hangs left of its text by design: it is the document's, not the scanner's. */
const LIST_MARKER = /^(?:\d{1,2}|[a-z])[.)]$/i;

/**
 * An OCR'd page without the column of specks a scanner leaves along its edge: a bound spine, a punched hole or a
 * stamp's shadow read as one or two characters ("È", "©", "14", "=") in front of line after line, which would
 * otherwise open each line's text ("14 dell'economia e delle finanze 3 aprile 2013, n. 55" hides the decree).
 *
 * A speck is the first run of its row, of at most two characters (no word of three letters), ending left of where
 * the page's text starts (the tenth percentile of the rows' first words of three letters or more) by half a line
 * height or more; the page must show three or more of them, in one column (their left ends within a line height of
 * each other), mostly other than numbers and currency signs (a table's first column). Pages with fewer than eight rows
 * are left alone. Runs in page points (see TextRun); the order of the runs kept is the order given.
 */
export function withoutMarginSpecks(runs: TextRun[]): TextRun[] {
  const rows = rowsOf(runs);
  if (rows.length < MIN_ROWS) return runs;
  const starts = rows.flatMap((row) => {
    const word = row.find((r) => /\p{L}{3}/u.test(r.text));
    return word ? [word.x] : [];
  }).sort((a, b) => a - b);
  if (starts.length < MIN_ROWS) return runs;
  const left = starts[Math.floor(starts.length * 0.1)];
  const specks = rows.flatMap((row) => {
    const [first] = row;
    const text = first.text.trim();
    const speck = text.length <= 2 && !LIST_MARKER.test(text) && first.x + first.width <= left - first.size / 2;
    return speck ? [first] : [];
  });
  if (specks.length < MIN_SPECKS) return runs;
  // One column: most specks start near their median.
  const xs = specks.map((s) => s.x).sort((a, b) => a - b);
  const middle = xs[Math.floor(xs.length / 2)];
  const column = new Set(specks.filter((s) => Math.abs(s.x - middle) <= s.size));
  if (column.size < MIN_SPECKS) return runs;
  // A column of numbers or of currency signs is a table's (days, ranks, "€"), not the scanner's: specks are a mixed lot.
  // Not a streak read as the same digit line after line ("1", "1", "l", "1"): a table's numbers differ.
  const cells = [...column].map((s) => s.text.trim()).filter((t) => TABLE_CELL.test(t));
  const distinct = new Set(cells).size;
  const tabular = cells.length >= 0.6 * column.size && (distinct >= 3 || cells.every((t) => /^[€$£]$/.test(t)));
  return tabular ? runs : runs.filter((r) => !column.has(r));
}

/** Runs on one baseline (within half a line height), each row sorted left to right. */
function rowsOf(runs: TextRun[]): TextRun[][] {
  const rows: TextRun[][] = [];
  for (const run of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs(r[0].y - run.y) < run.size / 2);
    if (row) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}
