import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../shared/extract/amounts.ts';
import { letterheadMayBePicture } from '../../shared/extract/sender.ts';
import { SourceText } from '../../shared/extract/source-text.ts';
import { tableColumns } from '../../shared/extract/table-columns.ts';
import type { Line } from '../../shared/read/page-text.ts';
import { describeFieldRows, type FieldRow } from '../support/field-rows.ts';
import { letterPages } from '../support/letter-pages.ts';

// Kinds the eighteenth session found in blind sets 62, 65, 66 and 67 and in its own reading change, each written anew with
// invented bodies and figures: every kind row fails on the code before its fix; the guard rows pass on both.

const regionLetter = (body: string, head = 'REGIONE TERRAMARE\nDirezione Politiche Sociali') =>
  `${head}\n\nProt. n. 4410 | Valdora, 10 ottobre 2031\n\n>Ai Comuni capofila degli Ambiti\n\nOggetto: Programmazione 2031.\n\n${body}\n\n>Il Dirigente\n>Anna Neri`;

const KINDS: FieldRow[] = [
  ['reads a cover note forwarding its own body\'s decree by number, the decree headed without an Oggetto on the next page, as a note', "MINISTERO DELLE POLITICHE SOCIALI\nDirezione Generale per l'inclusione\n\nProt. n. 16320 | Valdora, 22 ottobre 2031\n\n>Alle Regioni\n>Loro PEC\n\nOggetto: Decreto direttoriale n. 512 del 20 ottobre 2031 – Riparto del Fondo – Trasmissione.\n\nSi trasmette il\ndecreto direttoriale n. 512 del 20 ottobre 2031, con il quale è ripartito il Fondo.\n\n>Il Dirigente della Divisione II\n>Anna Neri\n---page---\nMINISTERO DELLE POLITICHE SOCIALI\nDirezione Generale per l'inclusione\n\nDECRETO DIRETTORIALE N. 512 DEL 20 OTTOBRE 2031\nIL DIRETTORE GENERALE\nVISTA la legge 8 novembre 2000, n. 328, e in particolare le norme dedicate\nai servizi in favore delle persone in condizione di povertà estrema;\n\nDECRETA\n\nArt. 1 – Il Fondo è ripartito.\n\n>Il Direttore Generale\n>Mario Bini", 'docType', 'nota'],
  ['signs a cover note forwarding a Conference\'s act known by its register ("Repertorio atti n. 77/CU del …") by the cover\'s signer alone', "PRESIDENZA DEL CONSIGLIO DEI MINISTRI\nCONFERENZA UNIFICATA\n\n>Al Ministero delle Politiche Sociali\n\nOggetto: Intesa sul riparto del Fondo 2031. Repertorio atti n. 77/CU del 29 ottobre 2031.\n\nSi trasmette l'atto indicato in oggetto.\n\n>IL DIRETTORE DELL'UFFICIO\n>Anna Neri\n---page---\nPRESIDENZA DEL CONSIGLIO DEI MINISTRI\nCONFERENZA UNIFICATA\n\nRepertorio atti n. 77/CU del 29 ottobre 2031\n\nIntesa sul riparto del Fondo 2031.\n\nLA CONFERENZA UNIFICATA\n\nSANCISCE INTESA\n\nIl Segretario | Il Presidente\nLuca Rossi | Mario Bini", 'signatories', [{ role: "IL DIRETTORE DELL'UFFICIO", name: 'Anna Neri' }]],
  ['keeps the term a letter recalls by its date ("Resta fermo il termine del 30 novembre 2031 per l\'invio …")', regionLetter("Resta fermo il termine del 30 novembre 2031 per l'invio della scheda di programmazione."), 'deadlines', [{ date: '2031-11-30' }]],
  ['keeps both terms "Restano fermi il termine del … per la trasmissione …, nonché il termine del … per l\'invio …"', regionLetter("Restano fermi il termine del 20 novembre 2031 per la trasmissione dell'atto, nonché il termine del 30 novembre 2031 per l'invio della scheda."), 'deadlines', [{ date: '2031-11-20' }, { date: '2031-11-30' }]],
  ['keeps the date after which requests are refused ("Non saranno prese in considerazione richieste pervenute dopo il …")', regionLetter('Non saranno prese in considerazione richieste pervenute dopo il 20 novembre 2031.'), 'deadlines', [{ date: '2031-11-20' }]],
  ['keeps the term an act fixes for applications ("di fissare il termine per la presentazione … alle ore 12:00 del …")', regionLetter('DETERMINA\n\n2. di fissare il termine per la presentazione delle candidature alle ore 12:00 del 23 ottobre 2031, con invio via PEC;'), 'deadlines', [{ date: '2031-10-23' }]],
  ['takes no date by which the issuer will send papers "a codesta Direzione"', regionLetter('Questa Sezione provvederà a trasmettere a codesta Direzione Generale la scheda (Allegato A) entro il 30 novembre 2031, come previsto dalla circolare.'), 'deadlines', []],
  ['takes no date by which the issuer\'s office "deve trasmettere" its own data', regionLetter('Si rappresenta che questo Ufficio deve trasmettere i dati consolidati entro il 13 novembre 2031, ai fini del contributo.'), 'deadlines', []],
  ['takes no date by which the issuer will make papers available ("la documentazione sarà resa disponibile … entro il …")', regionLetter("La documentazione sarà resa disponibile nell'area riservata del sito entro il 17 novembre 2031."), 'deadlines', []],
  ['takes no date of a task a committee gives its own office about its own acts ("dare mandato all\'Ufficio di Piano … di pubblicarlo entro …")', regionLetter("Il Comitato DELIBERA di dare mandato all'Ufficio di Piano del Comune capofila di adottare la determinazione di approvazione dell'avviso e di pubblicarlo entro il 30 ottobre 2031 sull'albo pretorio."), 'deadlines', []],
  ['takes no past due date from an invoice table\'s "Scadenza" column in a reminder', "COOPERATIVA SOCIALE IL PINO\n\nValdora, 10 ottobre 2031\n\n>Al Comune di Valdora\n\nOggetto: Sollecito di pagamento.\n\nRisultano non pagate le seguenti fatture (importi in euro):\n\nFattura | Data | Totale | Scadenza\n412/PA | 31/05/2031 | 38.417,40 | 30/06/2031\n487/PA | 30/06/2031 | 37.951,20 | 30/07/2031\n\n>La Presidente\n>Anna Neri", 'deadlines', []],
  ['takes no session a writer proposes for a meeting it asks for ("Per parte nostra, proporremmo mercoledì … alle ore 15:00")', "ASSOCIAZIONE DEI COMUNI DI TERRAMARE\n\nValdora, 12 novembre 2031\n\n>Al Direttore Generale\n\nOggetto: Richiesta di incontro.\n\nLe chiedo un incontro tecnico. Per parte nostra, proporremmo mercoledì 19 novembre 2031 alle ore 15:00, presso la sede o in videoconferenza, ovvero altra data a Lei più congeniale.\n\n>Il Segretario Generale\n>Anna Neri", 'meetings', []],
  ['names the body of the footer where the letterhead prints only one of its offices ("DIPARTIMENTO WELFARE")', "DIPARTIMENTO WELFARE\nSEZIONE INCLUSIONE SOCIALE\n\nValdora, 4 novembre 2031\n\n>Al Ministero delle Politiche Sociali\n\nOggetto: Riscontro.\n\nSi trasmette la programmazione.\n\n>Il Dirigente\n>Anna Neri\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nRegione Terramare – Dipartimento Welfare – Sezione Inclusione sociale – Via Roma 52 – 70126 Valdora", 'sender', 'Regione Terramare'],
  ['reads a platform\'s receipt of an upload as "altro"', "REGIONE TERRAMARE\nServizio Piani di Zona\n\nRICEVUTA DI AVVENUTO CARICAMENTO N. 318/2031 DEL 05/10/2031\nOggetto: Distretto di Valdora – Rendicontazione del Fondo 2030.\n\nEnte trasmittente | Comune di Valdora\nStato della pratica | CARICATA", 'docType', 'altro'],
  ['dates a platform\'s receipt by its heading ("RICEVUTA … N. 318/2031 DEL 05/10/2031")', "REGIONE TERRAMARE\nServizio Piani di Zona\n\nRICEVUTA DI AVVENUTO CARICAMENTO N. 318/2031 DEL 05/10/2031\nOggetto: Distretto di Valdora – Rendicontazione del Fondo 2030.\n\nEnte trasmittente | Comune di Valdora", 'documentDate', '2031-10-05'],
  ['keeps a term whose date the page\'s end breaks, running footer and head between ("entro il 30" | … | "ottobre 2031")', "Piattaforma regionale – stampa del 05/10/2031\nREGIONE TERRAMARE\n\n>Al Comune di Valdora\n\nOggetto: Integrazioni.\n\nLe eventuali integrazioni dovranno essere caricate sulla piattaforma entro il 30\n\nDocumento generato automaticamente dal sistema\n---page---\nPiattaforma regionale – stampa del 05/10/2031\nottobre 2031; in mancanza, la pratica sarà valutata sugli atti.\n\nDocumento generato automaticamente dal sistema", 'deadlines', [{ date: '2031-10-30' }]],
  ['reads a letter to a person about a notice (subject "Avviso … – Ammissione con riserva") as a letter', "DISTRETTO SOCIO-SANITARIO DI VALDORA\nUfficio di Piano\n\nValdora, 10 novembre 2031\n\n>Alla Sig.ra C. M.\n>Via [omissis]\n>97016 Borgo\n\nOggetto: Avviso distrettuale per l'assegno di cura – Ammissione con riserva e richiesta di integrazione.\n\nGentile Signora,\nla Sua istanza è stata ammessa con riserva.\n\n>La Coordinatrice\n>Anna Neri", 'docType', 'lettera'],
  ['signs one person under two stacked titles, the second "Responsabile del procedimento", above one name', "DISTRETTO SOCIO-SANITARIO DI VALDORA\n\n>Alla Sig.ra C. M.\n\nOggetto: Assegno di cura.\n\nLa Sua istanza è ammessa.\n\n>La Coordinatrice dell'Ufficio di Piano\n>Responsabile del procedimento\n>dott.ssa Anna Neri", 'signatories', [{ role: "La Coordinatrice dell'Ufficio di Piano Responsabile del procedimento", name: 'Anna Neri' }]],
];

