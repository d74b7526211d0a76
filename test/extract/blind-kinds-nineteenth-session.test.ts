import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { SourceText } from '../../shared/extract/source-text.ts';
import { letterPages } from '../support/letter-pages.ts';
import { layoutLines } from '../../shared/read/layout-lines.ts';
import { describeFieldRows, withMarginLine, type FieldRow } from '../support/field-rows.ts';

// Kinds the nineteenth session found in blind sets 65, 70 and 71, each written anew with invented bodies and figures: every
// kind row fails on the code before its fix; the guard rows pass on both.

const serviceLetter = (body: string, addressee = '>Al Tribunale per i minorenni di Valdora') =>
  `COMUNE DI VALDORA\nSettore Servizi Sociali – Servizio Tutela Minori\n\nValdora, 10 ottobre 2031\n\n${addressee}\n\nOggetto: Minore A.B. – relazione.\n\n${body}\n\n>L'Assistente sociale\n>Anna Neri`;

const courtNotice = "TRIBUNALE PER I MINORENNI DI VALDORA\nCancelleria della Volontaria Giurisdizione\n\nR.G. n. 3019/2031 V.G. | Valdora, 28 ottobre 2031\n\n>Al Comune di Borgo\n>Servizio Tutela Minori\n\nOggetto: procedimento relativo al minore N.C. – avviso di fissazione dell'udienza di comparizione.\n\nSi comunica che il Giudice delegato, con decreto del 27 ottobre 2031, ha fissato l'udienza di comparizione delle parti per il giorno\ngiovedì 20 novembre 2031, ore 10:15\nAula 5 – piano secondo.\n\nIn caso di impedimento del Giudice delegato, l'udienza sarà differita d'ufficio alla medesima ora del giorno giovedì 27 novembre 2031, senza ulteriore avviso.\n\nIl Giudice delegato | Il Funzionario giudiziario\nAnna Neri | Luca Bini";

/** Rows of a ranking filling a page of their own. */
const ranking = Array.from({ length: 34 }, (_, k) => `${k + 3} | VDN-${String(k + 3).padStart(2, '0')} | Valdora | 400,00`).join('\n');

