import type { Line, PageText } from '../read/page-text.ts';
import type { Extraction, ExtractedFields, FieldEvidence } from '../records/extracted-fields.ts';
import { SourceText, type Evidence, type Found } from './source-text.ts';
import { extractSubject } from './subject.ts';
import { extractAddressees } from './addressees.ts';
import { extractSender, opensOnPrintedMessage } from './sender.ts';
import { extractProtocol } from './protocol.ts';
import { extractDocumentDate } from './document-date.ts';
import { extractDeadlines } from './deadlines.ts';
import { extractMeetings } from './meetings.ts';
import { extractLegalReferences } from './legal-references.ts';
import { extractEmails } from './emails.ts';
import { extractSignatories } from './signatories.ts';
import { mainDocumentEnd } from './main-document.ts';
import { extractAmounts } from './amounts.ts';
import { extractTags } from './tags.ts';
import { classifyDocType } from './doc-type.ts';
import { findDates, schoolYearOf } from './italian-dates.ts';
import { ADDRESSEE_OPENING, isFormToFill, quotedMessageStart, subjectLineIndex } from './layout-rules.ts';
import { pageFurniture } from './page-furniture.ts';
import { repairOcrWords } from './ocr-word-repair.ts';
import { compileRulesNatively } from './compile-rules-natively.ts';

compileRulesNatively();

/** A page's text ending on the currency its amount's figure opens the next page with: "… stanziati €", "… pari a euro". */
/** The share of a page's height, from its foot, that holds footers and page numbers, never a body's running text. */
const BOTTOM_MARGIN = 0.06;
const OPEN_MONEY_END = /(?:€|\beuro)\s*$/i;
/** A line that ends before its date is whole: on a cue ("entro il", "alle ore"), a day ("30"), a month or a weekday. */
const OPEN_DATE_END = /(?:\b(?:entro|il|del|dal|al|alle|ore|giorno|dalle|fino|sino|oltre|per)|\b\d{1,2}(?:[/.-]\d{1,2})?|\b(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)|\b(?:luned|marted|mercoled|gioved|venerd)[iì]|\b(?:sabato|domenica))\s*$/i;

/** Words that cite another act: "ai sensi della …", "in attuazione del …", "di cui al …", "approvato con …". */
const HEADING_CITES = /\b(?:ai\s+sensi|in\s+attuazione|di\s+cui\s+al|previst[oa]\s+dal|approvat[oa]\s+con)/i;

