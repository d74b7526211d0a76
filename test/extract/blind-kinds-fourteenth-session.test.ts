import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterField as fieldOf, type Field } from '../support/letter-field.ts';
import { letterPages } from '../support/letter-pages.ts';

// Kinds blind sets 48 (Tuscany, Umbria and the Marche), 49 (those who write to an Ufficio di Piano: cooperatives, foundations,
// associations, a Caritas, courts, a Garante) and 50 (a Northern Ufficio di Piano in and out) showed on first contact
// (fourteenth session), each written anew with invented bodies and figures: every row fails on the code before its fix.
const cooperative = (form: string) =>
  `# IL GIRASOLE\n${form}\nVia Roma 3 – 70022 Valdora – PEC: ilgirasole@legalmail.it\n\nProt. n. 118/31 | Valdora, 21 settembre 2031\n\n>Spett.le\n>Ambito Territoriale Sociale di Valdora\n>Ufficio di Piano\n\nOggetto: Offerta per il servizio di assistenza domiciliare educativa.\n\nCon la presente si trasmette la nostra offerta.\n\n>Il Presidente\n>Anna Neri`;
const caritas = '# CARITAS DIOCESANA DI VALDORA\nOrganismo pastorale della Diocesi di Valdora\n\nValdora, 7 ottobre 2031\n\n>Al Comune di Valdora\n>Ufficio di Piano\n>Alla Regione Terramare\n\nOggetto: Emergenza freddo – dati delle accoglienze.\n\nSi trasmettono i dati.\n\n>Il Direttore\n>don Paolo Neri';
const healthAgency = 'REGIONE DEL VENETO\n# AZIENDA ULSS N. 9 VALDORA\nDirezione dei Servizi Socio-Sanitari\n\nProt. n. 0006418 | Valdora, 26/01/2031\n\n>Ai Sindaci dei Comuni del Distretto 1\n\nOggetto: Quota capitaria 2031.\n\nSi comunica la quota.\n\n>Il Direttore\n>Anna Neri';
const minutes = (decision: string) =>
  `COMUNE DI VALDORA\nZona Sociale n. 8 – Ufficio di Piano\n\nVERBALE DELLA CONFERENZA DI ZONA DEL 14 GENNAIO 2031\n\nLa Conferenza approva all'unanimità la proposta di riparto e stabilisce che ${decision}\n\nIl Presidente\nAnna Neri`;

const runningHeader = 'Unione dei Comuni di Valdora – Servizio Sociale Associato\n';
const footer = '\nVia Roma, 170 – 52014 Valdora – PEC: unione.valdora@postacert.it';
const coverLetter = (signature: string) =>
  `UNIONE DEI COMUNI DI VALDORA\nServizio Sociale Associato\n\nValdora, 20 gennaio 2031\n\n>Alla Regione Terramare\n\nOggetto: Trasmissione del POA 2031 e dei relativi allegati.\n\nSi trasmette il POA con i suoi allegati.\n\nCordiali saluti.\n\n${signature}${footer}\n`;
const resourcesAnnex = `---page---\n${runningHeader}ALLEGATO B\nRisorse\nFonte | Euro\nFondo | 1.000,00\nTotale | 1.000,00${footer}\n`;
const staffAnnex = `---page---\n${runningHeader}ALLEGATO C\nElenco dei referenti\nNominativo | Ruolo | Telefono\nLuca Neri | Responsabile Servizio | 0575 507140 l.neri@valdora.it\n | Sociale Associato | \nMarta Bini | Coordinatrice assistenti | 0575 507142 m.bini@valdora.it\n | sociali | \nElena Rossi | Responsabile | 0575 568201 e.rossi@valdora.it\n | Zona-distretto Valdora | ${footer}`;

const courtDecree = "TRIBUNALE PER I MINORENNI DI VALDORA\n\nDECRETO\n\nIl Tribunale, riunito in camera di consiglio;\nletto il ricorso depositato il 14 settembre 2031;\nsentiti i genitori all'udienza del 29 settembre 2031;\n\nP.Q.M.\n\n1. incarica il Servizio Sociale del Comune di Valdora;\n2. fissa per la verifica l'udienza del 19 gennaio 2032, ore 10:30, dinanzi al Giudice relatore;\n\nCosì deciso in Valdora, nella camera di consiglio del 6 ottobre 2031.\n\nIl Presidente\nDott. Mario Neri\n\nDepositato in cancelleria il 9 ottobre 2031";

