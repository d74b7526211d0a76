import { startsCapital } from './starts-capital.ts';
import type { Line, Segment } from '../read/page-text.ts';
import { evidenceOf, type Found } from './source-text.ts';
import { dateRegex, dateOf, isoDate } from './italian-dates.ts';
import { isParagraphBreak, subjectLineIndex } from './layout-rules.ts';
import { ARRIVAL, receiverStampSegments } from './receiver-stamp.ts';

export interface Protocol {
  number: string;
  date: string | null;
}

const LABEL = /\bprot(?:ocollo)?\.?(?:\s*(?:generale|gen\.|in\s+(?:uscita|entrata|partenza)|(?:di\s+)?(?:uscita|partenza)|n\.?\s*(?:di\s+)?prot\.?))?\s*(?:[-–—]\s*(?=n))?(?:n(?:r|um|umero)?\.?\s*°?|°)?(?:\s*\/\s*n\.?)?\s*[:.]?\s*/gi;
/** Stamps that print the date first: "PROT. 12/03/2024 - 0012345". */
const DATE_FIRST = /^(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})\s*[-–,]\s*(?:n\.?\s*)?(?<num>\d{3,})\b/u;
/* The label may be bilingual: "Prot. Nr. / n. 129874". */
/**
 * Digits as printed (leading zeros kept) with any "/suffix" of codes; AOO, office and registry codes before them ("AOO_146/",
 * "COVID/") are skipped, and the register's direction letter of an outgoing or internal number ("U.0587412"). An office named
 * in words after the slash ("0018734 / Area IV - Imm.", a Prefettura's) is no part of the number.
 */
const NUMBER = /^(?:(?:[A-Z][A-Z0-9_.]*[A-Z_]|[UI](?=\.\d)|[a-z]_[a-z]+)(?:[\s.:-]+|\s*\/\s*(?=\d))|AOO[A-Z0-9_.-]*\s*\/\s*)*(?<num>\d+(?:\s*\/\s*(?![A-Z][a-z]{2,})[\dA-Za-z]+(?:\.[\dA-Za-z]+)*)*)/u;
/**
 * The ministerial signature form: "m_lps.REGISTRO UFFICIALE.U.0012345.12-05-2023"; a Region's register prints its fields
 * between dashes: "REGIONE LAZIO - Registro Ufficiale - U.0398417 - 15-04-2026 - Direzione …".
 */
const SEGNATURA = /REGISTRO\s+UFFICIALE\s*(?:[.\-–]\s*|\(\s*)(?<dir>[UIE])\s*\)?\s*[.\-–]\s*(?<num>\d+)\s*[.\-–]\s*(?<d>\d{2})-(?<m>\d{2})-(?<y>\d{4})/i;
/** The same with the direction last, as the Agenzia delle Entrate's register prints it: "…REGISTRO UFFICIALE.0048712.03-11-2031.U". */
const SEGNATURA_DIRECTION_LAST = /REGISTRO\s+UFFICIALE\s*\.\s*(?<num>\d+)\s*\.\s*(?<d>\d{2})-(?<m>\d{2})-(?<y>\d{4})\s*\.\s*(?<dir>[UIE])\b/i;
/**
 * A register's stamp with its direction: "REG_UFF_PROT - 0002482 - Uscita - 02/03/2026", "REGPROT 0001294 Uscita del …",
 * "REG_PROT - 0001873 - Partenza - …", "REG. PROT. - 0000094 - U - 11/01/2027" (the direction by its initial), an agency's
 * "… - PROT_GEN - 0045123 - Uscita - 20/10/2026 - 11:07".
 */
const REGISTER_STAMP = /\b(?!(?:rif|vs|ns|nota|vostra|nostra|vostro|nostro)\b)(?:[A-Z][A-Z_]*(?:\.\s?)?)?PROT[A-Z_]*\.?\s*[-–:]?\s*(?<num>\d{3,})\s*[-–]?\s*(?<dir>Uscita|Partenza|Ingresso|Entrata|Arrivo|Interno|[UEIPA](?=\s*[-–]))\b\s*[-–]?\s*(?:del\s+)?(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})/i;
/**
 * A register's line with its fields between dashes, the direction before the number: "CITTÀ DI AVEZZANO - Protocollo Generale -
 * U - 0062418 - 22/10/2026 11:07 - Tit. 7.12" (up the margin). E and A number an arrival (see below).
 */
// Or with its label and year: "Comune di Brescia - c_b157 - Protocollo Generale - U - N. 0221906/2026 del 03/11/2026 - Class. …".
const DASHED_FIELDS_STAMP = /\bprotocollo(?:\s+generale)?\s*[-–]\s*(?<dir>uscita|partenza|ingresso|entrata|arrivo|interno|[UEIPA])\s*[-–]\s*(?:n(?:r|um)?\.?\s*°?\s*)?(?<num>\d{3,}(?:\/\d{4})?)\s*(?:[-–]|\s+del)\s*(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})\b/i;
/**
 * A segnatura written with slashes: the body's IPA code, its AOO, the register, the date and the number
 * ("r_xxx/AOO_012/PROT/03/04/2031/0004567"); the IPA code may be left out.
 */
