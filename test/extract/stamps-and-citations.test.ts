import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

describe('a protocol stamp with a classification line', () => {
  // Prepare: the stamp in the right column, and a place line whose date was never filled in.
  const pages = letterPages(`
REGIONE VALDORA
Dipartimento Politiche della Persona

>Protocollo in uscita N. 0045678
>del 14/05/2031 ore 09:12
>Classificazione 07.03.01 – Fascicolo 2031/4

Valdora,

>Ai Comuni capofila degli Ambiti

Oggetto: liquidazione della prima quota del fondo
`);

  it('does not read the classification code as the document’s date', () => {
    // Act
    const { fields } = extractFields(pages);
    // Assess: the date is the protocol's, the only full date the letter bears.
    expect(fields.documentDate).toBe('2031-05-14');
  });
});

describe('a segnatura written with slashes: IPA code, AOO, register, date, number', () => {
  const pages = letterPages(`
REGIONE VALDORA
Sezione Inclusione Sociale

r_valdora/AOO_021/PROT/03/04/2031/0004567

>Al Comune di Montefalco

Oggetto: richiesta di integrazione documentale
`);

  it('reads the number at its end and the date inside it', () => {
    const { fields } = extractFields(pages);
    expect(fields.protocol).toEqual({ number: '0004567', date: '2031-04-03' });
  });

  it('dates the document from it when no place-and-date line is printed', () => {
    const { fields } = extractFields(pages);
    expect(fields.documentDate).toBe('2031-04-03');
  });
});

describe('minutes without a subject line that cite the convocation’s protocol', () => {
  const wrapped = letterPages(`
UNIONE DEI COMUNI DI VALDORA

VERBALE N. 3 DEL 12 MARZO 2031

Il giorno 12 marzo 2031, alle ore 9:00, presso la sala consiliare dell'Unione, a seguito di
convocazione prot. n. 4455 del 05/03/2031, si è riunita la Conferenza dei Sindaci dell'Ambito.
`);

  it('does not take a number cited in a sentence that runs on from the line above', () => {
    const { fields } = extractFields(wrapped);
    expect(fields.protocol).toBeNull();
  });

  it('does not take a number cited inside a sentence on one line of prose', () => {
    const { fields } = extractFields(
      letterPages(`
UNIONE DEI COMUNI DI VALDORA

VERBALE N. 3 DEL 12 MARZO 2031

In seguito alla convocazione prot. n. 4455 del 05/03/2031 si è riunita la Conferenza dei Sindaci dell'Ambito.
`),
    );
    expect(fields.protocol).toBeNull();
  });

  it('dates the minutes from their heading', () => {
    const { fields } = extractFields(wrapped);
    expect(fields.documentDate).toBe('2031-03-12');
  });

  it('still takes a protocol printed after the office’s name on a short heading line', () => {
    const { fields } = extractFields(
      letterPages(`
UNIONE DEI COMUNI DI VALDORA
Ufficio di Piano – Prot. n. 0000777 del 01/02/2031

Si comunica che gli uffici resteranno chiusi nella giornata di lunedì.
`),
    );
    expect(fields.protocol).toEqual({ number: '0000777', date: '2031-02-01' });
  });
});
