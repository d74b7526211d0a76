import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

const municipalNote = letterPages(`
COMUNE DI BARI
Ripartizione Servizi Sociali

Prot. n. 0012345/2024 del 05/03/2024 | Bari, 5 marzo 2024

>Al Dirigente della Sezione Inclusione Sociale
>Regione Puglia
>PEC: inclusione.sociale@pec.rupar.puglia.it

>e p.c.
>Al Sindaco del Comune di Bitonto
>SEDE

Oggetto: Fondo Nazionale Politiche Sociali 2023 – trasmissione della rendicontazione
del Piano di Zona e richiesta di proroga.

Con riferimento alla nota regionale, ai sensi della legge 8 novembre 2000, n. 328, si trasmette
la rendicontazione per un importo complessivo di € 125.000,00 e si chiede di poter completare
l'inserimento dei dati entro e non oltre le ore 12:00 del 15 aprile 2024.

Distinti saluti.

Il Dirigente
Dott. Mario Rossi
`);

describe('a protocolled note from a municipality', () => {
  const { fields } = extractFields(municipalNote);

  it('names the sender from the letterhead, in title case', () => {
    expect(fields.sender).toBe('Comune di Bari');
  });

  it('reads the protocol number as printed and its date', () => {
    expect(fields.protocol).toEqual({ number: '0012345/2024', date: '2024-03-05' });
  });

  it('dates the letter from its place-and-date line', () => {
    expect(fields.documentDate).toBe('2024-03-05');
  });

  it('joins the subject lines up to the blank line', () => {
    expect(fields.subject).toBe('Fondo Nazionale Politiche Sociali 2023 – trasmissione della rendicontazione del Piano di Zona e richiesta di proroga.');
  });

  it('keeps the addressee block without its PEC line, and the copy apart', () => {
    expect(fields.recipients).toEqual(['Al Dirigente della Sezione Inclusione Sociale Regione Puglia']);
    expect(fields.cc).toEqual(['Al Sindaco del Comune di Bitonto']);
  });

  it('finds the deadline, the amount, the law and the PEC address', () => {
    expect(fields.deadlines).toEqual([{ date: '2024-04-15' }]);
    expect(fields.amounts).toEqual([125000]);
    expect(fields.legalReferences).toEqual(['L. 328/2000']);
    expect(fields.emails).toEqual(['inclusione.sociale@pec.rupar.puglia.it']);
  });

  it('reads the signatory without the title', () => {
    expect(fields.signatories).toEqual([{ role: 'Il Dirigente', name: 'Mario Rossi' }]);
  });

  it('classifies a municipality’s protocolled word to one office of its Region, signed by an office, as a note', () => {
    // As the labelled sets do for a local body writing to one body (see doc-type.ts); a mayor's would be a letter.
    expect(fields.docType).toBe('nota');
  });
});

describe('a convocation with a second call', () => {
  const { fields } = extractFields(
    letterPages(`
UNIONE DEI COMUNI DELLA BASSA ROMAGNA

>Ai componenti del Comitato di Distretto
>LORO SEDI

Oggetto: convocazione del Comitato di Distretto

La seduta del Comitato è convocata per il giorno giovedì 12 giugno 2025 alle ore 10:00 in prima
convocazione e, occorrendo, in seconda convocazione il giorno 13 giugno 2025 alle ore 11.30, presso
la sala consiliare. Si chiede di confermare la presenza entro il 10/06/2025.

Il Presidente
Anna Bianchi
`),
  );

  it('finds every meeting called, second call included, in 24-hour time', () => {
    expect(fields.meetings).toEqual([
      { date: '2025-06-12', time: '10:00' },
      { date: '2025-06-13', time: '11:30' },
    ]);
  });

  it('classifies it as a convocation and keeps the RSVP date as a deadline', () => {
    expect(fields.docType).toBe('convocazione');
    expect(fields.deadlines).toEqual([{ date: '2025-06-10' }]);
  });

  it('drops "LORO SEDI" from the addressee', () => {
    expect(fields.recipients).toEqual(['Ai componenti del Comitato di Distretto']);
  });
});