const GUARDS: FieldRow[] = [
  ['takes no term another act fixed, told in a convocation ("…, fissando per i Comuni capofila il termine del …")', regionLetter("Con la DGR n. 12/2031 la Regione ha approvato l'avviso, fissando per i Comuni capofila il termine del 30 novembre 2031 per il caricamento delle proposte."), 'deadlines', []],
  ['takes the new term only where the old one "è prorogato"', regionLetter("Il termine del 30 novembre 2031 per l'invio della scheda è prorogato al 15 dicembre 2031."), 'deadlines', [{ date: '2031-12-15' }]],
  ['takes no date from a count of requests that arrived after it', regionLetter('Le richieste pervenute dopo il 2 ottobre 2031 sono state 14.'), 'deadlines', []],
  ['keeps the date by which the reader, named "codesto Comune", will act', regionLetter('Questa Regione provvederà alla verifica; codesto Comune provvederà a pubblicare gli esiti entro il 30 novembre 2031.'), 'deadlines', [{ date: '2031-11-30' }]],
  ['keeps the date by which the documentation "dovrà essere trasmessa"', regionLetter('La documentazione dovrà essere trasmessa entro il 17 novembre 2031.'), 'deadlines', [{ date: '2031-11-17' }]],
  ['keeps the date of a filing a committee gives its own office to make to the Region ("dà mandato all\'Ufficio di Piano di trasmetterlo alla Regione entro …")', regionLetter("L'Assemblea approva il Piano e dà mandato all'Ufficio di Piano di trasmetterlo alla Regione Terramare entro il 29 novembre 2031."), 'deadlines', [{ date: '2031-11-29' }]],
  ['keeps a due date still to come in a table\'s "Scadenza" column', "COMUNE DI VALDORA\n\nValdora, 10 ottobre 2031\n\n>Ai Comuni dell'Ambito\n\nOggetto: Adempimenti.\n\nAdempimento | Scadenza\nScheda di monitoraggio | 30/11/2031\n\n>Il Dirigente\n>Anna Neri", 'deadlines', [{ date: '2031-11-30' }]],
  ['keeps a session a proposal fixes ("si propone un incontro tecnico, che si terrà giovedì … alle ore 10:00")', "COMUNE DI VALDORA\n\nValdora, 10 ottobre 2031\n\n>All'Azienda sanitaria\n\nOggetto: Protocollo dimissioni protette.\n\nPer la condivisione della bozza si propone un incontro tecnico, che si terrà giovedì 30 ottobre 2031 alle ore 10:00 presso la sala riunioni.\n\n>Il Dirigente\n>Anna Neri", 'meetings', [{ date: '2031-10-30', time: '10:00' }]],
  ['reads a public notice to the Comuni, its subject "Avviso pubblico …", as a notice', "COMUNE DI VALDORA\n\nValdora, 10 ottobre 2031\n\n>Ai Comuni dell'Ambito\n\nOggetto: Avviso pubblico per la selezione di supervisori.\n\nSi trasmette l'avviso.\n\n>Il Dirigente\n>Anna Neri", 'docType', 'avviso'],
];

