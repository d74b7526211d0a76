import { describe, expect, it } from 'vitest';
import { wrapText } from '../../shared/collect/wrap-text.ts';

/** One unit of width per character: the lines can be checked by eye. */
const mono = { widthOfTextAtSize: (text: string, size: number) => text.length * size };

describe('wrapping text for the collection PDFs', () => {
  it('puts as many words on a line as fit, breaking only at white space', () => {
    expect(wrapText('uno due tre quattro cinque', mono, 1, 11)).toEqual(['uno due tre', 'quattro', 'cinque']);
  });

  it('leaves a word longer than the line to overflow, on a line of its own', () => {
    expect(wrapText('a precipitevolissimevolmente b', mono, 1, 5)).toEqual(['a', 'precipitevolissimevolmente', 'b']);
  });

  it('folds runs of white space and drops it at the ends', () => {
    expect(wrapText('  uno \n\t due  ', mono, 1, 40)).toEqual(['uno due']);
    expect(wrapText(' \n ', mono, 1, 40)).toEqual([]);
  });
});
