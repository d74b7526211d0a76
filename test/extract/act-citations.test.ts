import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { extractLegalReferences } from '../../shared/extract/legal-references.ts';
import { SourceText } from '../../shared/extract/source-text.ts';
import { letterPages } from '../support/letter-pages.ts';

/** The acts cited in a text written as one page. */
const refs = (text: string) => extractLegalReferences(new SourceText(letterPages(text))).map((f) => f.value);

describe('a law named by what it does', () => {
  it('reads "legge di bilancio 234/2021" as a law', () => {
    // Act
    const cited = refs('come previsto dalla legge di bilancio 234/2021, che riporta quanto segue');
    // Assess
    expect(cited).toEqual(['L. 234/2021']);
  });

  it('reads "legge finanziaria n. 296/2006" and "legge di stabilità n. 208 del 2015" as laws', () => {
    expect(refs('ai sensi della legge finanziaria n. 296/2006 e della legge di stabilità n. 208 del 2015')).toEqual(['L. 296/2006', 'L. 208/2015']);
  });
});

describe('a regional law once printed without its "R."', () => {
  it('is the regional law the document cites more often under the same number and year', () => {
    const cited = refs('visti la L.R. 16/2004 e ss.mm.ii.; l\'art. 41 della L. 16/2004; l\'art. 41 della L.R. n. 16/2004');
    expect(cited).toEqual(['L.R. 16/2004']);
  });

  it('keeps a national and a regional law apart when neither is cited more often', () => {
    expect(refs('visti la L. 6/2020 e la L.R. 6/2020')).toEqual(['L. 6/2020', 'L.R. 6/2020']);
  });
});

describe("an act's own heading", () => {
  it('keeps an act the heading cites when the body cites it too', () => {
    // Prepare: a determinazione whose Oggetto, beside its number, cites the code it applies.
    const pages = letterPages(`
COMUNE DI VALDORA
DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO
N. 132 DEL | OGGETTO: Avvio della procedura per l'affidamento diretto ai sensi
17/03/2031 | dell'art. 50 del D.Lgs. 36/2023 dei servizi di supporto al RUP
Registro Generale N. 195 DEL 17/03/2031

IL RESPONSABILE DEL SERVIZIO
VISTO l'art. 50 del D.Lgs. 36/2023, che disciplina l'affidamento diretto;
DETERMINA
di avviare la procedura.
`);
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.legalReferences).toContain('D.Lgs. 36/2023');
  });
});

describe('a chronology that names the year before the act', () => {
  it('gives an act dated by day and month only the year its clause opens with', () => {
    const cited = refs(`1. nel 2000, il D.P.R. n. 445 del 28 dicembre ha introdotto il protocollo informatico;
2. nel 2005 è stato emanato il D.Lgs. 7 marzo n. 82, il Codice dell'amministrazione digitale;`);
    expect(cited).toEqual(['D.P.R. 445/2000', 'D.Lgs. 82/2005']);
  });

  it('leaves out an act dated by day and month with no year before it', () => {
    expect(refs('come previsto dal D.P.R. n. 445 del 28 dicembre, il protocollo è informatico')).toEqual([]);
  });
});

describe('a type named once in the plural before a list of acts', () => {
  it('reads each act of "le leggi regionali 12 marzo 2008, n. 3, … e 30 dicembre 2009, n. 33"', () => {
    const cited = refs('RICHIAMATE le leggi regionali 12 marzo 2008, n. 3, "Governo della rete dei servizi", e 30 dicembre 2009, n. 33, "Testo unico delle leggi regionali in materia di sanità";');
    expect(cited).toEqual(['L.R. 3/2008', 'L.R. 33/2009']);
  });

  it('reads "i decreti legislativi n. 150/2009 e n. 33/2013" as two legislative decrees', () => {
    expect(refs('visti i decreti legislativi n. 150/2009 e n. 33/2013;')).toEqual(['D.Lgs. 150/2009', 'D.Lgs. 33/2013']);
  });

  it('stops the list at the end of its clause', () => {
    expect(refs('nel rispetto delle leggi vigenti; la nota n. 45/2021 del Ministero è allegata')).toEqual([]);
  });
});

describe('a plural type not followed by its acts', () => {
  it('takes no number later in the sentence for an act of the list', () => {
    expect(refs('nel rispetto delle leggi vigenti, con la deliberazione comunale n. 12/2020 e la nota n. 45/2021')).toEqual([]);
  });
});

describe('an act whose running header repeats its heading on every page', () => {
  it('does not cite itself from the header of its later pages', () => {
    const header = 'REGIONE VALDORA – Decreto Dirigenziale n. 2317 del 18-06-2031';
    const pages = letterPages(
      `${header}
REGIONE VALDORA
DECRETO DIRIGENZIALE N. 2317 DEL 18-06-2031
OGGETTO: liquidazione del Fondo per le Non Autosufficienze
IL DIRETTORE DEL SERVIZIO
Vista la L.R. 6 maggio 2014, n. 13;`,
      `${header}
Visto il D.Lgs. 23 giugno 2011, n. 118;
DECRETA
di liquidare le somme.`,
      `${header}
Allegato A – riparto agli Ambiti`,
    );
    expect(extractFields(pages).fields.legalReferences).toEqual(['L.R. 13/2014', 'D.Lgs. 118/2011']);
  });
});

describe('an act whose footer cites a law on every page', () => {
  it('keeps the law the footer cites', () => {
    const footer = 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate';
    const pages = letterPages(
      `COMUNE DI VALDORA
DETERMINAZIONE N. 233 DEL 18-06-2031
OGGETTO: affidamento della manutenzione
IL RESPONSABILE DEL SETTORE
DETERMINA di affidare il servizio.
${footer}`,
      `di impegnare la spesa.
${footer}`,
    );
    expect(extractFields(pages).fields.legalReferences).toEqual(['D.Lgs. 82/2005']);
  });
});

describe('an act whose number is also a law’s number in its footer', () => {
  it('keeps the law: the footer repeats no heading of the act', () => {
    const footer = 'Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005';
    const pages = letterPages(
      `COMUNE DI VALDORA
DELIBERAZIONE DELLA GIUNTA COMUNALE N. 82 DEL 03/03/2031
OGGETTO: approvazione del piano
LA GIUNTA COMUNALE delibera di approvare il piano.
${footer}`,
      `di dare mandato agli uffici.
${footer}`,
    );
    expect(extractFields(pages).fields.legalReferences).toEqual(['D.Lgs. 82/2005']);
  });
});