const registerStamp = (direction: string) =>
  `ASC VALDORA - REG. PROT. - 0000094 - ${direction} - 11/01/2031 - 10:42 - Tit. 1.3\nAZIENDA SPECIALE CONSORTILE VALDORA\nUfficio di Piano\n\nValdora, 11 gennaio 2031\n\n>Al Comune di Borgo\n\nOggetto: Sollecito.\n\nSi sollecita l'invio dei dati.\n\n>Il Direttore\n>Anna Neri`;

const BLIND_KINDS: [string, string, Field, unknown][] = [
  ['takes no term of the note an answer meets when the note\'s number holds a code after "n." ("prot. n. J1.2031.0187342") and the paper asked comes between', 'AZIENDA SPECIALE CONSORTILE VALDORA\nUfficio di Piano\n\nValdora, 28 gennaio 2031\n\n>Alla Regione Terramare\n\nOggetto: POA 2031.\n\nIn riscontro alla nota regionale prot. n. J1.2031.0187342 del 27/11/2030, con la quale codesta Direzione Generale ha chiesto agli Ambiti territoriali di trasmettere entro il 31 gennaio 2031 la sintesi della programmazione operativa annuale, si trasmette in allegato la sintesi del POA 2031.\n\n>Il Direttore\n>Anna Neri', 'deadlines', []],
  ['reads a tax under a heading run into the one before it ("Imponibile IVA 5%") as money, though the heading holds a "%"', "CONSORZIO SOLIDALE VALDORA\n\nOggetto: Sollecito di pagamento.\n\nRisultano insolute le seguenti fatture (importi in euro):\n\nFattura | Servizio | Imponibile IVA 5% | Totale\n488/PA | ADM | 935,40 | 19.643,40\n\n>Il Presidente\n>Anna Neri", 'amounts', [935.4, 19643.4]],
  ['reads an agreement titled "PROTOCOLLO D\'INTESA" as "altro", though it sets its steering group\'s first meeting', "AMBITO TERRITORIALE SOCIALE 9 | CENTRO PER L'IMPIEGO DI VALDORA\n\nPROTOCOLLO D'INTESA\ntra\nl'Ambito Territoriale Sociale 9 e il Centro per l'Impiego di Valdora\nper l'inclusione lavorativa delle donne\n\nPREMESSO CHE\n- la Legge 8 novembre 2000, n. 328 affida agli ambiti la programmazione;\n\nSI CONVIENE QUANTO SEGUE\n\nArt. 1 – Cabina di regia\nLa cabina di regia è convocata per il giorno 12 novembre 2031 alle ore 10:00 presso la sede dell'Ambito.\n\nValdora, 20 ottobre 2031\n\nIl Coordinatore dell'Ambito | La Direttrice del Centro per l'Impiego\nAnna Neri | Marta Bini", 'docType', 'altro'],
  ['reads a "CONVENZIONE" between Comuni, with its repertory number, as "altro"', "COMUNE DI VALDORA\nEnte gestore del PLUS\n\nCONVENZIONE\nper la gestione associata del Servizio di Pronto Intervento Sociale tra i Comuni di Valdora e Borgo\n\nRep. n. 27/2031\n\nL'anno duemilatrentuno, il giorno ventotto del mese di ottobre, presso la sede del Comune di Valdora, tra i Comuni di Valdora e Borgo si conviene quanto segue.\n\nArt. 1 – Conferenza dei Sindaci\nLa Conferenza è convocata per il giorno 3 novembre 2031 alle ore 11:00.\n\nIl Sindaco di Valdora | Il Sindaco di Borgo\nAnna Neri | Marco Bini", 'docType', 'altro'],
  ['dates a letter whose dateline defers to the register ("Valdora, data del protocollo") by its protocol, not a later page\'s dateline', "COMUNE DI VALDORA\nUfficio di Piano\n\nProt. n. 0058214/2031 del 09/10/2031\nValdora, data del protocollo\n\n>Al Consorzio Solidale Valdora\n\nOggetto: Riscontro.\n\nLe fatture sono state pagate dal Tesoriere il 06/10/2031.\n\n>Il Dirigente\n>Anna Neri\n---page---\nTESORERIA COMUNALE\nComunicazione dei pagamenti eseguiti\n\nValdora, 06/10/2031\n\n>Il Tesoriere\n>Marco Bini", 'documentDate', '2031-10-09'],
  ['reads a register\'s stamp that gives its direction by the initial ("REG. PROT. - 0000094 - U - 11/01/2031") as the protocol', registerStamp('U'), 'protocol', { number: '0000094', date: '2031-01-11' }],
  ['dates a court\'s decree by its decision ("Così deciso in Valdora, nella camera di consiglio del …"), not its filing', courtDecree, 'documentDate', '2031-10-06'],
  ['reads the hearing a court\'s decree sets ("fissa per la verifica l\'udienza del …, ore 10:30") as a meeting it convenes', courtDecree, 'meetings', [{ date: '2032-01-19', time: '10:30' }]],
  ['reads a dateline with "il" before its date ("Valdora, il 6 ottobre 2031")', 'COMUNE DI VALDORA\n\nValdora, il 6 ottobre 2031\n\n>Alla Regione Terramare\n\nOggetto: Dati.\n\nSi trasmettono i dati.\n\n>Il Sindaco\n>Anna Neri', 'documentDate', '2031-10-06'],
  ['reads a letter signed before two annex pages, the last a table of its referents ("Nominativo | Ruolo"), as signed by its signer alone', coverLetter('>Il Responsabile del Servizio Sociale Associato\n>Dott. Luca Neri') + resourcesAnnex + staffAnnex, 'signatories', [{ role: 'Il Responsabile del Servizio Sociale Associato', name: 'Luca Neri' }]],
  ['takes no line of a register\'s stamp set above the subject as an annotation ("Garante … - Class. 02.04") for a signature', "@@CONSIGLIO REGIONALE DI TERRAMARE\n@@Prot. n. 0019427 del 16/10/2031 - USCITA\n@@Garante Infanzia e Adolescenza - Class. 02.04\nCONSIGLIO REGIONALE DI TERRAMARE\nLa Garante regionale per l'infanzia e l'adolescenza\n\nValdora, 16 ottobre 2031\n\n>Ai Coordinatori degli Ambiti Territoriali Sociali\n\nOggetto: Convocazione incontri territoriali.\n\nLe SS.LL. sono convocate per il giorno 10 novembre 2031 alle ore 10:00.\n\n>La Garante regionale\n>Avv. Maria Neri", 'signatories', [{ role: 'La Garante regionale', name: 'Maria Neri' }]],
  ['drops a priest\'s title ("don Salvatore Neri") from the signer\'s name', "CARITAS DIOCESANA DI VALDORA\n\nValdora, 7 ottobre 2031\n\n>Al Comune di Valdora\n\nOggetto: Dati.\n\nSi trasmettono i dati.\n\n>Il Direttore\n>don Salvatore Neri", 'signatories', [{ role: 'Il Direttore', name: 'Salvatore Neri' }]],
  ['reads "Con viva cordialità." as the closing a signature follows, above a report\'s long table on the next page', `CARITAS DIOCESANA DI VALDORA\n\nValdora, 7 ottobre 2031\n\n>Al Comune di Valdora\n\nOggetto: Accoglienza notturna.\n\nSi chiede di comunicare le determinazioni del Distretto.\n---page---\nCon viva cordialità.\n\n>Il Direttore\n>Salvatore Neri\n\nAllegato: report del Centro di ascolto.\n---page---\nCARITAS DIOCESANA DI VALDORA\nOsservatorio delle povertà\n\nTabella 1 – Costi dell'accoglienza (euro)\nVoce | Importo\n${Array.from({ length: 30 }, (_, i) => `Voce di costo ${i + 1} | ${i + 1}.200,00`).join('\n')}`, 'signatories', [{ role: 'Il Direttore', name: 'Salvatore Neri' }]],
  ['takes no count of a table\'s row that names what it counts ("Persone ascoltate | 1.842 | 1.517") for euros on a page of costs', "CARITAS DIOCESANA DI VALDORA\nOsservatorio delle povertà\n\nAllegato – Report del Centro di ascolto\n\nTabella 1 – Persone e prestazioni\nIndicatore | 2030 | 2031\nPersone ascoltate | 1.842 | 1.517\ndi cui senza dimora | 214 | 233\nPasti distribuiti dalla mensa | 38.420 | 31.075\n\nTabella 2 – Costi dell'accoglienza (importi in euro)\nVoce di costo | Importo\nUtenze | 18.400,00\nPersonale notturno | 52.300,00\nTotale costi | 70.700,00", 'amounts', [18400, 52300, 70700]],
  ['keeps a role\'s last word wrapped onto a line of its own ("… Servizio Sociale" / "Associato" / name)', coverLetter('>Il Responsabile del Servizio Sociale\n>Associato\n>Dott. Luca Neri'), 'signatories', [{ role: 'Il Responsabile del Servizio Sociale Associato', name: 'Luca Neri' }]],
  ['reads a cooperative\'s letter to an Ambito as a letter, not a registered note', cooperative('Società Cooperativa Sociale ONLUS'), 'docType', 'lettera'],
  ['names a cooperative by its name and the legal form printed under it ("IL GIRASOLE" / "Società Cooperativa Sociale ONLUS")', cooperative('Società Cooperativa Sociale ONLUS'), 'sender', 'Il Girasole Società Cooperativa Sociale ONLUS'],
  ['keeps the form\'s own name up to its dash ("Società Cooperativa Sociale ETS – Impresa sociale di tipo A")', cooperative('Società Cooperativa Sociale ETS – Impresa sociale di tipo A'), 'sender', 'Il Girasole Società Cooperativa Sociale ETS'],
  ['reads a private body by the register its letterhead prints ("REA VD-1487702") as writing letters', '# CONSORZIO SOLIDALE VALDORA\nConsorzio di cooperative sociali – REA VD-1487702\n\nNs. rif.: AMM/2031/318 | Valdora, 1° ottobre 2031\n\n>All\'Ufficio di Piano dell\'Ambito di Valdora\n\nOggetto: Sollecito di pagamento delle fatture scadute.\n\nSi sollecita il pagamento.\n\n>Il Presidente\n>Anna Neri', 'docType', 'lettera'],
  ['reads a diocesan Caritas as the body in the letterhead', caritas, 'sender', 'Caritas Diocesana di Valdora'],
  ['reads a Caritas\'s letter to a Comune and a Region as a letter', caritas, 'docType', 'lettera'],
  ['reads a union of Comuni by any name ("UNIONE DELLE VALLI DEL SERIO"), not the province its address line names', '# UNIONE DELLE VALLI DEL SERIO\nValdora – Borgo – Torre – Sasso\nProvincia di Terramare\n\nSettore Servizi Sociali\n\nDETERMINAZIONE DIRIGENZIALE N. 12 DEL 22/01/2031\n\nOggetto: Proroga del servizio.\n\nIL DIRIGENTE\nPremesso che;\n\nDETERMINA\n\n1. di prorogare il servizio.\n\n>Il Dirigente\n>Anna Neri', 'sender', 'Unione delle Valli del Serio'],
  ['takes a register\'s segnatura of arrival ("…|R_TERRAMARE|GRT|DSO|A") for the receiver\'s stamp, not the letterhead', '»REGIONE TERRAMARE\n»GIUNTA REGIONALE\n»1032418|15/12/2031|R_TERRAMARE|GRT|DSO|A\n»450.30.10/2031/DSO/41\n# UNIONE MONTANA ALTO VALDORA\nEnte capofila dell\'Ambito Territoriale Sociale n. 17\n\nProt. n. 0008842 | Valdora, 14 dicembre 2031\n\n>Alla Regione Terramare\n\nOggetto: Riscontro.\n\nSi trasmettono i dati.\n\n>Il Presidente\n>Anna Neri', 'sender', 'Unione Montana Alto Valdora'],
  ['reads the "AZIENDA ULSS" under its Region\'s brand as the body that writes', healthAgency, 'sender', 'Azienda ULSS N. 9 Valdora'],
  ['reads a health agency\'s letter to the mayors of its district as a note, not a Region\'s circular', healthAgency, 'docType', 'nota'],
  ['keeps the duty a body\'s minutes give its Ufficio di Piano ("stabilisce che l\'Ufficio di Piano trasmetta … entro …")', minutes("l'Ufficio di Piano trasmetta alla Regione Terramare la programmazione delle risorse entro il 26 febbraio 2031."), 'deadlines', [{ date: '2031-02-26' }]],
  ['reads a term set at a date that the text then calls the limit ("… è differita … al 28 febbraio 2031: entro tale data …")', 'REGIONE TERRAMARE\nSettore Politiche Sociali\n\nTerramare, 2 dicembre 2030\n\n>Ai Responsabili delle Zone sociali\n\nOggetto: Rendicontazione FNA.\n\nLa rendicontazione delle risorse, il cui termine originario era fissato al 31 ottobre 2030, è differita, in considerazione dell\'aggiornamento della piattaforma, al 28 febbraio 2031: entro tale data le Zone dovranno caricare il prospetto di spesa.\n\n>Il Dirigente\n>Anna Neri', 'deadlines', [{ date: '2031-02-28' }]],
  ['reads a regional council\'s act named by its "Assemblea legislativa" as a D.C.R., in full and as "D.A.L."', 'UNIONE DELLE VALLI DEL SERIO\n\nOggetto: Programma attuativo.\n\nVista la Deliberazione dell\'Assemblea legislativa n. 120/2027 e la D.A.L. n. 45 del 2029, si trasmette il programma.\n\n>Il Dirigente\n>Anna Neri', 'legalReferences', ['D.C.R. 120/2027', 'D.C.R. 45/2029']],
  ['reads a decree\'s date with a stray stop after its month, as OCR leaves it ("3 aprile. 2013, n. 55")', 'COMUNE DI VALDORA\n\nOggetto: Fatture.\n\nAi sensi del decreto del Ministro dell\'economia e delle finanze 3 aprile. 2013, n. 55, si comunica il codice univoco.\n\n>Il Dirigente\n>Anna Neri', 'legalReferences', ['D.M. 55/2013']],
];