describe('rules that keep false values out', () => {
  it('does not take a start date or a reference date for a deadline', () => {
    const { fields } = extractFields(letterPages('La piattaforma sarà aperta a decorrere dal 24 ottobre 2023 e i dati al 31/12/2024 saranno verificati.'));
    expect(fields.deadlines).toEqual([]);
  });

  it('does not take a past meeting for one being called', () => {
    const { fields } = extractFields(letterPages("A seguito dell'incontro del 7 marzo 2023 alle ore 10:00 si riepiloga quanto emerso."));
    expect(fields.meetings).toEqual([]);
  });

  it('does not read "ad oggetto" inside a sentence as the subject', () => {
    const { fields } = extractFields(letterPages('Si trasmette la nota ad oggetto: richiesta dati.', 'OGGETTO DELL\'APPALTO', 'Servizio di trasporto.'));
    expect(fields.subject).toBeNull();
  });

  it('has no sender when the page has no letterhead', () => {
    const { fields } = extractFields(letterPages('Seminari territoriali: gli impegni per il 2023', '', 'Si è concluso ieri il ciclo di incontri.'));
    expect(fields.sender).toBeNull();
    expect(fields.docType).toBe('comunicato');
  });

  it('keeps a signature block without a printed name with name null', () => {
    const { fields } = extractFields(letterPages('Oggetto: avviso', '', 'Si porgono distinti saluti.', '', 'Il Responsabile del Procedimento'));
    expect(fields.signatories).toEqual([{ role: 'Il Responsabile del Procedimento', name: null }]);
  });
});

describe('more ways letters are written', () => {
  it('does not take the protocol of the note being answered for the letter’s own', () => {
    const { fields } = extractFields(letterPages('COMUNE DI LECCE', '', 'Rif. nota prot. n. 4567 del 02/02/2024', '', 'Oggetto: riscontro'));
    expect(fields.protocol).toBeNull();
  });

  it('drops an AOO code printed before the protocol number', () => {
    const { fields } = extractFields(letterPages('Prot. n. AOODGCASIS 0001234 del 05/03/2024', '', 'Oggetto: prova'));
    expect(fields.protocol).toEqual({ number: '0001234', date: '2024-03-05' });
  });

  it('reads a subject set in a table cell beside its label', () => {
    const { fields } = extractFields(letterPages('Oggetto | Avviso pubblico per la selezione di supervisori'));
    expect(fields.subject).toBe('Avviso pubblico per la selezione di supervisori');
  });

  it('reaches a deadline printed a long way after its cue', () => {
    const { fields } = extractFields(letterPages('Il termine ultimo per la presentazione delle domande di partecipazione al bando è fissato al 15 marzo 2024.'));
    expect(fields.deadlines).toEqual([{ date: '2024-03-15' }]);
  });

  it('does not read the end of a meeting as a second meeting', () => {
    const { fields } = extractFields(letterPages("La riunione è convocata per il giorno 12 marzo 2024 dalle ore 9:30 alle ore 13:00 presso la sede dell'Ambito."));
    expect(fields.meetings).toEqual([{ date: '2024-03-12', time: '09:30' }]);
  });

  it('types a "Delibera di Giunta Regionale" as D.G.R.', () => {
    const { fields } = extractFields(letterPages('In attuazione della Delibera di Giunta Regionale n. 45 del 3 febbraio 2023.'));
    expect(fields.legalReferences).toEqual(['D.G.R. 45/2023']);
  });

  it('reads a signer whose surname has an elided particle', () => {
    const { fields } = extractFields(letterPages('Oggetto: prova', '', 'Cordiali saluti.', '', 'Il Coordinatore', "Gian Luca d'Amico"));
    expect(fields.signatories).toEqual([{ role: 'Il Coordinatore', name: "Gian Luca d'Amico" }]);
  });
});

describe('a school notice under the ministry line', () => {
  const { fields } = extractFields(
    letterPages(`
Ministero dell'Istruzione e del Merito
ISTITUTO COMPRENSIVO STATALE "G. MAZZINI"
Via Roma, 10 – 00100 Roma

Prot. n. 2345/IV.1 | Roma, 14/09/2023

>Ai Genitori degli alunni
>Al Personale Docente e ATA
>All'Albo on line

OGGETTO: Convocazione assemblea dei genitori.

Le assemblee sono convocate per giovedì 12 ottobre 2023 alle ore 16:30 in modalità telematica.
`),
  );

  it('names the school, not the ministry, as sender', () => {
    expect(fields.sender).toBe('Istituto Comprensivo Statale "G. Mazzini"');
  });

  it('keeps the protocol’s filing suffix and takes the date printed on its line', () => {
    expect(fields.protocol).toEqual({ number: '2345/IV.1', date: '2023-09-14' });
  });

  it('reads one-line addressees as separate recipients', () => {
    expect(fields.recipients).toEqual(['Ai Genitori degli alunni', 'Al Personale Docente e ATA', "All'Albo on line"]);
  });
});

