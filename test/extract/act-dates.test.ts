import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

// An act is dated in its heading; the visas, opinions and attestations printed after it carry their own days.
describe('an act followed by its attestation of publication', () => {
  const pages = letterPages(`
COMUNE DI ROCCALTA

DELIBERAZIONE DELLA GIUNTA COMUNALE N. 31 DEL 04-05-2031

Oggetto: approvazione del progetto dei centri estivi

L'anno duemilatrentuno, il giorno quattro del mese di maggio, si è riunita la Giunta Comunale.

DELIBERA

di approvare il progetto.

IL SINDACO | IL SEGRETARIO COMUNALE
Anna Rossi | Marco Bianchi

ATTESTATO DI PUBBLICAZIONE
La presente deliberazione viene pubblicata all'Albo pretorio dal 06-05-2031 per quindici giorni.
»Roccalta, lì 06-05-2031
»Il Messo comunale
»Luigi Verdi
`);

  it('takes the date of the act’s heading, not the attestation’s', () => {
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.documentDate).toBe('2031-05-04');
  });
});

describe('a certificate of publication that is the whole document', () => {
  const pages = letterPages(`
COMUNE DI ROCCALTA

CERTIFICATO DI PUBBLICAZIONE

Si certifica che la Delibera di Giunta n. 31 del 04/05/2031 è affissa all'Albo dal 06/05/2031.

Roccalta, 06/05/2031 | IL SEGRETARIO COMUNALE
`);

  it('is dated by its own place-and-date line', () => {
    const { fields } = extractFields(pages);
    expect(fields.documentDate).toBe('2031-05-06');
  });
});