const SLASH_SEGNATURA = /(?:\b[a-z]_[a-z0-9_]+\s*\/\s*[\w.-]+|\bAOO[\w.-]*)\s*\/\s*[A-Z][A-Z_]*\s*\/\s*(?<d>\d{2})\s*\/\s*(?<m>\d{2})\s*\/\s*(?<y>\d{4})\s*\/\s*(?<num>\d{3,})\b/;
/**
 * A segnatura written with slashes that says its direction, then the number and its date: "r_sicili/AOO_DRPC/U/0047915 del
 * 17/09/2026 12:41" (a Region's register, stamped at the page's top). E numbers an arrival.
 */
const SLASH_DIRECTED_SEGNATURA = /\b[a-z]_[a-z0-9_]+\s*\/\s*[\w.-]+\s*\/\s*(?<dir>[UEIP])\s*\/\s*(?<num>\d{3,})\s+del\s+(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})\b/;
/**
 * A Region's segnatura that dates the number before it and closes on the direction: "r_emiro.Giunta - Prot. 09/10/2026.0987412.U"
 * (its IPA code and AOO, then "Prot." and date.number.direction). E numbers an arrival.
 */
const DATE_FIRST_SEGNATURA = /\b[a-z]_[a-z0-9_]+\.[\w-]+\s*[-–]\s*prot\.?\s*(?<d>\d{2})\/(?<m>\d{2})\/(?<y>\d{4})\.(?<num>\d{4,})\.(?<dir>[UEIP])\b/i;
/**
 * A register's segnatura of direction, number and dashed date, as a PEC's subject carries it after the body's name: "POSTA
 * CERTIFICATA: Prefettura di Forlì-Cesena - U.0058812.18-11-2026 - …". E numbers an arrival.
 */
const DIRECTED_DOTTED_SEGNATURA = /(?<![\w.])(?<dir>[UEP])\.(?<num>\d{5,8})\.(?<d>\d{2})-(?<m>\d{2})-(?<y>\d{4})(?![\w.])/;
/**
 * A segnatura written with dots: the body's code, its AOO's number or its register's name, the date, the number
 * ("INPS.0850.21/10/2031.0031764", and INPS's messages "INPS.HERMES.22/02/2031.0000987").
 */
const DOTTED_SEGNATURA = /\b[A-Z][A-Za-z_]{1,15}\.(?:\d{2,5}|[A-Z]{3,15})\.(?<d>\d{2})\/(?<m>\d{2})\/(?<y>\d{4})\.(?<num>\d{4,})\b/;
/**
 * A segnatura of any register, by the body's IPA code and dotted fields: "m_it.AOO-RO_UTGRO.REG-UFF.0018734.08-06-2026",
 * "c_h501.ASL_RM1.REGISTRO GENERALE(U).0012345.03-02-2025"; the number and date close it.
 */
const IPA_SEGNATURA = /\b[a-z]_[a-z0-9]{2,}\.(?<reg>(?:[A-Za-z0-9_()\- ]+\.){1,4})(?<num>\d{4,})\.(?<d>\d{2})[-.](?<m>\d{2})[-.](?<y>\d{4})\b/;
/**
 * A segnatura that opens with its number and date, then the AOO's codes and the direction, as the Ministry of Health
 * prints it in its running header: "0012345-15/05/2026-DGPRE-DGPRE-P" (P in partenza, A in arrivo).
 */
const NUMBER_FIRST_SEGNATURA = /(?<![\w/-])(?<num>\d{4,7})-(?<d>\d{2})\/(?<m>\d{2})\/(?<y>\d{4})-[A-Z]{2,12}(?:-[A-Z]{2,12})*-(?<way>[PAI])\b/;
/**
 * A segnatura with its fields between bars, number and date first, direction last, as some Regions' registers print it:
 * "0412785|23/11/2026|R_MARCHE|GRM|DPS|P" (a bar OCR may read as "]", "[", "!", "I" or "l", or as two of them).
 */
const PIPE_SEGNATURA = /(?<![\w/])(?<num>\d{4,8})[|\]\[!Il]{1,2}(?<d>\d{2})\/(?<m>\d{2})\/(?<y>\d{4})[|\]\[!Il]{1,2}[A-Z][A-Z0-9_]*(?:[|\]\[!Il]{1,2}[A-Z0-9_]*)*[|\]\[!Il]{1,2}(?<way>[PAI])\b/;
/**
 * The Presidenza del Consiglio's segnatura: the office's code, the number, the direction and the date
 * ("DIPOFAM-0003871-P-16/03/2026", P in partenza, A in arrivo).
 */
const PCM_SEGNATURA = /\b[A-Z]{3,}(?:[_-][A-Z]{2,})*-(?<num>\d{4,})-(?<dir>[PAI])-(?<d>\d{2})\/(?<m>\d{2})\/(?<y>\d{4})\b/;
/**
 * A register's string of fields split by bars in another order: "ASL2ABR|REG_PROT|2031|0198734|U|12/10/2031 11:42" (the
 * register's codes, its year, the number, the direction, the date and time). The number is the one field of four to eight
 * digits that is not the year; the direction a field of its own.
 */
