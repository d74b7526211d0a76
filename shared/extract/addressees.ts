import type { Line, Segment } from '../read/page-text.ts';
import { evidenceOf, fold, type Found } from './source-text.ts';
import { GREETING_LINE, isMailHeaderSubject, isParagraphBreak, letterSubjectIndex, MAIL_HEADER_FIELD, subjectAfterAddressingPage, PLACE_DATE_LINE, textSize } from './layout-rules.ts';

/**
 * An addressee block opens with the article-preposition Italian letters use: "Al", "Alla", "Agli", "All'"…,
 * or with "A tutti i / A tutte le", which addresses a whole class ("A tutti i Sig.ri Dirigenti Scolastici").
 */
const OPENER = /^\s*(?:e\s+)?(?:a\s+tutt[ie]\s+(?:i|gli|le)|alla|allo|alle|all['’]|agli|ai|al)/i;

/** "Al/Alla/Ai…" as a word ("Alla Regione", "All’ANCI"), not the start of one ("Allegati"). */
function opensBlock(text: string): boolean {
  const m = OPENER.exec(text);
  // Tested apart, without the i flag: under it \p{Lu} would match lower-case letters too.
  if (m === null || !/^\s*\p{Lu}/u.test(text)) return false;
  const rest = text.slice(m[0].length);
  // "AllaRegione" glued is a block; in capitals, "ALLEGATO", "ALBO", "ALTRO" are words of their own.
  return /^(?:$|[\s'’])/u.test(rest) || /['’]$/.test(m[0]) || (/^\p{Lu}/u.test(rest) && /\p{Ll}/u.test(m[0]));
}
// "p.c." as a mark of its own, not the start of a word ("PCM – Dipartimento…").
const CC_MARK = /^\s*(?:e\s*[,.]?\s*)?(?:p\.?\s?c\.?(?![A-Za-zÀ-ÿ])|per\s+(?:opportuna\s+)?conoscenza|per\s+notizia)\s*[,.:;]?\s*/i;
const TRAILER = /^\s*(?:loro\s+(?:sedi|sede|pec|indirizzi(?:\s+pec)?)|(?:presso\s+(?:le\s+)?)?(?:propri[ae]\s+)?sed[ei]|sede|sedi|(?:indirizzi\s+)?pec|e-?mail)\s*[.,;:]?\s*$/i;
/**
 * A line that files the letter rather than addresses it: "Atti – Albo on line – Sito web", "Agli atti", "Al sito web",
 * "Amministrazione trasparente". It ends the block above it; LABELS.md keeps it only when it opens with "Al…" itself.
 */
const FILING_ITEM = String.raw`(?:atti|albo(?:\s+(?:on[\s-]?line|pretorio))?|sito(?:\s+(?:web|internet|istituzionale))?|amministrazione\s+trasparente|registro\s+elettronico|bacheca)`;
// Two items or more ('Atti – Albo – Sito web'), or the files alone ('Atti', 'Agli atti'): one item ('Albo Pretorio',
// 'Sito istituzionale') may end a block's wrapped line ('Al Messo per la pubblicazione all'' / 'Albo Pretorio').
const FILING_LINE = new RegExp(String.raw`^\s*(?:(?:agli\s+)?atti|${FILING_ITEM}(?:\s*[–—,;/-]\s*${FILING_ITEM})+)\s*[.;,]?\s*$`, 'i');
const EMAIL_LINE = /^\s*(?:(?:pec|e-?mail|posta\s+certificata)\s*[:.]?\s*)?[^\s@]+@[^\s@]+\s*$/i;
const EMAIL = /\s*(?:(?:pec|e-?mail)\s*:?\s*)?[^\s@]+@[^\s@]+\.[a-z]{2,}/gi;

/** The letter's own particulars, set beside the addressees: "Allegati n. 1", "Circolare n. 52", "Classifica…". */
const LETTER_DATA = /^\s*(?:allegat[io]|circolare|messaggio|prot(?:ocollo)?|oggetto|classifica|class\.|fascicolo|rif(?:erimento)?\.?|n\.)\b/i;
/** A gap this wide (in font sizes) after the copies ends them: what follows is a heading, not a copy. */
const CC_LIST_END = 1.5;

export interface Addressees {
  recipients: Found<string>[];
  cc: Found<string>[];
}

/**
 * Reads the addressing part of a letter (above the subject, or the indented block of page 1 when
 * there is no subject): each block that opens with "Al/Alla/Ai/Agli…" is one recipient; the blocks
 * after "e p.c." / "per conoscenza" are copies. The left and right halves of the page are read as
 * two columns: recipients often stand on the left with the copies, or the letterhead, on the right. An act
 * addressed nowhere above its subject may list its addressees at its end (see transmissionList), in its main document
 * (pages up to `mainEnd`).
 */
export function extractAddressees(lines: Line[], pageWidth: number, mainEnd = Infinity): Addressees {
  const firstPage = lines.filter((l) => l.page === lines[0]?.page);
  const subjectAt = letterSubjectIndex(firstPage);
  const split = pageWidth * 0.35;
  // A printed e-mail with no letter of its own under its header ("Oggetto:" the message's only one) names its addressees at the
  // top of the message's body, under the header: "Ai Responsabili dei Servizi Sociali …" / "Gentilissimi,".
  const messageBody = isMailHeaderSubject(firstPage, subjectAt) ? openingOfMessage(firstPage, subjectAt) : [];
  // Addressees that fill the first page go on above the subject on the next: both pages' lines up to it, the first's in the
  // type of its text (not a segnatura in the margin, not the footer).
  const overPage = subjectAt < 0 ? subjectAfterAddressingPage(lines) : null;
  const region = openersJoined(
    overPage
      ? [...inBodyType(firstPage), ...lines.filter((l) => l.page === overPage.page).slice(0, overPage.index)]
      : subjectAt >= 0
        ? [...firstPage.slice(0, subjectAt), ...messageBody]
        : untilBody(firstPage.slice(0, 30), split, pageWidth),
  );
  const left = (s: Segment) => s.x < split;
  const right = (s: Segment) => s.x >= split;
  const out: Addressees = { recipients: [], cc: [] };
  // Without a subject line only the indented right-hand block is an address (a notice's body is not).
  for (const inColumn of subjectAt >= 0 || overPage ? [left, right] : [right]) readColumn(region, inColumn, out);
  // A letter with no subject line addresses its readers on the line above its greeting, at the margin: "Alle cittadine e ai
  // cittadini di …" / "Care concittadine, cari concittadini,".
  if (subjectAt < 0 && !out.recipients.length && !out.cc.length) readColumn(addressedAboveGreeting(firstPage.slice(0, 30)), () => true, out);
  // An act addressed nowhere above its subject lists whom it goes to at its end: "DISPONE … sia trasmessa:" / "Al Comando …".
  if (!out.recipients.length && !out.cc.length) readColumn(transmissionList(lines.filter((l) => l.page <= mainEnd)), () => true, out);
  // Copies may be listed at the letter's foot, under its signature: "e p.c." / "Al Sindaco" / "All'Assessore …".
  else if (!out.cc.length && subjectAt >= 0) readColumn(footCopies(lines.filter((l) => l.page <= mainEnd && (l.page > firstPage[subjectAt].page || l.index > firstPage[subjectAt].index))), () => true, out);
  return { recipients: distinct(out.recipients), cc: distinct(out.cc) };
}

/** The lines set in the page's most common type size or larger: its text, not a stamp's, a margin's or a footer's small print. */
function inBodyType(lines: Line[]): Line[] {
  const body = textSize(lines);
  return lines.filter((l) => l.size >= body * 0.9);
}

/**
 * The lines that open a printed message's body, under its header's "Oggetto:" (and its wrapped lines and "Allegati:"), when the
 * first of them opens an addressee block: up to the first line that is not part of one (a greeting, the text).
 */
function openingOfMessage(lines: Line[], subjectAt: number): Line[] {
  let at = subjectAt + 1;
  while (at < Math.min(lines.length, subjectAt + 5) && (MAIL_HEADER_FIELD.test(lines[at].text) || (lines[at].gapBefore < 0.6 && !opensBlock(lines[at].text)))) at++;
  // A PEC provider's notice of the envelope ("Messaggio di posta certificata" / "Il giorno … il messaggio … è stato inviato da …"
  // / "Identificativo messaggio: …") and the register's line ("Prot. n. … del …") come before the message's own text.
  if (PEC_NOTICE.test(lines[at]?.text ?? '')) {
    const end = lines.slice(at, at + 10).findLastIndex((l) => PEC_NOTICE_END.test(l.text));
    if (end >= 0) at += end + 1;
    // The identifier may wrap onto a line of its own: "opec21077.20260410105812.03311.421.1.52@pec.aruba.it".
    while (at < lines.length && /^\s*\S+@\S+\s*$/.test(lines[at].text)) at++;
  }
  while (at < lines.length && REGISTER_LINE.test(lines[at].text)) at++;
  // "Alla cortese attenzione dell'Ufficio Bandi," greets the reader: a salutation ends on its comma.
  if (!opensBlock(lines[at]?.text ?? '') || NOT_ADDRESSEE.test(lines[at].text) || /,\s*$/.test(lines[at].text)) return [];
  const out: Line[] = [];
  for (const line of lines.slice(at, at + 8)) {
    if (SALUTATION_LINE.test(line.text) || (/[.:;]\s*$/.test(line.text) && !opensBlock(line.text))) break;
    out.push(line);
  }
  return out;
}
const PEC_NOTICE = /^\s*messaggio\s+di\s+posta\s+certificata\b/i;
const PEC_NOTICE_END = /identificativo\s+(?:del\s+)?messaggio\s*:|messaggio\s+originale\s+[èe]\s+incluso/i;
const REGISTER_LINE = /^\s*prot(?:ocollo)?\.?\s*(?:n(?:r|um)?\.?|gen(?:erale)?\.?)\s*[:°]?\s*\d/i;
const SALUTATION_LINE = /^\s*(?:gentil|egreg|car[oaie]\b|buongiorno|buonasera|spettabil|si\s)/i;

/**
 * The lines right above a letter's first greeting that name its readers: blocks that open with an addressee's preposition and
 * a person, a class of people or a body ("Alle cittadine e ai cittadini …", "Al Presidente della Regione …"), not a motto or a
 * title ("Al servizio della comunità", "Alla scoperta del territorio").
 */
function addressedAboveGreeting(lines: Line[]): Line[] {
  const greeting = lines.findIndex((l) => GREETING_LINE.test(l.text));
  let top = -1;
  // Up from the greeting: the blocks that name readers, stacked with no gap between them (a wrapped line goes on from the one
  // above), the lowest one set apart from the greeting or not.
  for (let i = greeting - 1; i >= Math.max(0, greeting - 6); i--) {
    if (READERS.test(lines[i].text)) top = i;
    else if (top >= 0) break;
    if (lines[i].gapBefore >= 0.6) break;
  }
  return top >= 0 ? lines.slice(top, greeting) : [];
}
/** An addressee's preposition, then whom it names: people by their role or kind, or a body. */
const READERS = /^\s*(?:(?:al|alla|alle|allo|ai|agli)\s+|all['’]\s*)(?:(?:gentil|egreg|car|spett)\p{L}*\.?\s+|sig\p{L}*\.?\s+|tutt[eiao]\s+(?:i|le|gli)\s+|(?:e\s+)?(?:ai|alle)\s+)*(?:cittadin|concittadin|famigli|genitor|resident|student|alunn|utent|soci\b|associat|volontar|sindac|president|assessor|consiglier|dirigent|direttor|responsabil|coordinat|referent|component|operator|dipendent|personale|docent|comun[ei]\b|region|provinc|minister|prefett|uffic|ent[ei]\b|ambit|distrett|aziend|asl\b|dott|prof|sig|on\.)/iu;

/** An addressee's preposition alone in its cell: "Ai", "Alla", "Spett.le". */
const LONE_OPENER = /^\s*(?:alla|allo|alle|all['’]|agli|ai|al|spett\.?(?:le|li)?)\s*$/i;

/**
 * Addressees laid out as a table, the preposition in a cell of its own ("Ai" | "Dirigenti Scolastici degli Istituti …"): the
 * preposition is put before its addressee, in the addressee's cell, where the block's wrapped lines stand.
 */
function openersJoined(lines: Line[]): Line[] {
  return lines.map((line, i) => {
    const [first, second, ...rest] = line.segments;
    // Not on a scan: OCR reads a stamp's or a logo's specks as short words ("Agli") beside the real block.
    if (!second || line.ocr || !LONE_OPENER.test(first.text)) return line;
    // Not a date or the letter's number set beside a block that goes on under the preposition ("Alla | Valdora, 12 marzo …").
    if (/\d/.test(second.text) || LETTER_DATA.test(second.text)) return line;
    const next = lines[i + 1];
    if (next && next.gapBefore < 0.6 && next.segments.some((g) => Math.abs(g.x - first.x) <= 6 && !LONE_OPENER.test(g.text))) return line;
    const joined = { x: second.x, end: second.end, text: `${first.text.trim()} ${second.text.trim()}` };
    return { ...line, x: second.x, segments: [joined, ...rest], text: [joined, ...rest].map((g) => g.text).join('\t') };
  });
}

/**
 * The line that opens an act's list of addressees, in the act's own voice: "che la presente ordinanza sia … trasmessa:",
 * "è trasmessa a:", "venga notificata a:", "sarà comunicato:". Not a report ("è stata inviata:") nor where to send
 * ("dovranno essere inviate:").
 */
const TRANSMITTED_TO = /(?<![\p{L}])(?:sia|siano|venga|vengano|sarà|saranno|(?:è|sono)(?!\s+stat))\s+(?:[^.;:]{0,80}?\s)?(?:trasmess|notificat|comunicat)[oaie](?![\p{L}])[^.;:]{0,40}:\s*$/iu;
/** "Ai sensi", "Alle ore", "Al fine": words that open a sentence, not an addressee. */
const NOT_ADDRESSEE = /^\s*(?:ai\s+sensi|al\s+fine|alla\s+luce|al\s+riguardo|alle\s+ore|al\s+termine|alla\s+data|al\s+momento|all['’]esito|alla\s+scadenza)\b/i;

/**
 * The addressee lines under an act's "… sia trasmessa:" (each opening with "Al/Alla/Ai…", "e p.c." and its
 * copies), up to the first line that is none of these: a signature, the next paragraph. Empty when the act has
 * no such list, or when what follows the colon does not open with an addressee ("… trasmessa: ai sensi …").
 * `lines` are the main document's: a list in a forwarded act is that act's.
 */
function transmissionList(lines: Line[]): Line[] {
  const at = lines.findIndex((l) => TRANSMITTED_TO.test(l.text));
  const addressee = (text: string) => opensBlock(text) && !NOT_ADDRESSEE.test(text);
  if (at < 0 || !addressee(lines[at + 1]?.text ?? '')) return [];
  const list: Line[] = [];
  // One addressee a line, as such lists are set: a line that opens none (a signature, the next point) ends the list.
  for (const line of lines.slice(at + 1)) {
    const text = line.text;
    if (!(addressee(text) || CC_MARK.test(text) || TRAILER.test(text) || EMAIL_LINE.test(text))) break;
    list.push(line);
  }
  return list;
}

/** "e p.c." alone on its line, the copies under it. */
const CC_ALONE = /^\s*(?:e\s*[,.]?\s*)?(?:p\.?\s?c\.?|per\s+(?:opportuna\s+)?conoscenza)\s*[,.:;]?\s*$/i;

/**
 * The copies listed at the end of a letter's body, below its signature: the last "e p.c." alone on its line and the lines
 * after it that each open an addressee ("Al Sindaco", "All'Assessore …"), up to the first that does not. Empty unless every
 * line after the mark, to the end of the main document, is such a line or a trailer ("SEDE").
 */
function footCopies(lines: Line[]): Line[] {
  const at = lines.findLastIndex((l) => CC_ALONE.test(l.text));
  if (at < 0) return [];
  const after = lines.slice(at + 1);
  const addressee = (text: string) => opensBlock(text) && !NOT_ADDRESSEE.test(text);
  if (!after.length || !after.every((l) => addressee(l.text) || TRAILER.test(l.text))) return [];
  return lines.slice(at);
}

/**
 * Without a subject, the addressing ends where the body begins: the first line after an addressee block
 * that runs from the left margin across the page ("Il Presidente del Consiglio, ai sensi dell'art. …"),
 * so a signature set in the right column below is not read as a copy.
 */
function untilBody(lines: Line[], split: number, pageWidth: number): Line[] {
  // After the last line that opens a block or marks the copies: a line across the page between them is a note.
  const opened = lines.findLastIndex((l) => l.segments.some((s) => s.x >= split && (opensBlock(s.text) || CC_MARK.test(s.text))));
  if (opened < 0) return lines;
  const body = lines.findIndex((l, i) => i > opened && l.segments.some((s) => s.x < split && s.end > pageWidth * 0.7));
  return body < 0 ? lines : lines.slice(0, body);
}

/** One column's addressee blocks, line by line; a line with nothing in this column is passed over. */
function readColumn(region: Line[], inColumn: (s: Segment) => boolean, out: Addressees): void {
  let inCc = false;
  let block: { lines: string[]; first: Line; x: number; end: number } | null = null;
  const close = () => {
    if (block) {
      const value = fold(block.lines.join(' ').replace(EMAIL, ' ')).replace(/[\s,;]+$/, '');
      // A block that is only its preposition ("Agli", a word OCR kept from a stamp) names no one.
      const names = value.replace(/^(?:all['’]|al|allo|alla|ai|agli|alle)\b\s*/i, '').trim();
      // Two addressees on one line, split by a semicolon ("Alla Prefettura di …; Alla Questura di …"), are two blocks.
      // Only where the next opens as an addressee does, with its capital ("…; al Sig. …" is one block's list of heirs).
      const parts = names.length > 1 ? value.split(/;\s*(?=(?:All['’]|Al|Allo|Alla|Ai|Agli|Alle)\s)/) : [];
      for (const part of parts) (inCc ? out.cc : out.recipients).push({ value: part, evidence: evidenceOf(block.first, part) });
    }
    block = null;
  };
  let prev: Line | undefined;
  // "e p.c." on a line of its own in the other column, left, over copies set in two columns ("Al Segretario Generale …   Al
  // Capo di Gabinetto …") or in the right-hand column alone, where the addressees stand: this column's copies start at its
  // row. By place, not by reading order: a page whose columns are read one after the other puts the mark before the whole
  // right-hand column, addressees above it included.
  const marks = region.filter((l) => !l.segments.some(inColumn) && l.segments.length === 1 && CC_MARK.exec(l.text)?.[0].length === l.text.trim().length);
  const markedAbove = (line: Line, x: number) => marks.some((m) => m.segments[0].x < x && (line.page > m.page || (line.page === m.page && line.y <= m.y + 1)));
  for (const line of region) {
    const segs = line.segments.filter(inColumn);
    if (!segs.length) continue;
    if (!inCc && markedAbove(line, segs[0].x)) {
      close();
      inCc = true;
    }
    const text = segs.map((s) => s.text).join(' ');
    const x = segs[0].x;
    const end = segs[segs.length - 1].end;
    // "e p.c." in a cell of its own in the other column, to the left of this one's block: the copies start here.
    const markBeside = line.segments.some((o) => !inColumn(o) && o.x < x && CC_MARK.exec(o.text)?.[0].length === o.text.length);
    if (markBeside && !inCc) {
      close();
      inCc = true;
    }
    const cc0 = CC_MARK.exec(text);
    if (cc0) {
      close();
      inCc = true;
      const rest = text.slice(cc0[0].length).trim();
      // "e p.c." in a cell of its own: the copy's block starts at the next cell, and aligns with its lines.
      const ownCell = segs.length > 1 && CC_MARK.exec(segs[0].text)?.[0].length === segs[0].text.length;
      if (rest) block = { lines: [rest], first: line, x: ownCell ? segs[1].x : x, end };
      prev = line;
      continue;
    }
    if (TRAILER.test(text) || EMAIL_LINE.test(text) || FILING_LINE.test(text)) {
      close();
      prev = line;
      continue;
    }
    const opens = opensBlock(text);
    // A block's lines share their left edge, or, set flush right, their right edge.
    const aligned = block !== null && (Math.abs(x - block.x) < 30 || Math.abs(end - block.end) < 6);
    const continues = aligned && !isParagraphBreak(line, prev);
    if (opens) {
      close();
      block = { lines: [text], first: line, x, end };
    } else if (continues && block) {
      block.lines.push(text);
    } else if (inCc && !block && text.length < 90 && line.gapBefore < CC_LIST_END && !LETTER_DATA.test(text) && !PLACE_DATE_LINE.test(text)) {
      // (Not the letter's place and date set under its copies: "Sora, 26 ottobre 2026".)
      // Copies need not open with "Al…" ("ANCI – Dipartimento welfare").
      block = { lines: [text], first: line, x, end };
    } else {
      close();
    }
    prev = line;
  }
  close();
}

function distinct<T>(items: Found<T>[]): Found<T>[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = String(i.value).toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
