import { describe, expect, it } from 'vitest';
import { letterField, type Field } from './letter-field.ts';
import { letterPages } from './letter-pages.ts';
import type { PageText } from '../../shared/read/page-text.ts';

/** One rule as a row: what it reads (its test's name), the letter written as text (see letterPages), the field and its value. */
export type FieldRow = [rule: string, text: string, field: Field, expected: unknown];

/** A describe block of one test per row: the field the extractor reads from the row's letter equals the row's value. */
export function describeFieldRows(title: string, rows: FieldRow[]): void {
  describe(title, () => {
    it.each(rows)('%s', (_rule, text, field, expected) => {
      expect(letterField(text, field)).toEqual(expected);
    });
  });
}

/** A one-page letter written as text whose last line is printed up the margin (a register's segnatura set vertically). */
export function withMarginLine(text: string): PageText[] {
  const [page] = letterPages(text);
  return [{ ...page, lines: page.lines.map((l, i) => (i === page.lines.length - 1 ? { ...l, origins: ['vertical' as const] } : l)) }];
}