function pipeFields(text: string): RegExpExecArray | null {
  const fields = text.trim().split('|').map((f) => f.trim());
  if (fields.length < 4 || fields.some((f) => !f || /\s\p{Ll}{3,}/u.test(f))) return null;
  const dir = fields.find((f) => /^[UEIPA]$/.test(f));
  const date = fields.map((f) => /^(?<d>\d{2})\/(?<m>\d{2})\/(?<y>\d{4})(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/.exec(f)).find(Boolean);
  const numbers = fields.filter((f) => /^\d{4,8}$/.test(f) && !/^(?:19|20)\d{2}$/.test(f));
  if (!dir || !date?.groups || numbers.length !== 1) return null;
  // Shaped as the other patterns' matches: the groups the caller reads, the index where the string starts.
  const way = dir === 'P' ? 'U' : dir === 'A' ? 'E' : dir;
  return Object.assign([text], { index: text.indexOf(fields[0]), input: text, groups: { num: numbers[0], ...date.groups, dir: way } }) as unknown as RegExpExecArray;
}
/** A segnatura of dashed fields: the body's code, its office's, the date and the number ("PAT/RFS130-14/10/2026-0781452"). */
const DASHED_SEGNATURA = /\b[A-Z]{2,6}\/[A-Z][A-Z0-9]{1,11}-(?<d>\d{2})\/(?<m>\d{2})\/(?<y>\d{4})-(?<num>\d{5,})\b/;
/**
 * The Provincia di Trento's own segnatura, alone on its line above the caption its register prints with it ("Numero di
 * protocollo associato al documento come metadato …"), under it or lower in the head: cited ("Vs. rif.") or stamped on
 * arrival, it is another's number.
 */
function trentoSegnatura(head: Line[], i: number, seg: Segment): RegExpExecArray | null {
  const m = DASHED_SEGNATURA.exec(seg.text);
  if (!m || head[i].segments.length !== 1 || seg.text.trim() !== m[0]) return null;
  // "Riferimento nota:" / "PAT/…": the segnatura of the note answered.
  if (CITED_BELOW.test(head[i - 1]?.text ?? '')) return null;
  // The caption may stand under the letterhead, beside the addressees, rather than right under the segnatura: a cell of its
  // own that opens with it, not words of a sentence.
  return head.slice(i + 1, i + 12).some((l) => l.segments.some((g) => /^\s*(?:numero\s+di\s+protocollo\s+associato\s+al\s+documento|come\s+metadato)/i.test(g.text))) ? m : null;
}

/** The general register's stamp: "PG/2024/0234871 del 04/03/2024" (the year, then the number). */
/**
 * A register's line that says its direction after the date: "COMUNE DI ISERNIA - Protocollo Generale N. 0006402/2026 del
 * 12/03/2026 (Partenza)", "Protocollo Generale – PG 0612345/2026 del 07/10/2026 – USCITA", as a scanner's or a register's
 * software prints it at a page's foot or up its margin; an arrival is skipped.
 */
const DIRECTED_REGISTER = /\bprot(?:ocollo)?\.?(?:\s+generale)?\s*[-–—:]?\s*(?:n(?:r|um)?\.?\s*°?|PG\b)\s*(?<num>\d{3,}(?:\/\d{4})?)\s+del\s+(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})\s*[-–—(]*\s*(?<dir>uscita|partenza|ingresso|entrata|arrivo|interno)\b/i;
const GENERAL_REGISTER = /\bPG\s*\/\s*\d{4}\s*\/\s*(?<num>\d{3,})\s+del\s+(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})\b/;
/**
 * A ministry note as its heading (and the ministry's site) names it: "Nota 14 marzo 2019, AOODGSIP
 * 1587", "Nota del 03/02/2025, AOODGPER prot. n. 4411": the date first, then the AOO and the number.
 */
/** The year of the register, a dot, then the number: "2026. 0612874". */
// Also after an office's code: "Protocollo J2.2026.0004821" (Regione Lombardia's Direzioni).
const YEAR_DOT_NUMBER = /^(?:[A-Z][A-Z0-9]{0,3}\.)?(?:19|20)\d{2}\s*\.\s*(?<num>\d{5,}(?:\/[\dA-Za-z]+(?:\.[\dA-Za-z]+)*)?)(?![\w/])/;
const NOTE_HEADING = /^\s*nota\s+(?:del\s+)?/i;
const AOO_NUMBER = /^\s*[,;–-]?\s*(?:prot\.?\s*(?:n\.?\s*)?)?AOO[A-Z0-9_.]*(?:\s+[A-Z][A-Z0-9_.]*)?\s*[-./]?\s*(?:prot\.?\s*)?(?:n(?:r|um)?\.?\s*)?(?<num>\d{2,})\b/i;
/** What opens the writer's own reference to its register: "Ns. Prot.", "N/s prot.", "Nostro protocollo". */
const OWN_REFERENCE = /^\s*(?:ns\.?|n\/s\.?|nostr[oa])\s*(?:rif\.?\s*)?$/i;
/** A stamp's number line, its outgoing direction before it maybe ("PARTENZA N. 0298744/2026 del …"; an arrival's is the receiver's). */
const STAMP_NUMBER = /^\s*(?:(?:in\s+)?(?:partenza|uscita)\s*[-–:]?\s*)?(?:n(?:r|um)?\.?|numero)\s*[:°]?\s*(?<num>\d[\d/]*)/i;

