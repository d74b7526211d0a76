import { describe, expect, it } from 'vitest';
import { startsCapital } from '../../shared/extract/starts-capital.ts';
import { describeFieldRows, type FieldRow } from '../support/field-rows.ts';

// Rules written under the i flag match any letter where they mean a capital (with `iu`, \p{Lu} folds case):
// each asks startsCapital instead.

describe('startsCapital asks for a capital case-sensitively', () => {
  it('takes an accented capital ("È") as one', () => {
    // Prepare / Act / Assess
    expect(startsCapital('È convocato')).toBe(true);
  });

  it('takes a lower-case letter as none, as /\\p{Lu}/iu would not', () => {
    expect(/^\p{Lu}/iu.test('convocato')).toBe(true);
    expect(startsCapital('convocato')).toBe(false);
  });

  it('looks at the letter at the offset it is given, and past the end at nothing', () => {
    expect(startsCapital('Rag.Gerardo', 4)).toBe(true);
    expect(startsCapital('dott.ssa', 5)).toBe(false);
    expect(startsCapital('Rag.', 4)).toBe(false);
  });
});

const withDateline = (dateline: string) =>
  `COMUNE DI VALDORA\n\nProt. n. 4410 del 10/10/2031\n\n${dateline}\n\n>Alla Regione Terramare\n\nOggetto: Trasmissione atti.\n\nSi trasmettono gli atti.\n\nValdora, 12 ottobre 2031\n\n>Il Dirigente\n>Anna Neri`;

describeFieldRows('a place opening a dateline "… data del protocollo" is a capitalised name', [
  ['dates by the register a letter whose dateline reads "Valdora, data del protocollo"', withDateline('Valdora, data del protocollo'), 'documentDate', '2031-10-10'],
  ['reads the dateline further on where a lower-case word, no place, opens "firmato, data della firma digitale"', withDateline('firmato, data della firma digitale'), 'documentDate', '2031-10-12'],
] satisfies FieldRow[]);

describeFieldRows('a title glued to a name is set apart only before a capital', [
  ['reads the signer after "F.to Rag.Gerardo Malzone"', "COMUNE DI VALDORA\n\nValdora, 12 ottobre 2031\n\n>Alla Regione Terramare\n\nOggetto: Trasmissione atti.\n\nSi trasmettono gli atti.\n\n>Il Responsabile del Servizio\n>F.to Rag.Gerardo Malzone", 'signatories', [{ role: 'Il Responsabile del Servizio', name: 'Gerardo Malzone' }]],
  ['reads the signer after "F.to dott.ssa Anna Neri"', "COMUNE DI VALDORA\n\nValdora, 12 ottobre 2031\n\n>Alla Regione Terramare\n\nOggetto: Trasmissione atti.\n\nSi trasmettono gli atti.\n\n>Il Responsabile del Servizio\n>F.to dott.ssa Anna Neri", 'signatories', [{ role: 'Il Responsabile del Servizio', name: 'Anna Neri' }]],
] satisfies FieldRow[]);
