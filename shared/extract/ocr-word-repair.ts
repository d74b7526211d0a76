import type { Line, PageText } from '../read/page-text.ts';
import { distance } from 'fastest-levenshtein';
import { PROVIDER_DOMAINS } from './ocr-address-repair.ts';

/**
 * Words the rules key on, as OCR misreads them by one look-alike letter on a scanned page: the subject's label
 * ("Dggetto:", "0ggetto:", "Oggetta:" for "Oggetto:"), the deadline cue ("entra il 30 novembre" for "entro il") and a
 * province's code in braces ("Gorizia {GO}").
 * Only lines read by OCR are touched, and only where the misread word stands as the rules expect it (the label at
 * a line's start before its colon, the cue before "il"/"e non oltre" and a day): "entra in vigore" stays. An address
 * whose domain a space broke is joined again when the whole is (nearly) a known provider's domain (see SPLIT_DOMAIN).
 */
const REPAIRS: [RegExp, string | ((...groups: string[]) => string)][] = [
  [/^(\s*)[ODQ0o][g9q][g9q]e[t1l][t1l][oa0](\s*[:.])/, '$1Oggetto$2'],
  [/\bentra(\s+(?:e\s+non\s+oltre\s+)?il\s+\d)/g, 'entro$1'],
  // A province's code in braces, as OCR reads the brackets of "Gorizia (GO)".
  [/\{([A-Z]{2})\}/g, '($1)'],
  // An addressee line's "All'", "Alla", "Alle" with a lower-case l read as a capital I ("AIla Regione", "AII'Ufficio"):
  // only at a line's start and before a capitalised word, as an addressee block opens. "AI" alone stays: it may be
  // "Ai" in capitals ("AI SIGG. SINDACI").
  [/^(\s*)A(?:I[Il]|lI)(?=['’][A-Z]|[ae]\s+[A-Z])/, '$1All'],
  // "Al" with its l read as "!" or "1" ("A! Presidente del Consiglio"), at a line's start before a capitalised word.
  [/^(\s*)A[!1|](?=\s+[A-Z])/, '$1Al'],
  // "AI Direttore generale": "Ai" goes before a plural ("Ai Sindaci"), so a capital I before a singular office is an "l".
  [/^(\s*)AI(?=\s+(?:Direttore|Direttrice|Dirigente|Sindaco|Presidente|Responsabile|Coordinatore|Comune|Prefetto|Segretario|Comandante|Garante|Servizio|Settore|Dipartimento|Ministero|Ministro)\b)/, '$1Al'],
  // "non" with its o read as an a ("nan potrò partecipare"), before a verb or a pronoun as "non" goes: "nan" is no Italian word.
  [/\bnan(?=\s+(?:potr|potev|sar[òàe]|sia\b|è\b|e['’]\s|ha\b|hanno\b|si\b|ci\b|vi\b|pu[òo]\b|possono\b|sono\b|risult|[èe]\s+stat|pi[ùu]\b|oltre\b|appena\b))/g, 'non'],
  // The copies' mark read as one word: "epe.", "e pc", "e p,c." alone on their line.
  [/^(\s*)e\s*[.,]?\s*p\s*[.,]?\s*[ce]\s*[.,]?\s*$/i, '$1e p.c.'],
  // The euro sign read as a capital E or È before an amount in cents where a price stands: after "=", a multiplication's
  // "x", a colon or a cell's start ("lx È 700,00 = E 700,00"); not "classe E 125,30", "È 2,50 per cento", "E 15,30".
  [/(^|[=:x]\s*)[EÈ]\s?(?=\d{1,3}(?:\.\d{3})*,\d{2}(?!\s*(?:%|per\s*cento|kwh|mq|m2|ore)))/gi, '$1€ '],
  // An office's Roman number with its I's read as l's or bars ("Settore ll", "Area l|I"): only after an office's noun.
  [/\b(Settore|Area|Servizio|Dipartimento|Sezione|Divisione|Reparto|Municipio|Circoscrizione|Commissione)\s+([lI|]{1,3}(?:V|X)?|V[lI|]{1,3})(?![\p{L}\d|])/gu, (all: string, office: string, roman: string) => (/[l|]/.test(roman) ? `${office} ${roman.replace(/[l|]/g, 'I')}` : all)],
  // A surname's capital I read as a lower-case l, at the end of a line that is a name ("dott.ssa Antonella Di lorio").
  // Only after a surname's particle ("Di", "De", "Lo" …): "Polizia locale", "Tributi locali" are words.
  [/^(\s*(?:(?:dott|dr|avv|prof|ing|arch|rag|geom|sig)\.?(?:ssa|ra)?\.?\s+)?(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Di|De|Del|Della|Dello|Da|Lo|La|Li)\s+)l(?=[aeiou]\p{Ll}{2,}\s*$)/u, '$1I'],
];

const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
/** A day, a word, a year: the word is a month when OCR misread a letter or two of it ("15 novernbre 2023", "13 niovembre"). */
const DAY_WORD_YEAR = /\b(\d{1,2}°?\s+)(\p{L}{5,11})(\s+(?:19|20)\d{2})\b/gu;

function month(word: string): string {
  const w = word.toLowerCase();
  if (MONTHS.includes(w)) return word;
  // Two edits for the long names ("novernbre": rn for m), one for the short ones ("marzo", "aprile", "giugno").
  const near = MONTHS.find((m) => distance(m, w) <= (m.length >= 7 ? 2 : 1));
  return near ?? word;
}

function repaired(text: string): string {
  return REPAIRS.reduce((t, [re, to]) => t.replace(re, to as (...groups: string[]) => string), text)
    .replace(DAY_WORD_YEAR, (all, day: string, word: string, year: string) => `${day}${month(word)}${year}`)
    .replace(SPLIT_DOMAIN, (all, left: string, right: string) =>
      PROVIDER_DOMAINS.some((d) => distance(d, `${left}${right}`.toLowerCase()) <= 1) ? `@${left}${right}` : all,
    )
    .replace(DOT_AS_SPACE, (all, left: string, right: string) => (TOP_LEVEL.test(left) ? all : `@${left}.${right}`));
}

/**
 * An address whose domain has a dot read as a space ("…@pec.comune tempiopausania.ss.it"): the part before the space
 * ends in no top-level domain, so the address cannot end there; joined with the dot when the part after it is a domain
 * of its own (a label of three letters or more, then one ending in a top-level domain).
 */
const DOT_AS_SPACE = /@([a-z0-9-]+(?:\.[a-z0-9-]+)+) ([a-z0-9-]{3,}(?:\.[a-z0-9-]+)*\.(?:it|com|eu|org|net))\b/gi;
// Any last label of two or three letters may be a top-level domain (".ch", ".de", ".sm"); "pec" is a provider's label.
const TOP_LEVEL = /\.(?:[a-z]{2}|(?!pec$)[a-z]{3}|info|gov)$/i;

/**
 * An address whose domain OCR broke with a space ("…@legalma l.it", its "i" read as the space): joined when the whole is
 * a provider's domain or one letter from it, which the address repair then puts right.
 */
const SPLIT_DOMAIN = /@([a-z0-9.-]+) ([a-z0-9-]{1,6}\.(?:it|com|eu|org|net))\b/gi;

function repairLine(line: Line): Line {
  if (!line.ocr) return line;
  const segments = line.segments.map((s) => ({ ...s, text: repaired(s.text) }));
  return { ...line, segments, text: segments.map((s) => s.text).join('\t') };
}

/** The pages with the OCR'd lines' misread key words put right (see REPAIRS); pages without OCR are returned as they are. */
export function repairOcrWords(pages: PageText[]): PageText[] {
  return pages.map((p) => (p.lines.some((l) => l.ocr) ? { ...p, lines: p.lines.map(repairLine) } : p));
}