/** Reads every field of LABELS.md from a document's lines, each value with the line it came from. */
export function extractFields(read: PageText[]): Extraction {
  // The words the rules key on, as OCR misreads them on scanned pages, put right first.
  const pages = repairOcrWords(read);
  const source = new SourceText(pages);
  const lines = source.lines;
  const width = pages[0]?.width ?? 595;
  const mainEnd = mainDocumentEnd(lines);
  // A printed e-mail's own message ends where the message it quotes begins.
  const quoted = quotedMessageStart(lines);
  const inMain = (page: number, index: number) => page <= mainEnd && (!quoted || page < quoted.page || (page === quoted.page && index < quoted.index));
  const mainLines = lines.filter((l) => inMain(l.page, l.index));
  // The main document's subject; else the first, unless it heads a form annexed to be filled in ("Il/La sottoscritto/a
  // ______"), whose "Oggetto:" is the applicant's, not the notice's.
  const subject = extractSubject(mainLines) ?? subjectOutsideForms(lines);
  const { recipients, cc } = extractAddressees(lines, width, mainEnd);
  const sender = extractSender(lines);
  const protocol = extractProtocol(lines);
  // The main document's date: a supplier's quote or a forwarded note after it is dated on its own.
  const documentDate = extractDocumentDate(mainLines, protocol);
  // Dates printed without a year take it from the letter's date, else from the first full date printed.
  const reference = documentDate?.value ?? protocol?.value.date ?? findDates(source.text, { reference: null }).find((d) => d.iso && !d.inferred)?.iso ?? null;
  // A school's letter names the school year it is about: an undated one places its dates in it.
  const ctx = { reference, issued: documentDate?.value ?? protocol?.value.date ?? null, schoolYear: schoolYearOf(source.text) };
  // The issuer's own names (its letterhead, above the subject) tell its own undertakings from the reader's terms.
  const firstPage = lines.filter((l) => l.page === lines[0]?.page);
  const subjectAt = subjectLineIndex(firstPage);
  const head = firstPage.slice(0, Math.min(12, subjectAt >= 0 ? subjectAt : 8));
  // Not the addressees' names ("Al Comune di …" in a Region's letter): the reader is no issuer.
  const addressed = head.findIndex((l) => l.segments.some((g) => ADDRESSEE_OPENING.test(g.text) || /^\s*(?:spett|e\s*,?\s*p\.?\s*c\.?)/i.test(g.text)));
  const letterhead = [sender?.value ?? '', ...head.slice(0, addressed >= 0 ? addressed : head.length).map((l) => l.text)].join('\n');
  // A body in copy is informed, not asked: what it will do is not the reader's term.
  // The running headers and footers, found once: a date broken by the page's end ("entro il 30" | footer | header | "ottobre
  // 2026") reads whole once they are left out, as a citation does (see below).
  // So are a stamp set on the page (up the margin, in an annotation) and a line in the bottom margin printed on one page only
  // (page 1's address line): neither is the text that runs on.
  const repeated = pageFurniture(lines);
  const aside = (p: PageText, l: PageText['lines'][number]) => repeated.has(l) || !!l.origins?.length || l.y < BOTTOM_MARGIN * p.height;
  const asides = pages.some((p) => p.lines.some((l) => aside(p, l)));
  const bare = asides ? new SourceText(pages.map((p) => ({ ...p, lines: p.lines.filter((l) => !aside(p, l)) }))) : null;
  // Read again only where a page's text ends on a date or its cue left open: most pages end on a full stop.
  // Each page's last line of text but the last page's, the furniture left out: where a date or an amount may break.
  const pageEnds = bare ? pages.slice(0, -1).map((p) => p.lines.filter((l) => !aside(p, l)).at(-1)?.text ?? '') : [];
  const broken = pageEnds.some((end) => OPEN_DATE_END.test(end));
  const withBroken = <T extends { value: unknown }>(found: T[], across: T[]) => [...found, ...across.filter((a) => !found.some((f) => JSON.stringify(f.value) === JSON.stringify(a.value)))];
  const readers = recipients.map((r) => r.value).join('\n');
  const deadlines = withBroken(extractDeadlines(source, ctx, letterhead, readers), broken && bare ? extractDeadlines(bare, ctx, letterhead, readers) : []);
  const meetings = withBroken(extractMeetings(source, ctx), broken && bare ? extractMeetings(bare, ctx) : []);
  const emails = extractEmails(source);
  // Identity fields come from the main document of a bundle: its signatures are those of its last page.
  const signatories = extractSignatories(mainLines, width);
  // An amount broken by the page's end the same way: "… sono stanziati €" | footer | header | "120.000,00 per …".
  const brokenMoney = pageEnds.some((end) => OPEN_MONEY_END.test(end));
  const amounts = withBroken(extractAmounts(source), brokenMoney && bare ? extractAmounts(bare) : []);
  // Not one that answers or passes on another message ("POSTA CERTIFICATA: I: Nota …", "Re: …"): its own text decides.
  const carried = !sender && opensOnPrintedMessage(lines) && !/^\s*(?:posta\s+certificata\s*:\s*)?(?:r|re|i|fw|fwd|inoltro|risposta)\s*:/i.test(subject?.value ?? '');
  // What kind of document is the main one's: a decree forwarded under a cover letter does not make the letter a decree.
  const docType = classifyDocType({
    lines: mainLines,
    subject: subject?.value ?? null,
    sender: sender?.value ?? null,
    recipients: recipients.map((r) => r.value),
    // A printed PEC is the envelope of the note it carries: the note's meetings are the message's (its subject names them).
    meetings: meetings.filter((m) => inMain(m.evidence.page, m.evidence.line) || carried).length,
    protocol: protocol !== null,
    subjectPage: subject?.evidence.page,
    signers: signatories.map((s) => s.value.role ?? ''),
  });
  // An act's heading carries its own number ("D.G.R. n. 502 del …"): that is not a citation. The
  // heading ends at the subject, or where the recitals begin ("VISTA la legge …", "IL DIRIGENTE").
  const recitals = firstPage.findIndex((l) => /^\s*(?:vist[oaie]|premess[oa]|considerat[oaie]|richiamat[oaie]|(?:il|la)\s+(?:dirigente|direttore|direttrice|capo|ministro|presidente|sindaco|giunta|responsabile))\b/i.test(l.text));
  const headingEnd = Math.min(...[subjectAt, recitals, 8].filter((i) => i >= 0));
  const ownAct = docType === 'decreto' || docType === 'delibera';
  // Its own heading is skipped before each act is taken once: an act the heading and the body both cite stays. So is
  // the running header that repeats the heading's number on every page ("REGIONE MOLISE – Decreto Dirigenziale n. 2317
  // del …"), not a footer that cites a law ("firmato ai sensi del D.Lgs. 82/2005").
  const ownNumbers = firstPage.slice(0, headingEnd).flatMap((l) => [...l.text.matchAll(/\bn(?:\.|°|r\.?)?\s*([A-Z]{0,3}\d+)\b/gi)].map((m) => m[1]));
  const headingNamed = ownNumbers.map((n) => new RegExp(`(?:decreto(?!\\s+legislativo)|determin\\w*|delibera\\w*|ordinanza)\\b[^\\n]{0,40}?\\bn(?:\\.|°|r\\.?)?\\s*${n}\\b`, 'i'));
  const repeatsHeading = (text: string) => headingNamed.some((re) => re.test(text));
  // An act's own heading repeated in the running headers is no citation; they are left out below to read a citation the page's
  // end broke.
  const furniture = ownAct ? new Set([...repeated].filter((l) => repeatsHeading(l.text)).map((l) => `${l.page}:${l.index}`)) : new Set<string>();
  // A heading's line that cites ("Decreto non soggetto a controlli ai sensi della D.G.R. n. 553/2016") is read as any other.
  const citing = new Set(firstPage.slice(0, headingEnd).filter((l) => HEADING_CITES.test(l.text)).map((l) => l.index));
  const skipOwn = (at: Evidence) => ownAct && ((at.page === lines[0]?.page && at.line < headingEnd && !citing.has(at.line)) || furniture.has(`${at.page}:${at.line}`));
  // A citation broken by the page's end reads whole once the running header and footer between its halves are left out
  // ("… dalla L. 30" | footer | header | "dicembre 2010, n. 240").
  const across = bare ? extractLegalReferences(bare, skipOwn) : [];
  // A table cell whose words wrap under it reads whole in its column ("Tracciabilità dei flussi finanziari (L." | "SI" /
  // "136/2010) e CUP …"), where the row's other cells do not cut it.
  const wrappedCells = source.tables.flatMap((c) => c.cells).filter((c) => c.text !== c.line.segments[c.index]?.text.trim());
  const inCells = wrappedCells.length ? extractLegalReferences(new SourceText([{ page: 0, width, height: 0, ocr: false, lines: wrappedCells.map((c) => ({ ...c.line, text: c.text, segments: [{ x: c.line.segments[c.index].x, end: c.line.segments[c.index].end, text: c.text }] })) }]), skipOwn) : [];
  const legalReferences = [...extractLegalReferences(source, skipOwn)];
  for (const r of [...across, ...inCells]) if (!legalReferences.some((o) => o.value === r.value)) legalReferences.push(r);
  const fields: ExtractedFields = {
    docType,
    sender: sender?.value ?? null,
    protocol: protocol?.value ?? null,
    documentDate: documentDate?.value ?? null,
    subject: subject?.value ?? null,
    recipients: recipients.map((r) => r.value),
    cc: cc.map((r) => r.value),
    deadlines: deadlines.map((d) => ({ date: d.value })),
    meetings: meetings.map((m) => m.value),
    legalReferences: legalReferences.map((r) => r.value),
    emails: emails.map((e) => e.value),
    signatories: signatories.map((s) => s.value),
    amounts: amounts.map((a) => a.value),
  };
  const evidence: FieldEvidence = {};
  const put = (name: string, found: Found<unknown>[] | Found<unknown> | null) => {
    const list = found === null ? [] : Array.isArray(found) ? found : [found];
    if (list.length) evidence[name] = list.map((f) => f.evidence);
  };
  put('sender', sender);
  put('protocol', protocol);
  put('documentDate', documentDate);
  put('subject', subject);
  put('recipients', recipients);
  put('cc', cc);
  put('deadlines', deadlines);
  put('meetings', meetings);
  put('legalReferences', legalReferences);
  put('emails', emails);
  put('signatories', signatories);
  put('amounts', amounts);
  return { fields, tags: extractTags(source.text), evidence };
}

/** The first subject of the file, unless its page is a form to fill in: lines of blanks under "Il/La sottoscritto/a". */
function subjectOutsideForms(lines: Line[]): Found<string> | null {
  const subject = extractSubject(lines);
  return subject && !isFormToFill(lines.filter((l) => l.page === subject.evidence.page)) ? subject : null;
}
