import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

/** A letter's pages as OCR gives them: every line marked as read by OCR. */
function scanned(text: string) {
  return letterPages(text).map((p) => ({ ...p, ocr: true, lines: p.lines.map((l) => ({ ...l, ocr: true })) }));
}

const letter = (subjectLine: string, cue: string) => `
COMUNE DI VALDORA
Valdora, 12 novembre 2031

>Al Responsabile dell'Ufficio di Piano

${subjectLine} richiesta di attivazione del servizio

Si chiede di fornire riscontro ${cue} 30 novembre 2031.

>Il Sindaco
>Carlo Neri
`;

describe('key words OCR misreads by one look-alike letter', () => {
  it('reads the subject after "Dggetto:" on a scanned page', () => {
    expect(extractFields(scanned(letter('Dggetto:', 'entro il'))).fields.subject).toBe('richiesta di attivazione del servizio');
  });

  it('reads "entra il 30 novembre" on a scanned page as the cue "entro il"', () => {
    expect(extractFields(scanned(letter('Oggetto:', 'entra il'))).fields.deadlines).toEqual([{ date: '2031-11-30' }]);
  });

  it('leaves a printed page as it is', () => {
    const fields = extractFields(letterPages(letter('Dggetto:', 'entra il'))).fields;
    expect([fields.subject, fields.deadlines]).toEqual([null, []]);
  });

  it('leaves "entra in vigore il …" alone', () => {
    expect(extractFields(scanned(letter('Oggetto:', 'sul regolamento che entra in vigore il'))).fields.deadlines).toEqual([]);
  });
});

describe('an address and a city line as OCR misreads them', () => {
  const block = (pec: string) =>
    scanned(`
REGIONE VALDORA
Valdora, 12 novembre 2031

>Alla Ditta Forniture Isontine S.r.l.
>34170 Gorizia {GO}
>PEC: ${pec}

Oggetto: ordine di fornitura

Si ordina la fornitura.
`);

  it('joins a provider’s domain broken by a space, and puts its lost letter back', () => {
    expect(extractFields(block('forniture.isontine@legalma l.it')).fields.emails).toContain('forniture.isontine@legalmail.it');
  });

  it('reads a province’s code in braces as in brackets', () => {
    expect(extractFields(block('forniture.isontine@legalmail.it')).fields.recipients).toEqual(['Alla Ditta Forniture Isontine S.r.l. 34170 Gorizia (GO)']);
  });

  it('leaves two words that make no provider’s domain apart', () => {
    expect(extractFields(block('forniture@ditta.it su richiesta.it')).fields.emails).toContain('forniture@ditta.it');
  });
});

describe('an addressee block and an address as OCR misreads them on a scanned page', () => {
  const block = (opening: string, pec: string) =>
    scanned(`
COMUNE DI VALDORA
Valdora, 12 novembre 2031

>${opening} Distretto di Valdora – Ufficio di Piano
>${pec}

Oggetto: richiesta di proroga

Si chiede la proroga.
`);

  it('reads "AIla" opening an addressee line as "Alla"', () => {
    expect(extractFields(block('AIla', 'piano@comune.valdora.vd.it')).fields.recipients).toEqual(['Alla Distretto di Valdora – Ufficio di Piano']);
  });

  it('reads "A!" opening an addressee line as "Al", a block of its own', () => {
    const pages = scanned(`
COMUNE DI VALDORA
Valdora, 12 novembre 2031

>Al Sindaco
>A! Presidente del Consiglio comunale
>SEDE

Oggetto: parere
`);
    expect(extractFields(pages).fields.recipients).toEqual(['Al Sindaco', 'Al Presidente del Consiglio comunale']);
  });

  it('reads "AI" before a singular office ("AI Direttore generale") as "Al", and "AI" before a plural as "Ai"', () => {
    const pages = scanned(`
COMUNE DI VALDORA
Valdora, 12 novembre 2031

>AI Direttore generale delle Politiche sociali
>AI Sindaci dei Comuni dell'Ambito

Oggetto: parere
`);
    expect(extractFields(pages).fields.recipients).toEqual(['Al Direttore generale delle Politiche sociali', "AI Sindaci dei Comuni dell'Ambito"]);
  });

  it('joins a domain whose dot was read as a space', () => {
    expect(extractFields(block('Al', 'piano@pec.comune valdora.vd.it')).fields.emails).toEqual(['piano@pec.comune.valdora.vd.it']);
  });

  it('leaves an address that ends in its top-level domain apart from the word after it', () => {
    expect(extractFields(block('Al', 'piano@comune.valdora.it oppure.it')).fields.emails).toEqual(['piano@comune.valdora.it']);
  });

  it('leaves "AIla" on a printed page as printed', () => {
    expect(extractFields(letterPages(`
COMUNE DI VALDORA
Valdora, 12 novembre 2031

>AIla Regione Valdora

Oggetto: richiesta di proroga
`)).fields.recipients).toEqual([]);
  });
});

