import { describe, expect, it } from 'vitest';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import { makePdf } from '../support/make-pdf.ts';

const limits = ReadLimits.parse({ ocr: false });
async function deadlinesOf(lines: string[]) {
  const outcome = await readAndExtract(await makePdf([lines]), limits);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.extraction.fields.deadlines;
}

describe('a window in which filings are received', () => {
  it('takes the end of the last window as the deadline', async () => {
    // Prepare: filings accepted on two days, each in its own window of hours, with no "entro".
    const lines = [
      'PROVINCIA DI VALDORA',
      '',
      'Oggetto: elezioni del Presidente',
      '',
      'Le candidature dovranno essere presentate all’Ufficio Elettorale nei seguenti giorni:',
      'dalle ore 08:00 alle ore 20:00 di sabato 16 maggio 2031;',
      'dalle ore 08:00 alle ore 12:00 di domenica 17 maggio 2031.',
    ];
    // Act
    const deadlines = await deadlinesOf(lines);
    // Assess
    expect(deadlines).toEqual([{ date: '2031-05-17' }]);
  });
});

describe('what the issuer undertakes to do', () => {
  it('is not a deadline for the reader', async () => {
    const deadlines = await deadlinesOf([
      'COMUNE DI VALDORA',
      '',
      'Oggetto: assegni di cura',
      '',
      'Le domande vanno presentate entro il 10 aprile 2031.',
      'La graduatoria sarà pubblicata sul sito istituzionale entro il 30 aprile 2031.',
    ]);
    expect(deadlines).toEqual([{ date: '2031-04-10' }]);
  });
});
