import { describeFieldRows, type FieldRow } from '../support/field-rows.ts';

// Kinds the twenty-first session found in the blind sets (80–85), each written anew with invented bodies and figures: every
// kind row fails on the code before its fix; the guard rows pass on both.

const association = (subject: string, body: string) =>
  `@@COMUNE DI VALDORA - Protocollo Generale\n@@ARRIVO N. 0064410 del 21/10/2031 ore 11:52\n\nASSOCIAZIONE «LA GINESTRA» – FAMIGLIE DELLA VALLE APS\nVia Selva 18 – Valdora\n\nProt. n. 47/2031 | Valdora, 20 ottobre 2031\n\n>Al Coordinatore dell'Ufficio di Piano\n>dell'Ambito di Valdora\n\nOggetto: ${subject}\n\n${body}\n\n>La Presidente\n>Anna Neri`;
const answer = (addressee: string, subject: string, greeting: string) =>
  `COMUNE DI VALDORA\nUfficio di Piano\n\nProt. n. 0066182 | Valdora, 27 ottobre 2031\n\n${addressee}\n\nOggetto: ${subject}\n\n${greeting}\n\nsi comunica che il termine non può essere prorogato.\n\nCordiali saluti.\n\n>Il Coordinatore dell'Ufficio di Piano\n>Marco Bini`;

const KINDS: FieldRow[] = [
  ['takes no session from the hour a register numbered the paper at ("ARRIVO N. 0064410 del 21/10/2031 ore 11:52"), its annotation read amid a sentence about a meeting',
    "ASSOCIAZIONE «LA GINESTRA» APS\n\nProt. n. 47/2031 | Valdora, 20 ottobre 2031\n\n>Al Coordinatore dell'Ufficio di Piano\n\nOggetto: Richiesta di proroga del termine e di un incontro con le associazioni.\n\nCome già anticipato nell'incontro del 6 ottobre 2031, riteniamo utile un confronto tra l'Ufficio di Piano e le associazioni,\n@@COMUNE DI VALDORA - Protocollo Generale\n@@ARRIVO N. 0064410 del 21/10/2031 ore 11:52\n---page---\nanche in vista del Piano sociale di zona.\n\n>La Presidente\n>Anna Neri",
    'meetings', []],
  ['reads an association\'s letter whose subject asks for a meeting ("… e richiesta di incontro") as a "lettera", not a call', association('Ritardi nei pagamenti e richiesta di incontro.', "Vi invitiamo all'assemblea delle famiglie che abbiamo convocato per sabato 28 novembre 2031 alle ore 15:30 presso il Centro sociale."), 'docType', 'lettera'],
  ['reads an association\'s letter whose subject names a body\'s notice first ("Avviso pubblico … Richiesta di proroga") as a "lettera"', association('Avviso pubblico "Contributo per il caregiver familiare" (prot. n. 61245 del 12/10/2031). Richiesta di proroga del termine.', 'Chiediamo che il termine sia prorogato.'), 'docType', 'lettera'],
  ['reads a Comune\'s answer to an association\'s note, greeting its head ("Gentile Presidente,"), as a "nota"', answer(">Alla Presidente dell'Associazione «La Ginestra»\n>Via Selva 18\n>Valdora", 'Riscontro alla nota prot. n. 47/2031 del 20/10/2031.', 'Gentile Presidente,'), 'docType', 'nota'],
  ['reads a Comune\'s answer to a firm\'s request ("Riscontro all\'istanza di riesame …") as a "nota"', answer(">Alla Ditta individuale «Bar del Viale»\n>Corso Nizza 84\n>Valdora", "Riscontro all'istanza di riesame dell'ordinanza n. 318 del 26/10/2031.", 'Con riferimento all\'istanza in oggetto,'), 'docType', 'nota'],
  ['names an association by its whole letterhead line, its name running past the dash to its legal form ("… – Famiglie della Valle APS")', association('Richiesta di proroga del termine.', 'Chiediamo che il termine sia prorogato.'), 'sender', 'Associazione «La Ginestra» – Famiglie della Valle APS'],
  ['takes no protocol from a number a sentence of minutes runs on to below the subject ("… 172 istanze sull\'avviso" / "prot. n. 61245 del …")', "AMBITO TERRITORIALE SOCIALE DI VALDORA\n\nVERBALE DEL COORDINAMENTO ISTITUZIONALE N. 6 DEL 5 NOVEMBRE 2031\nOggetto: Fondo caregiver familiare – stato delle istanze.\n\nL'anno duemilatrentuno, il giorno cinque del mese di novembre, alle ore 10:15, si è riunito il Coordinamento.\nIl Coordinatore riferisce che, alla data del 4 novembre 2031, sono pervenute 172 istanze sull'avviso\nprot. n. 61245 del 12/10/2031, a fronte di una dotazione di € 186.400,00 assegnata dalla Regione.\n\nLa Presidente\nAnna Neri", 'protocol', null],
  ['takes no protocol from a note a sentence of minutes cites over a line\'s end, no subject above ("… il 30 ottobre 2031 (nota" / "prot. n. 106233)")', "AZIENDA SANITARIA LOCALE VALDORA\n\nVERBALE N. 2 DEL 4 NOVEMBRE 2031\nIl giorno 4 novembre 2031, alle ore 14:40, si è riunito il Tavolo territoriale.\n\nIl dott. Bini illustra la bozza del Piano locale, trasmessa agli Enti gestori il 30 ottobre 2031 (nota\nprot. n. 106233). La quota assegnata all'ASL è di € 305.609,00.\n\nLa Presidente\nAnna Neri", 'protocol', null],
];