describe('kinds blind sets 48–50 showed on first contact', () => {
  it.each(BLIND_KINDS)('%s', (_rule, text, field, expected) => {
    expect(fieldOf(text, field)).toEqual(expected);
  });
});

// What the new rules must not take.
const GUARDS: [string, string, Field, unknown][] = [
  ['keeps a note that sends an agreement ("Oggetto: Convenzione …") a note', 'COMUNE DI VALDORA\nUfficio di Piano\n\nProt. n. 4411 | Valdora, 9 ottobre 2031\n\n>Ai Comuni dell\'Ambito\n\nOggetto: Convenzione per la gestione associata – trasmissione dello schema.\n\nSi trasmette lo schema di convenzione.\n\n>Il Dirigente\n>Anna Neri', 'docType', 'nota'],
  ['takes no register stamp of arrival ("REG. PROT. - 0000094 - E - …") for the sender\'s protocol', registerStamp('E'), 'protocol', null],
  ['takes no past hearing a decree recalls ("sentiti i genitori all\'udienza del …") for a meeting', courtDecree.replace("2. fissa per la verifica l'udienza del 19 gennaio 2032, ore 10:30, dinanzi al Giudice relatore;\n", ''), 'meetings', []],
  ['keeps the whole euros of a row named for what it pays ("Posti letto convenzionati | 12.000 | 14.400" under "Importo (euro)")', "COMUNE DI VALDORA\n\nOggetto: Rendiconto.\n\nSi trasmette il rendiconto delle risorse.\n\nVoce | Importo 2030 (euro) | Importo 2031 (euro)\nContributo affitti | 12.000 | 14.400\nTotale | 12.000 | 14.400\n\n>Il Dirigente\n>Anna Neri", 'amounts', [12000, 14400]],
  ['keeps the signatures an annex page carries itself (an accounting sheet\'s visa)', coverLetter('>Il Responsabile del Servizio Sociale Associato\n>Dott. Luca Neri') + `---page---\n${runningHeader}ALLEGATO A\nScheda contabile\nCapitolo | Importo\n12040 | 1.000,00\n\n>Il Responsabile del Servizio Finanziario\n>Rag. Mario Rossi${footer}`, 'signatories', [{ role: 'Il Responsabile del Servizio Sociale Associato', name: 'Luca Neri' }, { role: 'Il Responsabile del Servizio Finanziario', name: 'Mario Rossi' }]],
  ['takes no word of the body\'s text wrapped under a role with no name below it', coverLetter('>Il Responsabile del Servizio\n>Sociale Associato'), 'signatories', [{ role: 'Il Responsabile del Servizio Sociale Associato', name: null }]],
  ['keeps a Comune\'s note about cooperatives (named in its subject and body, not its letterhead) a note', 'COMUNE DI VALDORA\nSettore Servizi Sociali\n\nProt. n. 4411 | Valdora, 9 ottobre 2031\n\n>Ai Comuni dell\'Ambito\n\nOggetto: Trasmissione dell\'elenco delle cooperative sociali iscritte all\'albo.\n\nSi trasmette l\'elenco delle Società Cooperative Sociali ONLUS accreditate.\n\n>Il Dirigente\n>Anna Neri', 'docType', 'nota'],
  ['keeps a cooperative named with its form first ("COOPERATIVA SOCIALE IL FARO") as printed', '# COOPERATIVA SOCIALE IL FARO\nServizi educativi\n\nValdora, 21 settembre 2031\n\n>Al Comune di Valdora\n\nOggetto: Rendiconto.\n\nSi trasmette il rendiconto.\n\n>La Presidente\n>Anna Neri', 'sender', 'Cooperativa Sociale il Faro'],
  ['takes no "UNIONE EUROPEA" of a funders\' strip for the sender', 'UNIONE EUROPEA\nCOMUNE DI VALDORA\nSettore Servizi Sociali\n\nValdora, 9 ottobre 2031\n\n>Alla Regione Terramare\n\nOggetto: Progetto.\n\nSi trasmette il progetto.\n\n>Il Dirigente\n>Anna Neri', 'sender', 'Comune di Valdora'],
  ['takes no outgoing segnatura ("…|R_TERRAMARE|GRT|DSO|P") for a receiver\'s stamp: the Region still writes', '»0412785|23/11/2031|R_TERRAMARE|GRT|DPS|P\nREGIONE TERRAMARE\nGIUNTA REGIONALE\nDipartimento Politiche Sociali\n\n>Agli Ambiti Territoriali Sociali\n\nOggetto: Rilevazione.\n\nSi chiedono i dati.\n\n>Il Dirigente\n>Anna Neri', 'sender', 'Regione Terramare'],
  ['keeps taking no term an Ufficio di Piano undertakes under its own letterhead ("l\'Ufficio di Piano trasmetterà … entro …")', 'AMBITO TERRITORIALE SOCIALE DI VALDORA\nUfficio di Piano\n\nValdora, 2 marzo 2031\n\n>Ai Comuni dell\'Ambito\n\nOggetto: POA.\n\nSi comunica che l\'Ufficio di Piano trasmetterà il POA alla Regione entro il 31 marzo 2031.\n\n>Il Coordinatore\n>Anna Neri', 'deadlines', []],
  ['takes no date a text then calls the start ("dal 1° marzo 2031: da tale data …") for a term', 'REGIONE TERRAMARE\n\nOggetto: Piattaforma.\n\nLa piattaforma sarà aperta dal 1° marzo 2031: da tale data gli Ambiti potranno accedere.\n\n>Il Dirigente\n>Anna Neri', 'deadlines', []],
];

