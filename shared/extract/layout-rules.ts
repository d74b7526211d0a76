import type { Line } from '../read/page-text.ts';

/** Extra vertical space (in font sizes, beyond ordinary line spacing) that reads as a blank line. */
export const PARAGRAPH_GAP = 0.35;
/** Space that separates one signature block from the next one below it. */
export const BLOCK_GAP = 1.2;

/** "Oggetto:" opening a line (not "ad oggetto" inside a sentence, nor a heading such as "OGGETTO DELL'APPALTO"). */
export const SUBJECT_LABEL = /^\s*oggetto\s*[:\-–.]\s*/i;
/** A line or cell that opens an addressee block: "Al Comune di …", "Ai Sindaci …", "All'ATS …". */
export const ADDRESSEE_OPENING = /^\s*(?:(?:al|alla|alle|allo|ai|agli)\s+|all['’]\s*)\p{L}/iu;

/** A page or a part headed as an annex ("ALLEGATO – SCHEDA DI CENSIMENTO", "Allegato A"): a document of its own, filled in or not. */
export const ANNEX_LABEL = /^\s*(?:ALLEGATO|Allegato\s+(?:[A-Z]|\d+|n\.\s*\d+))\b(?!\s*:)(?!\s+(?:alla|al|della|del)\b)/;

/** A greeting on a line of its own, ended by its comma: "Gentile Assessore,", "Care concittadine, cari concittadini,". */
// Itself abbreviated ("Gent.ma", "Egr."), and a title or an initial with its dot may follow: "Gentile dott.ssa Rebaudo,", "Egregio
// Sig. Rossi,", "Gentile Dott.ssa M. Ferri,".
export const GREETING_LINE = /^\s*(?:(?:gentil(?:e|i|issim[oaie])|egregi[oae]?|car[oaie]|illustr[ei]|spettabil[ei])\b|(?:gent\.(?:m[oaie]|ssim[oa])?|egr\.|spett\.(?:le)?)(?!\p{L}))(?:[^.;:]|\.(?<=(?<![a-zà-ù])(?:dott|dr|sig|sigg|prof|avv|ing|arch|geom|rag|on|sen|[a-zà-ù])\.)){0,80},\s*$/iu;

/** A place and date alone on a line, as a letter or an act is dated: "Sora, 26 ottobre 2026", "Borgo lì 03/11/2031". */
export const PLACE_DATE_LINE = /^\s*\p{Lu}[\p{L}'’ -]{1,40},?\s+(?:l[iì],?\s+|add[iì],?\s+)?\d{1,2}(?:°|º)?[\s/.-]+(?:\d{1,2}|\p{L}+)[\s/.-]+\d{2,4}\s*$/u;

/** The type size most of the lines are set in (rounded to the point): the text's, not a stamp's, a heading's or a footer's. */
export function textSize(lines: Line[]): number {
  const count = new Map<number, number>();
  for (const l of lines) count.set(Math.round(l.size), (count.get(Math.round(l.size)) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** The line holding the subject label: where the addressing part of a letter ends. */
export function subjectLineIndex(lines: Line[]): number {
  // Or a cell of its own beside the act's number: "N. 62 DEL 14/09/2026 | OGGETTO: AFFIDAMENTO …".
  return lines.findIndex((l) => SUBJECT_LABEL.test(l.text) || l.segments.slice(1).some((s) => SUBJECT_LABEL.test(s.text)));
}

/**
 * Where a letter whose addressees fill its first page states its subject: on the next page, within its first lines, after the
 * rest of them (a ministry's reminder to twenty Ambiti, their blocks in two columns). The first page holds no "Oggetto:" and
 * three addressee blocks or more. Returns the subject line's page and its index among that page's lines, else null.
 */
export function subjectAfterAddressingPage(lines: Line[]): { page: number; index: number } | null {
  const first = lines[0]?.page;
  const firstPage = lines.filter((l) => l.page === first);
  if (letterSubjectIndex(firstPage) >= 0) return null;
  const segments = firstPage.flatMap((l) => l.segments);
  const openers = segments.filter((s) => ADDRESSEE_OPENING.test(s.text));
  if (openers.length < 3) return null;
  // A list inside a sentence ("Le presenti indicazioni sono rivolte:" / "Ai Comuni capofila …;") names whom a text is for, not
  // its addressees.
  const introduced = firstPage.findIndex((l) => l.segments.includes(openers[0]));
  if (introduced > 0 && /:\s*$/.test(firstPage[introduced - 1].text) && firstPage[introduced - 1].text.split(/\s+/).length >= 4) return null;
  // A page of prose (a notice, minutes) is no page of addressees: lines of sentences across the page, above its foot, end it ("Ai sensi della deliberazione …", "Alle ore 15:00 del giorno …"). One such line may be a note on
  // how the letter is sent; an addressee's long line stands in its column.
  const width = Math.max(1, ...firstPage.flatMap((l) => l.segments.map((g) => g.end)));
  const bottom = Math.min(...firstPage.map((l) => l.y));
  const top = Math.max(...firstPage.map((l) => l.y));
  const prose = firstPage.filter((l) => l.segments.length === 1 && l.x < width * 0.3 && l.segments[0].end - l.x > width * 0.6 && l.y > bottom + (top - bottom) * 0.08 && !l.text.includes('@') && l.text.split(/\s+/).length >= 12);
  if (prose.length >= 2) return null;
  const next = lines.filter((l) => l.page === (first ?? 0) + 1);
  const at = subjectLineIndex(next);
  return at >= 0 && at <= 10 ? { page: next[at].page, index: at } : null;
}

/** A field of a printed e-mail's header: "Da:", "A:", "Cc:", "Data:", "Inviato:" (and, under its subject, "Allegati:"). */
export const MAIL_HEADER_FIELD = /^\s*(da|a|cc|ccn|data|inviato|mittente|destinatari|allegat[io])\s*:/i;

/**
 * The line of the letter's own subject: past a printed e-mail's header, whose "Oggetto:" is the message's (the letter, its
 * addressees and its own "Oggetto:" follow it in the body). Else as subjectLineIndex.
 */
export function letterSubjectIndex(lines: Line[]): number {
  const at = subjectLineIndex(lines);
  if (!isMailHeaderSubject(lines, at)) return at;
  // The next "Oggetto:" is the letter printed under the message, unless it heads a message forwarded in it ("-------- Messaggio
  // originale --------" / "Oggetto: …" / "Data: …" / "Da: …").
  const next = lines.findIndex((l, i) => i > at && SUBJECT_LABEL.test(l.text) && !isForwardedHeaderSubject(lines, i));
  return next >= 0 ? next : at;
}

/** A forwarded message's separator: "-------- Messaggio originale --------", "---------- Messaggio inoltrato ----------". */
const FORWARD_SEPARATOR = /messaggio\s+(?:originale|inoltrato)|original\s+message|forwarded\s+message/i;

/**
 * Whether the "Oggetto:" at `i` is a field of a forwarded message's header: right under its separator or its other fields
 * ("-------- Messaggio originale --------" / "Da: …" / "Data: …" / "A: …" / "Oggetto: …"), or over them.
 */
function isForwardedHeaderSubject(lines: Line[], i: number): boolean {
  let above = 0;
  let address = false;
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const text = lines[k].text;
    if (FORWARD_SEPARATOR.test(text)) return true;
    if (MAIL_HEADER_FIELD.test(text)) above++, (address ||= text.includes('@'));
    // An addressee list wrapped onto the next line: addresses, no prose.
    else if (!(text.includes('@') && !/\s\p{Ll}{4,}\s/u.test(text))) break;
  }
  const below = lines.slice(i + 1, i + 6).filter((l) => MAIL_HEADER_FIELD.test(l.text));
  // A memo's own fields ("Da: Settore Servizi Sociali" / "Data: …" / "Oggetto: …") name no address.
  return (above >= 2 && address) || (below.length >= 2 && below.some((l) => l.text.includes('@')));
}

/**
 * Whether the "Oggetto:" at `at` is a printed e-mail's, under its header. A header has its sender and one more field at
 * least ("Da:" / "Data:" / "A:"), and names addresses ("Da: … <x@pec.y.it>"): a memo's "Da: Settore Finanziario" or a
 * letter's "Mittente: Ufficio Tributi" / "Data: …" is the letter's own. Its "A:" may wrap over a few lines of addresses.
 */
export function isMailHeaderSubject(lines: Line[], at: number): boolean {
  const header = lines.slice(Math.max(0, at - 14), at);
  const fields = header.map((l) => MAIL_HEADER_FIELD.exec(l.text)?.[1]?.toLowerCase()).filter(Boolean);
  return at >= 0 && fields.some((f) => f === 'da' || f === 'mittente') && new Set(fields).size >= 2 && header.some((l) => l.text.includes('@'));
}

/** The separator on a line of its own ("-------- Messaggio originale --------"), not a sentence ("Il messaggio originale è incluso"). */
const SEPARATOR_LINE = new RegExp(String.raw`^\s*[-–—_=*>\s]*(?:${FORWARD_SEPARATOR.source})[-–—_=*:\s]*$`, 'i');

/**
 * Where a printed e-mail quotes the message it answers or forwards ("-------- Messaggio originale --------" under the reply's own
 * text and signature): the message quoted is another document, as a note forwarded in a bundle is. Only in a printed e-mail (its
 * header's "Da:" … "Oggetto:" on page 1) whose own message has text above the separator. Returns the separator's line, else null.
 */
export function quotedMessageStart(lines: Line[]): Line | null {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const at = subjectLineIndex(first);
  if (!isMailHeaderSubject(first, at)) return null;
  const from = lines.indexOf(first[at]);
  const separator = lines.findIndex((l, i) => i > from && SEPARATOR_LINE.test(l.text));
  return separator > from + 3 ? lines[separator] : null;
}

export function isParagraphBreak(line: Line, prev: Line | undefined): boolean {
  return !prev || prev.page !== line.page || line.gapBefore >= PARAGRAPH_GAP;
}

/** Blanks to write on inside lines of text, under a declaration in the first person ("Il/La sottoscritto/a"): a form to fill in. */
export function isFormToFill(lines: Line[]): boolean {
  const blanks = lines.filter((l) => /\p{L}/u.test(l.text) && /_{5,}|_{2,}\s*\/\s*_{2,}/u.test(l.text)).length;
  // A reply slip at the foot of a letter has a few such lines; a form is mostly made of them.
  return blanks >= 3 && blanks >= 0.25 * lines.length && lines.some((l) => /\bsottoscritt[oa]\s*\/\s*a\b|\bil\s*\/\s*la\s+sottoscritt/i.test(l.text));
}


/**
 * A trade union by its confederation's acronym, with its category's before or after: "FP CGIL", "CISL FP", "UIL FPL",
 * "FIALS", "USB Pubblico Impiego", "FLAI CGIL Basilicata" (farm and food workers). A private body: its letters are letters.
 */
export const TRADE_UNION = /^(?:(?:fp|fpl|fns|flc|nidil|spi|filcams|fisascat|flai|fai|fillea|filca|feneal|fiom|fim|uilm|filt|fit|uiltrasporti|fisac|slc|fnp|uilp|funzione\s+pubblica)\s+)?(?:cgil|cisl|uil|ugl|usb|cisal|confsal|fials|cobas)(?![\p{L}])/iu;

/** A firm's VAT number as its letterhead prints it: "P.IVA 03719540042", "Partita IVA: 01174630779". */
export const VAT_NUMBER = /\bp(?:artita)?\.?\s*i\.?\s*v\.?\s*a\.?\s*:?\s*\d{11}\b/i;
