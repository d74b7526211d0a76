import { startsCapital } from './starts-capital.ts';
import type { Line, Segment } from '../read/page-text.ts';
import { evidenceOf, fold, type Found } from './source-text.ts';
import { ADDRESSEE_OPENING as ADDRESSEE, letterSubjectIndex, MAIL_HEADER_FIELD, subjectLineIndex, textSize, TRADE_UNION, VAT_NUMBER } from './layout-rules.ts';
import { receiverStampSegments } from './receiver-stamp.ts';
import { ministryOfSegnatura, officialMinistryName } from './ministry-ipa-codes.ts';

/** The kinds of body that issue PA letters, as their letterheads begin. */
const BODY = new RegExp(
  '^(?:' +
    [
      'ministero', 'presidenza\\s+del\\s+consiglio', 'regione', 'provincia(?:\\s+autonoma)?', 'citt[àa](?:\\s+metropolitana)?', 'comune',
      // Any "Unione" heading a letter is a union of Comuni ("Unione delle Terre d'Argine", "Unione Valdera"), Europe's aside.
      'unione\\s+(?!europe)\\p{L}', 'comunit[àa]\\s+montana', 'conferenza\\s+(?:zonale|dei\\s+sindaci)', 'consorzio', 'azienda', 'a\\.?s\\.?l\\.?\\b', 'a\\.?s\\.?p\\.?\\b', 'asst\\b', 'ulss\\b', 'ausl\\b',
      'istituto', 'liceo', 'scuola', 'circolo\\s+didattico', 'convitto', 'universit[àa]', 'agenzia', 'inps\\b', 'inail\\b', 'anci\\b',
      'prefettura', 'questura', 'tribunale', 'procura', 'corte', 'camera\\s+di\\s+commercio', 'ordine', 'consiglio\\s+nazionale',
      // The council of a professional order: "Consiglio Regionale dell'Ordine degli Assistenti Sociali".
      'consiglio\\s+(?:(?:regionale|provinciale|interprovinciale|territoriale)\\s+)?dell[\'’]ordine',
      // "Ente capofila dell'Ambito …", "Ente gestore del PLUS …": a role the body plays, under its name (printed, stamped or
      // drawn); "ENTE GESTORE DEI SERVIZI SOCIO-ASSISTENZIALI …" is a consortium's own name.
      'ufficio\\s+scolastico', 'ufficio\\s+di\\s+piano',
      // Friuli Venezia Giulia's bodies of associated social services (L.R. 6/2006): "Servizio Sociale dei Comuni dell'Ambito …".
      'servizio\\s+sociale\\s+dei\\s+comuni',
      // The national office that runs a network for the Ministry: the SAI's "Servizio Centrale del Sistema di accoglienza e
      // integrazione" (art. 1-sexies D.L. 416/1989), writing to every Comune with a project.
      'servizio\\s+centrale\\b',
      // A Region printed only in its other official language (see OTHER_LANGUAGE_REGION): "Région autonome Vallée d'Aoste".
      'r[ée]gion\\s+autonome\\s', 'ambito\\s+(?:territoriale|sociale)', 'distretto\\s+(?:socio[\\s-]*sanitario|sociale)', 'ente\\s+(?!(?:gestore|capofila|attuatore|delegato|responsabile|titolare)\\b(?:.*\\bai\\s+sensi\\b|\\s+(?:(?:del|dell[\'’]|della|dei|degli)\\s*)?(?:ambito|plus|piano|distretto|zona|progett)))\\p{L}', 'garante', 'autorit[àa]', 'dipartimento',
      'roma\\s+capitale', 'conferenza\\s+(?:delle\\s+regioni|unificata|stato[\\s-]+(?:regioni|citt))', 'giunta\\s+regionale', 'consiglio\\s+regionale',
      // A regional environment agency by its acronym: "Arpa Piemonte", "ARPAV", "Arpae Emilia-Romagna".
      'arpa\\p{L}{0,3}\\b', 'ats\\b', 'societ[àa]\\s+della\\s+salute', 'camera\\s+dei\\s+deputati', 'senato\\s+della\\s+repubblica',
      // The State's inspectorates and superintendencies, the arts' conservatories and academies, a Local Action Group.
      'ispettorato', 'soprintendenza', 'archivio\\s+di\\s+stato', 'conservatorio', 'accademia', 'gal\\b', 'gruppo\\s+di\\s+azione\\s+locale', 'difensore\\s+civico',
      // The regions' own names for an Ambito: Friuli Venezia Giulia's "Servizio sociale dei Comuni", Sardinia's "PLUS" (Piano
      // Locale Unitario dei Servizi), an "Ambito Distretto", "Ambito distrettuale".
      'servizio\\s+sociale\\s+dei\\s+comuni', 'plus\\b', 'ambito\\s+(?:distretto|distrettuale)',
      // Emilia-Romagna's Comitato di Distretto (the district's Comuni and the health agency) and Conferenza territoriale sociale
      // e sanitaria.
      'comitato\\s+di\\s+distretto', 'conferenza\\s+territoriale\\s+sociale',
      // A care home by its kind: "RSA Villa Il Poggio", "Residenza Sanitaria Assistenziale …", "Casa di riposo …".
      'rsa\\b', 'r\\.s\\.a\\.', 'residenza\\s+sanitaria', 'residenza\\s+per\\s+anziani', 'casa\\s+di\\s+riposo',
      // The State's forces by their command: "Comando Compagnia Carabinieri di …", "Stazione Carabinieri di …", "Comando
      // Provinciale Vigili del Fuoco …" (a Comune's "Comando di Polizia Locale" is its office, not a body).
      'comando\\s+(?:\\p{L}+\\s+){0,2}(?:carabinieri|guardia\\s+di\\s+finanza|vigili\\s+del\\s+fuoco)', '(?:compagnia|stazione|tenenza)\\s+(?:dei\\s+)?carabinieri',
      // The Alps' bodies of Comuni: Trentino's "Comunità di valle" (any "Comunità" followed by its name, not a care home's
      // "comunità terapeutica / alloggio / educativa"), South Tyrol's "Comunità comprensoriale", Friuli's "Comunità di montagna",
      // Valle d'Aosta's "Unité des Communes".
      'comunit[àa]\\s+(?!terapeutic|educativ|alloggio|familiar|residenzial|protett|per\\b|di\\s+accoglienz|di\\s+tipo)\\p{L}', 'magnifica\\s+comunit[àa]', 'comun\\s+general\\b', 'unit[ée]s?\\s+des\\s+communes',
    ].join('|') +
    ')',
  'iu',
);
/**
 * A body whose own name comes before its kind: "CAMELOT SOCIETÀ COOPERATIVA SOCIALE", "Sole Nascente Cooperativa
 * sociale", "Fondazione …" aside. Private bodies write to PA offices too (an answer to a call, a report).
 */
const NAMED_KIND = /^[\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3}\s+(?:societ[àa]\s+cooperativa|cooperativa\s+sociale|azienda\s+speciale|consorzio\s+(?:sociale|intercomunale))\b/iu;
/**
 * A public body's own name closed by the acronym of its legal form: "COMUNITÀ SOCIALE CREMASCA A.S.C." (azienda speciale
 * consortile), "Casa Serena A.S.P." (azienda pubblica di servizi alla persona), "Opera Pia Rossi IPAB", "… APSP".
 */
const NAMED_FORM = /^[\p{L}'’&-]+(?:\s+[\p{L}'’&-]+){0,4}\s+(?:a\.\s?s\.\s?c\.?|asc|a\.\s?s\.\s?p\.?|a\.\s?p\.\s?s\.\s?p\.?|apsp|i\.\s?p\.\s?a\.\s?b\.?|ipab)$/iu;
/** A legal form printed alone above a body's name: "Istituzione Pubblica di Assistenza e Beneficenza", "I.P.A.B.". */
const LEGAL_CAPTION = /^(?:istituzione\s+pubblica\s+di\s+assistenza\s+e\s+beneficenza|i\.\s?p\.\s?a\.\s?b\.?|ipab|azienda\s+pubblica\s+di\s+servizi\s+alla\s+persona|a\.\s?p\.\s?s\.\s?p\.?|apsp)$/i;
/**
 * The legal form a body prints under its own name ("Comunità Sociale Cremasca" / "Azienda Speciale Consortile dei
 * Comuni …"): it says what the body is, the line above says which.
 */
