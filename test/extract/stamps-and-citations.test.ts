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
