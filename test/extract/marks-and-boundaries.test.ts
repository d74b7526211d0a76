import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import { makePdf } from '../support/make-pdf.ts';

const limits = ReadLimits.parse({ ocr: false });
async function fields(pdf: Uint8Array) {
  const outcome = await readAndExtract(pdf, limits);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.extraction.fields;
}

describe('a mark is a word of its own', () => {
  it('does not take a letterhead starting with "PCM" for "p.c."', async () => {
    const f = await fields(await makePdf([['PCM - DIPARTIMENTO DELLA PROTEZIONE CIVILE', 'Prot. n. 0000456 del 10/01/2025', '', 'Alle Regioni e Province autonome', '', 'Oggetto: esercitazione regionale']]));
    expect(f.cc).toEqual([]);
    expect(f.recipients).toEqual(['Alle Regioni e Province autonome']);
  });
});

describe('the subject ends where the body begins', () => {
  it('stops at the first sentence of the body even without a blank line', async () => {
    const f = await fields(await makePdf([['Oggetto: convocazione del Tavolo di coordinamento 2024.', 'Si comunica che la riunione si terrà il 10/02/2025 alle ore 10:00.', 'Il Dirigente']]));
    expect(f.subject).toBe('convocazione del Tavolo di coordinamento 2024.');
  });
});

describe('what a person does not see is not read', () => {
  it('ignores a hidden annotation that carries a protocol', async () => {
    // A letter with no protocol of its own and a FreeText stamp flagged Hidden (F 2) that prints one,
    // made by a reviewer to try the reader.
    const pdf = new Uint8Array(readFileSync(new URL('../fixtures/hidden-annotation.pdf', import.meta.url)));
    const f = await fields(pdf);
    expect(f.protocol).toBeNull();
    expect(f.subject).toMatch(/Convocazione del tavolo tecnico/);
  });
});

describe('a subject label alone at the end of its line', () => {
  it('reads the subject from the lines below it', async () => {
    const f = await fields(await makePdf([['Decreto n. 7788 del 07/06/2021', { text: 'Oggetto:', x: 56 }, 'Riparto delle risorse per i caregiver familiari', '', 'IL DIRIGENTE']]));
    expect(f.subject).toBe('Riparto delle risorse per i caregiver familiari');
  });
});

