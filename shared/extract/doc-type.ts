import { startsCapital } from './starts-capital.ts';
import type { Line } from '../read/page-text.ts';
import type { DocType } from '../records/extracted-fields.ts';
import { GREETING_LINE, SUBJECT_LABEL, TRADE_UNION, VAT_NUMBER, isFormToFill, subjectAfterAddressingPage, subjectLineIndex } from './layout-rules.ts';

export interface DocTypeClues {
  lines: Line[];
  subject: string | null;
  sender: string | null;
  recipients: string[];
  /** Meetings called in the main document: a note forwarded with it in a bundle does not make it a convocation. */
  meetings: number;
  protocol: boolean;
  /** The page the subject was read on. */
  subjectPage?: number;
  /** The roles of the main document's signatories ("Il Sindaco", "Il Dirigente del Settore …"). */
  signers?: string[];
}

/** The kinds an act's own heading names, looked for in the lines above its subject or body. */
const HEADINGS: [DocType, RegExp][] = [
  // Certificates, attestations, annex sheets and informative notices ("INFORMATIVA SUL TRATTAMENTO DEI DATI …") are "altro",
  // even when they name the act they certify.
  // An act's accounting annex ("ALLEGATO CONTABILE", "SCHEDA CONTABILE") is a sheet, though it names the act it is annexed to;
  // so are an office's opinion and visa on it, issued as sheets of their own ("VISTO DI REGOLARITÀ CONTABILE", "PARERE DI
  // REGOLARITÀ TECNICA" above the act's Oggetto).
  ['altro', /^\s*(?:certificat[oa]\s+di|attestazione\s+di|relata\s+di|referto\s+di\s+pubblicazione|verbale\b(?!\s+(?:di|della|delle|dei)\s+delibera)|(?:allegato|scheda)\s+contabile\b|visto\s+(?:di\s+regolarit|contabile\b)|parere\s+(?:di\s+regolarit|tecnico\b|contabile\b)|informativa\b)/i],
  ['circolare', /^\s*(?:circolare|circ\.)\s*(?:n\b|n\.|nr|$|[A-Z]|\d)/i],
  // "Messaggio n. 7": an institute's instruction to its offices and the bodies (INPS, INAIL), a circular in all but name.
  ['circolare', /^\s*messaggio\s+(?:n\b|n\.|nr\b|\d)/i],
  // "Nota 14 marzo 2019, AOODGSIP 1587", "NOTA prot. n. 123": a note titled as one.
  ['nota', /^\s*nota\s+(?:n\b|n\.|nr\b|prot\b|del\b|\d)/i],
  // "Proposta di delibera", alone or in a board's running header after its session ("… – seduta del … – Proposta di delibera – …").
  ['delibera', /^\s*proposta\s+di\s+delibera|\bseduta\b[^\n]{0,40}[–—-]\s*proposta\s+di\s+delibera\b/i],
  // A determinazione and an ordinanza are acts of one office-holder, as a decree is.
  // "Ord. n. 56/2031", "PROVVEDIMENTO DIRIGENZIALE N. …" name such acts too.
  ['decreto', /^\s*(?:decreto|determinazione|ordinanza|ord\.\s*n\b|provvedimento\s+(?:dirigenziale|del\s+dirigente|n\b)|il\s+(?:direttore|dirigente|ministro|presidente)[^\n]{0,80}\bdecreta\b)|^\s*decreta\s*:?\s*$/i],
  ['delibera', /^\s*(?:delibera(?:zione)?|verbale\s+(?:di|della|delle|dei)\s+delibera)/i],
  // "AVVISO DI CONVOCAZIONE": a notice that calls a meeting is a convocation.
  ['convocazione', /^\s*(?:avviso\s+di\s+)?convocazione\b/i],
  ['avviso', /^\s*avviso\b/i],
  ['comunicato', /^\s*comunicato(?:\s+stampa)?\b/i],
  ['modulo', /^\s*(?:modulo|modello|schema\s+di\s+domanda|domanda\s+di|format\b|scheda\s+di\s+(?:rilevazione|programmazione|monitoraggio|raccolta|adesione|candidatura)|dichiarazione\s+sostitutiva)/i],
];