const KINDS: FieldRow[] = [
  ['takes no date the writer\'s office, named by its letterhead, undertakes ("il Servizio si impegna a trasmettere … entro …")', serviceLetter('Il Servizio si impegna a trasmettere una nuova relazione entro il 31 dicembre 2031.'), 'deadlines', []],
  ['takes no date by which "il Servizio provvederà" to act, under a letterhead heading a line with "Servizio …"', serviceLetter("Il Servizio provvederà ad avviare l'intervento educativo entro il 30 ottobre 2031, dandone comunicazione alla scuola.", ">Al Dirigente Scolastico\n>dell'Istituto Comprensivo di Valdora"), 'deadlines', []],
  ['takes no date by which the reader asked the writer to report ("codesto Tribunale … ha chiesto una relazione … entro …")', serviceLetter('Con decreto del 21 settembre 2031 codesto Tribunale ha affidato la minore al Servizio e ha chiesto una relazione di aggiornamento entro il 30 novembre 2031. La presente relazione riferisce sugli interventi svolti.'), 'deadlines', []],
  ['takes no date by which the writer, "da parte sua", will send something after another verb ("La scuola, da parte sua, continuerà … e trasmetterà entro …")', "ISTITUTO COMPRENSIVO DI VALDORA\n\nValdora, 6 ottobre 2031\n\n>Al Comune di Valdora\n>Servizi Sociali\n\nOggetto: Segnalazione di assenze.\n\nSi chiede di attivare gli interventi di competenza. La scuola, da parte sua, continuerà il monitoraggio quotidiano delle presenze e trasmetterà entro il 30 ottobre 2031 il prospetto aggiornato.\n\n>Il Dirigente Scolastico\n>Anna Neri", 'deadlines', []],
  ['takes no session "convocato con separata nota": another paper calls it', serviceLetter("Il monte ore sarà ripartito dopo l'incontro tecnico con i dirigenti scolastici, convocato con separata nota per lunedì 27 ottobre 2031 alle ore 10:00 presso la sala giunta.", ">Al Dirigente Scolastico\n>dell'Istituto Comprensivo di Valdora"), 'meetings', []],
  ['calls the hearing a court\'s notice of it tells its judge "ha fissato … per il giorno …", and its date put off "alla medesima ora del giorno …"', courtNotice, 'meetings', [{ date: '2031-11-20', time: '10:15' }, { date: '2031-11-27', time: '10:15' }]],
  ['signs a report by "La Psicologa referente" beside the head of the service, in two columns', "AZIENDA SANITARIA DI VALDORA\nConsultorio familiare\n\nValdora, 18 novembre 2031\n\n>Al Comune di Borgo\n>Servizio Tutela Minori\n\nOggetto: Minore L.B. – relazione sul percorso di sostegno.\n\nIl percorso prosegue regolarmente.\n\nLa Psicologa referente | Il Responsabile del Consultorio\ndott.ssa Marta Bini | dott. Luca Neri", 'signatories', [{ role: 'La Psicologa referente', name: 'Marta Bini' }, { role: 'Il Responsabile del Consultorio', name: 'Luca Neri' }]],
  ['reads an agreement titled by its subject matter ("PROGETTO DI AFFIDO FAMILIARE"), its parties after "Tra" and "si conviene quanto segue", as "altro" though it fixes a review meeting', "COMUNE DI VALDORA\nServizio Tutela Minori\n\nPROGETTO DI AFFIDO FAMILIARE CONSENSUALE\n\nTra\n- il Comune di Valdora, rappresentato dalla Responsabile del Servizio;\n- i genitori del minore;\n- gli affidatari;\nsi conviene quanto segue.\n\n1. Durata. L'affido dura ventiquattro mesi.\n2. Verifiche. Il primo incontro di verifica è convocato per giovedì 11 dicembre 2031 alle ore 15:00 presso il Centro Affidi.\n\nLetto, confermato e sottoscritto.\n\nLa Responsabile del Servizio | Gli affidatari\nAnna Neri | ____________", 'docType', 'altro'],
  ['reads figures below a thousand in cents under a heading of expenses in the plural ("Spese straordinarie") as euros', "COMUNE DI VALDORA\n\nDETERMINAZIONE N. 1487 DEL 16/11/2031\n\nOggetto: Liquidazione dei contributi di affido.\n\nDETERMINA\n\n1. di liquidare i contributi come di seguito:\n\nCodice nucleo | Mesi | Spese straordinarie | Totale\nAF-01 | 4 | 310,00 | 2.110,00\nAF-02 | 4 | 185,00 | 1.985,00\n\n>Il Dirigente\n>Anna Neri", 'amounts', [310, 185, 2110, 1985]],
  ['names the body of the letter a printed PEC shows under its header of field cells and its provider\'s notice ("Mittente | …", "Data | …")', "03/11/31, 09:41 – Webmail PEC – Stampa messaggio\nPOSTA CERTIFICATA: RA/0412578/31 – Rilevazione regionale dei Patti\nper l'inclusione\nMittente | Per conto di:\ndpg021@pec.regione.terramare.it\nData | lunedì 3 novembre 2031 10:14\nDestinatari | ecad.valdora@pec.comune.valdora.it;\necad.borgo@pec.comune.borgo.it;\necad.lago@pec.comune.lago.it;\necad.monte@pec.comune.monte.it\nCc | div3@pec.lavoro.gov.it\nAllegati | RA_0412578_31_nota.pdf (284 KB);\ndaticert.xml; smime.p7s\nIl giorno 03/11/2031 alle ore 10:14:27 (+0100) il messaggio è stato inviato e indirizzato ai\ndestinatari sopra indicati. Il messaggio originale è incluso in allegato.\nAnteprima allegato: RA_0412578_31_nota.pdf\n\nREGIONE TERRAMARE\nDipartimento Lavoro – Sociale\n\nProt. n. RA/0412578/31 del 30/10/2031 | Valdora, 30 ottobre 2031\n\n>Agli Enti d'Ambito\n>LORO SEDI\n\nOggetto: Rilevazione regionale dei Patti per l'inclusione.\n\nSi chiede di compilare il questionario entro il 20 novembre 2031.\n\n>Il Dirigente del Servizio\n>Anna Neri", 'sender', 'Regione Terramare'],
  ['signs a call to sign the patto by "Il Case Manager" beside the head of the office', "COMUNE DI VALDORA\nUfficio di Piano\n\nValdora, 5 ottobre 2031\n\n>Alla Sig.ra A.B.\n\nOggetto: Convocazione per la sottoscrizione del Patto per l'inclusione.\n\nLa S.V. è convocata per giovedì 23 ottobre 2031 alle ore 10:00 presso l'Ufficio di Piano.\n\nIl Case Manager | La Responsabile dell'Ufficio di Piano\ndott.ssa Serena Bini | dott.ssa Anna Neri", 'signatories', [{ role: 'Il Case Manager', name: 'Serena Bini' }, { role: "La Responsabile dell'Ufficio di Piano", name: 'Anna Neri' }]],
  ['takes no date by which a Società della Salute, its letterhead\'s name, "approverà la graduatoria"', "SOCIETÀ DELLA SALUTE DELLA VALDORA\n\nValdora, 1 ottobre 2031\n\n>Ai cittadini interessati\n\nOggetto: Avviso pubblico per il contributo all'assistente familiare.\n\nLe domande vanno presentate entro il 31 ottobre 2031. La Società della Salute approverà la graduatoria entro il 30 novembre 2031.\n\n>Il Direttore\n>Anna Neri", 'deadlines', [{ date: '2031-10-31' }]],
  ['takes no date by which the issuer\'s own office, named with an apposition wrapped onto the next line, will send ("La Direzione della Società della Salute, acquisito il parere / della Giunta esecutiva, trasmetterà …")', "SOCIETÀ DELLA SALUTE DELLA VALDORA\n\nVERBALE N. 3/2031 DELLA SEDUTA DELL'8 OTTOBRE 2031\n\nIl giorno 8 ottobre 2031 si è riunito il Comitato. I componenti trasmettono le proposte entro il 30 ottobre 2031. La Direzione della Società della Salute, acquisito il parere\ndella Giunta esecutiva, trasmetterà il programma alla Regione entro il 30 novembre 2031.\n\nLa Presidente\nAnna Neri", 'deadlines', [{ date: '2031-10-30' }]],
  ['names the body of the footer where the letterhead prints only its legal description ("Consorzio pubblico ai sensi dell\'art. 71-bis …"), its name a picture', "Consorzio pubblico ai sensi dell'art. 71-bis della L.R. 40/2005\n\nVERBALE N. 3/2031 DELLA SEDUTA DELL'8 OTTOBRE 2031\n\nIl giorno 8 ottobre 2031 si è riunito il Comitato.\n\nLa Presidente\nAnna Neri\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nSocietà della Salute della Valdora – Via Roma 31, 51017 Valdora – info@sdsvaldora.it", 'sender', 'Società della Salute della Valdora'],
  ['names a care home by its letterhead ("RSA Villa Il Poggio"), not the cooperative its caption says runs it ("gestita da … Società Cooperativa Sociale")', "RSA Villa Il Poggio\nResidenza Sanitaria Assistenziale accreditata\ngestita da Il Gelso Società Cooperativa Sociale\n\nProt. n. 118/2031 | Valdora, 5 novembre 2031\n\n>Al Comune di Valdora\n>Settore Servizi alla Persona\n\nOggetto: Richiesta di integrazione della retta.\n\nSi chiede l'integrazione della retta per la Sig.ra A.B.\n\n>La Direttrice\n>Anna Neri", 'sender', 'RSA Villa Il Poggio'],
  ['dates a Giunta\'s act by its heading "Delibera Num. 1592 del 14/09/2031"', "REGIONE TERRAMARE\nAtti amministrativi\nGIUNTA REGIONALE\n\nDelibera Num. 1592 del 14/09/2031\nSeduta Num. 37\n\nQuesto lunedì 14 del mese di settembre dell'anno 2031 si è riunita la Giunta regionale.\n\nOggetto: Riparto del Fondo Dopo di noi.\n\nLA GIUNTA DELLA REGIONE TERRAMARE\n\nDELIBERA\n\n1. di ripartire il Fondo.", 'documentDate', '2031-09-14'],
  ['numbers a printed PEC by the register\'s subject "POSTA CERTIFICATA: Comune di … - Prot. N. … del …", wrapped before the number', "Legalmail – Posta Elettronica Certificata\n\nDa: | \"Per conto di: comune.valdora@legalmail.it\"\nA: | garante@emarche.it\nData: | venerdì 30 ottobre 2031 12:14\nOggetto: | POSTA CERTIFICATA: Comune di Valdora\n | - Prot. N. 0066912/2031 del 30/10/2031 -\n | Riscontro nota prot. 4821 del 05/10/2031\n\nMessaggio di posta certificata\n\nIl giorno 30/10/2031 alle ore 12:14:08 (+0100) il messaggio è stato inviato.", 'protocol', { number: '0066912/2031', date: '2031-10-30' }],
  ['takes no date by which an Unione named by its letterhead ("Unione delle Terre …") "approverà la graduatoria"', "UNIONE DELLE TERRE DI VALDORA\nSettore Servizi Sociali\n\nValdora, 1 ottobre 2031\n\n>Ai cittadini interessati\n\nOggetto: Avviso pubblico per progetti di vita indipendente.\n\nLe domande sono valutate dall'Unità di valutazione. L'Unione approverà la graduatoria entro il 30 novembre 2031 e la pubblicherà all'Albo.\n\n>Il Dirigente\n>Anna Neri", 'deadlines', []],
  ['keeps the end of the window in which a single application "può essere presentata dalle ore … di … alle ore … di …"', "UNIONE DELLE TERRE DI VALDORA\n\nValdora, 1 ottobre 2031\n\n>Ai cittadini interessati\n\nOggetto: Avviso pubblico.\n\nLa domanda può essere presentata dalle ore 9:00 di lunedì 6 ottobre 2031 alle ore 12:00 di venerdì 7 novembre 2031, a mano o via PEC.\n\n>Il Dirigente\n>Anna Neri", 'deadlines', [{ date: '2031-11-07' }]],
  ['takes no date by which the writer\'s own office "predisporrà … e la invierà"', "UNIONE DELLE TERRE DI VALDORA\nUfficio di Piano distrettuale\n\nValdora, 23 settembre 2031\n\n>Agli Enti del Terzo Settore\n\nOggetto: Tavolo distrettuale.\n\nGli Enti possono far pervenire proposte entro il 16 ottobre 2031. L'Ufficio di Piano predisporrà la bozza del programma e la invierà ai componenti del Tavolo entro il 6 novembre 2031.\n\n>Il Dirigente\n>Anna Neri", 'deadlines', [{ date: '2031-10-16' }]],
  ['dates a determina by its heading in a cell of its own wrapped onto the next line, not by the proposal\'s date in the cell beside it', "UNIONE DELLE TERRE DI VALDORA\nSETTORE SERVIZI SOCIALI\nDETERMINAZIONE DIRIGENZIALE N. 1187 DEL | Proposta n. 1302 del 25/11/2031\n27/11/2031\n\nOGGETTO: APPROVAZIONE DELLA GRADUATORIA.\n\nIL DIRIGENTE\n\nDETERMINA\n\n1. di approvare la graduatoria.", 'documentDate', '2031-11-27'],
  ['dates a Region\'s decree by its register fields "Numero adozione: … - Data adozione: …"', "REGIONE TERRAMARE\nDIREZIONE SANITÀ E WELFARE\n\nNumero adozione: 19872 - Data adozione: 15/09/2031\n\nOggetto: Riparto del Fondo per le non autosufficienze.\n\nIL DIRIGENTE\n\nDECRETA\n\n1. di ripartire il Fondo.", 'documentDate', '2031-09-15'],
  ['calls a session the writer proposes and then settles ("Si propone pertanto un incontro per giovedì …, al quale parteciperanno …; Si prega di confermare la partecipazione …")', "COMUNE DI VALDORA\nSettore Welfare\n\nValdora, 6 novembre 2031\n\n>Alla Caritas diocesana\n\nOggetto: Riscontro alla richiesta di incontro.\n\nSi propone pertanto un incontro per\ngiovedì 20 novembre 2031, alle ore 11:00\npresso la Sala della Giunta, al quale parteciperanno, oltre agli scriventi, il Responsabile del Servizio.\nSi prega di confermare la partecipazione entro lunedì 17 novembre 2031.\n\n>L'Assessore\n>Anna Neri", 'meetings', [{ date: '2031-11-20', time: '11:00' }]],
  ['reads as money a price its row multiplies by the quantity into the total, its heading lost above ("24 | 744 | 28,00 | 20.832,00")', "COMUNE DI VALDORA\n\nDETERMINAZIONE N. 412 DEL 10/11/2031\n\nOggetto: Accoglienza notturna – affidamento.\n\nDETERMINA\n\n1. di affidare il servizio per una spesa complessiva di € 41.664,00, come segue:\n\ndicembre 2031 | 24 | 744 | 28,00 | 20.832,00\ngennaio 2032 | 24 | 744 | 28,00 | 20.832,00\n\n>Il Dirigente\n>Anna Neri", 'amounts', [41664, 20832, 28]],
  ['signs an act by its signer before its annexes as well as by the visa and the publication after them', `SOCIETÀ DELLA SALUTE DELLA VALDORA\n\nDETERMINAZIONE DEL DIRETTORE N. 412 DEL 24/11/2031\n\nOggetto: Graduatoria.\n\nIL DIRETTORE\n\nDETERMINA\n\n1. di approvare la graduatoria.\n\n>IL DIRETTORE\n>Dott. Luca Bini\n\nALLEGATO A – GRADUATORIA\nPos. | Codice | Comune | Contributo (€)\n1 | VDN-01 | Valdora | 400,00\n2 | VDN-02 | Borgo | 500,00\n---page---\n${ranking}\n---page---\n37 | VDN-37 | Borgo | 500,00\n38 | VDN-38 | Lago | 600,00\n\nALLEGATO B – DOMANDE NON AMMESSE\nCodice | Motivo di esclusione\nVDN-05 | ISEE superiore alla soglia\nVDN-06 | residenza fuori dalla zona\n\nVISTO DI REGOLARITÀ CONTABILE\nSi attesta la copertura della spesa.\n>Il Responsabile U.O. Bilancio e Contabilità\n>Marco Neri\n\nCERTIFICATO DI PUBBLICAZIONE\nLa presente determinazione è pubblicata all'Albo on line.\n>L'incaricato della pubblicazione\n>Anna Rossi`, 'signatories', [{ role: 'IL DIRETTORE', name: 'Luca Bini' }, { role: 'Il Responsabile U.O. Bilancio e Contabilità', name: 'Marco Neri' }, { role: "L'incaricato della pubblicazione", name: 'Anna Rossi' }]],
  ['calls the assessment visit a health agency sets at a family\'s home ("La visita dell\'UVM si svolgerà a domicilio … alle ore 10:30")', "AZIENDA USL DI VALDORA\nUnità di Valutazione Multidimensionale\n\nValdora, 16 ottobre 2031\n\n>Alla Sig.ra A.B.\n\nOggetto: Convocazione per la valutazione multidimensionale domiciliare.\n\nGentile Signora,\nla Sua congiunta dovrà essere sottoposta alla valutazione.\n\nLa visita dell'Unità di Valutazione Multidimensionale si svolgerà a domicilio, in Via dei Fiori 14, mercoledì 29 ottobre 2031 alle ore 10:30.\n\n>Il Coordinatore UVM\n>Anna Neri", 'meetings', [{ date: '2031-10-29', time: '10:30' }]],
  ['keeps an amount whose "€" ends a page and whose figure opens the next, the running footer and head between', "COMUNE DI VALDORA\nConsulta comunale\n\nVERBALE N. 4/2031\n\nL'Assessora comunica che nel bilancio 2031 sono stanziati €\n\nComune di Valdora – Consulta comunale – Verbale n. 4/2031\n---page---\nComune di Valdora – Consulta comunale – Verbale n. 4/2031\n120.000,00 per i primi interventi nel centro storico.\n\nComune di Valdora – Consulta comunale – Verbale n. 4/2031", 'amounts', [120000]],
];