describe('what the fourteenth session\'s rules leave alone', () => {
  it.each(GUARDS)('%s', (_rule, text, field, expected) => {
    expect(fieldOf(text, field)).toEqual(expected);
  });
});

// A proxy's letter: the writer declines a session another body called, and names whom it delegates.
const proxy = (declines: string) =>
  `COMUNE DI BORGO\nProvincia di Terramare\n\nProt. n. 356 | Borgo, 22 gennaio 2031\n\n>Al Presidente dell'Assemblea dei Sindaci\n>dell'Ambito Territoriale Sociale di Valdora\n\nOggetto: Assemblea dei Sindaci del 27 gennaio 2031 – delega.\n\nCon riferimento alla convocazione prot. n. 187 del 13/01/2031, comunico che, per concomitanti impegni istituzionali, ${declines} alla seduta dell'Assemblea dei Sindaci fissata per mercoledì 27 gennaio 2031 alle ore 17.30.\nDelego pertanto a rappresentare il Comune l'Assessore ai Servizi Sociali sig.ra Angela Neri.\n\nDistinti saluti.\n\n>IL SINDACO\n>Marco Bini`;
/** A letter's pages as OCR gives them: every line marked as read by OCR. */
const scanned = (text: string) => letterPages(text).map((p) => ({ ...p, ocr: true, lines: p.lines.map((l) => ({ ...l, ocr: true })) }));

describe('a session the writer declines to attend', () => {
  it('is no meeting the letter calls', () => {
    expect(fieldOf(proxy('non potrò partecipare'), 'meetings')).toEqual([]);
  });

  it('leaves the proxy a letter, not a convocation', () => {
    expect(fieldOf(proxy('non potrò partecipare'), 'docType')).toBe('lettera');
  });

  it('is declined also when OCR reads "non" as "nan" on a scanned page', () => {
    expect(extractFields(scanned(proxy('nan potrò partecipare'))).fields.meetings).toEqual([]);
  });
});
