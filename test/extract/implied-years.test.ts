import { describe, expect, it } from 'vitest';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import { makePdf } from '../support/make-pdf.ts';

const limits = ReadLimits.parse({ ocr: false });
async function fields(lines: string[]) {
  const outcome = await readAndExtract(await makePdf([lines]), limits);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.extraction.fields;
}

describe('a deadline printed without its year', () => {
  it('is the first such day from the letter’s date on, even more than six months ahead', async () => {
    // Prepare: a letter dated in February asking for something by the end of September.
    const lines = ['COMUNE DI VALDORA', 'Valdora, 3 febbraio 2031', '', 'Oggetto: piano annuale', '', 'Le schede vanno trasmesse entro il 30 settembre.'];
    // Act
    const f = await fields(lines);
    // Assess
    expect(f.deadlines).toEqual([{ date: '2031-09-30' }]);
  });

  it('is the next year’s day when that day of this year has passed', async () => {
    const f = await fields(['COMUNE DI VALDORA', 'Valdora, 20 dicembre 2030', '', 'Oggetto: rendiconto', '', 'Il rendiconto va trasmesso entro il 15 gennaio.']);
    expect(f.deadlines).toEqual([{ date: '2031-01-15' }]);
  });
});

describe('a deadline printed as day and month in figures', () => {
  it('takes the letter’s year after "entro e non oltre il"', async () => {
    const f = await fields(['COMUNE DI VALDORA', 'Valdora, 14 aprile 2031', '', 'Oggetto: ordinanze', '', 'Comunicare entro e non oltre il 30/05 gli estremi dell’ordinanza.']);
    expect(f.deadlines).toEqual([{ date: '2031-05-30' }]);
  });

  it('takes the next year when that day has passed', async () => {
    const f = await fields(['COMUNE DI VALDORA', 'Valdora, 14 dicembre 2030', '', 'Oggetto: rendiconto', '', 'Il rendiconto va trasmesso entro il 15/01.']);
    expect(f.deadlines).toEqual([{ date: '2031-01-15' }]);
  });

  it('is no date when the figures are a register number with its year', async () => {
    const f = await fields(['COMUNE DI VALDORA', 'Valdora, 14 aprile 2031', '', 'Oggetto: pratiche', '', 'La pratica va evasa entro il 30/05/2031 e non la n. 12/05 del registro.']);
    expect(f.deadlines).toEqual([{ date: '2031-05-30' }]);
  });
});

describe('an undated letter about a school year', () => {
  const circular = (deadline: string) => [
    'ISTITUTO COMPRENSIVO STATALE “VALDORA”',
    'CIRCOLARE N. 12                                A.S. 2030/2031',
    '',
    'Ai Docenti',
    '',
    'Oggetto: adesioni ai percorsi di orientamento',
    '',
    // A full date of a cited act, far from the school year, must not set the year.
    'Il progetto è finanziato dal D.M. n. 19 del 2 febbraio 2028.',
    `I moduli vanno restituiti ${deadline}.`,
  ];

  it('puts a September-to-December deadline in the school year’s first year', async () => {
    const f = await fields(circular('entro il 30 settembre'));
    expect(f.deadlines).toEqual([{ date: '2030-09-30' }]);
  });

  it('puts a January-to-August deadline in the school year’s second year', async () => {
    const f = await fields(circular('entro il 15 gennaio'));
    expect(f.deadlines).toEqual([{ date: '2031-01-15' }]);
  });
});

describe('a weekday printed with a date without its year', () => {
  it('chooses the year in which the day falls on that weekday', async () => {
    // Prepare: undated; the only full date is a cited act's, and 14 March of its year is a Thursday.
    const lines = ['COMUNE DI VALDORA', '', 'Ai Genitori degli alunni', '', 'Oggetto: mensa scolastica', '', 'Visto il decreto n. 4 del 3 giugno 2024,', 'le domande vanno presentate entro venerdì 14 marzo.'];
    const f = await fields(lines);
    expect(f.deadlines).toEqual([{ date: '2025-03-14' }]);
  });
});