/**
 * The protocol number as printed and its date: after a "Prot." label, or in a protocol stamp
 * ("Protocollo Generale" with "N. 0032047 del 26/01/2021" on a nearby line), or a ministry segnatura.
 * Numbers of decrees, deliberations or circulars are not protocols and have no such label.
 */
export function extractProtocol(lines: Line[]): Found<Protocol> | null {
  const found = protocolOf(lines);
  return found?.evidence.ocr ? { ...found, value: { ...found.value, number: romanClassOf(found.value.number) } } : found;
}

/**
 * A titolario class read by OCR: schools and many offices file by a Roman class and a digit ("0004127/II.3",
 * "/IV.1"), whose I's OCR reads as 1's or l's ("/11.3"). Printed text is never changed.
 */
function romanClassOf(number: string): string {
  return number.replace(/\/([1Il|VX]{1,4})\.(\d{1,2})$/, (all, cls: string, sub: string) =>
    // One "1" may be the class 1 printed so; two or three in a row are Roman I's ("11" is II, "1V" is IV).
    /[1l|]/.test(cls) && cls.length >= 2 && /^[IVX]+$/.test(cls.replace(/[1l|]/g, 'I')) ? `/${cls.replace(/[1l|]/g, 'I')}.${sub}` : all,
  );
}

/**
 * A ministerial segnatura wrapped in a narrow stamp box: "m_pi.AOODRLI.REGISTRO UFFICIALE." / "U.0009876.20-04-2026"
 * (or "0048712.03-11-2031.U"), the register's name on one line and its direction, number and date on the next, in the
 * same column.
 */
function wrappedSegnatura(head: Line[], i: number, seg: Segment): RegExpExecArray | null {
  if (!/REGISTRO\s+UFFICIALE\s*\.?\s*$/i.test(seg.text)) return null;
  const below = head[i + 1]?.segments.find((b) => Math.abs(b.x - seg.x) < 12 && /^(?:[UIE]\s*\.\s*)?\d/.test(b.text));
  if (!below) return null;
  const joined = `${seg.text.replace(/\.?\s*$/, '')}.${below.text}`;
  return SEGNATURA.exec(joined) ?? SEGNATURA_DIRECTION_LAST.exec(joined);
}

/**
 * A school's segnatura, its mechanographic code then the register ("LTIC81200X - REGISTRO PROTOCOLLO - 0004127 -
 * 06/05/2026 - IV.5 - U"), on one line or wrapped after "REGISTRO PROTOCOLLO" in a stamp; U is the school's own, E an
 * arrival.
 */
const SCHOOL_REGISTER = /\bREGISTRO\s+PROTOCOLLO\s*[-–]?\s*(?<num>\d{4,})\s*[-–]\s*(?<d>\d{2})\/(?<m>\d{2})\/(?<y>\d{4})(?:\s*[-–]\s*[\w.]+?)*?\s*[-–]\s*(?<dir>[UEI])\b/i;

function schoolRegister(head: Line[], i: number, seg: Segment): RegExpExecArray | null {
  const m = SCHOOL_REGISTER.exec(seg.text);
  if (m || !/REGISTRO\s+PROTOCOLLO\s*[-–]?\s*$/i.test(seg.text)) return m;
  const below = head[i + 1]?.segments.find((b) => Math.abs(b.x - seg.x) < 12 && /^\d{4,}\s*[-–]/.test(b.text));
  return below ? SCHOOL_REGISTER.exec(`${seg.text} ${below.text}`) : null;
}

/**
 * The number-first segnatura (see NUMBER_FIRST_SEGNATURA) as the letter's own: in its head or stamped on it, not cited
 * after or under a reference label ("Vs. nota del" / "0012345-15/05/2026-…").
 */
function numberFirst(head: Line[], i: number, seg: Segment): RegExpExecArray | null {
  const m = NUMBER_FIRST_SEGNATURA.exec(seg.text);
  if (!m || (i >= 12 && !head[i].origins?.length)) return null;
  // "Vs. nota del" / "0012345-…", "Rif. nota 0012345-…": the number of the note answered.
  if (CITES.test(seg.text.slice(0, m.index)) || CITED_BELOW.test(head[i - 1]?.text ?? '')) return null;
  return m;
}
/** The words that introduce a paper cited: before the segnatura on its line, or closing the line above it. */
const CITES = /\b(?:vs|vostr[ao]|nota|rif|riferimento|risposta|riscontro)\b/i;
const CITED_BELOW = new RegExp(`${CITES.source}[^\\n]{0,30}$`, 'i');

