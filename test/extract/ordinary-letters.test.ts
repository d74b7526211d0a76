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

// Misfires a reviewer found in the rules added for blind sets 6–10 (30 November 2026, fourth session).
describe('ordinary letters are not misread by the rules for producers, bundles and calendars', () => {
  it('a reply mentioning when the other note arrived keeps its letterhead and protocol', () => {
    const { fields } = extractFields(letterPages(`
COMUNE DI VALDORA
Settore Servizi Sociali
Prot. n. 4567 del 14/03/2031
Vs. nota pervenuta il 10/03/2031

>Alla Regione Valdora

Oggetto: riscontro
`));
    expect([fields.sender, fields.protocol?.number]).toEqual(['Comune di Valdora', '4567']);
  });

  it('a figure "al 31/12/2030" in the text does not date the letter', () => {
    const { fields } = extractFields(letterPages(`
COMUNE DI VALDORA

>Alla Regione Valdora

Oggetto: dati

Popolazione al 31/12/2030

Valdora, 14/03/2031
`));
    expect(fields.documentDate).toBe('2031-03-14');
  });

  it('a letter whose page 2 begins "Allegato: …" keeps its signature', () => {
    const { fields } = extractFields(
      letterPages(`
COMUNE DI VALDORA
Prot. n. 1 del 02/02/2031

>Alla Regione Valdora

Oggetto: relazione

Si trasmette la relazione.
`, `
Allegato: relazione annuale 2030

>Il Responsabile del Servizio
>Anna Bianchi
`),
    );
    expect(fields.signatories).toEqual([{ role: 'Il Responsabile del Servizio', name: 'Anna Bianchi' }]);
  });

  it('a deliberation’s "ALLEGATO A" before its closing keeps the signatures that follow', () => {
    const { fields } = extractFields(
      letterPages(`
COMUNE DI VALDORA
DELIBERAZIONE DELLA GIUNTA COMUNALE N. 5 DEL 02/02/2031

OGGETTO: approvazione del regolamento

LA GIUNTA COMUNALE
DELIBERA di approvare il regolamento allegato.
`, `
ALLEGATO A – Regolamento del servizio
Art. 1 – Oggetto
`, `
Letto, approvato e sottoscritto.
Il Sindaco | Il Segretario Generale
Mario Rossi | Anna Verdi
`),
    );
    expect(fields.signatories.map((s) => s.name)).toEqual(['Mario Rossi', 'Anna Verdi']);
  });

  it('a table of the sessions a body held is no convocation', () => {
    const { fields } = extractFields(letterPages(`
COMUNE DI VALDORA

Oggetto: relazione sull'attività del tavolo

Il tavolo di coordinamento ha svolto i seguenti incontri:
Data | Ora | Argomento
12/01/2030 | 10:00 | Avvio
15/02/2030 | 10:00 | Verifica
`));
    expect(fields.meetings).toEqual([]);
  });

  it('a Region’s request for clarifications to the Comuni is a note', () => {
    const { fields } = extractFields(letterPages(`
REGIONE VALDORA
Prot. n. 0004567 del 12/03/2031

>Ai Comuni della Valdora
>LORO SEDI

Oggetto: Richiesta di chiarimenti sulla rendicontazione

Si chiedono chiarimenti.
`));
    expect(fields.docType).toBe('nota');
  });

  it('"Per presa visione" set apart keeps the body’s signature in the right column below it', () => {
    const { fields } = extractFields(letterPages(`
COMUNE DI VALDORA

Oggetto: comunicazione

Si comunica quanto segue.

Per presa visione
>Il Responsabile del Servizio
>Anna Bianchi
`));
    expect(fields.signatories).toEqual([{ role: 'Il Responsabile del Servizio', name: 'Anna Bianchi' }]);
  });

  it('a receiver’s IPA segnatura at the foot does not beat the typed protocol', () => {
    const { fields } = extractFields(letterPages(`
REGIONE VALDORA
Prot. n. 5000 del 14/03/2031

>Al Comune di Valdora

Oggetto: trasferimento

Si comunica quanto segue.
Distinti saluti.
>Il Dirigente
>Anna Neri
c_x123.AOO_VALDORA.REG-PROT.0001111.20-03-2031
`));
    expect(fields.protocol).toEqual({ number: '5000', date: '2031-03-14' });
  });

  it('"UNIVERSITÀ DEGLI STUDI" over a department is not joined to it', () => {
    const { fields } = extractFields(letterPages(`
UNIVERSITÀ DEGLI STUDI
Dipartimento di Giurisprudenza

>Al Comune di Valdora

Oggetto: tirocini
`));
    expect(fields.sender).toBe('Università degli Studi');
  });

  it('without a subject, a note across the page between addressees and copies keeps the copies', () => {
    const { fields } = extractFields(letterPages(`
COMUNE DI VALDORA

>Ai Consiglieri comunali
Trasmessa via PEC ai sensi dell'art. 47 del D.Lgs. 82/2005 agli indirizzi risultanti dagli atti dell'ufficio
>e p.c. Al Segretario Generale

AVVISO DI CONVOCAZIONE
Il Presidente del Consiglio Comunale convoca il Consiglio in seduta ordinaria per discutere del bilancio
>Il Presidente
>Mario Rossi
`));
    expect(fields.cc).toEqual(['Al Segretario Generale']);
  });
});