describe('protocol stamps as e-protocol systems print them', () => {
  it.each([
    ['REGIONE PUGLIA - PROT. 12/03/2024 - 0012345', { number: '0012345', date: '2024-03-12' }],
    ['Prot. N° 4567 / U del 12.03.2024', { number: '4567/U', date: '2024-03-12' }],
    ['Numero di protocollo: 0098765 del 1° marzo 2024', { number: '0098765', date: '2024-03-01' }],
  ])('%s', (stamp, expected) => {
    expect(extractFields(letterPages(`${stamp}\n\nOggetto: prova`)).fields.protocol).toEqual(expected);
  });
});

describe('times as letters write them', () => {
  it('reads a deadline hour written with a dot ("entro le ore 13.00 del …")', () => {
    expect(extractFields(letterPages('Si prega di rispondere entro le ore 13.00 del 30 aprile 2024.')).fields.deadlines).toEqual([{ date: '2024-04-30' }]);
  });

  it('reads a meeting time written without "ore" ("alle 10:30")', () => {
    expect(extractFields(letterPages('La riunione è convocata il 3 maggio 2024 alle 10:30 presso la sede.')).fields.meetings).toEqual([{ date: '2024-05-03', time: '10:30' }]);
  });
});

describe('a decree that opens with its signer’s role', () => {
  it('does not take the heading "IL DIRIGENTE" for an unsigned block', () => {
    const { fields } = extractFields(letterPages('IL DIRIGENTE\nVISTO il D.Lgs. 165/2001 e la legge regionale n. 5 del 2020;\nDECRETA\ndi approvare.\n\nIL DIRIGENTE\nMario Rossi'));
    expect(fields.signatories).toEqual([{ role: 'IL DIRIGENTE', name: 'Mario Rossi' }]);
  });
});

describe('hostile text', () => {
  it('still finds an address beside runs of hundreds of thousands of characters', () => {
    const text = `${'a'.repeat(200_000)} x@${'b'.repeat(200_000)} scrivere a UfficioDiPiano@pec.comune.it.`;
    expect(extractFields(letterPages(text)).fields.emails).toEqual(['ufficiodipiano@pec.comune.it']);
  });
});

describe('small variations seen in real letters', () => {
  it('reads the signer after "Firmato digitalmente da:"', () => {
    const { fields } = extractFields(letterPages('Oggetto: x', '', 'Distinti saluti.', '', 'Il Dirigente', 'Firmato digitalmente da: Mario Rossi'));
    expect(fields.signatories).toEqual([{ role: 'Il Dirigente', name: 'Mario Rossi' }]);
  });

  it('corrects the common misprint "D.lsg." to D.Lgs.', () => {
    expect(extractFields(letterPages('ai sensi del D.lsg. 267/2000')).fields.legalReferences).toEqual(['D.Lgs. 267/2000']);
  });
});

describe('a deadline behind a period of days', () => {
  it('finds "non oltre il …" after "entro 60 giorni e comunque"', () => {
    const { fields } = extractFields(letterPages('Le Regioni trasmettono la programmazione entro 60 giorni e comunque non oltre il 30 giugno 2024.'));
    expect(fields.deadlines).toEqual([{ date: '2024-06-30' }]);
  });
});

describe('an act with its own number in the heading', () => {
  const { fields } = extractFields(
    letterPages(`
REGIONE LAZIO
DECRETO DIRIGENZIALE n. G08270 del 04 luglio 2023

Oggetto: riparto del Fondo per la lotta alla povertà ai sensi del D.Lgs. 147/2017.

IL DIRETTORE
visto il D.Lgs. 147/2017, decreta di ripartire € 2 milioni tra gli Ambiti.
`),
  );

  it('is a decree dated from its heading', () => {
    expect(fields.docType).toBe('decreto');
    expect(fields.documentDate).toBe('2023-07-04');
  });

  it('cites the laws it applies, not its own number', () => {
    expect(fields.legalReferences).toEqual(['D.Lgs. 147/2017']);
  });

  it('reads "€ 2 milioni" as two million euros', () => {
    expect(fields.amounts).toEqual([2_000_000]);
  });
});