const LEGAL_FORM = /^(?:azienda\s+(?:speciale|consortile|pubblica\s+di\s+servizi)|consorzio\s+(?:intercomunale|dei\s+comuni|tra\s+i\s+comuni|per\s+i\s+servizi)|istituzione\s+(?:comunale|pubblica))\b/i;
/** Private bodies by their kind first: a cooperative, a foundation, an association. */
const PRIVATE_BODY = /^(?:societ[àa]\s+cooperativa|cooperativa\s+sociale|fondazione|associazione|caritas|parrocchia|diocesi|arcidiocesi|comitato\s+(?:dei\s+)?genitori)\b/i;
/**
 * A cooperative's legal form alone on its line, under its name ("IL PONTE" / "Società Cooperativa Sociale ONLUS"): the
 * registered name is the two together. Not a form followed by the name ("Cooperativa Sociale Il Maestrale").
 */
const COOPERATIVE_FORM = /^(?:societ[àa]\s+cooperativa(?:\s+(?:sociale|agricola|edilizia|di\s+consumo))?|cooperativa\s+(?:sociale|agricola))(?:\s+(?:onlus|ets|a\s+r\.\s?l\.|a\s+responsabilit[àa]\s+limitata|di\s+tipo\s+[ab]))*\s*(?:$|[–—-]\s*(?:impresa\s+sociale|onlus|ets|a\s+r\.\s?l\.))/i;
// "Istituto" of a school ("Istituto Comprensivo", "Istituto d'Istruzione Superiore", "Istituto “Verona Trento”"),
// not a national institute ("Istituto nazionale per l'assicurazione…", "Istituto Superiore di Sanità").
const SCHOOL = /^(?:istituto\s+(?:comprensivo|omnicomprensivo|d['’]\s*istruzione|di\s+istruzione|statale|tecnico|professionale|magistrale|scolastico|alberghiero|d['’]arte|nautico|agrario|paritario|superiore(?!\s+di\s+sanit)|[“"«])|liceo|scuola|circolo\s+didattico|convitto|i\.\s?c\.|i\.\s?i\.\s?s\.)/i;
/** A kind of body printed without its name, which the next line carries. */
const KIND_ALONE = /^(?:regione(?:\s+autonoma)?|provincia(?:\s+autonoma)?|citt[àa](?:\s+metropolitana)?|comune|unione\s+d(?:e)?i\s+comuni|comunit[àa]\s+(?:montana|comprensoriale|di\s+valle|di\s+montagna)|prefettura|ministero|consorzio|azienda\s+sanitaria(?:\s+locale|\s+provinciale)?)(?:\s+(?:di|del|della|dei|degli|delle|dello|dell['’]))?$/i;
/** A university named without its city, which a "di …" line below carries ("UNIVERSITÀ DEGLI STUDI" / "DI MACERATA"). */
const BARE_UNIVERSITY = /^universit[àa](?:\s+degli\s+studi)?$/i;
/** A legal form or kind alone, with no name: "Cooperativa sociale", "Associazione di volontariato", "Società cooperativa sociale ONLUS". */
const BARE_FORM = /^(?:societ[àa]\s+cooperativa|cooperativa|associazione|fondazione)(?:\s+(?:sociale|agricola|edilizia|di\s+volontariato|di\s+promozione\s+sociale|culturale|sportiva|turistica|onlus|aps|odv|ets|a\s+r\.\s?l\.|di\s+tipo\s+[ab]))*\s*$/i;

/** Whether a letterhead line opens with a body's name: a kind of public body, a named company or institution, a union. */
function namesBody(text: string): boolean {
  return BODY.test(text) || NAMED_KIND.test(text) || NAMED_FORM.test(text) || PRIVATE_BODY.test(text) || TRADE_UNION.test(text) || QUOTED_FORM.test(text);
}
/** A third-sector body named in quotes, then its legal form: "«Connessi d'Argento» APS", "“Il Faro” ODV". */
const QUOTED_FORM = /^[«“"][^»”"]{2,60}[»”"]\s+(?:aps|odv|ets|onlus)\s*$/i;

/** A line that can carry a body's name: short, no digits, no sentence or address. */
function isNameLine(text: string): boolean {
  return text.length > 1 && text.length <= 60 && !/[\d@:;]/.test(text) && !/^(?:via|piazza|viale|corso|tel|pec|e-?mail)\b/i.test(text);
}
/**
 * The segment under a letterhead line in the same column: the next lines down (a few, since a column
 * beside it may fill the lines between) whose segment lies under this one, a receiver's stamp (`stamped`) aside.
 */
function nextInColumn(head: Line[], at: number, seg: Segment, stamped?: Set<Segment>): { line: Line; seg: Segment } | null {
  for (let j = at + 1; j < Math.min(head.length, at + 4); j++) {
    // Left-aligned or centred, the lines of one column overlap; a receiver's stamp set over them is passed over.
    const hit = head[j].segments.find((s) => s.x < seg.end && s.end > seg.x && !stamped?.has(s));
    if (hit) return { line: head[j], seg: hit };
  }
  return null;
}
/**
 * The body's own name printed just above its legal form (see LEGAL_FORM): the line before in the same column, in
 * larger type, a name line that names no kind of body itself. Null when there is none.
 */
function nameAboveForm(head: Line[], at: number, seg: Segment, minWords = 2): { line: Line; text: string } | null {
  // A receiver's stamp set across the letterhead may print a line between, in smaller type.
  const back = head.slice(Math.max(0, at - 3), at).reverse();
  const above = back.find((l) => l.size >= head[at].size && l.segments.some((s) => s.x < seg.end && s.end > seg.x));
  const hit = above?.segments.find((s) => s.x < seg.end && s.end > seg.x);
  if (!above || !hit || above.size < 1.1 * head[at].size) return null;
  const text = unspaced(fold(hit.text).replace(/^[^\p{L}\p{N}“"«]+/u, ''));
  if (!isNameLine(text) || BODY.test(text) || SKIP.test(text) || text.split(/\s+/).length < minWords) return null;
  // "C.I.S.S. VALLE TANARO" over "Consorzio Intercomunale Socio Assistenziale Valle Tanaro": an acronym over the name in full,
  // which names the same place; the line with the legal form is the name.
  const place = /^(?:\p{L}\.){2,}\s*(.+)$/u.exec(text)?.[1];
  if (place && fold(seg.text).toLocaleLowerCase('it').endsWith(place.toLocaleLowerCase('it'))) return null;
  return { line: above, text };
}

/** A form's label for the body that fills it in: "Denominazione dell'ente", "Ente compilante", "Soggetto proponente". */
const FIELD_LABEL = /^(?:denominazione|ragione\s+sociale|ente\s+(?:compilante|proponente|capofila|gestore|titolare)|soggetto\s+(?:proponente|attuatore|compilante)|amministrazione\s+(?:proponente|compilante))\b/i;

/** An office inside a body, which names the body only when nothing else does. */
const OFFICE = /^(?:dipartimento|direzione|settore|servizio(?!\s+sociale\s+dei\s+comuni)|ufficio\s+(?!scolastico|di\s+piano))/i;
const SKIP = /^(?:repubblica\s+italiana|unione\s+europea)$/i;
/**
 * A body's legal description under its name, which a picture may draw: "Consorzio pubblico ai sensi dell'art. 71-bis della L.R.
 * 40/2005", "Ente pubblico istituito con L.R. …": the kind of body, the law that makes it, no name.
 */
/** A caption naming the body that runs, funds or backs the letterhead's: "gestita da Il Gelso Società Cooperativa Sociale". */
const ANOTHER_BODY_CAPTION = /^(?:gestit[oa]|promoss[oa]|finanziat[oa]|sostenut[oa]|accreditat[oa])\s+(?:da|dal|dalla|dall['’]|dai|dalle)\s|^(?:in\s+(?:collaborazione|convenzione)\s+con|con\s+il\s+(?:contributo|patrocinio|sostegno)\s+d)/i;
/** The law that made a body, after its name: "… istituita con L.R. 12/2003", "… costituito ai sensi dell'art. 31 …". */
const LEGAL_TAIL = /\s+(?:istituit[oa]|costituit[oa])\s+(?:con|ai\s+sensi)\b.*$/i;
const LEGAL_DESCRIPTION = /^[\p{L}\s'’-]{3,60}?\s(?:ai\s+sensi\s+(?:del|della|dell['’]|degli|delle)|istituit[oa]\s+(?:con|ai\s+sensi)|costituit[oa]\s+ai\s+sensi)\b/iu;
/** Lines continuing a name across a line break: "MINISTERO del LAVORO" / "e delle POLITICHE SOCIALI". */
const CONTINUATION = /^(?:e|ed|del|della|delle|dei|degli|dello|di|per|in)\s/i;
const ACRONYM = /^(?:asl|asp|ats|asst|ulss|ausl|inps|inail|anci|usr|ipab|ssn|aoo|uti|uoc|plus|cgil|cisl|uil|fpl|ugl|usb|fials|rsa|aps|odv|ets|onlus|flai|fillea|filca|feneal|fiom|uilm|filt|fisac|slc|fnp|uilp)$/i;
const QUOTED = /^\s*[“"«][^”"»]{2,60}[”"»]/;
const PARTICLE = /^(?:presso|di|del|della|delle|dei|degli|dello|e|ed|per|in|a|al|alla|alle|ai|agli|con|su|da|dal|sul|sulla|nel|nella|il|lo|la|le|gli|des|du)$/i;

/**
 * The issuing body as printed in the letterhead of page 1 (a repeated page header counts): the first
 * line that names a kind of PA body, joined with its continuation, in the shortest full form; failing
 * that, the body the footer names.
 */
export function extractSender(lines: Line[]): Found<string> | null {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const letterhead = letterheadSender(lines);
  // "Città Metropolitana di Torino" under a Comune's name drawn as a picture: the province the Comune lies in, which the
  // letterhead prints as text, while the footer names the Comune itself. Only a province's line set no larger than the text,
  // not the Province's own letterhead ("PROVINCIA DI LECCO" over a footer naming its seat's Comune).
  const provinceLine = !!letterhead && PROVINCE_LINE.test(letterhead.value) && Math.round(first.find((l) => l.index === letterhead.evidence.line)?.size ?? 0) <= textSize(first);
  // An office alone as the letterhead ("DIPARTIMENTO WELFARE", the Region's name and emblem a picture): the footer names the
  // body ("Regione Puglia – Dipartimento Welfare – Via …").
  const officeOnly = !!letterhead && OFFICE.test(letterhead.value);
  if (letterhead && !provinceLine && !officeOnly) return letterhead;
  const footer = footerSender(first);
  if (officeOnly) return footer && !OFFICE.test(footer.value) ? footer : letterhead;
  if (provinceLine && footer && /^(?:comune|citt[àa])\s+d/i.test(footer.value) && !PROVINCE_LINE.test(footer.value)) return footer;
  // Or the Comune's own outgoing stamp over it ("COMUNE DI TREIA" / "Protocollo N. 0010012" / "del 12/10/2026 - PARTENZA").
  const stamped = provinceLine ? outgoingStampSender(first) : null;
  if (stamped && !PROVINCE_LINE.test(stamped.value)) return stamped;
  // The footer before the register's stamp: a Unione's shared register stamps its members' letters with its own name.
  return letterhead ?? footer ?? outgoingStampSender(first);
}

/** A province's line, as a Comune's letterhead prints it under the Comune's name: "Provincia di Bergamo", "Città Metropolitana di Torino". */
const PROVINCE_LINE = /^(?:provincia|citt[àa]\s+metropolitana)\s+d/i;

/** A register's outgoing direction: "USCITA - Tit. 7", "Partenza", "U". */
const OUTGOING = /^\s*(?:uscita|partenza|in\s+uscita)\b|[-–]\s*(?:uscita|partenza)\s*$/i;

/**
 * The body the sender's own outgoing stamp names at the top of page 1, when the letterhead names none (drawn as a picture,
 * or an office and a role: "Settore Servizi Sociali – Ente capofila del Distretto …"): "Comune di Viterbo - c_m082" / "Prot. N.
 * … del …" / "USCITA - Tit. 7 Cl. 12". Not a receiver's stamp ("ARRIVO", "Entrata"), which names the reader.
 */
function outgoingStampSender(first: Line[]): Found<string> | null {
  const top = Math.max(...first.filter((l) => !l.origins?.includes('annotation')).map((l) => l.y));
  const out = first.findIndex((l) => OUTGOING.test(l.text) && l.y >= top - 60);
  if (out < 0) return null;
  // The stamp's lines above its direction, nearest first: its register's line, then the body's name.
  const stamp = first.filter((l) => l.y > first[out].y && l.y - first[out].y < 40 && Math.abs(l.x - first[out].x) < 12).sort((a, b) => a.y - b.y);
  for (const line of stamp) {
    // Its IPA code after a dash ("Comune di Tivoli - c_l182"), or the dash alone where the code went to a line of its own.
    const text = fold(line.segments[0].text).replace(/\s+[–—-]\s+[a-z]_[a-z0-9]+$/i, '').replace(/\s+[–—-]\s*$/, '');
    if (namesBody(text) && isNameLine(stripTail(text)) && !REGISTER_LINE.test(text)) return { value: titleCase(stripTail(text)), evidence: evidenceOf(line, line.segments[0].text) };
  }
  return null;
}

/**
 * A row of a table: three cells or more, two of them figures alone ("2026", "12.02", "125.000,00"); a letterhead set in a
 * table prints one at most (its tax code: "COMUNE DI VALDORA | Provincia di Borgo | 00123450789").
 */
function tableRow(line: Line): boolean {
  return line.segments.length >= 3 && line.segments.filter((s) => /^\s*[\d.,/€-]*\d[\d.,/€-]*\s*$/.test(s.text)).length >= 2;
}

/** A printed message's field set as a cell of its own, with or without its colon: "Mittente | Per conto di: …", "Data | …". */
const MESSAGE_FIELD_CELL = /^\s*(?:da|a|cc|ccn|data|inviato|mittente|destinatari|allegat[io])\s*:?\s*$/i;
/** A PEC provider's notice under the header, and the preview's caption: "Il giorno … il messaggio è stato inviato da …", "Anteprima allegato: …". */
const MESSAGE_NOTICE = /\bil\s+messaggio\s+(?:è\s+stato\s+inviato|originale\s+è\s+incluso)|^\s*anteprima\s+(?:dell['’]\s*)?allegat/i;

/**
 * Where the letter starts under a printed message's header that has no "Oggetto:" of its own ("POSTA CERTIFICATA: RA/… – …" /
 * "Mittente | …" / "Data | …" / "Destinatari | …" / the provider's notice): the line after its last field or notice line, before
 * the letter's subject. 0 when the page opens with no such header: two fields of a message at least, not a letter's "Allegati: n. 1".
 */
function messageHeaderEnd(first: Line[], subjectAt: number): number {
  const top = first.slice(0, subjectAt >= 0 ? subjectAt : 30);
  const fields = new Set<string>();
  let last = -1;
  top.forEach((l, k) => {
    const cell = l.segments.length >= 2 ? MESSAGE_FIELD_CELL.exec(l.segments[0].text) : null;
    const field = cell ?? MAIL_HEADER_FIELD.exec(l.text);
    if (field) fields.add(field[0].replace(/[\s:]/g, '').toLowerCase());
    if (field || MESSAGE_NOTICE.test(l.text)) last = k;
  });
  // A message's print says so ("POSTA CERTIFICATA", "Messaggio di posta certificata", the webmail, the provider's notice): a letter's
  // own "Data: … / Allegati: …" or an internal memo's "Da: / A: / Data:" is no message's header.
  return fields.size >= 2 && top.some((l) => MESSAGE_PRINT.test(l.text)) ? last + 1 : 0;
}
/** The trade name heading a firm's letterhead, above the line with its VAT number (see letterheadSender); null when none. */
function firmLetterhead(head: Line[], received: Set<Segment>): Found<string> | null {
  const top = head.findIndex((l) => !l.segments.some((g) => received.has(g)) && !l.origins?.length);
  const line = head[top];
  if (!line || line.segments.length !== 1) return null;
  const text = unspaced(fold(line.text));
  // In capitals, or in larger type than the line under it ("Pasticceria Dolce Langa" over its address).
  const larger = !!head[top + 1] && line.size >= 1.15 * head[top + 1].size;
  if (!isNameLine(text) || !(inCapitals(text) || larger) || text.split(/\s+/).length < 2) return null;
  if (!head.slice(top + 1, top + 4).some((l) => VAT_NUMBER.test(l.text))) return null;
  return { value: titleCase(text), evidence: evidenceOf(line, line.text) };
}
/** Whether page 1 opens on a printed message's header (a PEC printed from its webmail), its note attached after it. */
export function opensOnPrintedMessage(lines: Line[]): boolean {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  return messageHeaderEnd(first, subjectLineIndex(first)) > 0;
}
const MESSAGE_PRINT = /posta\s+(?:elettronica\s+)?certificata|\bwebmail\b|\bmessaggio\s+(?:è\s+stato\s+inviato|originale)|\bper\s+conto\s+di\s*:|\bpec\b.*\bstampa/i;

/** The body the top of page 1 names (see extractSender), footer aside; null when it names none. */
export function letterheadSender(lines: Line[]): Found<string> | null {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const subjectAt = subjectLineIndex(first);
  // A printed e-mail: the letter's letterhead stands under the message's header (its "Oggetto:", "Allegati:"), above the
  // letter's own subject; the header's "Da: Per conto di: …" names an address, not a body.
  const letterSubject = letterSubjectIndex(first);
  const mail = letterSubject > subjectAt;
  const start = mail ? subjectAt + 1 + Math.max(0, first.slice(subjectAt, letterSubject).findLastIndex((l) => MAIL_HEADER_FIELD.test(l.text))) : messageHeaderEnd(first, subjectAt);
  const end = mail ? letterSubject : subjectAt;
  const head = first.slice(start, end >= 0 ? Math.min(end, start + 14) : 10);
  const candidates: Found<string>[] = [];
  // The office that received the letter stamps its own name on it.
  const received = receiverStampSegments(head);
  const addressed = addresseeBlockSegments(head);
  for (let i = 0; i < head.length; i++) {
    // A table's row names no sender: "2026 | U0000H41924 | 12.02 | Roma Capitale – | 125.000,00" (a beneficiary's cell).
    if (tableRow(head[i])) continue;
    // Each column of the letterhead: a bilingual one prints the Italian name beside the German.
    head[i].segments.forEach((seg) => {
      if (received.has(seg)) return;
      // A logo drawn as a symbol glyph ("❀ Regione Lombardia", "⚖ Settore II") is no part of the name.
      const printed = unspaced(fold(seg.text).replace(/^[^\p{L}\p{N}“"«]+/u, ''));
      // OCR may misread a letter of the kind of body ("Fresidenza del Consiglio"): one letter off is still the kind.
      const read = head[i].ocr ? ocrKindCorrected(printed) : printed;
      // A running head too long for a letterhead names the body first, then an office and the act: "PROVINCIA AUTONOMA DI
      // TRENTO - Servizio politiche sociali - Modulo R/2026 (allegato alla circolare n. 2/2026)".
      const lead = read.split(/\s+[–—-]\s+/)[0];
      // Not a register's line ("Regione … - Prot. N. … - Entrata"): the receiver's stamp.
      const long = read.length > 90 && lead !== read && lead.length <= 90 && BODY.test(lead) && !/\bprot|\bentrata\b|\barrivo\b|\bingresso\b/i.test(read) ? lead : read;
      // The name, then the law that made the body on the same line: "ASP Valdora istituita con L.R. 12/2003".
      const untailed = long.replace(LEGAL_TAIL, '');
      const whole = untailed !== long && namesBody(untailed) ? untailed : long;
      // A bilingual name on one line, the other language first: "SOZIALGENOSSENSCHAFT REGENBOGEN – COOPERATIVA SOCIALE ARCOBALENO".
      const halves = whole.split(/\s+[–—]\s+/);
      // The first half in no Italian: not an office's name ("Area Servizi alla Persona – Ufficio di Piano").
      const foreign = (half: string) => !namesBody(half) && !OFFICE.test(half) && !/(?<![\p{L}])(?:di|del|della|dei|degli|delle|dell['’]|alla|al|per|e|ed|con|in)(?![\p{L}])/iu.test(half);
      // Two names of one body run about as long; a program's caption is no name ("Webmail PEC – Consorzio …").
      const parallel = halves.length === 2 && halves[0].length >= 0.6 * halves[1].length && halves[0].length <= 1.6 * halves[1].length && !/\b(?:pec|e-?mail|webmail|posta)\b/i.test(halves[0]);
      // Both halves set alike (both in capitals), the second a name, not a bare legal form ("PICCOLI PASSI – Cooperativa sociale").
      const alike = halves.length === 2 && inCapitals(halves[0]) === inCapitals(halves[1]) && !BARE_FORM.test(halves[1]);
      const text = parallel && alike && foreign(halves[0]) && namesBody(halves[1]) ? halves[1] : whole;
      // "ISTITUZIONE PUBBLICA DI ASSISTENZA E BENEFICENZA" / "CENTRO SERVIZI “VILLA DEI GELSI”": a legal form alone on
      // its line captions the name under it.
      if (LEGAL_CAPTION.test(text)) {
        const under = nextInColumn(head, i, seg);
        const named = under && unspaced(fold(under.seg.text));
        if (named && isNameLine(named) && !received.has(under.seg) && !addressed.has(under.seg)) {
          candidates.push({ value: titleCase(stripTail(named)), evidence: evidenceOf(under.line, under.seg.text) });
        }
        return;
      }
      if (SKIP.test(text) || LEGAL_DESCRIPTION.test(text) || ANOTHER_BODY_CAPTION.test(text) || !namesBody(text) || text.length > 90) return;
      // "Spett.le" / "Comune di Cento": a body named in an addressee block is the letter's reader.
      if (addressed.has(seg)) return;
      // "ASL ROMA 2 – PROTOCOLLO GENERALE": a register's stamp names the body, but not as its letterhead does;
      // nor does a segnatura, one string of code, number and date ("INPS.5100.12/05/2026.0019873").
      if (REGISTER_LINE.test(text) || /^\S*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\S*$/.test(text)) return;
      // "Ente capofila: Comune di …": a labelled field names a body in another role, not the letterhead; so does a form's
      // row, its label in the cell before ("Denominazione dell'ente | Comunità Rotaliana-Königsberg").
      if (/^[\p{L}'’ ]{2,30}:\s/u.test(text)) return;
      const cells = head[i].segments;
      if (cells.indexOf(seg) > 0 && FIELD_LABEL.test(fold(cells[0].text))) return;
      // A letterhead line is short or set apart; a sentence of the body is neither.
      if (/[.;:]$/.test(text) && !/\b[A-Z]\.$/.test(text)) return;
      // "ASP – Azienda pubblica di Servizi alla Persona …": an acronym, then the body's name in full.
      const expanded = /^\p{Lu}{2,6}\s+[–—-]\s+(.+)$/u.exec(text)?.[1];
      let name = expanded && BODY.test(expanded) ? expanded : text;
      let council = '';
      const below = nextInColumn(head, i, seg, received);
      const next = below?.seg;
      // "giunta regionale" / "REGIONE DEL VENETO": an organ's name with no region, over the Region that names it.
      if (/^(?:giunta|consiglio)\s+regionale$/i.test(text) && next && /^regione\b/i.test(fold(next.text))) return;
      // Letters spaced out are a letterhead's typesetting: the name under them may be set in another size.
      const spaced = text !== fold(seg.text).replace(/^[^\p{L}\p{N}“"«]+/u, '');
      // A bare kind ("UNIVERSITÀ DEGLI STUDI" / "DI MACERATA") takes its name from below whatever its size.
      const bare = spaced || KIND_ALONE.test(text) || BARE_UNIVERSITY.test(text);
      // A prosecutor's office is named with its court: "PROCURA DELLA REPUBBLICA" / "PRESSO IL TRIBUNALE PER I MINORENNI DI …".
      const goesOn = (line: string) => CONTINUATION.test(line) || (/^procura\b/i.test(text) && /^presso\s+(?:il|la|l['’])\s*(?:tribunale|corte)\b/i.test(line));
      // A name cut after a dash, its column too narrow ("PROVINCIA AUTONOMA DI BOLZANO –" / "ALTO ADIGE" beside the German).
      const cutAtDash = !!next && /\s[–—-]$/.test(text) && below.line.gapBefore < 0.6 && isNameLine(unspaced(fold(next.text))) && !OFFICE.test(fold(next.text));
      if (cutAtDash && Math.abs(below.line.size - head[i].size) < 1.5) name += ' ' + unspaced(fold(next.text));
      else if (next && goesOn(next.text) && (bare || Math.abs(below.line.size - head[i].size) < 1.5)) {
        // A name may run on over several lines: "Università" / "degli Studi" / "di Ferrara".
        let at: typeof below | null = below;
        for (let more = 0; at && more < 3 && goesOn(at.seg.text) && (bare || Math.abs(at.line.size - head[i].size) < 1.5); more++) {
          // Each line in its own case: "PROCURA DELLA REPUBBLICA" / "presso il Tribunale per i minorenni …".
          const line = unspaced(fold(at.seg.text));
          name = inCapitals(line) ? `${name} ${line}` : `${titleCase(name)} ${line}`;
          at = nextInColumn(head, head.indexOf(at.line), at.seg);
        }
      }
      // "R E G I O N E" / "M O L I S E", "COMUNE DI" / "ROCCASPINA": a kind of body alone on its line takes its name from the next.
      // A stamp's "PROTOCOLLO GENERALE" under "COMUNE DI" is the register's, not the name.
      // Not an office under it ("REGIONE AUTONOMA" / "Direzione centrale salute", "Assessorato della Famiglia …").
      else if (next && KIND_ALONE.test(text) && isNameLine(unspaced(fold(next.text))) && !REGISTER_LINE.test(next.text) && !OFFICE.test(fold(next.text)) && !/^assessorat/i.test(fold(next.text))) name += ' ' + unspaced(fold(next.text));
      // A professional order writes through its council: "ORDINE DEGLI ASSISTENTI SOCIALI" / "Consiglio Regionale del Lazio".
      else if (next && /^ordine\b/i.test(text) && ORDER_COUNCIL.test(fold(next.text)) && isNameLine(fold(next.text))) council = ' – ' + titleCase(fold(next.text));
      // The body's own name in quotes on the next line: "CONSORZIO DEI SERVIZI SOCIALI" / "“Vallo di Lauro Baianese” – Ambito A6".
      else if (next && /^\s*[“"«]/.test(next.text) && !/[“"«]/.test(name)) name += ' ' + (QUOTED.exec(fold(next.text))?.[0] ?? '');
      // "COMUNE DI" with no name under it (a stamp's heading) names no body.
      if (name === text && KIND_ALONE.test(text) && /\s(?:di|del|della|dei|degli|delle|dello|dell['’])$/i.test(text)) return;
      // Nor a table's heading cell ("Comune | Rappresentante | Presenza"), whatever stands under it.
      if (KIND_ALONE.test(text) && !/\s/.test(text.trim()) && head[i].segments.length >= 3) return;
      const cooperative = COOPERATIVE_FORM.test(text) ? nameAboveForm(head, i, seg, 1) : null;
      if (cooperative) {
        candidates.push({ value: `${titleCase(stripTail(cooperative.text))} ${stripTail(text)}`, evidence: evidenceOf(cooperative.line, cooperative.text) });
        return;
      }
      // "Comunità Sociale Cremasca" / "Azienda Speciale Consortile …": the name above the legal form, in larger type.
      const named = LEGAL_FORM.test(text) ? nameAboveForm(head, i, seg) : null;
      if (named) {
        candidates.push({ value: titleCase(stripTail(named.text)), evidence: evidenceOf(named.line, named.text) });
        return;
      }
      // A printed PEC's "Per conto di: …@…": an address is no body's name.
      if (/@/.test(name)) return;
      const value = titleCase(stripTail(name)) + council;
      // A ministry named short (a register's stamp: "MINISTERO DEL LAVORO E POLITICHE SOCIALI") by its name of today.
      candidates.push({ value: officialMinistryName(value) ?? italianName(value), evidence: evidenceOf(head[i], seg.text) });
    });
  }
  // A firm's letterhead names no body: its trade name alone on the top line, its VAT number on one of the next three ("BAR
  // TABACCHI DEL VIALE" / "di Allasia Marco – Corso Nizza, 84 – …" / "P.IVA 03719540042 – …"). A person's letter shows a
  // tax code, not a VAT number.
  if (!candidates.length) {
    const firm = firmLetterhead(head, received);
    if (firm) candidates.push(firm);
  }
  // An office of a body ("Dipartimento Welfare") heads the letter only when no body is named beside it:
  // a ministry's segnatura then names the ministry whose emblem and name the letterhead shows as a picture.
  // A strip of funders' logos over the letterhead ("UNIONE EUROPEA | Ministero del Lavoro … | PON Inclusione") names who pays,
  // not who writes: its bodies yield to any other.
  const funded = new Set(head.filter((l) => l.segments.length >= 2 && l.segments.some((g) => FUNDER.test(fold(g.text)))).map((l) => l.index));
  // A Region in the strip may be the issuer itself ("UNIONE EUROPEA | REGIONE … | POR FESR" over its Autorità di Gestione).
  const unfunded = candidates.filter((c) => !funded.has(c.evidence.line) || /^(?:regione|provincia\s+autonoma)\b/i.test(c.value));
  if (unfunded.length && unfunded.length < candidates.length) candidates.splice(0, candidates.length, ...unfunded);
  const bodies = candidates.filter((c) => !OFFICE.test(c.value));
  if (!bodies.length) {
    // Above the subject only: below it a segnatura is cited, not the letter's own.
    const ministry = ministrySender(first.slice(0, subjectAt >= 0 ? subjectAt : 20));
    if (ministry) return ministry;
  }
  if (!candidates.length) return null;
  const pool = bodies.length ? bodies : candidates;
  // A health agency's letterhead carries its Region's brand above its own name ("Sistema Socio Sanitario" /
  // "Regione Lombardia" / "ASST …"): the agency writes, not the Region. Only just under the Region's line and
  // above the addressees: a Region's letter to its ASLs names them in its addressee blocks.
  const firstAddressee = first.find((l) => l.segments.some((s) => ADDRESSEE.test(s.text)))?.index ?? Infinity;
  // So does an organ that writes in its own name under its parent's line: a Garante under the Regional Council, an ATS
  // under "Regione Lombardia". (An Ufficio Scolastico Regionale is an office of its Ministry, which signs the letter.)
  // Not an agency named as the seat of the parent's own office ("Azienda ULSS n. 6 – sede del Coordinamento regionale …").
  const seat = (c: Found<string>) => /\s[–—-]\s*(?:sede\s+(?!legale|operativa|amministrativa)(?:del|della|dell['’]|dei|di)|c\/o|presso)\b/i.test(first.find((l) => l.index === c.evidence.line)?.text ?? '');
  const agency = PARENT.test(pool[0].value)
    ? pool.find((c) => c !== pool[0] && (HEALTH_AGENCY.test(c.value) || (ORGAN.test(c.value) && !/\d/.test(c.value))) && c.evidence.line < firstAddressee && c.evidence.line - pool[0].evidence.line <= 4 && !seat(c))
    : undefined;
  // A running header that names the body in another form ("TRIBUNALE … DELL'EMILIA-ROMAGNA – BOLOGNA", small,
  // above a rule) yields to the letterhead printed under it in larger type: the same kind of body, named again.
  const sizeOf = (c: Found<string>) => first.find((l) => l.index === c.evidence.line)?.size ?? 0;
  const kindOf = (c: Found<string>) => c.value.split(/\s+/)[0].toLowerCase();
  // A header is the page's first line, set apart from what follows ("ASL Frosinone – Deliberazione n. 318 …").
  const lineOf = (c: Found<string>) => first.findIndex((l) => l.index === c.evidence.line);
  const yOf = (c: Found<string>) => first[lineOf(c)]?.y ?? 0;
  // …unless the letterhead names the header's body again ("COMUNE DI FABRIANO" in a stamp and in the letterhead).
  const lower = (c: Found<string>) => c.value.toLocaleLowerCase('it');
  const namedAgain = pool.some((c) => c !== pool[0] && (lower(pool[0]).startsWith(lower(c)) || lower(c).startsWith(lower(pool[0]))));
  // A running header names the body with an office or an act after a dash ("ASL Frosinone – Deliberazione …").
  const headerLine = first[lineOf(pool[0])]?.text ?? '';
  const isHeaderAbove = (c: Found<string>) =>
    !namedAgain && lineOf(pool[0]) === 0 && /\s[–—-]\s/.test(headerLine) && yOf(pool[0]) - yOf(c) >= 2.5 * sizeOf(pool[0]);
  // Not when the larger is a part of the header's name (a name wrapped over two lines of the large type).
  const letterhead = pool.find((c) => c !== pool[0] && (kindOf(c) === kindOf(pool[0]) || isHeaderAbove(c)) && sizeOf(c) >= 1.2 * sizeOf(pool[0]) && (c.value === pool[0].value || !pool[0].value.startsWith(c.value)));
  // "INPS" over "Istituto Nazionale Previdenza Sociale": the full name the acronym stands for (whether the acronym is the running
  // header's or the letterhead's, spaced out in large type).
  // Or an agency's acronym with its place ("ASL Oristano", "ASP") over its name in full ("Azienda socio-sanitaria locale n. 5 di
  // Oristano", "Azienda Sanitaria Locale di Potenza"): the shortest full name is the one spelled out, set just under it.
  const spelled = (c: Found<string> | undefined) => {
    if (!c) return undefined;
    const [acronym, ...place] = c.value.split(/\s+/);
    if (!/^\p{Lu}{2,6}$/u.test(acronym)) return undefined;
    const initials = place.length === 0 && acronym.length >= 3 ? pool.find((o) => o !== c && o.value !== c.value && initialsOf(o.value).startsWith(acronym)) : undefined;
    // Its first letter the name's (an office under "INPS", "Agenzia complessa …", is no spelling out of it); the rest may
    // follow another use (ASP: Azienda Sanitaria Locale di Potenza, Azienda Sanitaria Provinciale, Azienda di Servizi alla Persona).
    const standsFor = (name: string) => initialsOf(name)[0] === acronym[0];
    const under = pool.find((o) => o !== c && SPELLED_AGENCY.test(o.value) && standsFor(o.value) && lineOf(o) > lineOf(c) && lineOf(o) - lineOf(c) <= 2 && place.every((w) => o.value.toLocaleLowerCase('it').includes(w.toLocaleLowerCase('it'))));
    return initials ?? under;
  };
  const spelledOut = spelled(pool[0]);
  // A protocol stamp heads its lines with the body's name in short ("ISTITUTO COMPRENSIVO "G. PASCOLI" – MATERA" /
  // "Prot. n. …"): the letterhead names it in full.
  const stampHead = (c: Found<string>) => {
    const at = lineOf(c);
    const next = first[at + 1];
    return !!next && REGISTER_LINE.test(next.text) && next.gapBefore < 0.6 && Math.abs(next.x - (first[at]?.x ?? 0)) < 30;
  };
  const unstamped = stampHead(pool[0]) ? pool.find((c) => c !== pool[0] && !stampHead(c)) : undefined;
  // Above a printed "GIUNTA REGIONALE" a picture may name its Region, or only a programme's banner ("Finanziato
  // dall'Unione europea" / a Ministry): only the Region's name is the letterhead's.
  const fromPicture = (c: Found<string>) => !!first.find((l) => l.index === c.evidence.line)?.origins?.includes('picture');
  const organ = pool.find((c) => REGIONAL_ORGAN.test(c.value) && !fromPicture(c));
  if (organ && fromPicture(pool[0]) && !/^(?:regione|provincia\s+autonoma)\b/i.test(pool[0].value)) return organ;
  // "Unione Reno Galliera" printed small above "COMUNE DI ARGELATO": the union a Comune belongs to, over the Comune's own name.
  // Not a strip of its member Comuni ("Comune di Borgo – Comune di Castello – Comune di Valdora").
  const members = (c: Found<string>) => (first[lineOf(c)]?.text.match(/\b(?:comune|citt[àa])\s+d/gi) ?? []).length > 1;
  const comuneUnder = (also: (c: Found<string>) => boolean) => pool.find((c) => c !== pool[0] && /^(?:comune|citt[àa])\b/i.test(c.value) && lineOf(c) - lineOf(pool[0]) <= 2 && also(c));
  const member = /^unione\b/i.test(pool[0].value) ? comuneUnder((c) => sizeOf(c) >= 1.2 * sizeOf(pool[0]) && !members(c)) : undefined;
  // "Provincia di Frosinone" printed above "COMUNE DI …": the province the Comune lies in, over the Comune's name.
  const placed = /^provincia\s+d/i.test(pool[0].value) ? comuneUnder(() => true) : undefined;
  return pool.find((c) => SCHOOL.test(c.value) && !stampHead(c)) ?? agency ?? (spelled(letterhead) ?? letterhead) ?? spelledOut ?? unstamped ?? placed ?? member ?? pool[0];
}

/**
 * A Region named in its other official language, where only that name is printed as text (the Italian drawn as a picture or
 * as outlines): its Italian name. Statuti speciali: Sardegna (L.R. 26/1997 on the Sardinian language), Valle d'Aosta,
 * Friuli Venezia Giulia.
 */
const OTHER_LANGUAGE_REGION: [RegExp, string][] = [
  [/^regione\s+autonoma\s+de\s+sardigna$/i, 'Regione Autonoma della Sardegna'],
  [/^r[ée]gion\s+autonome\s+vall[ée]e\s+d['’]\s*aoste$/i, "Regione Autonoma Valle d'Aosta"],
  [/^region\s+autonome\s+friûl[\s-]+v[iî]gnesie\s+julie$/i, 'Regione Autonoma Friuli Venezia Giulia'],
];
function italianName(name: string): string {
  return OTHER_LANGUAGE_REGION.find(([re]) => re.test(name))?.[1] ?? name;
}

/** An agency's name spelled out, which an acronym over it stands for. */
const SPELLED_AGENCY = /^(?:azienda|istituto|agenzia|ente|consorzio|unione|societ[àa])\s/i;

/** The initials of a name's words, articles and prepositions aside: "Istituto nazionale per l'assicurazione…" → "INAIL…". */
function initialsOf(name: string): string {
  return name
    .split(/[\s'’]+/)
    .filter((w) => w && !PARTICLE.test(w) && !/^(?:l|d|dell|all|sul|sull|contro|gli|il|lo|la|le|i)$/i.test(w))
    .map((w) => w[0].toLocaleUpperCase('it'))
    .join('');
}

function ministrySender(lines: Line[]): Found<string> | null {
  for (const line of lines) {
    const ministry = ministryOfSegnatura(line.text);
    if (ministry) return { value: ministry, evidence: evidenceOf(line) };
  }
  return null;
}

/** Kinds of body whose first word OCR may misread by one letter. */
const KIND_WORDS = ['presidenza', 'ministero', 'regione', 'provincia', 'comune', 'prefettura', 'consorzio', 'azienda', 'istituto', 'università', 'agenzia', 'questura', 'tribunale'];

/** The line with its first word put right when it is one letter away from a kind of body's word. */
function ocrKindCorrected(text: string): string {
  const first = /^\p{L}+/u.exec(text)?.[0];
  if (!first || first.length < 6 || BODY.test(text)) return text;
  const lower = first.toLocaleLowerCase('it');
  // A plural ("Comuni", "Aziende", "Istituti") is a word of its own, not a misread kind.
  const kind = KIND_WORDS.find((k) => oneEditApart(lower, k) && !(lower.length === k.length && lower.slice(0, -1) === k.slice(0, -1)));
  if (!kind) return text;
  const cased = first === first.toLocaleUpperCase('it') ? kind.toLocaleUpperCase('it') : kind.charAt(0).toLocaleUpperCase('it') + kind.slice(1);
  return cased + text.slice(first.length);
}

/** Whether two words differ by at most one letter replaced, added or left out. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

/** Whether a sender found is none, or only an office ("Dipartimento …") that does not name its body. */
export function namesNoBody(found: Found<string> | null): boolean {
  return !found || OFFICE.test(found.value);
}

/**
 * Whether page 1's letterhead may be a picture whose name the text lines lack: no body named in them, only an office,
 * or only the province a body is in ("Provincia di Arezzo" in small type under a Comune's or an Union's name drawn as
 * an emblem or as outlines). The reader then reads the band above with OCR.
 */
export function letterheadMayBePicture(lines: Line[]): boolean {
  const found = letterheadSender(lines);
  // A ministry known only by its segnatura ("m_it.PR_CSUTG…"): its office's own letterhead (a Prefettura's) may be the picture.
  const bySegnatura = !!found && lines.some((l) => l.index === found.evidence.line && ministryOfSegnatura(l.text) === found.value);
  // "GIUNTA REGIONALE" alone under a Region's emblem: the organ, its Region's name drawn above it (see letterheadSender).
  // So may an Ambito's Ufficio di Piano under its Comune's name drawn as outlines ("Settore Politiche Sociali" / "Ufficio di Piano
  // del PLUS – Ambito di Sassari"): the office of a body, the body above.
  // Or a bare legal form ("Azienda Speciale Consortile – Ambito Territoriale S10" under a consortium's name drawn as outlines).
  return namesNoBody(found) || bySegnatura || (!!found && (isLocator(found, lines) || REGIONAL_ORGAN.test(found.value) || CAPOFILA_LINE.test(found.value) || PLAN_OFFICE.test(found.value) || BARE_LEGAL_FORM.test(found.value)));
}
const PLAN_OFFICE = /^ufficio\s+di\s+piano\b/i;
const BARE_LEGAL_FORM = /^(?:azienda\s+speciale(?:\s+consortile)?|azienda\s+consortile|consorzio\s+intercomunale)$/i;

/** A sub-line naming a grouping's lead body ("Comune capofila Modica – Comuni di …"): the grouping's name may be the picture above. */
const CAPOFILA_LINE = /^(?:comune|ente)\s+capofila\b/i;

/** A funder's logo in a strip of logos: the European Union, a national programme. */
const FUNDER = /^(?:unione\s+europea|pon\b|por\b|fse\+?|fesr\b|pnrr\b|next\s*generation|italiadomani|finanziato\s+dall)/i;

/** A Region's executive named alone, without its Region: "GIUNTA REGIONALE". */
const REGIONAL_ORGAN = /^giunta\s+regionale$/i;

/** A sub-line naming the province a body lies in: "Provincia di Arezzo", "Città Metropolitana di Catania", no larger than the page's text. */
function isLocator(found: Found<string>, lines: Line[]): boolean {
  // A Città metropolitana is a province by its other name (since L. 56/2014): "Città Metropolitana di Catania" under "COMUNE DI PATERNÒ".
  if (!/^(?:provincia|citt[àa]\s+metropolitana)\s+(?:di|del|della|dell['’])\s*\S/i.test(found.value)) return false;
  const line = lines.find((l) => l.index === found.evidence.line);
  const sizes = lines.filter((l) => l.page === line?.page).map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  return !!line && !line.origins?.includes('picture') && line.size <= body * 1.05;
}

/** A courtesy title that opens an addressee block on a line of its own: "Spett.le", "Egr. Sig.", "Gent.ma". */
const COURTESY = /^\s*(?:spett\.?\s*(?:le|li)|egr\.?(?:eg)?i?o?|gent\.?\s*(?:mo|ma|mi|me)|preg\.?\s*mo|alla\s+c\.?\s*a\.?|all['’]attenzione)\b/i;

/**
 * The segments of the addressee blocks in the head of a letter: from a line that opens one ("Al …",
 * "Spett.le") down its column until a blank line, at most six lines.
 */
function addresseeBlockSegments(head: Line[]): Set<Segment> {
  const out = new Set<Segment>();
  head.forEach((line, i) => {
    for (const seg of line.segments) {
      // "e p.c. Al Presidente del Comitato …": a copy's block opens after its mark.
      const opening = seg.text.replace(/^\s*e\s*,?\s*p\.?\s?c\.?\s*[:,]?\s*/i, '');
      if (!ADDRESSEE.test(opening) && !COURTESY.test(opening)) continue;
      out.add(seg);
      for (let j = i + 1; j < Math.min(head.length, i + 7) && head[j].gapBefore < 0.6; j++) {
        const below = head[j].segments.find((s) => s.x < seg.end && s.end > seg.x);
        if (!below) break;
        out.add(below);
      }
    }
  });
  return out;
}

/** The opening of an addressee block: "Al", "Alla", "Ai", "Agli", "Alle", "All'". */

/** A body of a regional health service: ASL, ASST, ASP, ULSS, AUSL, a health or hospital trust ("ATS" is left out: it is also an Ambito Territoriale Sociale). */
const HEALTH_AGENCY = /^(?:a\.?s\.?l\.?|asst|a\.?s\.?p\.?|ulss|ausl|azienda\s+(?:sanitaria|socio[\s-]?sanitaria|ospedaliera|unit[àa]\s+sanitaria|usl|ulss|ausl|asl))\b/i;

/** A body whose brand heads the letterheads of the bodies under it. */
const PARENT = /^(?:regione|ministero|consiglio\s+regionale|presidenza\s+del\s+consiglio)\b/i;
/**
 * An organ or agency that writes in its own name under its parent's brand ("ATS" here is the Lombard health agency); a
 * code ("ATS-VL-01", an Ambito in a Region's form) is not one, nor a programme's "Autorità di Gestione" (or of audit,
 * of certification, "responsabile", "delegata", "urbana"), an office of the Region or Ministry that runs it; an
 * authority in its own right (di Bacino, di Sistema Portuale, Idrica) is; so is the Conferenza Unificata or Stato-Regioni under
 * the Presidenza del Consiglio.
 */
const ORGAN = /^(?:ats\b|conferenza\s+(?:unificata|stato)|garante|agenzia|autorit[àa](?!\s+(?:di\s+gestione|responsabile|di\s+certificazione|di\s+audit|delegata|urbana))|difensore\s+civico|corecom\b)/i;

/** The council of a professional order, on the line under the order's name. */
const ORDER_COUNCIL = /^consiglio\s+(?:nazionale|regionale|provinciale|interprovinciale|territoriale)\b/i;

/** A line of a protocol register's stamp: "… – PROTOCOLLO GENERALE", "Prot. n. …". */
const REGISTER_LINE = /\bprotocollo\b|\bprot\.\s*n\b/i;

/**
 * A letter whose letterhead is a logo alone names its body in the footer, beside the address:
 * "COMUNE DI PETTORANO SUL GIZIO – Provincia dell'Aquila" on one of the last lines of page 1, below
 * the text. Only a footer line that begins with a kind of body counts, cut at its first dash.
 */
function footerSender(first: Line[]): Found<string> | null {
  const bottom = Math.min(...first.map((l) => l.y));
  const footer = first.slice(-4).filter((l) => l.y - bottom <= 40 && l.y < 120);
  for (const line of footer) {
    const seg = line.segments[0];
    const text = fold(seg.text);
    // The treasurer bank, an accreditation or a registration: another body in the footer, not the sender.
    if (!BODY.test(text) || OFFICE.test(text) || REGISTER_LINE.test(text) || /tesorer|\bbanca\b|\biban\b|accreditat|certificat|iscritt/i.test(text)) continue;
    const name = stripTail(text);
    if (isNameLine(name)) return { value: titleCase(name), evidence: evidenceOf(line, seg.text) };
  }
  return null;
}

/**
 * Letterheads set in spaced capitals ("C I T T À  D I  R A G U S A") read as single letters, and the
 * reader keeps one space whatever the gap between words. The letters are joined again and cut into
 * the words letterheads are made of (kinds of body, their offices, articles); a run of letters that is
 * none of them is a proper name and stays one word ("PROVINCIAAUTONOMADITRENTO" → "PROVINCIA AUTONOMA
 * DI TRENTO"). Dashes and apostrophes are kept as boundaries ("EMILIA-ROMAGNA").
 */
export function unspaced(text: string): string {
  if (!/^(?:[\p{L}'’-]{1,2} ){3,}[\p{L}'’-]{1,2}$/u.test(text)) return text;
  return text
    .replace(/ /g, '')
    .split(/([-'’])/)
    .map((part) => (/^[-'’]$/.test(part) ? part : ` ${cutWords(part)} `))
    .join('')
    .replace(/\s*([-])\s*/g, '$1')
    .replace(/\s*(['’])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words a letterhead is made of, beyond the names: where joined letters may be cut. */
const LETTERHEAD_WORDS = new Set(
  (
    'regione provincia autonoma città citta metropolitana comune comuni unione comunità comunita montana ministero ministri presidenza consiglio ' +
    'dipartimento direzione generale centrale settore servizio servizi ufficio area sezione segreteria prefettura questura azienda sanitaria ' +
    'locale provinciale ospedaliera consorzio ambito territoriale sociale sociali distretto istituto comprensivo statale superiore istruzione ' +
    'scuola liceo università universita studi agenzia ente governo interno lavoro politiche salute welfare famiglia persona inclusione ' +
    'programmazione protezione civile economia finanze cultura istituzionale repubblica italiana'
  ).split(' '),
);
/** Articles and prepositions: cut only after a word of the letterhead ("REGIONEDEL…"), never at a name's start ("DIANO"). */
const JOINING_WORDS = new Set('di del della delle dei degli dello dell e'.split(' '));

/**
 * The cheapest cut of a run of letters into letterhead words and names: a known word costs less than
 * a name (1 plus half its length), so a name is not broken on a short word inside it ("MOLISE" is not
 * "MOLIS E") while "REGIONEMOLISE" is "REGIONE MOLISE" and "DELLAVORO" is "DEL LAVORO", not "DELLA VORO".
 */
function cutWords(run: string): string {
  const lower = run.toLocaleLowerCase('it');
  const n = run.length;
  // State after position j: 0 a name or the start, 1 a letterhead word, 2 an article or preposition.
  const cost = Array.from({ length: n + 1 }, () => [Infinity, Infinity, Infinity]);
  const back = Array.from({ length: n + 1 }, () => [[0, 0], [0, 0], [0, 0]] as [number, number][]);
  cost[0][0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let i = 0; i < j; i++) {
      const piece = lower.slice(i, j);
      for (let st = 0; st < 3; st++) {
        const c0 = cost[i][st];
        if (c0 === Infinity) continue;
        const moves: [number, number][] = [[0, 1 + (j - i) / 2]];
        if (LETTERHEAD_WORDS.has(piece)) moves.push([1, 0.75]);
        if (JOINING_WORDS.has(piece) && st === 1) moves.push([2, 0.75]);
        for (const [to, c] of moves) {
          if (c0 + c < cost[j][to]) {
            cost[j][to] = c0 + c;
            back[j][to] = [i, st];
          }
        }
      }
    }
  }
  let st = cost[n].indexOf(Math.min(...cost[n]));
  const words: { text: string; known: boolean }[] = [];
  for (let j = n; j > 0; ) {
    const [i, prev] = back[j][st];
    words.unshift({ text: run.slice(i, j), known: st !== 0 });
    [j, st] = [i, prev];
  }
  // Adjacent pieces that are no known word belong to one name.
  const merged: { text: string; known: boolean }[] = [];
  for (const w of words) {
    const last = merged[merged.length - 1];
    if (last && !last.known && !w.known) last.text += w.text;
    else merged.push({ ...w });
  }
  return merged.map((w) => w.text).join(' ');
}

/** An office, an organ or an agency of an autonomous Province, named after its dash. */
const PROVINCE_OFFICE = /^(?:ripartizione|agenzia|giunta|consiglio|umse|apss|azienda|assessorato|sezione|segreteria|presidenza|area|unit[àa])\b/i;

/** "Regione Calabria - Dipartimento…" → "Regione Calabria": the body, not its office. */
function stripTail(name: string): string {
  // A dash inside quotes belongs to the name: Istituto “Verona - Trento”.
  const masked = name.replace(/[“"«][^”"»]*[”"»]/g, (q) => q.replace(/[–—|-]/g, '\u0000'));
  const parts = masked.split(/\s+[–—-]\s+|\s*\|\s*/);
  // "Prefettura – Ufficio Territoriale del Governo di Vicenza": a bare kind names no body; its place comes after the dash.
  if (parts.length > 1 && KIND_ALONE.test(parts[0].trim()) && placedOffice(parts[1])) return name.slice(0, parts[0].length + (masked.slice(parts[0].length).match(/^\s*[–—-]\s*/)?.[0].length ?? 0) + parts[1].length).trim();
  // Unions writing together: "FP CGIL – CISL FP – UIL FPL del Trentino".
  if (parts.length > 1 && parts.every((p) => TRADE_UNION.test(p.trim()))) return name.trim();
  // "Provincia autonoma di Bolzano – Alto Adige": an autonomous Province's second name for its land, a place's words alone.
  // Not an office or an agency of the Province ("– RIPARTIZIONE POLITICHE SOCIALI", "– AGENZIA DEL LAVORO", "– APSS").
  const tail = parts[1]?.trim() ?? '';
  if (parts.length === 2 && /^provincia\s+autonoma\s+d/i.test(parts[0]) && /^\p{Lu}[\p{L}'’]+\s+\p{Lu}[\p{L}'’]+$/u.test(tail) && !OFFICE.test(tail) && !PROVINCE_OFFICE.test(tail)) return name.trim();
  // "Società della Salute Alta Val di Cecina – Valdera": a health-and-social zone merged from two keeps both areas' names,
  // joined by a dash; the second is a place's words, not an office, an organ or another body.
  if (parts.length === 2 && MERGED_ZONE.test(parts[0]) && ZONE_AREA.test(tail) && !OFFICE.test(tail) && !/^(?:ufficio|sportello|centro|punto|protocollo|zona|distretto|ambito|area)\b/i.test(tail) && !PROVINCE_OFFICE.test(tail) && !namesBody(tail)) return name.trim();
  // "Associazione «Curare Insieme» – Caregiver Familiari della Murgia APS": a third-sector body's name runs on past the dash to
  // its legal form, which closes it.
  // Not a service it runs, named after the dash ("– Centro Diurno «Arcobaleno» APS", "– Sezione di …", "– Sportello …").
  if (parts.length === 2 && PRIVATE_BODY.test(parts[0].trim()) && THIRD_SECTOR_FORM_END.test(tail) && !OFFICE.test(tail) && !/\bsede\b/i.test(tail) && !RUN_SERVICE.test(tail)) return name.trim();
  return name.slice(0, parts[0].length).trim();
}
/** A service or a branch a body runs, opening the words after its name's dash. */
const RUN_SERVICE = /^(?:centro|sezione|sportello|servizio|ufficio|casa|comunit[àa]|progetto|punto|struttura|residenza|spazio|laboratorio)\b/i;
/** A third-sector body's legal form, last in a name after words of its own: "… della Murgia APS" (not "– ONLUS" alone). */
const THIRD_SECTOR_FORM_END = /\p{L}[^–—-]*\s(?:aps|odv|ets|onlus|impresa\s+sociale)\s*$/iu;

/** A place's noun before an elided "of": Val d'Orcia, Castel d'Aiano, Rocca d'Evandro. */
const PLACE_NOUN = /^(?:val|valle|castel|castello|rocca|pian|piano|sasso|borgo|monte|colle|villa|torre|ponte|isola|bocca|capo|porto|terra|fonte|riva)$/i;
/**
 * A body named after a zone of health and social services, which a merger may name after two areas: "Società della Salute Alta
 * Val di Cecina – …", "Zona Distretto …". Not one named after a single area with its article ("… della Valdinievole – Pescia":
 * its seat follows the dash), nor a coded district ("Distretto … D42 – Palermo").
 */
const MERGED_ZONE = /^(?:societ[àa]\s+della\s+salute|sds|zona[\s-]+distretto)\s+(?!(?:della|del|dei|degli|delle|dell['’])\s)(?=[^\d]*$)\S/i;
/** An area's name: one to four words in capitals or title case, joined by di/del/e ("Valdichiana Senese", "Val d'Orcia"). */
const ZONE_AREA = /^\p{Lu}[\p{L}'’]+(?:\s+(?:di|del|della|e|(?:dell['’]|d['’])?\p{Lu}[\p{L}'’]*)){0,4}$/u;

/** The rest of a bare kind's name after its dash: "Ufficio Territoriale del Governo di Vicenza", "U.T.G. di Rieti". */
const PLACED_OFFICE = /^\s*(?:ufficio\s+territoriale\s+del\s+governo|u\.?\s?t\.?\s?g\.?)\s+(?:di|del|della|dell['’])\s*(?=\p{L})/iu;

/** A roman numeral that numbers an office ("Ambito XIX", "Municipio VIII"), not a word that looks like one ("DI", "MI"). */
function isRomanNumeral(w: string): boolean {
  return w.length >= 2 && /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/.test(w.toUpperCase()) && !/^(?:di|mi|ci|li|dc|cd)$/i.test(w);
}

/** Whether a text is set in capitals: half its letters or more upper-case. */
function inCapitals(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.replace(/[^\p{Lu}]/gu, '').length >= letters.length * 0.5;
}

/** Letterheads are often in capitals; the name is kept in the form it is written in prose. */
export function titleCase(s: string): string {
  if (!inCapitals(s)) return s; // already in mixed case
  return s
    .split(/(\s+|(?<=['’-]))/u)
    .map((w, i, arr) => {
      if (!/\p{L}/u.test(w)) return w;
      // A place's elided "of" after its noun: "VAL D'ORCIA" → "Val d'Orcia" ("D'" has no vowel, but is no acronym); a
      // surname keeps it ("D'ANNUNZIO"), as "L'AQUILA" keeps its article.
      if (i > 1 && /^d['’]$/i.test(w) && PLACE_NOUN.test(arr[i - 2])) return w.toLocaleLowerCase('it');
      // Dotted initials stay capitals: "A.S.C.", "S.p.A." aside (mixed case is kept by the test above).
      if (ACRONYM.test(w) || /^(?:\p{L}\.){2,}$/u.test(w) || !/[aeiouàèéìòùAEIOUÀÈÉÌÒÙ]/u.test(w) || isRomanNumeral(w)) return w.toUpperCase();
      const lower = w.toLocaleLowerCase('it');
      if (i > 0 && (PARTICLE.test(lower) || /^(?:dell|dall|nell|sull|all|d|l)['’]$/.test(lower))) return lower;
      // "PER I MINORENNI": the article, not a roman one ("Municipio I" ends the name).
      if (i > 0 && lower === 'i' && /\S/.test(arr.slice(i + 1).join(''))) return lower;
      // The first letter, after any opening quote: "GIOVANNI" → "Giovanni".
      return lower.replace(/\p{L}/u, (c) => c.toLocaleUpperCase('it'));
    })
    .join('');
}

/** "Ufficio Territoriale del Governo di Vicenza": the office with its place, which opens with a capital. */
function placedOffice(text: string): boolean {
  const m = PLACED_OFFICE.exec(text);
  return !!m && startsCapital(text, m[0].length);
}