/** The subject a PEC provider gives its receipts and notices, in capitals (regole tecniche PEC, D.M. 2 novembre 2005): "CONSEGNA: <oggetto>" (not "Oggetto: Consegna: lavori …"). */
const PEC_RECEIPT_SUBJECT = /^\s*(?:ACCETTAZIONE|CONSEGNA|AVVISO DI (?:NON ACCETTAZIONE|MANCATA CONSEGNA)|PRESA IN CARICO|ERRORE DI CONSEGNA)\s*:/;
/** A receipt's own title on its line: "Ricevuta di avvenuta consegna", "Ricevuta di accettazione". */
const PEC_RECEIPT_HEADING = /^\s*(?:ricevuta\s+di\s+(?:avvenuta\s+consegna|accettazione|presa\s+in\s+carico)|avviso\s+di\s+(?:mancata\s+consegna|non\s+accettazione))\s*$/i;
/** A filing's receipt by its title: "Ricevuta di avvenuto caricamento", "RICEVUTA DI PRESENTAZIONE DELLA DOMANDA N. …". */
const FILING_RECEIPT = /^\s*ricevuta\s+(?:di\s+)?(?:avvenut[oa]\s+)?(?:caricamento|trasmissione|invio|presentazione|protocollazione|registrazione|deposito|ricezione|acquisizione)\b/i;
const FILE_NAME = /\S\.(?:pdf|p7m|xml|eml|docx?|xlsx?|odt|ods|zip|jpe?g|png)\b/i;
const ANNEX_PREFIX = /^\s*allegato\s+(?:n\.?\s*)?[\p{L}\d]{1,3}\s*(?:([-–—:.)])\s*|\s(?=\p{L}))/iu;
/** The title without its "ALLEGATO A –" prefix; without a dash the title after it must open with a capital. */
function withoutAnnexPrefix(text: string): string {
  const m = ANNEX_PREFIX.exec(text);
  return m && (m[1] || startsCapital(text, m[0].length)) ? text.slice(m[0].length) : text;
}
/** Words of a person writing in the first person singular: "Il sottoscritto", "chiedo", "scrivo", "mi impegno", "faccio presente". */
const SPEAKS_FOR_SELF = /(?<![\p{L}])(?:(?:il|la)\s+sottoscritt[oa](?!\s*\/)|(?:i|le)\s+sottoscritt[ie](?!\s*\/)|chiedo|scrivo|mi\s+impegno|faccio\s+presente|sono\s+a\s+chiedere)(?![\p{L}])/iu;
/** A company as its name ends or begins: "S.r.l.", "S.p.A.", "Soc. Coop.", "Cooperativa Sociale". */
/** A firm in trade, by its legal form or as a "Ditta" or an "Impresa": not a cooperative running a public service. */
const FIRM = /\b(?:s\.?\s?r\.?\s?l|s\.?\s?p\.?\s?a|s\.?\s?n\.?\s?c|s\.?\s?a\.?\s?s)\b|^\s*all[ae]\s+ditt[ae]\b|^\s*all['’]\s*impres[ae]\b/i;
/** A reply's or a forward's subject: "R:", "RE:", "I:", "FW:", "Fwd:", "Inoltro:". */
const REPLY_PREFIX = /^\s*(?:r|re|i|fw|fwd|inoltro|risposta)\s*:/i;
const COMPANY = /\b(?:s\.?\s?r\.?\s?l|s\.?\s?p\.?\s?a|s\.?\s?n\.?\s?c|s\.?\s?a\.?\s?s|soc(?:ietà)?\.?\s+coop|cooperativa)\b/i;
/** Words of a meeting in a subject: the letter is about the meeting it mentions. */
const MEETING_WORD = /\b(?:riunion[ei]|incontr[oi]|sedut[ae]|assemblea|conferenza|tavolo|comitato|consulta|sessione|calendario|webinar|videoconferenza|audizion[ei])\b/i;
/** A meeting the writer asks for in its subject: "Richiesta di proroga … e di un incontro", "richiesta di incontro". */
const MEETING_ASKED = /\brichiest[ae]\b(?:[^.;]{0,80}?\be)?\s+(?:di|d['’])\s*(?:un[ao]?\s+|una?\s+)?(?:incontr[oi]|riunion[ei]|audizion[ei])\b/gi;
/** A notice that calls a session off: "AVVISO DI ANNULLAMENTO DELLA SEDUTA", "… revoca della convocazione". */
const CALLED_OFF = /\b(?:annullament|revoca|sospensione)\p{L}*/iu;
/** A subject opening with the letter's own kind, then what it is for: "Lettera di invito …", "Nota di chiarimento …". */
// Not the paper answered: "Lettera di codesto Comune del 3 marzo – Riscontro", "Circolare di questo Ministero n. 12".
const TITLED_SUBJECT = /^\s*(lettera|nota|circolare)\s+(?:(?:di\s+|d['’]\s*)(?!codest|cotest|quest|vostr|cod\.|c\.\s)|informativa|esplicativa|operativa)/i;
/** A heading that names the meeting it announces: "AVVISO DI FISSAZIONE DELL'UDIENZA", "Avviso di seduta". */
const MEETING_HEADING = /\b(?:udienza|seduta|riunione|assemblea|convocazione)\b/i;
/** A salutation on a line of its own, ending with a comma: "Gentile Assessore,", "Egregio Direttore,". */

/**
 * A cover note says it transmits: its body opens "Si trasmette in allegato …", "Si inoltra …", or its subject
 * ends on the word ("Oggetto: … Trasmissione."). "Oggetto: trasmissione dei dati" asks for data instead.
 */
const TRANSMITS_SUBJECT = /(?:^|[.–—-]\s*)trasmissione\s*\.?\s*$/i;
const TRANSMITS_PAPER = /^\s*trasmissione\s+(?:(?:del|della|dello|dell['’]|di|dei|delle)\s*)?(?:decreto|nota|note|delibera|deliberazione|determinazione|avviso|circolare|bando|regolamento|graduatoria)\b/i;
const TRANSMITS_BODY = /^\s*(?:con\s+la\s+presente\s+)?si\s+(?:trasmett|inoltr)/i;
/** The same anywhere in the subject or the body's first sentence: "… – Trasmissione del verbale", "Come richiesto …, si trasmettono". */
// After the subject's first words, and only of papers: "Oggetto: trasmissione dei dati" asks for data instead.
const TRANSMITS_IN_SUBJECT = /[.:;–—-]\s*trasmissione\s+(?:(?:del|della|dello|dell['’]|dei|delle|di)\s*)?(?:verbal|relazion|not[ae]\b|decret|delibera|determinazion|documentazion|modell|modul|sched|piano|poa\b|graduatori|avvis|circolar|elenc|atti\b|prospett|rendicont|dati\b)/i;
const TRANSMITS_IN_BODY = /^[^.]{0,200}?\bsi\s+(?:trasmett|inoltr)/i;
/** A letter that answers another's note: "in riscontro alla nota …", "in risposta alla Vostra …". */
/** A person named with a title anywhere in an addressee block: "All'Amministratore di sostegno del Sig. … avv. Luca Conti". */
const TITLED_PERSON = /(?<![\p{L}])(?:sig\.?(?:ra|na)?|signor[ae]?|avv\.?|dott\.?(?:ssa)?)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
/** The reader's own paper named in a subject: "Vs. prot. n. …", "vostra nota …", "Vs. rif.". */
const READERS_PAPER = /\bvs\.?\s*(?:prot|nota|rif|comunicazione|richiesta|avviso|bando)|\bvostr[ao]\s+(?:nota|prot|comunicazione|richiesta|avviso|bando)/i;
// "Riscontro all'istanza …" opening a subject, "In riscontro al sollecito …"; not "non ha dato riscontro al sollecito".
const ANSWERS = /\b(?:in\s+)?riscontro\s+(?:alla|a\s+codesta|alle)\b|(?:^\s*|\bin\s+)riscontro\s+(?:all['’]\s*(?=\p{L})|al)\b|\bin\s+risposta\s+(?:alla|all['’]\s*(?=\p{L})|al|a)\b/iu;

/**
 * What an act's text is made of: its recitals ("VISTO", "PREMESSO che", "Considerato", "Dato atto") or its dispositive
 * verb ("DECRETA", "DETERMINA", "DELIBERA", "ORDINA", "di approvare …").
 */
// "Visto il/la …" is a recital; "Visto di regolarità contabile" is a visa's heading, blank in a frame.
const ACT_BODY = /^\s*(?:[-–•]\s*)?(?:\d+[.)]\s*)?(?:(?:vist[oaie](?=\s+(?:il|lo|la|l['’]|i|gli|le|quanto|che)\b)|lett[oaie]|ravvisat[oaie]|valutat[oaie]|esaminat[oaie]|constatat[oaie]|premess[oa]|considerat[oa]|ritenut[oa]|richiamat[oaie]|dato\s+atto|atteso|rilevat[oa]|preso\s+atto|acquisit[oaie]|accertat[oa]|verificat[oa]|tenuto\s+conto|sentit[oaie]|in\s+esecuzione|in\s+virt[uù]|decreta|determina|delibera|ordina|dispone|nomina|liquida|impegna|autorizza|conferisce|attribuisce|delega|approva|revoca|adotta|incarica|di\s+(?:approvare|impegnare|liquidare|nominare|indire|stabilire|dare\s+atto|prendere\s+atto|autorizzare|affidare|concedere|individuare))\b|(?:il|la)\s+(?:sindaco|president[ei]|dirigente|direttore|direttrice|responsabile)\b[^\n]{0,40},)/i;

/** The first lines of the body, under the subject. */
function bodyOpening(first: Line[], subjectAt: number): Line[] {
  return subjectAt < 0 ? [] : first.slice(subjectAt + 1, subjectAt + 8);
}

function greetsReader(first: Line[], subjectAt: number): boolean {
  if (subjectAt < 0) return false;
  return first.slice(subjectAt + 1, subjectAt + 8).some((l) => GREETING_LINE.test(l.text));
}

/** Addressees named by their office: "Ai Responsabili…", "Ai Sigg. Dirigenti…", "Ai Direttori…", "Ai Sindaci…". */
const OFFICIALS = /^(?:a(?:i|gli|lle|l)\s+)(?:(?:sig(?:g|\.)?\.?|sigg\.ri|signori|tutt[ie]\s+(?:i|gli|le))\s+)*(?:responsabil|dirigent|direttor|coordinator|referent|sindac|president|assessor|segretari|funzionar)/i;
/** Private people as a class of readers: "Alle famiglie residenti", "Ai genitori degli alunni", "Ai cittadini". */
const PRIVATE_READERS = /\b(?:famigli|cittadin|concittadin|genitor|student|alunn|utent|residenti|signor|cittadinanza)/i;
/** A subject that gives instructions to all its readers. */
const INSTRUCTS = /\b(?:indicazioni|linee\s+guida|istruzioni|disposizioni\s+(?:operative|attuative)|direttive)\b|(?:^|[–—:]\s*)(?:disposizioni|chiarimenti|indirizzi\s+(?:operativi|applicativi|attuativi))\b/i;
/** A reminder of something already asked: "Sollecito …", "Secondo sollecito". */
const REMINDER = /(?:^|[.:;–—-]\s*)(?:(?:secondo|ultimo|primo)\s+)?sollecit/i;
const ISSUES_CIRCULARS = /^(?:ministero|presidenza\s+del\s+consiglio|regione|provincia\s+autonoma|dipartimento|istituto\s+nazionale|inps|inail|agenzia)\b/i;
/** The State's and the Regions' bodies (the regional health service's agencies among them), whose registered letters are notes whoever they go to. */
const STATE_BODY = /^(?:ministero|presidenza\s+del\s+consiglio|regione|provincia|dipartimento|agenzia|inps|inail|istituto\s+nazionale|prefettura|ufficio\s+territoriale\s+del\s+governo|questura|ufficio\s+scolastico|ispettorato|giunta|consiglio\s+regionale|tribunale|procura|corte|a\.?s\.?l\.?|asst|ulss|ausl|azienda\s+(?:sanitaria|ospedaliera|socio[\s-]?sanitaria|unit[àa]\s+sanitaria|usl|ulss|ausl|asl))\b/i;
/**
 * A ministry's registered letter is a "nota" ("nota prot. n. … del …"), even to every Region: its
 * circulars say so in their heading ("Circolare n. 4"). Regions and national agencies call their
 * letters to the bodies under them circulars.
 */
const MINISTRY = /^(?:ministero|presidenza\s+del\s+consiglio|dipartimento)\b/i;

/**
 * The kind of document, from its heading first, then from how it is addressed: a notice that calls a
 * meeting is a convocation; a letter of the State or a Region to many bodies is a circular; any other
 * protocolled letter is a note.
 */
export function classifyDocType(c: DocTypeClues): DocType {
  const first = c.lines.filter((l) => l.page === c.lines[0]?.page);
  // A PEC provider's receipt printed to PDF ("CONSEGNA: …", "Ricevuta di avvenuta consegna"): a system's record of a message,
  // not the letter it carried, whose subject it repeats.
  // Its title alone counts only with the receipt's own data ("Identificativo messaggio", "Gestore", "daticert.xml"): not a
  // letter listing a receipt among its attachments.
  const receiptData = first.some((l) => /\b(?:identificativo(?:\s+messaggio)?\s*:|gestore\s+(?:emittente|di\s+posta)|daticert\.xml|tipo\s+ricevuta)/i.test(l.text));
  if (PEC_RECEIPT_SUBJECT.test(c.subject ?? '') || (receiptData && first.slice(0, 30).some((l) => PEC_RECEIPT_HEADING.test(l.text)))) return 'altro';
  const subjectAt = subjectLineIndex(first);
  // A platform's or register's receipt titled as one above its subject ("RICEVUTA DI AVVENUTO CARICAMENTO N. 318/2026 DEL …"):
  // a record that something was filed, like a certificate. Not a register's line above a letter's addressees ("Ricevuta di
  // protocollazione n. 4410 del …"): a receipt is addressed to no one.
  if (!c.recipients.length && first.slice(0, subjectAt >= 0 ? subjectAt : 12).some((l) => l.segments.length === 1 && FILING_RECEIPT.test(l.text))) return 'altro';
  // A printed e-mail's attachments ("Delibera_CI_14_2026.pdf (1,1 MB);") are files, not the letter's heading.
  // A heading opens with a capital: "determinazione n. 418 del …, e in conformità …" is a sentence wrapped onto its line.
  const head = first.slice(0, subjectAt >= 0 ? subjectAt : 12).filter((l) => !FILE_NAME.test(l.text) && /^\s*[^\p{Ll}]/u.test(l.text));
  for (const [type, re] of HEADINGS) {
    // An annex titled by its kind: "ALLEGATO A – Modello di domanda".
    // Only a form, at the page's top: a cover note lists its annexes ("Allegato A – Deliberazione …") above its subject.
    const heading = head.find((l, k) => re.test(l.text) || re.test(unspacedHeading(l.text)) || (type === 'modulo' && k <= 3 && head.slice(0, k).every((a) => a.segments.every((g) => g.x > 280)) && re.test(withoutAnnexPrefix(l.text))));
    if (!heading) continue;
    // A circular or a notice that calls a meeting is a convocation (LABELS.md): "Circolare n. 112 – Convocazione del
    // Collegio", "AVVISO DI FISSAZIONE DELL'UDIENZA".
    // So is one whose text convenes in so many words ("Il Collegio dei docenti è convocato …", "Si rende noto che il Consiglio
    // Comunale è convocato …") or whose subject names the meeting ("Oggetto: Incontro di coordinamento …").
    const calls =
      (c.subject && (/\bconvoca(?:zione)?\b/i.test(c.subject) || MEETING_SUBJECT.test(c.subject))) ||
      (MEETING_HEADING.test(heading.text) && !CALLED_OFF.test(heading.text)) ||
      (convenesInWords(c.lines) && (!c.subject || MEETING_SUBJECT.test(c.subject)));
    if ((type === 'circolare' || type === 'avviso') && c.meetings > 0 && calls) return 'convocazione';
    // An act's frame or annex sheet (its heading, numbers and Oggetto, blank signature and publication lines, an
    // accounting sheet) carries neither recitals nor a dispositive part: it is a sheet, not the act (LABELS.md: annex sheets).
    // A board's proposal ("Proposta di delibera") argues in prose instead, and stays what it proposes.
    // Only a frame that shows itself as one: blank lines left for signatures or dates, and no recital or verb.
    const blanks = c.lines.filter((l) => /_{6,}/.test(l.text)).length;
    if (type === 'decreto' && blanks >= 2 && !c.lines.some((l) => ACT_BODY.test(l.text) || ACT_BODY.test(unspacedHeading(l.text)))) return 'altro';
    return type;
  }
  // An agreement between bodies, titled as one with no subject line ("PROTOCOLLO D'INTESA" / "tra …", "CONVENZIONE" / "per la
  // gestione associata …"): an act of several parties, none of the kinds above, though it may set its steering group's meeting.
  // Not a letterhead naming the Ambito's framework agreement over a letter's "Oggetto:".
  if (subjectAt < 0) {
    const titled = first.slice(0, 12).findIndex((l) => AGREEMENT.test(l.text));
    if (titled >= 0 && first.slice(titled + 1, titled + 3).some((l) => /^\s*(?:tra|fra|per)\b/i.test(l.text))) return 'altro';
    // Whatever its title ("PROGETTO DI AFFIDO FAMILIARE CONSENSUALE", "SCRITTURA PRIVATA"): its parties listed after "Tra" and
    // what they agree to ("si conviene quanto segue") make it an agreement, though it fixes its first review meeting.
    // Not a letter to its addressees whose text names an agreement ("… dell'accordo" / "tra il Comune di … con il quale le parti
    // convengono …"): an agreement is addressed to no one.
    if (!c.recipients.length && first.slice(0, 20).some((l) => PARTIES_OPENING.test(l.text)) && c.lines.some((l) => AGREES.test(l.text))) return 'altro';
  }
  // An act's dispositive verb stands alone on its line, wherever the recitals end: "DECRETA", "D E L I B E R A".
  for (const l of c.lines) {
    const verb = l.text.replace(/[\s:]/g, '').toLowerCase();
    // An ordinance's "ORDINA" and an office-holder's "DISPONE" are the same act's verb.
    // Not a letter quoting another's act: one addressed to its readers above its subject is still a letter.
    if (verb === 'decreta' || verb === 'determina' || ((verb === 'ordina' || verb === 'dispone') && !c.recipients.length)) return 'decreto';
    // A proposal puts it in the subjunctive: "si propone che il Consiglio di Amministrazione / DELIBERI".
    if (verb === 'delibera' || verb === 'deliberi') return 'delibera';
    // The Conferenza Unificata's or Stato-Regioni's act, adopted in session: "SANCISCE INTESA", "SANCISCE L'ACCORDO" (not a
    // cover note that quotes it to its addressees).
    if (/^sancisce(?:l['’])?(?:intesa|accordo)?$/.test(verb) && !c.recipients.length) return 'delibera';
  }
  // A form to fill in: "Il/La sottoscritto/a ______ nato/a a ______", lines of blanks between words, on
  // its first page (a notice followed by its annex form is a notice).
  if (isFormToFill(first) || isDeclaration(first)) return 'modulo';
  // A letter with no subject line that greets the people it addresses ("Alle cittadine e ai cittadini …" / "Care concittadine,
  // cari concittadini,"): a letter, though it invites them to a public meeting too; one that convenes them ("sono convocati in
  // assemblea …", "il Consiglio Comunale è convocato …") is a convocation.
  if (subjectAt < 0 && c.recipients.some((r) => PRIVATE_READERS.test(r)) && first.slice(0, 30).some((l) => GREETING_LINE.test(l.text)) && !convenesInWords(c.lines)) return 'lettera';
  // A letter that calls a meeting says so in its subject; one meeting mentioned in a letter whose subject
  // is about something else (an information session beside a call for projects) does not make it a convocation.
  // The letter's subject opens it: on its first page, or on the next when its addressees fill the first.
  const subjectOnFirstPage = (c.subjectPage ?? 1) === (c.lines[0]?.page ?? 1) || (c.subjectPage !== undefined && subjectAfterAddressingPage(c.lines)?.page === c.subjectPage);
  const subjectOnFirst = c.subject !== null && subjectOnFirstPage;
  // Not a reply's or a forward's subject ("R: Convocazione …", "I: Convocazione …"): the message that answers or passes on a
  // convocation is not one; what its own text says decides.
  if (c.subject && /\bconvoca(?:zione)?\b/i.test(c.subject) && !REPLY_PREFIX.test(c.subject)) return 'convocazione';
  // A letter that convenes its reader in so many words ("La S.V. è convocata per il giorno …") calls the meeting it dates.
  // Only where the subject is the meeting's body or there is none: a reminder or a transmission that also calls a meeting
  // ("… è convocato un incontro tecnico") stays what its subject says it is.
  if (c.meetings > 0 && convenesInWords(c.lines) && (!c.subject || (MEETING_SUBJECT.test(c.subject) && !TRANSMITS_PAPER.test(c.subject)))) return 'convocazione';
  // A subject that opens on the paper it transmits ("Trasmissione del Decreto … e incontro tecnico") is a cover note first.
  // Only another paper's transmission: "Trasmissione ordine del giorno" or "… calendario degli incontri" calls the meeting itself.
  const transmits = TRANSMITS_PAPER.test(c.subject ?? '');
  // Not a meeting asked for ("… e richiesta di incontro"): the writer wants one, the reader calls it (an answer that grants it,
  // "Riscontro alla richiesta di incontro", calls it).
  const subjectText = c.subject ?? '';
  const meetingWords = ANSWERS.test(subjectText) || /^\s*riscontro\b/i.test(subjectText) ? subjectText : subjectText.replace(MEETING_ASKED, '');
  if (c.meetings > 0 && !transmits && (!subjectOnFirst || c.meetings > 1 || MEETING_WORD.test(meetingWords))) return 'convocazione';
  // A subject that names the letter's own kind first: "Oggetto: Lettera di invito alla regolarizzazione", "Nota di chiarimento".
  const titled = c.subject && !ANSWERS.test(c.subject) && !/\briscontro\b/i.test(c.subject) ? TITLED_SUBJECT.exec(c.subject)?.[1] : undefined;
  if (titled) return titled.toLowerCase() as DocType;
  // A cooperative, an association, a foundation or a company writes letters: notes and circulars are a public office's. Its own
  // public notice, addressed to no one ("Oggetto: AVVISO PUBBLICO per il finanziamento di progetti …"), is a notice.
  const privateWriter = subjectOnFirst && privateIssuer(first, c.sender);
  const privateLetter = privateWriter && c.recipients.length > 0;
  // A person writing in their own name, with no body's letterhead ("Il sottoscritto …", "chiedo …", "scrivo in qualità di tutore"):
  // a citizen's letter. A printed PEC, also without a letterhead, speaks impersonally ("si trasmette …").
  const citizensLetter = !!c.subject && subjectOnFirst && !c.sender && c.lines.some((l) => SPEAKS_FOR_SELF.test(l.text));
  // A public notice is titled as one in its subject: "Oggetto: AVVISO PUBBLICO per …"; a letter to a person about a notice
  // ("Alla Sig.ra …" / "Oggetto: Avviso distrettuale per l'assegno di cura – Ammissione con riserva …") is a letter, as is a
  // private body's or a citizen's about one ("Avviso pubblico … – Richiesta di proroga", "Avviso di accertamento TARI … –
  // richiesta di annullamento"). Not an answer about the reader's notice ("Avviso buoni servizio … (Vs. prot. n. …) – …").
  if (c.subject && /^\s*avviso\b(?!\s+di\s+convocazione)/i.test(c.subject) && !toPerson(c.recipients, 'private') && !READERS_PAPER.test(c.subject) && !privateLetter && !citizensLetter) return 'avviso';
  if (privateWriter || citizensLetter) return 'lettera';
  // A letter names its own kind: "con la presente nota", "la presente circolare".
  const own = /\b(?:la|alla|della|dalla|nella|questa)\s+presente\s+(nota|circolare)\b/i.exec(c.lines.map((l) => l.text).join('\n'))?.[1];
  if (own) return own.toLowerCase() as DocType;
  const addressed = c.recipients.length > 0;
  // A letter states its subject on its first page; a sheet whose "Oggetto" comes pages later is an annex or a frame.
  if (c.subject && addressed && subjectOnFirstPage) {
    // A registered cover note that transmits another paper is a note, whoever it goes to.
    const opening = bodyOpening(first, subjectAt);
    // Not one that gives instructions besides ("– Trasmissione della graduatoria e indicazioni per il pagamento"): a circular.
    // Nor one that asks as well ("… Trasmissione schede progetto e richiesta di attivazione …"): the sets label it a letter as
    // often as a note, and a letter it stays.
    const transmitsElsewhere = !INSTRUCTS.test(c.subject) && !/\brichiest/i.test(c.subject) && (TRANSMITS_IN_SUBJECT.test(c.subject) || TRANSMITS_IN_BODY.test(opening.slice(0, 4).map((l) => l.text).join(' ')));
    if (c.protocol && (TRANSMITS_SUBJECT.test(c.subject) || opening.some((l) => TRANSMITS_BODY.test(l.text)) || transmitsElsewhere)) return 'nota';
    // An answer to the reader's own note ("Riscontro alla nota prot. n. …", "In riscontro alla nota …") goes on an exchange of
    // registered notes.
    const answers = ANSWERS.test(c.subject) || opening.some((l) => ANSWERS.test(l.text));
    // A letter to a company (a purchase order, a request for a quote, a contract's counterpart) is a letter whoever sends it:
    // one company alone, or a firm in trade addressed first (an order copied to the accounts office). Not a note to the
    // providers of a service, several of them or beside public bodies ("Alla Cooperativa …", "Alla ASL …": data asked, a
    // reminder), nor an answer to the company's note.
    // Firms in trade alone (a request for quotes to three of them) are written letters however many they are.
    const companies = c.recipients.filter((r) => COMPANY.test(r));
    if (companies.length === 1 && (c.recipients.length === 1 || FIRM.test(c.recipients[0])) && !answers) return 'lettera';
    if (c.recipients.every((r) => FIRM.test(r)) && !answers) return 'lettera';
    // A letter that greets its reader by name or office ("Gentile Assessore,") is a letter, not a registered note.
    // Not a greeting of a class of readers ("Gentili Sindache e Sindaci," to "Ai Sindaci dei Comuni …"): a note to all of them.
    // Only bodies and their officials greeted so: "Care concittadine e cari concittadini," to "Alle famiglie residenti" is a letter.
    const classOfOfficials = c.recipients.every((r) => /^(?:ai|agli|alle)\s/i.test(r) && !PRIVATE_READERS.test(r));
    // Not an answer to a body's note, greeting its head ("Riscontro alla nota prot. n. 47/2026" / "Gentile Presidente," to
    // "Alla Presidente dell'Associazione …"): registered notes exchanged. Measured on the eighty-six labelled sets: such answers
    // to bodies 3 notes to none; answers greeting a private person 2 letters to 1 note, and they stay letters.
    if (greetsReader(first, subjectAt) && !classOfOfficials && !(answers && !toPerson(c.recipients) && !c.recipients.some((r) => TITLED_PERSON.test(r)))) return 'lettera';
    // A circular addresses a class of bodies or people ("Ai Responsabili…", "Alle Regioni"); a letter to
    // bodies named one by one ("All'Ambito A02", "All'Ambito C07") is a note, however many they are.
    const toMany = c.recipients.some((r) => /^(?:ai|agli|alle)\b|\bloro\s+sedi\b|\bin\s+indirizzo\b/i.test(r));
    // Circulars come down from the State and the Regions to the bodies under them; a municipality's,
    // a health agency's or a school's letter to many is still a note.
    // A circular gives every addressee the same word; an answer to one body's note is a note, however addressed.
    if (toMany && !answers && c.sender && ISSUES_CIRCULARS.test(c.sender)) {
      if (MINISTRY.test(c.sender)) return c.protocol ? 'nota' : 'circolare';
      // A circular gives the officials of a class of bodies ("Ai Responsabili degli Uffici di Piano") standing instructions at
      // length, three pages or more; a page or two to them asking data or telling a share once is a note, as is a letter to the
      // bodies themselves ("Ai Comuni capofila", "Agli Enti gestori") or a reminder. Measured on the sixty-one labelled sets:
      // of thirteen such letters to officials, the two labelled "circolare" run to six pages and two, the eleven notes to one
      // or two.
      // Instructions given to all of them ("indicazioni operative", "linee guida") make a circular too.
      const toOfficials = c.recipients.some((r) => OFFICIALS.test(r));
      const pages = new Set(c.lines.map((l) => l.page)).size;
      return ((toOfficials && pages >= 3) || INSTRUCTS.test(c.subject)) && !REMINDER.test(c.subject) ? 'circolare' : 'nota';
    }
    // An office's circular to its own staff: "Ai Sigg. Dirigenti … LORO SEDI", "Al Personale docente – Proprie sedi".
    const staff = c.recipients.filter((r) => /^(?:a(?:i|gli|lle|l)\s+)(?:(?:sig(?:g|\.)?\.?|sigg\.ri|tutt[ie]\s+(?:i|gli|le))\s+)*(?:dirigent|direttor|responsabil|dipendent|personale|docent|funzionar|alunn|student|famiglie|genitori)/i.test(r));
    if (staff.length >= 2 && !c.protocol) return 'circolare';
    // A body's word to another body or to a person, one by one ("Al Comune di …", "Alla Regione …", "Al Sig. …": a school to its
    // Comune, a Comune to its Ambito or Region, a Garante to a mayor, a Comune answering a tenant) is a note, as is a State body's
    // or a Region's. A letter it is when elected office-holders are most of its signers (the Sindaco delegating or designating,
    // the mayors of an Ambito asking together): the politicians' voice, not an office's; and when it greets its reader (above).
    // Measured on the eighty-two labelled sets, local bodies one by one, signed by offices: 62 notes against 10 letters to
    // bodies (answers and reminders included; until the fortieth set the letters led), 2 notes and no letter to persons
    // addressed by name and not greeted; signed mostly by mayors or assessori, 6 letters to 1 note.
    const oneByOne = c.recipients.length <= 2 && c.recipients.every((r) => /^\s*(?:al|alla|allo)\s|^\s*all['’]/i.test(r));
    const byElected = (c.signers ?? []).filter((role) => ELECTED.test(role)).length * 2 > (c.signers?.length ?? 0);
    if (oneByOne && c.sender && !STATE_BODY.test(c.sender) && byElected) return 'lettera';
    // What makes a letter is its reader (greeted, a company, one body): an office's word to other offices is a note,
    // printed with a protocol or not.
    return 'nota';
  }
  // A form filled in is made of its fields, each a label and its value ("Ente gestore | Società della Salute …"), though
  // its title names the plan it fills ("PIANO OPERATIVO ANALITICO 2026").
  if (!addressed && isFilledForm(first)) return 'modulo';
  // A plan announces itself in its title, above any subject line.
  const title = head.slice(0, 6).map((l) => l.text).join(' ');
  if (/\bpiano\s+(?:nazionale|regionale|sociale|di\s+zona|operativo|triennale|annuale)\b/i.test(title) && !addressed) return 'piano';
  if (subjectAt < 0 && !addressed && !c.sender) return 'comunicato';
  // A report titled as one above its subject, addressed to no one ("REPORT MENSILE DI ATTIVITÀ – OTTOBRE 2026", "RELAZIONE SULLO
  // STATO DI ATTUAZIONE …"): a paper of the office's, not a letter.
  if (!addressed && head.slice(0, subjectAt >= 0 ? subjectAt : 6).some((l) => REPORT_TITLE.test(l.text))) return 'altro';
  if (c.subject && subjectOnFirstPage) return c.protocol ? 'nota' : 'lettera';
  return 'altro';
}

/**
 * A person among the addressees: "Al Sig. …", "Alla Sig.ra … genitore dell'alunno", "Al dott. …"; `private`: not an office-holder
 * greeted so ("Al Sig. Sindaco del Comune di Borgo").
 */
function toPerson(recipients: string[], which: 'any' | 'private' = 'any'): boolean {
  return recipients.some((r) => {
    const m = PERSON_ADDRESSED.exec(r);
    // An official named with the office after the name ("Al Dott. Marco Sala / Dirigente del Settore …") is no private person.
    return !!m && !(which === 'private' && (OFFICE_HOLDER.test(r.slice(m.index + m[0].length)) || OFFICE_AFTER_NAME.test(r.slice(m.index + m[0].length))));
  });
}
/** An elected office-holder's role as a signature gives it: "Il Sindaco", "IL SINDACO", "L'Assessora ai Servizi Sociali", "Il Vicesindaco". */
// Signing for one ("p. Il Sindaco / L'Assessore delegato") is an elected office's voice too.
const ELECTED = /^\s*(?:p\.\s*|per\s+)?(?:(?:il|la|l['’])\s*)?(?:vice\s*)?(?:sindac[oa]|assessor[ea])\b/i;
/** The first letters of an office-holder's title: "Sindaco", "Presidente", "Dirigente", "Segretario comunale" … */
const OFFICE_WORD = String.raw`(?:sindac|president|prefett|questor|assessor|segretari[oa]\s+(?:comunale|generale)|direttor|dirigent|responsabil|commissari|coordinat|rettor)`;
/**
 * A person as an addressee block opens: "Al Sig. …", "Alla Gentile Signora …", "All'Avv. …", "Ai Sigg. … e …", "Alla Famiglia
 * Rossi", or a parent named anywhere ("… genitore dell'alunno").
 */
const PERSON_ADDRESSED = /^\s*(?:al|alla|allo|all['’]|ai|agli|alle)\s*(?:(?:gent|egr|chiar)\.\w*\s+|(?:gentil(?:e|issim[oa])|egregi[oa]|chiarissim[oa])\s+)?(?:sig\.?\s?(?:r?[ae])?|sigg\.?(?:\s?r[ie])?|signor\w*|dott\.?\s?(?:ssa)?|dr\.?|prof\.?\s?(?:ssa)?|avv\.?(?:\s?ta)?|ing\.?|arch\.?|geom\.?|rag\.?|famiglia)(?!\p{L})|\bgenitor/iu;
/** An office after a name, on the addressee's next lines: "… Marco Sala / Dirigente del Settore …". */
const OFFICE_AFTER_NAME = new RegExp(String.raw`(?:^|[\s,])${OFFICE_WORD}\w*\s+(?:del|della|dell['’]|dei|degli|di)\b`, 'i');
/** An office-holder's title after "Sig.": "Sindaco", "Presidente", "Prefetto", "Dirigente" … */
const OFFICE_HOLDER = new RegExp(String.raw`^\s*(?:${OFFICE_WORD}|segretari|magnifico)`, 'i');

/** An agreement's title alone on its line. */
/** The parties of an agreement introduced on a line of their own, or its first party after "Tra": "Tra", "TRA LE PARTI", "Tra il Comune di …". */
const PARTIES_OPENING = /^\s*(?:tra|fra)(?:\s+le\s+parti)?\s*[:,]?\s*$|^\s*(?:tra|fra)\s+(?:il|la|l['’]|lo|i|gli|le)\s*(?:comune|regione|ente|azienda|consorzio|unione|ambito|sig|associazion|cooperativ|societ)/i;
/** What the parties agree to: "si conviene quanto segue", "le parti convengono", "si stipula". */
const AGREES = /(?<![a-zà-ù])(?:si\s+conviene|(?:le\s+parti\s+)?convengono|si\s+stipula|stipulano|si\s+concorda\s+quanto|concordano\s+quanto)(?![a-zà-ù])/i;
/** A report's title: "REPORT MENSILE …", "Relazione annuale …", "RAPPORTO DI MONITORAGGIO …", "Resoconto …". */
const REPORT_TITLE = /^\s*(?:report|relazione|rapporto|resoconto|monitoraggio)\b(?!\s+(?:alla|al|della|del|dell['’])\s+(?:nota|lettera))/i;
const AGREEMENT = /^\s*(?:protocollo\s+d['’]\s*intesa|convenzione|accordo\s+(?:di\s+programma|quadro|di\s+collaborazione|territoriale))\s*$/i;
/**
 * A private body named as the sender: a cooperative, a foundation, an association, a Caritas, a CAF, a patronato. Not a
 * public body named so: a "Fondazione IRCCS" of the health service, Friuli's "Associazione intercomunale" of Comuni.
 */
const PRIVATE_SENDER = /^(?:societ[àa]\s+cooperativa|cooperativa|consorzio\s+(?:di\s+)?cooperative|fondazione(?!\s+i\.?r\.?c\.?c\.?s)|associazione(?!\s+(?:intercomunale|dei\s+comuni|nazionale\s+(?:dei\s+)?comuni))|caritas|parrocchia|diocesi|arcidiocesi|comitato\s+(?:dei\s+)?genitori|c\.?\s?a\.?\s?f\.?(?!\p{L})|patronato)/iu;
/** A public body's kind, as a sender's name opens: its letter is a note or a circular, whatever its letterhead names. */
const PUBLIC_SENDER = /^(?:comune|citt[àa]|regione|provincia|ministero|presidenza|dipartimento|prefettura|questura|unione(?!\s+(?:italiana|nazionale))|comunit[àa]|azienda\s+(?:sanitaria|socio|ospedaliera|unit[àa]|usl|ulss|asl|ausl|speciale|pubblica|consortile)|a\.?s\.?l|a\.?s\.?p|asst|ats|ulss|ausl|istituto|liceo|scuola|universit[àa]|inps|inail|agenzia|ambito|distretto|ufficio|garante|roma\s+capitale|camera|tribunale|procura|corte|conferenza|giunta|consiglio|ente|autorit[àa]|ispettorato|servizio)(?![\p{L}])/iu;
/** A public body's own caption under its name: "Istituzione Pubblica di Assistenza e Beneficenza", "IPAB", "Ente pubblico". */
const PUBLIC_CAPTION = /\b(?:istituzione\s+pubblica|i\.?p\.?a\.?b\.?|azienda\s+pubblica\s+di\s+servizi|ente\s+pubblico|a\.?s\.?p\.?\b)/i;
/**
 * A private body's legal form or register, as its letterhead or footer prints it: "Società Cooperativa Sociale",
 * "ONLUS", "Impresa sociale", "S.r.l.", "iscritta al RUNTS", "Albo Società Cooperative"; the company register in capitals
 * with its province's code ("REA MI-1487702", see REA).
 */
const PRIVATE_FORM = /(?<!\p{L})(?:societ[àa]\s+cooperativa|cooperativa\s+sociale|coop\.\s*soc|onlus|impresa\s+sociale|s\.\s?r\.\s?l\.|s\.\s?p\.\s?a\.|iscritt[ao]\s+al\s+r\.?u\.?n\.?t\.?s|albo\s+(?:nazionale\s+)?(?:delle\s+)?societ[àa]\s+cooperative|ente\s+del\s+terzo\s+settore)(?!\p{L})/iu;
const REA = /\bR\.?\s?E\.?\s?A\.?\s*(?:n\.?\s*)?[A-Z]{2}\s*[-–]?\s*\d/;
/** Words of public bodies' names a trade name lacks: "Consorzio Socio Assistenziale …", "Azienda Territoriale …", "Società della Salute …". */
const PUBLIC_KIND = /(?<![\p{L}])(?:consorzio|azienda|societ[àa]\s+della\s+salute|agenzia|istituto|ente|unione|comune|regione|provincia|a\.?t\.?e\.?r|a\.?l\.?e\.?r|a\.?c\.?e\.?r|ipab|asp|asl|ambito|distretto)(?![\p{L}])/iu;
/** A footer's lines that name another party: the Comune's treasurer bank ("Tesoreria: … S.p.A. – IBAN …"), a contractor. */
const OTHER_PARTY = /\b(?:tesorer|iban|gestit|gestione\s+affidata|affidat|rif\.|istanza|aggiudicatari)/i;

/**
 * Whether a private body writes: its name says so (PRIVATE_SENDER), or its letterhead (the page's first four lines above
 * the first addressee or greeting) or its footer (lines in the page's lowest 100 points, in smaller type than the text)
 * prints a private legal form (PRIVATE_FORM, REA). Not the addressee block (a Comune writes to cooperatives too), nor a line
 * that names another party (a treasurer bank, a contractor); never a public body by its name or its caption.
 */
function privateIssuer(first: Line[], sender: string | null): boolean {
  const readers = first.findIndex((l) => /^\s*(?:spett(?:\.?le|abile)|(?:al|alla|allo|ai|agli|alle)\s|all['’])/i.test(l.text) || GREETING_LINE.test(l.text) || SUBJECT_LABEL.test(l.text));
  const head = first.slice(0, Math.min(4, readers >= 0 ? readers : 4));
  // A body public by its kind's name, unless its own caption says otherwise ("ISTITUTO SAN GIUSEPPE" / "Fondazione … – ONLUS").
  const captioned = head.some((l) => !OTHER_PARTY.test(l.text) && /\b(?:onlus|e\.t\.s\.?|ets|ente\s+ecclesiastico|fondazione\s+di\s+religione)\b/i.test(l.text));
  if (sender && PUBLIC_SENDER.test(sender) && !PRIVATE_SENDER.test(sender) && !captioned) return false;
  // The sender named with its legal form ("Il Mosaico Società Cooperativa Sociale"), whatever a receiver's stamp prints above it.
  if (sender && PRIVATE_FORM.test(sender)) return true;
  if (head.some((l) => PUBLIC_CAPTION.test(l.text))) return false;
  if (sender && (PRIVATE_SENDER.test(sender) || TRADE_UNION.test(sender))) return true;
  const body = first.map((l) => l.size).sort((a, b) => a - b)[Math.floor(first.length / 2)] ?? 0;
  const footer = first.filter((l) => l.y < FOOTER_TOP && l.size < body);
  // A VAT number under a trade name in the letterhead is a firm's mark, where a person shows a tax code.
  return [...head, ...footer].some((l) => !OTHER_PARTY.test(l.text) && (PRIVATE_FORM.test(l.text) || REA.test(l.text))) || (!!sender && !PUBLIC_KIND.test(sender) && head.slice(1, 4).some((l) => VAT_NUMBER.test(l.text)));
}
/** Where a page's footer ends, in points from the bottom edge: the lowest inch and a half of an A4 page. */
const FOOTER_TOP = 100;

/** A body that meets, or its meeting, named in a subject: "Collegio dei docenti", "I Commissione consiliare – …". */
// A subject that is the meeting or its body, named first ("Incontro di coordinamento …", "Collegio dei docenti", "I Commissione
// consiliare – …"): not a calendar of training, nor a subject that only mentions a commission among other news.
const MEETING_SUBJECT = /^\s*(?:(?:[IVX]+|\d+[ªa°]?|prima|seconda|terza)\s+)?(?:riunion[ei]|incontr[oi]|sedut[ae]|udienz[ae]|assemblea|conferenza|tavolo|comitato|collegio|commissione|consiglio|giunta|consulta|consigli\s+di\s+classe)\b/i;
/** A present call in so many words: "è convocato", "sono convocati", "convoca", "si convoca" (not "a seguito di convocazione"). */
// Its date follows close ("è convocato in seduta ordinaria il giorno 12 marzo …"): not a rule quoted ("la Commissione è convocata
// dal Presidente") nor a habit ("che si convoca periodicamente").
const CONVENES_NOW = /(?<![a-zà-öø-ÿ])(?:(?:è|sono|viene|vengono)\s+convocat[oaie]|(?:si\s+)?convoca(?:no)?)(?![a-zà-öø-ÿ])[^.;]{0,120}?(?:\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b\d{1,2}\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b|\b(?:luned|marted|mercoled|gioved|venerd)[iì]\b|\b(?:sabato|domenica)\b)/i;

/** Whether the text convenes a meeting now, its lines read as one (the verb may wrap). */
function convenesInWords(lines: Line[]): boolean {
  return CONVENES_NOW.test(lines.map((l) => l.text).join(' '));
}

/** A declaration filled in: "Il sottoscritto Paolo Rossi, nato a … il …" and its "DICHIARA". */
function isDeclaration(lines: Line[]): boolean {
  const text = lines.map((l) => l.text).join('\n');
  return /\b(?:il|la)\s+sottoscritt[oa]\b[^\n]{0,80}\bnat[oa]\s+a\b/i.test(text) && /^\s*dichiara\b/im.test(text);
}

/**
 * A page of filled-in fields: six rows or more, a fifth of the page at least, each a short label on the left and its value
 * in a column of its own on the right, the values of the rows starting at one place.
 */
function isFilledForm(lines: Line[]): boolean {
  // Not a sheet that says what else it is (minutes, a report, a tender's specification or notice, a project), nor a letter
  // to a company ("Spett.le …") with a box of its order's data.
  const top = lines.slice(0, 10).map((l) => l.text).join('\n');
  if (OTHER_SHEET.test(top) || /^\s*spett/im.test(top)) return false;
  const fields = lines.filter((l) => l.segments.length === 2 && FIELD_LABEL.test(l.segments[0].text) && l.segments[1].x - l.segments[0].end > 12);
  // A form asks who fills it in: its name, its body, its referent, its addresses.
  if (fields.filter((l) => WHO_FILLS.test(l.segments[0].text)).length < 2 || !fields.some((l) => CONTACT_FIELD.test(l.segments[0].text))) return false;
  const aligned = Math.max(0, ...fields.map((f) => fields.filter((l) => Math.abs(l.segments[1].x - f.segments[1].x) <= 6).length));
  return aligned >= 6 && aligned >= 0.2 * lines.length;
}
const OTHER_SHEET = /\b(?:verbale|resoconto|relazione|capitolato|seduta|bando|avviso|disciplinare|progetto|scheda\s+progetto)\b/i;
/** A field that names who fills the form in: "Denominazione", "Ente gestore", "Referente", "Codice fiscale", "PEC", "Cognome e nome". */
const WHO_FILLS = /\b(?:denominazione|ente\b|referente|codice\s+fiscale|partita\s+iva|e-?mail|pec\b|telefono|indirizzo|sede\b|cognome|nome\b|residenza|nascita|comune\s+(?:capofila|di)|ambito|richiedente|dichiarante|legale\s+rappresentante)/i;
/** A field of whom to reach: a form asks for it, a plan's or a report's box of data does not. */
const CONTACT_FIELD = /\b(?:referente|e-?mail|pec\b|telefono|codice\s+fiscale|partita\s+iva|cognome|richiedente|dichiarante|legale\s+rappresentante|indirizzo)/i;
/** A field's label: a few words, no figure, no sentence's end ("Denominazione ATS", "Data di avvio delle attività"). */
const FIELD_LABEL = /^\s*\p{Lu}[^\d.;:!?]{2,55}$/u;

/**
 * A heading set in spaced capitals ("AV V I S O  P U B B L I C O") as one word per kind: the letters
 * joined again, and a space put back after the kind's name, so the headings above can read it.
 */
function unspacedHeading(text: string): string {
  const t = text.trim();
  if (!/^(?:\p{L}{1,2} ){3,}\p{L}{1,2}/u.test(t)) return t;
  const joined = t.replace(/\s+/g, '');
  return joined.replace(/^(avviso|decreto|determinazione|ordinanza|circolare|convocazione|delibera(?:zione)?|comunicato|verbale|certificato|nota)(?=\p{L})/iu, '$1 ');
}
