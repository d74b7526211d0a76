import { startsCapital } from './starts-capital.ts';
import type { Line } from '../read/page-text.ts';
import { evidenceOf, type Found } from './source-text.ts';
import { DATE_SOURCE, dateOf, yearFirstDate } from './italian-dates.ts';
import { isParagraphBreak, subjectLineIndex } from './layout-rules.ts';

/** "Roma, 12 marzo 2023", "Catanzaro lì 26/01/2021", "San Severo, addì 3.4.2023". */
/** "Roma, 12 marzo 2024", also as a dateline that the text or a protocol follows: "Cagliari, 22 maggio 2024 – La Giunta…". */
// "Dalla Residenza Municipale, lì …", "Dalla Casa Comunale, …": the town hall named as the place.
// A judge's decree closes on its decision's place and day: "Così deciso in Catanzaro, nella camera di consiglio del 6 ottobre 2026".
const PLACE_AND_DATE = new RegExp(`^\\s*(?:(?:dato|data|fatto|redatto|(?:così\\s+)?deciso)\\s+(?:in|a)\\s+|luogo\\s+e\\s+data\\s*[:\\s]\\s*|dall[ao]\\s+(?=(?:residenza|casa|sede|palazzo)\\b))?(?<place>[\\p{L}'’.-]+(?:\\s*\\/\\s*[\\p{L}'’.-]{3,})?(?:\\s+(?:[\\p{L}'’.-]+|s\\/\\p{L}+)){0,3}?)(?:\\s*\\(\\p{L}{2}\\))?\\s*,?\\s*(?:l[iì]|add[iì]|(?<=,\\s*)il|(?:nella|in)\\s+camera\\s+di\\s+consiglio\\s+del)?\\s*,?\\s*(?:${DATE_SOURCE})\\s*(?:\\.|\\s[–—-]\\s.*)?\\s*$`, 'iu');
/** A dateline that defers to the register: "Lodi, data del protocollo", "Iseo, vedi segnatura", "data della firma digitale". */
const DATED_BY_REGISTER = /^\s*(?:(?<place>\p{L}[\p{L}'’. -]{1,40}),?\s+)?(?:l[iì],?\s+)?(?:(?:data|vedi)\s+(?:del(?:la)?\s+|di\s+)?(?:protocollo|segnatura|registrazione|firma(?:\s+digitale)?)|vedi\s+(?:data\s+)?(?:protocollo|segnatura))\s*\.?\s*$/iu;
const BIRTH_LABEL = /\b(?:data|luogo)\b[^\t]{0,20}\bnascita\b|\bnat[oa]\s+(?:a|il)\b/i;
/** No place name ends on its particle: "ARRIVO del 13/02/2031" is a register stamp's line. */
// Nor on "al", "a": "Popolazione al 01/01/2026" is a table's heading.
const PARTICLE_END = /\s(?:di|del|della|delle|dello|dei|degli|sul|sulla|in|nel|nella|al|allo|alla|a)$/i;
/** The protocol printed before the dateline on its line: "Prot. n. 21457/PC – Saint-Christophe, 14 ottobre 2026". */
const PROTOCOL_BEFORE = /^\s*prot(?:ocollo)?\.?\s*(?:n(?:r|um)?\.?\s*°?\s*)?[\w/.-]*\d[\w/.-]*(?:\s+del\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?\s+[–—-]\s+(?=\p{L})/iu;
/** A place name: capitalised words, with the particles place names have ("San Giovanni in Fiore"). */
// "San Vito al Tagliamento", "Bagno a Ripoli", "Castiglione delle Stiviere", "Reggio nell'Emilia", "Borgo a Mozzano", and
// "Boffalora s/T" (sopra Ticino, as towns on a river shorten it).
// A town named in two languages: "Meran/Merano", "Bozen / Bolzano", "Aoste / Aosta".
const PLACE = /^\p{Lu}[\p{L}'’.-]*(?:\s*\/\s*\p{Lu}[\p{L}'’.-]{2,})?(?:\s+(?:\p{Lu}[\p{L}'’.-]*|s\/\p{Lu}\p{L}*|di|del|della|delle|dei|degli|dello|al|allo|alla|a|sul|sulla|in|nel|nella|(?:d|de|nell|all|dell|sull)['’]\s*\p{L}+))*$/u;
/** Words no place name has: a dateline is not the end of a sentence ("… PER SABATO 6 GIUGNO 2026"). */
// "nel"/"nella" belong to a place's name only before its capitalised word ("Montefalcone nel Sannio").
// A weekday before a date ("DOMENICA 5 LUGLIO 2026." ending a wrapped subject) is no place either.
// Nor is a session's heading ("CONSIGLIO COMUNALE DEL 05.03.2026"), nor a table's heading cell ("Popolazione 1/1/2026"). A weekday ends on its accent ("MARTEDÌ"): no \b after it.
const NOT_A_PLACE = /\b(?:per|con|che|il|la|lo|le|gli|dal|dalla|ai|alle|entro|data|ore|giorno|presidente|sindaco|consiglio|seduta|sessione|assemblea|comitato|conferenza|popolazione|residenti|abitanti|iscritti|utenti|situazione|saldo|totale|importo|stanziamento|rilevazione|censimento|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)(?![\p{L}\d])/iu;
/** A cited act's type before its date ("D.M. 26/09/2016", a table cell's wrapped line), not a place. */
const ACT_TYPE = /^(?:d\.\s?(?:m|i|l|lgs|p\.\s?r|p\.\s?c\.\s?m|g\.\s?r|d|c\.\s?r)\.?|l\.(?:\s?r\.)?|dm|dpcm|dpr|dgr|legge|decreto|circolare|nota)$/i;
const BARE_NEL = /\b[nN][eE][lL](?:[lL][aA])?\b(?!\s+\p{Lu})/u;
/**
 * An act's heading: "Decreto n. 827 del 04 luglio 2023", "Deliberazione n. 12 del 3/2/2024", "Verbale n. 4 del …", "VERBALE N.
 * 2/2026 DELLA SEDUTA DEL 19 FEBBRAIO 2026", "Rep. atti n. 9/CU del …", Trentino's "Determinazione n. 418 di data 26 ottobre 2026",
 * a platform's "RICEVUTA DI AVVENUTO CARICAMENTO N. 318/2026 DEL 05/10/2026".
 */
/**
 * A stamp's field label ("DATA 13/03/2024") is not a place; nor is a classification label, whose index
 * ("Classificazione 10.04.02") reads like a date with a two-digit year.
 */
// A bilingual stamp names its fields in both languages: "Eingang / Arrivo 05.12.2025", "Ausgang / Partenza".
const STAMP_LABEL = /^(?:data|del|in\s+data|prot(?:ocollo)?|n|nr|num|numero|registro|reg|class(?:ifica(?:zione)?)?|cl|titolario|tit|fascicolo|fasc|categoria|cat|pg|arrivo|partenza|ingresso|entrata|uscita|ricevut[oa]|registrat[oa]|pervenut[oa]|eingang|ausgang|datum|entrée|sortie|arrivée|départ)\.?$/i;
const ACT_HEADING = new RegExp(
  `\\b(?:decreto|deliberazione|delibera|determinazione|determina|ordinanza|provvedimento|verbale|ricevuta|(?:repertorio|rep\\.?)\\s+(?:degli\\s+)?atti|d\\.?\\s?g\\.?\\s?r\\.?|d\\.?\\s?d\\.?)\\b[^\\n]{0,60}?(?:\\bn(?:um\\.?|\\.|°|º|r\\.?)?\\s*(?:[IVXL]{1,5}\\s*\\/\\s*)?[A-Z]{0,3}\\d+|\\b[A-Z]{2,}[A-Z0-9]*\\/\\d+)[^\\n]{0,10}?(?:\\b(?:della\\s+|dell['’]\\s*)?(?:seduta|riunione|adunanza|incontro)\\b[^\\n\\d]{0,60}?)?(?:\\bdel|\\bdi\\s+data|\\bin\\s+data|\\bdd\\.)\\s*(?:${DATE_SOURCE})`,
  'i',
);
/**
 * The heading of a visa, an opinion or an attestation inside an act: "VISTO DI REGOLARITÀ CONTABILE", "ATTESTATO DI PUBBLICAZIONE",
 * "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000".
 */
const ATTESTATION = /^\s*(?:visto\s+(?:di\s+regolarit|contabile)|parere\s+(?:di\s+regolarit|favorevole|tecnico|contabile)|pareri\s+(?:ai\s+sensi|espressi|di\s+regolarit|favorevol|tecnic|contabil|preventiv)|attestat[oa]\s+di|certificat[oa]\s+di|relata\s+di|referto\s+di)/i;
const PUBLISHED = new RegExp(`\\b(?:pubblicat[oa]\\s+(?:il|in\\s+data)|data\\s+(?:di\\s+)?pubblicazione\\s*:?)\\s*(?:${DATE_SOURCE})`, 'i');

/**
 * The date of the letter: its place-and-date line, else the protocol date, else the date in the act's
 * heading, else a printed publication date.
 */
export function extractDocumentDate(lines: Line[], protocol: Found<{ date: string | null }> | null): Found<string> | null {
  // An act's visas, opinions and attestations of publication follow it, each dated on its own day: their
  // place-and-date lines date them, not the act, whose heading carries its date.
  const top = headOf(lines);
  const heading = actHeadingDate(top);
  // A visa, an opinion or a certificate issued as a sheet of its own is headed as one above its Oggetto: it is the
  // whole document, dated by its own line; the act it names in its heading dates that act, not the sheet.
  const sheet = top.head.some(isAttestationHeading);
  let attestations = false;
  let attested: Found<string> | null = null;
  const subject = subjectParagraph(lines);
  // "Lodi, data del protocollo", "Iseo, vedi segnatura": the letter is dated by its register, not by a dateline further on.
  if (protocol?.value.date && top.first.some((l) => l.segments.some((g) => datedByRegister(g.text)))) return { value: protocol.value.date, evidence: protocol.evidence };
  const copyStamp = copyStampLines(lines);
  for (const line of lines) {
    // A certified copy's stamp ("COPIA CONFORME ALL'ORIGINALE" / "per uso amministrativo" / "Piazza Brembana, 11/11/2026")
    // dates the copy, not the act.
    if (copyStamp.has(line)) continue;
    // A subject wrapped onto a line that ends with a date ("… del CCNL" / "Funzioni Locali 16.11.2022.") names a cited act's date.
    // (A dateline set beside the subject, in a cell of its own, is still read.)
    if (subject.has(line) && line.segments.length === 1) continue;
    // A certificate that is the whole document is dated by its own line: only what follows the act's heading is an annex of it.
    if (heading && !sheet && isAttestationHeading(line) && isAfter(line, heading.evidence)) attestations = true;
    for (const [k, seg] of line.segments.entries()) {
      // A form's field of birth ("Luogo e data di nascita | Celano (AQ), 14/06/1976") dates a person, not the document.
      if (k > 0 && BIRTH_LABEL.test(line.segments[k - 1].text)) continue;
      const dateline = withoutProtocolBefore(seg.text);
      const m = PLACE_AND_DATE.exec(dateline);
      if (m && PLACE.test(m.groups!.place) && namedElsewhere(m.groups!.place, line, lines) && !m.groups!.place.split(/\s*\/\s*/).some((part) => STAMP_LABEL.test(part)) && !NOT_A_PLACE.test(m.groups!.place) && !ACT_TYPE.test(m.groups!.place) && !BARE_NEL.test(m.groups!.place) && !PARTICLE_END.test(m.groups!.place)) {
        const iso = dateOf(shift(m, DATE_SOURCE, dateline), { reference: null }).iso;
        if (iso && !attestations) return { value: iso, evidence: evidenceOf(line, seg.text) };
        if (iso) attested ??= { value: iso, evidence: evidenceOf(line, seg.text) };
      }
    }
  }
  if (protocol?.value.date) return { value: protocol.value.date, evidence: protocol.evidence };
  return heading ?? openingDate(top) ?? attested ?? publicationDate(lines) ?? mailDate(top.first);
}

/** A certified copy's mark: "COPIA CONFORME ALL'ORIGINALE", "Per copia conforme all'originale, ad uso amministrativo". */
const COPY_MARK = /\bcopia\s+conforme\b/i;

/** The lines of a certified copy's stamp: its mark and the three lines under it, in its column. */
function copyStampLines(lines: Line[]): Set<Line> {
  const out = new Set<Line>();
  lines.forEach((line, i) => {
    if (!COPY_MARK.test(line.text)) return;
    out.add(line);
    for (const under of lines.slice(i + 1, i + 4)) if (under.page === line.page && Math.abs(under.x - line.x) < 20 && under.gapBefore < 1) out.add(under);
  });
  return out;
}

/**
 * A printed e-mail's "Data: venerdì 17 luglio 2026 23:41", when the message carries a letter with no date of its own: the
 * day it was sent. Only under a header that names its sender's address ("Da: … <…@…>").
 */
function mailDate(first: Line[]): Found<string> | null {
  const header = first.slice(0, 20);
  if (!header.some((l) => /^\s*da\s*:/i.test(l.text)) || !header.some((l) => l.text.includes('@'))) return null;
  for (const line of header) {
    const m = MAIL_DATE.exec(line.text);
    const iso = m ? dateOf(shift(m, DATE_SOURCE, line.text), { reference: null }).iso : null;
    if (iso) return { value: iso, evidence: evidenceOf(line) };
  }
  return null;
}
const MAIL_DATE = new RegExp(`^\\s*data\\s*:\\s*(?:\\p{L}+[,\\s]+)?(?:${DATE_SOURCE})`, 'iu');

/**
 * An attestation's heading starts its own line with a capital, short or in capitals; a sentence that
 * wraps onto a line beginning "parere favorevole di regolarità …" is no heading.
 */
function isAttestationHeading(line: Line): boolean {
  return ATTESTATION.test(line.text) && /^\s*\p{Lu}/u.test(line.text) && (line.text.length <= 60 || /^\s*[\p{Lu}\s'’:,.–-]{12,}/u.test(line.text));
}

function isAfter(line: Line, evidence: { page: number; line: number }): boolean {
  return line.page > evidence.page || (line.page === evidence.page && line.index > evidence.line);
}

/** The first page, its subject line's index (−1 when none) and the lines above it (its first eight when none). */
interface Head {
  first: Line[];
  subjectAt: number;
  head: Line[];
}

function headOf(lines: Line[]): Head {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const subjectAt = subjectLineIndex(first);
  return { first, subjectAt, head: first.slice(0, subjectAt >= 0 ? subjectAt : 8) };
}

/** The date in the act's own heading ("Deliberazione n. 58 del 12/06/2031"), or null. */
function actHeadingDate({ first, subjectAt, head }: Head): Found<string> | null {
  // The act's heading: the lines above its subject (or its first lines), which may wrap the number onto a second line.
  for (let i = 0; i < head.length; i++) {
    // A heading in a cell of its own wraps within its column ("DETERMINAZIONE … N. 1187 DEL | Proposta n. 1302 del 25/11/2026" /
    // "27/11/2026"): the cell and the one under it first, then the whole lines.
    const cell = head[i].segments.length > 1 ? head[i].segments[0] : null;
    const under = cell ? head[i + 1]?.segments.find((g) => Math.abs(g.x - cell.x) <= 6) : undefined;
    // Not a proposal's number and date under the act's ("DETERMINAZIONE … N. 2871 | del 06/11/2026" / "Proposta n. 3140 del …"):
    // the act's date is beside its number, on its own line.
    const inCell = cell && under && !/^\s*propost[ae]\b/i.test(under.text) ? `${cell.text} ${under.text}` : null;
    const text = inCell && ACT_HEADING.test(inCell) ? inCell : head[i].text + ' ' + (head[i + 1]?.text ?? '');
    const m = ACT_HEADING.exec(text);
    // Not the date of the proposal in the next cell ("… N. 1187 DEL | Proposta n. 1302 del 25/11/2026"); the act's register
    // there dates the act ("DETERMINAZIONE … N. 112 | REG. GEN. N. 1452 DEL 14/11/2031").
    if (m && m[0].includes('\t') && /\bpropost[ae]\b/i.test(m[0].slice(m[0].lastIndexOf('\t') + 1))) continue;
    // The act's own heading starts its line; "… il Decreto Legislativo n. 18 del …" mid-sentence is a citation. A register's
    // "Rep. atti n. … del …" heads an act only where no "Oggetto:" follows (a letter cites a contract's so).
    if (m && startsHeading(text, m) && !/legislativo|legge/i.test(m[0]) && !(subjectAt >= 0 && /^rep/i.test(m[0]))) {
      const iso = dateOf(shift(m, DATE_SOURCE, text), { reference: null }).iso;
      if (iso) return { value: iso, evidence: evidenceOf(head[i]) };
    }
  }
  // A heading set as a table beside the subject: "DETERMINAZIONE …" / "N. 132 DEL | OGGETTO: …" / "17/03/2026 | …".
  // Without a subject line found (an "OGGETTO:" in a cell beside the number), the first lines.
  const column = first.slice(0, (subjectAt >= 0 ? subjectAt : 8) + 3);
  for (let i = 0; i < column.length; i++) {
    const text = column.slice(i, i + 3).map((l) => l.segments[0]?.text ?? '').join(' ');
    const m = ACT_HEADING.exec(text);
    if (m && startsHeading(text, m) && !/legislativo|legge/i.test(m[0]) && !(subjectAt >= 0 && /^rep/i.test(m[0]))) {
      const iso = dateOf(shift(m, DATE_SOURCE, text), { reference: null }).iso;
      if (iso) return { value: iso, evidence: evidenceOf(column[i]) };
    }
  }
  // An act's heading set as a table: "DELIBERAZIONE DELLA GIUNTA COMUNALE" / "N. 87 | Data 14/10/2026", or an annex's
  // "ALLEGATO ALLA DETERMINAZIONE DIRIGENZIALE" / "Numero | …" / "Data | 12/10/2026" (not "Data pubblicazione").
  const tabled = tabledActDate(first.slice(0, Math.max(subjectAt, 14)));
  if (tabled) return tabled;
  for (const line of head) {
    const m = ADOPTION_FIELDS.exec(line.text);
    const iso = m ? dateOf(shift(m, DATE_SOURCE, line.text), { reference: null }).iso : null;
    if (iso) return { value: iso, evidence: evidenceOf(line) };
  }
  // A board's item headed by its session: "Senato Accademico – seduta del 21 aprile 2026 – Proposta di delibera – Punto 5.2".
  for (const line of head) {
    const m = SESSION_ITEM.exec(line.text);
    const iso = m ? dateOf(shift(m, DATE_SOURCE, line.text), { reference: null }).iso : null;
    if (iso) return { value: iso, evidence: evidenceOf(line) };
  }
  return null;
}

/** A call to a meeting in the formula's sentence or above it: "è convocata", "CONVOCA", "è indetta", "si riunirà", "si terrà". */
// The verb, not "a seguito di convocazione prot. n. …" that minutes recall; a heading's "AVVISO DI CONVOCAZIONE" calls.
const CALLS = /(?<![a-zà-ù])(?:convoca\b|convocat[aoie]\b|indett[aoie]|indice\b|si\s+riunir[àa]|si\s+terr|si\s+svolger|avr[àa]\s+luogo)/i;
const CALL_HEADING = /(?<![a-zà-ù])(?:convoca|convocazione)\b/i;
/** Minutes of a meeting held: "si è riunito", "si sono riuniti", "sono presenti", "convenuti", a convention's "tra:". */
const MINUTES = /(?<![a-zà-ù])(?:si\s+(?:è|sono)\s+riunit|(?:è|sono)\s+(?:stat[oaie]\s+)?riunit|si\s+è\s+tenut|(?:sono\s+)?presenti\b|convenut|tra\s*:)/i;
/**
 * The date of the act's opening formula, near the top of its first page: "L'anno duemilaventisei, il giorno quindici del mese
 * di ottobre, … si è riunito il Coordinamento …" (minutes, deliberations, conventions). The formula may wrap onto the next line.
 */
function openingDate({ first }: Head): Found<string> | null {
  const top = first.slice(0, 40);
  for (let i = 0; i < top.length; i++) {
    const text = `${top[i].text} ${top[i + 1]?.text ?? ''}`;
    const found = yearFirstDate(text);
    // Only a formula that opens its line and its sentence: "Si segnala che" / "l'anno 2030, il giorno 15 …" is prose.
    const prev = top[i - 1];
    const opens = !prev || isParagraphBreak(top[i], prev) || /[.:;]\s*$/.test(prev.text) || !/\p{Ll}/u.test(prev.text);
    if (!found || found.index > 2 || !opens) continue;
    // Minutes say the body met ("… si è riunito …", "sono presenti", "tra:"); a notice that calls a meeting ("è convocata",
    // "si riunirà", "è indetta", "CONVOCA" above it) dates the meeting, not itself.
    const sentence = [text, ...top.slice(i + 2, i + 5).map((l) => l.text)].join(' ').slice(found.index).split(/\.\s/)[0];
    const heading = top.slice(0, i).map((l) => l.text).join(' ');
    if (MINUTES.test(sentence) || !(CALLS.test(sentence) || CALL_HEADING.test(heading))) return { value: found.iso, evidence: evidenceOf(top[i]) };
  }
  return null;
}

/** A line that heads an act by its kind, or an annex by the act it belongs to. */
const KIND_HEADING = /^\s*(?:copia\s+(?:di\s+|della\s+|del\s+)?)?(?:allegato\s+(?:alla|al|all['’])\s*)?(?:(?:estratto\s+(?:del|dal)\s+)?verbale\s+(?:di|della|delle|dei)\s+)?(?:deliberazione|delibera|determinazione|determina|decreto|ordinanza|provvedimento)\b/i;
/** A cell that labels the act's date: "Data", "Data di adozione", "Data dell'atto" – not "Data pubblicazione". */
const DATE_LABEL = String.raw`^\s*data(?:\s+(?:di\s+)?adozione|\s+dell['’]atto)?\s*:?\s*`;
const DATE_CELL = new RegExp(`${DATE_LABEL}$`, 'i');
const DATE_IN_CELL = new RegExp(`${DATE_LABEL}(?:${DATE_SOURCE})`, 'i');

/**
 * The date in the table under an act's heading (see KIND_HEADING), within its next six lines, once the table has named
 * the act's number ("N. 87 | Data …", "Numero | …" then "Data | …"); a table about something else (a supplier's invoice,
 * an applicant's request: "Fornitore", "Fattura n.", "Richiedente") dates that, not the act. Null when none.
 */
function tabledActDate(head: Line[]): Found<string> | null {
  const at = head.findIndex((l) => KIND_HEADING.test(l.text));
  if (at < 0) return null;
  let numbered = false;
  for (const line of head.slice(at + 1, at + 7)) {
    const label = line.segments[0]?.text ?? '';
    if (ACT_NUMBER_CELL.test(label)) numbered = true;
    else if (!DATE_CELL.test(label) && !DATE_IN_CELL.test(label) && !ACT_FIELD_CELL.test(label)) return null;
    if (!numbered) continue;
    for (const [k, seg] of line.segments.entries()) {
      const text = DATE_CELL.test(seg.text) ? `Data ${line.segments[k + 1]?.text ?? ''}` : seg.text;
      const m = DATE_IN_CELL.exec(text);
      const iso = m ? dateOf(shift(m, DATE_SOURCE, text), { reference: null }).iso : null;
      if (iso) return { value: iso, evidence: evidenceOf(line) };
    }
  }
  return null;
}
/** The act's number in its heading table: "N. 87", "N° 87", "Numero", "Nr.". */
const ACT_NUMBER_CELL = /^\s*(?:n(?:\.|°|º|r\.?)\s*\d|numero\b|n\.?\s*$)/i;
/** Other cells of an act's heading table: its office, register and year, the session it was adopted in ("Sessione ordinaria - Seduta pubblica"). */
const ACT_FIELD_CELL = /^\s*(?:codice|struttura|registro|repertorio|anno|proposta|servizio|settore|area|ufficio|sessione|seduta|adunanza|data\s+(?:pubblicazione|esecutivit|di\s+pubblicazione))/i;

/** The session a board's proposal of deliberation is for, in its heading: "… – seduta del 21 aprile 2026 – Proposta di delibera". */
// Also an extract of the minutes: "Seduta del 14 marzo 2031 – Deliberazione n. 40".
/** An act's register fields as a Region prints them over its decrees: "Numero adozione: 19872 - Data adozione: 15/09/2026". */
const ADOPTION_FIELDS = new RegExp(`\\bnumero\\s+(?:di\\s+)?adozione\\s*:?\\s*\\d+\\s*[-–—,;|]?\\s*data\\s+(?:di\\s+)?adozione\\s*:?\\s*(?:${DATE_SOURCE})`, 'i');
const SESSION_ITEM = new RegExp(`\\bseduta\\s+del\\s+(?:${DATE_SOURCE})(?=[^\\n]{0,30}\\b(?:proposta\\s+di\\s+delibera|delibera(?:zione)?\\s+n))`, 'i');

/** The particles of a few towns' names ("Bagno a Ripoli", "Reggio nell'Emilia") that a table's heading has too ("Residenti a …"). */
const RARE_PARTICLE = /\s(?:(?:al|allo|alla|a|delle|dei|degli|dello)\s+|(?:nell|all|dell|sull|de)['’]\s*)\p{L}/iu;

/** A place named with such a particle must be named again elsewhere (the letterhead, an address): else it is a heading. */
function namedElsewhere(place: string, at: Line, lines: Line[]): boolean {
  if (!RARE_PARTICLE.test(place)) return true;
  const name = place.toLocaleLowerCase('it');
  return lines.some((l) => l !== at && l.text.toLocaleLowerCase('it').includes(name));
}

/** The lines of the first page's subject: its "Oggetto:" line and those that continue it, up to a blank line. */
function subjectParagraph(lines: Line[]): Set<Line> {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const at = subjectLineIndex(first);
  const out = new Set<Line>();
  if (at < 0) return out;
  out.add(first[at]);
  for (let i = at + 1; i < first.length && i < at + 8 && !isParagraphBreak(first[i], first[i - 1]); i++) out.add(first[i]);
  return out;
}

/** A printed date of publication ("pubblicato il …"), or null. */
function publicationDate(lines: Line[]): Found<string> | null {
  for (const line of lines) {
    const m = PUBLISHED.exec(line.text);
    if (m) {
      const iso = dateOf(shift(m, DATE_SOURCE, line.text), { reference: null }).iso;
      if (iso) return { value: iso, evidence: evidenceOf(line) };
    }
  }
  return null;
}

/**
 * The act's own heading starts its line, after at most a capitalised title ("VERBALE DI") or an annex's
 * "Allegato alla"; mid-sentence it is a citation.
 */
const RUNNING_HEAD_BODY = /^\s*\p{Lu}[\p{L}'’.]*(?:\s+(?:\p{Lu}[\p{L}'’.]*|di|del|della|dei|delle|dello))*\s*[–—-]\s*$/u;
function startsHeading(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(0, m.index);
  // "Allegato alla Determinazione n. G07731 del …": a sheet annexed to an act is headed, and dated, by it.
  // A running header names its body first: "Regione Toscana – Decreto n. 1842 del 27-01-2027 – Allegati: 1".
  return before.trim().length <= 2 || /^[\p{Lu}\s'’.–-]+$/u.test(before) || RUNNING_HEAD_BODY.test(before) || /^\s*allegato(?:\s+[A-Z0-9]{1,2})?\s*[-–:]?\s*(?:alla|al|all['’])\s*$/i.test(before);
}

/** Re-runs the bare date pattern over a match so its groups are the date's own. */
function shift(m: RegExpExecArray, source: string, text: string): RegExpExecArray {
  const re = new RegExp(source, 'gi');
  let last: RegExpExecArray | null = null;
  const end = m.index + m[0].length;
  re.lastIndex = m.index;
  for (let d = re.exec(text); d && d.index < end; d = re.exec(text)) last = d;
  return last ?? m;
}

/** "Prot. n. 4410 – Roma, 12 ottobre 2026" → "Roma, 12 ottobre 2026": a protocol set before a dateline that opens with a capital. */
function withoutProtocolBefore(text: string): string {
  const m = PROTOCOL_BEFORE.exec(text);
  return m && startsCapital(text, m[0].length) ? text.slice(m[0].length) : text;
}

/** "Lodi, data del protocollo": a dateline that dates by the register; a place before it opens with a capital. */
function datedByRegister(text: string): boolean {
  const m = DATED_BY_REGISTER.exec(text);
  return !!m && (!m.groups!.place || startsCapital(m.groups!.place));
}