describe('a deliberation whose heading cites its own number', () => {
  const { fields } = extractFields(
    letterPages(`
REGIONE CAMPANIA
DELIBERAZIONE DELLA GIUNTA REGIONALE n. 502 del 22 dicembre 2020

Oggetto: approvazione del Piano sociale regionale ai sensi della L.R. 11/2007.
`),
  );

  it('leaves its own number out of the references', () => {
    expect(fields.docType).toBe('delibera');
    expect(fields.legalReferences).toEqual(['L.R. 11/2007']);
  });
});

describe('a municipal deliberation', () => {
  const { fields } = extractFields(
    letterPages(`
COMUNE DI FOGGIA
VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE
N. 45 del 12/03/2024

OGGETTO: Approvazione del progetto di supervisione professionale.

Il giorno 12/03/2024 alle ore 10:00, nella sala delle adunanze, si è riunita la Giunta Comunale.
Vista la deliberazione del Consiglio Comunale n. 12 del 28/02/2024;
`),
  );

  it('is dated from its heading, even when the number wraps to the next line', () => {
    expect(fields.docType).toBe('delibera');
    expect(fields.documentDate).toBe('2024-03-12');
  });

  it('does not take the session that adopted it for a meeting', () => {
    expect(fields.meetings).toEqual([]);
  });

  it('leaves municipal deliberations out of the legal references', () => {
    expect(fields.legalReferences).toEqual([]);
  });
});

describe('provenance', () => {
  it('cites the page and line each value was read from', () => {
    const { evidence } = extractFields(municipalNote);
    expect(evidence.deadlines?.[0]).toMatchObject({ page: 1, ocr: false });
    expect(evidence.deadlines?.[0].snippet).toContain('15 aprile 2024');
    expect(evidence.subject?.[0].snippet).toMatch(/^Oggetto:/);
  });
});

describe('tables read column by column', () => {
  const allocation = letterPages(`
Oggetto: riparto del fondo agli Ambiti

Il fondo è ripartito come segue.

Ambito | Popolazione | Importo (euro)
Ambito di Lago | 21.340 | 248.500,00
Ambito di Monte | 33.812 | 312.750,00
Totale | 55.152 | 561.250,00

Adempimento | Soggetto | Termine
Caricamento dati | Ambiti | 30 giugno 2024
Avvio dei servizi | Comuni | dal 1° ottobre 2024
`);
  const { fields } = extractFields(allocation);

  it('takes the euro figures of a money table, and not the counts of a population column', () => {
    expect(fields.amounts.sort((a, b) => a - b)).toEqual([248500, 312750, 561250]);
  });

  it('takes every figure of a column headed in euros, one figure to a row', () => {
    const { fields } = extractFields(letterPages(`
Oggetto: assegnazione del fondo

Ambito | Assegnazione 2023 (€)
Monza | 1.021.480,00
Lecco | 562.870,00
`));
    expect(fields.amounts.sort((a, b) => a - b)).toEqual([562870, 1021480]);
  });

  it('leaves out whole numbers printed beside euros in cents, header or not', () => {
    const { fields } = extractFields(letterPages(`
Oggetto: riparto delle risorse in euro

Piemonte | 4.251.351 | 1.080.877,98
Lombardia | 9.976.509 | 2.536.461,68
`));
    expect(fields.amounts.sort((a, b) => a - b)).toEqual([1080877.98, 2536461.68]);
  });

  it('takes amounts in cents one to a row, and not a count set beside a euro sign in the next cell', () => {
    const { fields } = extractFields(letterPages(`
Oggetto: valori economici della misura in euro

Soglia ISEE del nucleo familiare | 9.360,00
Integrazione del reddito familiare | 6.000,00

Pratola Peligna | 7.312 | € 18.280,00 non versata
Raiano | 2.694 | € 6.735,00 non versata
`));
    expect(fields.amounts.sort((a, b) => a - b)).toEqual([6000, 6735, 9360, 18280]);
  });

  it('follows a money table onto the next page', () => {
    const pages = letterPages(
      `
Oggetto: ammissione a finanziamento

Ambito territoriale | Regione | Importo ammesso (euro)
Ambito di Napoli | Campania | 750.000,00
Ambito di Torino | Piemonte | 680.000,00
`,
      `
Ambito di Potenza | Basilicata | 298.750
Totale | 1.728.750
`,
    );
    expect(extractFields(pages).fields.amounts.sort((a, b) => a - b)).toEqual([298750, 680000, 750000, 1728750]);
  });

  it('takes the dates of a column headed "Termine" as deadlines, and not a start date', () => {
    expect(fields.deadlines).toEqual([{ date: '2024-06-30' }]);
  });
});