function protocolOf(lines: Line[]): Found<Protocol> | null {
  const firstPage = lines.filter((l) => l.page === lines[0]?.page);
  // The head of the first page, and whatever is stamped on it: a segnatura up the margin, an annotation.
  const head = [...firstPage.slice(0, 40), ...firstPage.slice(40).filter((l) => l.origins?.length)];
  // The receiver's stamp numbers the letter's arrival, whatever form its number takes.
  const received = receiverStampSegments(head);
  const subjectAt = subjectLineIndex(firstPage);
  for (let i = 0; i < head.length; i++) {
    for (const seg of head[i].segments) {
      if (received.has(seg)) continue;
      // A bare IPA segnatura is the letter's own only stamped on it (up the margin, as an annotation) or above its
      // subject: lower down it may be the receiver's register, whose code says no direction.
      const ipa = head[i].origins?.length || i < (subjectAt >= 0 ? subjectAt : 12) ? IPA_SEGNATURA.exec(seg.text) : null;
      const directed = DIRECTED_REGISTER.exec(seg.text);
      const s =
        SEGNATURA.exec(seg.text) ?? SEGNATURA_DIRECTION_LAST.exec(seg.text) ?? wrappedSegnatura(head, i, seg) ?? schoolRegister(head, i, seg) ?? REGISTER_STAMP.exec(seg.text) ?? DASHED_FIELDS_STAMP.exec(seg.text) ?? wrappedStamp(head, i, seg) ?? directed ?? GENERAL_REGISTER.exec(seg.text) ?? SLASH_SEGNATURA.exec(seg.text) ?? SLASH_DIRECTED_SEGNATURA.exec(seg.text) ?? DATE_FIRST_SEGNATURA.exec(seg.text) ?? DOTTED_SEGNATURA.exec(seg.text) ?? DIRECTED_DOTTED_SEGNATURA.exec(seg.text) ?? trentoSegnatura(head, i, seg) ?? numberFirst(head, i, seg) ?? PIPE_SEGNATURA.exec(seg.text) ?? pipeFields(seg.text) ?? ipa;
      if (s?.groups?.dir && !/^(?:U|P|I|uscita|partenza|interno)$/i.test(s.groups.dir)) continue;
      // A Region's register line with its fields between dashes says "I" for a letter in ingresso ("REGIONE … - Registro
      // Ufficiale - I - 0212345 - …", the receiver's stamp up the margin), where a ministry's dotted one says "E".
      if (s?.groups?.dir === 'I' && /(?:REGISTRO\s+UFFICIALE|PROTOCOLLO(?:\s+GENERALE)?)\s*[-–]\s*I\s*[-–]/i.test(s[0])) continue;
      if (s?.groups?.way === 'A') continue;
      // An incoming register's fields ("REGISTRO UFFICIALE(E)", "…ENTRATA…") number the arrival.
      if (s?.groups?.reg && /\(E\)|(?:^|\.)E\.|entrata|ingresso|arrivo/i.test(s.groups.reg)) continue;
      // Inside a sentence ("Vista la nota regionale PG/2025/… del …") a register's string cites another paper.
      // A register's line that names its direction, with no word of prose before it ("COMUNE DI ISERNIA - Protocollo Generale
      // N. … (Partenza)" at the page's foot), is the register's own, below the subject too.
      // Below the subject only stamped on the page or printed at its foot, alone: not a forwarded note's heading, nor a citation
      // wrapped after "con nota" ("PROT. N. 4455 DEL 01/03/2031 (USCITA), alla quale …").
      // Its filing fields may follow ("– Class. 7.8 – Fasc. 2031.7"): words of the register, not of a sentence.
      const alone = !!s && !/\p{Ll}{3,}/u.test(seg.text.slice(s.index + s[0].length).replace(FILING_FIELD, '')) && !CUE_AT_END.test(head[i - 1]?.text ?? '');
      const stampLine = !!s && s === directed && !/\p{Ll}{2,}/u.test(seg.text.slice(0, s.index)) && !CITES.test(seg.text.slice(0, s.index)) && (!!head[i].origins?.length || (atFoot(firstPage, head[i]) && alone));
      if (s && s === directed && !stampLine && subjectAt >= 0 && i > subjectAt && !head[i].origins?.length) continue;
      // A printed PEC's subject that names the sending body, then its segnatura ("Oggetto: POSTA CERTIFICATA: Prefettura di … -
      // U.0058812.18-11-2031 - …") is the register's own, not a citation (a reply's "R: …" or a forward's "I: …" is not).
      const pecSubject = PEC_SUBJECT_SEGNATURA.test(seg.text.slice(0, s?.index ?? 0));
      if (s && !stampLine && !pecSubject && citedInProse(seg.text.slice(0, s.index), head[i], subjectAt >= 0 && i >= subjectAt, head[i - 1])) continue;
      if (s?.groups) {
        const g = s.groups;
        const date = isoDate(Number(g.y), Number(g.m), Number(g.d));
        return { value: { number: g.num, date }, evidence: evidenceOf(head[i], seg.text) };
      }
    }
  }
  for (let i = 0; i < Math.min(head.length, 12); i++) {
    const heading = noteHeading(head[i].text);
    if (heading) return { value: heading, evidence: evidenceOf(head[i]) };
  }
  let referenced: Found<Protocol> | null = null;
  let undated: Found<Protocol> | null = null;
  for (let i = 0; i < head.length; i++) {
    for (const seg of head[i].segments) {
      LABEL.lastIndex = 0;
      // A receiver's stamp ("… Ingresso", "Entrata") numbers the arrival, not the document.
      if (received.has(seg) || ARRIVAL.test(seg.text)) continue;
      // An address such as protocollo@pec.ente.it names the office, not a number: it is blanked out.
      // From a word's start only: tried inside a long run of letters, the pattern would rescan the run from every letter.
      const text = seg.text.replace(/(?<![\w.+-])[\w.+-]+@[\w.-]+/g, (a) => ' '.repeat(a.length));
      // The sentence the label is in may have begun on the line above ("VISTA la nota della ASL … /
      // Nutrizione prot. n. 45871 del …"): that text counts too, when the line above does not end a sentence.
      const above = i > 0 && head[i - 1].page === head[i].page && !/[.;:]\s*$/.test(head[i - 1].text) ? `${head[i - 1].text} ` : '';
      for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
        if (!/prot/i.test(m[0])) continue;
        // "Rif. nota prot. n. …", "Vs. prot.", "in riscontro alla nota prot.", "la nota della ASL … prot.": another letter's number.
        // A line that starts with the label is a heading line of the letter itself: only a label inside a sentence looks above.
        // "Ns. Prot. n. …", "Nostro prot.": the writer's own reference, however the line above reads.
        const lead = OWN_REFERENCE.test(text.slice(0, m.index)) ? '' : text.slice(0, m.index);
        // A register's own subject for the PEC it sends names its body, then its number: "POSTA CERTIFICATA: Comune di Macerata -
        // Prot. N. 0066912/2026 del 30/10/2026 - Riscontro nota …", wrapped before the number or not.
        const sentBy = REGISTER_SUBJECT.test(lead) || (/^\s*[-–—]?\s*$/.test(lead) && REGISTER_SUBJECT.test(above.replace(/^\s*oggetto\s*:\s*/i, '') + lead));
        // Below the subject a label inside a sentence ("con comunicazione del … numero protocollo 2548")
        // cites another paper; only a line the label opens, or a stamp, is the letter's own.
        if (subjectAt >= 0 && i > subjectAt && lead.trim() && !sentBy && !head[i].origins?.length) continue;
        // Without a subject line the body still shows itself as prose: a label inside a sentence that runs on
        // from a line of prose above, or inside a long line of prose, cites another paper ("a seguito di
        // convocazione prot. n. …").
        // A field of the register before it ("Repertorio n. 214/2031 – Prot. n. …") makes the line a heading, not a sentence.
        if (lead.trim() && !sentBy && !NUMBERED_FIELD.test(lead) && !head[i].origins?.length && (isProse(above) || (words(lead) >= 3 && isProse(seg.text)))) continue;
        // In the body a sentence may wrap right before the label ("… pubblicato con nota" / "prot. n. 4519 del …"): the
        // line above counts there too.
        const inBody = subjectAt >= 0 && i > subjectAt && !head[i].origins?.length;
        // Below the subject a label opening a line that a sentence of prose runs on to ("… sono pervenute 172 istanze sull'avviso" /
        // "prot. n. 61245 del 12/10/2026, …") cites the paper the sentence names.
        // Only a label in the sentence's lower case ("prot. n. …"): the letter's own "Prot. n. 7833 del …" may stand under a
        // closing sentence that lacks its full stop.
        if (inBody && !lead.trim() && !sentBy && isProse(above) && /^\s*prot/.test(text.slice(m.index))) continue;
        // So may a sentence of prose with no subject above it ("… trasmessa agli Enti gestori il 30 ottobre 2026 (nota" / "prot. n. …").
        if (/\b(?:rif|riferimento|riscontro|risposta|vs|vostr[ao]|nota|vostra\s+nota)\b\.?[^.;]{0,120}$/i.test((lead.trim() || inBody || isProse(above) ? above : '') + lead)) {
          // "Bollate, 14 aprile 2026 - Rif. Prot. n. 0000981/2026": a bare "Rif." after the letter's own place-date
          // is its own reference, when nothing else numbers it.
          if (!referenced && OWN_RIF.test(lead) && startsCapital(lead.trimStart())) referenced = numberAfterLabel(head, i, seg, m);
          continue;
        }
        const found = numberAfterLabel(head, i, seg, m);
        // A number printed without its date (a printed PEC's subject "Prot. n. 0008812/2026 – …") may be printed again with
        // it (the note's own "Prot. n. 0008812/2026   Rieti, 9 marzo 2026"): that line dates it.
        if (found && !found.value.date) undated ??= found;
        else if (found) return undated && undated.value.number !== found.value.number ? undated : found;
      }
    }
  }
  return undated ?? referenced ?? numberThenLabel(head, subjectAt) ?? pcmSegnatura(head, subjectAt);
}