const GUARDS: FieldRow[] = [
  ['still reads a Comune\'s answer to a private person it greets ("Gentile Signora,") as a "lettera"', answer('>Alla Sig.ra Anna Rossi\n>Via Bari 41\n>Valdora', 'Riscontro alla Sua istanza del 26/10/2031.', 'Gentile Signora,'), 'docType', 'lettera'],
  ['still calls the session an association convenes in a letter about it ("Convocazione dell\'assemblea dei soci")', association("Convocazione dell'assemblea dei soci.", "L'assemblea dei soci è convocata per sabato 28 novembre 2031 alle ore 15:30 presso il Centro sociale."), 'meetings', [{ date: '2031-11-28', time: '15:30' }]],
  ['still orders a new paper from one firm ("Alla Ditta …") as a "lettera"', answer('>Alla Ditta Segnaletica Sud\n>Via Dante 4\n>Borgo', 'Ordine di fornitura – CIG B8C2D41F07.', 'Si ordina la fornitura descritta nel preventivo accettato.'), 'docType', 'lettera'],
  ['still names a cooperative whose letterhead adds its bare legal form after a dash ("… Società Cooperativa Sociale – ONLUS") without it', "IL MOSAICO SOCIETÀ COOPERATIVA SOCIALE – ONLUS\nVia Roma 3 – Valdora\n\nValdora, 3 novembre 2031\n\n>Al Comune di Valdora\n\nOggetto: Trasmissione fattura.\n\nSi trasmette la fattura.\n\n>Il Presidente\n>Marco Bini", 'sender', 'Il Mosaico Società Cooperativa Sociale'],
  ['still numbers a letter by its own label opening a line above the subject', "COMUNE DI VALDORA\n\nProt. n. 0066182 del 27/10/2031\nValdora, 27 ottobre 2031\n\n>Alla Regione Terramare\n\nOggetto: Trasmissione.\n\nSi trasmette la relazione.\n\n>Il Dirigente\n>Anna Neri", 'protocol', { number: '0066182', date: '2031-10-27' }],
];

describeFieldRows('kinds of the blind sets found in the twenty-first session', KINDS);
describeFieldRows('what those kinds leave alone', GUARDS);