const GUARDS: FieldRow[] = [
  ['takes no assessment visit told as held ("la visita … si è svolta il … alle ore …")', "AZIENDA USL DI VALDORA\nUnità di Valutazione Multidimensionale\n\nValdora, 16 ottobre 2031\n\n>Alla Sig.ra A.B.\n\nOggetto: Esito della valutazione.\n\nLa visita dell'Unità di Valutazione Multidimensionale si è svolta a domicilio martedì 14 ottobre 2031 alle ore 10:30.\n\n>Il Coordinatore UVM\n>Anna Neri", 'meetings', []],
  ['takes no signer before the annexes of an act that prints none there, its visa after them', "SOCIETÀ DELLA SALUTE DELLA VALDORA\n\nDETERMINAZIONE DEL DIRETTORE N. 412 DEL 24/11/2031\n\nOggetto: Graduatoria.\n\nIL DIRETTORE\n\nDETERMINA\n\n1. di approvare la graduatoria come da allegato.\n\nALLEGATO A – GRADUATORIA\nPos. | Codice | Comune | Contributo (€)\n1 | VDN-01 | Valdora | 400,00\n2 | VDN-02 | Borgo | 500,00\n---page---\nVISTO DI REGOLARITÀ CONTABILE\nSi attesta la copertura della spesa.\n>Il Responsabile U.O. Bilancio e Contabilità\n>Marco Neri", 'signatories', [{ role: 'Il Responsabile U.O. Bilancio e Contabilità', name: 'Marco Neri' }]],
  ['takes no figure in cents that no quantity of its row multiplies into its total ("24 | 744 | 12,50 | 20.832,00")', "COMUNE DI VALDORA\n\nDETERMINAZIONE N. 412 DEL 10/11/2031\n\nOggetto: Accoglienza notturna – affidamento.\n\nDETERMINA\n\n1. di affidare il servizio per una spesa complessiva di € 41.664,00, come segue:\n\ndicembre 2031 | 24 | 744 | 12,50 | 20.832,00\ngennaio 2032 | 24 | 744 | 12,50 | 20.832,00\n\n>Il Dirigente\n>Anna Neri", 'amounts', [41664, 20832]],
  ['takes no session proposed with another date left open, whatever the letter asks to confirm', "COMUNE DI VALDORA\nSettore Welfare\n\nValdora, 6 novembre 2031\n\n>Alla Caritas diocesana\n\nOggetto: Riscontro alla richiesta di incontro.\n\nSi propone un incontro per giovedì 20 novembre 2031 alle ore 11:00, ovvero altra data a Voi più congeniale.\nSi prega di confermare la partecipazione entro lunedì 17 novembre 2031.\n\n>L'Assessore\n>Anna Neri", 'meetings', []],
  ['still dates a determina by its heading on one line ("DETERMINAZIONE N. 1187 DEL 27/11/2031")', "COMUNE DI VALDORA\n\nDETERMINAZIONE N. 1187 DEL 27/11/2031\n\nOGGETTO: APPROVAZIONE DELLA GRADUATORIA.\n\nIL DIRIGENTE\n\nDETERMINA\n\n1. di approvare la graduatoria.", 'documentDate', '2031-11-27'],
  ['keeps the date by which a paper the writer\'s office prepares is "da sottoscrivere" by the readers', "COMUNE DI VALDORA\nUfficio di Piano\n\nVERBALE N. 3 DEL 29 SETTEMBRE 2031\n\nIl Tavolo si è riunito. L'Ufficio di Piano predisporrà lo schema di convenzione, da sottoscrivere entro il 30 novembre 2031, con avvio delle attività da gennaio.\n\nIl Presidente\nAnna Neri", 'deadlines', [{ date: '2031-11-30' }]],
  ['still names a cooperative that writes under its own name', "IL GELSO SOCIETÀ COOPERATIVA SOCIALE\n\nValdora, 5 novembre 2031\n\n>Al Comune di Valdora\n\nOggetto: Rendicontazione del servizio.\n\nSi trasmette la rendicontazione.\n\n>La Presidente\n>Anna Neri", 'sender', 'Il Gelso Società Cooperativa Sociale'],
  ['keeps the date by which another body, its name wrapped onto the next line in an apposition, will act for the reader ("I Comuni, sentiti / i servizi, dovranno trasmettere …")', "SOCIETÀ DELLA SALUTE DELLA VALDORA\n\nValdora, 1 ottobre 2031\n\n>Ai Comuni della zona\n\nOggetto: Programma operativo.\n\nI Comuni, sentiti\ni servizi sociali, dovranno trasmettere le schede entro il 30 novembre 2031.\n\n>Il Direttore\n>Anna Neri", 'deadlines', [{ date: '2031-11-30' }]],
  ['names the letterhead of a letter whose head lists its annexes beside the addressees ("Allegati: n. 1")', "CITTÀ DI VALDORA\nUfficio di Piano\n\nRif. Vs. nota prot. n. 18342 del 14/10/2031 | Al Comune di Borgo\nAllegati: n. 1 | Settore Servizi Sociali\n\nOggetto: Riscontro alla richiesta di dati.\n\nSi forniscono i dati richiesti.\n\n>Il Dirigente\n>Anna Neri", 'sender', 'Città di Valdora'],
  ['takes no figure in cents under a heading of no money ("Ore settimanali") beside one of money', "COMUNE DI VALDORA\n\nDETERMINAZIONE N. 1488 DEL 16/11/2031\n\nOggetto: Ore di assistenza.\n\nDETERMINA\n\n1. di assegnare le ore e i contributi come di seguito:\n\nScuola | Ore settimanali | Importo | Totale\nIC Valdora | 12,50 | 310,00 | 2.110,00\n\n>Il Dirigente\n>Anna Neri", 'amounts', [310, 2110]],
  ['still reads a convocation with no subject line as one ("Il Comitato … è convocato …")', "COMUNE DI VALDORA\nUfficio di Piano\n\nValdora, 10 ottobre 2031\n\n>Ai componenti del Comitato dei Sindaci\n\nIl Comitato dei Sindaci è convocato per giovedì 11 dicembre 2031 alle ore 15:00 presso la sala consiliare, per discutere tra i punti all'ordine del giorno il riparto del Fondo.\n\n>Il Presidente\n>Anna Neri", 'docType', 'convocazione'],
  ['takes no signer from a form\'s table listing the professions bare ("Psicologo", "Educatore professionale")', "REGIONE TERRAMARE\n\nOggetto: Ricognizione del personale – scheda.\n\nProfilo | Unità | Ore settimanali\nAssistente sociale | 4 | 144\nPsicologo | 1 | 18\nEducatore professionale | 2 | 72\n\nIl Referente per la compilazione\nAnna Neri", 'signatories', [{ role: 'Il Referente per la compilazione', name: 'Anna Neri' }]],
  ['takes no hearing another body tells "il Tribunale … ha fissato" under a subject that names none', "PROCURA DELLA REPUBBLICA PRESSO IL TRIBUNALE PER I MINORENNI DI VALDORA\n\nValdora, 10 ottobre 2031\n\n>Al Comune di Borgo\n>Servizi Sociali\n\nOggetto: Minore A.B. – richiesta di relazione aggiornata.\n\nSi fa presente che il Tribunale, con decreto del 3 ottobre 2031, ha fissato l'udienza di comparizione delle parti per il giorno 5 dicembre 2031, ore 11:30; la relazione dovrà pertanto pervenire in tempo utile.\n\n>Il Sostituto Procuratore\n>Anna Neri", 'meetings', []],
  ['keeps a session this letter calls beside one "convocato con separata nota"', serviceLetter("L'incontro tecnico è convocato per lunedì 27 ottobre 2031 alle ore 10:00 presso la sala giunta; il tavolo di rete, convocato con separata nota, seguirà.", ">Al Dirigente Scolastico\n>dell'Istituto Comprensivo di Valdora"), 'meetings', [{ date: '2031-10-27', time: '10:00' }]],
  ['keeps the date by which "il Servizio" will report where the addressees name a Servizio too (the reader\'s)', serviceLetter('Il Servizio trasmetterà la relazione sanitaria entro il 30 novembre 2031.', ">Al Servizio di Neuropsichiatria infantile\n>dell'Azienda sanitaria di Valdora"), 'deadlines', [{ date: '2031-11-30' }]],
  ['keeps the date by which "codesta Procura" is asked now to answer', serviceLetter("Si chiede a codesta Procura di voler comunicare l'eventuale assenso entro il 22 ottobre 2031.", '>Alla Procura della Repubblica presso il Tribunale per i minorenni'), 'deadlines', [{ date: '2031-10-22' }]],
  ['keeps the date by which other bodies, "da parte loro", will send', serviceLetter('I Comuni, da parte loro, trasmetteranno i dati entro il 30 novembre 2031.', ">Ai Comuni dell'Ambito"), 'deadlines', [{ date: '2031-11-30' }]],
  ['keeps the date a Servizio Sanitario Regionale\'s agency sets for "il Servizio sociale"', "SERVIZIO SANITARIO REGIONALE\nAZIENDA SANITARIA LOCALE DI VALDORA\n\nValdora, 10 ottobre 2031\n\n>Al Comune di Borgo\n\nOggetto: Presa in carico.\n\nIl Servizio sociale trasmetterà la scheda di valutazione entro il 30 novembre 2031.\n\n>Il Direttore\n>Anna Neri", 'deadlines', [{ date: '2031-11-30' }]],
];

