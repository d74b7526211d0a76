import * as z from 'zod';
import { LineOrigin, type Line, type PageText } from '../read/page-text.ts';
import { tableColumns, type TableColumn } from './table-columns.ts';

/** Where a value was read: a person opens the page and finds the snippet on that line. */
export const Evidence = z.object({
  page: z.number().int().positive(),
  line: z.number().int().nonnegative(),
  snippet: z.string().max(300),
  ocr: z.boolean(),
  /** Set when the line is not (only) the page's own text: an annotation, a form value, a vertical stamp, an XFA form. */
  origins: z.array(LineOrigin).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** A value with the place it came from. */
export interface Found<T> {
  value: T;
  evidence: Evidence;
}

/**
 * The document's lines flattened into one string (lines joined by "\n", column gaps kept as tabs),
 * with a map from any offset back to its line, so regexes can span line breaks and still cite a line.
 */
export class SourceText {
  readonly lines: Line[];
  readonly text: string;
  private readonly starts: number[];

  constructor(pages: PageText[]) {
    this.lines = pages.flatMap((p) => p.lines);
    const starts: number[] = [];
    let text = '';
    for (const line of this.lines) {
      starts.push(text.length);
      text += line.text + '\n';
    }
    this.text = text;
    this.starts = starts;
  }

  private columns: TableColumn[] | null = null;

  /** The tables' columns, found once for every field that reads tables (amounts, deadlines). */
  get tables(): TableColumn[] {
    this.columns ??= tableColumns(this.lines);
    return this.columns;
  }

  lineAt(offset: number): Line {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo];
  }

  evidenceAt(offset: number, length: number): Evidence {
    const line = this.lineAt(offset);
    const from = Math.max(0, offset - 40);
    const snippet = this.text.slice(from, Math.min(this.text.length, offset + length + 40)).replace(/\s+/g, ' ').trim();
    return evidenceOf(line, snippet);
  }
}

export function evidenceOf(line: Line, snippet = line.text): Evidence {
  return {
    page: line.page,
    line: line.index,
    snippet: snippet.replace(/\s+/g, ' ').trim().slice(0, 300),
    ocr: line.ocr === true,
    ...(line.origins?.length ? { origins: line.origins } : {}),
  };
}

/** Folds the spacing of a printed phrase into one line of text. */
export function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
