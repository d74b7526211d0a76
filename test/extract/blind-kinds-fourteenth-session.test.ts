import { describe, expect, it } from 'vitest';
import { letterField as fieldOf, type Field } from '../support/letter-field.ts';

// Kinds blind sets 48 (Tuscany, Umbria and the Marche), 49 (those who write to an Ufficio di Piano: cooperatives, foundations,
// associations, a Caritas, courts, a Garante) and 50 (a Northern Ufficio di Piano in and out) showed on first contact
// (fourteenth session), each written anew with invented bodies and figures: every row fails on the code before its fix.
const cooperative = (form: string) =>
  `# IL GIRASOLE\n${form}\nVia Roma 3 – 70022 Valdora – PEC: ilgirasole@legalmail.it\n\nProt. n. 118/31 | Valdora, 21 settembre 2031\n\n>Spett.le\n>Ambito Territoriale Sociale di Valdora\n>Ufficio di Piano\n\nOggetto: Offerta per il servizio di assistenza domiciliare educativa.\n\nCon la presente si trasmette la nostra offerta.\n\n>Il Presidente\n>Anna Neri`;
const caritas = '# CARITAS DIOCESANA DI VALDORA\nOrganismo pastorale della Diocesi di Valdora\n\nValdora, 7 ottobre 2031\n\n>Al Comune di Valdora\n>Ufficio di Piano\n>Alla Regione Terramare\n\nOggetto: Emergenza freddo – dati delle accoglienze.\n\nSi trasmettono i dati.\n\n>Il Direttore\n>don Paolo Neri';
const healthAgency = 'REGIONE DEL VENETO\n# AZIENDA ULSS N. 9 VALDORA\nDirezione dei Servizi Socio-Sanitari\n\nProt. n. 0006418 | Valdora, 26/01/2031\n\n>Ai Sindaci dei Comuni del Distretto 1\n\nOggetto: Quota capitaria 2031.\n\nSi comunica la quota.\n\n>Il Direttore\n>Anna Neri';
const minutes = (decision: string) =>
  `COMUNE DI VALDORA\nZona Sociale n. 8 – Ufficio di Piano\n\nVERBALE DELLA CONFERENZA DI ZONA DEL 14 GENNAIO 2031\n\nLa Conferenza approva all'unanimità la proposta di riparto e stabilisce che ${decision}\n\nIl Presidente\nAnna Neri`;

const BLIND_KINDS: [string, string, Field, unknown][] = [
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
