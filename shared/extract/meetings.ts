import type { Line } from '../read/page-text.ts';
import { evidenceOf, type Found, type SourceText } from './source-text.ts';
import { DATE_SOURCE as DATE_SOURCE_TEXT, dateRegex, dateOf, MONTH_NAMES, type YearContext } from './italian-dates.ts';
import { subjectLineIndex } from './layout-rules.ts';

/** A subject that names a session: its convocation, its agenda, the body that meets. */
const MEETING_SUBJECT = /(?<![a-zà-ù])(?:convoca\w*|sedut[ae]|riunion[ei]|consiglio|giunta|assemblea|comitato|conferenza|collegio|ordine\s+del\s+giorno|tavolo|commissione)(?![a-zà-ù])/i;
/**
 * A subject that names a hearing ("avviso di fissazione dell'udienza di comparizione"): the notice of it, in which "il Giudice
 * … ha fissato l'udienza … per il giorno …" is the call (another body telling of it, under another subject, reports it).
 */
const HEARING_SUBJECT = /(?<![a-zà-ù])(?:udienz[ae]|audizion[ei]|comparizione)(?![a-zà-ù])/i;
/** The hearing fixed by the writer's own court, not one the reader fixed ("codesto Tribunale ha fissato l'udienza …", told to it). */
function fixedByWriter(text: string): boolean {
  const m = HEARING_FIXED.exec(text);
  return !!m && !/(?<![a-zà-ù])(?:codest|cotest)[oa]\s[^.;]{0,80}$/i.test(text.slice(0, m.index));
}
const HEARING_FIXED = /(?<![a-zà-ù])(?:ha|hanno)\s+fissato\s+(?:[^.;]{0,40}?\s)?(?:l['’]\s*|la\s+)(?:udienza|audizione|comparizione)(?![a-zà-ù])/i;

export interface Meeting {
  date: string;
  time: string;
}

/**
 * A body that sets its next session: "stabilisce di riunirsi nuovamente il giorno …", "aggiorna la seduta al …", "il Collegio è
 * aggiornato a lunedì …", "Il Nucleo si aggiorna a giovedì …" (a session's body before it: "l'orario … è aggiornato al 1° febbraio" is no session).
 */
const RECONVENES = String.raw`(?:le\s+parti|i\s+presenti)\s+si\s+aggiornano\s+(?:a|al|alla|per\s+il)\s+(?=(?:giorno\s+)?(?:luned|marted|mercoled|gioved|venerd|sabato|domenica|\d))|(?:stabilisce|decide|delibera|dispone)\s+di\s+riunirsi\s+(?:nuovamente|di\s+nuovo)|aggiorna(?:no)?\s+(?:la\s+seduta|i\s+(?:propri\s+)?lavori)\s+al\b|(?:si\s+aggiorna(?:no)?|(?:è|sono|viene|vengono)\s+aggiornat[oaie])(?<=\b(?:seduta|sedute|riunione|collegio|consiglio|commissione|assemblea|comitato|conferenza|giunta|tavolo|lavori|adunanza|nucleo|consulta|cabina|osservatorio|coordinamento|gruppo|équipe|equipe)\b[^.;]{0,60}(?:si\s+aggiorna(?:no)?|(?:è|sono|viene|vengono)\s+aggiornat[oaie]))\s+(?:a|al|alla|per\s+il)\s+(?=(?:giorno\s+)?(?:luned|marted|mercoled|gioved|venerd|sabato|domenica|\d))`;
/** A decree's operative "di indire le elezioni …", "di convocare i comizi elettorali …": it calls the vote (not "indire una gara"). */
// Only the decree's own operative words: an item "1. di indire …" or "DECRETA di indire …", not "ha stabilito di indire" told.
const CALLS_ELECTION = String.raw`(?:^|\n|[;:]\s*|\d[.)]\s*|\b(?:decreta|dispone|stabilisce|delibera|determina|ordina)\s+)di\s+(?:indire|convocare)\s+(?:le\s+|la\s+|i\s+|l['’]\s*)?(?:elezion|consultazion|comizi|assemble|sedut|riunion)[a-zà-ù]*`;
/** A meeting being called, not one reported: the sentence must convene, not recount (a hearing: see HEARING). */
// The end is no \b: without the u flag "à" is no word character, and "si terrà il …" would never match.
const CONVENES = new RegExp(String.raw`\b(?:(?:ri)?convoca(?:t[aoie])?|convocazione|(?:è|sono|viene|vengono)\s+indett[aoie]|indice\b|${CALLS_ELECTION}|si\s+terr(?:[àa]|anno)|si\s+riunir(?:[àa]|anno)|avr(?:[àa]|anno)\s+luogo|riunion[ei]|incontr[oi]|sedut[ae]|assemblea|conferenza\s+(?:dei\s+servizi|dei\s+sindaci)|tavolo|comitato|videoconferenza|webinar)(?![a-zà-öø-ÿ0-9_])|${RECONVENES}`, 'i');
/** A vote called with its date and no time: "Sono convocati per domenica 31 maggio 2031 i comizi elettorali", "sono indette le elezioni". */
// Between the verb and what it calls only its date ("per domenica 24 maggio 2026"): "sono convocati per giovedì … gli
// scrutatori … per le elezioni" calls people, not the vote.
const CALLS_VOTE = /\bsono\s+(?:convocat|indett)\p{L}*\s+(?:per\s+(?:il\s+giorno\s+)?(?:(?!\b(?:gli|i|le|la|il|lo)\b)[^.;]){0,40}?\s+)?(?:i|le|la)\s+(?:comizi|elezion|consultazion)|\b(?:i\s+comizi|le\s+elezioni|la\s+consultazione)\b[^.;]{0,40}\bsono\s+(?:convocat|indett)/iu;
/** A call told as a premise ("PREMESSO che con decreto prefettizio sono convocati …"): the act convenes nothing. */
const PREMISE = /\b(?:premess[oa]|vist[oa]|considerat[oa]|richiamat[oa]|atteso|dato\s+atto)\s+che\b/i;
/** A time that opens a range of hours: "ore 9.00-12.30", "dalle 8.30 alle 12.30". */
const HOURS_RANGE = /^\s*(?:[-–]\s*\d|alle\s+(?:ore\s+)?\d)/i;
/** An office's opening hours just before a range of hours: "negli orari d'ufficio (dal lunedì al venerdì, ore …". */
const OFFICE_HOURS = /(?:\borari[oe]?\s+(?:d['’]\s*ufficio|di\s+(?:apertura|ufficio|sportello|ricevimento))|\bdal\s+luned[iì]\s+al\s+(?:venerd[iì]|sabato))[^.;]{0,40}$/i;
/** The hours of the vote, in the sentence after the call: "Le operazioni di voto si svolgeranno dalle ore 8:00 …". */
const VOTE_HOURS = /\b(?:operazioni\s+di\s+voto|votazion[ei])\s+(?:si\s+svolgeranno|si\s+terranno|avranno\s+luogo)\s+(?:[^.;]{0,20}?\s)?dalle\s+ore\s+(?<h>[012]?\d)(?:[:.](?<m>[0-5]\d))?/i;
/** A hearing, an interview or an assessment visit ("La visita dell'UVM si svolgerà a domicilio …"): a meeting only when a verb calls it (CALLS_TO). */
// Not visiting hours ("la visita ai propri congiunti si svolgerà … dalle ore 15:00"), nor a guided visit.
const HEARING = /\b(?:colloqui[o]?|udienza|audizione|visita(?:\s+domiciliare)?(?!\s+(?:a|ai|agli|alle|al|alla|allo|guidat[ae])\b))\b/i;
/** A session still to come: "si terrà", "avrà luogo", "si svolgerà". */
const WILL_BE_HELD = String.raw`si\s+terr(?:[àa]|anno)|avr(?:[àa]|anno)\s+luogo|si\s+svolger(?:[àa]|anno)`;
const PAST = new RegExp(String.raw`\b(?:a\s+seguito|si\s+è\s+(?:svolt|tenut|riunit)|(?:si\s+)?sono\s+riunit|svolt[aoie]si|tenut[aoie]si|(?:ultim|scors)[ao]\s+(?:riunione|seduta|incontro|assemblea)|(?:nel\s+corso\s+del(?:l['’])?|in\s+occasione)(?![^.;]{0,80}\bche\s+(?:${WILL_BE_HELD})(?![a-zà-ù]))|nella\s+seduta\s+del)`, 'i');
// "ore 9 e 30": the minutes after "e", as some write the time out; "alle 15" without minutes only before the place ("alle 15
// presso la sala consiliare"), where no count can be meant.
const TIME = /\b(?:(?:ore|h\.?|ora(?:rio)?\s*:)\s*(?<h>[012]?\d)(?:[:.,](?<m>[0-5]\d)|\s+e\s+(?<mw>[0-5]\d)(?![\d/.]|\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b))?|(?<![€]\s?|\beuro\s|\d[,.]\d\d\s)alle\s+(?<h2>[012]?\d)(?:[:.](?<m2>[0-5]\d)|,(?<m3>[0-5]\d)(?!\s*(?:euro|€|eur\b|medie|mila|%|per\s*cento))|(?=\s+(?:presso|nella|nel|in\s+(?:sala|aula|via|piazza|videoconferenza|modalit))))|(?<![€]\s?|\beuro\s)dalle\s+(?<h4>[012]?\d)(?:[:.](?<m4>[0-5]\d))?(?=\s+alle\s+(?:ore\s*)?[012]?\d(?![\d%]|\s*(?:euro|€|mila|giorni|mesi))))(?!\s*(?:giorni|mesi))\b/gi;
/** An event that "si terrà": a concert, a show, a festival – held, not called as a meeting of a body. */
const EVENT_HELD = /\b(?:iniziativ[ae]|event[oi]|manifestazion[ei]|concert[oi]|spettacol[oi]|mostr[ae]|fest[ae]|sagr[ae]|torne[oi]|rassegn[ae]|festival|cerimoni[ae]|gar[ae]\s+(?:podistic|ciclistic|sportiv)\w*|cors[ae]\s+podistic\w*|maratona|camminata|open\s+day|premiazion[ei]|vaccinazion[ei]|giornata\s+(?:ecologica|di\s+pulizia|della\s+prevenzione))\b[^;]{0,200}\bsi\s+terr(?:[àa]|anno)(?![a-zà-öø-ÿ])/i;
/** What a body meets in: a meeting named as such. */
const MEETING_NOUN = /\b(?:convoca|riunion|sedut|assemble|incontr|consiglio|collegio|comitato|commission|conferenz|tavolo|giunta)/i;
/** TIME tested once, without the global flag's state. */
const HAS_TIME = new RegExp(TIME.source, 'i');
/** "dalle ore 9:30 alle ore 13:00": the second time is when it ends, not another meeting. */
const END_TIME = /\bdalle\s+(?:ore\s*)?[012]?\d(?:[:.,][0-5]\d)?\s+alle\s+$/i;
const CLOSES = /^\s*,?\s*(?:la\s+seduta|la\s+riunione|l['’]adunanza|i\s+lavori)\s+(?:è|sono|viene|vengono)\s+(?:tolt|chius|sciolt|conclus|terminat)[aoie]/i;
const NEXT_DAY = /^\s*,?\s*(?:del|il|nel)\s+giorno\s+(?:successivo|seguente|dopo)\b|^\s*,?\s*dell['’]indomani\b/i;
const DEADLINE_TIME = /(?:entro|sino|fino|non\s+oltre)\s+(?:alle\s+)?(?:le\s+)?$/i;
/** A session held, as minutes say it: "si è riunito", "si sono riuniti", "si è svolta", "si è tenuta". */
// The main clause's verb, not a relative clause's about another session ("nella seduta che si è svolta il …"), nor one denied ("che
// non si è tenuto").
const MET = /(?<![a-zà-ù])(?<!\b(?:che|cui|quale|non)\s+)(?:si\s+è\s+(?:riunit|svolt|tenut)|si\s+sono\s+(?:riunit|svolt|tenut))[aoie](?![a-zà-ù])/i;
/** The minutes' formula of an act: "L'anno duemilaventisei, il giorno …, alle ore 13:00 … si è riunita la Giunta" is the session that adopted it. */
const MINUTES = /\b(?:l|dell)['’]anno\s+(?:duemila|millenovecento)\p{L}*/iu;
const FILING = /\b(?:presentat[aeio]|presentare|presentazione|depositat[aeio]|deposit(?:o|are)|consegnat[aeio]|consegna(?:re)?|inviat[aeio]|trasmess[aeio]|pervenire)\b/i;
/** The deadline's form of a time: "entro il <date> (alle ore)". */
const DEADLINE_DATE_TIME = new RegExp(`(?:entro|non\\s+oltre)\\s+(?:il\\s+|le\\s+ore\\s+\\S+\\s+del\\s+)?(?:giorno\\s+)?(?:${DATE_SOURCE_TEXT})\\s*,?\\s*(?:alle\\s+)?$`, 'i');
/** Calling someone to a hearing or an interview: "si invita … a comparire", "compaia", "si svolgerà", "è convocato". */
// "l'udienza … è fissata per il giorno …", "È inoltre fissata fin d'ora l'audizione … per martedì …", "il Giudice procederà
// all'audizione … il giorno …", "fissa per la verifica l'udienza del …": a hearing set.
// Only the hearing itself is "fissata" ("l'udienza pubblica …", "la prossima udienza …", "la data dell'udienza …"): "la
// pubblicazione degli esiti del colloquio è fissata per …" sets no meeting. The sentence is already cut at its end.
/** A person summoned to an office: "Lei è invitata a presentarsi presso lo Sportello …, giovedì 5 novembre alle ore 10:00". */
const SUMMONED = /(?:è|sono|viene|vengono)\s+(?:(?:cortesemente|pertanto|nuovamente|quindi|altresì|formalmente)\s+)*invitat[aoie]\s+a\s+presentarsi/i;
const CALLS_TO = new RegExp(
  String.raw`(?<![a-zà-ù])(?:compa(?:ri(?:re|rà)|ia|iano)|si\s+(?:svolg|terr)|(?:è|sono|viene|vengono)\s+convocat|(?:l['’]|la\s+|il\s+)(?:prossim[ao]\s+|data\s+dell['’]\s*)?(?:udienza|audizione|colloquio|seduta|riunione)\b[^;]{0,80}?\s(?:è|viene)\s+fissat|(?:è|viene)\s+(?:(?:inoltre|altresì|quindi|pertanto|già)\s+)?fissat[ao]\s+(?:(?:fin|sin)\s+d['’]\s*ora\s+)?(?:l['’]\s*|la\s+)(?:udienza|audizione|colloquio|seduta|riunione)\b|convoca\b|si\s+convoca|si\s+invita|${SUMMONED.source}|proceder[àa]\s+all['’](?:audizione|udienza)|(?:^|[\n;:]\s*|\d[.)]\s*|\b(?:e|ed)\s+)fissa\s+(?:[^;]{0,40}?\s)?(?:l['’]\s*|la\s+)(?:udienza|audizione|comparizione)\b|${RECONVENES})`,
  'i',
);
/**
 * A present call, which a past account may contain: "è convocato", "convoca", not "in seguito a convocazione"; a body
 * that sets its next session ("stabilisce di riunirsi nuovamente il giorno …", "aggiorna la seduta al …") calls it.
 */
// A session put off calls its new date: "… non avrà luogo ed è rinviata a martedì 21 aprile …".
const POSTPONED = String.raw`(?:è|sono|viene|vengono)\s+(?:rinviat|differit|posticipat|anticipat|spostat|aggiornat)[aoie]\s+(?:a|al|alle|per)(?![a-zà-ù])`;
// A letter that stands as the call: "La presente vale quale convocazione formale per ciascuna delle sedute …".
const STANDS_AS_CALL = String.raw`(?<!\bnon\s)(?:vale|valga|costituisce)\s+(?:a\s+tutti\s+gli\s+effetti\s+)?(?:quale|come)?\s*convocazione`;
/** The sentence says it stands as the call, anywhere after a session's time. Built once, as every pattern here. */
const STANDS_AS_CALL_AFTER = new RegExp(STANDS_AS_CALL, 'i');
/** The letter's own main verb of holding, just after a cited note's session: "…, si terrà presso la Sala …" (not "…, che si terrà"). */
const RESTATED = new RegExp(String.raw`^[^.;]{0,60}?(?<!\bche\s)\b(?:${WILL_BE_HELD})(?![a-zà-ù])`, 'i');
const CALLS_NOW = new RegExp(String.raw`(?<![a-zà-ù])(?:(?:è|sono|viene|vengono)\s+(?:ri)?convocat|convoca\b|si\s+convoca|(?:è|sono)\s+indett|${STANDS_AS_CALL}|${POSTPONED}|${RECONVENES}|${CALLS_ELECTION})`, 'i');
/**
 * A call made before, or by another, told: "già convocata per martedì 14 aprile …", "la Regione ha convocato il Tavolo … per
 * martedì …", "… dal Coordinamento istituzionale, convocato dal Presidente per il giorno …" – unless the text then calls anew
 * ("… non avrà luogo ed è rinviata a …"). So is one "convocato con separata nota": another paper calls it.
 */
const REPORTED_CALL = /(?:(?<![a-zà-ù])(?:già\s+(?:stat[aoie]\s+)?(?:convocat|fissat|programmat)[aoie]|(?:ha|hanno|aveva|avevano)\s+(?:già\s+)?convocato|convocat[aoie]\s+con\s+(?:separat|apposit|distint|precedent|altr)[ao]\s+(?:nota|comunicazione|lettera|pec|e-?mail))|,\s*convocat[aoie](?=\s+(?:dal\s|dalla\s|dall['’]\s*|da\s)))(?![a-zà-ù])(?:[^.;]|(?<![a-zà-ù])[a-zà-ù]\.){0,100}$|(?<![a-zà-ù])(?<!\b(?:quest[oa]|scrivente)\s+[a-zà-ù]+\s+)(?<!\bscrivente\s+)(?:ha|hanno|aveva|avevano)\s+(?:già\s+)?(?:programmato|organizzato|indetto)(?![a-zà-ù])(?:[^.;]|(?<![a-zà-ù])[a-zà-ù]\.){0,140}$/i;
/**
 * What a note cited did, told in its relative clause: "… Vs. nota prot. n. … del …, con la quale è stata rinviata al 14 aprile
 * alle ore 16,00 la seduta": that note's call, whatever this letter is about (a Sindaco's proxy for that session).
 */
// Or the call told with the note that made it: "Un secondo incontro è stato convocato, con nota prot. n. … del …, per giovedì …".
const CITED_NOTE_CALL = /(?:\bnota\b[^;]{0,140}?(?:con\s+(?:la\s+quale|cui)|nella\s+quale)\s+(?:(?:è|sono)\s+stat[aoie]|(?:[^.;,]{1,50}?\s)?ha(?:nno)?)\s+(?:convocat|rinviat|fissat|differit|posticipat|anticipat|indett)[aoie](?![a-zà-ù])[^.;]{0,100}|(?:è|sono)\s+stat[aoie]\s+(?:convocat|rinviat|fissat|differit|posticipat|anticipat|indett)[aoie]\s*,?\s*con\s+(?:la\s+)?nota\b[^;]{0,120})$/i;
/** A session only announced, its call to come: "seguirà formale convocazione", "sarà convocata con successiva nota". */
/** The writer will not attend: "non potrò partecipare", "impossibilitato a partecipare", "non potremo essere presenti" (first person). */
const DECLINES = /(?<![a-zà-ù])(?:non\s+(?:potr[òo]|potremo|sar[òo]|saremo)\s+(?:in\s+grado\s+di\s+)?(?:partecipare|essere\s+present[ei]|intervenire)|impossibilitat[oaie]\s+a\s+(?:partecipare|intervenire|essere\s+present[ei]))(?![a-zà-ù])/gi;
/** A date the writer proposes for a meeting it asks for ("Per parte nostra, proporremmo mercoledì 18 novembre alle ore 15:00"): none called yet. */
/** A proposed session the letter settles: its participants named, its attendance to be confirmed. */
const PROPOSAL_SETTLED = /(?<![a-zà-ù])(?:parteciperanno|confermare\s+la\s+(?:propria\s+|vostra\s+|Sua\s+)?(?:partecipazione|presenza))(?![a-zà-ù])/i;
/** Another date left open: "ovvero altra data a Lei più congeniale", "o in altra data", "in alternativa". */
const OTHER_DATE_OFFERED = /(?<![a-zà-ù])(?:(?:ovvero|oppure|o)\s+(?:in\s+)?(?:altra|un['’]altra|diversa)\s+data|in\s+alternativa|altre\s+date|data\s+alternativa|date\s+alternative)(?![a-zà-ù])/i;
const PROPOSED = /(?<![a-zà-ù])(?:propo(?:rremmo|rrei|niamo|ngo|ngono|ne)|si\s+propone|(?:suggeri|ipotizz)(?:amo|remmo|rei|sco|ziamo))(?![a-zà-ù])[^.;]{0,80}$/i;
const FORESEEN = /(?<![a-zà-ù])(?:(?:è|sarà)\s+previst[oa]|prossim[oa]\s+(?:seduta|riunione|incontro|assemblea))(?![a-zà-ù])/i;
const CALL_TO_FOLLOW = /(?<![a-zà-ù])(?:(?:seguir[àa]|far[àa]\s+seguito)\s+(?:(?:la\s+)?(?:formale|apposita|regolare|specifica)\s+)?convocazione|verr[àa]\s+(?:inviata|trasmessa)\s+(?:la\s+)?(?:formale|apposita|regolare|specifica)\s+convocazione|sar[àa]\s+(?:formalmente\s+)?convocat[aoie]\s+con\s+(?:successiva|apposita|separata)\s+(?:nota|comunicazione))(?![a-zà-ù])/i;
/** Words that call a session off or put it off, after its time: "non avrà luogo", "è rinviata", "viene annullata". */
const CALLED_OFF_AFTER = /(?<![a-zà-ù])(?:non\s+(?:avr[àa]|potr[àa])\s+(?:luogo|svolgersi|tenersi)|(?:è|viene|sono|vengono)\s+(?:rinviat|annullat|revocat|sospes|differit|posticipat|anticipat|spostat)[aoie])(?![a-zà-ù])/i;
const CITED_NOTE = /\b(?:prot(?:ocollo)?\.?|nota)\s[^,;]{0,40}?\bdel\s+\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s+\p{L}+\s+\d{4})/giu;
/** A window's day, then the words of its closing hour: "di giovedì 1° ottobre 2026 alle ore ", "del 23/10/2026 fino alle ". */
const DAY_THEN_CLOSING = String.raw`(?:del|di)\s+(?:(?:luned|marted|mercoled|gioved|venerd)[iì]\s+|sabato\s+|domenica\s+)?(?:giorno\s+)?\d{1,2}(?:°|º)?(?:\s+\p{L}+(?:\s+\d{4})?|[/.-]\d{1,2}[/.-]\d{2,4})\s*,?\s+(?:(?:fino|sino)\s+)?alle\s+(?:ore\s+)?`;
/** The end of a window that opens at an hour of one day: "dalle ore 9:00 di giovedì 1° ottobre 2026 alle ore ". */
const ACROSS_DAYS_END = new RegExp(String.raw`\bdalle\s+(?:ore\s+)?[012]?\d(?:[:.][0-5]\d)?\s+${DAY_THEN_CLOSING}$`, 'iu');
/** Words of a filing: "presentare domanda", "le istanze", "candidature", "iscrizioni". */
const FILING_WORDS = /\b(?:domand[ae]|istanz[ae]|candidatur[ae]|iscrizion[ei]|offert[ae]|present(?:are|azione))\b/i;
/** The day after a window's opening hour, then its closing hour: "(dalle ore 9:00) di giovedì 1° ottobre 2026 alle ore 12:00". */
const ACROSS_DAYS_START = new RegExp(String.raw`^\s+${DAY_THEN_CLOSING}[012]?\d`, 'iu');
/** A register's number and date just before a time: "ARRIVO N. 0064410 del 21/10/2026 ore 11:52", "Prot. 4512/2026 del 3.11.2026 -". */
// A register's words before the number: not an appointment's own ("Appuntamento n. 0045127 del 14/11/2031 ore 09:40").
const REGISTERED_AT = /\b(?:arrivo|partenza|entrata|uscita|prot(?:ocollo)?(?:\s+generale)?|registro|reg\.)\b[^\n]{0,30}?(?:n\.?|n°|nr\.?)?\s*\d{3,}(?:\/\d{2,4})?\s+del\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*[-–,]?\s*$/i;
/** A sentence that calls a meeting on the day of the one called before. */
// A second call on the same day in the notice's words: "la Commissione si intende convocata, in seconda seduta, per il medesimo giorno alle ore 11:00".
const SAME_DAY_CALL = /(?<![a-zà-ù])(?:(?:è|sono|viene|vengono)\s+(?:ri)?convocat|convoca\b|si\s+convoca|si\s+(?:riunir|terr)(?:[àa]|anno)|si\s+intend(?:e|ono)\s+(?:ri)?convocat)/i;
/** "Nello stesso giorno, alle ore …", "Lo stesso giorno alle ore …". */
const SAME_DAY_BEFORE = /(?:nello|lo|nel|il)\s+(?:stesso|medesimo)\s+giorno\s*,?\s*(?:alle\s+)?$|nella\s+(?:stessa|medesima)\s+giornata\s*,?\s*(?:alle\s+)?$/i;
/** "alle ore 12.30 dello stesso giorno": the day of the meeting called before. */
const SAME_DAY_WORDS = String.raw`(?:dello\s+stesso\s+giorno|della\s+stessa\s+giornata|del\s+medesimo\s+giorno|della\s+medesima\s+giornata|nella\s+stessa\s+giornata)\b`;
const SAME_DAY = new RegExp(String.raw`^\s*,?\s*${SAME_DAY_WORDS}`, 'i');
const SAME_DAY_IN = new RegExp(SAME_DAY_WORDS, 'i');
/** "… per il giorno successivo alla stessa ora", "giovedì 4 dicembre, alla stessa ora": the time of the meeting called before. */
const SAME_TIME = /(?:\b(?:alla|nella|con\s+la)\s+|,\s*)(?:stessa|medesima)\s+ora\b/gi;
const NEXT_DAY_BEFORE = /\b(?:giorno\s+(?:successivo|seguente|dopo)|indomani)\s*,?\s*$/i;
/** "… alle ore 08:00 della predetta data": the time refers back to the date already named. */
const SAME_DATE = /^\s*(?:alle\s+(?:ore\s*)?[012]?\d(?:[:.,][0-5]\d)?\s*)?(?:della|nella|per\s+la)\s+(?:predetta|suddetta|medesima|stessa)\s+(?:data|giornata)/i;

/**
 * Every meeting the document convenes, with its 24-hour time, second calls included. A time belongs to
 * the nearest date of its sentence (a second call "alle ore 10:00" without a date keeps the first call's).
 */
export function extractMeetings(source: SourceText, ctx: YearContext): Found<Meeting>[] {
  const out = new Map<string, Found<Meeting>>();
  /** The meeting found last, in reading order: what "alla stessa ora" refers to. */
  let last: Meeting | null = null;
  const add = (m: Meeting, at: number, length: number) => {
    const key = `${m.date} ${m.time}`;
    if (!out.has(key)) out.set(key, { value: m, evidence: source.evidenceAt(at, length) });
    last = m;
  };
  // Whether the letter is about a session (its subject names one): a call it tells is then its own.
  const firstPage = source.lines.filter((l) => l.page === source.lines[0]?.page);
  const subjectLine = firstPage[subjectLineIndex(firstPage)]?.text ?? '';
  const aboutMeeting = MEETING_SUBJECT.test(subjectLine);
  const aboutHearing = HEARING_SUBJECT.test(subjectLine);
  /** The hour of a call told as before ("già fissato per … alle ore 10:00"), which "alla stessa ora" may refer to. */
  let told: Meeting | null = null;
  /** The date the sentence before convened, when it called the vote with no time: "Sono convocati per domenica … i comizi". */
  let calledVote: string | null = null;
  const text = hoursInFigures(source.text);
  for (const sentence of sentencesOf(text)) {
    // "… Le operazioni di voto si svolgeranno dalle ore 8:00 alle ore 20:00": the time of the vote just called.
    const voteTime = calledVote && VOTE_HOURS.exec(sentence.text);
    if (voteTime && !dateRegex().test(sentence.text)) {
      const h = Number(voteTime.groups!.h);
      if (h <= 23) add({ date: calledVote!, time: `${String(h).padStart(2, '0')}:${voteTime.groups!.m ?? '00'}` }, sentence.start + voteTime.index!, voteTime[0].length);
    }
    calledVote = null;
    if (!CONVENES.test(sentence.text) && !HEARING.test(sentence.text) && !SUMMONED.test(sentence.text)) continue;
    const dates = [...sentence.text.matchAll(dateRegex())].map((m) => ({ at: m.index!, iso: dateOf(m as RegExpExecArray, ctx).iso, text: m[0] }));
    // The vote's date is the one the call names, after its verb ("… del 30 marzo sono convocati per domenica 24 maggio …").
    const call = !PREMISE.test(sentence.text) && !HAS_TIME.test(sentence.text) ? CALLS_VOTE.exec(sentence.text) : null;
    const vote = call ? (dates.find((d) => d.at >= call.index) ?? dates[dates.length - 1])?.iso : null;
    if (vote && (!ctx.issued || vote >= ctx.issued)) calledVote = vote;
    const sameTimes = [...sentence.text.matchAll(SAME_TIME)];
    // "Al termine dei lavori, alle ore 12.30 dello stesso giorno, è convocata l'équipe": the day of the meeting called before.
    const sameDay = last !== null && (SAME_DAY_IN.test(sentence.text) || /(?:stesso|medesimo)\s+giorno|(?:stessa|medesima)\s+giornata/i.test(sentence.text));
    if (!dates.length && !sameTimes.length && !sameDay) continue;
    for (const t of sentence.text.matchAll(TIME)) {
      const before = sentence.text.slice(Math.max(0, t.index! - 20), t.index!);
      if (DEADLINE_TIME.test(before)) continue;
      // "… entro il 30/05/2031 alle ore 12:00": the time a deadline ends at, its date between.
      if (DEADLINE_DATE_TIME.test(sentence.text.slice(Math.max(0, t.index! - 60), t.index!))) continue;
      // A hearing or an interview is a meeting only when the document calls it, not when it reports one.
      // Near the time: an act's recitals and items, each ended by ";", run on as one sentence ("… della seduta; … 2. di dare
      // atto che il servizio sarà attivo dal 2 novembre … dalle ore 15:00"), and a session named far above calls no time here.
      const near = sentence.text.slice(Math.max(0, t.index! - 400), t.index! + 400);
      if (!CONVENES.test(near) && !CALLS_TO.test(near) && !(aboutHearing && fixedByWriter(near))) continue;
      if (END_TIME.test(sentence.text.slice(Math.max(0, t.index! - 40), t.index!))) continue;
      // The end of a span matched from its "alle" ("dalle 17 alle 19 presso …"): the start is the session's time.
      if (/^alle\b/i.test(t[0]) && /\bdalle\s+(?:ore\s*)?[012]?\d(?:[:.,][0-5]\d)?\s+$/i.test(sentence.text.slice(Math.max(0, t.index! - 20), t.index!))) continue;
      // When a service is open ("lo Sportello … sarà aperto il martedì dalle 9 alle 12"): its hours, not a meeting.
      if (/\b(?:sar[àa]|è|resterà|rimarrà)\s+apert[oa]\b[^.;]{0,40}$/i.test(sentence.text.slice(Math.max(0, t.index! - 60), t.index!))) continue;
      // A line or a desk "attivo dalle ore 8:00 alle ore 20:00": its hours, as a service's that is open.
      if (/\b(?:attiv[oaie]|operativ[oaie]|raggiungibil[ei]|in\s+funzione)\s+(?:[^.;\d]{0,30}\s)?dalle\s+(?:ore\s+)?$/i.test(sentence.text.slice(Math.max(0, t.index! - 60), t.index!) + (/^dalle\b/i.test(t[0]) ? 'dalle ' : ''))) continue;
      // Hours named as such ("… dei relativi orari (di norma dalle ore 10:00 alle ore 19:00)"): a service's, not a meeting.
      if (/\borar[io]\b[^.;]{0,30}\bdalle\s/i.test(sentence.text.slice(Math.max(0, t.index! - 50), t.index!) + t[0])) continue;
      // A span with no "ore" ("dalle 9 alle 13") is a session's time only where a session is named before it: a distribution
      // of parcels "si terrà … dalle 9 alle 12" is no meeting.
      if (t.groups!.h4 !== undefined && !/^\s*(?:ore|h)/i.test(t[0].slice(5)) && !EVENT.test(sentence.text.slice(Math.max(0, t.index! - 200), t.index!)) && !SESSION_OF.test(sentence.text.slice(Math.max(0, t.index! - 200), t.index!))) continue;
      // "Alle ore 17:10 la seduta è tolta": the hour the session held closed, not another one.
      if (CLOSES.test(sentence.text.slice(t.index! + t[0].length, t.index! + t[0].length + 60))) continue;
      // "consultabile … negli orari d'ufficio (dal lunedì al venerdì, ore 9.00-12.30)": an office's hours, not a meeting.
      if (OFFICE_HOURS.test(sentence.text.slice(Math.max(0, t.index! - 60), t.index!)) && HOURS_RANGE.test(sentence.text.slice(t.index! + t[0].length, t.index! + t[0].length + 16))) continue;
      // "aperto a partire dalle ore 10:00 del 25 marzo": when a service opens, not a meeting.
      if (/\ba\s+partire\s+dalle\s+$/i.test(sentence.text.slice(Math.max(0, t.index! - 20), t.index!))) continue;
      const h = Number(t.groups!.h ?? t.groups!.h2 ?? t.groups!.h4);
      if (h > 23) continue;
      // "dalle ore 9:00 di giovedì 1° ottobre alle ore 12:00 di venerdì 23 ottobre": a window across days (for filing), no session.
      if (ACROSS_DAYS_END.test(sentence.text.slice(Math.max(0, t.index! - 90), t.index!))) continue;
      // Its opening hour too, when the window is for filing ("… le famiglie possono presentare domanda"): a seminar held "dalle ore
      // 9:30 di giovedì … alle ore 13:00 di venerdì …" opens then.
      if (FILING_WORDS.test(sentence.text) && (/^dalle\b/i.test(t[0]) || /\bdalle\s+$/i.test(sentence.text.slice(Math.max(0, t.index! - 8), t.index!))) && ACROSS_DAYS_START.test(sentence.text.slice(t.index! + t[0].length, t.index! + t[0].length + 90))) continue;
      // "ARRIVO N. 0064410 del 21/10/2026 ore 11:52": the time a register numbered the paper, not a session's.
      // (Read in the text, not the sentence: "Prot. N. …" may end a sentence at its abbreviation's full stop.)
      if (REGISTERED_AT.test(text.slice(Math.max(0, sentence.start + t.index! - 60), sentence.start + t.index!))) continue;
      // "il giorno 17/11/2026 alle ore 09:41:12 (+0100) il messaggio … è stato inviato": a timestamp to the second (a PEC
      // provider's notice, a log), never a meeting's hour.
      if (/^:\d{2}\b/.test(sentence.text.slice(t.index! + t[0].length)) && /\bmessaggio\b|posta\s+certificata|\(\s*[+-]\d{4}\s*\)/i.test(sentence.text)) continue;
      const clauseStart = Math.max(0, t.index! - 200);
      const context = sentence.text.slice(clauseStart, t.index! + 80);
      // "… l'Assemblea si riunirà il 14 aprile alle ore 18:00 e il 28 aprile …; la presente vale quale convocazione": the whole
      // sentence's sessions are called, however far the words stand from the first.
      const standsAsCall = STANDS_AS_CALL_AFTER.test(sentence.text.slice(t.index!));
      if (PAST.test(context) && !CALLS_NOW.test(context) && !standsAsCall) continue;
      // Minutes open on the session they record, its verb after the place and the call that convened it ("Il giorno …, alle ore
      // 10:00, presso la Sala …, a seguito di convocazione prot. n. … del …, si è riunito il Tavolo …").
      const recorded = sentence.text.slice(t.index! + t[0].length, t.index! + t[0].length + 250);
      // Not a call that says it "si terrà" or "avrà luogo" before its time.
      if (MET.test(recorded) && !HELD.test(sentence.text.slice(clauseStart, t.index!)) && !CALLS_NOW.test(sentence.text.slice(clauseStart, t.index! + t[0].length + 250)) && !standsAsCall) continue;
      // A session called off or put off right after its time ("… alle ore 10:00, non avrà luogo", "… viene rinviata"): the old date.
      const rest = sentence.text.slice(t.index! + t[0].length, t.index! + t[0].length + 120);
      // "la prossima seduta è prevista per il giorno … alle ore 17.00 …; seguirà formale convocazione": announced, to be called.
      // Only a session the text foresees ("prevista", "la prossima seduta"), not one it calls while another's call is to follow.
      const foreseen = sentence.text.slice(Math.max(0, t.index! - 160), t.index!);
      if (CALL_TO_FOLLOW.test(sentence.text.slice(t.index! + t[0].length, t.index! + t[0].length + 160)) && FORESEEN.test(foreseen) && !CALLS_NOW.test(foreseen)) continue;
      const off = CALLED_OFF_AFTER.exec(rest);
      // (A note cited between, "con nota prot. n. 5120 del 3 aprile 2026", dates the note, not another session; a put-off only
      // "in caso di impedimento", "qualora …", leaves the session called.)
      if (off && !dateRegex().test(rest.slice(0, off.index).replace(CITED_NOTE, ' ')) && !/\b(?:in\s+caso\s+di|qualora|ove|se)\s/i.test(rest.slice(0, off.index))) {
        told = { date: '', time: `${String(h).padStart(2, '0')}:${t.groups!.m ?? t.groups!.mw ?? t.groups!.m2 ?? t.groups!.m3 ?? t.groups!.m4 ?? '00'}` };
        continue;
      }
      // "… non potrò partecipare alla seduta … fissata per mercoledì 27 gennaio alle ore 17.30": a session another called, which
      // the writer declines (a proxy's letter), not one it calls.
      // A proposal that fixes the session ("si propone un incontro, che si terrà giovedì … alle ore 10:00") calls it all the same.
      // So does one the sentence then says will be held ("La riunione, che l'Ufficio propone per venerdì …, si terrà …").
      const proposed = PROPOSED.exec(sentence.text.slice(Math.max(0, t.index! - 120), t.index!));
      // So does one whose attendance the letter asks to confirm, or whose participants it names ("… al quale parteciperanno …; Si
      // prega di confermare la partecipazione entro …"), with no other date offered.
      const onward = text.slice(sentence.start + t.index!, sentence.start + t.index! + 400);
      const settled = PROPOSAL_SETTLED.test(onward) && !OTHER_DATE_OFFERED.test(sentence.text.slice(Math.max(0, t.index! - 120)) + onward.slice(0, 200));
      if (proposed && !CALLS_NOW.test(proposed[0]) && !HELD.test(proposed[0]) && !HELD.test(sentence.text.slice(t.index!, t.index! + 120)) && !settled) continue;
      const declined = [...sentence.text.slice(Math.max(0, t.index! - 200), t.index!).matchAll(DECLINES)].pop();
      if (declined && !CALLS_NOW.test(sentence.text.slice(Math.max(0, t.index! - 200) + declined.index! + declined[0].length, t.index!))) continue;
      const reported = REPORTED_CALL.exec(sentence.text.slice(Math.max(0, t.index! - 160), t.index!));
      // A call told is this letter's own when the letter is about that session (its subject names a meeting): the notice of a
      // change of venue, the agenda sent for a Council "già convocato", the councillors told "il Presidente ha convocato …".
      // Unless this letter says where or how it is now held ("…, che è stata convocata con nota prot. … per il 17 marzo alle ore
      // 15:00, si terrà presso la Sala …"): a change of venue restates the session as the letter's own (its main verb, not a
      // relative clause of the note answered, "…, che si terrà presso …").
      const restated = RESTATED.test(sentence.text.slice(t.index! + t[0].length));
      const cited = CITED_NOTE_CALL.test(sentence.text.slice(Math.max(0, t.index! - 300), t.index!)) && !restated;
      if ((reported && !aboutMeeting && !CALLS_NOW.test(reported[0].replace(/^[^,]*?(?:convocat|fissat|programmat)[aoie]/i, ''))) || cited) {
        // "già fissato per il 9 maggio alle ore 10:00, è anticipato al 7 maggio alla stessa ora": the hour told is the new one's.
        told = { date: '', time: `${String(h).padStart(2, '0')}:${t.groups!.m ?? t.groups!.mw ?? t.groups!.m2 ?? t.groups!.m3 ?? t.groups!.m4 ?? '00'}` };
        continue;
      }
      // "l'iniziativa … che si terrà presso la Sala … alle ore 18:00": an event held (a concert given patronage), not a meeting.
      const lead = sentence.text.slice(Math.max(0, t.index! - 400), t.index!);
      const held = EVENT_HELD.exec(lead);
      if (held && !MEETING_NOUN.test(lead.slice(held.index))) continue;
      // Minutes open on their session, dated in words ("L'anno duemila…", "dell'anno duemila…"); a call so dated is still one.
      if (MINUTES.test(context) && !CALLS_NOW.test(context)) continue;
      // "le candidature dovranno essere presentate … dalle ore 08:00 di sabato 16 maggio": a filing window, not a meeting.
      // A window opens or closes at its time ("dalle ore …", "entro le ore …"): an agenda's "1. presentazione dell'alunno" before a
      // session set on a line of its own ("martedì 20 ottobre 2026, ore 15:30") names no filing.
      const windowed = /^dalle/i.test(t[0]) || /\b(?:dall[ea]|dal|entro|fino|sino|a\s+partire|oltre)\b[^.;]{0,40}$/i.test(sentence.text.slice(Math.max(0, t.index! - 60), t.index!));
      if (windowed && isFilingWindow(sentence.text.slice(Math.max(0, t.index! - 300), t.index!))) continue;
      const after = sentence.text.slice(t.index! + t[0].length, t.index! + t[0].length + 60);
      const previous = last as Meeting | null;
      // "dello stesso giorno" / "Nello stesso giorno, alle ore 15.00": another meeting called that day – not the hour the session
      // just held closed ("la seduta è tolta alle ore 12:30 dello stesso giorno").
      const sameDayCall = !!previous && SAME_DAY_CALL.test(sentence.text) && (SAME_DAY.test(after) || SAME_DAY_BEFORE.test(sentence.text.slice(Math.max(0, t.index! - 40), t.index!)));
      const date = sameDayCall ? { iso: previous!.date } : SAME_DATE.test(after) ? lastBefore(dates, t.index!) : nearest(dates, t.index!);
      if (!date?.iso) continue;
      const time = `${String(h).padStart(2, '0')}:${t.groups!.m ?? t.groups!.mw ?? t.groups!.m2 ?? t.groups!.m3 ?? t.groups!.m4 ?? '00'}`;
      // "in seconda convocazione alle ore 10.30 del giorno successivo": the day after the date it follows.
      const iso = NEXT_DAY.test(sentence.text.slice(t.index! + t[0].length, t.index! + t[0].length + 40)) ? dayAfter(date.iso) : date.iso;
      // A meeting dated before the document itself was held already: it is recounted, not called.
      if (ctx.issued && iso < ctx.issued) continue;
      add({ date: iso, time }, sentence.start + t.index!, t[0].length);
    }
    // A further meeting at the time of the one called before: the day after it, or the date just named.
    for (const same of sameTimes) {
      const previous = (last as Meeting | null) ?? told;
      if (!previous) continue;
      const before = sentence.text.slice(Math.max(0, same.index! - 60), same.index!);
      // The date just named, or the one the words lead to ("… differita alla medesima ora del giorno giovedì 26 novembre").
      const named = lastBefore(dates, same.index!);
      // Not the end of a window ("consultabile … fino alla medesima ora del giorno …").
      const next = /\b(?:fino|sino|entro|oltre)\s*$/i.test(before) ? undefined : dates.find((d) => d.at >= same.index! + same[0].length && /^\s*(?:del|nel)\s+(?:giorno\s+)?$/i.test(sentence.text.slice(same.index! + same[0].length, d.at).replace(/\b(?:luned|marted|mercoled|gioved|venerd)[iì]\b|\bsabato\b|\bdomenica\b/i, '')));
      const iso = NEXT_DAY_BEFORE.test(before) ? (previous.date ? dayAfter(previous.date) : null) : named && same.index! - named.at < 80 ? named.iso : (next?.iso ?? null);
      if (iso) add({ date: iso, time: previous.time }, sentence.start + same.index!, same[0].length);
    }
  }
  for (const row of calendarRows(source.lines, ctx)) {
    const key = `${row.value.date} ${row.value.time}`;
    if (!out.has(key)) out.set(key, row);
  }
  return [...out.values()];
}

/** A table's heading cells for a calendar of sessions: "Data" and "Ora" / "Orario". */
const DATE_CELL = /^\s*(?:data|giorno)\s*$/i;
const TIME_CELL = /^\s*(?:or[ae]|orario|inizio)\s*$/i;
/** Words that call the sessions listed below: "si terranno come segue", "sono convocate", "calendario delle sedute". */
// Or that name the sessions the table lists: "in due udienze pubbliche aperte a tutti:"; "secondo il seguente calendario:" with
// the sessions named above it (see CALENDAR_SESSIONS).
const CALENDAR_CALL = /\bsi\s+(?:terr|riunir)(?:[àa]|anno)(?![a-zà-öø-ÿ])|(?<![a-zà-ù])(?:è|sono)\s+convocat|\bconvoca\b|\bcalendario\s+(?:delle\s+|degli\s+)?(?:sedute|riunioni|incontri)\b|\b(?:udienz[ae]|sedut[ae]|assemble[ae]|riunion[ei]|incontr[oi])\s+pubblich[ea]\b/i;
/**
 * Sessions named above a "seguente calendario" ("gli incontri …", "le audizioni degli enti …", "le riunioni del Gruppo tecnico …"):
 * a calendar of something else – cards handed out, forms delivered – names none.
 */
const CALENDAR_SESSIONS = /\b(?:tavol|incontr|sedut|riunion|udienz|audizion|assemble|session|comitat|conferenz|consult|commission|convoc|webinar|focus\s+group|grupp[oi]\s+(?:di\s+lavoro|tecnic)|lavori\b|laborator|seminari|coordinament)/i;
/** A list of what was held, or a schedule of what is due: "ha svolto i seguenti incontri", "cronoprogramma", "elenco". */
const RECOUNTED = /\bha(?:nno)?\s+svolto\b|\bsvolt[aei]\b|\bcronoprogramma\b|\belenco\s+delle\s+sedute\b|\bscadenz/i;
/** A time cell: "09:30", "ore 10.00", a span ("09:30 – 12:30", "dalle ore 16 alle ore 19"), the hour alone after "ore". */
const CLOCK = /^\s*(?:dalle\s+)?(?:(?:ore\s*)?([01]?\d|2[0-3])[:.]([0-5]\d)|ore\s*([01]?\d|2[0-3])(?![\d.,:]))\s*(?:$|(?:[–—-]|alle)\s*(?:ore\s*)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*$)/i;
/** A calendar's status cell for a session not called: "programmata", "da convocare", "annullata", "rinviata". */
const NOT_CALLED = /^\s*(?:programmat[oaie]|da\s+(?:convocare|definire|fissare)|annullat[oaie]|rinviat[oaie])\s*$/i;
/**
 * A session's time at the end of its date's cell, after the year or the month: "… 2031 9:30", "… 2031 ore 14.30", "… 9 aprile
 * 2031 15.00 – 17.00" (a span gives its start).
 */
const CLOCK_AFTER_DATE = new RegExp(String.raw`(?:\d{4}|${MONTH_NAMES})\s+(?:ore\s*)?([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s*[–—-]\s*(?:ore\s*)?(?:[01]?\d|2[0-3])[:.][0-5]\d)?\s*$`, 'i');
/** A session's time run into the cell after the time column's: "9.00 videoconferenza" under "Sede". */
const CLOCK_OPENING = /^\s*(?:ore\s*)?([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d)/i;

/**
 * Sessions laid out as a table under a convening sentence: a heading row with a "Data" and an "Ora" cell,
 * then one row per session, its date and its time in those columns ("mercoledì 24 giugno 2031 | 09:30").
 * Only when the lines just above the table convene (a calendar of UVM sessions, of a table's meetings).
 */
function calendarRows(lines: Line[], ctx: YearContext): Found<Meeting>[] {
  const out: Found<Meeting>[] = [];
  lines.forEach((head, i) => {
    const dateCol = head.segments.findIndex((s) => DATE_CELL.test(s.text));
    const timeCol = head.segments.findIndex((s) => TIME_CELL.test(s.text));
    if (dateCol < 0 || timeCol < 0) return;
    const above = lines.slice(Math.max(0, i - 6), i).filter((l) => l.page === head.page).map((l) => l.text).join(' ');
    const calls = CALENDAR_CALL.test(above) || (/\bseguente\s+calendario\b/i.test(above) && CALENDAR_SESSIONS.test(above));
    if (!calls || RECOUNTED.test(above) || (PAST.test(above) && !CALLS_NOW.test(above))) return;
    const colOf = (x: number) => head.segments.reduce((best, s, k) => (Math.abs(s.x - x) < Math.abs(head.segments[best].x - x) ? k : best), 0);
    // A session's row may wrap: its date over two lines ("martedì" / "10/03/2031"), its place over three. A row starts where a
    // time stands in its column, or where a second date comes; the lines between go on with it.
    const rows: { line: Line; cells: Map<number, string> }[] = [];
    /** The widest gap over a row's first line so far. */
    let widest = 0;
    for (const line of lines.slice(i + 1, i + 40)) {
      if (line.page !== head.page || line.gapBefore >= 1.5) break;
      // The text going on under the table: a line of prose across the page.
      if (line.segments.length === 1 && line.segments[0].text.length > 60) break;
      // Another table's heading row under it ("Scadenze | Ora | Adempimento"): cells of words, no figure.
      if (rows.length && line.segments.length >= 2 && line.segments.every((g) => !/\d/.test(g.text) && /^\p{Lu}/u.test(g.text)) && line.segments.some((g) => /^(?:scadenz|termin|data|ora)/i.test(g.text))) break;
      const cells = new Map<number, string>();
      for (const g of line.segments) cells.set(colOf(g.x), `${cells.get(colOf(g.x)) ?? ''} ${g.text}`.trim());
      const row = rows[rows.length - 1];
      const dated = dateRegex().test(cells.get(dateCol) ?? '');
      const starts = !row || cells.has(timeCol) || (dated && dateRegex().test(row.cells.get(dateCol) ?? ''));
      // A line that starts no row, set further down than any row from the one before, is the text under the table ("Cordiali
      // saluti."), not a row's wrapped words.
      if (!starts && rows.length > 1 && line.gapBefore > widest + 0.35) break;
      if (starts) widest = Math.max(widest, line.gapBefore);
      if (starts) rows.push({ line, cells });
      else for (const [k, text] of cells) row.cells.set(k, `${row.cells.get(k) ?? ''} ${text}`.trim());
    }
    for (const { line, cells } of rows) {
      // A date set close to the cell before runs into it: "Pontedera, Auditorium del Centro per venerdì 8 maggio 2026".
      // Not a topic's cell that names the date something starts or ends by ("Tavolo A – avvio dei servizi dal 1° giugno 2026").
      const before = dateCol > 0 ? (cells.get(dateCol - 1) ?? '') : '';
      const named = dateRegex().exec(before);
      const dateCell = cells.get(dateCol) ?? (named && !/\b(?:dal|dall['’]|entro|al|all['’]|fino\s+a)\s*$/i.test(before.slice(0, named.index)) ? before : '');
      const date = dateRegex().exec(dateCell);
      // Columns set close together run into one cell: "1 martedì 24 novembre 2031 9:30"; a span gives its start ("09:30 – 12:30").
      // Or the time runs into the next column's cell, set nearer that column's heading than its own ("9.00 videoconferenza").
      const clock = CLOCK.exec(cells.get(timeCol) ?? '') ?? (cells.has(timeCol) ? null : (CLOCK_AFTER_DATE.exec(dateCell) ?? CLOCK_OPENING.exec(cells.get(timeCol + 1) ?? '')));
      if (!date || !clock) continue;
      // A term, not a session; or a row whose status cell says it is not called ("programmata", "da convocare", "annullata"),
      // not a word of its place or topic ("Sede da definire", "Verifica delle attività programmate").
      if (/\bscadenz|\btermine\b|\bpresentazione\b/i.test([...cells.values()].join(' ')) || [...cells.values()].some((c) => NOT_CALLED.test(c))) continue;
      const iso = dateOf(date, ctx).iso;
      if (!iso || (ctx.issued && iso < ctx.issued)) continue;
      out.push({ value: { date: iso, time: `${(clock[1] ?? clock[3]).padStart(2, '0')}:${clock[2] ?? '00'}` }, evidence: evidenceOf(line) });
    }
  });
  return out;
}

/** A body that sits, or its call: "il Comitato dei Sindaci … è convocato", "la Commissione consiliare …", "la S.V. è convocata". */
const SESSION_OF = /\bconvoca|\b(?:comitat|commission|consigl|giunt|assemble|grupp[oi]\s+di\s+lavoro|consult|coordinament|cabina\s+di\s+regia|[ée]quipe|collegi)/i;

/** An event named after the filing word: "La presentazione del programma avverrà in un webinar giovedì …" is a meeting. */
const EVENT = /\b(?:webinar|udienz[ae]|incontr[oi]|riunion[ei]|sedut[ae]|assemblea|conferenza|videoconferenza|evento|colloqui[o]?|audizion[ei]|tavolo)\b/i;

/** The text before a time speaks of filing (a window for applications), with no event named since. */
function isFilingWindow(before: string): boolean {
  const filings = [...before.matchAll(new RegExp(FILING.source, 'gi'))];
  if (!filings.length) return false;
  const last = filings[filings.length - 1];
  // "all'incontro pubblico di presentazione, che si terrà …", "è previsto un incontro di presentazione …": the filing word names
  // the event before it, which is held (not "il modulo di iscrizione al webinar di presentazione potrà essere compilato dalle
  // ore …", a window to sign up).
  if (EVENT_NAMED_BY.test(before.slice(Math.max(0, last.index! - 40), last.index!)) && HELD.test(before.slice(Math.max(0, last.index! - 80)))) return false;
  return !EVENT.test(before.slice(last.index! + last[0].length));
}
const HELD = new RegExp(String.raw`(?<![a-zà-ù])(?:${WILL_BE_HELD}|(?:è|sono)\s+(?:previst|organizzat|fissat|indett)[oaie])(?![a-zà-ù])`, 'i');
const EVENT_NAMED_BY = new RegExp(String.raw`${EVENT.source}(?:\s+\p{L}+)?\s+(?:di|del|della|dei)\s*$`, 'iu');

const HOUR_WORDS = ['zero', 'una', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove', 'venti', 'ventuno', 'ventidue', 'ventitré'];
const MINUTE_WORDS: Record<string, number> = { 'un quarto': 15, quindici: 15, mezza: 30, mezzo: 30, trenta: 30, 'tre quarti': 45, quarantacinque: 45, dieci: 10, venti: 20, cinque: 5 };
const HOUR_IN_WORDS = new RegExp(String.raw`\bore\s+(${HOUR_WORDS.slice(1).join('|')}|ventitre)(?:\s+e\s+(${Object.keys(MINUTE_WORDS).join('|')}))?(?![\p{L}])`, 'giu');

/**
 * The text with an hour written out as minutes write it ("alle ore diciotto e trenta") put in figures ("alle ore 18:30"),
 * padded with spaces to the same length so every offset still points into the document's text.
 */
function hoursInFigures(text: string): string {
  return text.replace(HOUR_IN_WORDS, (all, hour: string, minutes: string | undefined) => {
    const h = HOUR_WORDS.indexOf(hour.toLowerCase().replace('ventitre', 'ventitré'));
    const m = minutes ? MINUTE_WORDS[minutes.toLowerCase()] : 0;
    const figures = `ore ${h}:${String(m).padStart(2, '0')}`;
    return figures.length <= all.length ? figures.padEnd(all.length, ' ') : all;
  });
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function lastBefore<T extends { at: number }>(dates: T[], at: number): T | undefined {
  return dates.filter((d) => d.at < at).pop();
}

function nearest<T extends { at: number }>(dates: T[], at: number): T | undefined {
  // Dates are in text order: binary search for the last one before the time.
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? dates[lo - 1] : undefined;
  const after = dates[lo];
  // Prefer the date written before the time ("il giorno 19 aprile alle ore 9"), else the one after it.
  if (before && at - before.at < 160) return before;
  if (after && after.at - at < 80) return after;
  return before;
}

function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  // A sentence ends at a full stop followed by a capital, or at a paragraph break; abbreviations such as "p.v." stay inside,
  // and so does what "… è convocata come segue." announces ("Data: …", "Ora: …").
  const re = /[^]*?(?:(?<!\b(?:p\.v|n|art|artt|ss|prot|dott|sig|ecc|c\.a|u\.s|ore|h|come\s+segue))\.(?=\s+\p{Lu})|$)/gu;
  let m: RegExpExecArray | null;
  let start = 0;
  while (start < text.length && (m = re.exec(text)) && m[0].length) {
    out.push({ text: m[0], start: m.index });
    start = m.index + m[0].length;
  }
  return out;
}
