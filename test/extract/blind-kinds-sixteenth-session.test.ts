import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterField as fieldOf } from '../support/letter-field.ts';
import { describeFieldRows, withMarginLine, type FieldRow } from '../support/field-rows.ts';
import { letterPages } from '../support/letter-pages.ts';

// Kinds blind sets 59 (local bodies of Emilia-Romagna and Veneto writing to one another), 60 (the meetings of Central Italy's
// Ambiti) and 61 (the Ministry and INPS writing to Regions and Ambiti) showed on first contact (sixteenth session), each written
// anew with invented bodies and figures: every row fails on the code before its fix.

/** Twenty Ambiti addressed two by two, filling page 1; the copies beside "e, p.c." at the left; the subject on page 2. */
const twentyAmbiti = (() => {
  const names = ['Borgo', 'Valdora', 'Sasso', 'Torre', 'Lago', 'Monte', 'Piano', 'Colle', 'Riva', 'Ponte', 'Fonte', 'Prato', 'Bosco', 'Valle', 'Campo', 'Poggio', 'Rocca', 'Serra', 'Cala', 'Pieve'];
  const rows: string[] = [];
  for (let i = 0; i < names.length; i += 2) {
    rows.push(`Al Comune di ${names[i]}, capofila | Al Comune di ${names[i + 1]}, capofila`, `dell'Ambito Territoriale A${i + 1} | dell'Ambito Territoriale A${i + 2}`, '');
  }
  return `MINISTERO DELLE POLITICHE SOCIALI\nDirezione Generale per l'inclusione\n\n${rows.join('\n')}\ne, p.c. | Alla Regione Terramare – Direzione Politiche sociali\n | Alla Regione Collina – Dipartimento Welfare\n---page---\n>Alla Regione Marina – Settore Inclusione\n>LORO SEDI\n\nOggetto: Monitoraggio dei LEPS – sollecito.\n\nSi invitano codesti Ambiti a completare la compilazione entro il 20 novembre 2031.\n\n>Il Dirigente\n>Anna Neri`;
})();

/** A printed e-mail: the reply, signed, over the message it answers, which convenes a table. */
const mailThread = "Re: Tavolo di coprogrammazione – designazione\n\nDa: | Consulta di Valdora <consulta@pec.valdora.it>\nData: | martedì 17 febbraio 2031 10:42\nA: | Ufficio Amministrazione <amm@pec.valdora.it>\nOggetto: | Re: Tavolo di coprogrammazione – designazione\n\nBuongiorno,\nin riscontro alla Vostra comunicazione del 6 febbraio, Vi informiamo che l'assemblea della Consulta ha designato i propri rappresentanti al Tavolo.\nConfermiamo la partecipazione al primo incontro.\nCordiali saluti\n\nGiulia Neri\nPresidente della Consulta del Terzo Settore di Valdora\n\n-------- Messaggio originale --------\nDa: | Ufficio Amministrazione <amm@pec.valdora.it>\nData: | venerdì 6 febbraio 2031 12:15\nOggetto: | Tavolo di coprogrammazione\n\nGentilissimi,\nil Tavolo è convocato in prima seduta giovedì 5 marzo 2031 alle ore 17:30 presso la Sala Rossa.\nSi chiede alla Consulta di comunicare i nominativi entro venerdì 27 febbraio 2031.\nCordiali saluti\n\nIl Responsabile del Servizio Amministrazione\nLuca Bini";