describe('a second call on the following day', () => {
  it('dates the second call the day after the first', () => {
    const { fields } = extractFields(letterPages(`
Oggetto: convocazione della Conferenza dei Sindaci

La Conferenza dei Sindaci è convocata per mercoledì 19 giugno 2024, in prima convocazione alle ore
9,00 e in seconda convocazione alle ore 10.30 del giorno successivo, per discutere l'ordine del giorno.
`));
    expect(fields.meetings).toEqual([
      { date: '2024-06-19', time: '09:00' },
      { date: '2024-06-20', time: '10:30' },
    ]);
  });
});

describe('a protocol number behind an AOO code', () => {
  it('drops the AOO prefix and keeps the number as printed', () => {
    const { fields } = extractFields(letterPages(`
REGIONE PUGLIA

Protocollo n. AOO_146/0003012 del 01/03/2024

Oggetto: trasmissione dei dati
`));
    expect(fields.protocol).toEqual({ number: '0003012', date: '2024-03-01' });
  });
});

describe('addressee blocks set flush right', () => {
  const { fields } = extractFields(letterPages(`
AZIENDA SANITARIA LOCALE

»Ai Sindaci dei Comuni capofila
»dei Distretti Sociosanitari 1, 2 e 3
»LORO SEDI

»e p.c.
»Alla Regione Lazio
»Direzione Regionale Inclusione Sociale
»Roma


CIRCOLARE N. 7 DEL 10 MAGGIO 2024

Oggetto: aggiornamento dei protocolli operativi
`));

  it('joins the lines of a block by their shared right edge', () => {
    expect(fields.recipients).toEqual(['Ai Sindaci dei Comuni capofila dei Distretti Sociosanitari 1, 2 e 3']);
    expect(fields.cc).toEqual(['Alla Regione Lazio Direzione Regionale Inclusione Sociale Roma']);
  });
});

describe('signature blocks', () => {
  it('joins an office line to the role above it, and takes the name below, for blocks side by side', () => {
    const { fields } = extractFields(letterPages(`
Oggetto: programmazione sociale

Si confida nella consueta collaborazione e si porgono distinti saluti.

La Funzionaria P.O. | La Dirigente della Sezione
Programmazione Sociale | Inclusione Sociale Attiva
Dott.ssa Giulia Lamanna | Dott.ssa Caterina Binetti


Sezione Inclusione Sociale – PEC: sezione@pec.regione.it
`));
    expect(fields.signatories).toEqual([
      { role: 'La Funzionaria P.O. Programmazione Sociale', name: 'Giulia Lamanna' },
      { role: 'La Dirigente della Sezione Inclusione Sociale Attiva', name: 'Caterina Binetti' },
    ]);
  });

  it('reads a surname alone in brackets as the name, as prefects sign, and drops "Cons."', () => {
    const { fields } = extractFields(letterPages(`
Oggetto: accoglienza

Si ringrazia per la consueta collaborazione.

IL PREFETTO
(Montanari)

IL CAPO DEL DIPARTIMENTO
Cons. Alessandra Maffei
`));
    expect(fields.signatories).toEqual([
      { role: 'IL PREFETTO', name: 'Montanari' },
      { role: 'IL CAPO DEL DIPARTIMENTO', name: 'Alessandra Maffei' },
    ]);
  });

  it('reads an opinion signed on one line, and not a contact person as a signer', () => {
    const { fields } = extractFields(letterPages(`
Oggetto: accordo di programma

Parere di regolarità contabile: FAVOREVOLE.
Il Responsabile del Servizio Finanziario – F.to Rag. Carmine Vitale

Referente: dott.ssa Lucia Ferraro – tel. 06 4683 5012
`));
    expect(fields.signatories).toEqual([{ role: 'Il Responsabile del Servizio Finanziario', name: 'Carmine Vitale' }]);
  });
});

