import type { Line } from '../read/page-text.ts';
import { extractSender } from './sender.ts';
import { ADDRESSEE_OPENING, ANNEX_LABEL, SUBJECT_LABEL } from './layout-rules.ts';

/** A page that opens a letter of its own: a segnatura, a protocol line, an "Oggetto:" or an addressee (ADDRESSED) near its top. */
const OPENS_LETTER = /REGISTRO\s+UFFICIALE|^\s*prot(?:ocollo)?\.?\s*(?:n|nr|num)\b/i;
/**
 * An addressee opening a line: "Alla Regione …", "AI SINDACI …". Case-sensitive, as the name has a capital: under the i flag
 * \p{Lu} is any letter, and a wrapped sentence's "ai servizi in favore …" would open a letter.
 */
const ADDRESSED = /^\s*(?:[Aa](?:l|lla|llo|i|gli|lle)|A(?:L|LLA|LLO|I|GLI|LLE))\s+\p{Lu}/u;

/** The heading of an annex or a form: "Allegato A", "ALLEGATO 1 – Scheda…", "Modulo di domanda", "Fac-simile". */
const ANNEX_HEADING = /^\s*(?:allegato\b|modulo\b|modello\b|fac[\s-]?simile\b|schema\s+di\s+domanda\b)/i;