/** The Arma's form, the number before its label: "N. 1243/4-2 di prot." beside "Bassano del Grappa, 5 ottobre 2026". */
const NUMBER_THEN_LABEL = /^\s*n(?:r)?\.?\s*(?<num>\d{1,7}(?:\/[\dA-Za-z]+(?:-[\dA-Za-z]+)*)?)\s+di\s+prot(?:ocollo)?\.?\s*$/i;
function numberThenLabel(head: Line[], subjectAt: number): Found<Protocol> | null {
  for (const line of head.slice(0, subjectAt >= 0 ? subjectAt : 12)) {
    const seg = line.segments.find((g) => NUMBER_THEN_LABEL.test(g.text));
    if (!seg) continue;
    const date = firstDate(line.segments.filter((g) => g !== seg).map((g) => g.text).join(' '));
    return { value: { number: NUMBER_THEN_LABEL.exec(seg.text)!.groups!.num, date }, evidence: evidenceOf(line, seg.text) };
  }
  return null;
}

/**
 * A register's stamp in an annotation, wrapped over two lines: "TERRE DELL'UFITA ASC - REGPROT - 0002217" / "Uscita -
 * 14/07/2026 - 10:12".
 */
function wrappedStamp(head: Line[], i: number, seg: Segment): RegExpExecArray | null {
  const below = head[i + 1];
  // Cut after the number ("… REGISTRO UFFICIALE.U.0002871" / "12-02-2026") or after the register's name ("… - REG_UFF_PROT" /
  // "0021457 - Uscita - 12/10/2026 - 11:02").
  if (!head[i].origins?.length || !below?.origins?.length || !/(?:\d{3,}|\bREG\w*PROT\w*|\bPROTOCOLLO(?:\s+GENERALE)?|\bREGISTRO(?:\s+UFFICIALE)?)\s*[-–]?\s*$/i.test(seg.text)) return null;
  return REGISTER_STAMP.exec(`${seg.text} - ${below.text}`);
}

