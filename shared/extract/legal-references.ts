import type { Evidence, Found, SourceText } from './source-text.ts';
import { DATE_SOURCE, dateOf, prefixedDateSource } from './italian-dates.ts';

/** How Italian texts name each type of normative act, mapped to the normalised abbreviation. */
const TYPES: [string, RegExp][] = [
  // "LR. 48/1991": OCR loses the first dot.
  ['L.R.', /l\.?\s*r\.|legge\s+regionale/],
  ['D.Lgs.', /d\.?\s*(?:lgs|lsg)\.?|d\.?\s*leg\.?vo|decreto\s+legislativo|t\.?\s*u\.?\s*e\.?\s*l\.?|testo\s+unico\s+(?:delle\s+leggi\s+sull['’]ordinamento\s+)?degli\s+enti\s+locali/],
  ['D.P.C.M.', /d\.?\s*p\.?\s*c\.?\s*m\.?|decreto\s+del\s+presidente\s+del\s+consiglio\s+dei\s+ministri/],
  ['D.P.R.', /d\.?\s*p\.?\s*r\.?|decreto\s+del\s+presidente\s+della\s+repubblica/],
  ['D.L.', /d\.\s*l\.|dl|decreto[\s-]+legge/],
  // "DGRT", "DGRV": a deliberation of the Giunta regionale with its region's initial.
  ['D.G.R.', /d\.?\s*g\.?\s*r\.?(?:t\.?|v\.?)?|delib(?:era(?:zione)?)?\.?\s+(?:della\s+|di\s+)?giunta\s+regionale/],
  // Several Regions call their council "Assemblea legislativa": "Deliberazione dell'Assemblea legislativa n. 120/2017", "D.A.L.",
  // the Marche's "deliberazione amministrativa dell'Assemblea legislativa regionale n. 109".
  ['D.C.R.', /d\.?\s*c\.?\s*r\.?|d\.\s*a\.\s*l\.|delib(?:era(?:zione)?)?\.?\s+(?:del\s+|di\s+)?consiglio\s+regionale|delib(?:era(?:zione)?)?\.?\s+(?:amministrativa\s+)?(?:dell['’]\s*)?assemblea\s+legislativa(?:\s+regionale)?/],
  // "D.I.": a decree of several ministers, a ministerial decree all the same ("decreto del Ministro del lavoro …, di concerto
  // con il Ministro dell'economia …, 20 novembre 2025, n. 187").
  ['D.M.', /d\.\s*m\.|d\.\s*i\.|dm|decreto\s+(?:inter)?ministeriale|decreto\s+del\s+ministro(?:\s+(?:del|della|dell['’]|per\s+(?:il|la|le|gli|i)|degli|delle)\s*(?:(?!registrat)[a-zàèéìòù'’ ,\s]){3,80}?(?:,?\s+di\s+concerto\s+con\s+(?:(?!registrat)[a-zàèéìòù'’ ,\s]){3,120}?)?)?(?=\s+(?:\d|n\.))/],
  // "decreto del Dirigente generale n. 388": a decree of an office-holder, as "decreto dirigenziale".
  // "decreto (regionale) del Direttore della Direzione Enti Locali n. 58": the office-holder's office named in full before the number;
  // "decreto direttoriale del Ministero dell'Università e della Ricerca n. 1056": the body named so (not a relative clause
  // that names another paper: "decreto dirigenziale della Regione che approva l'Avviso pubblico n. 3/2031").
  // "D.D.G." and "D.D.S.": Sicily's decrees of a dirigente generale or of a service's dirigente; "d.d.u.o.": Lombardy's
  // decree of an organisational unit's dirigente.
  // "Decreto regionale n. 18244", "decreto dirigenziale regionale n. 45": a Region's numbered decrees are its dirigenti's
  // (a President's is a D.P.G.R., named so).
  ['D.D.', /d\.\s*d\.(?:\s*[gs]\.|\s*u\.\s*o\.)?|decreto\s+regionale(?=\s+n)|decreto\s+(?:(?:dirigenziale|direttoriale)(?:\s+regionale)?(?:\s+(?:della|del|dell['’]|dello)(?:\s*(?!(?:legge|decreto|d\.|l\.|n\.?|nr|numero|n°|che|con|avviso|bando|nota|circolare|approv[\wàèéìòù]*)(?![\wàèéìòù]))(?![\wàèéìòù'’.–—-]*(?:avviso|bando|relativ|favore|ambito|liquidazion|progett))[\wàèéìòù'’.–—-]+){1,12}?(?=\s+n(?:r|um)?\.?\s*°?\s*\d))?|(?:regionale\s+)?del\s+(?:dirigente|direttore)(?:\s+(?:generale|regionale|del\s+(?:servizio|settore|dipartimento)))?(?:\s+(?:della|del|dell['’]|dello)(?:\s*(?!(?:legge|decreto|d\.|l\.|n\.?|nr|numero|n°|che|con|avviso|bando|nota|circolare|approv[\wàèéìòù]*)(?![\wàèéìòù]))(?![\wàèéìòù'’.–—-]*(?:avviso|bando|relativ|favore|ambito|liquidazion|progett))[\wàèéìòù'’.–—-]+){1,12}?(?=\s+n(?:r|um)?\.?\s*°?\s*\d))?(?=\s+n))/],
  ['R.R.', /r\.\s*r\.|regolamento\s+regionale/],
  ['Reg. UE', /reg(?:olamento)?\.?\s*\((?:ue|ce)(?:\s*,\s*euratom)?\)|reg(?:olamento)?\.?\s+(?:ue|ce)/],
  // A law may be named by what it does: "legge di bilancio 234/2021", "legge finanziaria n. 296/2006".
  ['L.', /l\.|legge(?:\s+(?:delega|quadro|di\s+bilancio|di\s+stabilit[àa]|finanziaria))?/],
];

/** A regional act may name its region: "Legge Regionale Campania 23 ottobre 2007, n. 11", "D.G.R. Lazio n. 149". */
const REGION = String.raw`(?:(?:della\s+)?regione\s+|(?:del|della|dell['’])\s*)?(?:abruzzo|basilicata|calabria|campania|emilia[\s-]romagna|friuli[\s-]venezia[\s-]giulia|lazio|liguria|lombardia|marche|molise|piemonte|puglia|sardegna|sicilia(?:na)?|toscana|trentino[\s-]alto[\s-]adige|umbria|valle\s+d['’]aosta|veneto)`;
/** Lombardy numbers its acts by legislature: "d.g.r. n. XII/1669" is act 1669. */
const TYPE_SOURCE = TYPES.map(([, re], i) => `(?<t${i}>${re.source})`).join('|');
/**
 * The tail after a type: an optional date of enactment, then the number (an office's code may follow it before the date:
 * "n. 211/DPS del 18/11/2026", or a second number: Sardinia's "D.G.R. n. 14/27 del 20.03.2026", session 14, item 27), then
 * its year in any printed form. A comma
 * may follow the type ("D.P.R, 28 dicembre 2000, n. 445") or the "n" ("… 5 agosto 1999, n, 320"): OCR reads a dot so.
 */
const REF = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ÿ.])(?:${TYPE_SOURCE})(?:,(?=\\s))?\\s*(?:\\((?:ue|ce)\\)\\s*)?(?:${REGION}\\s*)?` +
    `(?:(?:del\\s+)?(?<date>${prefixedDateSource('a_')})\\s*,?\\s*)?` +
    `(?:n(?:r|um)?[.,]?\\s*°?\\s*)?(?:[IVXL]{1,5}\\s*\\/\\s*)?(?<num>(?:\\d{1,3}-)?\\d{1,5})(?!\\d)(?:\\s*(?:bis|ter))?(?:\\/[A-Z]{2,6}\\d?(?=\\s+del\\s))?(?:\\/(?<sub>\\d{1,3})(?=\\s+del\\s+\\d))?` +
    `(?:\\s*\\/\\s*(?<y1>\\d{4}|\\d{2})(?!\\d|\\s*\\/\\s*\\d)|\\s+del(?:l['’])?\\s+(?:anno\\s+)?(?<y2>\\d{4})(?!\\d|\\s*[/.-]\\d)|\\s+(?:del\\s+|dell['’]\\s*)(?<date2>${prefixedDateSource('b_')}))?`,
  'gi',
);
/** EU regulations since 2015 print year first: "Regolamento (UE) 2021/1060", the financial one "(UE, Euratom) 2018/1046". */
const EU_YEAR_FIRST = /(?<![A-Za-zÀ-ÖØ-öø-ÿ.])reg(?:olamento)?\.?\s*\(?(?:ue|ce)(?:\s*,\s*euratom)?\)?\s*(?:n\.?\s*)?(?<y>(?:19|20)\d{2})\s*\/\s*(?<num>\d{1,5})(?!\d)/gi;
/** A decree of an office-holder, as an act's heading names it: "DECRETO DEL DIRIGENTE DEL SETTORE …", "Decreto dirigenziale n. …". */
const DIRECTORS_DECREE = /(?<![\p{L}])decreto\s+(?:dirigenziale|direttoriale|del\s+(?:dirigente|direttore))(?![\p{L}])/iu;
/** Whether the document is itself a decree of an office-holder: its heading (a line of the first page's top) says so. */
function isDirectorsDecree(source: SourceText): boolean {
  const first = source.lines.filter((l) => l.page === source.lines[0]?.page).slice(0, 12);
  return first.some((l) => DIRECTORS_DECREE.test(l.text) && /^\s*(?:\p{Lu}[\p{Lu}\s'’.–-]*\s)?(?:DECRETO|Decreto)\b/u.test(l.text));
}

/**
 * The issuer's own earlier act of a kind (the noun's pattern), named without its organ: "il proprio decreto n. 94 del
 * 10/04/2025", "propri decreti n. 12/2025"; numbered by legislature too ("n. XII/3870 del …").
 */
function ownAct(noun: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}])${noun}\\s+n(?:r)?\\.?\\s*°?\\s*(?:[IVXL]{1,5}\\s*\\/\\s*)?(?<num>\\d{1,5})(?:\\s*\\/\\s*(?<y>\\d{4})(?!\\d)|\\s+del\\s+(?<date>${DATE_SOURCE}))`,
    'giu',
  );
}
/** Its own earlier decree: "il proprio decreto n. 94 del 10/04/2025", "propri decreti n. 12/2025". */
const OWN_DECREE = ownAct(String.raw`propri[oa]?\s+decret[oi]`);
/** Its own earlier deliberation: "la propria deliberazione n. 412 del 23 marzo 2026", "n. XII/3870 del …". */
const OWN_DELIBERATION = ownAct(String.raw`propri[ae]\s+deliberazion[ei]`);
/** The regional organ whose deliberation the document is, from the top of its first page ("GIUNTA REGIONALE" over "Delibera Num. …"). */
function regionalOrgan(source: SourceText): 'D.G.R.' | 'D.C.R.' | null {
  const top = source.lines.filter((l) => l.page === source.lines[0]?.page).slice(0, 12).map((l) => l.text).join('\n');
  if (!/^\s*(?:delibera|deliberazione)\b/im.test(top)) return null;
  return /\bgiunta\s+regionale\b/i.test(top) ? 'D.G.R.' : /\bconsiglio\s+regionale\b/i.test(top) ? 'D.C.R.' : null;
}

/** "con deliberazione n. 104 del 29 dicembre 2020, il Consiglio regionale…": the organ named nearby gives the type. */
const DELIBERATION = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ÿ])deliberazione\\s+n\\.?\\s*(?<num>\\d{1,5})\\s+del\\s+(?<date>${DATE_SOURCE})(?<after>[^.]{0,80})`, 'gi');

/**
 * Every normative act cited, as "TYPE NUMBER/YEAR". Acts without a number or year, circulars, notes,
 * municipal deliberations and the Constitution are left out. `skip` leaves out citations at some
 * places (an act's own heading) before each act is taken once, so that an act also cited elsewhere stays.
 */
export function extractLegalReferences(source: SourceText, skip: (at: Evidence) => boolean = () => false): Found<string>[] {
  const found: Found<string>[] = [];
  const text = source.text;
  for (const m of text.matchAll(REF)) {
    const g = m.groups!;
    const ti = TYPES.findIndex((_, i) => g[`t${i}`] !== undefined);
    const type = TYPES[ti][0];
    const year = yearOf(g) ?? narratedYear(text, m.index!, g);
    if (!year || year < 1850 || year > 2100) continue;
    // "Regolamento (UE) 2021/1060" prints the year first: EU_YEAR_FIRST reads it, its date after it too ("(UE) 2021/241 del 12
    // febbraio 2021").
    if (type === 'Reg. UE' && (g.y1 || g.sub) && Number(g.num) >= 1950 && Number(g.num) <= 2100) continue;
    // "n. 123/26 del 20.03.2026": the figures after the slash are the year the date repeats; otherwise part of the number.
    const num = g.sub && Number(g.sub) !== year % 100 ? `${actNumber(g.num!)}/${Number(g.sub)}` : actNumber(g.num!);
    found.push({ value: `${type} ${num}/${year}`, evidence: source.evidenceAt(m.index!, m[0].length) });
  }
  for (const m of text.matchAll(EU_YEAR_FIRST)) {
    found.push({ value: `Reg. UE ${Number(m.groups!.num)}/${m.groups!.y}`, evidence: source.evidenceAt(m.index!, m[0].length) });
  }
  for (const m of text.matchAll(DELIBERATION)) {
    const organ = /consiglio\s+regionale/i.test(m.groups!.after) ? 'D.C.R.' : /giunta\s+regionale/i.test(m.groups!.after) ? 'D.G.R.' : null;
    const iso = dateOf(reparse(m.groups!.date), { reference: null }).iso;
    if (organ && iso) found.push({ value: `${organ} ${Number(m.groups!.num)}/${iso.slice(0, 4)}`, evidence: source.evidenceAt(m.index!, m[0].length) });
  }
  // "la propria deliberazione n. 412 del 23 marzo 2026" in a deliberation of the Giunta regionale: an earlier one of the same organ.
  const organ = regionalOrgan(source);
  if (organ) {
    for (const m of text.matchAll(OWN_DELIBERATION)) {
      const iso = m.groups!.date ? dateOf(reparse(m.groups!.date), { reference: null }).iso : null;
      const year = m.groups!.y ? Number(m.groups!.y) : iso ? Number(iso.slice(0, 4)) : null;
      if (year) found.push({ value: `${organ} ${actNumber(m.groups!.num)}/${year}`, evidence: source.evidenceAt(m.index!, m[0].length) });
    }
  }
  // "il proprio decreto n. 94 del 10/04/2025" in a decree of a dirigente: an earlier decree of the same office-holder.
  if (isDirectorsDecree(source)) {
    for (const m of text.matchAll(OWN_DECREE)) {
      const iso = m.groups!.date ? dateOf(reparse(m.groups!.date), { reference: null }).iso : null;
      const year = m.groups!.y ? Number(m.groups!.y) : iso ? Number(iso.slice(0, 4)) : null;
      if (year) found.push({ value: `D.D. ${actNumber(m.groups!.num)}/${year}`, evidence: source.evidenceAt(m.index!, m[0].length) });
    }
  }
  // "le leggi regionali 12 marzo 2008, n. 3, … e 30 dicembre 2009, n. 33": one plural type, several acts.
  for (const m of text.matchAll(PLURAL)) {
    const type = PLURAL_TYPES.find(([re]) => re.test(m.groups!.type))![1];
    const start = m.index! + m[0].length;
    const list = text.slice(start, start + 400).split(';')[0];
    // The list follows the type at once, its acts joined by commas or "e" (a title in quotes between them):
    // a number further on in the sentence (a note, a deliberation) is no act of the list.
    let end = 0;
    for (const item of list.matchAll(LIST_ITEM)) {
      const gap = list.slice(end, item.index!);
      if (end === 0 ? !/^[\s,:]*$/.test(gap) : !/^(?:\s*,\s*|\s*,?\s*["“«][^"”»]{0,200}["”»]\s*,?\s*)?\s*(?:,|\be|\bed)?\s*$/.test(gap)) break;
      end = item.index! + item[0].length;
      const g = item.groups!;
      const year = Number(g.y1 ?? g.y2);
      if (year >= 1850 && year <= 2100) found.push({ value: `${type} ${actNumber(g.n1 ?? g.n2)}/${year}`, evidence: source.evidenceAt(start + item.index!, item[0].length) });
    }
  }
  return distinctCorrected(found.filter((f) => !skip(f.evidence)));
}

/** "0147" → "147"; Piedmont's "16-8121" (session-act) stays as printed. */
function actNumber(num: string): string {
  return num.split('-').map((part) => String(Number(part))).join('-');
}

function yearOf(g: Record<string, string | undefined>): number | null {
  if (g.y1) return g.y1.length === 2 ? (Number(g.y1) >= 40 ? 1900 : 2000) + Number(g.y1) : Number(g.y1);
  if (g.y2) return Number(g.y2);
  for (const prefix of ['b_', 'a_']) {
    if (g[`${prefix}ny`]) return g[`${prefix}ny`]!.length === 2 ? 2000 + Number(g[`${prefix}ny`]) : Number(g[`${prefix}ny`]);
    if (g[`${prefix}wy`]) return Number(g[`${prefix}wy`]);
  }
  return null;
}

/** A type named in the plural before a list of acts of that type. */
const PLURAL_TYPES: [RegExp, string][] = [
  [/^leggi\s+regionali$/i, 'L.R.'],
  [/^decreti\s+legislativi$/i, 'D.Lgs.'],
  [/^decreti[\s-]+legge$/i, 'D.L.'],
  [/^regolamenti\s+regionali$/i, 'R.R.'],
  [/^leggi$/i, 'L.'],
];
const PLURAL = /(?<![\p{L}])(?<type>leggi\s+regionali|decreti\s+legislativi|decreti[\s-]+legge|regolamenti\s+regionali|leggi)(?![\p{L}])/giu;
/** One act of such a list: "12 marzo 2008, n. 3", "12/03/2008, n. 3" or "n. 3/2008". */
const LIST_ITEM = /(?<![\d/])\d{1,2}(?:\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\s+|\s*[/.]\s*\d{1,2}\s*[/.]\s*)(?<y1>\d{4})\s*,?\s*n(?:r)?\.?\s*°?\s*(?<n1>\d{1,5})(?![\d/])|\bn(?:r)?\.?\s*°?\s*(?<n2>\d{1,5})\s*\/\s*(?<y2>\d{4})(?!\d)/gi;

/** "nel 2000, il D.P.R. n. 445 del 28 dicembre": a chronology names the year once, before the act. */
const NARRATED_YEAR = /\bnel(?:l['’]anno)?\s+((?:19|20)\d{2})\b[^.;:\d]{0,40}$/i;

/**
 * The year of an act whose date of enactment is printed without one, from the "nel YYYY" that opens
 * its clause; null for any other act without a year.
 */
function narratedYear(text: string, at: number, g: Record<string, string | undefined>): number | null {
  if (!g.a_wd && !g.b_wd) return null;
  const m = NARRATED_YEAR.exec(text.slice(Math.max(0, at - 60), at));
  return m ? Number(m[1]) : null;
}

function reparse(dateText: string): RegExpExecArray {
  return new RegExp(DATE_SOURCE, 'i').exec(dateText)!;
}

/** Types a misprint turns into one another: the same number and year under both is one act. */
const TWINS: Record<string, string> = { 'D.L.': 'D.Lgs.', 'D.Lgs.': 'D.L.', 'L.': 'L.R.', 'L.R.': 'L.' };

/**
 * Each act once. The same number and year cited as both D.L. and D.Lgs. (or L. and L.R.) is one act
 * with a misprinted type: the type cited more often wins.
 */
function distinctCorrected(found: Found<string>[]): Found<string>[] {
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.value, (counts.get(f.value) ?? 0) + 1);
  const out = new Map<string, Found<string>>();
  for (const f of found) {
    const [type, ref] = splitRef(f.value);
    const twin = TWINS[type] ?? null;
    if (twin && (counts.get(`${twin} ${ref}`) ?? 0) > (counts.get(f.value) ?? 0)) continue;
    if (!out.has(f.value)) out.set(f.value, f);
  }
  return [...out.values()];
}

function splitRef(v: string): [string, string] {
  const i = v.lastIndexOf(' ');
  return [v.slice(0, i), v.slice(i + 1)];
}
