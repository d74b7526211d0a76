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
];

const GUARDS: FieldRow[] = [
  ['still reads a Comune\'s answer to a private person it greets ("Gentile Signora,") as a "lettera"', answer('>Alla Sig.ra Anna Rossi\n>Via Bari 41\n>Valdora', 'Riscontro alla Sua istanza del 26/10/2031.', 'Gentile Signora,'), 'docType', 'lettera'],
  ['still calls the session an association convenes in a letter about it ("Convocazione dell\'assemblea dei soci")', association("Convocazione dell'assemblea dei soci.", "L'assemblea dei soci è convocata per sabato 28 novembre 2031 alle ore 15:30 presso il Centro sociale."), 'meetings', [{ date: '2031-11-28', time: '15:30' }]],
  ['still orders a new paper from one firm ("Alla Ditta …") as a "lettera"', answer('>Alla Ditta Segnaletica Sud\n>Via Dante 4\n>Borgo', 'Ordine di fornitura – CIG B8C2D41F07.', 'Si ordina la fornitura descritta nel preventivo accettato.'), 'docType', 'lettera'],
];

describeFieldRows('kinds of the blind sets found in the twenty-first session', KINDS);
describeFieldRows('what those kinds leave alone', GUARDS);
