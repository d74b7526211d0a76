import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../shared/extract/amounts.ts';
import { SourceText } from '../../shared/extract/source-text.ts';
import { letterPages } from '../support/letter-pages.ts';

/** The euro amounts of a text written as one page (see letterPages). */
const amountsOf = (text: string) => extractAmounts(new SourceText(letterPages(text))).map((f) => f.value);

describe('a count of things on a page about the budget', () => {
  it('takes no figure followed by what it counts for euros', () => {
    // Act: prose about a financial statement, its figures counting projects.
    const amounts = amountsOf(`
Il lavoro di chiusura del bilancio è complesso per la quantità di progetti gestiti
(2.549 progetti da riscontare, 3.468 progetti con riporto di budget, per un totale di 6.125 progetti).
`);
    // Assess
    expect(amounts).toEqual([]);
  });

  it('still reads the unlabelled figures of a row of a money table', () => {
    const amounts = amountsOf(`
Riparto delle risorse del fondo
Comune | Quota 2031 | Quota 2032
Valdora | 12.500 | 14.750
`);
    expect(amounts.sort((a, b) => a - b)).toEqual([12500, 14750]);
  });
});
