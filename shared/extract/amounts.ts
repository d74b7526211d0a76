import type { Line, Segment } from '../read/page-text.ts';
import type { Found, SourceText } from './source-text.ts';
import { evidenceOf } from './source-text.ts';
import type { TableColumn } from './table-columns.ts';
import { PARAGRAPH_GAP } from './layout-rules.ts';

// Thousands may be spaced as some typists and the SI write them, with cents: "Euro 12 500,00" (without cents "€ 12 500"
// could be a figure and a count).
const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+,\d{2}(?!\d)|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?`;
/** The words that scale a figure ("40 mila", "1 milione", "2 mld"); their factors in SCALE_FACTOR. */
const SCALE_WORD = String.raw`mila|milioni|milione|mln|miliardi|miliardo|mld|mln\.|k`;
const SCALE = String.raw`(?:\s*(?<scale>${SCALE_WORD})\b)?`;
// The sign and its figure may be split by a line break, never by a column gap (a tab): "7.312 | € 18.280,00"
// is a count beside an amount.
/** "€ 40 mila", "euro 1.234,56", "EUR 500". */
// OCR may read the sign twice as two glyphs ("€£4.812.377,19"): a second currency sign after it is the same sign.
const BEFORE = new RegExp(String.raw`(?:€|\beuro\b|\beur\b)[£$]?[^\S\t]*(?<n>${NUMBER})${SCALE}`, 'gi');
/** "1.234.567,89 euro", "40 mila euro", "5 milioni di euro", "300,00 €". */
// "di" only after a scale ("2 milioni di euro"): "la quota 2026 di € 37,60" names a year before the amount. Nor a currency that
// opens the next figure: "esercizio 2026 € 8.429,40" is the year's amount, not 2026 euros.
const AFTER = new RegExp(String.raw`(?<![\d.,/])(?<n>${NUMBER})(?:\s*(?<scale>${SCALE_WORD})\b[^\S\t]*(?:di\s+)?|[^\S\t]*)(?:€|euro\b|eur\b)(?![^\S\n]*\d)`, 'gi');
/** A share named right after a sum: ", di cui 3,5 milioni …" (not a percentage, nor a count: "di cui 40 posti"). */
const SHARE_OF = new RegExp(String.raw`^[^.;\n]{0,20}?\bdi\s+cui\s+(?:€\s*)?(?<n>${NUMBER})(?:\s*(?<scale>${SCALE_WORD})\b)?(?!\s*(?:%|per\s*cento|[,.]\d))(?=\s*(?:€|euro\b|eur\b)|(?:\s*(?:${SCALE_WORD})\b)|\s+(?:riservat|destinat|assegnat|vincolat|finalizzat|per\b|a\s+favore|da\s+destinare|relativ|quale|come))`, 'i');
const RANGE = new RegExp(String.raw`\b(?:da|tra)[^\S\t]+(?<from>${NUMBER})[^\S\t]+(?:a|e)[^\S\t]+(?:${NUMBER})(?:[^\S\t]*(?<scale>mila|milioni|milione|mln|miliardi|miliardo|mld)\b)?[^\S\t]*(?:di[^\S\t]+)?(?:€|euro\b)`, 'gi');
/** A figure written with thousands separators or cents, as tables of money print them. */
const TABLE_FIGURE = /(?<![\d.,/])(\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d+,\d{2})(?![\d.,/%])/g;
/** The same, to test a line once (no global state). */
const ANY_FIGURE = new RegExp(TABLE_FIGURE.source);
/** A column headed by a count, a share or a period holds no money, whatever the page speaks of. */
const NOT_MONEY_HEADER = /\b(?:popolazione|abitanti|residenti|utenti|beneficiari|nuclei|famiglie|minori|anziani|persone|posti|ore|giorni|mesi|anni|numero|n\.|codice|cap|percentuale|quota\s*%|(?:accessi|presenze|giornate|pasti|visite|domande|pratiche|casi|iscritti|alunni|assistiti|operatori)\b)|%/i;
const MONEY_HEADER = /€|\beuro\b|\bimport[oi]\b|\bassegnazion|\bstanziament|\bfinanziament|\bcontribut|\brisorse\b|\bbudget\b|\bspes[ae]\b|\bcost[oi]\b|\bimponibile\b|\bcorrispettiv|\bcanone\b|\bprezz[oi]\b|\btariff[ae]\b|\brett[ae]\b|\bvoucher\b|\bbuon[oi]\b|\bassegn[oi]\b|\brimbors|\bindennit|\bcompens[oi]\b/i;
const TOTAL_HEADER = /^\s*totale\b/i;
/** Value added tax: a money column, though its header prints the rate ("IVA 22%"). */
const VAT_HEADER = /^\s*i\.?v\.?a\.?\b/i;
/** A cell that is one figure of money: "750.000,00", "€ 18.280,00", "298.750". */
const MONEY_CELL = /^\s*(?:[+\-−]\s*)?(?:€\s*)?(\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d+,\d{2})(?:\s*€)?\s*$/;
/** A cell that is one figure in cents of at least a thousand: "9.360,00", "1234,50". */
const CENTS_CELL = /^\s*(?:[+\-−]\s*)?(?:€\s*)?(\d{1,3}(?:\.\d{3})+,\d{2}|\d{4,},\d{2})(?:\s*€)?\s*$/;
/**
 * A figure in cents of at least a thousand, then the next cell's short entry run into it when the page was read: an
 * impegno's number ("178.446,00 2026/1894"), a code, or the dash of an empty cell ("58.920,00 –").
 */
const RUN_OUT_OF_CENTS = /^\s*(?:€\s*)?(\d{1,3}(?:\.\d{3})+,\d{2}|\d{4,},\d{2})(?:\s*€)?\s+(?:[-–—]|\d+(?:\/\d+)?)\s*$/;
/** Words, then a figure in cents of at least a thousand that ends the cell: the row's amount after its description. */
const RUN_INTO_CENTS = /^\p{L}[\p{L}'’ ]{8,}\s(\d{1,3}(?:\.\d{3})+,\d{2}|\d{4,},\d{2})\s*$/u;
/** A word right after a figure, in the same cell: what the figure counts (not a currency, read apart). */
// A preposition or a conjunction after the figure counts nothing: "di cui 180.000 per la gestione".
const COUNTED = /^[^\S\t]+(?!(?:euro|eur|mila|milioni|miliardi|mln|mld|per|con|che|come|tra|fra|nel|nella|nei|nelle|del|della|dei|delle|degli|dal|dalla|dai|alla|alle|agli|sul|sulla|sui|circa|oltre|entro|più|meno)(?![\p{L}]))\p{L}{3,}/iu;
/** A line opening on what a figure counts: "abitanti e di 20.000 euro …" (not a table's next row, "quota a carico …", nor a verb). */
const COUNTED_NOUN = /^\s*(?:abitanti|residenti|utenti|persone|famiglie|nuclei|minori|anziani|alunni|studenti|beneficiari|posti|ore|giorni|domande|progetti|operatori|pratiche|accessi|pasti|prestazioni|interventi|unit[àa]|ettari|metri|mq|km|kg|copie|pagine|casi)(?![\p{L}])/iu;
const IN_CENTS = /\d,\d{2}(?!\d)/;
/** A table row's label that names people or things counted: "Persone ascoltate", "Pasti distribuiti", "N. domande", "di cui …". */
// Things only counted ("Pernottamenti", "Pasti …"); the areas of a share-out ("Famiglie e minori", "Persone con disabilità",
// "Prestazioni di servizi") only with a word of counting after them ("Persone ascoltate", "Nuclei accolti"); "N." before a noun.
const COUNT_ROW = /^\s*(?:(?:n\.|nr\.|numero)\s*(?:di\s+)?\p{L}|(?:pernottament|accessi|colloqui|presenze|pasti|ospiti|casi|abitanti|residenti|alunni|studenti|domande|richieste|pratiche|segnalazioni)\p{L}*(?!\p{L})|(?:persone|famiglie|minori|anziani|nuclei|utenti|beneficiari|interventi|prestazioni|posti)\s+(?:\p{L}+\s+)?(?:ascoltat|accolt|distribuit|presentat|erogat|assistit|servit|inserit|ospitat|seguit|pres[ei]\s+in\s+carico|raggiunt|coinvolt|attivat|registrat)\p{L}*)/iu;
/** A row of a share under a count ("di cui senza dimora" under "Persone ascoltate"). */
const SHARE_ROW = /^\s*di\s+cui\b/i;
/** A figure to four or five decimals, the last ones zeros: "4.065,00000" → 4.065,00. */
// Five decimals exactly, ten euros at least, no unit or rate after it: not a coefficient ("0,80000"), a rate ("3,25000%"),
// a quantity ("2.500,0000 litri") or an area ("ha 1,2500").
const ERP_PRICE = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+),(\d{2})000(?![\d.,])(?!\s*(?:%|per\s*cento|litri|lt\b|l\b|kg|mq|m2|ha\b|km|kwh|ore\b))/gi;
/** A thousands figure in cents among a cell's words: "178.446,00 2026/1894". */
const RUN_IN_AMOUNT = /(?:^|\s)\d{1,3}(?:\.\d{3})+,\d{2}(?:\s|$)/;
const MONEY_CONTEXT = /€|\beuro\b|\bimport[oi]\b|\brisorse\b|\bstanziament|\bfinanziament|\bfondo\b|\bbudget\b|\bquota\b|\bcontribut/i;

/**
 * Every euro amount as a number of euros: figures labelled with € or "euro" anywhere, and the
 * unlabelled figures of a table whose page speaks of money.
 */
export function extractAmounts(source: SourceText): Found<number>[] {
  const out = new Map<number, Found<number>>();
  const add = (value: number | null, at: number, len: number) => {
    if (value === null || !(value > 0) || out.has(value)) return;
    out.set(value, { value, evidence: source.evidenceAt(at, len) });
  };
  /** A table's figure, cited by its line. */
  const addFromLine = (figure: string | undefined, line: Line) => {
    const value = figure === undefined ? null : toEuros(figure, undefined);
    if (value !== null && value > 0 && !out.has(value)) out.set(value, { value, evidence: evidenceOf(line) });
  };
  for (const re of [BEFORE, AFTER]) {
    for (const m of source.text.matchAll(re)) {
      add(toEuros(m.groups!.n, m.groups!.scale), m.index!, m[0].length);
      // "62 milioni di euro, di cui 3,5 milioni riservati …": the share is in the currency of the sum it is part of.
      const at = m.index! + m[0].length;
      const share = SHARE_OF.exec(source.text.slice(at, at + 80));
      if (share) add(toEuros(share.groups!.n, share.groups!.scale), at + share.index, share[0].length);
    }
  }
  // "da 300 a 580 euro", "tra 5 e 10 milioni di euro": the currency written once covers both ends.
  for (const m of source.text.matchAll(RANGE)) add(toEuros(m.groups!.from, m.groups!.scale), m.index!, m[0].length);
  // Table columns: a money column's figures are euros even alone in their row; a column that counts
  // people, shares or periods holds none, and neither does a column of whole numbers beside one in cents.
  const columns = source.tables;
  const notMoney = new Map<Line, Set<number>>();
  const parts = new Set(columns.filter(isMoneyColumn).flatMap((total) => partsOf(total, columns)));
  for (const column of columns) {
    if (isMoneyColumn(column) || parts.has(column)) {
      for (const cell of column.cells) addFromLine(MONEY_CELL.exec(cell.text)?.[1], cell.line);
    } else if (NOT_MONEY_HEADER.test(column.header) || countsBesideCents(column, columns) || namedCounts(column, source.lines)) {
      // A count, a code or a period has no cents: a thousands figure in cents in such a cell is the amount of the
      // column beside it, run into it when the page was read ("178.446,00 2026/1894" under "Impegno n.").
      for (const { line, index, text } of column.cells) if (!RUN_IN_AMOUNT.test(text)) notMoney.set(line, (notMoney.get(line) ?? new Set()).add(index));
    }
  }
  const moneyPages = moneyPagesOf(source.lines);
  // A money table carried over onto a page that names no money: its rows there keep their figures in the same columns.
  for (const page of carriedOver(source.lines, moneyPages)) moneyPages.add(page);
  // A table broken by the page speaks of money on the next page too: its rows there go on under the same caption.
  for (const column of columns) {
    const pages = new Set(column.cells.map((c) => c.line.page));
    if ([...pages].some((p) => moneyPages.has(p))) for (const p of pages) moneyPages.add(p);
  }
  // A figure in cents alone in its cell, on a page that speaks of money: a table's amount, even one
  // to a row ("Soglia ISEE … | 9.360,00") or wrapped onto a line of its own.
  for (const line of source.lines) {
    if (!moneyPages.has(line.page)) continue;
    line.segments.forEach((seg, c) => {
      if (!notMoney.get(line)?.has(c)) addFromLine(CENTS_CELL.exec(seg.text)?.[1] ?? RUN_OUT_OF_CENTS.exec(seg.text)?.[1], line);
    });
    // A table row whose description ran into its amount, read as one cell: "Rampa di accesso 9.870,50".
    const last = line.segments[line.segments.length - 1];
    if (last && !notMoney.get(line)?.has(line.segments.length - 1)) addFromLine(RUN_INTO_CENTS.exec(last.text)?.[1], line);
  }
  // A price as order software prints it, to four or five decimals ("4.065,00000", "60,00000"): money on a page about money,
  // whatever its size; a quantity to three decimals ("2,000") is not one.
  for (const line of source.lines) {
    if (!moneyPages.has(line.page)) continue;
    for (const m of line.text.matchAll(ERP_PRICE)) if ((toEuros(`${m[1]},${m[2]}`, undefined) ?? 0) >= 10) addFromLine(`${m[1]},${m[2]}`, line);
  }
  const rows = tableRows(source.lines, moneyPages);
  // Each row's place among the lines, to read the heading above it.
  const position = new Map(rows.length ? source.lines.map((l, i) => [l, i] as const) : []);
  // Under a money heading ("Imponibile", "IVA 22%", "Totale"), a figure in cents below a thousand is money too
  // ("792,00"): the heading is read above the figure's own cell, so a share's column ("Quota 37,66") is not.
  for (const line of rows) {
    const heading = headingAbove(source.lines, position.get(line)!);
    if (!heading) continue;
    line.segments.forEach((seg, c) => {
      const figure = /^\s*(\d{1,3},\d{2})\s*$/.exec(seg.text)?.[1];
      if (!figure || notMoney.get(line)?.has(c)) return;
      // The heading cell over the figure, or the one whose column (from its start to the next cell's) holds it: a figure set
      // flush right under a heading set flush left ("Importo €" over "165,00").
      const head = headingCellOver(heading.segments, seg);
      // The figure is in cents, so "Totale" over it adds up money.
      if (isMoneyHeading(head) || TOTAL_HEADER.test(head)) addFromLine(figure, line);
    });
  }
  // A price the row multiplies by its quantity into its total is money, whatever heads it (a table whose heading was lost):
  // "dicembre 2026 | 24 | 744 | 28,00 | 20.832,00" (744 nights at 28,00 make 20.832,00).
  for (const line of rows) {
    const figures = line.segments.map((seg) => /^\s*(\d{1,3}(?:\.\d{3})*(?:,\d{2})?)\s*$/.exec(seg.text)?.[1] ?? null);
    const value = (f: string | null) => (f === null ? null : toEuros(f, undefined));
    figures.forEach((price, c) => {
      if (!price || !/^\d{1,3},\d{2}$/.test(price)) return;
      const p = value(price)!;
      // Not a distance, a weight or a time multiplied ("12,50 | 20 | 250,00" under "Km", "Ore"): its heading, where there is one, says so.
      const seg = line.segments[c];
      const head = headingCellOver(headingAbove(source.lines, position.get(line)!)?.segments ?? [], seg);
      if (NOT_MONEY_HEADER.test(head) || /\bkm\b|chilometr|\bkg\b|\blitri\b/i.test(head)) return;
      const multiplied = figures.some((q, k) => k !== c && q && !q.includes(',') && figures.some((t, j) => j !== c && j !== k && t?.includes(',') && Math.abs(value(q)! * p - value(t)!) < 0.005 && value(t)! > p));
      if (multiplied) addFromLine(price, line);
    });
  }
  for (const line of rows) {
    const cells = line.segments.filter((_, c) => !notMoney.get(line)?.has(c)).map((s) => s.text).join('\t');
    // A row that prints euros in cents prints its counts without: those whole numbers are not money.
    const inCents = IN_CENTS.test(cells);
    // A row that names what it counts ("Persone ascoltate | 1.842 | 1.517", and "di cui stranieri | …" under it) holds no euros in
    // whole numbers, unless its table's heading speaks of euros ("Importo (euro)").
    const above = source.lines[position.get(line)! - 1];
    const counts = (l: Line | undefined) => !!l && l.segments.length >= 2 && COUNT_ROW.test(l.segments[0].text);
    const countRow = (counts(line) || (SHARE_ROW.test(line.segments[0]?.text ?? '') && counts(above))) && !/€|\beuro\b|\bimport/i.test(headingAbove(source.lines, position.get(line)!)?.text ?? '');
    // "… 1.350 ore complessive, di cui 1.100 in presenza …": the share of the count just before is a count.
    let lastCounted = false;
    for (const m of cells.matchAll(TABLE_FIGURE)) {
      if ((inCents || countRow) && !m[1].includes(',')) continue;
      const share = lastCounted && !m[1].includes(',') && /\bdi\s+cui\s+$/i.test(cells.slice(0, m.index));
      lastCounted = false;
      if (share) continue;
      // "2.549 progetti", "3.468 posti": a whole number followed by the word of what it counts is a count.
      // The word may open the next line, the sentence going on in lower case: "… oltre il rapporto di 1 ogni 6.500" /
      // "abitanti e di 20.000 euro …" (not a table's next row, "Pronto Intervento Sociale").
      const rest = cells.slice(m.index! + m[0].length);
      const next = source.lines[position.get(line)! + 1];
      const wrapped = !rest.trim() && line.segments.length === 1 && next?.page === line.page && COUNTED_NOUN.test(next.text) ? ` ${next.text}` : rest;
      const counted = COUNTED.test(wrapped);
      if (!m[1].includes(',') && counted) {
        lastCounted = true;
        continue;
      }
      if ((toEuros(m[1], undefined) ?? 0) >= 1000) addFromLine(m[1], line);
    }
  }
  return [...out.values()];
}

/**
 * A column headed by euros ("Importo (€)", "Assegnazione FNA 2023 (€)", "Imponibile", "IVA 22%", "Voucher
 * settimanale"), not by a count or a share.
 */
function isMoneyColumn(column: TableColumn): boolean {
  // "Totale" adds up whatever the table counts: money when its figures are in cents.
  if (TOTAL_HEADER.test(column.header)) return column.cells.length > 0 && column.cells.every((c) => IN_CENTS.test(c.text));
  return isMoneyHeading(column.header);
}

/** A heading of money, not of a count or a share: "Importo (€)", "Imponibile", "IVA 22%" (a rate, but a tax's amount). */
function isMoneyHeading(header: string): boolean {
  // Headings read run together ("Imponibile IVA 5%") keep the tax's amount: a VAT heading anywhere but a rate's ("Aliquota IVA").
  return VAT_HEADER.test(header) || (/\bi\.?v\.?a\b/i.test(header) && !/\baliquot|%\s*i\.?v\.?a|i\.?v\.?a\s*\(?%/i.test(header)) || (MONEY_HEADER.test(header) && !/%|\bpercentual/i.test(header));
}

/**
 * The columns that add up to a money column, row by row: figures in cents under headings of no count or share, whatever
 * they name ("Fonte FNPS 2024" + "Cofinanziamento SdS" = "Totale"). Points or shares beside money do not add up to it.
 */
function partsOf(total: TableColumn, columns: TableColumn[]): TableColumn[] {
  const parts = columns.filter((c) => c.table === total.table && c !== total && c.cells.length > 0 && !NOT_MONEY_HEADER.test(c.header) && c.cells.every((x) => IN_CENTS.test(x.text) && MONEY_CELL.test(x.text)));
  if (!parts.length || total.cells.length < 2) return [];
  const valueAt = (column: TableColumn, line: Line) => {
    const cell = column.cells.find((c) => c.line === line);
    const figure = cell && MONEY_CELL.exec(cell.text)?.[1];
    return figure ? toEuros(figure, undefined) : null;
  };
  const addsUp = total.cells.every(({ line }) => {
    const values = parts.map((p) => valueAt(p, line));
    const whole = valueAt(total, line);
    if (whole === null || values.some((v) => v === null)) return false;
    return Math.abs(values.reduce((a, v) => a! + v!, 0)! - whole) < 0.005;
  });
  return addsUp ? parts : [];
}

/**
 * Whole numbers in every cell under a heading of words that names no money ("Residenze fittizie attive"), in a table whose
 * caption (or, with none, the paragraph before it) names none either (no euro, fund, share or budget): counts, whatever the
 * page says of euros elsewhere. A heading of years ("2025") names nothing.
 */
function namedCounts(column: TableColumn, lines: Line[]): boolean {
  if (!/\p{L}{4,}/u.test(column.header) || isMoneyHeading(column.header) || MONEY_CONTEXT.test(column.header) || TOTAL_HEADER.test(column.header)) return false;
  if (!column.cells.length || !column.cells.every((c) => /^\s*\d{1,3}(?:\.\d{3})*\s*$/.test(c.text))) return false;
  // The heading's lines and the table's own caption, up to the blank line that sets the table apart (three lines at most);
  // a table with no caption of its own is told of by the paragraph before it ("Si trasmette la spesa … pari a € …").
  const block: Line[] = [];
  let k = lines.indexOf(column.cells[0].line) - 1;
  for (; k >= 0 && block.length < 3; k--) {
    block.push(lines[k]);
    if (lines[k].gapBefore >= PARAGRAPH_GAP) break;
  }
  const captioned = block.some((l) => l.segments.length === 1);
  const context = captioned ? block : [...block, ...lines.slice(Math.max(0, k - 3), Math.max(0, k))];
  return !MONEY_CONTEXT.test(context.map((l) => l.text).join(' '));
}

/** Whole numbers in every cell (populations, counts) while another column of the table prints cents. */
function countsBesideCents(column: TableColumn, columns: TableColumn[]): boolean {
  const whole = column.cells.length > 0 && column.cells.every((c) => /^\d{1,3}(?:\.\d{3})*$/.test(c.text));
  return whole && columns.some((o) => o.table === column.table && o !== column && o.cells.some((c) => IN_CENTS.test(c.text)));
}

/**
 * Pages that open on rows of a table whose figures in cents stand in the same columns (within 4 points) as the rows that
 * close the money page before them: the table goes on across the page break.
 */
function carriedOver(lines: Line[], moneyPages: Set<number>): number[] {
  const centsAt = (l: Line) => l.segments.filter((g) => CENTS_CELL.test(g.text)).map((g) => g.end);
  const out: number[] = [];
  for (const page of new Set(lines.map((l) => l.page))) {
    if (moneyPages.has(page) || !moneyPages.has(page - 1)) continue;
    const before = lines.filter((l) => l.page === page - 1).slice(-8).flatMap(centsAt);
    const opening = lines.filter((l) => l.page === page).slice(0, 8).flatMap(centsAt);
    if (opening.length && opening.every((end) => before.some((b) => Math.abs(b - end) <= 4))) out.push(page);
  }
  return out;
}

/** Pages that speak of money: their unlabelled table figures may be euros. */
function moneyPagesOf(lines: Line[]): Set<number> {
  // One test per page, on its text joined: the words are looked for once, not line by line.
  const byPage = new Map<number, string[]>();
  for (const l of lines) (byPage.get(l.page) ?? byPage.set(l.page, []).get(l.page)!).push(l.text);
  return new Set([...byPage].filter(([, texts]) => MONEY_CONTEXT.test(texts.join('\n'))).map(([page]) => page));
}

/**
 * The heading row of the table the row at `at` is in: the nearest line above, within ten, with several cells and neither a
 * figure nor a date (a row's wrapped words, "coop. sociale | 15/01/2026", are no heading). A row near its page's top
 * looks on up the page before: a table broken by the page keeps its heading there, above the footer and running head.
 */
/**
 * The text of the heading cell over a row's cell: the one it overlaps, or the one whose column (from its start to the next
 * cell's) holds it, a figure set flush right under a heading set flush left ("Importo €" over "165,00"); '' when none.
 */
function headingCellOver(cells: Segment[], seg: Segment): string {
  return (cells.find((h) => h.x < seg.end + 6 && h.end > seg.x - 6) ?? cells.find((h, k) => h.x <= seg.x && (cells[k + 1]?.x ?? Infinity) > seg.end))?.text ?? '';
}

function headingAbove(lines: Line[], at: number): Line | null {
  const row = lines[at];
  const pageStart = lines.findIndex((l) => l.page === row.page);
  const limit = at - pageStart <= 4 ? Math.max(0, at - 16) : Math.max(0, at - 10);
  for (let i = at - 1; i >= limit; i--) {
    const l = lines[i];
    if (l.page !== row.page && (l.page !== row.page - 1 || at - pageStart > 4)) return null;
    if (l.segments.length >= 2 && !ANY_FIGURE.test(l.text) && !DATE_CELL.test(l.text)) return l;
  }
  return null;
}
const DATE_CELL = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;

/** Lines that are rows of a money table: two or more figures, on a page that mentions money. */
function tableRows(lines: Line[], moneyPages: Set<number>): Line[] {
  return lines.filter((l) => moneyPages.has(l.page) && (l.text.match(TABLE_FIGURE) ?? []).length >= 2);
}

const SCALE_FACTOR: Readonly<Record<string, number>> = { mila: 1e3, k: 1e3, milioni: 1e6, milione: 1e6, mln: 1e6, miliardi: 1e9, miliardo: 1e9, mld: 1e9 };

export function toEuros(n: string, scale: string | undefined): number | null {
  const value = Number(n.replace(/[.\s\u00a0\u202f]/g, '').replace(',', '.'));
  if (!Number.isFinite(value)) return null;
  const k = (scale ?? '').toLowerCase().replace('.', '');
  const factor = SCALE_FACTOR[k] ?? 1;
  return Math.round(value * factor * 100) / 100;
}