describeFieldRows('kinds of blind sets 65, 70 and 71', KINDS);
describeFieldRows('what those kinds leave alone', GUARDS);

describe('a register\'s line up the margin with its fields between dashes, the direction before the number', () => {
  const note = (line: string) => `CITTÀ DI VALDORA\nUfficio di Piano\n\n>Al Comune di Borgo\n\nOggetto: Riscontro.\n\nSi trasmettono i dati.\n\n>Il Dirigente\n>Anna Neri\n\n${line}`;

  it('gives the outgoing one\'s number and date ("… - Protocollo Generale - U - 0062418 - 22/10/2031 11:07 - Tit. 7.12")', () => {
    // Prepare
    const pages = withMarginLine(note('CITTÀ DI VALDORA - Protocollo Generale - U - 0062418 - 22/10/2031 11:07 - Tit. 7.12'));
    // Act
    const { protocol } = extractFields(pages).fields;
    // Assess
    expect(protocol).toEqual({ number: '0062418', date: '2031-10-22' });
  });

  it('takes no number from an incoming one ("… - Protocollo Generale - E - …"): the receiver\'s', () => {
    const pages = withMarginLine(note('COMUNE DI BORGO - Protocollo Generale - E - 0018342 - 24/10/2031 09:12 - Tit. 7.12'));
    const { protocol } = extractFields(pages).fields;
    expect(protocol?.number ?? null).not.toBe('0018342');
  });
});