const BLIND_KINDS: FieldRow[] = [
  ['reads addressees that fill page 1 in two columns, read one column after the other, and the copies beside "e, p.c.", the subject on page 2', twentyAmbiti, 'cc', ['Alla Regione Terramare – Direzione Politiche sociali', 'Alla Regione Collina – Dipartimento Welfare', 'Alla Regione Marina – Settore Inclusione']],
  ['counts every addressee of a list that fills page 1 before the subject on page 2', twentyAmbiti, 'recipients', expect.arrayContaining(["Al Comune di Borgo, capofila dell'Ambito Territoriale A1", "Al Comune di Pieve, capofila dell'Ambito Territoriale A20"])],
  ['reads a ministry\'s reminder to twenty Ambiti listed over its first page as a note', twentyAmbiti, 'docType', 'nota'],
  ['reads a body\'s request to the providers of a service (a public agency and cooperatives) as a note, not a letter to a company', "UNIONE DEI COMUNI DI VALDORA\nUfficio di Piano\n\nProt. n. 4127/2031 | Valdora, 14 gennaio 2031\n\n>Alla ASP dei Comuni di Valdora\n\n>Alla Cooperativa Sociale Il Pino Soc. Coop.\n\n>Alla Cooperativa Sociale Terra Nuova\n\nOggetto: Servizio di assistenza domiciliare – richiesta dati 2030.\n\nSi chiede di trasmettere i dati del servizio entro il 6 febbraio 2031.\n\n>Il Responsabile\n>Anna Neri", 'docType', 'nota'],
  ['reads a reminder to several cooperatives running a service as a note', "UNIONE DI VALDORA\n\nProt. n. 0004471/2031 del 24/02/2031\n\n>Alla Cooperativa Sociale La Quercia\n\n>Alla Cooperativa Sociale Arcobaleno\n\nOggetto: Centri diurni – rendicontazione 2030 – sollecito.\n\nSi sollecita la trasmissione entro il 10 marzo 2031.\n\n>Il Responsabile\n>Anna Neri", 'docType', 'nota'],
  ['reads the sessions of a calendar whose date cell ends in a span of hours and whose undated row runs its time into the next cell', "AMBITO TERRITORIALE SOCIALE VALDORA\n\nProt. n. 0019544 del 20/03/2031\n\n>Ai Sindaci dei Comuni dell'Ambito\n\nOggetto: Comitato dei Sindaci – calendario delle sedute.\n\nCome concordato nella seduta del 5 marzo 2031, si trasmette il calendario. La presente vale quale convocazione formale per ciascuna delle sedute indicate.\n\nN. | Data | Orario | Sede\n1 | giovedì 10 aprile 2031 15.00 – 17.00 | | Valdora, Sala Rossa\n3 | mercoledì 14 maggio | | 9.00 videoconferenza\n\nDistinti saluti.\n\n>Il Coordinatore\n>Anna Neri", 'meetings', [{ date: '2031-04-10', time: '15:00' }, { date: '2031-05-14', time: '09:00' }]],
  ['reads the public hearings a notice lists in a table, their hours alone after "ore" and a date run into the place\'s cell', "SOCIETÀ DELLA SALUTE DI VALDORA\n\nProt. n. 2715/2031 | Valdora, 2 aprile 2031\n\nAVVISO PUBBLICO\n\nOggetto: Udienza pubblica sul Piano Integrato di Salute.\n\nIL DIRETTORE\n\nRENDE NOTO\n\nche il Piano è presentato alla cittadinanza in due udienze pubbliche aperte a tutti:\n\nSede | Data | Orario\nValdora, Auditorium del Centro venerdì 9 maggio 2031 | | dalle ore 16 alle ore 19\nBorgo, Sala del Consiglio | sabato 10 maggio 2031 | ore 10.00\n\n>Il Direttore\n>Anna Neri", 'meetings', [{ date: '2031-05-09', time: '16:00' }, { date: '2031-05-10', time: '10:00' }]],
  ['reads a notice whose subject opens on the public hearing it calls as a convocation', "SOCIETÀ DELLA SALUTE DI VALDORA\n\nProt. n. 2715/2031 | Valdora, 2 aprile 2031\n\nAVVISO PUBBLICO\n\nOggetto: Udienza pubblica sul Piano Integrato di Salute.\n\nIL DIRETTORE\n\nRENDE NOTO\n\nche il Piano è presentato alla cittadinanza in due udienze pubbliche aperte a tutti:\n\nSede | Data | Orario\nValdora, Auditorium | venerdì 9 maggio 2031 | dalle ore 16 alle ore 19\n\n>Il Direttore\n>Anna Neri", 'docType', 'convocazione'],
  ['reads a session\'s time written "dalle 9 alle 13", the hour alone', "COMUNE DI VALDORA\n\n>Agli Enti del Terzo Settore\n\nOggetto: Convocazione dei Tavoli di coprogettazione.\n\nIl Tavolo 1 si svolgerà martedì 22 aprile 2031, dalle 9 alle 13, in modalità telematica.\n\n>Il Dirigente\n>Anna Neri", 'meetings', [{ date: '2031-04-22', time: '09:00' }]],
  ['takes no session a cited note put off or called ("Vs. nota … con la quale è stata rinviata al …", "è stato convocato, con nota prot. …")', "COMUNE DI BORGO\nIl Sindaco\n\nProt. n. 4127 | Borgo, 10 aprile 2031\n\n>Al Comune di Valdora\n\nOggetto: Designazione del delegato nell'Assemblea dei Sindaci.\n\nCon riferimento alla Vs. nota prot. n. 14208 del 07/04/2031, con la quale è stata rinviata al 15 aprile 2031 alle ore 16,00 la seduta dell'Assemblea dei Sindaci, si designa quale delegata l'Assessora Anna Bini. Un incontro tecnico è stato convocato, con nota prot. n. 0496011 del 5 aprile 2031, per giovedì 17 aprile 2031 alle ore 10:00.\n\n>Il Sindaco\n>Mario Neri", 'meetings', []],
  ['takes no date by which a Comune, calling itself "l\'Amministrazione", will close its own procedure for a term', "COMUNE DI VALDORA\nSettore Servizi Sociali – Ente capofila del Distretto Socio-Sanitario V3\n\n>Agli Enti del Terzo Settore\n\nOggetto: Coprogettazione.\n\nI nominativi dovranno essere comunicati entro il 17 aprile 2031. L'Amministrazione concluderà il procedimento entro il 30 giugno 2031, con la sottoscrizione dell'accordo.\n\n>Il Dirigente\n>Anna Neri", 'deadlines', [{ date: '2031-04-17' }]],
  ['takes no date by which "Questa Divisione", at a paragraph\'s start, will complete its checks for a term', "MINISTERO DELLE POLITICHE SOCIALI\nDivisione II\n\n>Agli Ambiti Territoriali Sociali\n\nOggetto: Chiusura dei progetti.\n\nAttività di questa Amministrazione\nQuesta Divisione completerà le verifiche entro il 31 dicembre 2031 e disporrà il saldo.\n\n>Il Dirigente\n>Anna Neri", 'deadlines', []],
  ['takes no date by which an ASP, named by its acronym, undertakes to send its data for a term', "ASP DEI COMUNI DI VALDORA\nAzienda pubblica di servizi alla persona\n\n>All'Unione dei Comuni di Valdora\n\nOggetto: Riscontro alla nota prot. n. 4127/2031.\n\nI dati di dicembre sono provvisori: l'ASP si impegna a trasmettere i dati definitivi entro il 27 febbraio 2031.\n\n>Il Direttore\n>Anna Neri", 'deadlines', []],
  ['reads a Giunta\'s signatures above the "DOCUMENTO ISTRUTTORIO" that follows its act, with the officials who sign the report', "REGIONE TERRAMARE\nGIUNTA REGIONALE\n\nDELIBERAZIONE DELLA GIUNTA REGIONALE\n\nOggetto: Riparto della quota povertà estrema.\n\nLA GIUNTA REGIONALE\n\nDELIBERA\n\n- di ripartire la somma secondo l'Allegato A;\n- di trasmettere la presente deliberazione agli Ambiti;\n---page---\n- di pubblicare la presente deliberazione.\n\nIL SEGRETARIO DELLA GIUNTA | IL PRESIDENTE DELLA GIUNTA\nTiziana Neri | Matteo Bini\n---page---\nDOCUMENTO ISTRUTTORIO\n\nIl riparto proposto assegna a ciascun Ambito una quota fissa.\n\n>Il responsabile del procedimento\n>Laura Rossi\n---page---\nPARERE DEL DIRIGENTE DEL SETTORE\n\nIl sottoscritto esprime parere favorevole.\n\n>Il dirigente del Settore\n>Stefano Verdi", 'signatories', expect.arrayContaining([{ role: 'IL SEGRETARIO DELLA GIUNTA', name: 'Tiziana Neri' }, { role: 'IL PRESIDENTE DELLA GIUNTA', name: 'Matteo Bini' }])],
  ['reads a printed e-mail\'s reply, not the message it quotes under "Messaggio originale", for the kind of document', mailThread, 'docType', 'lettera'],
  ['signs a printed e-mail\'s reply by its own signer, not by the quoted message\'s', mailThread, 'signatories', [{ role: 'Presidente della Consulta del Terzo Settore di Valdora', name: 'Giulia Neri' }]],
  ['keeps the meeting the quoted message convenes, as a forwarded note\'s', mailThread, 'meetings', [{ date: '2031-03-05', time: '17:30' }]],
  ['takes no count of a table\'s column of accesses for euros on a page that speaks of money', "ASP DEI COMUNI DI VALDORA\n\n>All'Unione dei Comuni di Valdora\n\nOggetto: Dati del servizio 2030.\n\nSi trasmettono i dati; il costo del servizio è di € 1.821.069,60.\n\nComune | Utenti | Ore erogate | Accessi\nValdora | 58 | 9.412 | 13.880\nBorgo | 71 | 11.230 | 16.504\n\n>Il Direttore\n>Anna Neri", 'amounts', [1821069.6]],
];