describe('an approval mark before a role', () => {
  it('signs as the role after "VISTO", with the name in brackets', async () => {
    const f = await fields(await makePdf([['Oggetto: variazione di bilancio', '', 'Il Consiglio prende atto.', '', 'VISTO IL RESPONSABILE DEL SERVIZIO FINANZIARIO', '(Marta Colombo)']]));
    expect(f.signatories).toEqual([{ role: 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO', name: 'Marta Colombo' }]);
  });

  it('does not take "VISTO il decreto" for a signature', async () => {
    const f = await fields(await makePdf([['Oggetto: nomina', '', 'VISTO il decreto legislativo n. 267/2000;', 'DECRETA', 'di nominare il referente.', '', 'Il Sindaco', 'Luca Ferri']]));
    expect(f.signatories).toEqual([{ role: 'Il Sindaco', name: 'Luca Ferri' }]);
  });
});

describe('signature marks and titles', () => {
  it('reads a name after "f.to" glued to the title, as Word exports it', async () => {
    const f = await fields(await makePdf([['Oggetto: parere', '', 'Si esprime parere favorevole.', '', 'Il Responsabile del Settore Tecnico', 'f.toIng. Marco Riva']]));
    expect(f.signatories).toEqual([{ role: 'Il Responsabile del Settore Tecnico', name: 'Marco Riva' }]);
  });

  it('drops the assistente sociale title "A.S." from a name', async () => {
    const f = await fields(await makePdf([['Oggetto: riunione UVI', '', 'Si comunica quanto segue.', '', 'Il Referente', 'A.S. Laura Neri']]));
    expect(f.signatories).toEqual([{ role: 'Il Referente', name: 'Laura Neri' }]);
  });
});

describe('notes and circulars', () => {
  const toRegions = ['Alle Regioni e Province autonome', 'LORO SEDI', 'Agli Ambiti territoriali sociali', '', 'Oggetto: Fondo Povertà – indicazioni', '', 'Si comunica quanto segue.'];

  it('calls a ministry’s protocolled letter to every Region a note', async () => {
    const f = await fields(await makePdf([['Ministero del Lavoro e delle Politiche Sociali', 'm_lps.41.REGISTRO UFFICIALE.U.0004567.12-03-2024', ...toRegions]]));
    expect(f.docType).toBe('nota');
  });

  it('calls a Region’s letter to every Ambito a circular', async () => {
    const f = await fields(await makePdf([['Regione Molise', 'Prot. n. 0004567 del 12/03/2024', ...toRegions]]));
    expect(f.docType).toBe('circolare');
  });

  it('calls a document headed "Nota" with its date a note', async () => {
    const f = await fields(await makePdf([['Nota 14 marzo 2019, AOODGSIP 1587', 'Ministero dell’Istruzione', ...toRegions]]));
    expect(f.docType).toBe('nota');
  });
});

describe('a ministry note named by its heading', () => {
  it('takes the number after the AOO code and the date before it', async () => {
    const f = await fields(await makePdf([['Nota 14 marzo 2019, AOODGSIP 1587', 'Ministero dell’Istruzione', '', 'Ai Direttori Generali degli Uffici Scolastici Regionali', '', 'Oggetto: concorso nazionale']]));
    expect(f.protocol).toEqual({ number: '1587', date: '2019-03-14' });
  });
});

describe('numbers that are not the document’s protocol', () => {
  it('does not take a protocol office’s e-mail address for a protocol label', async () => {
    const f = await fields(await makePdf([['PROVINCIA DI ORTA', 'PEC: protocollo@pec.provincia.orta.it', 'DETERMINAZIONE DIRIGENZIALE', 'N° 40 del 24/03/2026', '', 'OGGETTO: affidamento del servizio']]));
    expect(f.protocol).toBeNull();
  });

  it('does not take the number of a note cited in a recital that began on the line above', async () => {
    const f = await fields(await makePdf([['COMUNE DI PRATOLINO', 'ORDINANZA SINDACALE N. 23 DEL 14/07/2023', 'OGGETTO: divieto di utilizzo dell’acqua', 'IL SINDACO', 'VISTA la nota della ASL 02 – Servizio Igiene degli Alimenti e della', 'Nutrizione prot. n. 0045871/23 del 12/07/2023, pervenuta in pari data;']]));
    expect(f.protocol).toBeNull();
  });

  it('still takes a protocol line under a line that mentions a note', async () => {
    const f = await fields(await makePdf([['REGIONE MOLISE', 'Rif. Vs. nota del 02/03/2024', 'Prot. n. 0004567 del 12/03/2024', '', 'Oggetto: riscontro']]));
    expect(f.protocol).toEqual({ number: '0004567', date: '2024-03-12' });
  });
});

describe('letterheads and headings as they are typeset', () => {
  it('reads the sender after a logo drawn as a symbol glyph', async () => {
    const f = await fields(await makePdf([['¤ Regione Lombardia', 'DIREZIONE GENERALE POLITICHE SOCIALI', '', 'Oggetto: riparto del fondo']]));
    expect(f.sender).toBe('Regione Lombardia');
  });

  it('reads a heading set in spaced capitals', async () => {
    const f = await fields(await makePdf([['Consorzio dei Servizi Sociali Alto Sannio', '', 'AV V I S O P U B B L I C O', 'per l’erogazione di assegni di cura']]));
    expect(f.docType).toBe('avviso');
  });

  it('calls a mayor’s ordinance a decree, as an act of one office-holder', async () => {
    const f = await fields(await makePdf([['COMUNE DI PRATOLINO', 'ORDINANZA SINDACALE N. 23 DEL 14/07/2023', 'OGGETTO: divieto temporaneo di utilizzo dell’acqua']]));
    expect(f.docType).toBe('decreto');
  });
});

describe('a meeting at the same time as the one called before', () => {
  it('is the day after for a second call "per il giorno successivo alla stessa ora"', async () => {
    const f = await fields(await makePdf([['AVVISO DI CONVOCAZIONE', '', 'Si rende noto che è convocato il Consiglio Comunale per il giorno 27/11/2025, alle ore 18:30, e in caso di', 'mancato numero legale per il giorno successivo alla stessa ora.']]));
    expect(f.meetings).toEqual([{ date: '2025-11-27', time: '18:30' }, { date: '2025-11-28', time: '18:30' }]);
  });

  it('is the date just named when a later sentence says "alla stessa ora"', async () => {
    const f = await fields(await makePdf([['Oggetto: riunioni UVI', '', 'Si comunica che la riunione si terrà giovedì 20 novembre 2025 alle ore 10:00 presso la sede.', 'La successiva riunione si terrà giovedì 4 dicembre 2025, alla stessa ora e nella medesima sede.']]));
    expect(f.meetings).toEqual([{ date: '2025-11-20', time: '10:00' }, { date: '2025-12-04', time: '10:00' }]);
  });
});

describe('a protocol number cited in the body', () => {
  it('is not the document’s own when the label stands inside a sentence below the subject', async () => {
    const f = await fields(await makePdf([['COMUNE DI VALDORA', 'ORGANO DI REVISIONE', 'Verbale n. 4 del 30/03/2031', 'Oggetto: parere sul riaccertamento dei residui', 'Tenuto conto che il responsabile ha trasmesso, con comunicazione del', '03/03/2031 numero protocollo 2548, gli elenchi dei residui;']]));
    expect(f.protocol).toBeNull();
  });

  it('leaves the act’s heading to date the document', async () => {
    const f = await fields(await makePdf([['COMUNE DI VALDORA', 'ORGANO DI REVISIONE', 'Verbale n. 4 del 30/03/2031', 'Oggetto: parere sul riaccertamento dei residui', 'Tenuto conto che il responsabile ha trasmesso, con comunicazione del', '03/03/2031 numero protocollo 2548, gli elenchi dei residui;']]));
    expect(f.documentDate).toBe('2031-03-30');
  });
});