describe('a table\'s heading wrapped onto a line of several cells', () => {
  it('heads its columns with the words of both lines, a unit in brackets included ("Contributo mensile" / "(€)")', () => {
    // Prepare
    const text = 'Pos. | Codice domanda | Comune | Fascia ISEE – | Contributo mensile\n | | | punteggio UVM | (€)\n1 | VDN-01 | Valdora | C – 95,0 | 400,00\n2 | VDN-02 | Borgo | B – 92,5 | 500,00\n3 | VDN-03 | Lago | A – 90,0 | 600,00';
    // Act
    const headers = new SourceText(letterPages(text)).tables.map((c) => c.header);
    // Assess
    expect(headers).toEqual(['Pos.', 'Codice domanda', 'Comune', 'Fascia ISEE – punteggio UVM', 'Contributo mensile (€)']);
  });
});

describe('a table that goes on under its columns after a row read with fewer cells', () => {
  const headersOf = (text: string) => new SourceText(letterPages(text)).tables.map((c) => `${c.table}:${c.header}`);

  it('keeps its heading for the rows after the broken one', () => {
    // Prepare: a row whose long word ran into the next cell, read as three cells instead of four.
    const text = 'Progetto | Soggetto | Posti | Costo (€)\nDecoro urbano | Comune di Valdora | 12 | 4.860,00\nBiblioteca | Comune di Borgo | 4 | 1.310,00\nAccompagnamento Comune di Lago | 3 | 1.420,00\nSportello | Comune di Monte | 2 | 890,00\nCustodia | Comune di Riva | 2 | 910,00';
    // Act
    const headers = headersOf(text);
    // Assess
    expect(headers.filter((h) => h.startsWith('2:'))).toEqual(['2:Progetto', '2:Soggetto', '2:Posti', '2:Costo (€)']);
  });

  it('leaves headless a table set apart from the last one by a paragraph', () => {
    const text = 'Progetto | Soggetto | Posti | Costo (€)\nDecoro urbano | Comune di Valdora | 12 | 4.860,00\nBiblioteca | Comune di Borgo | 4 | 1.310,00\n\nIl Comitato ha esaminato le proposte pervenute, ritenute ammissibili nella seduta istruttoria.\nLe proposte seguenti sono state escluse per mancanza dei requisiti richiesti dall\'avviso.\nSi riportano di seguito i motivi di esclusione e i soggetti proponenti.\nNon sono previste ulteriori verifiche.\nLe esclusioni sono comunicate ai proponenti.\n\nSportello | Comune di Monte | 2 | requisiti\nCustodia | Comune di Riva | 2 | requisiti';
    const headers = headersOf(text);
    expect(headers.filter((h) => h.startsWith('2:'))).toEqual(['2:', '2:', '2:', '2:']);
  });
});