/** A line among the last three of its page, under everything else: a register's line printed at the foot. */
function atFoot(page: Line[], line: Line): boolean {
  return page.indexOf(line) >= page.length - 3;
}

/**
 * The Presidenza del Consiglio's segnatura alone on its line above the subject, or stamped on the page as an annotation,
 * sent ("-P-"), when nothing else numbers the letter: cited ones ("Vostro riferimento: DIPOFAM-…", a list of the
 * Department's notes) stand in a sentence or beside a label.
 */
function pcmSegnatura(head: Line[], subjectAt: number): Found<Protocol> | null {
  const above = subjectAt >= 0 ? subjectAt : Math.min(head.length, 12);
  for (let i = 0; i < head.length; i++) {
    const line = head[i];
    if (i >= above && !line.origins?.length) continue;
    if (line.segments.length !== 1) continue;
    const m = PCM_SEGNATURA.exec(line.text);
    const before = head[i - 1]?.text ?? '';
    if (!m?.groups || m.groups.dir !== 'P' || line.text.trim() !== m[0] || /\b(?:rif|riferimento|vostr[ao]|vs|nota|note)\b/i.test(before)) continue;
    return { value: { number: m.groups.num, date: isoDate(Number(m.groups.y), Number(m.groups.m), Number(m.groups.d)) }, evidence: evidenceOf(line) };
  }
  return null;
}

/**
 * A bare "Rif." right after the letter's place-date: "Bollate, 14 aprile 2026 - Rif. Prot. n.". On a line of its own
 * "Rif. Prot. n. … del …" is as often the number of the letter answered.
 */
