// shared/read/page-text.ts
import { z } from "zod";
var Segment = z.object({ x: z.number(), end: z.number(), text: z.string() });
var LineOrigin = z.enum(["annotation", "form-field", "vertical", "xfa"]);
var Line = z.object({
  page: z.number().int().positive(),
  index: z.number().int().nonnegative(),
  x: z.number(),
  y: z.number(),
  size: z.number(),
  /** Space above the line beyond the page's ordinary line spacing, in font sizes: ~0.6 is a blank line. */
  gapBefore: z.number(),
  text: z.string(),
  segments: z.array(Segment),
  ocr: z.boolean().optional(),
  origins: z.array(LineOrigin).optional()
});
var PageText = z.object({
  page: z.number().int().positive(),
  width: z.number(),
  height: z.number(),
  ocr: z.boolean(),
  lines: z.array(Line)
});
var ReadNote = z.object({
  code: z.string(),
  /** The page concerned, when one. */
  page: z.number().int().positive().optional(),
  /** Italian, for the person reading the record. */
  message: z.string()
});
var Signer = z.object({ name: z.string().nullable(), issuer: z.string().nullable(), signingTime: z.string().nullable() });
var PdfFacts = z.object({
  pageCount: z.number().int().nonnegative(),
  encryption: z.enum(["none", "owner-password-only"]),
  hasJavaScript: z.boolean(),
  ocrPages: z.array(z.number().int()),
  title: z.string().nullable(),
  producer: z.string().nullable(),
  // Added with reader version 2: records read earlier lack them and read as empty.
  signers: z.array(Signer).default([]),
  /** What was repaired or unwrapped to read the file (a .p7m opened, a missing %%EOF, a scan turned). */
  repairs: z.array(ReadNote).default([]),
  /** What a person should check: text read by OCR in place of an undecodable layer, a page left unread. */
  warnings: z.array(ReadNote).default([]),
  /** The reader that read the file: `carteggio reprocess --older` reads again what an older one read. */
  readerVersion: z.number().int().positive().default(1)
});
var ReadResult = z.object({ facts: PdfFacts, pages: z.array(PageText) });

// shared/extract/layout-rules.ts
var PARAGRAPH_GAP = 0.35;
var BLOCK_GAP = 1.2;
var SUBJECT_LABEL = /^\s*oggetto\s*[:\-–.]\s*/i;
function subjectLineIndex(lines) {
  return lines.findIndex((l) => SUBJECT_LABEL.test(l.text));
}
function isParagraphBreak(line, prev) {
  return !prev || prev.page !== line.page || line.gapBefore >= PARAGRAPH_GAP;
}

// shared/extract/source-text.ts
import { z as z2 } from "zod";

// shared/extract/table-columns.ts
var FIGURE_CELL = /^[\s\d.,%€()+-]*$/;
function tableColumns(lines) {
  const columns = [];
  let table = 0;
  let i = 0;
  while (i < lines.length) {
    const cells = lines[i].segments.length;
    let end = i + 1;
    while (cells >= 2 && end < lines.length && sameTable(lines[end - 1], lines[end], cells, end - 1 > i ? lines[end - 1].gapBefore : null)) end++;
    if (cells >= 2 && end - i >= 2) {
      const first = lines[i].segments.map((s) => s.text.trim());
      const hasHeader = first.every((h) => h && !FIGURE_CELL.test(h));
      const rows = lines.slice(hasHeader ? i + 1 : i, end);
      const total = lines[end];
      const withTotal = total && total.page === lines[end - 1].page && /^\s*totale\b/i.test(total.text) && total.segments.length >= 2 && total.segments.length < cells;
      if (withTotal) end++;
      table++;
      for (let c = 0; c < cells; c++) {
        const cellsOf = rows.map((line) => ({ line, text: line.segments[c].text.trim(), index: c }));
        const shift = withTotal ? c - (cells - total.segments.length) : -1;
        if (shift >= 1) cellsOf.push({ line: total, text: total.segments[shift].text.trim(), index: shift });
        columns.push({ table, header: hasHeader ? first[c] : "", cells: cellsOf });
      }
    }
    i = end;
  }
  return columns;
}
function sameTable(prev, line, cells, rowGap) {
  if (line.segments.length !== cells) return false;
  if (line.page === prev.page + 1) return true;
  if (line.page !== prev.page) return false;
  return line.gapBefore < Math.max(PARAGRAPH_GAP, ROW_PADDING) || rowGap !== null && line.gapBefore <= rowGap + 0.25;
}
var ROW_PADDING = 0.9;

// shared/extract/source-text.ts
var Evidence = z2.object({
  page: z2.number().int().positive(),
  line: z2.number().int().nonnegative(),
  snippet: z2.string().max(300),
  ocr: z2.boolean(),
  /** Set when the line is not (only) the page's own text: an annotation, a form value, a vertical stamp, an XFA form. */
  origins: z2.array(LineOrigin).optional()
});
var SourceText = class {
  lines;
  text;
  starts;
  constructor(pages) {
    this.lines = pages.flatMap((p) => p.lines);
    const starts = [];
    let text = "";
    for (const line of this.lines) {
      starts.push(text.length);
      text += line.text + "\n";
    }
    this.text = text;
    this.starts = starts;
  }
  columns = null;
  /** The tables' columns, found once for every field that reads tables (amounts, deadlines). */
  get tables() {
    this.columns ??= tableColumns(this.lines);
    return this.columns;
  }
  lineAt(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo];
  }
  evidenceAt(offset, length) {
    const line = this.lineAt(offset);
    const from = Math.max(0, offset - 40);
    const snippet = this.text.slice(from, Math.min(this.text.length, offset + length + 40)).replace(/\s+/g, " ").trim();
    return evidenceOf(line, snippet);
  }
};
function evidenceOf(line, snippet = line.text) {
  return {
    page: line.page,
    line: line.index,
    snippet: snippet.replace(/\s+/g, " ").trim().slice(0, 300),
    ocr: line.ocr === true,
    ...line.origins?.length ? { origins: line.origins } : {}
  };
}
function fold(s) {
  return s.replace(/\s+/g, " ").trim();
}

export {
  PdfFacts,
  BLOCK_GAP,
  SUBJECT_LABEL,
  subjectLineIndex,
  isParagraphBreak,
  Evidence,
  SourceText,
  evidenceOf,
  fold
};
//# sourceMappingURL=chunk-OO544RZY.mjs.map