describe('a receiver\'s stamp laid across a letterhead of wide lines', () => {
  it('leaves the letter its own protocol, not the stamp\'s number of arrival', () => {
    // Prepare: the stamp's four small lines at x 353, between the letterhead's lines, which run under it.
    const run = (text: string, x: number, y: number, size: number) => ({ text, x, y, size, width: text.length * size * 0.5 });
    const runs = [
      run('COMUNE DI VALDORA', 353, 798, 9),
      run('Protocollo generale N. 0151877/2031', 353, 787, 8),
      run('Caritas Diocesana di Valdora-Borgo-Lago-Monte', 159, 780, 12),
      run('del 04/11/2031 - ENTRATA', 353, 776, 8),
      run('Organismo pastorale della Diocesi di Valdora-Borgo-Lago-Monte', 159, 766, 9.5),
      run('Assegnato a: Settore Welfare', 353, 765, 8),
      run('Prot. n. 112/2031', 60, 744, 10.5),
      run('Valdora, 2 novembre 2031', 320, 744, 10.5),
      run('Al Sindaco del Comune di Valdora', 320, 722, 10.5),
      run('Oggetto: Richiesta di incontro – Piano freddo.', 60, 690, 10.5),
      run('Si chiede un incontro per definire il Piano freddo.', 60, 668, 10.5),
      run('Il Direttore', 320, 630, 10.5),
      run('don Mario Rossi', 320, 616, 10.5),
    ];
    const pages = [{ page: 1, width: 595, height: 842, ocr: false, lines: layoutLines(runs, 1, 595) }];
    // Act
    const { protocol } = extractFields(pages).fields;
    // Assess
    expect(protocol).toEqual({ number: '112/2031', date: '2031-11-02' });
  });
});