describe('marks, months and signs as OCR misreads them on a scanned page', () => {
  const order = (cc: string, when: string, price: string) =>
    scanned(`
PREFETTURA DI VALDORA
Prot. n. 21457 del 14/11/2031

>Alla Ditta Forniture Alfa S.r.l.
>${cc}
>Al Comando Provinciale dei Vigili del Fuoco

Oggetto: ordine di fornitura

La consegna dovrà avvenire entro le ore 18.00 del ${when}.
Trasporto e consegna: 1 x ${price}.
`);

  it('reads "epe." alone on its line as the copies’ mark', () => {
    expect(extractFields(order('epe.', '15 novembre 2031', '€ 700,00')).fields.cc).toEqual(['Al Comando Provinciale dei Vigili del Fuoco']);
  });

  it('reads a month with a letter or two misread ("15 novernbre 2031")', () => {
    expect(extractFields(order('e p.c.', '15 novernbre 2031', '€ 700,00')).fields.deadlines).toEqual([{ date: '2031-11-15' }]);
  });

  it('reads "È 700,00" as an amount in euros', () => {
    expect(extractFields(order('e p.c.', '15 novembre 2031', 'È 700,00')).fields.amounts).toContain(700);
  });

  it('leaves a word a month is far from as it is ("15 novizi 2031")', () => {
    expect(extractFields(order('e p.c.', '15 novizi 2031', '€ 700,00')).fields.deadlines).toEqual([]);
  });
});


describe('an office’s Roman number and a surname’s capital I, as OCR reads them', () => {
  const signed = (role: string, name: string) => `
COMUNE DI VALDORA
Valdora, 12 marzo 2031

>Alla Regione Terramare

Oggetto: trasmissione dell'Accordo di programma

Si trasmette l'Accordo di programma sottoscritto.

${role} | Il Sindaco
${name} | Raffaele Neri
`;

  it('reads "Settore ll" as "Settore II"', () => {
    const [first] = extractFields(scanned(signed('Il Dirigente del Settore ll', 'dott.ssa Antonella Rossi'))).fields.signatories;
    expect(first.role).toBe('Il Dirigente del Settore II');
  });

  it('reads a name line ending "Di lorio" as "Di Iorio"', () => {
    const [first] = extractFields(scanned(signed('Il Dirigente del Settore', 'dott.ssa Antonella Di lorio'))).fields.signatories;
    expect(first.name).toBe('Antonella Di Iorio');
  });

  it('leaves "Settore 11" and a printed page alone', () => {
    const printed = extractFields(letterPages(signed('Il Dirigente del Settore ll', 'dott.ssa Antonella Di lorio'))).fields.signatories[0];
    const numbered = extractFields(scanned(signed('Il Dirigente del Settore 11', 'dott.ssa Antonella Rossi'))).fields.signatories[0];
    expect([printed.role, numbered.role]).toEqual(['Il Dirigente del Settore ll', 'Il Dirigente del Settore 11']);
  });
});