describe('a letterhead in spaced capitals', () => {
  it('reads the body name with its letters joined again', () => {
    const { fields } = extractFields(letterPages(`
C I T T À D I R A G U S A
SETTORE VI – SERVIZI SOCIALI

Oggetto: avviso pubblico
`));
    expect(fields.sender).toBe('Città di Ragusa');
  });
});

describe('protocol stamps', () => {
  it('reads the general register stamp "PG/2024/0234871 del 04/03/2024"', () => {
    const { fields } = extractFields(letterPages(`
REGIONE EMILIA-ROMAGNA
Giunta Regionale | PG/2024/0234871 del 04/03/2024 11:42:07

Oggetto: programmazione 2024
`));
    expect(fields.protocol).toEqual({ number: '0234871', date: '2024-03-04' });
    expect(fields.documentDate).toBe('2024-03-04');
  });

  it('takes the date a stamp prints on its own line, and not its label as a place', () => {
    const { fields } = extractFields(letterPages(`
PROVINCIA AUTONOMA DI TRENTO | PROTOCOLLO
Servizio politiche sociali | N. 0234567
Ufficio inclusione | DATA 13/03/2024

Trento, 12 marzo 2024

Oggetto: riparto del fondo
`));
    expect(fields.protocol).toEqual({ number: '0234567', date: '2024-03-13' });
    expect(fields.documentDate).toBe('2024-03-12');
  });
});

describe('the kind of document', () => {
  it('is a decree when its dispositive verb stands alone on a line, wherever the recitals end', () => {
    const { fields } = extractFields(letterPages(`
PRESIDENZA DEL CONSIGLIO DEI MINISTRI

IL CAPO DEL DIPARTIMENTO

VISTA la legge 8 novembre 2000, n. 328;

D E C R E T A

Art. 1 – Le risorse sono ripartite come da tabella.
`));
    expect(fields.docType).toBe('decreto');
  });

  it('drops an act\'s own number from its citations, and keeps the acts its recitals cite', () => {
    const { fields } = extractFields(letterPages(`
REGIONE LOMBARDIA
DELIBERAZIONE DELLA GIUNTA REGIONALE N. 4512 DEL 12/04/2024
LA GIUNTA REGIONALE
VISTA la legge 23 agosto 1988, n. 400;
VISTO il decreto legislativo 30 luglio 1999, n. 303;

D E L I B E R A
`));
    expect(fields.legalReferences).toEqual(['L. 400/1988', 'D.Lgs. 303/1999']);
  });

  it('is a convocation when its heading is a notice of convocation', () => {
    const { fields } = extractFields(letterPages(`
UNIONE DEI COMUNI DELLA BASSA VALLE SCRIVIA

AVVISO DI CONVOCAZIONE DELLA GIUNTA DELL'UNIONE

Oggetto: Convocazione della Giunta dell'Unione in seduta ordinaria.
`));
    expect(fields.docType).toBe('convocazione');
  });

  it('is a circular when a Region gives many bodies\' officials standing instructions at length, a note when a health agency does', () => {
    const letter = (sender: string) =>
      extractFields(letterPages(`
${sender}

Prot. n. 0001234 del 04/03/2024

>Ai Responsabili degli Uffici di Piano
>LORO SEDI

Oggetto: gestione dei fondi del Piano di Zona
`, 'Art. 1 – Programmazione delle risorse.', 'Art. 2 – Rendicontazione delle risorse.')).fields.docType;
    expect(letter('REGIONE PUGLIA')).toBe('circolare');
    expect(letter('AZIENDA SANITARIA LOCALE ROMA 5')).toBe('nota');
  });

  it('is what a letter to many bodies calls itself: "la presente nota"', () => {
    const { fields } = extractFields(letterPages(`
PREFETTURA DI PERUGIA

Prot. n. 0018342/2024 del 09/04/2024

>Ai Sindaci dei Comuni della provincia
>LORO SEDI

Oggetto: accoglienza

Le comunicazioni dovranno fare riferimento alla presente nota.
`));
    expect(fields.docType).toBe('nota');
  });
});

