import type { Found, SourceText } from './source-text.ts';
import { evidenceOf } from './source-text.ts';
import { DATE_SOURCE, dateOf, dateRegex, isoDate, prefixedDateSource, type YearContext } from './italian-dates.ts';

/**
 * A date by which the reader must act: "entro il …", "non oltre il …", "entro e non oltre …",
 * "sino alle ore 12:00 del …", "termine ultimo … il …", "scadenza: …" (not a contract's "… in scadenza il 31 dicembre", unless applications are what falls due), a filing's term "è prorogato al …" (not a project's, a
 * contract's or a procedure's). Start dates ("a decorrere dal"),
 * reference dates ("in servizio al") and validity periods have none of these cues and are not taken.
 */
const CUE = String.raw`(?:entro(?:\s+e\s+non\s+oltre)?|non\s+oltre|al\s+rispetto\s+del\s+termine\s+(?:ultimo\s+)?(?:del|fissato\s+(?:al|per\s+il))(?<=\b(?:invit|richiam|sollecit|esort|preg|sensibilizz)[a-zà-ù]*\b[^.;]{0,160}al\s+rispetto\s+del\s+termine\s+(?:ultimo\s+)?(?:del|fissato\s+(?:al|per\s+il)))|al\s+più\s+tardi|non\s+più\s+tardi\s+(?:del|di)|(?:sino|fino)\s+alle\s+ore\s+\d{1,2}(?:[:.]\d{2})?|termine\s+(?:ultimo|perentorio|massimo)|(?:il\s+)?termine\s+(?:per\s+(?:la|il|l['’]|le)(?!\s*(?:conclusion|durat|validit|chiusur))\s*[^.;:\n]{0,60}?\s)?(?:(?:è|e['’]|viene)\s+)?fissato\s+(?:al|per\s+il)|(?:sino|fino)\s+al(?<=\b(?:(?:presentar|inviar|trasmetter|depositar|caricar|far\s+pervenir|pervenir)[ei]|(?:presentat|inviat|trasmess|depositat|caricat|pervenut)[aeio])\b[^.;:\n]{0,60}\s(?:sino|fino)\s+al)|scade(?:rà)?(?<=\b(?:termine|scadenza)\b[^.;:\n]{0,80}\sscade(?:rà)?)(?=\s+(?:il|in\s+data|alle)\b)|scadenza(?<!\b(?:contratt|convenzion|affidament|incaric|concession|polizz|accord|mandat)(?:(?!domand|istanz|candidatur|manifestazion|offert|propost|richiest|iscrizion|adesion)[^.;:]){0,140}\bin\sscadenza)|improrogabilmente|inderogabilmente|(?:prorogat|differit|posticipat)[oaie](?<=(?:\b(?:scadenz[ae]\s+(?:del|dell['’]|di)(?!\s*(?:contratt|convenzion|affidament|incaric|progett|concession|polizz|validit|servizi))\s*(?:[^.;\n]|\n(?![^\S\n]*\n)){0,80}\s(?:è|viene)\s+(?:ulteriormente\s+)?)|\btermin[ei]\s+(?:del(?:l['’])?\s(?!\s*(?:contratt|progett|convenzion|incaric|affidament|servizi|procediment|mandat|lavori|periodo))|(?:ultimo\s+|perentorio\s+)?(?:per\s+(?:la|il|l['’]|le)\s*|di\s+|della\s+|delle\s+|dell['’]\s*)(?:presentazion|invi|trasmission|rendicontazion|caricament|consegn|iscrizion|adesion|compilazion|pagament|versament|domand|candidatur|offert|istanz|richiest|comunicazion)|(?:originariamente\s+|già\s+|inizialmente\s+)?(?:fissat|previst|stabilit)[oi]\s+(?:al|per))(?:[^.;,\n]|\n(?![^\S\n]*\n)|(?<=\b[A-Za-z])\.(?=[A-Za-z]\.)|(?<=\b[A-Za-z]\.[A-Za-z])\.){0,60}(?:,[^.;\n]{0,60}?,)?\s(?:è|sono|viene|vengono)\s+(?:ulteriormente\s+)?)(?:prorogat|differit|posticipat)[oaie])\s+(?:al|alle|sino\s+al|fino\s+al|a(?=\s+(?:luned|marted|mercoled|gioved|venerd|sabato|domenica))))`;
const DEADLINE = new RegExp(`\\b${CUE}\\b(?<gap>(?:[^\\n.;]|(?<=\\d)\\.(?=\\d)){0,90}?(?:\\n(?:[^\\n.;]|(?<=\\d)\\.(?=\\d)){0,60}?)?)(?:${DATE_SOURCE})`, 'gi');

/** A term moved in the clause that names it: "… del 31 marzo 2031 per la trasmissione … è prorogata al …". */
/**
 * A filing's term, then the verb that moves it, then the new date: "il termine per la presentazione … è (pertanto) differito al 20
 * novembre 2026". Not a validity, a contract or a session moved ("il termine di validità … è prorogato al …").
 */
const TERM_MOVED = new RegExp(
  String.raw`\bil\s+termine\s+(?:ultimo\s+)?per\s+(?:la|il|l['’]|lo)\s*(?:presentazion|invi|trasmission|consegn|caricament|integrazion|deposit|produzion|inoltr|compilazion)[^.;]{0,200}?\s(?:è|viene)\s+(?:(?:pertanto|quindi|ulteriormente|eccezionalmente)\s+)?(?:prorogat|differit|posticipat|spostat)[oaie]\s+(?:al|sino\s+al|fino\s+al)\s+(?:giorno\s+)?(?:${DATE_SOURCE})`,
  'gi',
);
const SUPERSEDED = /^[^.;\n]{0,80}?\s(?:è|sono|viene|vengono)\s+(?:ulteriormente\s+)?(?:prorogat|differit|posticipat)[oaie]\s+(?:al|alle|sino\s+al|fino\s+al|a(?=\s+(?:luned|marted|mercoled|gioved|venerd|sabato|domenica)))\b/i;

/**
 * A date the text then calls the limit: "…, termine oltre il quale …", "…, data oltre la quale …", "… al 28 febbraio: entro tale
 * data le Zone dovranno …".
 */
const LIMIT_AFTER = new RegExp(`(?:${DATE_SOURCE})(?<cue>\\s*,?\\s*(?:(?:quale\\s+)?termine(?:\\s+ultimo|\\s+perentorio)?|data)\\s+oltre\\s+(?:il|la)\\s+qual[ei]|\\s*[:,;]?\\s*entro\\s+(?:tale|detta|questa|la\\s+(?:stessa|medesima))\\s+data)`, 'gi');

