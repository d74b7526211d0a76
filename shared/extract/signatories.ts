import { startsCapital } from './starts-capital.ts';
import type { Line, Segment } from '../read/page-text.ts';
import { pageFurniture } from './page-furniture.ts';
import { evidenceOf, fold, type Found } from './source-text.ts';
import { ANNEX_LABEL, BLOCK_GAP, subjectLineIndex, PLACE_DATE_LINE } from './layout-rules.ts';

export interface Signatory {
  role: string | null;
  name: string | null;
}

// "Vice" only before a role ("Vicesindaco", "Vice Prefetto"): "Vicenza, data del protocollo" is a place.
const ROLE_WORD = String.raw`(?:dirigente|autorit[àa]\s+(?:responsabile|delegata)|direttore|direttrice|responsabile|presidente|sindac[oa]|consiglier[ea]|segretari[oa]|coordinat(?:ore|rice)|funzionari[oa]|assessor[ea]|commissari[oa]|capo|ministr[oa]|sottosegretari[oa]|referente|istruttore|vice[\s-]?(?:sindac[oa]|president[ea]|prefett[oa]|questore|segretari[oa]|diret(?:tore|trice)|dirigente|comandante|responsabile|capo|coordinat(?:ore|rice)|commissari[oa]|ministr[oa]|rettore|preside|procurat(?:ore|rice)|ispett(?:ore|rice)|ragioniere|provveditore|console|sovrintendente|cancelliere|brigadiere|governatore)|dirigente\s+scolastic[oa]|rettore|prefetto|questore|garante|delegat[oa]|amministratore|legale\s+rappresentante|titolare|incaricat[oa]|addett[oa]|rup|ufficiale|revisor[ei]|organo\s+di\s+revisione|collegio\s+dei\s+revisori|messo|dichiarante|giudice|magistrat[oa]|cancellier[ea]|(?:sostitut[oa]\s+)?procurat(?:ore|rice)|comandante|richiedente|assistente\s+sociale|difensore\s+civico|soprintendente|pro[\s-]?rettore|medico|preside|economo|maresciallo|provveditore|ispett(?:ore|rice)|tesorier[ea]|ragionier[ea]|testimon[ei])`;
/**
 * A profession of the social and health services signing a report or a note ("La Psicologa referente", "Lo Psicologo", "L'Educatrice
 * professionale", the Assegno di inclusione's "Il Case Manager"), or a person's guardian ("Il tutore volontario", "L'amministratore di
 * sostegno"): a role only with its article, as a form's table lists the professions bare ("Psicologo", "Mediatore culturale").
 */
const PROFESSION = String.raw`(?:case\s+manager|psicolog[oa]|pedagogista|neuropsichiatra|logopedista|educat(?:ore|rice)(?:\s+professionale)?|mediat(?:ore|rice)\s+(?:familiare|culturale|interculturale|linguistic[oa])|tut(?:ore|rice)|curat(?:ore|rice)|amministrat(?:ore|rice)\s+di\s+sostegno)`;
/** A role line: "Il Dirigente", "La Dirigente della II Area", "Il Responsabile del Procedimento". */
// A form's "Il/La richiedente", "Il/La dichiarante": either article, as forms print them.
// A commission's "IL COMPONENTE" signs its minutes: with its article only (an attendance table lists "Componente" alone).
// A bilingual office names the role in German (or French) first, with its article: "Der Präsident / Il Presidente", "Die
// Amtsdirektorin / La Direttrice d'ufficio" (not "Anna Neri / Istruttore direttivo", a name and its qualification).
const ROLE = new RegExp(String.raw`^(?:(?:der|die|das|le)\s+[A-Za-zÀ-ÿ'’][A-Za-zÀ-ÿ'’ .-]{2,40}?\s\/\s|(?:(?:der|die|das)\s+[A-Za-zÀ-ÿ'’][A-Za-zÀ-ÿ'’ .-]{2,40}?|(?:le|la)\s+(?:pr[ée]sident|secr[ée]taire|syndic|directeur|directrice|responsable|coordinat(?:eur|rice)|vice-syndic)[A-Za-zÀ-ÿ'’ .-]{0,30}?)\s[–—-]\s)?(?:p\.\s*)?(?:(?:(?:il|la|lo|l['’])(?:\s*\/\s*(?:il|la|lo|l['’]))?\s*)?${ROLE_WORD}|(?:il|la)\s+componente(?:\s+effettiv[oa])?|(?:il|la|lo|l['’])\s*${PROFESSION})\b`, 'i');
/**
 * Signing on another's behalf: "p. IL QUESTORE" above the signer's own role ("Il Dirigente dell'Ufficio …"). Only the
 * abbreviation: "Per il Legale Rappresentante della Ditta" is a counterparty's block as often as not.
 */
const ON_BEHALF = new RegExp(String.raw`^p\.\s*(?:(?:il|la|lo|l['’])\s*)?${ROLE_WORD}\b`, 'i');
/**
 * An approval mark before a role: "VISTO IL RESPONSABILE DEL SERVIZIO", "Visto: il Dirigente", "V° Il Giudice". The
 * person signs as that role; the mark says how (a "visto", not the act's own signature).
 */