const OWN_RIF = /^\s*\p{L}[\p{L}'’ ]{1,40},\s*(?:lì\s*)?\d{1,2}(?:[/.-]\d{1,2}[/.-]|\s+\p{L}+\s+)\d{4}\s*[-–—]\s*rif\.?\s*$/iu;

/** The number (and its date) after a protocol label at `m` in `seg` of line `i`, or on one of the next lines. */
function numberAfterLabel(head: Line[], i: number, seg: Line['segments'][number], m: RegExpExecArray): Found<Protocol> | null {
  const rest = seg.text.slice(m.index + m[0].length);
  const df = DATE_FIRST.exec(rest);
  if (df?.groups) {
    const g = df.groups;
    return { value: { number: g.num, date: isoDate(Number(g.y), Number(g.m), Number(g.d)) }, evidence: evidenceOf(head[i], seg.text) };
  }
  // A register that prints its year first, then a dot: "Prot. 2026. 0612874 21/10/2026" (Regione Campania's stamp).
  const yearFirst = YEAR_DOT_NUMBER.exec(rest);
  const n = yearFirst ?? NUMBER.exec(rest);
  if (n?.groups && !looksLikeDate(rest)) {
    // The protocol's date follows the number; failing that, a date elsewhere on the same line.
    const sameLine = head[i].segments.filter((s) => s !== seg).map((s) => s.text).join(' ');
    // "Milano, 12 giugno 2024 – Prot. n. 387/2024": the date may also stand before the label.
    const date = dateAfter(rest.slice(n[0].length), head, i) ?? firstDate(sameLine) ?? firstDate(seg.text.slice(0, m.index));
    return { value: { number: n.groups.num.replace(/\s+/g, ''), date }, evidence: evidenceOf(head[i], seg.text) };
  }
  // A register's box of two cells: "COMUNE DI … – PROTOCOLLO GENERALE | N. 21457 del 14/04/2026".
  const next = rest.trim() ? undefined : head[i].segments[head[i].segments.indexOf(seg) + 1]?.text;
  const cell = next === undefined ? null : NUMBER.exec(next.replace(NUMBER_LABEL, ''));
  if (next !== undefined && cell?.groups && !looksLikeDate(next.replace(NUMBER_LABEL, ''))) {
    return { value: { number: cell.groups.num.replace(/\s+/g, ''), date: firstDate(next) }, evidence: evidenceOf(head[i], seg.text) };
  }
  // An empty label ("Prot. n.") or a stamp heading: the number is on one of the next lines.
  return numberNearby(head, i);
}
/** A number's own label at a cell's start: "N. ", "n°", "Nr.", "Numero". */
const NUMBER_LABEL = /^\s*(?:n(?:r|um|umero)?\.?\s*°?|numero)\s*/i;

/** The number and date of a heading "Nota <date>, AOO… <number>", or null. */
function noteHeading(text: string): Protocol | null {
  const start = NOTE_HEADING.exec(text);
  if (!start) return null;
  const rest = text.slice(start[0].length);
  const d = dateRegex().exec(rest);
  if (!d || d.index !== 0) return null;
  const n = AOO_NUMBER.exec(rest.slice(d[0].length));
  return n?.groups ? { number: n.groups.num, date: dateOf(d, { reference: null }).iso } : null;
}

function numberNearby(head: Line[], at: number): Found<Protocol> | null {
  for (let j = at + 1; j < Math.min(head.length, at + 4); j++) {
    for (const seg of head[j].segments) {
      const n = STAMP_NUMBER.exec(seg.text);
      if (n?.groups) {
        return { value: { number: n.groups.num, date: dateAfter(seg.text.slice(n[0].length), head, j) }, evidence: evidenceOf(head[j], seg.text) };
      }
    }
  }
  return null;
}

function firstDate(text: string): string | null {
  const m = dateRegex().exec(text);
  return m ? dateOf(m, { reference: null }).iso : null;
}

function looksLikeDate(rest: string): boolean {
  return /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(rest);
}

/** The protocol's own date: on the same line after the number, else on the next line. */
function dateAfter(rest: string, lines: Line[], at: number): string | null {
  const re = dateRegex();
  const m = re.exec(rest);
  if (m && m.index < 30) return dateOf(m, { reference: null }).iso;
  // A stamp prints "DATA 13/03/2024" on its own line, in its own column.
  for (const seg of lines[at + 1]?.segments ?? []) {
    if (!/^\s*(?:del|data|in\s+data)\b/i.test(seg.text)) continue;
    const m2 = dateRegex().exec(seg.text);
    if (m2) return dateOf(m2, { reference: null }).iso;
  }
  return null;
}

/** A line that ends on the words introducing a cited paper's number: "… convocato con nota prot.", "… con la nota n.". */
// A sentence (four words or more) that ends on the paper it cites: not the letter's own label ("Prot. n.", "Ns. rif.").
const CUE_AT_END = /\S+\s+\S+\s+\S+\s+.*\b(?:nota|note|lettera|comunicazione|circolare|richiesta|convocazione)\b(?:\s+\S+){0,3}?(?:\s+prot(?:ocollo)?\.?)?(?:\s*n(?:r|°)?\.?)?\s*$/i;
/** Text before a register's string that makes it a citation: words of a sentence below the subject, or a cue such as "nota". */
function citedInProse(lead: string, line: Line, fromSubjectOn: boolean, above?: Line): boolean {
  // The string's own first token ("m_lps.41." before "REGISTRO UFFICIALE") is no text before it.
  const before = lead.replace(/\S*$/, '');
  if (line.origins?.length) return false;
  // Opening its line, right under a sentence that ends on the cue ("… convocato con nota prot." / "PG/2026/0198455 del …").
  // A sentence, not an office's name ("Ufficio Stampa e Comunicazione"): two words of prose in lower case at least.
  const prose = (text: string) => (text.match(/(?<![\p{L}])\p{Ll}\p{L}{3,}/gu) ?? []).length >= 2;
  if (!before.trim()) return !!above && above.page === line.page && !isParagraphBreak(line, above) && CUE_AT_END.test(above.text) && prose(above.text);
  return fromSubjectOn || /\b(?:rif|riferimento|riscontro|risposta|vs|vostr[ao]|nota|vist[ao])\b\.?[^;]{0,120}$/i.test(before);
}

/** A register's filing field after its number: "Class. 7.8", "Tit. III", "Fasc. 2031.7.8", "Cl. 7.4". */
const FILING_FIELD = /\b(?:class(?:ifica)?|cl|tit(?:olo)?|fasc(?:icolo)?)\b\.?/gi;
/** A numbered field of a heading line, then a dash: "Repertorio n. 214/2031 – ", "Rep. n. 12 – ". */
/** A PEC's subject up to its segnatura, the sending body named first: "Oggetto: POSTA CERTIFICATA: Prefettura di Cuneo - ". */
const PEC_SUBJECT_SEGNATURA = /^\s*(?:oggetto\s*:\s*)?posta\s+certificata\s*:\s*(?!(?:r|re|i|fw|fwd)\s*:)[^:;.]{3,80}?\s[-–—]\s*$/i;
/** Before a protocol's label in a PEC's subject, the sending body's name and a dash: "POSTA CERTIFICATA: Comune di Macerata - ". */
const REGISTER_SUBJECT = /^\s*(?:posta\s+certificata\s*:\s*)(?:comune|citt[àa]|regione|provincia|unione|azienda|a\.?s\.?[lp]\.?|ausl|a?ulss\s*\d*|asst|ats|prefettura|ministero|consorzio|ambito|distretto|istituto|inps|societ[àa]\s+della\s+salute)\b[^-–—:;.]{0,60}?\s[-–—]\s*$/i;
const NUMBERED_FIELD = /^\s*\p{Lu}[\p{L}.]{1,15}\s+(?:n\.?|nr\.?|n°)\s*\d[\d/.-]*\s*[–—-]\s*$/u;

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** A line of running text, not a heading or a stamp: many words, several of them lower-case (articles, verbs). */
function isProse(text: string): boolean {
  return words(text) >= 8 && (text.match(/(?:^|\s)[a-zàèéìòù]{2,}(?=[\s,;]|$)/g)?.length ?? 0) >= 4;
}
