import { describe, expect, it } from 'vitest';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import { makePdf } from '../support/make-pdf.ts';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

const limits = ReadLimits.parse({ ocr: false });
async function fields(lines: (string | { text: string; x: number })[]) {
  const outcome = await readAndExtract(await makePdf([lines]), limits);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.extraction.fields;
}
const right = (text: string) => ({ text, x: 300 });

describe('an addressee block that addresses a whole class', () => {
  it('opens with "A tutti i" and runs on over its wrapped line', async () => {
    const f = await fields(['UFFICIO SCOLASTICO REGIONALE PER LA VALDORA', '', right('A tutti i Sig.ri Dirigenti Scolastici'), right('delle scuole della provincia'), '', 'Oggetto: esami di Stato', '', 'Si comunica quanto segue.']);
    expect(f.recipients).toEqual(['A tutti i Sig.ri Dirigenti Scolastici delle scuole della provincia']);
  });
});

describe('headings in capitals that begin with the letters of "Al", "Alle"', () => {
  it('reads no addressee in "ALLEGATO CONTABILE" or "ALBO PRETORIO"', async () => {
    const f = await fields(['REGIONE VALDORA', '', 'ALLEGATO CONTABILE', 'ALBO PRETORIO', '', 'Oggetto: impegno di spesa', '', 'Si impegna la somma.']);
    expect(f.recipients).toEqual([]);
  });

  it('still reads "ALLA REGIONE VALDORA" in capitals', async () => {
    const f = await fields(['COMUNE DI ROCCALTA', '', right('ALLA REGIONE VALDORA'), '', right("ALL'UFFICIO DI PIANO DI VALDORA"), '', 'Oggetto: rendiconto', '', 'Si trasmette il rendiconto.']);
    expect(f.recipients).toEqual(['ALLA REGIONE VALDORA', "ALL'UFFICIO DI PIANO DI VALDORA"]);
  });
});

describe('a copy whose line wraps', () => {
  it('keeps the wrapped line in the same copy', async () => {
    const f = await fields(['COMUNE DI VALDORA', '', right('Alla Regione Valdora'), right('e p.c. Alla Prefettura – Ufficio Territoriale'), right('del Governo di Valdora'), '', 'Oggetto: ricognizione', '', 'Si comunica quanto segue.']);
    expect(f.cc).toEqual(['Alla Prefettura – Ufficio Territoriale del Governo di Valdora']);
  });
});

describe('a copy mark in the left column beside its block in the right one', () => {
  it('makes the right column’s block a copy', () => {
    const { fields } = extractFields(letterPages(`
AGENZIA DI VALDORA

Ai Sindaci dei Comuni della Valdora | All'ANCI Valdora
e p.c. | Alle Direzioni Provinciali di Valdora

Oggetto: rinnovo della convenzione
`));
    expect([fields.recipients, fields.cc]).toEqual([['Ai Sindaci dei Comuni della Valdora', "All'ANCI Valdora"], ['Alle Direzioni Provinciali di Valdora']]);
  });
});

describe('an act that lists whom it is sent to at its end', () => {
  const ordinance = (tail: string) =>
    letterPages(`
COMUNE DI VALDORA
ORDINANZA SINDACALE N. 7 DEL 12/01/2031

Oggetto: misure urgenti per l'emergenza freddo

IL SINDACO
ORDINA
l'apertura del dormitorio comunale.
DISPONE
che la presente ordinanza sia pubblicata all'Albo Pretorio on line e trasmessa:
${tail}

>IL SINDACO
>Marta Bruni
`);

  it('reads the blocks under "… sia trasmessa:" as its addressees, those after "e p.c." as copies', () => {
    const { fields } = extractFields(
      ordinance(`Al Comando Stazione Carabinieri di Valdora
Alla Polizia Locale

e p.c.
Alla Prefettura di Valdora`),
    );
    expect(fields.recipients).toEqual(['Al Comando Stazione Carabinieri di Valdora', 'Alla Polizia Locale']);
    expect(fields.cc).toEqual(['Alla Prefettura di Valdora']);
  });

  it('reads the list under "La presente ordinanza è trasmessa a:" too', () => {
    const pages = letterPages(`
COMUNE DI VALDORA
ORDINANZA SINDACALE N. 9 DEL 12/01/2031

Oggetto: sgombero dell'immobile pericolante

IL SINDACO
ORDINA
lo sgombero dell'immobile.
La presente ordinanza è trasmessa a:
Al Prefetto di Valdora
Al Comando di Polizia Locale

>IL SINDACO
>Marta Bruni
`);
    expect(extractFields(pages).fields.recipients).toEqual(['Al Prefetto di Valdora', 'Al Comando di Polizia Locale']);
  });

  it('reads nothing when what follows the colon is not an addressee', () => {
    const { fields } = extractFields(ordinance(`entro tre giorni dalla sua adozione, ai soggetti interessati.`));
    expect(fields.recipients).toEqual([]);
  });
});

describe('lists under a colon that are not an act’s addressees (misfires a fresh reader found)', () => {
  const letter = (body: string) =>
    letterPages(`
COMUNE DI VALDORA
Oggetto: avviso per il servizio di trasporto sociale

${body}

>Il Responsabile del Servizio
>Anna Rossi
`);

  it('takes no addressee from where applications are to be sent ("dovranno essere inviate:")', () => {
    const { fields } = extractFields(letter(`Le domande dovranno essere inviate:
All'Ufficio Protocollo del Comune, Piazza Municipio 1, a mano
Alla casella PEC protocollo@pec.comune.valdora.it`));
    expect(fields.recipients).toEqual([]);
  });

  it('takes no addressee from a report of who was sent a copy ("è stata inviata:")', () => {
    const { fields } = extractFields(letter(`Copia della presente è stata inviata:
Alla Questura di Valdora
Al Comando Provinciale dei Carabinieri`));
    expect(fields.recipients).toEqual([]);
  });

  it('takes no sentence opening "Ai sensi" for an addressee', () => {
    const { fields } = extractFields(letter(`Le adesioni saranno comunicate:
Ai sensi della circolare n. 5/2031, tramite la piattaforma regionale, entro il 15 maggio 2031`));
    expect(fields.recipients).toEqual([]);
  });
});

describe('a line that files the letter under its addressees', () => {
  it('ends the block above it and is no addressee ("Atti – Albo on line – Sito web")', () => {
    // Prepare
    const pages = letterPages(`ISTITUTO COMPRENSIVO VALDORA

>Ai Docenti
>Al DSGA e al Personale ATA
>Atti – Albo on line – Sito web

Oggetto: assemblee dei genitori`);
    // Act
    const { recipients } = extractFields(pages).fields;
    // Assess
    expect(recipients).toEqual(['Ai Docenti', 'Al DSGA e al Personale ATA']);
  });

  it('still joins a block’s wrapped line that names an office', () => {
    const { recipients } = extractFields(letterPages(`COMUNE DI VALDORA

>Al Responsabile dell'Ufficio
>Albo e Protocollo del Comune di Montalto

Oggetto: richiesta`)).fields;
    expect(recipients).toEqual(["Al Responsabile dell'Ufficio Albo e Protocollo del Comune di Montalto"]);
  });
});