describeFieldRows('kinds of blind sets 62–67 (eighteenth session)', KINDS);
describeFieldRows('what those kinds must not reach', GUARDS);

describe('a Distretto whose name is a picture above its lead Comune\'s line', () => {
  it('reads the picture when the letterhead\'s text names only the lead body ("Comune capofila Valdora – Comuni di …")', () => {
    // Prepare: the text under the drawn name, then the notice's title.
    const [page] = letterPages('Comune capofila Valdora – Comuni di Borgo, Sasso e Torre\nUfficio di Piano\n\nAVVISO PUBBLICO\n\nIl Distretto intende conferire tre incarichi.');
    // Act / Assess
    expect(letterheadMayBePicture(page.lines)).toBe(true);
  });
});

/** A table's line from its cells ([x, end, text]), as the reader gives it. */
const row = (index: number, y: number, gapBefore: number, cells: [number, number, string][], page = 1): Line => ({
  page, index, x: cells[0][0], y, size: 9.5, gapBefore,
  text: cells.map((c) => c[2]).join('\t'), segments: cells.map(([x, end, text]) => ({ x, end, text })),
});

describe('a table of payments whose heading is set flush left over figures set flush right, a cell wrapping mid-table', () => {
  // Prepare: "N." left of the rows' first cell; "Mesi" and "(€)" start well left of their right-aligned figures; "Castions di"
  // wraps onto "Strada" under its own column, in the middle of the table.
  const lines = [
    row(0, 203, 0.4, [[64, 73, 'N.'], [143, 170, 'Codice'], [222, 266, 'Comune di'], [302, 321, 'Mesi'], [381, 493, 'Importo mensile Importo']]),
    row(1, 191, 0, [[143, 192, 'beneficiario'], [222, 262, 'residenza'], [381, 392, '(€)'], [460, 510, 'liquidato (€)']]),
    row(2, 173, 0.6, [[130, 194, '1 CAF-31-003'], [222, 258, 'Valdora'], [367, 373, '3'], [423, 452, '380,00'], [495, 531, '1.140,00']]),
    row(3, 155, 0.6, [[130, 194, '2 CAF-31-007'], [222, 262, 'Castions di'], [367, 373, '3'], [423, 452, '295,50'], [500, 531, '886,50']]),
    row(4, 143, 0, [[222, 256, 'Strada']]),
    row(5, 125, 0.6, [[130, 194, '3 CAF-31-011'], [222, 258, 'Borgo'], [367, 373, '2'], [423, 452, '460,00'], [500, 531, '920,00']]),
  ];

  it('keeps the rows after the wrapped cell in the same table, the wrapped words with their cell', () => {
    const places = tableColumns(lines).find((c) => c.cells.some((x) => x.text.startsWith('Castions')));
    expect(places?.cells.map((c) => c.text)).toEqual(['Valdora', 'Castions di Strada', 'Borgo']);
  });

  it('reads the monthly amounts below a thousand under "Importo mensile (€)"', () => {
    const amounts = extractAmounts(new SourceText([{ page: 1, width: 595, height: 842, ocr: false, lines }])).map((f) => f.value);
    expect(amounts).toEqual(expect.arrayContaining([380, 295.5, 460, 1140, 886.5, 920]));
  });
});

describe('a table of counts under a heading of words, on a page about money', () => {
  it('takes no whole numbers under headings of words ("Ospiti", "Residenze") for euros', () => {
    const amounts = extractAmounts(new SourceText(letterPages("La quota assegnata è di euro 1.282.400,00.\n\nTabella A – Servizi attivi (valori assoluti)\nProvincia | Ospiti | Residenze\nValdora | 1.146 | 1.032\nBorgo | 1.287 | 1.141\nTotale | 2.433 | 2.173"))).map((f) => f.value);
    expect(amounts).toEqual([1282400]);
  });

  it('keeps whole euros under a caption in euros ("importi in euro")', () => {
    const amounts = extractAmounts(new SourceText(letterPages("Tabella B – Riparto (importi in euro)\nProvincia | Quota assegnata | di cui pronto intervento\nValdora | 468.200 | 280.000\nBorgo | 142.600 | 85.000"))).map((f) => f.value);
    expect(amounts).toEqual(expect.arrayContaining([468200, 280000, 142600, 85000]));
  });
});
