import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../shared/read/layout-lines.ts';
import { withoutMarginSpecks } from '../../shared/read/margin-specks.ts';

/** An OCR'd page: `rows` lines of words starting at x = 76, and what is printed left of them on the rows given. */
function scannedPage(rows: number, left: Record<number, string>, leftX = 54): TextRun[] {
  const runs: TextRun[] = [];
  for (let i = 0; i < rows; i++) {
    const y = 700 - i * 13;
    if (left[i] !== undefined) runs.push({ text: left[i], x: leftX, y, width: 6, size: 14, ocr: true });
    runs.push({ text: 'dell\'economia', x: 76, y, width: 60, size: 14, ocr: true }, { text: 'finanze', x: 140, y, width: 35, size: 14, ocr: true });
  }
  return runs;
}
const texts = (runs: TextRun[]) => runs.map((r) => r.text);

describe('the column of specks a scanner leaves along its edge', () => {
  it('drops one- and two-character specks in a column left of where the page\'s text starts', () => {
    // Prepare
    const page = scannedPage(12, { 1: 'È', 3: '14', 5: '©', 7: '=' });
    // Act
    const kept = withoutMarginSpecks(page);
    // Assess
    expect(texts(kept)).not.toEqual(expect.arrayContaining(['È']));
    expect(kept).toHaveLength(24);
  });

  it('keeps a list\'s markers hanging left of their text ("1.", "a)")', () => {
    const page = scannedPage(12, { 1: '1.', 3: '2.', 5: 'a)', 7: 'b)' });
    expect(withoutMarginSpecks(page)).toHaveLength(page.length);
  });

  it('keeps a stray mark or two: a column needs three specks', () => {
    const page = scannedPage(12, { 1: 'È', 3: '©' });
    expect(withoutMarginSpecks(page)).toHaveLength(page.length);
  });

  it('keeps words of three letters or more left of the text (a margin note)', () => {
    const page = scannedPage(12, { 1: 'Vedi', 3: 'nota', 5: 'sopra', 7: 'bis' }, 20);
    expect(withoutMarginSpecks(page)).toHaveLength(page.length);
  });

  it('keeps a table\'s first column of numbers (days, ranks) left of its words', () => {
    const page = scannedPage(12, { 1: '12', 3: '19', 5: '26', 7: '3', 9: '10' });
    expect(withoutMarginSpecks(page)).toHaveLength(page.length);
  });

  it('keeps a column of currency signs before the amounts', () => {
    const page = scannedPage(12, { 1: '€', 3: '€', 5: '€', 7: '€' });
    expect(withoutMarginSpecks(page)).toHaveLength(page.length);
  });

  it('leaves a page of a few lines alone: its left edge says nothing', () => {
    const page = scannedPage(5, { 0: 'È', 2: '©', 4: '=' });
    expect(withoutMarginSpecks(page)).toHaveLength(page.length);
  });
});