describeFieldRows('kinds blind sets 59–61 showed on first contact', BLIND_KINDS);

describe('a Region\'s register line printed up the margin', () => {
  it('gives the protocol from its fields between dashes ("REGIONE … - Registro Ufficiale - U.0398417 - 15-04-2031 - …")', () => {
    // Prepare: a note whose register printed its line vertically in the left margin.
    const pages = withMarginLine('REGIONE TERRAMARE\nDirezione Inclusione sociale\n\n>Ai Comuni capofila dei Distretti\n\nOggetto: Monitoraggio dei Piani sociali di zona.\n\nSi chiedono i dati entro il 15 maggio 2031.\n\n>Il Direttore\n>Anna Neri\n\nREGIONE TERRAMARE - Registro Ufficiale - U.0398417 - 15-04-2031 - Direzione Inclusione sociale');
    // Act
    const { protocol } = extractFields(pages).fields;
    // Assess
    expect(protocol).toEqual({ number: '0398417', date: '2031-04-15' });
  });
});

describe('the sender\'s own outgoing stamp at the top of page 1', () => {
  it('names the body when the letterhead names only an office and a role ("Settore … – Ente capofila del Distretto …")', () => {
    // Prepare: the stamp, an annotation set above the letterhead, whose first line names the Comune.
    const pages = letterPages("Settore Servizi Sociali – Ente capofila del Distretto Socio-Sanitario V3\n\n>Agli Enti del Terzo Settore\n\nOggetto: Coprogettazione.\n\nSi comunica quanto segue.\n\n>Il Dirigente\n>Anna Neri");
    const stamp = ['Comune di Valdora - c_z999', 'Prot. N. 0031187/2031 del 01/04/2031', 'USCITA - Tit. 7 Cl. 12'].map((text, k) => ({
      page: 1,
      index: pages[0].lines.length + k,
      x: 366,
      y: 815 - 11 * k,
      size: 6,
      gapBefore: k ? 0.7 : 2,
      text,
      segments: [{ x: 366, end: 480, text }],
      origins: ['annotation' as const],
    }));
    // Act
    const { sender } = extractFields([{ ...pages[0], lines: [...pages[0].lines, ...stamp] }]).fields;
    // Assess
    expect(sender).toBe('Comune di Valdora');
  });

  it('takes no name from a receiver\'s stamp ("ARRIVO")', () => {
    // Prepare: the same letter stamped on arrival by its reader.
    const pages = letterPages("Settore Servizi Sociali – Ente capofila del Distretto Socio-Sanitario V3\n\n>Al Comune di Borgo\n\nOggetto: Coprogettazione.\n\nSi comunica quanto segue.\n\n>Il Dirigente\n>Anna Neri");
    const stamp = ['Comune di Borgo - c_z998', 'Prot. N. 0004411/2031 del 03/04/2031', 'ARRIVO - Tit. 7 Cl. 12'].map((text, k) => ({
      page: 1,
      index: pages[0].lines.length + k,
      x: 366,
      y: 815 - 11 * k,
      size: 6,
      gapBefore: k ? 0.7 : 2,
      text,
      segments: [{ x: 366, end: 480, text }],
      origins: ['annotation' as const],
    }));
    // Act
    const { sender } = extractFields([{ ...pages[0], lines: [...pages[0].lines, ...stamp] }]).fields;
    // Assess
    expect(sender).not.toBe('Comune di Borgo');
  });
});

describe('a letter to a company', () => {
  it('stays a letter when one company is addressed first (a purchase order)', () => {
    expect(fieldOf("COMUNE DI VALDORA\n\nProt. n. 0004471/2031 del 24/02/2031\n\n>Alla Ditta Elettroforniture Valdora S.r.l.\n>Via Roma 1\n\nOggetto: Ordine di fornitura di gruppi elettrogeni.\n\nSi ordina la fornitura.\n\n>Il Dirigente\n>Anna Neri", 'docType')).toBe('lettera');
  });
});

