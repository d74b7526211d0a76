import { describeFieldRows, type FieldRow } from '../support/field-rows.ts';

// Kinds the twentieth session found in the blind sets, each written anew with invented bodies and figures: every kind row
// fails on the code before its fix; the guard rows pass on both.

const toOneBody = (head: string, addressee: string, subject: string, body: string, signer = 'Il Dirigente') =>
  `${head}\n\nProt. n. 0031466 | Valdora, 3 novembre 2031\n\n${addressee}\n\nOggetto: ${subject}\n\n${body}\n\n>${signer}\n>Anna Neri`;

const KINDS: FieldRow[] = [
  ['reads a Comune\'s registered word to its Region, one body addressed, as a "nota"', toOneBody('COMUNE DI VALDORA\nSettore Servizi Sociali', '>Alla Regione Terramare\n>Direzione Inclusione Sociale', 'Richiesta di proroga del termine per la rendicontazione.', 'Si chiede una proroga di trenta giorni del termine fissato dalla nota regionale, per le ragioni esposte.'), 'docType', 'nota'],
  ['reads a school\'s report to its Comune\'s social services as a "nota"', toOneBody('ISTITUTO COMPRENSIVO "MARIA NERI" DI VALDORA', '>Al Comune di Valdora\n>Servizio Sociale Professionale', 'Segnalazione di frequenza irregolare – alunno A.B.', "Si segnala che l'alunno ha superato il limite di assenze. Si chiede di attivare gli interventi di competenza."), 'docType', 'nota'],
];

const GUARDS: FieldRow[] = [
  ['still reads a Comune\'s word to one body signed by its Sindaco alone as a "lettera"', toOneBody('COMUNE DI VALDORA', ">Al Presidente dell'Assemblea dei Sindaci\n>dell'Ambito di Borgo", "Designazione del delegato nell'Assemblea dei Sindaci.", "Si comunica che il delegato del Sindaco nell'Assemblea è l'Assessore ai Servizi Sociali.", 'Il Sindaco'), 'docType', 'lettera'],
  ['still reads a request the mayors of an Ambito sign together, with their coordinator, as a "lettera"', 'COMUNE DI VALDORA\nDistretto socio-sanitario n. 9\n\nProt. n. 0021934 | Valdora, 3 novembre 2031\n\n>All\'Assessore regionale della Famiglia\n\nOggetto: Richiesta di incremento della quota.\n\nI Sindaci del Distretto chiedono di incrementare la quota assegnata.\n\nIl Sindaco di Valdora | Il Sindaco di Borgo | Il Sindaco di Lago\nAnna Neri | Luca Bini | Marco Rossi\n\nIl Coordinatore del Gruppo Piano\nSara Verdi', 'docType', 'lettera'],
  ['still reads a Comune\'s answer to a private person, addressed by name, as a "lettera"', toOneBody('COMUNE DI VALDORA\nSettore Servizi Sociali', '>Al Sig. Luca Bini\n>Via Roma 3\n>Valdora', "Riscontro all'istanza di accesso del 14/10/2031.", "In riscontro alla Sua istanza si comunica che gli atti sono disponibili presso l'Ufficio."), 'docType', 'lettera'],
  ['still reads an order to one firm ("Alla Ditta …") as a "lettera"', toOneBody('COMUNE DI VALDORA\nUfficio Tecnico', '>Alla Ditta Segnaletica Sud\n>Via Dante 4\n>Borgo', 'Ordine di fornitura – CIG B8C2D41F07.', 'Si ordina la fornitura descritta nel preventivo accettato.'), 'docType', 'lettera'],
];

describeFieldRows('kinds of the blind sets found in the twentieth session', KINDS);
describeFieldRows('what those kinds leave alone', GUARDS);
