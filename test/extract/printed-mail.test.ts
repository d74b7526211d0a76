import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

/** A PEC message printed to PDF: the message's header, the provider's certification, then the letter it carries. */
const PRINTED_PEC = `Messaggio di posta elettronica certificata

Da: Per conto di: segreteria@pec.valdora.it <posta-certificata@pec.gestore.it>
Data: martedì 4 marzo 2031 11:42
A: protocollo@pec.comune.altavilla.it
Oggetto: POSTA CERTIFICATA: Rilevazione del personale

Identificativo messaggio: opec2101.20310304114217.0841.37.1.53@pec.gestore.it

»Valdora, 4 marzo 2031

Ai Sindaci dei Comuni capofila degli Ambiti
Ai Responsabili degli Uffici di Piano

Oggetto: Rilevazione del personale degli Ambiti – anno 2031.

Si chiede di compilare il questionario entro il 10 aprile 2031.

Mario Rossi`;

describe('a PEC message printed to PDF', () => {
  it('takes the addressees of the letter it carries, below the message’s own header and its "Oggetto:"', () => {
    // Act
    const { recipients } = extractFields(letterPages(PRINTED_PEC)).fields;
    // Assess
    expect(recipients).toEqual(['Ai Sindaci dei Comuni capofila degli Ambiti', 'Ai Responsabili degli Uffici di Piano']);
  });

  it('takes no message identifier for an e-mail address', () => {
    const { emails } = extractFields(letterPages(PRINTED_PEC)).fields;
    expect(emails).not.toContain('opec2101.20310304114217.0841.37.1.53@pec.gestore.it');
    expect(emails).toContain('segreteria@pec.valdora.it');
  });
});

describe('a count whose word wraps onto the next line', () => {
  it('is no amount: "1 ogni 6.500" / "abitanti e di 20.000 euro"', () => {
    // Prepare: the figure ends its line; what it counts opens the next.
    const pages = letterPages('Oggetto: contributo\n\nÈ previsto un contributo di 40.000 euro annui per ogni assistente sociale oltre il rapporto di 1 ogni 6.500\nabitanti e di 20.000 euro annui oltre il rapporto di 1 ogni 5.000 abitanti.');
    // Act
    const { amounts } = extractFields(pages).fields;
    // Assess
    expect(amounts).toEqual([40000, 20000]);
  });
});