describe('a deadline in the current month', () => {
  it('reads "entro il 30 c.m." as that day of the month the letter is dated in', () => {
    const { fields } = extractFields(letterPages(`
Monza, 6 maggio 2024

Oggetto: buoni sociali

I piani dovranno essere approvati entro il 30 c.m. dall'Assemblea dei Sindaci.
`));
    expect(fields.deadlines).toEqual([{ date: '2024-05-30' }]);
  });
});

describe('times that are not meetings', () => {
  it('does not take the opening of a platform "a partire dalle ore 10:00" for a meeting', () => {
    const { fields } = extractFields(letterPages(`
Oggetto: invito a presentare progetti

I progetti dovranno essere presentati dal capofila individuato dal Comitato di Distretto tramite
l'applicativo, che sarà aperto a partire dalle ore 10:00 del 25 marzo 2024.
`));
    expect(fields.meetings).toEqual([]);
  });
});

describe('addressees beside a letterhead in the left column', () => {
  it('reads only the right-hand column, and not the letter\'s own particulars as copies', () => {
    const { fields } = extractFields(letterPages(`
INPS | Ai Responsabili delle Agenzie
Istituto Nazionale Previdenza Sociale
>Ai Coordinatori generali delle Aree

>E, per conoscenza,
Roma, 28-03-2024 | Al Presidente
Allegati n. 1

>Al Vice Presidente

Oggetto: Assegno di inclusione
`));
    expect(fields.recipients).toEqual(['Ai Responsabili delle Agenzie', 'Ai Coordinatori generali delle Aree']);
    expect(fields.cc).toEqual(['Al Presidente', 'Al Vice Presidente']);
  });
});

describe('recipients on the left, copies on the right', () => {
  it('reads the two columns apart', () => {
    const { fields } = extractFields(letterPages(`
AZIENDA SANITARIA PROVINCIALE DI RAGUSA

Al Sindaco del Comune di Ragusa | e p.c.
Ente capofila del Distretto D44 | Alla Regione Siciliana
Ai Sindaci dei Comuni di Giarratana, | Palermo
Monterosso Almo e Santa Croce Camerina
Loro PEC | SEDE

Oggetto: attivazione del PUA
`));
    expect(fields.recipients).toEqual(['Al Sindaco del Comune di Ragusa Ente capofila del Distretto D44', 'Ai Sindaci dei Comuni di Giarratana, Monterosso Almo e Santa Croce Camerina']);
    expect(fields.cc).toEqual(['Alla Regione Siciliana Palermo']);
  });
});

describe('a dateline followed by more text', () => {
  it('reads the date of "Milano, 12 giugno 2024 – Prot. n. 387/2024" for the letter and its protocol', () => {
    const { fields } = extractFields(letterPages(`
ANCI Lombardia

Milano, 12 giugno 2024 – Prot. n. 387/2024

Oggetto: fondo sociale regionale
`));
    expect(fields.documentDate).toBe('2024-06-12');
    expect(fields.protocol).toEqual({ number: '387/2024', date: '2024-06-12' });
  });

  it('reads a press release\'s dateline, "Cagliari, 22 maggio 2024 – La Giunta…"', () => {
    const { fields } = extractFields(letterPages(`
Cagliari, 22 maggio 2024 – La Giunta regionale, nella seduta di ieri, ha approvato le linee guida.
`));
    expect(fields.documentDate).toBe('2024-05-22');
  });
});

describe('amounts in prose', () => {
  it('takes both ends of a range written with the currency once', () => {
    const { fields } = extractFields(letterPages(`
Il sussidio varia da 300 a 580 euro mensili; i progetti valgono tra 5 e 10 milioni di euro.
`));
    expect(fields.amounts.sort((a, b) => a - b)).toEqual([300, 580, 5_000_000, 10_000_000]);
  });
});

describe('a bilingual letterhead', () => {
  it('takes the Italian name beside the German one, and a "Prot. Nr. / n." stamp', () => {
    const { fields } = extractFields(letterPages(`
AUTONOME PROVINZ BOZEN | PROVINCIA AUTONOMA DI BOLZANO
SÜDTIROL | ALTO ADIGE

Alle Comunità comprensoriali | Prot. Nr. / n. 129874 – 18.02.2025

Oggetto: dimissioni protette
`));
    expect(fields.sender).toBe('Provincia Autonoma di Bolzano');
    expect(fields.protocol).toEqual({ number: '129874', date: '2025-02-18' });
  });
});

