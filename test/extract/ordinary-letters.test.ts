import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { layoutLines } from '../../shared/read/layout-lines.ts';
import { letterPages } from '../support/letter-pages.ts';

// Ordinary letters that the rules for stamps, pictures and footers must leave as they are.
describe('ordinary letters are not misread by the rules for real mail', () => {
  it('a ministry’s own segnatura printed under the text is still the letter’s protocol', () => {
    const { fields } = extractFields(letterPages(`
MINISTERO DEL LAVORO E DELLE POLITICHE SOCIALI

>Alle Regioni

Oggetto: indicazioni sul Fondo

Si trasmettono le indicazioni.
m_lps.41.REGISTRO UFFICIALE.U.0012345.12-05-2031
`));
    expect(fields.protocol).toEqual({ number: '0012345', date: '2031-05-12' });
  });

  it('a ministry’s segnatura cited in the subject is neither the protocol nor the sender', () => {
    const { fields } = extractFields(letterPages(`
Settore Politiche Sociali
Prot. n. 0004411 del 20/05/2031

>Ai Comuni dell'Ambito

Oggetto: nota m_lps.41.REGISTRO UFFICIALE.U.0004567.10-05-2031 – trasmissione.
`));
    expect(fields.protocol?.number).toBe('0004411');
    expect(fields.sender).not.toBe('Ministero del Lavoro e delle Politiche Sociali');
  });

  it('a Region writing to its health agencies is the sender, not the first agency addressed', () => {
    const { fields } = extractFields(letterPages(`
REGIONE VALDORA
Direzione Regionale Salute
Prot. n. 0007001 del 02/03/2031

>Ai Direttori Generali
>ASL Valdora 1
>ASL Valdora 2

Oggetto: indicazioni per le dimissioni protette
`));
    expect(fields.sender).toBe('Regione Valdora');
  });

  it('a subject about a law "entrata in vigore" does not hide the protocol above it', () => {
    const { fields } = extractFields(letterPages(`
COMUNE DI ROCCALTA
Prot. n. 0012345 del 12/05/2031
Oggetto: entrata in vigore del D.Lgs. 36/2023.
`));
    expect(fields.protocol?.number).toBe('0012345');
  });

  it('an office called "Sportello ingresso" in the letterhead, above its address, is no receiver’s stamp', () => {
    const { fields } = extractFields(letterPages(`
COMUNE DI ROCCALTA
Ufficio Immigrazione – Sportello ingresso
Via Roma 12 – 83000 Roccalta

>Alla Prefettura di Valdora

Oggetto: richiesta di nulla osta
`));
    expect(fields.sender).toBe('Comune di Roccalta');
  });

  it('a circular with a reply slip at its foot is still a circular, not a form', () => {
    const { fields } = extractFields(letterPages(`
ISTITUTO COMPRENSIVO "VALDORA"
Prot. n. 0001234 del 03/10/2031

>Alle famiglie degli alunni
>LORO SEDI

Oggetto: uscita didattica del 20 ottobre 2031

Si comunica che il giorno 20 ottobre 2031 le classi terze visiteranno il museo civico.
Le famiglie sono pregate di restituire il tagliando compilato ai docenti.
La quota di partecipazione è di euro 12,00 a studente.
Si ringrazia per la collaborazione.
»Il Dirigente Scolastico
»Anna Rossi

Il/La sottoscritto/a ______________________ genitore dell'alunno/a ______________
della classe ______ autorizza il/la proprio/a figlio/a a partecipare.
Data ___/___/______ Firma ______________________
`));
    expect(fields.docType).not.toBe('modulo');
  });

  it('the publication of an interview calendar by a deadline is no meeting', () => {
    const { fields } = extractFields(letterPages(`
UNIVERSITÀ DEGLI STUDI DI VALDORA

Oggetto: selezione dei tutor

Il calendario dei colloqui sarà pubblicato sul sito entro il 30/05/2031 alle ore 12:00.
`));
    expect(fields.meetings).toEqual([]);
  });

  it('a sentence wrapping onto "parere favorevole di regolarità…" leaves the act’s own place-and-date line', () => {
    const { fields } = extractFields(letterPages(`
COMUNE DI ROCCALTA
DETERMINAZIONE N. 45 DEL 03/02/2031
Oggetto: affidamento del servizio

Visto il
parere favorevole di regolarità tecnica espresso dal responsabile del servizio;
DETERMINA
di affidare il servizio.
Roccalta, 05/02/2031
`));
    expect(fields.documentDate).toBe('2031-02-05');
  });

  it('the treasurer bank in the footer is not the sender', () => {
    const pages = letterPages(`
Servizio Amministrativo

>Alla Direttrice

Oggetto: richiesta
`);
    const last = pages[0].lines[pages[0].lines.length - 1];
    const bank = 'Istituto Tesoriere Banca Popolare di Valdora – IBAN IT00X0000000000000000000000';
    pages[0].lines.push({ ...last, index: last.index + 1, y: 40, size: 8, text: bank, segments: [{ x: 60, end: 500, text: bank }] });
    expect(extractFields(pages).fields.sender).toBeNull();
  });

  it('an OCR’d plural ("Comuni dell’Ambito") is not taken for a misread kind of body', () => {
    const rows = ['Comuni dell’Ambito Territoriale Valdora', '', 'Oggetto: riunione'];
    const lines = layoutLines(rows.map((text, i) => ({ text, x: 60, y: 790 - i * 16, width: text.length * 6, size: 11 })), 1, 595, true);
    const { fields } = extractFields([{ page: 1, width: 595, height: 842, ocr: true, lines }]);
    expect(fields.sender).not.toBe('Comune dell’Ambito Territoriale Valdora');
  });
});