// "V°" (visto) abbreviated, as judges and officers mark a clerk's letter: "V° Il Giudice delegato".
const APPROVAL_MARK = new RegExp(String.raw`^(?:vist[oa]|v\.to|v\.?\s?[°º]|si\s+attesta)\s*[:,.]?\s+(?=(?:(?:il|la|lo|l['’])\s*)?${ROLE_WORD}\b)`, 'i');
const withoutApproval = (text: string) => text.replace(APPROVAL_MARK, '');
/** A cell's text as a role is tested: trimmed, without its approval mark, spacing folded. */
const cellRole = (text: string) => fold(withoutApproval(text.trim()));
const ROLE_CONTINUATION = /^(?:del|della|delle|dei|degli|dello|dell['’]|di|e|ed|per|alla|alle|al|ai|agli|servizi|area|settore|ufficio|u\.?o\.?[cs]?\.?d?|p\.?o\.?)\b/i;
/** Titles and signature marks dropped from a name. */
const TITLES = /\b(?:f\.?\s?to|firmato(?:\s+digitalmente)?(?:\s+da\s*:?)?|(?:il|la)\s+sottoscritt[oa]|dott\.?\s?ssa|dott\.?|dr\.?\s?ssa|dr\.?|avv\.?|prof\.?\s?ssa|prof\.?|ing\.?|arch\.?|sig\.?\s?ra|sig\.?|rag\.?|geom\.?|on\.?|cons\.?|pres\.?|gen\.?|col\.?|sen\.?|mons\.?|don|suor|rev\.|p\.\s?i\.?|d\.ssa|a\.\s?s\.|ass\.\s?soc\.|istr\.(?:\s?dir\.)?|amm\.\s?vo|amm\.|agr\.|geol\.|for\.|p\.\s?agr\.)(?=\s|$)/gi;
/** The signature mark "F.to" (firmato), however spaced: "F.to", "f. to", "F to". */
const SIGN_MARK = /\bf\.?\s?to\b/i;
/** The mark with something after it on its line: a name signed there, not a mark waiting for one below. */
const MARK_BEFORE_NAME = new RegExp(`${SIGN_MARK.source}(?!\\s*$)`, 'i');
/** A person's title before the name: after a role in one cell it marks the signature as "F.to" does. */
// A professional's title may follow the degree's: "dott. agr." (agronomist), "dott. geol.", "dott. for.".
const TITLE = String.raw`(?:(?:dott\.?\s?ssa|dott\.|dr\.?\s?ssa|dr\.)(?:\s+(?:agr|geol|for)\.)?|avv\.|prof\.?\s?ssa|prof\.|ing\.|arch\.|rag\.|geom\.)`;
/**
 * An opinion signed in its own line or cell: "Il Responsabile del Servizio Finanziario – F.to Rag. Carmine Vitale",
 * also after the opinion's verdict ("Regolarità tecnica: FAVOREVOLE. Il Responsabile del Settore … F.to dott. …"),
 * the dash optional: the "F.to" mark, or the signer's title, is what makes it a signature. Only at a cell's start,
 * after a verdict or after the opinion's own label ("PARERE DI REGOLARITÀ TECNICA: Il Dirigente … F.to …"): a role
 * named mid-sentence ("… 10/02/2025. Il Direttore … dott. …") is prose.
 */
const SIGNED_LINE = new RegExp(
  String.raw`(?:^|\b(?:favorevole|contrario|positivo|negativo)\s*[.:;,]?\s+|^(?:parere|visto)\b[^:]{0,70}:\s*)((?:il|la|lo|l['’])\s*${ROLE_WORD}\b[^–—.;:]{0,80}?)\s+(?:[–—-]\s+)?(?:(?<mark>f\.?\s?to)\s+|(?=${TITLE}\s))(.+)$`,
  'i',
);
/** A signed name with its role in brackets after it, alone in its cell: "F.to dott. Francesco Lettieri (Responsabile dell'Area Finanziaria)". */
const NAME_THEN_ROLE = new RegExp(String.raw`^\s*f\.?\s?to\s+([^()]{3,60}?)\s*\(\s*((?:(?:il|la|lo|l['’])\s*)?${ROLE_WORD}\b[^():\d]{0,80})\)\s*$`, 'i');
/**
 * A signed name with its role after a dash, in a table's cell: "F.to dott.ssa Loredana Scivoletto – Dirigente Settore
 * Servizi Sociali" (the cell wrapping onto the lines below it).
 */
const NAME_DASH_ROLE = new RegExp(String.raw`^\s*f\.?\s?to\s+([^–—()]{3,60}?)\s+[–—]\s+((?:(?:il|la|lo|l['’])\s*)?${ROLE_WORD}\b[^()\d–—]{0,80}?)\s*\.?\s*$`, 'i');
// "PARERI AI SENSI DELL'ART. 49 …" heads the opinions of a Giunta's act, under its signatures; so does a "DOCUMENTO ISTRUTTORIO"
// (a Region's Giunta signs the act above the report that proposed it, its officials' signatures and opinions after).
const SECTION_HEADING = /^\s*(?:documento\s+istruttorio\s*$|certificat[oa]|attestazione|attestat[oa]\s+di|relata|relazione\s+di\s+pubblicazione|referto|parere\s+(?:di|del|sulla|in\s+ordine)|pareri\s+(?:ai\s+sensi|espressi|di\s+regolarit)|visto\s+di|copia\s+conforme)\b/i;
const CONTACT = /@|\bwww\.|\btel\.|\bfax\b|\bp\.?\s?iva\b/i;
/** Words of an office, not of a person: "Inclusione Sociale Attiva" under "La Dirigente della Sezione" continues the role. */
const OFFICE_WORD = /\b(?:social[ei]|servizi?o?|sezione|area|settore|ufficio|politiche|programmazione|inclusione|integrazione|direzione|dipartimento|ambito|attiva|territoriale|generale|regionale|amministrativ[oa]|finanziari[oa]|tecnic[oa]|sociosanitari[ao]|contabil[ei]|controllo|bilancio|ragioneria|u\.?o\.?c\.?)\b/i;
const CLOSING = /\b(?:cordiali\s+saluti|distinti\s+saluti|saluti\s+cordiali|si\s+porgono|si\s+inviano|con\s+osservanza|ringrazi|restando\s+a\s+disposizione|con\s+(?:viva\s+|la\s+massima\s+|sincera\s+)?cordialit[àa]|cordialmente|(?:un\s+)?cordiale\s+saluto|migliori\s+saluti)/i;
/** "f.to" glued to the title or name that follows it, or to it by a colon ("F.to:Teresa Sodano"). */
const GLUED_MARK = /\bf\.\s?to(?:\s*:\s*|(?=\p{L}))/giu;
/** A title's abbreviation glued to the name ("Rag.Gerardo Malzone"), as a typist saves a space. */
const GLUED_TITLE = /\b(dott|dr|avv|prof|ing|arch|rag|geom|sig)\.(?=\p{L})/giu;

/** The signature mark and a title set apart from the name they are glued to: "f.toRag.Mario Rossi" → "f.to Rag. Mario Rossi". */
function unglued(text: string): string {
  // Only before a capital: "dott.ssa" is one word.
  return text.replace(GLUED_MARK, 'f.to ').replace(GLUED_TITLE, (title, abbreviation: string, at: number, whole: string) => (startsCapital(whole, at + title.length) ? `${abbreviation}. ` : title));
}
/** The note of a signature made digitally or replaced by print: "firmato digitalmente ai sensi del …", "firma autografa sostituita …". */
const SIGNATURE_NOTE = /^\s*(?:\(?\s*)?(?:documento\s+)?(?:firmat[oa]\s+digitalmente|firma\s+(?:digitale|autografa\s+(?:sostituita|omessa)))\b/i;
/**
 * The person to contact, printed under the signature: "Referente della pratica Luca Verdi", "Responsabile del procedimento:
 * …" – no title of the signer.
 */
const REFERENT = /^\s*(?:(?:il|la)\s+)?(?:referente\b|responsabile\s+(?:del\s+procedimento|dell['’]istruttoria)\b)/i;
/**
 * A cell only a table of opinions or of attendance has (its headings, a verdict, a presence: not "Componente", nor a date,
 * which head signature columns too), or a counterparty's row of signature ("Il Legale Rappresentante | … | (timbro e
 * firma) ____").
 */
const TABLE_CELL = /^\s*(?:parere|esito|data|carica|ruolo|qualifica|nominativo|ente|firma|voto|presente|presenti|assente|assenti|favorevole|contrario|astenuto|s[iì]|no|x|\(?\s*timbro\s+e\s+firma\s*\)?[\s_.]*)\s*$/i;
/** Whether the cell after `at` is a name set close under it: the signer a stacked title belongs to. */
function nameNext(cells: { line: Line; text: string }[], at: number): boolean {
  const below = cells[at + 1];
  return !!below && below.line.gapBefore < BLOCK_GAP && nameOf(fold(below.text)) !== null;
}

/** An act's closing formula above its signatures: "Letto, approvato e sottoscritto.". */
const CLOSING_FORMULA = /^\s*(?:letto|approvato|confermato)\b[^.]{0,40}\bsottoscritto\b/i;
/** The body a signer comes from, in brackets under the role: "Il Coordinatore tecnico" / "(Regione Emilia-Romagna)". */
const BODY_IN_BRACKETS = /^\((?:regione|provincia|comune|citt[àa]|ministero|ente|azienda|asl|ambito|consorzio|unione)\b[^()]{0,60}\)$/i;
/** The end of a role wrapped after its unit's noun: "… del Distretto" / "Rieti 1", "… dell'Ambito" / "N 3", "… Sociale" / "n. 45". */
const NUMBERED_UNIT = /^(?:\p{Lu}[\p{L}'’.-]{0,20}(?:\s+\p{Lu}[\p{L}'’.-]{0,20})?\s+(?:n\.?\s*)?\d{1,3}|(?:n\.|n°|nr\.)\s*\d{1,3})$/u;
/** A line of underscores: the place of a signature still to be written. */
const SIGNATURE_RULE = /^[\s_.]*_{8,}[\s_.]*$/;
/** The roles that attest an act rather than adopt it: its accounting visa, its publication. */
const ATTESTING_ROLE = /\b(?:contabil|bilancio|ragioneri|finanziari|pubblicazione|albo|regolarit[àa]|attesta)/i;
/** A role line opening with its article ("Il Segretario Generale"), as a block's first line does. */
const ARTICLE = /^(?:il|la|lo|l['’])\s*/i;

// Words of a body's or an office's name ("Libero Consorzio Comunale di Enna" under a heading, "Servizio Politiche
// Sociali" above a role, "(Protezione Civile)" after one) are no person's.
const NOT_NAME = /\d|@|\b(?:documento|firmat[oa]\s+digitalmente\s+ai|sensi|codice|art\.|d\.?\s?lgs|pagina|www\.|tel\.|fax|via\b|piazza|pec\b|siglato|comune|comunale|consorzio|provincia|regione|ministero|azienda|prefettura|tribunale|servizi?o?|settore|area|ufficio|politiche|direzione|dipartimento|sezione|protezione|commissione|posizione|organizzativa)\b/i;

/**
 * Each signature block at the end of the letter: its role lines joined, and the signer's name without
 * titles or "F.to". Blocks set side by side are read column by column; a block with no name printed
 * keeps its role with name null.
 */
export function extractSignatories(lines: Line[], pageWidth: number): Found<Signatory>[] {
  if (!lines.length) return [];
  // A form's field that says what to write on it signs nothing ("Referente (nome, telefono, e-mail) ______" in an annexed form).
  // A board's chair and the office that chairs it, one name under both, sign as the office (see blocksOf).
  const read = signaturesAtEnd(lines, pageWidth).filter((f) => f.value.name !== null || !FIELD_TO_FILL.test(f.value.role ?? ''));
  const found = read.filter((f) => !(f.value.name && CHAIR_OF_BOARD.test(f.value.role ?? '') && read.some((o) => o !== f && o.value.name === f.value.name && !CHAIR_OF_BOARD.test(o.value.role ?? ''))));
  // An act signed before its annexes ("IL DIRETTORE" / "Dott. …" / "ALLEGATO A – GRADUATORIA …"), its accounting visa and its
  // certificate of publication after them, at the end: the act's signer too.
  if (found.length && found.every((f) => ATTESTING_ROLE.test(f.value.role ?? ''))) {
    const annex = lines.findIndex((l, i) => i > 0 && l.segments.length === 1 && ANNEX_LABEL.test(l.text) && found.every((f) => f.evidence.page > l.page || (f.evidence.page === l.page && (f.evidence.line ?? 0) > lines.filter((o) => o.page === l.page).indexOf(l))));
    const signer = annex > 0 ? signaturesAtEnd(lines.slice(0, annex), pageWidth).filter((b) => !ATTESTING_ROLE.test(b.value.role ?? '')) : [];
    if (signer.length) return [...signer, ...found.filter((f) => !signer.some((b) => b.value.name === f.value.name))];
  }
  if (found.length) return found;
  // A person writing in their own name signs under "In fede", with no role: "In fede" / "Giuseppe Ferrante".
  const inFaith = lines.findLastIndex((l) => IN_FAITH.test(l.text));
  if (inFaith >= 0 && inFaith >= lines.length - 6) {
    const signer = lines.slice(inFaith + 1, inFaith + 3).find((l) => l.segments.length === 1 && nameOf(fold(l.text)) !== null);
    if (signer) return [{ value: { role: null, name: nameOf(fold(signer.text))! }, evidence: evidenceOf(signer) }];
  }
  // Annexes on pages of their own after a letter ("ALLEGATO B" heading a page, a table of figures or of staff) that sign
  // nothing: the letter is signed before them.
  const furniture = pageFurniture(lines);
  const annexPage = lines.find((l, i) => l.page > lines[0].page && !furniture.has(l) && ANNEX_LABEL.test(l.text) && l.segments.length === 1 && !lines.slice(0, i).some((o) => o.page === l.page && !furniture.has(o)));
  if (annexPage) return signaturesAtEnd(lines.filter((l) => l.page < annexPage.page), pageWidth);
  // Pages of a table or a list after the signature, under a heading of their own ("Tabella 1 – Riparto per Regione", "Allegato –
  // Ambiti inadempienti"), sign nothing: the signature closes the page before them. At most three pages back, and only past pages
  // that open so (not a forwarded note, not an unsigned notice's own pages).
  const last = lines[lines.length - 1].page;
  for (let end = last - 1; end >= Math.max(lines[0].page, last - 3); end--) {
    const opening = lines.find((l) => l.page === end + 1 && !furniture.has(l));
    if (!opening || !(TABLE_HEADING.test(opening.text) || ANNEX_LABEL.test(opening.text))) return found;
    const before = signaturesAtEnd(lines.filter((l) => l.page <= end), pageWidth);
    if (before.length) return before;
  }
  return found;
}

/** The formula a person signs their own letter under: "In fede", "In fede,". */
const IN_FAITH = /^\s*in\s+fede\s*[,.]?\s*$/i;

/** A register's stamp on one line: its register's name, a number and a date ("… - REG_PROT - 0058812 - Uscita - 26/11/2031 …"). */
const REGISTER_STAMP_LINE = /^(?=[^\n]{0,140}$)(?=.*\b(?:REG[_ .]?PROT\w*|REGISTRO\s+UFFICIALE|PROTOCOLLO\s+GENERALE)\b)(?=.*\d{4,})(?=.*\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/;

/** A page that opens on a table or a list of its own: "Tabella 1 – …", "Allegato – …", "Prospetto …", "Elenco …". */
const TABLE_HEADING = /^\s*(?:#\s*)?(?:tabella|allegato|prospetto|elenco|quadro|riepilogo|segue\s+tabella)\b/i;
/** A table's heading that lists people: a cell for their names and one for their roles ("Nominativo | Ruolo | Telefono"). */
const NAME_HEADING = /^\s*(?:nominativ[oi]|nome(?:\s+e\s+cognome)?|cognome(?:\s+e\s+nome)?)\s*$/i;
const ROLE_HEADING = /^\s*(?:ruolo|qualifica|funzione|incarico|profilo(?:\s+professionale)?)\s*$/i;

/**
 * The tables of people on the pages (a heading row with a cell for names and one for roles, "Nominativo | Ruolo | …"), each
 * down to the next blank line. A table its members sign ("… | Firma" in its heading, or "F.to" in its first rows) gives one
 * signer a row, the name from its name's column and the role from its role's; any other lists staff and signs nothing.
 */
function peopleTables(lines: Line[]): { staff: Set<Line>; signing: Set<Line>; signers: Found<Signatory>[] } {
  const staff = new Set<Line>();
  const signing = new Set<Line>();
  const signers: Found<Signatory>[] = [];
  lines.forEach((line, i) => {
    const nameCell = line.segments.find((g) => NAME_HEADING.test(g.text));
    const roleCell = line.segments.find((g) => ROLE_HEADING.test(g.text));
    if (!nameCell || !roleCell) return;
    const signColumn = line.segments.some((g) => /^\s*firma\s*$/i.test(g.text));
    const signed = signColumn || lines.slice(i + 1, i + 6).some((l) => SIGN_MARK.test(l.text));
    const under = (row: Line, head: Segment) => row.segments.find((g) => g.x < head.end + 12 && g.end > head.x - 12)?.text ?? '';
    for (let j = i + 1; j < lines.length && lines[j].page === line.page && lines[j].gapBefore < BLOCK_GAP; j++) {
      if (!signed) {
        staff.add(lines[j]);
        continue;
      }
      // Only a "Firma" column makes the rows signers here; rows signed "F.to" are read as signature rows further on.
      if (!signColumn) continue;
      signing.add(lines[j]);
      const name = nameOf(fold(under(lines[j], nameCell)));
      const role = fold(under(lines[j], roleCell)).trim();
      if (name && role) signers.push({ value: { role, name }, evidence: evidenceOf(lines[j]) });
    }
  });
  return { staff, signing, signers };
}

/** The signature blocks of the document's last two pages (see extractSignatories). */
function signaturesAtEnd(lines: Line[], pageWidth: number): Found<Signatory>[] {
  if (!lines.length) return [];
  // A page's running header and footer ("… – Deliberazione n. 87 del …", "pag. 2/2") are not in the text's
  // flow: a signature block broken by a page carries on across them.
  const furniture = pageFurniture(lines);
  const lastPage = lines[lines.length - 1].page;
  const counterparty = acceptanceLines(lines);
  const people = peopleTables(lines.filter((l) => !furniture.has(l)));
  // Signatures stand below the subject: a short letter's letterhead ("GARANTE REGIONALE …") is no role to sign, nor a
  // register's stamp set above it as an annotation, which the reading order puts after the text.
  const firstPage = lines.filter((l) => l.page === lines[0].page);
  const subjectAt = subjectLineIndex(firstPage);
  const subject = firstPage[subjectAt];
  const aboveSubject = (l: Line) => !!subject && l.page === subject.page && l.y > subject.y + subject.size && !!l.origins?.includes('annotation');
  // A register's stamp line, which a stamping program appends to the page and reading puts after its text, may fall between a
  // role at a page's foot and the name over the page: it is no line of the signature ("COMUNE DI … - REG_PROT - 0058812 - Uscita …").
  const pageLines = lines.filter((l) => l.page >= lastPage - 1 && !furniture.has(l) && !counterparty.has(l) && !people.staff.has(l) && !people.signing.has(l) && !aboveSubject(l) && !REGISTER_STAMP_LINE.test(l.text));
  let from = pageLines.findLastIndex((l) => CLOSING.test(l.text));
  const belowSubject = subject ? Math.max(0, pageLines.findIndex((l) => l.page > subject.page || l.index > subject.index)) : 0;
  // Without a closing formula the signatures are among the last lines: of the text, or of the act before an annex it
  // carries after them ("Il Ministro: …" / "ALLEGATO" / a table of twenty Regions), a line set alone as its heading.
  // Not a list of the annexes a letter sends ("Allegato 1 – Schema …" / "Allegato 2 – Tabella …"), nor one above any signature.
  const annexAt = pageLines.findIndex(
    (l, i) =>
      i > belowSubject && l.segments.length === 1 && ANNEX_LABEL.test(l.text) && !ANNEX_LABEL.test(pageLines[i - 1]?.text ?? '') && !ANNEX_LABEL.test(pageLines[i + 1]?.text ?? '') &&
      pageLines.slice(belowSubject, i).some((r) => r.segments.some((sg) => ROLE.test(withoutApproval(sg.text.trim())))),
  );
  if (from < 0) from = Math.max(0, (annexAt > 0 ? annexAt : pageLines.length) - 25, belowSubject);
  // An act signed, then its opinions and attestations (each under its heading): the act's own signature stands just
  // above the first of them, however long they run; when the end zone starts below it, that block is read apart.
  // The opinions may fill the last pages: the act's signature is then on a page before them.
  const body = lines.filter((l) => !furniture.has(l) && !counterparty.has(l));
  const bodyFrom = subject ? Math.max(0, body.findIndex((l) => l.page > subject.page || l.index > subject.index)) : 0;
  const firstSection = body.findIndex((l, i) => i > bodyFrom && SECTION_HEADING.test(l.text));
  let beforeSections: Line[] = [];
  if (firstSection > 0) {
    const back = Math.max(bodyFrom, firstSection - 12);
    const signedAbove = body.slice(back, firstSection).findLastIndex((l) => l.segments.some((sg) => isRoleLine(cellRole(sg.text))));
    const start = body[back + signedAbove];
    const inZone = pageLines.indexOf(start) >= from;
    if (signedAbove >= 0 && !inZone) beforeSections = body.slice(back + signedAbove, firstSection);
  }
  const after = pageLines.slice(from + (CLOSING.test(pageLines[from]?.text ?? '') ? 1 : 0));
  // The signature zone starts at the first role line: prose above it would bridge the columns.
  const roleAt = Math.max(0, after.findIndex((l) => l.segments.some((s) => ROLE.test(withoutApproval(s.text.trim())))));
  // A name printed just above the first role ("Franca Ghiglione" / "Il Sindaco") opens the zone.
  // Names over roles side by side ("f.to Donato Lapenta   f.to dott.ssa Rosanna Lauria" / "Il Messo   Il Segretario"): each cell a name.
  const nameFirst = roleAt > 0 && after[roleAt].gapBefore < BLOCK_GAP && after[roleAt - 1].segments.every((s) => nameOf(fold(s.text)) !== null);
  // So does a row of the parties the roles sign for ("Per il Comune di Valdora   Per il Comune di Borgo" / "Il Sindaco …").
  const partiesFirst = roleAt > 0 && after[roleAt].gapBefore < BLOCK_GAP && after[roleAt - 1].segments.every((s) => forBody(fold(s.text)));
  const zone = after.slice(nameFirst || partiesFirst ? roleAt - 1 : roleAt);
  // A run of rows right under a line that announces a list ("… la Commissione così composta:", "sono presenti:") lists members.
  const listed = new Set<Line>();
  pageLines.forEach((line, i) => {
    if (!/:\s*$/.test(line.text)) return;
    for (let j = i + 1; j < pageLines.length && pageLines[j].segments.length === 2; j++) listed.add(pageLines[j]);
  });
  // A table of signers, a role and its name on each row ("Il Presidente | dott. …", "Componente | rag. …"): one per row.
  const rows = zone.flatMap((line) => {
    const signer = listed.has(line) ? null : signerRow(line);
    return signer ? [{ line, signer }] : [];
  });
  // Nor are the rows of a list of members ("Sono presenti:" / "Il tutore volontario | Marco Bini") a column of signers.
  const tail = (rows.length >= 2 ? zone.filter((l) => !rows.some((r) => r.line === l)) : zone).filter((l) => !listed.has(l));
  const columns = splitColumns(tail, pageWidth);
  const out: Found<Signatory>[] = pageLines.flatMap((line, i) => {
    const following = pageLines.slice(i + 1, i + 3);
    return line.segments.flatMap((seg) => {
      const m = SIGNED_LINE.exec(signedCellText(seg, line, following));
      // "Il Responsabile del procedimento è l'ing. …" is a sentence, not a signature.
      const signs = m && !FINITE_VERB.test(m[1]) && (m.groups!.mark || titleSigns(m[1], seg, line, following));
      const name = signs ? nameOf(m[3]) : null;
      if (m && name) return [{ value: { role: fold(m[1]), name }, evidence: evidenceOf(line) }];
      // "F.to dott. Francesco Lettieri (Responsabile dell'Area Finanziaria)": the signer, then the role in brackets.
      // The bracket may wrap within its cell: the cell's next lines, at its left edge, until it closes.
      const below = following.flatMap((l) => l.segments.filter((s) => l.page === line.page && Math.abs(s.x - seg.x) <= 6).map((s) => s.text));
      const cell = [seg.text, ...below].reduce((t, next) => (/\([^)]*$/.test(t) || (!t.includes('(') && next.trim().startsWith('(')) ? `${t} ${next}` : t));
      // Only in a table's row (an opinion's cell beside its verdict): alone on its line, the name is a block's, under its role.
      const r = line.segments.length >= 2 ? NAME_THEN_ROLE.exec(fold(cell)) ?? NAME_DASH_ROLE.exec(fold([seg.text, ...cellBelow(seg, line, following)].join(' '))) : null;
      const signer = r ? nameOf(r[1]) : null;
      return r && signer ? [{ value: { role: r[2].trim(), name: signer }, evidence: evidenceOf(line) }] : [];
    });
  });
  if (rows.length >= 2) out.push(...rows.map(({ line, signer }) => ({ value: signer, evidence: evidenceOf(line) })));
  out.push(...people.signers.filter((s) => s.evidence.page >= lastPage - 1));
  out.push(...inlineOpinions(pageLines));
  out.push(...attestingSigners(pageLines));
  for (const column of columns) out.push(...blocksOf(column));
  for (const column of splitColumns(beforeSections, pageWidth)) out.push(...blocksOf(column).filter((b) => b.value.name));
  // A blank-rule block adds a role not signed elsewhere: a role the end zone already read is that block.
  const roles = new Set(out.map((s) => s.value.role?.toLowerCase()));
  out.push(...blankRuleBlocks(lines.filter((l) => !counterparty.has(l))).filter((b) => !roles.has(b.value.role?.toLowerCase())));
  // A role read once with its name (an opinion's cell) and once without (its column) is one signature.
  const named = new Set(out.filter((s) => s.value.name).map((s) => s.value.role?.toLowerCase()));
  const seen = new Set<string>();
  // One signer read twice, once with the role cut short ("Il Responsabile") and once whole ("Responsabile dell'Area
  // Tecnica"): the whole role.
  const bare = (r: string | null | undefined) => (r ?? '').toLowerCase().replace(/^(?:il|la|lo|l['’])\s*/, '').trim();
  // So is one read with the party it signs for before the role ("Per il Comune di Borgo Il Sindaco") and without it.
  const fuller = (s: Found<Signatory>) =>
    out.some((o) => o !== s && o.value.name && o.value.name === s.value.name && bare(o.value.role).length > bare(s.value.role).length && (bare(o.value.role).startsWith(bare(s.value.role)) || (forBody(o.value.role ?? '') && (o.value.role ?? '').toLowerCase().endsWith((s.value.role ?? '').toLowerCase()))));
  // One signer read under the role above the name and with the qualification after it ("La Referente" / "Dott.ssa Sara
  // Gianotti, assistente sociale"): the role the block gives, with its article, not the qualification in lower case.
  const articled = (r: string | null | undefined) => /^(?:il|la|lo|l['’])\s*\p{L}/iu.test(r ?? '');
  const qualified = (s: Found<Signatory>) => !!s.value.name && !!s.value.role && s.value.role === s.value.role.toLocaleLowerCase('it') && !articled(s.value.role) && out.some((o) => o !== s && o.value.name === s.value.name && articled(o.value.role));
  // A president's role with no name of its own stacked right over another role that has one ("Il Presidente del Comitato dei
  // Sindaci" / "Il Sindaco di Caltagirone" / "F.to …"): one signer's two offices, not a second signer; and a role in a table's
  // row beside a figure ("UVM - coordinamento | Dirigente medico del Distretto | 2"): a list of staff, not a signature.
  const lineAt = (e: Found<Signatory>['evidence']) => lines.find((l) => l.page === e.page && l.index === e.line);
  const stackedOrListed = (s: Found<Signatory>) => {
    if (s.value.name) return false;
    const line = lineAt(s.evidence);
    if (!line) return false;
    if (line.segments.some((g) => /^\s*\d+(?:[.,]\d+)?\s*$/.test(g.text))) return true;
    const next = lines.find((l) => l.page === line.page && l.index === line.index + 1);
    // Only a body's president over the mayor's office that makes them one: "Il Presidente" over "Il Direttore Generale", or
    // "Il Responsabile del Procedimento" over "Il Dirigente", is another person, who does not sign.
    return !!next && /^(?:il|la)\s+president/i.test(s.value.role ?? '') && next.segments.some((g) => /^\s*(?:il|la)\s+sindac[oa]\b/i.test(g.text)) && next.gapBefore < BLOCK_GAP && out.some((o) => o.value.name && o.evidence.page === next.page && o.evidence.line === next.index);
  };
  // A contract signed by both parties: the private party's blocks ("Per la Cooperativa Sociale Il Mosaico / La Presidente …",
  // and its specific approval under the artt. 1341–1342 c.c.) are the counterparty's, beside the body's own ("Per l'Unione …").
  const party = out.filter((s) => PRIVATE_PARTY.test(s.value.role ?? ''));
  const counterparties = party.length && out.some((s) => !PRIVATE_PARTY.test(s.value.role ?? '') && forBody(s.value.role ?? '')) ? new Set(party.map((s) => s.value.name).filter(Boolean)) : new Set<string | null>();
  return out.filter((s) => {
    if (party.includes(s) && counterparties.size) return false;
    if (s.value.name && counterparties.has(s.value.name)) return false;
    if (!s.value.name && named.has(s.value.role?.toLowerCase())) return false;
    if (stackedOrListed(s)) return false;
    if (s.value.name && bare(s.value.role) && fuller(s)) return false;
    if (qualified(s)) return false;
    const k = `${s.value.role}|${s.value.name}`.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A private party a signature block is for: "Per la Cooperativa Sociale …", "Per la Ditta …", "Per l'operatore economico …", a
 * company by its legal form ("Per la Società Alfa S.r.l.", not the public "Società della Salute …").
 */
const PRIVATE_PARTY = /^\s*per\s+(?:la|il|l['’]|lo)\s*(?:cooperativ|coop\.|ditta|impresa|associazion|fondazion|consorzio\s+(?:di\s+)?cooperativ|operatore\s+economico|appaltator|affidatari|aggiudicatari|contraente|societ[àa]\b(?=[^\n]*\b(?:cooperativ|s\.?\s?r\.?\s?l|s\.?\s?p\.?\s?a|s\.?\s?n\.?\s?c|s\.?\s?a\.?\s?s|impresa\s+sociale|onlus)))/i;

/** An officer's visa told in a sentence: "Il Direttore della Direzione Servizi Sociali attesta la regolarità …". */
const ATTESTS = /^\s*(.{4,90}?)\s+(?:attesta(?:no)?|esprim(?:e|ono)|dichiara|certifica|appone|rilascia)\b/i;

/** Visas told as sentences, each signed on the line under it ("… attesta la regolarità dell'istruttoria." / "f.to Giovanni Rossi"). */
function attestingSigners(lines: Line[]): Found<Signatory>[] {
  return lines.flatMap((line, i) => {
    const m = ATTESTS.exec(line.text);
    const next = lines[i + 1];
    if (!m || !next || next.page !== line.page || line.segments.length !== 1 || !ROLE.test(m[1]) || SIGN_MARK.exec(next.text)?.index !== next.text.search(/\S/)) return [];
    // nameOf drops the mark with the titles.
    const name = nameOf(fold(next.text));
    return name ? [{ value: { role: fold(m[1]), name }, evidence: evidenceOf(line) }] : [];
  });
}

/**
 * The lines a table's cell wraps onto: the next lines that hold one segment only, at the cell's left edge, with no
 * gap (a line with several cells is the table's next row).
 */
function cellBelow(seg: Segment, line: Line, following: Line[]): string[] {
  const out: string[] = [];
  for (const l of following) {
    const [only] = l.segments;
    if (l.page !== line.page || l.segments.length !== 1 || l.gapBefore >= BLOCK_GAP || Math.abs(only.x - seg.x) > 6) break;
    // The opinion's verdict or date set under the signer in the same cell ends the signer's text.
    if (/^\s*(?:(?:non\s+)?favorevole|contrario|positivo|negativo)\b/i.test(only.text) || PLACE_DATE_LINE.test(only.text) || /^\s*(?:data\s*:?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$/i.test(only.text)) break;
    out.push(only.text);
  }
  return out;
}

/** The mark, a title perhaps, and one name alone at the cell's end: "F.to dott.ssa Antonella". */
// Case matters here (no i flag: with it \p{Lu} would match any letter): the name's one word is capitalised.
const FIRST_NAME_AT_END = /\b[fF]\.?\s*[tT][oO]\s+(?:(?:[dD]ott|[dD]r|[aA]vv|[iI]ng|[rR]ag|[aA]rch|[gG]eom|[pP]rof|[sS]ig)\.?(?:ssa|ra)?\.?\s+)?\p{Lu}\p{Ll}+\s*$/u;
/** Words that head or name what follows a signature, not a surname: "Visto Contabile", "Assistente Sociale", "Allegato". */
const NOT_SURNAME = /\b(?:visto|parere|contabile|tecnic[ao]|assistente|sociale|ufficio|servizio|settore|area|pubblicazione|allegat[oi]|oggetto|segretari[oa]|istruttore|funzionari[oa]|attestazione|certificato|copia|originale|firmat[oa])\b/i;
/** A line that is only a surname, with its particle: "Di Iorio", "De Luca Bianchi", "D'Amico". */
const SURNAME_LINE = /^\s*(?:(?:di|de|del|della|da|dal|lo|la|van|von)\s+|d['’]\s*)?\p{Lu}[\p{L}'’]+(?:\s+\p{Lu}[\p{L}'’]+)?\s*$/u;

/**
 * The text of a cell, with the cell's next line when the signature runs on to it: a role cut after its
 * preposition ("… Il Responsabile del" / "Settore Amministrativo F.to dott. …"), or a mark waiting for its name
 * ("… Servizio Finanziario F.to rag." / "Gerardo Pace"); opinions in ruled cells beside their dates.
 */
/** The date an opinion's cell opens with, before its signer: "Data: 10/04/2031 Il Dirigente del Settore …". */
const CELL_DATE = /^\s*data\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s+(?=\S)/i;
function signedCellText(seg: Segment, line: Line, following: Line[]): string {
  const cell = fold(seg.text).replace(CELL_DATE, '');
  // A signed name wrapped at its surname ("… F.to dott.ssa Antonella" / "Di Iorio"): the next line is the name's end.
  const wrapped = following.find((l) => l.page === line.page);
  if (wrapped && FIRST_NAME_AT_END.test(cell) && wrapped.gapBefore < BLOCK_GAP && Math.abs(wrapped.x - line.x) <= 6 && SURNAME_LINE.test(wrapped.text) && !ROLE.test(wrapped.text) && !NOT_SURNAME.test(wrapped.text) && !/^[^\p{Ll}]+$/u.test(wrapped.text)) return `${cell} ${fold(wrapped.text)}`;
  if (!DANGLING.test(cell) && !MARK_AT_END.test(cell) && !(ROLE.test(cell) && !SIGN_MARK.test(cell))) return cell;
  // The cell beside it (its date) may be laid out as a line of its own between the two.
  const cells = following.flatMap((l) => (l.page === line.page ? l.segments.map((s) => ({ l, s })) : []));
  const next = cells.find(({ s }) => Math.abs(s.x - seg.x) <= 6);
  if (next) return next.l.gapBefore >= BLOCK_GAP ? cell : `${cell} ${fold(next.s.text)}`;
  // The name set so close to the cell beside it that the two read as one: "… comma 7, del dott. Giovanni Bonetti".
  const across = cells.find(({ s }) => s.x < seg.x && s.end > seg.x);
  const name = across && !DANGLING.test(cell) ? TITLED_NAME_AT_END.exec(fold(across.s.text)) : null;
  return name && nameOf(name[1]) ? `${cell} ${name[1]}` : cell;
}

/**
 * Whether a title after a role signs, as "F.to" would: not for the official a letter names to contact ("Il
 * Responsabile del procedimento ing. …", "… dell'istruttoria …"), nor when the sentence goes on below in lower case.
 */
function titleSigns(role: string, seg: Segment, line: Line, following: Line[]): boolean {
  if (/\b(?:procedimento|istruttoria|pratica)\b/i.test(role)) return false;
  const below = following.find((l) => l.page === line.page)?.segments.find((s) => Math.abs(s.x - seg.x) <= 6);
  return !below || !/^\s*\p{Ll}/u.test(below.text);
}

/** A title and a name closing a line of text: "… comma 7, del dott. Giovanni Bonetti". */
const TITLED_NAME_AT_END = new RegExp(String.raw`(?:^|\s)(${TITLE}\s+\p{L}[\p{L}'’-]+(?:\s+\p{L}[\p{L}'’-]+){1,3})\s*$`, 'iu');

/** Words, then a signature mark and what follows it: "Economico-Finanziario F.to rag. Silvia Bonizzi". */
const MID_MARK = /^(\S.*?)\s+(f\.?\s?to\s.+)$/i;

/** A signature mark or a title (or both) that ends a cell: the name is on the cell's next line. */
const MARK_AT_END = new RegExp(String.raw`(?:\bf\.?\s?to(?:\s+${TITLE})?|\s${TITLE})\s*$`, 'i');

/** A counterparty's mark above its signature: "Per accettazione", "Per ricevuta", "Per presa visione". */
const ACCEPTANCE = /^\s*per\s+(?:accettazione|ricevuta|presa\s+visione)\b/i;

/**
 * The lines of a counterparty's block (the appointee's or supplier's "Per accettazione" and what is signed
 * under it, down to a blank line): not a signature of the issuing body. Only a block alone on its lines:
 * one set beside the body's own signature leaves both to the columns.
 */
function acceptanceLines(lines: Line[]): Set<Line> {
  const out = new Set<Line>();
  lines.forEach((line, i) => {
    if (line.segments.length !== 1 || !ACCEPTANCE.test(line.text)) return;
    out.add(line);
    const mark = line.segments[0];
    // Under the mark, in its column: a signature set in another column below is the body's own.
    // A cell for the date or a blank may stand beside the signer's role ("… | Data").
    const own = (l: Line) => l.segments.slice(1).every((g) => /^\s*(?:data|firma|luogo(?:\s+e\s+data)?|_+)\s*$/i.test(g.text));
    // Only a mark that names the party ("Per accettazione – Comunità …") may stand a blank line above it; a bare "Per presa
    // visione" over a blank line and the issuer's own block leaves that block alone.
    const named = /^\s*per\s+(?:accettazione|ricevuta|presa\s+visione)\s*[–—:-]\s*\S/i.test(line.text);
    for (let j = i + 1; j < Math.min(lines.length, i + 4) && lines[j].page === line.page && own(lines[j]) && lines[j].gapBefore < (j === i + 1 && named ? 2 * BLOCK_GAP : BLOCK_GAP); j++) {
      const seg = lines[j].segments[0];
      if (Math.abs(seg.x - mark.x) > 40) break;
      out.add(lines[j]);
    }
  });
  return out;
}

interface Cell {
  text: string;
  line: Line;
  /** Lines of running text (prose) met in the zone before this cell: the body going on between two cells. */
  prose: number;
}

/**
 * Signature blocks set side by side (in a table, or staggered a few points apart) become separate
 * columns: cells whose horizontal extents overlap belong to the same column. Full-width prose lines
 * (a footer, a closing sentence) belong to no column.
 */
function splitColumns(tail: Line[], pageWidth: number): Cell[][] {
  const cells: (Cell & { x: number; end: number })[] = [];
  let prose = 0;
  for (const line of tail) {
    let proseLine = false;
    // A row of three cells or more with a cell of a table's ("Parere | Esito | Data | Il Responsabile", "Sindaco | Presente"):
    // a table's row, whose role cell heads a column or lists a member, no block ("Il Sindaco | L.S. | Il Sindaco" is one).
    const tableRow = line.segments.length >= 3 && line.segments.some((s) => TABLE_CELL.test(s.text));
    for (const { x, end, text } of line.segments) {
      if (tableRow && isRoleLine(cellRole(text))) continue;
      // "f.toMariarosa Cilento": the mark glued to the name, as Word exports it, is still a mark.
      const seg = { x, end, text: unglued(withoutApproval(text.trim())) };
      // Prose (a footer, a closing sentence) is wide or wordy; a signature cell is neither.
      // A long role line ("IL RESPONSABILE DELLE PUBBLICAZIONI ALL'ALBO PRETORIO INFORMATICO") is still a role.
      const words = seg.text.split(/\s+/).length;
      // So is the party a role signs for ("Per il Comune di Francavilla al Mare – Il").
      const role = (ROLE.test(seg.text) || forBody(seg.text)) && words <= 12 && !/[.;:]\s*$/.test(seg.text) && !SIGN_MARK.test(seg.text);
      // So is a sentence's last line ("La seduta è tolta alle ore 12:45.", "Il Tavolo concorda che:") or a numbered heading.
      // (two words of prose in lower case at least: "Servizi Sociali e Istruzione." and "dott.ssa Anna Neri." are no sentence)
      const lower = (resetting(seg.text).replace(TITLES, ' ').match(/(?<![\p{L}])\p{Ll}\p{L}{2,}/gu) ?? []).length;
      const sentence = words >= 3 && lower >= 2 && /[.;:]\s*$/.test(seg.text) && !/\b\p{Lu}\.\s*$/u.test(seg.text) && !SIGNATURE_NOTE.test(seg.text);
      if (!role && (seg.end - seg.x > pageWidth * 0.45 || words > 8 || sentence || /^\d{1,2}[.)]\s/.test(seg.text))) {
        proseLine = true;
        continue;
      }
      // A contact line (the office's footer) is no signature's, and would bridge the columns; nor would the act's closing
      // formula ("Letto, confermato e sottoscritto.") or its place-and-date line, set above the columns.
      if (CONTACT.test(seg.text) || (!role && (CLOSING_FORMULA.test(seg.text) || PLACE_DATE_LINE.test(seg.text)))) continue;
      // A section heading ("CERTIFICATO DI ESECUTIVITÀ") centred between two blocks is no signature either.
      if (SECTION_HEADING.test(seg.text)) continue;
      // "f.to Dott. Rossi   f.to Avv. Bianchi" set too close to split: one cell per signature mark,
      // placed in proportion to where it starts in the segment.
      const marks = [...seg.text.matchAll(/\bf\.?\s?to\b/gi)].map((m) => m.index!);
      if (marks.length > 1 && marks[0] === 0) {
        const perChar = (seg.end - seg.x) / seg.text.length;
        marks.forEach((at, k) => {
          const to = marks[k + 1] ?? seg.text.length;
          cells.push({ text: seg.text.slice(at, to).trim(), line, prose, x: seg.x + at * perChar, end: seg.x + to * perChar - perChar });
        });
        continue;
      }
      cells.push({ text: seg.text, line, prose, x: seg.x, end: seg.end });
    }
    if (proseLine) prose++;
  }
  const spans = [...cells].sort((a, b) => a.x - b.x);
  const columns: { x: number; end: number }[] = [];
  for (const c of spans) {
    const last = columns[columns.length - 1];
    if (last && c.x <= last.end + 2) last.end = Math.max(last.end, c.end);
    else columns.push({ x: c.x, end: c.end });
  }
  return columns.map((col) => cells.filter((c) => c.x >= col.x && c.x <= col.end));
}

function blocksOf(cells: Cell[]): Found<Signatory>[] {
  const out: Found<Signatory>[] = [];
  let role: string[] | null = null;
  let roleLine: Line | null = null;
  /** A name printed above the role that opens the current block, taken if no name follows the role. */
  let pendingAbove: string | null = null;
  const flush = (name: string | null) => {
    if (role && roleLine) out.push({ value: { role: fold(role.join(' ')), name: name ?? pendingAbove }, evidence: evidenceOf(roleLine) });
    role = null;
    roleLine = null;
    pendingAbove = null;
  };
  let prev: Cell | null = null;
  /** The last cell, when it was a name with no role open: it may sign the role printed under it. */
  let nameAbove: Cell | null = null;
  /** Cells already read as the name of the role above them: one name signs once. */
  const signed = new Set<Cell>();
  for (const [at, cell] of cells.entries()) {
    const text = markedRole(fold(cell.text), cells, at);
    if (!text) continue;
    // The space above the first line of a new page is the page's margin, not a gap between blocks.
    const gapBreak = prev && cell.line.gapBefore >= BLOCK_GAP && cell.line.page === prev.line.page;
    // A role with no name yet, after which the body's prose goes on, was a word of the body (a cell of an
    // attendance table, a heading), not a signature: a signature block is not broken by paragraphs.
    // One whose name stands above it ("Dott.ssa … / Responsabile del Servizio Finanziario") is signed, prose after it or not.
    if (role && prev && cell.prose > prev.prose) {
      if (pendingAbove) flush(null);
      role = null;
      roleLine = null;
    }
    // A referent named under the signature ("Referente della pratica Luca Verdi") is no signer.
    if (REFERENT.test(text) && /\s\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*$/u.test(text.replace(REFERENT, ''))) {
      prev = cell;
      continue;
    }
    // "firmato digitalmente ai sensi del CAD." between a role and its name: the signature's note, neither ("Firmato
    // digitalmente da: Mario Rossi" names the signer).
    if (role && SIGNATURE_NOTE.test(text) && nameOf(text) === null) {
      prev = cell;
      continue;
    }
    const lastRoleLine = role?.[role.length - 1];
    // "Comandante Magg. Antonio Lategola" under "IL RESPONSABILE DEL SETTORE POLIZIA LOCALE": the title, then the rank and the name.
    const ranked = role && roleLine && !gapBreak ? RANKED_SIGNER.exec(text) : null;
    const rankedName = ranked ? nameOf(ranked[2]) : null;
    if (ranked && rankedName && isRoleLine(ranked[1])) {
      role!.push(ranked[1]);
      flush(rankedName);
      signed.add(cell);
      prev = cell;
      continue;
    }
    if (role && roleLine && !gapBreak && isRoleLine(text) && role.length === 1 && CHAIR_OF_BOARD.test(role[0]) && ARTICLE.test(text) && !pendingAbove && nameNext(cells, at)) {
      // "Il Presidente del Tavolo" / "Il Direttore del Distretto Sud Ovest" / "dott. Franco Ghibaudo": a board's chair, then the
      // office that chairs it, then one name: one signer, under the office (as "Il Presidente del Comitato dei Sindaci" / "Il
      // Sindaco di …" signs), the chair no block of its own.
      role = [text];
      roleLine = cell.line;
    } else if (role && roleLine && !gapBreak && isRoleLine(text) && role.length === 1 && (ON_BEHALF.test(role[0]) || forBody(role[0]))) {
      // "p. IL QUESTORE" / "Il Dirigente dell'Ufficio Immigrazione": the signer's own role goes with the one signed for.
      role.push(text);
    } else if (role && roleLine && !gapBreak && isRoleLine(text) && (ARTICLE.test(role[0]) || pendingAbove) && !ARTICLE.test(text) && (!REFERENT.test(text) || nameNext(cells, at))) {
      // "Il Segretario Generale" / "Responsabile Trasparenza e Anticorruzione": a second title without
      // its article, under the first and before the name, is the same signer's; a new block opens with an article.
      // So is "Responsabile del procedimento" right above the name ("La Coordinatrice …" / "Responsabile del procedimento" /
      // "dott.ssa …"): a referent is named on a line of its own, after the signature.
      // Under a name printed above its roles ("Dott. … / Sindaco della Città di … / Presidente del Comitato …"), the
      // titles stacked under it are all that signer's.
      role.push(text);
    } else if (isRoleLine(text) || bracketedSigner(text) || oneLineSigner(text) || bracketedRoleUnderName(text, prev, nameAbove) || signsForBody(cells, at)) {
      flush(null);
      // "Il Responsabile del Settore (ing. Paolo Guidetti)": the role, and its signer in brackets on the same line; "Il
      // Dirigente – Marco Sala", "F.to Il Sindaco Luca Ferri", "Marco Sala, Dirigente del Settore": role and name on one line –
      // unless a name stands under it, which makes the line all role ("Il Dirigente – Lavori Pubblici" / "Marco Sala").
      const signer: { role: string; name: string } | null = bracketedSigner(text) ?? (nameNext(cells, at) ? null : oneLineSigner(text)) ?? bracketedRoleUnderName(text, prev, nameAbove);
      // "IL SINDACO F.to" over the name: the mark is no part of the role.
      role = [(signer?.role ?? text).replace(MARK_AT_END, '').trim()];
      roleLine = cell.line;
      // "Franca Ghiglione" / "Il Sindaco": the name printed just above its role, no role above the name.
      const above = prev && nameAbove === prev && !gapBreak ? nameOf(fold(prev.text)) : null;
      if (signer) {
        flush(signer.name);
        signed.add(cell);
      } else if (above) pendingAbove = above;
    } else if (role && !gapBreak && (ROLE_CONTINUATION.test(text) || OFFICE_WORD.test(text) || BODY_IN_BRACKETS.test(text) || NUMBERED_UNIT.test(text)) && text.length <= 80 && !TITLES.test(resetting(text))) {
      role.push(text);
    } else if (role && !gapBreak && lastRoleLine && DANGLING.test(lastRoleLine) && text.length <= 80 && !TITLES.test(resetting(text))) {
      // "Il Presidente del" / "Coordinamento Istituzionale": a role line cut after its preposition goes on below.
      role.push(text);
    } else if (role && !gapBreak && nameOf(text) && !TITLES.test(resetting(text)) && nameFollows(cells, at)) {
      // A block has one name, its last line: a capitalised line with another name-like line under it
      // ("Il Direttore del Distretto" / "Socio Sanitario Nord" / "Franco Neri") still belongs to the role.
      role.push(text);
    } else if (role && !gapBreak && WRAPPED_WORDS.test(text) && !SIGNING_WORD.test(text) && !nameOf(text) && !NOT_NAME.test(text) && nameFollows(cells, at)) {
      // "Il Responsabile del Servizio Sociale" / "Associato" / "Dott. Luca Bonci": the role's last words wrapped, the name under them.
      role.push(text);
    } else if (role) {
      // "Economico-Finanziario F.to rag. Silvia Bonizzi": the role's last words, then the mark and the name.
      const tail = MID_MARK.exec(text);
      const tailName = tail && !/\d/.test(tail[1]) && tail[1].length <= 60 ? nameOf(tail[2]) : null;
      if (tail && tailName) {
        role.push(tail[1]);
        flush(tailName);
        prev = cell;
        continue;
      }
      const name = nameOf(text);
      if (name) {
        flush(name);
        signed.add(cell);
      }
      // A role followed by prose is a heading ("IL DIRIGENTE / VISTO il decreto…"), not a signature.
      else if (text.length > 60 || /[;:]$/.test(text) || /^(?:vist[oaie]|richiamat[oaie]|considerat[oaie]|premesso|rilevat[oaie]|decreta|determina|delibera)\b/i.test(text)) {
        role = null;
        roleLine = null;
      } else if (gapBreak || NOT_NAME.test(text)) flush(null);
    }
    nameAbove = !role && !signed.has(cell) && nameOf(text) && !/\d/.test(text) ? cell : null;
    prev = cell;
  }
  flush(null);
  return out;
}

/** A board's chair, as minutes and calls sign: "Il Presidente del Tavolo", "La Presidente della Conferenza zonale". */
const CHAIR_OF_BOARD = /^(?:il|la)\s+president[ea]\s+(?:del|della|dell['’]|dei)\s*(?:tavolo|conferenza|comitato|consulta|collegio|coordinamento|nucleo|cabina|commissione|assemblea|consiglio\s+territoriale)\b/i;
/** One to three words and nothing else: a role's end wrapped onto its own line. */
const WRAPPED_WORDS = /^\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}$/u;
/** Words of the act of signing, not of a role: "In originale firmato", "Firmato", "Visto", "Per accettazione". */
const SIGNING_WORD = /\b(?:firm|originale|visto|vista|sottoscritt|accettazione|f\.?\s?to)/i;
/** "Componente" signs a board's opinion in a table of signers, though alone it is no role. */
const BOARD_MEMBER = /^componente(?:\s+effettiv[oa])?$/i;
/** A name with its title ("dott.", "rag.", "avv."): a table's name cell, not a list's word. */
const TITLED = new RegExp(String.raw`^\s*${TITLE}\s`, 'i');
/** A row of a table of signers: a role alone in its cell and a name alone in the next, well apart (or the name first). */
function signerRow(line: Line): Signatory | null {
  if (line.segments.length !== 2) return null;
  const [left, right] = line.segments;
  // "dott. Giorgio Ferraris | Presidente", "rag. Silvia Bellazzi | Componente": the name first, its role beside it.
  const reversed = cellRole(right.text);
  if (right.x - left.end >= 20 && (isRoleLine(reversed) || BOARD_MEMBER.test(reversed)) && !ROLE.test(cellRole(left.text))) {
    const name = nameOf(fold(left.text));
    if (name && TITLED.test(left.text)) return { role: reversed, name };
  }
  const role = cellRole(left.text);
  // "Componente" signs a board's opinion in such a table, though alone it is no role (an attendance table lists it).
  if (right.x - left.end < 20 || !(isRoleLine(role) || BOARD_MEMBER.test(role))) return null;
  // "IL SINDACO | IL SEGRETARIO GENERALE": two roles side by side head two columns; the names are under them.
  if (ROLE.test(cellRole(right.text))) return null;
  const name = nameOf(fold(right.text));
  return name ? { role, name } : null;
}

// Only the offices that sign decrees in the Gazzetta, and a surname (with its particle: "DE LUCA", "D'ALESSIO"): not an opinion's
// verdict ("Il Responsabile del Servizio Finanziario: REGOLARE") nor a contact line ("La Referente della pratica: MARIA BIANCHI").
const GAZETTE_SIGNER = new RegExp(String.raw`^((?:il|la)\s+(?:ministr[oa]|vice\s*ministr[oa]|sottosegretari[oa]|president[ea]|capo\s+del\s+dipartimento|direttor[ei]\s+generale|commissari[oa]\s+straordinari[oa]|prefett[oa])(?:\s+[^:]{0,60}?)?)\s*:\s*((?:(?:DE|DI|DEL|DELLA|DA|LA|LO|LI|DAL|DALLA)\s+|[DL]['’])?\p{L}{2,}(?:[-'’]\p{L}{2,})?)\s*$`, 'iu');
/** A verdict in a role's cell of a table of opinions ("Il Responsabile del Servizio: FAVOREVOLE"), not a surname. */
const VERDICT = /^(?:FAVOREVOLE|CONTRARIO|POSITIVO|NEGATIVO|PRESENTE|ASSENTE|VISTO|SI|SÌ|NO|ESEGUIBILE|APPROVATO|ASTENUTO)$/;

/**
 * A role and its signer's name on one line, told apart by a dash, a comma or the role's own bounds: "Il Dirigente – Marco
 * Sala", "Marco Sala, Dirigente del Settore", "Il Responsabile del Servizio Sig. Marco Sala", "F.to Il Sindaco Luca Ferri"
 * (a bare role word, then only a name).
 */
function oneLineSigner(text: string): { role: string; name: string } | null {
  const bare = text.replace(/^\s*f\.?\s?to\s+/i, '');
  const dash = /^(.+?)\s+[–—-]\s+(.+)$/.exec(bare);
  // "Il Funzionario addetto – UOC Affari Generali": an office after the dash is the role's, not a name.
  if (dash && isRoleLine(dash[1]) && !ROLE.test(dash[2]) && !OFFICE_WORD.test(dash[2])) {
    const name = nameOf(dash[2]);
    if (name) return { role: dash[1].trim(), name };
  }
  const comma = /^([^,]{3,60}),\s*(.+)$/.exec(bare);
  if (comma && !ROLE.test(comma[1]) && !OFFICE_WORD.test(comma[1]) && isRoleLine(comma[2])) {
    const name = nameOf(comma[1]);
    if (name) return { role: comma[2].trim(), name };
  }
  const sig = new RegExp(String.raw`^(.+?)\s+sig\.?(?:\s?ra)?\s+(\p{L}.+)$`, 'iu').exec(bare);
  if (sig && isRoleLine(sig[1])) {
    const name = nameOf(sig[2]);
    if (name) return { role: sig[1].trim(), name };
  }
  // The Gazzetta Ufficiale prints a decree's signer as its role and surname in capitals: "Il Ministro: MORETTINI".
  const gazette = GAZETTE_SIGNER.exec(bare);
  if (gazette && gazette[2] === gazette[2].toUpperCase() && !VERDICT.test(gazette[2])) return { role: gazette[1].trim(), name: gazette[2] };
  const head = new RegExp(String.raw`^((?:il|la|lo|l['’])\s*${ROLE_WORD})\s+(.+)$`, 'i').exec(bare);
  if (head && bare !== text && !OFFICE_WORD.test(head[2])) {
    const name = nameOf(head[2]);
    if (name) return { role: head[1], name };
  }
  return null;
}

/** A role in brackets under the name it belongs to: "Pietro Morra" / "(Responsabile del Servizio)". */
function bracketedRoleUnderName(text: string, prev: Cell | null, nameAbove: Cell | null): { role: string; name: string } | null {
  const inner = /^\(\s*([^()]+?)\s*\)$/.exec(text)?.[1];
  if (!inner || !prev || nameAbove !== prev || !isRoleLine(inner)) return null;
  const name = nameOf(fold(prev.text));
  return name ? { role: inner, name } : null;
}

/** A role with its signer's name in brackets after it: "Il Responsabile del Servizio (Lorenza Baldacci)". */
function bracketedSigner(text: string): { role: string; name: string } | null {
  const m = /^(.*\S)\s*\(\s*([^()]{3,60}?)\s*\)\s*$/.exec(text);
  // "(Servizi Sociali)": an office in brackets is part of the role, not its signer.
  if (!m || !isRoleLine(m[1]) || OFFICE_WORD.test(m[2])) return null;
  const name = nameOf(m[2]);
  return name ? { role: m[1], name } : null;
}

/** A rank printed before a name, as the police and the prefectures sign: "Vice Questore Fabrizio Gallo". */
// A municipal or State police officer's rank before the name: "Magg. Ciro Esposito", "Comm. Capo", "Isp. Sup.".
/** A title, a rank's abbreviation and a name on one line: "Comandante Magg. Antonio Lategola". */
const RANKED_SIGNER = /^(\p{L}[\p{L}'’ ]{2,40}?)\s+(?:magg|ten|cap|col|comm|isp|sovr?|brig|m\.llo|lgt)\.(?:\s*(?:capo|sup|col)\.?)?\s+(\p{L}[\p{L}'’ .-]+)$/iu;
const RANK = /^\s*(?:vice\s*questore(?:\s+aggiunto)?|primo\s+dirigente|dirigente\s+superiore|commissario\s+capo|vice\s*prefetto(?:\s+aggiunto)?|(?:magg|ten|cap|col|comm|isp|sovr?|brig|m\.llo|lgt)\.(?:\s*(?:capo|sup|col)\.?)?)\s+(?=\p{L})/iu;

/** A title then a capitalised name closing the line: "… ing. Mario Bianchi". */
const TITLE_THEN_REST = new RegExp(String.raw`\s${TITLE}\s+(.+)$`, 'i');
function roleThenName(text: string): boolean {
  const m = TITLE_THEN_REST.exec(text);
  return m !== null && /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+\s*$/u.test(m[1]);
}

/** A verb that makes a line a sentence ("Il Responsabile del procedimento è …"); letters, not \b, bound the accented "è". */
const FINITE_VERB = /(?<!\p{L})(?:è|sono|ha|hanno|deve|può|provvede)(?!\p{L})/iu;

/** A role line is short and not a sentence: no colon, no contact, no verb, no full stop (but "P.O."). */
/**
 * The signature mark before a role whose name stands on the line below: "f.to La Coordinatrice dell'Ufficio di Piano" /
 * "Annalisa Vitale" – the role without its mark ("F.to Il Sindaco Luca Ferri" signs on its own line and is kept whole).
 */
// The role may wrap first: "F.to Il Responsabile del Settore" / "Servizi Sociali" / "Anna Neri".
function markedRole(text: string, cells: Cell[], at: number): string {
  const bare = text.replace(/^\s*f\.\s?to\s+/i, '');
  if (bare === text || !isRoleLine(bare)) return text;
  for (const below of cells.slice(at + 1, at + 4)) {
    if (below.line.gapBefore >= BLOCK_GAP) return text;
    const line = fold(below.text);
    if (nameOf(line) !== null) return bare;
    if (!(ROLE_CONTINUATION.test(line) || OFFICE_WORD.test(line) || NUMBERED_UNIT.test(line)) || line.length > 80) return text;
  }
  return text;
}

function isRoleLine(text: string): boolean {
  // "Il Responsabile del procedimento ing. Mario Bianchi", "Il Sindaco F.to Mario Rossi": a role with its signer's name
  // is no role line to open a block with (SIGNED_LINE reads it); "IL SINDACO F.to" over a centred name is one.
  if (roleThenName(text) || MARK_BEFORE_NAME.test(text)) return false;
  // "Vice Questore Fabrizio Gallo": a rank before a name is the signer, not a role.
  if (RANK.test(text) && nameOf(text)) return false;
  // "P.O.", "U.O.S." and an acting head's "f.f." end with a dot and no sentence.
  const sentenceEnd = /[;:]$/.test(text) || (/\.$/.test(text) && !/(?:\b\p{Lu}\.)+$|\bf\.\s?f\.$/u.test(text));
  return ROLE.test(text) && text.length <= 80 && !sentenceEnd && !/:|@/.test(text) && !FINITE_VERB.test(text);
}

/**
 * Attestations of an act's frame (publication at the albo, deposit of the original) are signed on a
 * blank rule under their role, anywhere in the act rather than at its end: each is a block with no name.
 */
/** A form's field that says what to write on its rule: "Referente (nome, telefono, e-mail)", "Legale rappresentante (cognome e nome)". */
const FIELD_TO_FILL = /\([^)]*\b(?:nome|cognome|telefono|tel\.|e-?mail|pec|indirizzo|recapit\p{L}*|codice\s+fiscale)\b[^)]*\)/iu;
function blankRuleBlocks(lines: Line[]): Found<Signatory>[] {
  return lines.flatMap((line, i) => {
    const next = lines[i + 1];
    // "Visto di regolarità contabile – Il Dirigente …": the visa's label before the role; "Il Dirigente ______": the rule beside it.
    // "Visto e accettato: Il Legale Rappresentante ____": a counterparty's acceptance, not a signature of the body.
    if (/\baccetta(?:to|ta|zione)\b/i.test(line.text)) return [];
    const below = next !== undefined && next.page === line.page ? next : undefined;
    // Blocks side by side ("Il Funzionario istruttore" | "Il Dirigente dell'Area", each over its own rule): one per cell.
    const cells = line.segments.length > 1 ? line.segments : [{ x: line.x, end: Infinity, text: line.text }];
    return cells.flatMap((seg, k) => {
      const own = fold(withoutApproval(seg.text.trim().replace(OPINION_LABEL, '')));
      // "Istruttore | ______": the rule in the cell beside the role, a ruled table of signatures.
      const ruled = RULE_AFTER.exec(own) ?? (SIGNATURE_RULE.test(cells[k + 1]?.text ?? '') ? { index: own.length } : null);
      const overlapping = (l: Line | undefined) => (l === undefined ? [] : line.segments.length > 1 ? l.segments.filter((b) => b.x < seg.end && b.end > seg.x) : l.segments);
      // "Il Dirigente del Settore Ragioneria e" / "Contabilità" / "______": a role that wraps has its rule a line further down.
      // The block beside it may wrap so: a line with nothing under this cell is skipped.
      const wrap = DANGLING.test(own) ? overlapping(below).find((b) => !SIGNATURE_RULE.test(b.text)) : undefined;
      const after = lines[i + 2];
      const further = after?.page === line.page && after.gapBefore < BLOCK_GAP ? after : undefined;
      const ruleLine = wrap || (line.segments.length > 1 && !overlapping(below).length) ? further : below;
      const text = ruled ? own.slice(0, ruled.index).trim() : wrap ? `${own} ${fold(wrap.text)}` : own;
      const ruleBelow = ruleLine !== undefined && overlapping(ruleLine).some((b) => SIGNATURE_RULE.test(b.text));
      if ((!ruled && !ruleBelow) || !isRoleLine(text)) return [];
      return [{ value: { role: text, name: null }, evidence: evidenceOf(line) }];
    });
  });
}

/** An opinion or a visa told in a sentence: "Parere favorevole di regolarità tecnica. …", "Si esprime parere …", "Visto favorevole …". */
const OPINION_OPEN = /^\s*(?:si\s+esprime\s+)?(?:parere|visto)\s+(?:favorevole|contrario|di\s+regolarit|in\s+ordine|tecnico|contabile)/i;
/** Its signer closing the sentence, set off by a dash: "… Il Dirigente del Settore Finanziario – dott. Nicola Zampelli". */
const SIGNED_INLINE = new RegExp(String.raw`(?:^|[.:;,]\s*|\s)((?:(?:il|la|lo|l['’]|dal|dalla|dallo|dall['’])\s*)?${ROLE_WORD}\b[^–—.;:]{0,90}?)\s+[–—]\s+((?:${TITLE}\s+)?\p{L}[\p{L}'’-]+(?:\s+\p{L}[\p{L}'’-]+){1,3})\s*\.?\s*$`, 'iu');

/**
 * The opinions an act records in a sentence each, signed at its end after a dash: one signatory per sentence. The
 * sentence may wrap onto the lines right under it.
 */
function inlineOpinions(lines: Line[]): Found<Signatory>[] {
  return lines.flatMap((line, i) => {
    if (!OPINION_OPEN.test(line.text)) return [];
    let text = fold(line.text);
    for (let j = i + 1; j < Math.min(lines.length, i + 3) && lines[j].page === line.page && lines[j].gapBefore < BLOCK_GAP && !OPINION_OPEN.test(lines[j].text); j++) text += ` ${fold(lines[j].text)}`;
    const m = SIGNED_INLINE.exec(text);
    const name = m ? nameOf(m[2]) : null;
    return m && name ? [{ value: { role: m[1].replace(/^(?:dal|dalla|dallo|dall['’])\s*/i, '').trim(), name }, evidence: evidenceOf(line) }] : [];
  });
}

/** A visa's or an opinion's label before the role that signs it: "Visto di regolarità contabile – ", "Parere tecnico: ". */
const OPINION_LABEL = /^\s*(?:visto|parere)\b[^–—:]{0,60}[–—:]\s*(?=(?:il|la|lo|l['’])\s)/i;
/** A blank rule after the role on its own line: "Il Dirigente della Struttura ______". */
const RULE_AFTER = /\s*_{8,}[\s_.]*$/;

/** A role line that stops on a preposition or a conjunction: the role goes on on the next line. */
const DANGLING = /\b(?:del|della|delle|dei|degli|dello|dell['’]|di|e|ed|per|alla|alle|al|ai|agli|allo|a|in|con|sul|sulla|nel|nella)$/i;

const FOR_PARTY = /^per\s+(?:il|la|lo|l['’]|i|gli|le)\s*/i;
/** A counterparty's words in such a line: the company that accepts, not a party that signs. */
const NOT_A_PARTY = /\b(?:legale\s+rappresentante|ditta|impresa|accettazione|ricevuta|conoscenza|presa\s+visione)\b/i;
/**
 * The line that opens a party's block in an agreement or a joint letter, the party named with a capital: "Per la FP CGIL del
 * Trentino" (/ "f.to Mattia Conci"), "Per il Comune di Valdora" (/ "Il Sindaco" / "Anna Neri"). Not a company's acceptance
 * ("Per il Legale Rappresentante della Ditta").
 */
function forBody(text: string): boolean {
  const lead = FOR_PARTY.exec(text);
  const party = lead ? text.slice(lead[0].length) : '';
  return !!lead && /^\p{Lu}[^,;:]{1,70}$/u.test(party) && !NOT_A_PARTY.test(party);
}

/** Whether the cell at `at` opens a party's block (see forBody) that a name, or a role and then a name, signs. */
function signsForBody(cells: Cell[], at: number): boolean {
  if (!forBody(fold(cells[at].text))) return false;
  const next = cells[at + 1];
  if (!next || next.line.gapBefore >= BLOCK_GAP) return false;
  // Its signer under it, or the signer's own role and then the name.
  return nameOf(fold(next.text)) !== null || (isRoleLine(fold(next.text)) && nameFollows(cells, at + 1));
}

/** The cell after `at` in the same block (no gap or prose between them) is a person's name, and no role or office. */
function nameFollows(cells: Cell[], at: number): boolean {
  const next = cells[at + 1];
  if (!next || next.line.gapBefore >= BLOCK_GAP || next.prose > cells[at].prose) return false;
  const text = fold(next.text);
  // "Firmato digitalmente da Valeria Castrignanò" repeats the signer named above it: no second name.
  return !ROLE.test(text) && !OFFICE_WORD.test(text) && !SIGNATURE_NOTE.test(text) && nameOf(text) !== null;
}

function resetting(text: string): string {
  TITLES.lastIndex = 0;
  return text;
}

/**
 * A person's name: two to five words with capitals, once titles and signature marks are gone; or a
 * surname alone in brackets, as prefects and some ministries sign ("IL PREFETTO / (Montanari)").
 */
function nameOf(raw: string): string | null {
  // "f.toIng. Carmine D'Auria": the mark glued to the title, as Word exports it, is still a mark.
  // "– dott. Mario Rossi –": dashes set around a name, as some letterheads' templates print it.
  // A footnote's asterisk before the mark ("*f.to Dott. …") points to the note on the printed signature.
  // OCR reads a title's dot as a comma: "dott, Calogero Ingrassia".
  // "(siglato) Marta Ceccarelli": a head of division initials the note the Director signs; the mark is no part of the name.
  // "Dott.ssa Sara Gianotti, assistente sociale": the name, then its holder's qualification in lower case after a comma.
  const text = unglued(raw.replace(/,\s+\p{Ll}[\p{L}\s'’-]*$/u, '').replace(/^\s*\*+\s*/, '').replace(/^\s*\(\s*(?:siglato|firmato|f\.?\s?to)\s*\)\s*/i, '').replace(/^(\s*(?:dott|dr|avv|prof|ing|rag|geom|sig))\s*,/i, '$1.').replace(/^\s*[–—]\s*(.+?)\s*[–—]\s*$/, '$1'));
  if (NOT_NAME.test(text)) return null;
  const bracketed = /^\(\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*\)$/u.exec(text.trim());
  if (bracketed) return bracketed[1].replace(RANK, '');
  const bare = fold(text.replace(/[()[\]]/g, ' ').replace(TITLES, ' ').replace(RANK, ' ').replace(/^[\s,.:-]+|[\s,.:-]+$/g, ''));
  const words = bare.split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 5) return null;
  // "Al Paolo Esposito", "Spett.le …": an addressee, not a signer.
  if (/^(?:al|alla|allo|ai|agli|alle|spett\.?(?:le|li)?)$|^all['’]/i.test(words[0])) return null;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^[dl]['’]\p{Lu}/u.test(w) || /^(?:de|di|da|del|della|dello|van|von|la|lo)$/i.test(w))) return null;
  return bare;
}