/** A paper's title alone on its line: "AVVISO – PACCHETTO SCUOLA", "DECRETO N. 12 …", "CIRCOLARE N. 6", "BANDO …". */
const TITLED_PAPER = /^\s*(?:avviso|bando|decreto|circolare|nota|comunicato|determinazione|deliberazione|ordinanza)\b(?!\s+(?:di|del|della|dell['’]|al|alla)\s+(?:pubblicazione|affissione))/i;

/** Words of a cover that forwards papers: "Trasmissione …", "si trasmette", "si inoltra", "Allegati:", "in allegato". */
const FORWARDS = /\btrasmission[ei]\b|\bsi\s+(?:trasmett|inoltr)|\b(?:trasmett|inoltr)(?:o|iamo)\b|^\s*allegat[oi]\s*(?:n\.\s*\d+\s*)?:|\bin\s+allegato\b/im;
/** "ALLEGATO CONTABILE", "Scheda contabile", "ALLEGATO 1 – SCHEDA CONTABILE". */
const ACCOUNTING_ANNEX = /^\s*(?:allegato\s+(?:n\.\s*)?[\dA-Z]{1,3}\s*[–—-]\s*)?(?:allegato|scheda)\s+contabile\b/i;

/** A supplier's document: a quote, an offer, an order confirmation or an invoice, headed by its number or date. */
const TRADE_HEADING = /^\s*(?:preventivo|offerta(?:\s+economica)?|conferma\s+d['’]ordine|fattura(?:\s+pro[\s-]?forma)?)\b[^\n]{0,30}?\b(?:n\.?|nr\.?|n°|del)\s*\d/i;
/** A place and a date in a cell of their own: "Altavilla Vicentina, 13/11/2023". */
const DATELINE = /^\s*\p{Lu}[\p{L}'’ .-]{1,40},?\s+(?:l[iì]\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$/u;

/** A company's legal form in its letterhead: "S.r.l.", "S.p.A.", "s.n.c.", "S.a.s.". */
// OCR may read the S as a 5 ("IDROSERVICE ROMAGNA 5.R.L.").
const COMPANY = /\b(?:[s5]\.\s?r\.\s?l\.?s?|srl|[s5]\.\s?p\.\s?a\.?|spa|[s5]\.\s?n\.\s?c\.?|snc|[s5]\.\s?a\.\s?[s5]\.?)(?=\s|$|[,;–—-])/i;

/** An act's dispositive heading, alone on its line: the act goes on, whatever its page quotes. */
const ACT_DISPOSITIVE = /^\s*(?:DETERMINA|DELIBERA|DECRETA|ORDINA|DISPONE)\s*[:.]?\s*$/;

/**
 * A page that a company's letterhead heads with a quote or an invoice: the company's name alone on one of the
 * page's first three lines, then "PREVENTIVO N. 27 del …" alone on a short line within its first ten, not a row of a table that lists
 * invoices ("Fattura n. 12/PA del … | Cartoleria Alfa S.r.l. | € 1.200,00") nor a sentence that cites one.
 */
function tradeDocument(top: Line[]): boolean {
  const alone = (l: Line) => l.segments.length === 1 && l.text.length <= 70;
  // The company's letterhead, not a field of the letter naming it ("Fornitore: Alfa S.r.l.").
  const company = top.slice(0, 3).findIndex((l) => alone(l) && COMPANY.test(l.text) && !l.text.includes(':'));
  // The heading may share its line with the quote's place and date ("PREVENTIVO N. 418/2023 | Altavilla, 13/11/2023").
  const heads = (l: Line) => (alone(l) || (l.segments.length === 2 && DATELINE.test(l.segments[1].text))) && l.segments[0].text.length <= 70 && TRADE_HEADING.test(l.segments[0].text);
  // Below the company's letterhead, its place and date and the customer's block ("Spett.le …", three lines or so).
  return company >= 0 && top.slice(company + 1, 10).some(heads);
}

/** The closing of an act, before its signatures: "Letto, approvato e sottoscritto". */
const ACT_CLOSING = /\bletto,?\s+(?:confermato,?\s+)?approvato\s+e\s+sottoscritto\b/i;

/**
 * The last page of the main document of a file. A bundle (a cover letter, then the notes it forwards,
 * a supplier's quote, a form) holds several documents; the main one is the first. A later page starts
 * another document when a different body's letterhead heads it and it opens as a letter does (an
 * "Oggetto:", a protocol or segnatura, an addressee), or when it is an annex form to fill in ("Allegato 1",
 * lines of blanks), or when a company heads it with a quote or an invoice. Attestations and annexes of the same body (publication certificates, opinions) stay
 * with the main document.
 */
/** A field's label, then its blank: a letter, then a run of four underscores or more, no other letter between. */
// Not "\p{L}[^_]*_{4,}": tried from every letter of a long line, that form scans the rest of the line each time.
const LABELLED_BLANK = /\p{L}[^_\p{L}]*_{4,}/u;

export function mainDocumentEnd(lines: Line[]): number {
  const pages = [...new Set(lines.map((l) => l.page))];
  const last = pages[pages.length - 1] ?? 1;
  const mainSender = extractSender(lines)?.value.toLowerCase() ?? null;
  // A first page that forwards papers: its subject transmits, or its text sends or lists what is attached.
  const cover = lines.some((l) => l.page === pages[0] && FORWARDS.test(l.text));
  for (const page of pages.slice(1)) {
    const onPage = lines.filter((l) => l.page === page && !l.origins?.includes('vertical'));
    const top = onPage.slice(0, 14);
    // "Allegato 1 – SCHEDA DI RILEVAZIONE", then lines of blanks: a form sent to be filled in, not the letter.
    // An act's accounting annex ("ALLEGATO CONTABILE", "Scheda contabile") is the act's own, signed by its officers.
    // A form: "da compilare", or fields left blank after their labels ("Spesa impegnata € ______"), not signature rules alone.
    const toFill = onPage.some((l) => /\bda\s+compilar|\bcompilar\p{L}*\s+a\s+cura\b/iu.test(l.text)) || onPage.filter((l) => LABELLED_BLANK.test(l.text)).length >= 2;
    const annex = top.slice(0, 3).some((l) => ANNEX_HEADING.test(l.text) && (toFill || !ACCOUNTING_ANNEX.test(l.text))) && (ANNEX_LABEL.test(top[0]?.text ?? '') || onPage.filter((l) => /_{6,}/.test(l.text)).length >= 3);
    // An act's annex ("ALLEGATO A – Regolamento") may come before its closing and signatures: those keep it in.
    if (annex && !lines.some((l) => l.page > page && ACT_CLOSING.test(l.text))) return page - 1;
    // A company's quote or invoice after the letter that orders or pays it ("TENDOTECNICA S.r.l." / "PREVENTIVO N. 27
    // del …"): the supplier's, however it addresses the body.
    if (tradeDocument(top) && !(mainSender && COMPANY.test(mainSender)) && !lines.some((l) => l.page >= page && ACT_DISPOSITIVE.test(l.text))) return page - 1;
    // Another body's paper titled as what it is ("REGIONE TOSCANA" / "AVVISO – PACCHETTO SCUOLA …"), forwarded without an
    // Oggetto or a protocol of its own: a document of its own too.
    if (!top.some((l) => SUBJECT_LABEL.test(l.text) || OPENS_LETTER.test(l.text) || ADDRESSED.test(l.text))) {
      // The title is set as one, in capitals ("AVVISO – PACCHETTO SCUOLA"): "Nota bene: …" or a wrapped "decreto …" is prose.
      const titled = top.slice(0, 8).some((l) => l.segments.length === 1 && TITLED_PAPER.test(l.text) && inCapitals(l.text));
      // An act may carry another body's paper before its own closing and signatures ("Letto, approvato e sottoscritto").
      // Only under a cover that forwards papers ("Si trasmette …", "Allegati: …"), and named by a letterhead line of its own.
      if (titled && cover && !lines.some((l) => l.page > page && ACT_CLOSING.test(l.text)) && top.slice(0, 2).some((l) => l.segments.length === 1 && l.text.length <= 70 && inCapitals(l.text))) {
        const sender = extractSender(top.slice(0, 4))?.value.toLowerCase() ?? null;
        if (sender && mainSender && !sameBody(sender, mainSender)) return page - 1;
      }
      // The act the cover forwards by its number ("si trasmette il decreto direttoriale n. 412 …"), headed by its title
      // without an Oggetto: a document of its own, though its body is the cover's.
      if (cover && forwardedAct(top, lines.filter((l) => l.page === pages[0]), 'cited') && !lines.some((l) => l.page > page && ACT_CLOSING.test(l.text))) return page - 1;
      continue;
    }
    // Another body's act forwarded after a cover letter ("DECRETO N. 18244 Del 04/12/2026" above its own Oggetto), its
    // letterhead drawn as a picture: an act heading the first page does not print, under a first page that is a letter.
    if (cover && forwardedAct(top, lines.filter((l) => l.page === pages[0])) && !lines.some((l) => l.page > page && ACT_CLOSING.test(l.text))) return page - 1;
    // A note forwarded under a cover, its letterhead a picture: it opens as a letter of its own, a protocol the first page
    // does not have, addressees and an Oggetto.
    if (cover && opensOwnLetter(top, lines.filter((l) => l.page === pages[0])) && !lines.some((l) => l.page > page && ACT_CLOSING.test(l.text))) return page - 1;
    const sender = extractSender(top)?.value.toLowerCase() ?? null;
    if (sender && !sameBody(sender, mainSender)) return page - 1;
  }
  return last;
}

/** "Prot. n. 0098765 del …", "Protocollo n. 12/2031": the number a protocol line gives. */
const PROTOCOL_NUMBER = /^\s*prot(?:ocollo)?\.?\s*(?:n(?:r|um)?\.?|n°)\s*[:°]?\s*(\d[\d/.-]*)/i;

/**
 * Whether a later page opens a letter of its own: a protocol line among its first lines with a number the first page's own
 * protocol line does not give (in any form: "4567/2031" is "0004567"), an addressee block under it and an Oggetto that does
 * not repeat the first page's. A letter's later pages repeat its own number and subject, if any.
 */
function opensOwnLetter(top: Line[], first: Line[]): boolean {
  const at = top.findIndex((l) => PROTOCOL_NUMBER.test(l.text));
  const subject = top.findIndex((l) => SUBJECT_LABEL.test(l.text));
  if (at < 0 || subject < at || !top.slice(at + 1, subject).some((l) => l.segments.some((s) => ADDRESSEE_OPENING.test(s.text)))) return false;
  // "4567/2031" and "0004567" are one number; a page that repeats the letter's own subject ("… (segue)") goes on with it.
  const core = (n: string | undefined) => n?.replace(/[/.-].*$/, '').replace(/^0+/, '');
  const own = first.map((l) => PROTOCOL_NUMBER.exec(l.text)?.[1]).find(Boolean);
  const firstSubject = first.find((l) => SUBJECT_LABEL.test(l.text))?.text.replace(SUBJECT_LABEL, '').slice(0, 30).toLowerCase();
  if (firstSubject && top[subject].text.replace(SUBJECT_LABEL, '').toLowerCase().startsWith(firstSubject)) return false;
  return core(PROTOCOL_NUMBER.exec(top[at].text)![1]) !== core(own);
}

/**
 * An act's own heading, alone on its line: "DECRETO N. 18244 Del 04/12/2026", "Determinazione n. G01234 del 5 marzo 2031",
 * "Repertorio atti n. 141/CU del 29 ottobre 2026".
 */
const ACT_OWN_HEADING = /^\s*(?:decreto|determinazione|deliberazione|ordinanza|rep(?:ertorio)?\.?\s+atti)\b[^\n]{0,50}?\bn(?:\.|°|º|r\.?)?\s*([A-Z]{0,3}[\d/.-]*\d(?:\/[A-Z]{1,5})?)\s+del\b/i;

/** An act's title with no number on its line, an extract's or a copy's too: "ESTRATTO DEL VERBALE DI DELIBERAZIONE DEL …". */
const ACT_TITLE = /^\s*(?:(?:estratto|copia)\s+del\s+)?(?:verbale\s+di\s+)?(?:decreto|determinazione|deliberazione|ordinanza)\b(?![^\n]*\bn(?:\.|°|º|r\.?)?\s*\d)/i;
/** The number and date of an act on the line under its title: "N. 31 DEL 29/09/2026". */
const ACT_NUMBER_LINE = /^\s*n(?:\.|°|º|r\.?)?\s*[A-Z]{0,3}[\d/.-]*\d\s+del\b/i;

/**
 * Whether a later page opens an act the first page does not: its heading ("DECRETO N. … del …") among its first lines,
 * with an Oggetto under it, while the first page is a letter (an Oggetto, no act heading of its own, nor this act's
 * number as a running header). An act whose pages repeat its own heading stays one document.
 */
function forwardedAct(top: Line[], first: Line[], known: 'subject' | 'cited' = 'subject'): boolean {
  // The heading may put the number on the line under the title: "ESTRATTO DEL VERBALE DI DELIBERAZIONE DEL CONSIGLIO
  // COMUNALE" / "N. 31 DEL 29/09/2026" (an extract of the body's own act, forwarded by one of its offices).
  const heading = (k: number) => {
    const l = top[k];
    if (!l || l.segments.length !== 1) return null;
    if (ACT_OWN_HEADING.test(l.text)) return l.text;
    const under = top[k + 1];
    return ACT_TITLE.test(l.text) && under?.segments.length === 1 && ACT_NUMBER_LINE.test(under.text) ? `${l.text.replace(/^\s*(?:estratto|copia)\s+del\s+(?:verbale\s+di\s+)?/i, '')} ${under.text}` : null;
  };
  const at = top.slice(0, 8).findIndex((_, k) => heading(k) !== null);
  if (at < 0 || (known === 'subject' && !top.slice(at + 1).some((l) => SUBJECT_LABEL.test(l.text)))) return false;
  // The first page is a letter: addressed ("Ai Sindaci …", "Alla Regione …") above its Oggetto, with no act heading.
  const subjectAt = first.findIndex((l) => SUBJECT_LABEL.test(l.text));
  if (subjectAt < 0 || !first.slice(0, subjectAt).some((l) => ADDRESSEE_OPENING.test(l.text))) return false;
  if (first.slice(0, 12).some((l) => headingLine(l) && ACT_OWN_HEADING.test(l.text))) return false;
  const number = ACT_OWN_HEADING.exec(heading(at)!)?.[1];
  if (!number) return false;
  // The cover may cite the act it forwards ("Si trasmette il Decreto n. 18244 …"): only a heading of its own counts.
  if (first.some((l) => headingLine(l) && ACT_OWN_HEADING.exec(l.text)?.[1] === number)) return false;
  // Without an Oggetto of its own, the act is known by the cover's citing its number.
  const cites = new RegExp(String.raw`\bn(?:\.|°|º|r\.?)?\s*${number.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\d/])`, 'i');
  return known === 'subject' || first.some((l) => cites.test(l.text));
}

/** A line set as a heading: alone on its line, opening with a capital (a sentence wrapped before "decreto … n. 412 del …" is none). */
function headingLine(l: Line): boolean {
  return l.segments.length === 1 && /^\s*\p{Lu}/u.test(l.text);
}

/** "comune di avella" and "comune di avella, lì 08/05/2026" are one body: the shorter name begins the longer. */
// So are the two names of one body: "Prefettura di Vicenza" and "Prefettura – Ufficio Territoriale del Governo di Vicenza",
// "Città di Vallerosa" and "Comune di Vallerosa" (not "Città metropolitana di Bari" and "Comune di Bari").
function sameBody(a: string, b: string | null): boolean {
  if (!b) return false;
  const [x, y] = [a, b].map((s) =>
    s
      .replace(/[^\p{L}\s]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^citt[àa] di /, 'comune di ')
      .replace(/ (?:ufficio territoriale del governo|u t g|utg)(?= di| del| della|$)/, ''),
  );
  return x.startsWith(y) || y.startsWith(x);
}

/** A line set in capitals (most of its letters upper-case): a title, not a sentence. */
function inCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters.replace(/[^\p{Lu}]/gu, '').length >= 0.8 * letters.length;
}