/** What a filing's term is for: the presentation, sending, upload … of papers. */
const FILING_NOUNS = 'presentazion|invi|trasmission|rendicontazion|caricament|consegn|iscrizion|adesion|compilazion|pagament|versament|domand|candidatur|offert|istanz|richiest|comunicazion|propost|inseriment|deposit|osservazion';
/** A filing's term named by its date: "Resta fermo il termine del 30 novembre 2026 per l'invio della scheda …". */
const TERM_OF = new RegExp(`(?<![a-zà-öø-ÿ])il\\s+termine\\s+(?:ultimo\\s+|perentorio\\s+)?(?:del|dell['’])\\s*(?:giorno\\s+)?(?:${DATE_SOURCE})(?<cue>\\s*,?\\s*(?:già\\s+(?:fissato|previsto|indicato|stabilito)\\s*,?\\s*)?per\\s+(?:la\\s+|il\\s+|l['’]\\s*|le\\s+|i\\s+)?(?:${FILING_NOUNS}))`, 'gi');
/** The act fixes the term itself: "2. di fissare il termine per la presentazione delle candidature alle ore 12:00 del 23 ottobre 2026". */
const FIXES_TERM = new RegExp(`(?<![a-zà-öø-ÿ])(?:di\\s+fissare|si\\s+fissa|(?:è|viene)\\s+fissato)\\s+(?:il\\s+|quale\\s+)?termine\\s+(?:ultimo\\s+|perentorio\\s+)?(?:per\\s+(?:la|il|l['’]|le|i)\\s*(?:${FILING_NOUNS})[^.;:]{0,80}?\\s)?(?:alle\\s+ore\\s+\\d{1,2}(?:[:.]\\d{2})?\\s+del|al|il|nel\\s+giorno|in\\s+data)\\s+(?:giorno\\s+)?(?:${DATE_SOURCE})(?<cue>)`, 'gi');
/** The act fixes the date first: "2. di fissare al 15 dicembre 2031 il termine per la presentazione delle domande". */
const FIXES_DATE_OF_TERM = new RegExp(`(?<![a-zà-öø-ÿ])(?:di\\s+fissare|si\\s+fissa)\\s+(?:al|per\\s+il)\\s+(?:giorno\\s+)?(?:${DATE_SOURCE})(?<cue>\\s+(?:il\\s+)?termine\\s+(?:ultimo\\s+|perentorio\\s+)?per\\s+(?:la|il|l['’]|le|i)\\s*(?:${FILING_NOUNS}))`, 'gi');
/** A date after which filings are refused: "Non saranno prese in considerazione richieste pervenute dopo il 20 novembre 2026". */
const LATE_AFTER = new RegExp(`(?<![a-zà-öø-ÿ])(?:pervenut|inviat|trasmess|presentat|ricevut|giunt)[aeio]\\s+(?:oltre|dopo)\\s+(?:il\\s+(?:termine\\s+del\\s+)?|la\\s+data\\s+del\\s+)?(?:giorno\\s+)?(?:${DATE_SOURCE})(?<cue>)`, 'gi');
/** Filings refused: "non saranno prese in considerazione", "saranno escluse", "irricevibili". */
const REFUSED = /\bnon\s+(?:saranno|verranno|potranno\s+essere|sono|vengono)\s+(?:pres[ei]\s+in\s+considerazione|accolt|ammess|esaminat|valutat|istruit)|(?<!\bnon\s)\b(?:saranno|verranno)\s+esclus|\birricevibil|\binammissibil/i;
/** A term another act fixed, told ("la DGR …, fissando …", "la Regione ha stabilito per gli Ambiti … il termine del …"). */
const OTHER_ACT_FIXED = /\b(?:(?:fiss|stabil|assegn|preved|indic)(?:ando|endo)|(?:ha|hanno|aveva|avevano|(?:è|era)\s+stat[oa])\s+(?:fissat|stabilit|assegnat|previst|indicat)[oaie]|(?:fissat|stabilit|assegnat)[oaie](?=\s+(?:dal|dalla|dall['’]|con)\s))\s+(?:[^.;]{0,100}\s)?$/iu;
/** A term set at a date named before it: "resta confermata al 30 aprile la scadenza per …", "è fissato al … il termine per …". */
// Not a contract's or a project's ("… la scadenza del contratto"), nor another's act told ("la nota …, che ha fissato al … il termine").
// Only a filing's term ("… la scadenza per la presentazione …", "il termine per l'invio …"): a ranking's validity, an
// agreement's, a mandate's or a policy's end is no one's term to act by. "è" is no word character: no \b before it.
const TERM_AFTER = new RegExp(`(?<![a-zà-öø-ÿ])(?:è|resta|rimane|viene|risulta)\\s+(?:confermat|fissat|prorogat|differit|posticipat|spostat)[oaie]\\s+(?:al|per\\s+il)\\s+(?:giorno\\s+)?(?:${DATE_SOURCE})(?<cue>\\s+(?:la\\s+(?:data\\s+di\\s+)?scadenza|il\\s+termine(?:\\s+ultimo)?)\\s+(?:per\\s+|di\\s+|della\\s+|delle\\s+|dell['’]\\s*)(?:la\\s+|il\\s+|l['’]\\s*|le\\s+|i\\s+)?(?:${FILING_NOUNS}))`, 'gi');

/**
 * Every deadline of the document (ISO dates). `letterhead` is the text the issuer heads it with (its name and offices): its own
 * acts "entro il …" ("il Comune provvederà … entro il …" in a Comune's act) are not the reader's. `addressees` are the
 * addressee blocks: a body named in none of them and not the issuer is a third party, whose acts of authority ("la Regione
 * approverà …" in an Ambito's letter to its Comuni, the Region only informed in copy) are not the reader's either.
 */
export function extractDeadlines(source: SourceText, context: YearContext, letterhead = '', addressees = ''): Found<string>[] {
  const self = selfNames(letterhead, addressees);
  const issuer = issuerActs(self, thirdParties(letterhead, addressees));
  const askedOfIssuer = askedOf(self, addressees);
  const leadIsSelf = self.includes(LEAD_BODY);
  // A deadline printed without its year lies ahead of the document's date.
  const ctx: YearContext = { ...context, ahead: true };
  const out = new Map<string, Found<string>>();
  // What was past when the document was written: before its own date; an undated one stands where its
  // dates place it, within six months of its reference date (as years left unprinted are read).
  const past = ctx.issued ?? (ctx.reference ? monthsBefore(ctx.reference, 6) : null);
  const re = new RegExp(DEADLINE.source, DEADLINE.flags);
  for (let m = re.exec(source.text); m; m = re.exec(source.text)) {
    const gap = m.groups?.gap ?? '';
    // "entro 30 giorni dal 1° marzo" counts days from a start date: not a deadline date. A later cue
    // in the same stretch ("entro 60 giorni e comunque non oltre il …") is still read.
    if (/\bgiorni\b|\bmesi\b|\bdall?[a']?\b/i.test(gap)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    // "Al fine di approvare il POA prima della scadenza regionale, il Comitato è convocato per martedì 28 aprile": the date is
    // another clause's, with its own subject and verb.
    if (/^scadenza/i.test(m[0]) && /,[^,]*(?<![a-zà-öø-ÿ])(?:convocat\w*|si\s+terr(?:à|anno)|si\s+riunir(?:à|anno))\s/i.test(gap)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const at = m.index! + m[0].length;
    // "i progetti in scadenza al 31 dicembre": when a project, a contract, a permit runs out, not a date to act by.
    const before = source.text.slice(Math.max(0, m.index! - 60), m.index!);
    // "… con scadenza …" after a filing ("Le domande per l'incarico, con scadenza il …") is the filing's term.
    // "… giungerà a scadenza il prossimo 31 dicembre", "va in scadenza il …": something runs out then, whatever it is.
    // A cue within the stretch read ("… in scadenza vanno presentate entro il …") is read on its own.
    if (/^scadenza/i.test(m[0])) {
      const clause = clauseBefore(source.text, m.index!);
      const runsOut = EXPIRES.test(clause) && !(/\bcon\s+$/i.test(before) && FILING_TERM.test(clause));
      // Not a term's or a call's own end: "il termine per la presentazione delle domande … va in scadenza il …", "l'avviso … giungerà
      // a scadenza il …".
      const expiring = RUNS_OUT.test(before) && !/\btermin[ei]\b/i.test(clause) && !FILING_TERM.test(clause);
      if (runsOut || expiring) {
        re.lastIndex = m.index + 1;
        continue;
      }
    }
    // "… degli ospiti con permesso di soggiorno in scadenza entro il 31 gennaio": which permits are meant, not a term.
    if (/^entro/i.test(m[0]) && /(?<![a-zà-öø-ÿ])(?:in\s+scadenza|che\s+scad[a-zà-öø-ÿ]+|scadent[ei])\s+$/i.test(before)) continue;
    // "le 14 schede progettuali pervenute entro il 9 ottobre": what arrived by a date, its year the one the document is in (a past
    // date, then), not one ahead.
    // So is "alla scadenza del 16 ottobre, 9 dei 12 Centri … hanno comunicato …": the term as it fell, told after it.
    const received = /(?<![a-zà-öø-ÿ])(?:pervenut|ricevut|giunt|acquisit)[aeio]\s+$/i.test(before) || (/^scadenza/i.test(m[0]) && /(?<![a-zà-öø-ÿ])alla\s+$/i.test(before));
    const date = dateOf(lastDateIn(m[0], m.index!), received ? context : ctx);
    if (!date.iso || out.has(date.iso)) continue;
    if (!actsOn(source.text, m.index!, at, issuer, askedOfIssuer, leadIsSelf)) continue;
    // "la scadenza del 31 marzo … è prorogata al 30 aprile": the old term, superseded in the same clause, binds no one.
    if (SUPERSEDED.test(source.text.slice(at, at + 120))) continue;
    // A date already past when the document was written is history ("entro l'11 ottobre 2015"), not a deadline.
    if (past && date.iso < past) continue;
    out.set(date.iso, { value: date.iso, evidence: source.evidenceAt(m.index!, at - m.index!) });
  }
  // "… fino al 31 maggio 2031, termine oltre il quale non saranno più ammesse": the cue follows the date.
  // "Resta confermata al 30 aprile 2026 la scadenza per la presentazione …": the term named after its date.
  const late = new Set(source.text.matchAll(LATE_AFTER));
  for (const m of [...source.text.matchAll(LIMIT_AFTER), ...source.text.matchAll(TERM_AFTER), ...source.text.matchAll(TERM_OF), ...source.text.matchAll(FIXES_TERM), ...source.text.matchAll(FIXES_DATE_OF_TERM), ...late]) {
    const date = dateOf(lastDateIn(m[0].slice(0, m[0].length - m.groups!.cue.length), m.index!), ctx);
    if (!date.iso || out.has(date.iso) || (past && date.iso < past)) continue;
    // "… pervenute dopo il 20 novembre": a term only where such filings are refused, in the same sentence.
    const [start, end] = sentenceAround(source.text, m.index!, m.index! + m[0].length);
    if (late.has(m) && !REFUSED.test(source.text.slice(start, end))) continue;
    // A term the writer says it cannot keep, or has kept ("non potrà rispettare il termine del …", "nel rispetto del termine
    // del …"), sets none.
    if (/^\s*il\s+termine/i.test(m[0]) && /\b(?:rispett|osserv)\p{L}*\s+$/iu.test(source.text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    // Another act's term told ("… la DGR …, fissando per i Comuni capofila il termine del 30 aprile per …") is not set here.
    // The writer's own act in the present sets one all the same ("questa Sezione fissa il termine del …", "si assegna a codesto
    // Ente il termine del …").
    if (/^\s*il\s+termine/i.test(m[0]) && OTHER_ACT_FIXED.test(source.text.slice(Math.max(0, m.index! - 140), m.index!))) continue;
    // "il termine del 30 novembre per l'invio … è prorogato al 15 dicembre": the old term binds no one.
    if (/^\s*il\s+termine/i.test(m[0]) && /\s(?:è|viene|sono|vengono)\s+(?:stat[oi]\s+)?(?:ulteriormente\s+)?(?:prorogat|differit|posticipat|spostat|anticipat)/i.test(source.text.slice(m.index! + m[0].length, end))) continue;
    // "…: entro tale data le Zone dovranno …": only a duty the clause after gives, not a start, a session or a contract's end
    // that the issuer will act by ("dal 1° settembre: entro tale data la Regione comunicherà …").
    if (/^\s*[:,;]?\s*entro/i.test(m.groups!.cue)) {
      const end = m.index! + m[0].length;
      const clause = source.text.slice(end, end + 160).split(/[.;]/)[0];
      const lead = source.text.slice(Math.max(0, m.index! - 60), m.index! + 1);
      if (!(TAIL_DUTY.test(clause) || ASKED.test(clause)) || /\b(?:dal|dall['’]|a\s+partire\s+dal|attivat\p{L}*|scade\p{L}*|si\s+terr\p{L}*|presentat\p{L}*\s+(?:in|il))\s*(?:il\s+|giorno\s+)?\S*$/iu.test(lead)) continue;
    }
    out.set(date.iso, { value: date.iso, evidence: source.evidenceAt(m.index!, m[0].length) });
  }
  // "entro il 30 c.m." (corrente mese): that day of the month the letter is dated in.
  if (ctx.reference) {
    const [y, mo] = ctx.reference.split('-').map(Number);
    for (const m of source.text.matchAll(CURRENT_MONTH)) {
      const iso = isoDate(y, mo, Number(m.groups!.d));
      // A day of the month already past when the letter was written was a term told, not set.
      if (iso && !out.has(iso) && !(ctx.issued && iso < ctx.issued)) out.set(iso, { value: iso, evidence: source.evidenceAt(m.index!, m[0].length) });
    }
  }
  // "entro e non oltre il 30/05": day and month in figures after a cue, the year left to the reader (the first such
  // day from the document's date on). Only straight after the cue: elsewhere "30/05" may be a number of a register.
  if (ctx.reference) {
    const from = ctx.issued ?? ctx.reference;
    const year = Number(from.slice(0, 4));
    for (const m of source.text.matchAll(CUE_DAY_MONTH)) {
      if (!actsOn(source.text, m.index!, m.index! + m[0].length, issuer, askedOfIssuer, leadIsSelf)) continue;
      const [d, mo] = [Number(m.groups!.d), Number(m.groups!.m)];
      const same = isoDate(year, mo, d);
      const iso = same && same < from ? isoDate(year + 1, mo, d) : same;
      if (iso && !out.has(iso)) out.set(iso, { value: iso, evidence: source.evidenceAt(m.index!, m[0].length) });
    }
  }
  // "Le candidature dovranno essere presentate … dalle ore 8 alle ore 20 di sabato …; dalle ore 8 alle ore
  // 12 di domenica …": the end of the last window in which the reader may file is the deadline.
  for (const f of source.text.matchAll(FILING)) {
    const stretch = source.text.slice(f.index!, f.index! + 500).split(/\.\s*\n|\.\s+(?=\p{Lu})/u)[0];
    // Days from one date to another only right after the filing's verb ("devono essere presentate dal … al …"): "… entro il
    // 30 aprile per il periodo dal … al …" is the service's period, and "…; il corso si terrà dal … al …" another clause.
    const days = [...stretch.split(';')[0].matchAll(DAY_WINDOW)].filter((d) => d.index! - f[0].length <= 60 && !/\bentro\b/i.test(stretch.slice(f[0].length, d.index)));
    const windows = [...stretch.matchAll(HOUR_WINDOW), ...days].sort((a, b) => a.index! - b.index!);
    const lastWindow = windows[windows.length - 1];
    if (!lastWindow) continue;
    const at = f.index! + lastWindow.index!;
    const date = dateOf(lastDateIn(lastWindow[0], at), ctx);
    // A window before the document's own date was told, not set ("… ciò è avvenuto dalle ore 8 alle ore 20 del …").
    if (date.iso && ctx.issued && date.iso < ctx.issued) continue;
    if (date.iso && !out.has(date.iso)) out.set(date.iso, { value: date.iso, evidence: source.evidenceAt(at, lastWindow[0].length) });
  }
  // A term moved to a new date ("Il termine per la presentazione …, originariamente fissato al 30 ottobre, è pertanto differito al
  // 20 novembre 2026"): the new date is the term; the old one, superseded, binds no one (see SUPERSEDED).
  for (const m of source.text.matchAll(TERM_MOVED)) {
    const date = dateOf(lastDateIn(m[0], m.index!), ctx);
    if (date.iso && !out.has(date.iso) && !(past && date.iso < past)) out.set(date.iso, { value: date.iso, evidence: source.evidenceAt(m.index!, m[0].length) });
  }
  // A table column headed "Termine" or "Scadenza" holds deadlines, cue or not; a start ("dal …") is not one.
  for (const column of source.tables) {
    if (!DEADLINE_HEADER.test(column.header)) continue;
    for (const cell of column.cells) {
      const m = dateRegex('i').exec(cell.text);
      if (!m || /\b(?:dal|dall[oa']|a\s+decorrere|a\s+partire)\b/i.test(cell.text.slice(0, m.index))) continue;
      const date = dateOf(m, ctx);
      // An invoice's due date already past when the letter was written ("Scadenza 30/06/2026" in a reminder of October).
      if (date.iso && past && date.iso < past) continue;
      if (date.iso && !out.has(date.iso)) out.set(date.iso, { value: date.iso, evidence: evidenceOf(cell.line) });
    }
  }
  return [...out.values()];
}

/**
 * Whether the reader must act by the date a cue introduces (the cue at `from`, its date ending at `to`): not a rule
 * that recurs ("entro il 30 aprile di ciascun anno"), not what the issuer undertakes ("la graduatoria sarà pubblicata …
 * entro il …"), not a condition an act's recital states ("- rilevato che le procedure i cui bandi sono pubblicati entro
 * il … restano …").
 */
function actsOn(text: string, from: number, to: number, issuer: RegExp, askedOfIssuer: RegExp | null = null, leadIsSelf = false): boolean {
  // "l'Ente capofila" is the reader, unless the letter is the lead body's own.
  const readerActs = leadIsSelf ? READER_ACTS_BUT_LEAD : READER_ACTS;
  // A date with its year printed is a term of its own, whatever recurs after it ("entro il 30 aprile 2031 e successivamente …").
  const pair = !/\b(?:19|20)\d{2}\b/.test(text.slice(from, to)) && RECURRING_PAIR.test(text.slice(to, to + 120).split(/[;:]|\.\s/)[0]);
  if (RECURRING.test(text.slice(to, to + 30)) || pair || RECURRING_BEFORE.test(text.slice(Math.max(0, from - 30), from))) return false;
  const clause = clauseBefore(text, from);
  // A body's decision that governs the sentence ("la Conferenza … stabilisce che: – i Comuni trasmettano …; – l'Ufficio di Piano
  // trasmetta … entro …"): each term it sets is a duty given, the issuer's own office's too.
  const sentence = text.slice(Math.max(0, from - 500), from);
  const stop = [...sentence.matchAll(SENTENCE_STOP)].pop();
  const decided = DECIDES.test(sentence.slice(stop ? stop.index! + 1 : 0));
  // The issuer's act governs the cue unless a duty of the reader follows it ("sarà attivato il POA … che dovrà essere compilato entro …").
  // The issuer's act may follow its term: "…; entro il 30 maggio 2031 questa Regione procederà al riparto"; a duty of the
  // reader after the date keeps it ("… entro il 30 aprile, termine entro il quale gli Ambiti dovranno …").
  const tail = text.slice(to, to + 120).split(/[.;\n]/)[0];
  if (!decided && !readerActs.test(clause) && !TAIL_DUTY.test(tail) && [ISSUER_PROMISE, issuer, WE_UNDERTAKE, ISSUER_SENDS, OWN_SCHEDULE, OWN_ACT_NOTED, READY_BY].some((re) => issuerGoverns(clause, re))) return false;
  const own = issuer.exec(tail);
  if (!decided && own && own.index <= 2 && !readerActs.test(tail) && issuerGoverns(tail, issuer)) return false;
  // A term recalled as past: "le schede … dovevano pervenire entro il 31 ottobre 2025", "il termine scadeva il …" – the
  // past verb governs the cue (close before it, no present or future duty between them).
  const past = [...clause.matchAll(PAST_DUTY_ALL)].pop();
  // Only the cue right after it: an infinitive or a participle at most between ("dovevano pervenire entro", "erano tenuti
  // entro"); any other verb ("… sono tenuti a farlo entro", "provvedano entro", "si chiede di reinviarli entro") sets a term now.
  const since = past ? clause.slice(past.index! + past[0].length).trim().split(/\s+/).filter(Boolean) : [];
  if (past && since.length <= 3 && since.every((w) => PAST_FILLER.test(w))) return false;
  // What the reader asked of the writer, told in the writer's answer: "codesto Tribunale … ha chiesto una relazione di aggiornamento
  // entro il …" is the writer's term, not the reader's.
  // Not a question the reader asked ("… ha chiesto se la scheda debba essere trasmessa entro …"), nor one the writer answers by
  // asking the reader in turn ("…, si invita codesto Comune a trasmetterla comunque").
  if ((READER_ASKED.test(clause) || ASKED_OF_ME.test(clause)) && !ASKED.test(text.slice(to).split(/[.;]/)[0])) return false;
  // So is what another body asked of the writer's kind, told in its act: "Il Dipartimento … ha chiesto alle Regioni di trasmettere
  // entro il …" in a Region's resolution (which then sets its own term for the Comuni).
  // Unless the writer passes it on to the reader ("…, si chiede pertanto a codesto Ente di provvedere"), with no term of its own.
  const onward = text.slice(to).split(/[.;]/)[0];
  if ((askedOfIssuer?.test(clause) || ASKED_OF_THIS.test(clause)) && !(ASKED.test(onward) && !/\bentro\b/i.test(onward))) return false;
  // "In riscontro alla nota … del …, con la quale è stato chiesto di trasmettere … entro il 28 febbraio, si trasmette …": the
  // term of the note answered, which this letter meets.
  if (answeredNoteTerm(text, from, to)) return false;
  const item = itemBefore(text, from);
  return !((RECITAL.test(item) || inRecitalList(text, from)) && !REQUEST.test(item));
}

// Patterns built once and kept: a RegExp made anew for each document or cue is compiled anew once the collector has
// dropped V8's cache (as it does between documents, while pdf.js reads).
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, `${re.flags}g`)));
  return g;
}

/** Whether the clause's last act of the issuer (`re`) has no duty, condition or filing of the reader after it. */
function issuerGoverns(clause: string, re: RegExp): boolean {
  const last = [...clause.matchAll(globalOf(re))].pop();
  if (!last) return false;
  const after = clause.slice(last.index! + last[0].length);
  return !READER_DUTY.test(after) && !READER_FILES.test(after) && !NEW_SUBJECT.test(after);
}
/** A clause joined after the issuer's, with its own plural subject and verb: "… con decreto n. 45 e i Comuni trasmettono …". */
const NEW_SUBJECT = /\s(?:e|ed|mentre)\s+(?:i|gli|le)\s+[a-zà-öø-ÿ]+(?:\s+(?!che\b|cui\b)[a-zà-öø-ÿ'’]+){0,3}?\s+(?!che\b)[a-zà-öø-ÿ]+(?:ano|ono|anno|ranno)(?![a-zà-öø-ÿ])|\b(?:i\s+cui|le\s+cui|il\s+cui|la\s+cui)\s+(?:[a-zà-öø-ÿ'’]+\s+){0,3}?[a-zà-öø-ÿ]+(?:eranno|iranno|aranno)(?![a-zà-öø-ÿ])/i;

/** A recitals' heading over a list of acts: "Visti:", "RICHIAMATI:", "Considerato:". */
const RECITALS_HEADING = /^\s*(?:vist[oiae]|richiamat[oiae]|considerat[oiae]|premess[oa]|rilevat[oiae]|preso\s+atto)\s*:\s*$/i;
const RECITALS_HEADING_IN = new RegExp(RECITALS_HEADING.source, 'im');
const BULLET = /^\s*(?:[-–•]|[a-z]\)|\d{1,2}\))\s+/i;

/**
 * Whether the cue stands in an item of a list under a recitals' heading ("Visti: / - la nota regionale …, con la quale gli
 * enti gestori sono invitati a trasmettere … entro il …;"): each line up from the cue a bullet's or its wrapped text, up to
 * the heading.
 */
function inRecitalList(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 2000), at);
  if (!RECITALS_HEADING_IN.test(before)) return false;
  const lines = before.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (RECITALS_HEADING.test(line)) return i < lines.length - 1 && BULLET.test(lines[i + 1]);
    if (BULLET.test(line)) continue;
    // A wrapped item goes on in lower case or figures ("… e il D.M." / "26 settembre 2016 …"): a line in capitals
    // ("DETERMINA", "Con la presente …") or after an item closed by ";" or ":" has left the list.
    if (!/^\s*[\p{Ll}\d"“«(]/u.test(line) || (i > 0 && /[;:]\s*$/.test(lines[i - 1]) && !RECITALS_HEADING.test(lines[i - 1]))) return false;
  }
  return false;
}

/** A verb of running out before "scadenza": "giunge a", "giungerà a", "verrà a", "va in", "andrà in", "arriva a". */
const RUNS_OUT = /(?<![a-zà-öø-ÿ])(?:giung|vien|verr|va|vanno|andr|arriv)[a-zà-öø-ÿ]*\s+(?:a|in)\s+$/i;
/** A thing that runs out, before "in/con scadenza": "progetti in scadenza al …", "DURC prot. INAIL_…, con scadenza 14/01/2027". */
// Its references may stand between, over a line's end: "Convenzione per la gestione del Centro … (Rep. n. 38912 del 19/12/2024) in".
// Not past a clause of its own or a paper filed ("contratto …, codesta Cooperativa è invitata a trasmettere la relazione …, con
// scadenza il …", "progetti …, si rammenta che la rendicontazione … è in scadenza il …").
const EXPIRES = /\b(?:progett|contratt|incaric|convenzion|affidament|autorizzazion|accreditament|permess|titol|concession|abbonament|polizz|durc\b|certificat|documento\s+(?:unico|di\s+identit))\p{L}*(?:(?!(?<!\p{L})(?:che|codest\p{L}*|relazion\p{L}*|rendicont\p{L}*|documentazion\p{L}*|dati|domand\p{L}*|istanz\p{L}*|sched\p{L}*|elenc\p{L}*|invitat\p{L}*|trasmett\p{L}*|present\p{L}*)(?!\p{L}))(?:[^;\n]|\n(?!\n))){0,140}?\s(?:in|con)\s+$/iu;
/** A filing the term is for: "Le domande per il conferimento dell'incarico, con scadenza …", "l'avviso …, con scadenza il …". */
const FILING_TERM = /\b(?:domand|candidatur|istanz|offert|avvis|band|manifestazion|richiest)\p{L}*/iu;
/** A request inside a recital's sentence: "Considerato che …, si invitano i Comuni a trasmettere … entro il …". */
const REQUEST = /\b(?:si\s+(?:invit|chied|richied|sollecit|prega)|dovr[àa]nno|dovr[àa]|devono|deve|vanno)\p{L}*/iu;

/**
 * What the issuer will send its readers for a meeting: "il link di collegamento sarà inviato … entro le ore 12:00 di …", "la
 * documentazione istruttoria verrà trasmessa entro …", or make available: "la documentazione sarà resa disponibile … entro il …"
 * (not the readers' papers: "le schede saranno trasmesse", "… saranno trasmessi a cura dei Comuni", "… sarà inviato a questa
 * Sezione", is no such thing).
 */
const ISSUER_SENDS = /\b(?:(?:il\s+link|il\s+collegamento|le\s+credenziali|la\s+convocazione|l['’]ordine\s+del\s+giorno|il\s+materiale|i\s+materiali|la\s+documentazione\s+(?:preparatoria|istruttoria))\b[^.;]{0,80}?\b(?:sar[àa]|saranno|verr[àa]|verranno)\s+(?:inviat|trasmess|comunicat|inoltrat|fornit|res[oaie]\s+disponibil)|(?:la\s+documentazione|i\s+documenti|gli\s+atti|i\s+verbali)\b[^.;]{0,80}?\b(?:sar[àa]|saranno|verr[àa]|verranno)\s+(?:res[oaie]\s+disponibil|mess[oaie]\s+a\s+disposizione|pubblicat))[a-zà-öø-ÿ]*(?![^.;]{0,40}\b(?:da(?:i|gli|lle|l|ll['’])\s*(?:sindac|comun|ent[ei]|ambit|region|soggett|partecipant|component|scuol|istitut)|a\s+cura\s+d|(?:a|al|alla|allo)\s+(?:quest|scrivent)))/i;
/**
 * A plan's own timetable, its verb right before the term: "le attività … si concluderanno entro …", "saranno avviate entro …" (the
 * reader's duty says "dovranno"; activities funded or joined by the reader, or a relative clause, are the reader's).
 */
const OWN_SCHEDULE = /\battività(?![a-zà-öø-ÿ])(?!\s+(?:finanziat|ammess|progettual|formativ|laboratorial))[^.;]{0,80}?(?<!\bche\s)\b(?:si\s+concluderanno|saranno\s+(?:avviate|concluse|realizzate|svolte)|avranno\s+(?:avvio|inizio|termine))(?![a-zà-öø-ÿ])(?=\s*$)/i;
/**
 * The writer's own undertaking in the first person plural: "contiamo di completare l'inserimento entro il …", "provvederemo a
 * trasmettere …", or its forecast ("si stima di raggiungere entro il 31 dicembre …") – not what it will ask of the reader
 * ("vi chiederemo di …").
 */
const WE_UNDERTAKE = /(?<![a-zà-öø-ÿ])(?:contiamo|prevediamo|intendiamo|ci\s+impegniamo|si\s+(?:stima|prevede|ipotizza)\s+di|(?<=\b(?:il|l['’]|la|lo)\s*(?:distretto|ambito|comune|consorzio|ufficio(?:\s+di\s+piano)?|ente\s+capofila|azienda|unione|scrivente)\s+)(?:prevede|intende|programma)\s+di(?=\s+[a-zà-öø-ÿ]+(?:are|ere|ire|rre)\b)|(?!(?:chied|richied|invit|sollecit|preg)[a-zà-öø-ÿ]*)[a-zà-öø-ÿ]{3,}(?:eremo|iremo|erò|irò))(?![a-zà-öø-ÿ])/i;
/** The body's own future act: "sarà pubblicata", "verranno comunicati", "saranno erogate". */
// "l'Ufficio elettorale provvederà a pubblicare … entro il …": the same undertaking in the active voice.
// Only in the singular ("l'Ufficio elettorale provvederà a pubblicare", "si provvederà a liquidare"): "I Comuni
// provvederanno a pubblicare …" asks the readers, as does a singular naming them (READER_ACTS).
const ISSUER_PROMISE = /\b(?:(?:sar[àa]|saranno|verr[àa]|verranno)\s+(?:[a-zà-öø-ÿ]+\s+){0,2}?(?:pubblicat|approvat|comunicat|liquidat|erogat|trasferit|notificat|conclus|res[aei]\s+not|(?!(?:presentat|trasmess|inviat|consegnat|depositat|caricat|compilat|sottoscritt|restituit|inserit|registrat|rendicontat|inoltrat|prodott|tenut|chiamat|invitat|obbligat|pregat|autorizzat|abilitat)[a-zà-öø-ÿ]*)[a-zà-öø-ÿ]{3,}(?:at|ut|it|ess|ott|ist|ert|olt|ost)[oaie](?![a-zà-öø-ÿ]))|(?:provveder[àa]|si\s+impegn(?:a|erà))\s+a(?:d|lla)?\s+(?:pubblica|liquida|eroga|notifica|approva))[a-zà-öø-ÿ]*/i;
/**
 * The issuer as the subject of its own act in the indicative, named as its letterhead names it ("Il Consorzio approva la
 * graduatoria entro il …" under a Consorzio's letterhead, "il Comune provvederà …" in a Comune's act), or as "questo Ufficio",
 * "la scrivente Sezione"; and what it publishes or pays, in the passive ("la graduatoria è approvata entro il …", not "È
 * pubblicato l'avviso …, con scadenza …"). Only a definite singular subject ("ciascun Ente", plurals: the readers), and not a
 * verb that reports ("comunica che …").
 */
// Only the issuer names itself so: "la Regione" in a Ministry's note, "l'Ufficio di Piano" in a Region's letter are the readers.
const AUTHORITIES = ['scrivente'];
// Its own duty too: "il Piano, che l'Ambito deve trasmettere alla Regione entro il …" in the Ambito's letter to its Comuni.
// In the indicative; the subjunctive ("affinché l'Ufficio di Piano proceda …", "è necessario che lo scrivente Servizio trasmetta …")
// only right after the issuer's own name (see ISSUER_SUBJUNCTIVE): "che il Comune di Borgo trasmetta" names another Comune.
const ISSUER_VERB = String.raw`(?:si\s+impegn(?:a|erà)(?![a-zà-öø-ÿ])|(?:prevede|intende|programma)\s+di\s+[a-zà-öø-ÿ]+(?:are|ere|ire|rre)(?![a-zà-öø-ÿ])|(?:(?:approv|pubblic|liquid|erog|comunic|notific|adott|formul|stil|valut|esamin|verific|eman)(?:a|herà|erà)|formerà|(?:trasfer|trasmett|provved|proced|redig|conclud|ripart|dispo|predispo)(?:e|ne|isce|erà|irà|rrà)|(?:invi|registr|caric|inser)(?:erà|herà|irà))(?![a-zà-öø-ÿ])(?!\s+che\b))`;
/** The subjunctive of the same acts ("proceda", "trasmetta"), the issuer's only when it names itself right before the verb. */
const ISSUER_SUBJUNCTIVE = String.raw`(?:trasmett|provved|proced|redig|conclud|ripart|dispong)a(?![a-zà-öø-ÿ])`;
const ISSUER_PASSIVE = String.raw`\b(?:graduatori|contribut|somm|esit|elenc|risors|finanziament|rimbors|ripart)[a-zà-öø-ÿ]*\s+(?:[a-zà-öø-ÿ'’]+\s+){0,3}?(?:è|viene|vengono|sono)\s+(?:pubblicat|approvat|liquidat|erogat|notificat)[a-zà-öø-ÿ]*`;
/**
 * A task a body gives its own office about its own acts: "… dare mandato all'Ufficio di Piano … di adottare la determinazione … e
 * di pubblicarlo entro il 30 settembre" (not a filing it is to make to another body: "… dà mandato all'Ufficio di Piano di
 * trasmetterlo alla Regione entro il …" is the Region's term, nor a mandate to the Comuni or the Ambiti, who read the act).
 */
const INTERNAL_MANDATE = String.raw`\b(?:dare|d[àa]|dando|conferire|conferisce|conferendo|affidare|affida|affidando)\s+(?:formale\s+)?mandato\s+(?:a|al|alla|all['’]|allo|ai|agli)\s*(?:competente\s+)?(?:ufficio|uffici|settore|servizio|dirigente|responsabile|segretari|direttore|coordinat|struttura)[^.;]{0,100}?\bdi\s+(?:pubblic|adott|approv|predispo|redig|avvi|liquid|impegn)[a-zà-öø-ÿ]*(?![^.;]*\b(?:trasmett|invi|present|caric|inserir|inoltr)[a-zà-öø-ÿ]*)`;
/** The issuer's acts, its own names among the subjects ("il Comune provvederà alla rendicontazione …" in a Comune's act). */
const issuerPatterns = new Map<string, RegExp>();
function issuerActs(self: readonly string[], others: readonly string[] = []): RegExp {
  const subjects = [...AUTHORITIES, ...self].join('|');
  const key = `${subjects}/${others.join('|')}`;
  const known = issuerPatterns.get(key);
  if (known) return known;
  // Letterheads name their offices in words of their own: the patterns kept stay few in a worker that reads for months.
  if (issuerPatterns.size >= 256) issuerPatterns.clear();
  // The issuer may be named with an apposition between commas: "il Comune di Lauria, in qualità di soggetto proponente, trasmetterà …".
  const third = others.length ? String.raw`|\b(?:il|l['’]|la|lo)\s*(?:${others.join('|')})\b${BEFORE_VERB}\s${AUTHORITY_FUTURE}` : '';
  const re = new RegExp(
    String.raw`\b(?:il|l['’]|la|lo)\s*(?:${self.length ? self.join('|') : '(?!)'})\s+${ISSUER_DUTY}|\b(?:il|l['’]|la|lo)\s*(?:${subjects})(?:\s+di\s+piano)?\s+${ISSUER_SUBJUNCTIVE}|\b(?:quest[oa]|(?:lo|la)\s+scrivente)\s+[a-zà-öø-ÿ]+\s+${ISSUER_SUBJUNCTIVE}|\b(?:quest[oa]|(?:lo|la)\s+scrivente)\s+[a-zà-öø-ÿ]+(?:\s+di\s+piano)?\s+${ISSUER_DUTY}|(?:\b(?:il|l['’]|la|lo)\s*(?:${OFFICE_OF}(?:${subjects})(?!\s+d[i'’])|(?:${subjects}))|\b(?:quest[oa]|(?:lo|la)\s+scrivente)\s+[a-zà-öø-ÿ]+)\b${BEFORE_VERB}\s${ISSUER_VERB}|${SELF_FUTURE}|${OFFICE_ACT}|${officeAgent(subjects)}|${ISSUER_PASSIVE}|\b(?:il|l['’]|la|lo)\s*(?:${subjects})\s*,\s*${OWN_SIDE}|${OWN_SIDE_FIRST}\s*(?:il|l['’]|la|lo)\s*(?:${subjects})\s+[a-zà-öø-ÿ]{2,}(?:er|ir|ar)(?:à|anno)(?![a-zà-öø-ÿ])|\bdovendo\s+(?:il|l['’]|la|lo)\s*(?:${subjects})\s+[a-zà-öø-ÿ]+(?:are|ere|ire|rre)(?![a-zà-öø-ÿ])|${INTERNAL_MANDATE}${third}`,
    'i',
  );
  issuerPatterns.set(key, re);
  return re;
}
/**
 * What an act notes the issuer will do, in its own dispositive: "4. di dare atto che la graduatoria sarà trasmessa alla Regione
 * entro il …" (a reader is asked in other words: "dovranno essere trasmesse", "si invita").
 */
// Not a duty it notes ("… che i beneficiari saranno tenuti a presentare …", "… invitati a …").
const OWN_ACT_NOTED = /\bdi\s+dare\s+atto\s+che\b[^.;]{0,120}?\b(?:sar[àa]|saranno|verr[àa]|verranno)\s+(?!(?:tenut|invitat|chiamat|obbligat|pregat|ammess|autorizzat)[a-zà-öø-ÿ]*)[a-zà-öø-ÿ]{3,}(?:at|ut|it|ess|ott|ist|ert|olt|ost|us)[oaie](?![a-zà-öø-ÿ])/i;
/**
 * A state a thing will be in by a date, no one's act: "Altri 4 alloggi … saranno disponibili entro il 30 novembre". Not a
 * relative clause or a start ("… sezione …, che sarà disponibile a partire da lunedì 28 settembre, entro e non oltre …").
 */
const READY_BY = /(?<!\bche\s)\b(?:sar[àa]|saranno)\s+(?:nuovamente\s+)?(?:disponibil|pront|agibil|utilizzabil|operativ|consultabil|fruibil)\p{L}*(?!\s+(?:a\s+partire|dal|dalle|da)\b)/iu;
/**
 * What the issuer, setting its part against the reader's, says it will do: "La scuola, da parte sua, continuerà il monitoraggio
 * … e trasmetterà entro il …" (its first verb in the future, within the sentence).
 */
const OWN_SIDE = String.raw`(?:da\s+parte\s+(?:sua|propria|nostra)|per\s+parte\s+(?:sua|propria|nostra))\s*,[^.;:\n]{0,120}?\s[a-zà-öø-ÿ]{2,}(?:er|ir|ar)(?:à|anno)(?![a-zà-öø-ÿ])`;
/** The same set before the issuer's name: "Per parte sua, l'Associazione trasmetterà …" (its verb right after the name). */
const OWN_SIDE_FIRST = String.raw`\b(?:da|per)\s+parte\s+(?:sua|propria|nostra)\s*,`;
/** An office or a head of the issuer before its name: "La Direzione della Società della Salute …", "Il Direttore del Consorzio …". */
const OFFICE_OF = String.raw`(?:direzione|presidenza|segreteria|direttore|direttrice|presidente|dirigente|responsabile|coordinat(?:ore|rice)|giunta(?:\s+esecutiva)?)\s+(?:del|della|dello|dell['’])\s*`;
/** The issuer's own duty, its name right before the verb: "il Piano, che l'Ambito deve trasmettere alla Regione entro …". */
const ISSUER_DUTY = String.raw`(?:deve|dovrà|è\s+tenut[oa]\s+a)\s+(?!essere\b)[a-zà-öø-ÿ]+(?:are|ere|ire|rre)(?![a-zà-öø-ÿ])`;
/** A line's end inside a sentence: not one before a list's next item ("- l'Istituto …", "2) …"). */
const WRAP = String.raw`\n(?!\s*(?:[-–•]|\d{1,2}[.)]|[a-z]\))\s)`;
/** Between a subject and its verb: a few words, or an apposition between commas; either may wrap onto the next line. */
const BEFORE_VERB = String.raw`(?:(?:[^.;:\n]|${WRAP}){0,40}?|[^.;:,\n]{0,40}?,(?:[^.;:,\n]|${WRAP}){1,60},)`;
/** What only an authority does, in the future: "approverà", "trasferirà", "erogherà" (not "trasmetterà": a reader's act too). */
// Also in the noun's form: "provvederà al trasferimento delle risorse", "procederà all'erogazione".
const AUTHORITY_NOUN_FUTURE = String.raw`(?:provveder|proceder)(?:à|anno)\s+(?:al|alla|all['’]|ai|alle)\s*(?:approvazion|pubblicazion|liquidazion|erogazion|trasferiment|ripartizion|riparto|assegnazion|emanazion|adozion|pagament)`;
const AUTHORITY_FUTURE = String.raw`(?:(?:approv|pubblic|liquid|erog|trasfer|ripart|assegn|eman|adott)(?:erà|irà|herà|eranno|iranno|heranno)(?![a-zà-öø-ÿ])|${AUTHORITY_NOUN_FUTURE})`;
/** Bodies that act by authority, as a text names them, each with the stem that finds it among the addressees ("Alle Regioni"). */
const AUTHORITY_BODIES: [string, RegExp][] = [
  ['ministero', /\bminister/i],
  ['regione', /\bregion/i],
  ['provincia', /\bprovinc/i],
  ['inps', /\binps\b/i],
  ['prefettura', /\bprefettur/i],
];
/** The authorities a letter names that are neither its issuer nor among its addressees. */
function thirdParties(letterhead: string, addressees: string): string[] {
  if (!addressees.trim()) return [];
  return AUTHORITY_BODIES.filter(([, stem]) => !stem.test(letterhead) && !stem.test(addressees)).map(([name]) => name);
}
/** What a body or its office is called: "questo Ambito", "questa Direzione", "questo Ufficio". */
const BODY_NOUNS = 'societ[àa]\\s+della\\s+salute|ufficio|ambito|comune|ente|amministrazione|direzione|divisione|servizio|settore|consorzio|azienda|istituto|dipartimento|sezione|struttura|regione|provincia|unione|distretto|ministero|prefettura|ateneo|universit[àa]|agenzia|uod|area';
/**
 * The issuer naming itself "questo Ambito", "questa Direzione" and saying what it will do, whatever the verb ("questo Ambito
 * completerà l'inserimento dei dati entro il …"); not what it will ask of the reader or take from it ("questa Regione
 * chiederà …", "questo Ufficio riceverà le domande entro …"), nor a "questo" after a preposition ("A questo Settore gli enti
 * invieranno …", "Per questo motivo gli Ambiti invieranno …").
 */
// The body may be named with an apposition between commas: "Questo Settore, verificata la coerenza dei POA, provvederà …".
const SELF_FUTURE = String.raw`(?:^\s*|[,;\n]\s*|\b(?:e|ed|che|pertanto|quindi|inoltre|poi)\s+|\d{4}\s+)quest[oa]\s+(?:${BODY_NOUNS})\b(?:[^.;:\n]{0,40}?|\s*,[^.;:,\n]{1,80},)\s(?!(?:chied|richied|invit|sollecit|preg|ricord|ricev|accett|attend|raccogl|acquis)[a-zà-öø-ÿ]*)[a-zà-öø-ÿ]{2,}(?:er|ir|ar)(?:à|anno)(?![a-zà-öø-ÿ])`;
/**
 * The issuer, as its letterhead names it, as the agent of a future passive: "la documentazione sarà trasmessa dall'Ufficio di
 * Piano … entro il …" under an Ufficio di Piano's letterhead (not "… sarà compilata dall'Ufficio di Piano …" in a Region's note).
 */
// Or named "questo Servizio", "questa Direzione": "le richieste di rettifica saranno inviate da questo Servizio entro il …".
const officeAgent = (subjects: string) => String.raw`\b(?:sar[àa]|saranno|verr[àa]|verranno)\s+[a-zà-öø-ÿ]+(?:at|ut|it|ess|ott|ist|ert|olt|ost|es)[oaie](?![a-zà-öø-ÿ])(?:\s+[^.;:\n]{0,30}?)?\s(?:da(?:l|lla|ll['’]|llo)\s*(?:${subjects})|da\s+quest[oa]\s+(?:${BODY_NOUNS}))\b`;
/**
 * An office of the issuer doing what only an authority does: "L'Ufficio di Piano approva la graduatoria entro il …", "il
 * Servizio … liquida i contributi …", "l'Ufficio Scuola effettuerà i controlli …", "La Direzione Welfare predisporrà entro il
 * … il testo definitivo" (any body's office: an office that sends or uploads something may be the reader's).
 */
// Also in the noun's form: "La Direzione Sanità provvederà all'erogazione di un acconto … entro il …".
const OFFICE_ACT = String.raw`\b(?:il|l['’]|la)\s*(?:ufficio|servizio|settore|commissione|direzione|area)\b(?!\s+(?:[a-zà-ù]+\s+){0,2}(?:comunal|regional|provincial|competent|sanitari|scolastic|territorial|distrettual)[a-zà-ù]*)[^.;:\n]{0,40}?\s(?:(?:effettu|esegu|svolg)(?:a|e|erà|irà)\s+(?:i\s+|gli\s+|le\s+)?(?:controll|verific|accertament)|(?:approv|pubblic|liquid|erog|formul|stil)(?:a|herà|erà)(?![a-zà-öø-ÿ])|(?:predisporrà|redigerà)(?![a-zà-öø-ÿ])|${AUTHORITY_NOUN_FUTURE})`;

/** A Comune's "Amministrazione (comunale)", not another's named by its kind ("l'Amministrazione scolastica", "… regionale"). */
const SELF_ADMINISTRATION = String.raw`amministrazione(?:\s+comunale)?(?!\s+(?:scolastic|provincial|regional|statal|central|penitenziari|giudiziari|finanziari|sanitari|pubblic|destinatari|ricevent|interessat)[a-zà-ù]*)`;
/** A health agency's letterhead: "Azienda Sanitaria Locale …", "ASL …", "Azienda ULSS …", not an ASP of social services. */
const HEALTH_AGENCY = /\bazienda\s+(?:sanitaria|socio[\s-]*sanitaria|ospedaliera|u\.?l\.?s\.?s|u\.?s\.?l)|\b(?:asl|asst|ulss|ausl)\b|\basp\b(?!\s+(?:dei|del|di)\s+comun)(?![^\n]*servizi\s+alla\s+persona)/i;
/** The writer's own "Servizio" or "Settore", not another body's the text qualifies ("il Settore comunale competente"). */
// Nor one named for another's work ("il Servizio di Neuropsichiatria infantile", "il Servizio sociale comunale"), nor one of another
// body ("il Settore Servizi Sociali del Comune capofila").
const OTHER_BODY_OFFICE = String.raw`(?!\s+(?:[a-zà-ù]+\s+){0,2}(?:comunal|regional|provincial|competent|sanitari|scolastic|territorial|distrettual)[a-zà-ù]*)(?!\s+(?:di|del|della|dei|degli|delle|dell['’]|per)\s)(?![^.;:\n]{0,60}?\s(?:del|della|dell['’]|dei)\s*(?:comun|region|provinc|ambit|asl|azienda|istitut|ente|unione|consorzi|distrett|prefettur|minister)[a-zà-ù]*)`;
const OWN_SERVICE = `servizio${OTHER_BODY_OFFICE}`;
const OWN_SECTOR = `settore${OTHER_BODY_OFFICE}`;
/** The lead body of an Ambito or a Conferenza, as it calls itself: "l'Ente capofila". */
const LEAD_BODY = 'ente\\s+capofila';
/** How an addressee block names each agency: its acronym or its name in full. */
const AGENCY_NAMED: Record<string, RegExp> = {
  asl: /\basl\b|azienda\s+sanitaria\s+locale/i,
  asp: /\basp\b|azienda\s+sanitaria\s+provinciale|servizi\s+alla\s+persona/i,
  asst: /\basst\b|socio[\s-]*sanitaria\s+territoriale/i,
  ulss: /\bulss\b|unit[àa]\s+locale\s+socio/i,
  ausl: /\bausl\b|azienda\s+u\.?s\.?l/i,
  cooperativa: /\bcooperativ/i,
  [OWN_SERVICE]: /\bservizi/i,
  [OWN_SECTOR]: /\bsettor/i,
  [LEAD_BODY]: /\bcapofila\b/i,
};
/**
 * How a body calls itself in its own text, from the names its letterhead prints: "Comune di Sassuolo" → il Comune, "Ambito
 * Territoriale Sociale n. 1" → l'Ambito, "Università di …" → l'Ateneo.
 */
const SELF_NAMES: [RegExp, string[]][] = [
  [/\bregione\s+[a-zà-ù]/i, ['regione']],
  [/\bconsorzio\b/i, ['consorzio']],
  [/\bufficio\s+di\s+piano\b/i, ['ufficio']],
  // A Comune calls itself "l'Amministrazione (comunale)" too: "L'Amministrazione concluderà il procedimento entro …".
  [/\b(?:comune|citt[àa])\s+d[i'’]/i, ['comune', SELF_ADMINISTRATION]],
  [/\bprovincia\s+d[i'’]/i, ['provincia']],
  // Any Unione heading a letter is a union of Comuni ("Unione delle Terre d'Argine", "Unione Valdera"), Europe's aside.
  [/\bunione\s+(?!europe)\p{L}/iu, ['unione']],
  // A cooperative's own undertakings: "La Cooperativa trasmetterà i report … entro …" in its letter.
  [/\bcooperativa\b/i, ['cooperativa']],
  // So does an association: "Per parte sua, l'Associazione trasmetterà la relazione annuale entro …".
  [/^\s*associazione\b/im, ['associazione']],
  // An Ambito's Ufficio di Piano is its own office: "sarà trasmessa dall'Ufficio di Piano" in the Ambito's letter.
  [/\bambito\s+(?:socio[\s-]*)?(?:territoriale|sociale|distrettuale)\b/i, ['ambito', 'ufficio\\s+di\\s+piano']],
  [/\bdistretto\s+(?:socio|sanitario|sociale)/i, ['distretto']],
  // A Tuscan Società della Salute (a consortium of Comuni and the health agency) calls itself so, or by its office "la Direzione".
  [/\bsociet[àa]\s+della\s+salute\b/i, ['societ[àa]\\s+della\\s+salute']],
  // A lead Comune ("Ente capofila del Distretto …") calls itself "l'Amministrazione" too; "il Comune" may be its reader there.
  // And "l'Ente capofila" ("… che l'Ente capofila trasmetterà alla Regione entro …" in its Conferenza's minutes), unless its
  // addressees are lead bodies too.
  [/\bente\s+capofila\b/i, [SELF_ADMINISTRATION, LEAD_BODY]],
  // An office its letterhead names by its code: "UOD 01 – Programmazione sociale" → la UOD ("il Settore", "il Servizio" may be
  // the reader's own: "Servizio Sanitario Regionale" heads an ASL's letter to the Comuni's social services).
  [/\bu\.?o\.?d\.?\s/i, ['uod']],
  [/\b(?:universit[àa]|ateneo|politecnico)\b/i, ['ateneo', 'universit[àa]']],
  [/\b(?:istituto|liceo)\b/i, ['istituto', 'scuola']],
  [/\bazienda\s+(?:sanitaria|socio|ospedaliera|speciale|servizi|pubblica\s+di\s+servizi|u\.?l\.?s\.?s|u\.?s\.?l|asl|asp)/i, ['azienda']],
  // A health agency names itself by acronym too, whichever its letterhead prints or spells out ("l'ASP comunicherà …" in the
  // letter of the "Azienda Sanitaria Locale di Potenza"): an acronym its addressees name is the reader's (see selfNames).
  [HEALTH_AGENCY, ['asl', 'asp', 'asst', 'ulss', 'ausl']],
  // An Azienda di Servizi alla Persona is no health agency: its own acronym only ("l'AUSL dovrà trasmettere …" is another body).
  [/\bazienda\s+pubblica\s+di\s+servizi\s+alla\s+persona\b|\basp\s+(?:dei|del|di)\s+comun/i, ['asp']],
  // An office heading a line of its letterhead ("Servizio Tutela Minori", "III Settore – Servizi Sociali") is the writer: "il
  // Servizio si impegna a trasmettere …" is its own undertaking. Not the Servizio Sanitario Regionale heading an ASL's letter (a
  // system, not an office), nor an office the addressees name too (see selfNames).
  // Not another body's office the text qualifies as such: "il Settore comunale competente" under a Region's letterhead.
  [/(?:^|\n|[–—|]\s*)(?:[IVX]{1,4}\s+)?servizio\s+(?!sanitari[oa]\b)\p{L}/iu, [OWN_SERVICE]],
  [/(?:^|\n|[–—|]\s*)(?:[IVX]{1,4}\s+)?settore\b/i, [OWN_SECTOR]],
  // So does a department or an agency of a Region or a health agency heading a line of it: "Dipartimento Patologia delle
  // Dipendenze" → "il Dipartimento trasmetterà …"; "Agenzia regionale per la … protezione civile" → "L'Agenzia provvederà …".
  [/(?:^|\n|[–—|]\s*)dipartimento\b/i, [`dipartimento${OTHER_BODY_OFFICE}`]],
  [/(?:^|\n|[–—|]\s*)agenzia\b/i, [`agenzia${OTHER_BODY_OFFICE}`]],
];
/**
 * Another body having asked the writer's kind for what the cue dates: "ha chiesto alle Regioni di trasmettere …" when the writer is
 * a Regione (its self-names of one word, singular or plural). Null when the writer names itself by no such word.
 */
const askedPatterns = new Map<string, RegExp | null>();
function askedOf(self: readonly string[], addressees = ''): RegExp | null {
  // Not a kind the addressees are of too ("Ai Sindaci dei Comuni del Distretto" from a lead Comune): those readers are asked.
  // An Ambito is asked by its acronym too ("La Regione ha chiesto all'ATS di trasmettere …" in its lead Comune's letter).
  const words = self.filter((n) => /^[a-zà-ù]{4,}$/.test(n)).flatMap((n) => (n === 'ambito' ? ['ambit[a-zà-ù]', 'ats'] : [`${n.slice(0, -1)}[a-zà-ù]`])).filter((w) => !new RegExp(`(?<![a-zà-ù])${w}(?![a-zà-ù])`, 'i').test(addressees));
  const key = words.join('|');
  if (!askedPatterns.has(key)) {
    askedPatterns.set(key, words.length ? new RegExp(String.raw`(?<![a-zà-öø-ÿ])(?:ha|aveva|hanno|avevano)\s+(?:chiest|richiest)[oaie]\s+(?:a|al|alla|alle|ai|agli|all['’])\s*(?:${key})(?![a-zà-öø-ÿ])(?![^.;:]*(?<![a-zà-öø-ÿ])(?:codest|cotest)[oaie]\s)`, 'i') : null);
  }
  return askedPatterns.get(key)!;
}
/** Another body having asked the writer by its own words: "La Regione ha chiesto a questa Azienda di trasmettere … entro …". */
// Asked to act ("… di trasmettere"), not for something ("… ha chiesto allo scrivente Settore una proroga": the reader's request).
const ASKED_OF_THIS = new RegExp(String.raw`(?<![a-zà-öø-ÿ])(?:ha|aveva|hanno|avevano)\s+(?:chiest|richiest)[oaie]\s+(?:a\s+quest[oa]\s+(?:${BODY_NOUNS})|(?:allo|alla)\s+scrivente(?:\s+[a-zà-öø-ÿ]+)?)\s+di\s+[a-zà-öø-ÿ]+(?:are|ere|ire|rre)(?![a-zà-öø-ÿ])`, 'i');
/** A letterhead line opened by an office and the word that names it: "Servizio Centrale …", "III Settore Welfare …". */
const OFFICE_LINE = /(?:^|\n|[–—|]\s*)(?:[IVX]{1,4}\s+)?((?:servizio|settore)\s+(?!sanitari[oa]\b|(?:di|del|della|dei|e|per)\b)\p{L}+)/giu;
function selfNames(letterhead: string, addressees = ''): string[] {
  // An agency (or a cooperative) its addressees name is the reader ("Alla ASL Lecce" from an Ambito whose letterhead names its
  // district "… ASL Lecce"; "Alla Cooperativa …" from a consortium of cooperatives).
  const names = SELF_NAMES.flatMap(([re, names]) => (re.test(letterhead) ? names : [])).filter((n) => !AGENCY_NAMED[n]?.test(addressees));
  // An office its letterhead heads a line with is called by that line's first two words too ("SERVIZIO CENTRALE DEL SISTEMA …"
  // → "il Servizio Centrale comunicherà …"): the writer's, even where the addressees name a "Servizio" of theirs, unless they
  // name the same one.
  for (const m of letterhead.matchAll(OFFICE_LINE)) {
    const name = m[1].toLowerCase().split(/\s+/);
    if (!new RegExp(`(?<!\\p{L})${name.join('\\s+')}(?!\\p{L})`, 'iu').test(addressees)) names.push(`${name.join('\\s+')}${OTHER_BODY_OFFICE}`);
  }
  // A lead Comune writing for its Ambito ("Comune di … – Ente capofila dell'Ambito …") writes to the Ambito's Comuni: "il
  // Comune" there is the reader.
  return names.includes('ambito') ? names.filter((n) => n !== 'comune') : names;
}
/**
 * A duty given after a term, in its sentence: "… entro il 30 aprile, termine entro il quale gli Ambiti dovranno …" (not a
 * condition of the issuer's own act: "… entro il 30 settembre, previa verifica …", "…, a seguito della validazione").
 */
// Or a penalty for missing it: "… saranno conclusi entro il 30 settembre 2032, pena la revoca del contributo".
const TAIL_DUTY = /(?<![a-zà-öø-ÿ])(?:devono|deve|dovr[àa]nno|dovr[àa]|vanno|(?:è|sono)\s+tenut[a-zà-öø-ÿ]*|possono|potranno|(?:a\s+)?pena\s+(?:la\s+|di\s+)?(?:revoca|decadenza|esclusione|inammissibilit[àa]))(?![a-zà-öø-ÿ])/i;
/** A request made of the readers: "si invitano gli Ambiti a …", "sono pregati di …". */
const ASKED = /\b(?:si\s+(?:invit|preg|chied|richied)|sono\s+(?:invitat|pregat|tenut))/i;
/** A duty the reader is given in the same clause: "Il Consorzio rende noto che le domande devono pervenire entro il …". */
const READER_DUTY = /(?<![a-zà-öø-ÿ])(?:con\s+(?:preghiera|richiesta|invito)\s+di|devono|deve|dovr[àa]nno|dovr[àa]|vanno|da\s+(?:trasmettere|inviare|presentare|compilare|restituire|caricare|sottoscrivere|firmare)|(?:è|sono)\s+tenut[a-zà-öø-ÿ]*|si\s+(?:invit|chied|richied|preg)[a-zà-öø-ÿ]*|possono|potranno|termine|previa|a\s+seguito|che\s+(?:non\s+)?(?:abbiano|avranno))(?![a-zà-öø-ÿ])/i;
/**
 * What the reader files, after the issuer's act: a condition on the reader ("… procederà alla revoca … agli Ambiti che non
 * abbiano trasmesso … entro il …", "il contributo è erogato ai nuclei che presentano domanda entro il …", "saranno ammesse
 * le candidature pervenute entro il …"); not the issuer's own filing ("il Comune provvederà alla rendicontazione …").
 */
const READER_FILES = /(?<![a-zà-öø-ÿ])(?:(?:pervenut|presentat|trasmess|inviat|inoltrat|caricat|consegnat|depositat|restituit|compilat)[a-zà-öø-ÿ]*|che\s+(?:[a-zà-öø-ÿ]+\s+){0,2}?(?:present|trasm|invi|inoltr|caric|consegn|deposit|restitu|compil|richied|chied|facci)[a-zà-öø-ÿ]*|ricevut[a-zà-öø-ÿ]*)/i;
/**
 * The reader named as who acts: "codesto Comune provvederà a pubblicare …", "ciascun Ambito provvederà …" (not "… a ciascun
 * Comune", nor what is sent "a codesta Direzione").
 */
const READER_ACTS = /\b(?:(?<!(?:^|\s)(?:a|ad|per|di|da)\s)(?:codest[oaie]|cotest[oaie])|(?<!(?:^|\s)(?:a|ad|per|di|da)\s)(?:ciascun[oa]?|ogni)\s+(?:comune|ente|ambito|istituto|scuola|distretto|azienda|beneficiari[oa]|soggetto)|(?:il|l['’])\s*(?:comune|ente|ambito)\s+capofila|le\s+ss\.?\s*ll\.?|la\s+s\.\s*v\.)/i;
const READER_ACTS_BUT_LEAD = new RegExp(READER_ACTS.source.replace(String.raw`|(?:il|l['’])\s*(?:comune|ente|ambito)\s+capofila`, ''), 'i');
/**
 * A filing the reader must make: "dovranno essere presentate", "vanno depositate", "possono essere consegnate", "potranno
 * presentare domanda …", a decree's
 * "(di stabilire che) le liste siano presentate" – in the subjunctive only what is filed: "vengano trasmessi in streaming" is not.
 */
const FILING = /\b(?:(?:dovr[àa]nno|dovr[àa]|devono|deve|vanno|va|possono|potranno|pu[òo]|potr[àa])\s+(?:essere\s+)?(?:presentat|depositat|consegnat|trasmess|inviat)|(?:dovr[àa]nno|dovr[àa]|devono|deve|possono|potranno|pu[òo]|potr[àa])\s+presentare\s+(?:la\s+|le\s+|una\s+)?(?:domand|istanz|candidatur|offert)|(?:siano|sia|vengano)\s+(?:presentat|depositat)|(?:liste|candidature|domande|istanze|offerte)\b[^.;]{0,40}?\bsono\s+presentat)\p{L}*/giu;
/**
 * A window in which an office receives filings: "dalle ore 08:00 alle ore 12:00 di domenica 17 maggio 2026", "dalle ore 8:00
 * di domenica 6 settembre 2026 alle ore 12:00 di lunedì 7 settembre 2026", "dal 9 marzo 2026 al 10 aprile 2026"; its last
 * date ends it.
 */
// Each date of the pattern with its own group names (the last date is read again from the match, see lastDateIn).
const renamed = prefixedDateSource;
const HOUR_WINDOW = new RegExp(
  `dalle\\s+ore\\s+\\d{1,2}(?:[:.]\\d{2})?(?:\\s+(?:del|di)\\s+(?:giorno\\s+)?(?:${renamed('a_')}))?\\s+alle\\s+ore\\s+\\d{1,2}(?:[:.]\\d{2})?\\s+(?:del|di)\\s+(?:giorno\\s+)?(?:${DATE_SOURCE})`,
  'gi',
);
// "dal 1° al 30 aprile 2031": the first day alone, its month and year those of the last.
const DAY_WINDOW = new RegExp(
  `\\bdal(?:l['’])?\\s*(?:giorno\\s+)?(?:${renamed('b_')}|\\d{1,2}\\s*°?(?=\\s+(?:e\\s+)?(?:al|fino|sino)\\b))\\s+(?:e\\s+)?(?:al|fino\\s+al|sino\\s+al|a\\s+tutto\\s+il)\\s+(?:giorno\\s+)?(?:${DATE_SOURCE})`,
  'gi',
);

/** The clause a cue stands in, back to the last full stop, semicolon or colon (at most 200 characters). */
// Before a space and a capital (a new sentence, also after "p.v.") or a line's end: "S.V." inside a word group, or "della
// S.V. entro" (the cue right after: the stretch read ends there), is no stop.
// Nor is an abbreviation's before a code in capitals: "prot. n. J1.2026.0187342".
const SENTENCE_STOP = /(?<!\b(?:n|nr|prot|art|rif|reg|pag|cfr|vs|ns|dott|sig|avv|prof|ing))\.(?=[^\S\n]*\n|\s+[A-ZÀ-ÖØ-Þ"“«(])/g;
/**
 * An answer's opening that names the note answered, then what that note asked ("…, con la quale …"), in one sentence, with
 * no clause of the answer's own begun since (", si invitano …", ", si comunica che …": a term set now).
 */
const ANSWERED_NOTE = /^\s*(?:in\s+(?:riscontro|risposta|riferimento)|facendo\s+seguito|a\s+(?:riscontro|seguito))\s+(?:a|al|alla|all['’])\s*[^;]*?\bcon\s+(?:la\s+quale|il\s+quale|cui)\b(?:(?!,\s*si\s)[^;])*$/i;
/** The answer's own act right after the term: ", si trasmette …", ", si inoltra …" (the paper the note asked for). */
const COMPLIES = /^[^.;,]{0,100}?,\s*si\s+(?:trasmett|invi(?:a|ano|ata|ate)\b|inoltr)/i;

/** Whether the term at `from`…`to` is the one the note answered asked for, told in the answer's opening sentence. */
function answeredNoteTerm(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 400), from);
  const stop = [...before.matchAll(SENTENCE_STOP)].pop();
  return ANSWERED_NOTE.test(before.slice(stop ? stop.index! + 1 : 0)) && COMPLIES.test(text.slice(to, to + 200));
}

/** A body's decision that opens what follows: "stabilisce che", "dispone che", "delibera altresì che", "decide che". */
// Only a collegial body deciding now (minutes, an act): not an act cited ("la D.G.R. … stabilisce che la Regione approva …") nor a
// decision told in the past ("il Comitato ha deliberato che l'Ufficio di Piano pubblicherà …").
const DECIDES = /\b(?:conferenza|comitato|assemblea|tavolo|collegio|commissione|consulta|giunta|consiglio|cabina\s+di\s+regia)\b[^.;]{0,120}?\b(?:stabilisce|stabiliscono|dispone|dispongono|delibera|deliberano|decide|decidono)\s+(?:altresì\s+|inoltre\s+)?che\b/i;

function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  // A full stop ends a sentence before a capital or a line's end; an abbreviation's dot ("della S.V. entro", "art. 3") does not.
  const stop = [...before.matchAll(SENTENCE_STOP)].pop();
  const end = stop ? stop.index! : -1;
  return before.slice(Math.max(end, before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
}

/**
 * An act's recital that states a fact or a condition, opening its clause: "- rilevato che …", "considerato che …". A
 * recital that quotes another paper ("VISTE le linee guida …, che assegnano alle Province … entro il …") may carry
 * a deadline the labelled sets count, and is left to the rules above.
 */
// "Visto l'Avviso regionale …, con il quale … dalle ore 00:00 del 13/11 e sino alle ore 24:00 del 14/11": an act the recital
// cites, and what it provides, not a term set for the reader (unless it asks something of the reader, see REQUEST).
// Any line of the item may open it (an act's heading, "IL SINDACO", stands on the line above its first recital).
const RECITAL = /^\s*[-–•]?\s*(?:(?:rilevat[oaie]|considerat[oaie]|preso\s+atto|dato\s+atto|atteso|premesso)\s+che\b|(?:vist[oaie]|richiamat[oaie])\s+(?:il|lo|la|l['’]|i|gli|le)\s*(?:avviso|decreto|nota|circolare|bollettino|ordinanza|deliberazione|delibera|determinazione|comunicazione)\b)/im;
/**
 * The item of a list or the clause a cue stands in, back to the list's bullet or the end of the line before it that
 * closes a clause (at most 400 characters): abbreviations' full stops ("prot. n.") do not cut it.
 */
function itemBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 400), at);
  let start = -1;
  for (const b of before.matchAll(/(?:^|\n)\s*[-–•]\s+|[.;:]\s*\n/g)) start = b.index! + b[0].length;
  return start >= 0 ? before.slice(start) : clauseBefore(text, at);
}

/** A duty or a term told in the past: "dovevano pervenire", "avrebbero dovuto trasmettere", "scadeva", "era fissato". */
// "gli Ambiti sono stati invitati a trasmettere … entro il …", "sono stati sollecitati a provvedere entro …": a request told.
const PAST_DUTY_ALL = /\b(?:dovev(?:a|ano)|avrebbe(?:ro)?\s+dovuto|er(?:a|ano)\s+(?:tenut|fissat|stabilit)\p{L}*|scadev(?:a|ano)|è\s+(?:già\s+)?scadut[oa]|(?:sono|è)\s+stat[oaie]\s+(?:invitat|sollecitat|richiamat)\p{L}*)(?![\p{L}])/giu;
/** The reader, named "codesto …", having asked the writer for what the cue dates: "codesta Regione ha chiesto di trasmettere …". */
const READER_ASKED = /(?<![a-zà-öø-ÿ])(?:codest|cotest)[oaie]\s+(?:[^.;:]{0,120}?\s)?(?:ha|aveva|hanno|avevano)\s+(?:chiest|richiest|dispost|assegnat|fissat|ordinat|prescritt)[oaie](?![a-zà-öø-ÿ])(?!\s+(?:se|una\s+proroga|la\s+proroga|chiarimenti|informazioni|notizie|di\s+conoscere)\b)(?![^.;:]*(?<![a-zà-öø-ÿ])(?:potr[àa]|potranno|dovr[àa]|dovranno|va|vanno|deve|devono)\s)(?![^.;:]*(?<![a-zà-öø-ÿ])(?:codest|cotest)[oaie]\s)/i;
/** The reader asking the writer, in the first person: "… la vostra comunicazione …, con la quale mi chiedete di presentare entro …". */
const ASKED_OF_ME = /(?<![a-zà-öø-ÿ])(?:mi|ci)\s+(?:chiedete|chiede|chiedeva|chiedevate|(?:avete|ha|aveva|avevate)\s+(?:chiesto|richiesto)|richiedete|richiede|si\s+chiede|è\s+stato\s+chiesto)(?![a-zà-öø-ÿ])[^.;:]*$/i;
/** What may stand between a past duty and its cue: an infinitive, a participle, "essere", an adverb ("dovevano essere già trasmessi"). */
const PAST_FILLER = /^(?:a|ad|di|già|ancora|comunque|essere|stat[oaie]|\p{L}{2,}(?:are|ere|ire|at[oaie]|ut[oaie]|it[oaie]|ess[oaie]))$/iu;
// "entro il 31 marzo dell'anno successivo" (to the year a rule counts): a rule for every year, not a date.
/** The rule's recurrence said before its cue: "andrà aggiornato ogni anno entro il 31 luglio". */
const RECURRING_BEFORE = /(?:(?:ogni|ciascun)\s+anno|annualmente)\s*,?\s*$/i;
const RECURRING = /^\s*(?:di\s+(?:ciascun|ogni)\s+anno|di\s+ciascun\s+esercizio|annualmente|dell['’]anno\s+(?:successivo|seguente))\b/i;
/**
 * Further dates joined to the first that the rule says recur: "la prima entro il 31 ottobre, la seconda entro il 31 gennaio e la
 * terza entro il 30 aprile di ciascun anno".
 */
const RECURRING_PAIR = /^\s*(?:,|e\s|ed\s)[^;]{0,90}?\b\d{1,2}\s+[a-z]+\s+(?:di\s+(?:ciascun|ogni)\s+(?:anno|esercizio)|annualmente)\b/i;
const CURRENT_MONTH = new RegExp(`\\b${CUE}\\s+(?:il\\s+(?:giorno\\s+)?)?(?<d>\\d{1,2})\\s+(?:c\\.\\s?m\\.|corrente\\s+mese|del\\s+(?:mese\\s+corrente|corrente\\s+mese))`, 'gi');
// "entro 7/10 giorni lavorativi", "entro 6/12 ore dalla chiamata": a range of days or hours, no date ("entro il 15/06
// ore 12.00" is a date and its time).
const CUE_DAY_MONTH = new RegExp(`\\b${CUE}\\s+(?:il\\s+(?:giorno\\s+)?)?(?<d>[0-3]?\\d)\\s*\\/\\s*(?<m>[01]?\\d)(?![\\d/\\-]|\\.\\d|\\s*(?:giorni|gg|mesi|settimane)\\b|\\s*ore\\b(?!\\s*\\d))`, 'gi');
const DEADLINE_HEADER = /^(?:termine|termini|scadenz[ae]|data\s+(?:di\s+)?scadenza|entro\s+il|entro)\b/i;

/** The ISO date `months` months before `iso` (the day kept, clamped to the month's end). */
function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function lastDateIn(text: string, offset: number): RegExpExecArray {
  const re = new RegExp(DATE_SOURCE, 'gi');
  let last: RegExpExecArray | null = null;
  for (let d = re.exec(text); d; d = re.exec(text)) last = d;
  const m = last!;
  m.index += offset;
  return m;
}

/**
 * Where the sentence around text[from, to) starts and ends: [offset after the stop before it, offset of the stop after it]. A
 * stop is SENTENCE_STOP's ("ai sensi dell'art. 5 del bando" goes on) or a semicolon.
 */
function sentenceAround(text: string, from: number, to: number): [number, number] {
  const stops = [...text.matchAll(SENTENCE_STOP), ...text.matchAll(/;/g)].map((s) => s.index!).sort((a, b) => a - b);
  return [(stops.filter((k) => k < from).pop() ?? -1) + 1, stops.find((k) => k >= to) ?? text.length];
}
