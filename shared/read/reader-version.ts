/**
 * The version of the reader (reading and extraction rules together). Raise it when a change reads
 * documents differently: records carry the version that read them, and `carteggio reprocess --older`
 * reads again every document read by an older one. 1: until November 2026; 2: envelopes, scans with
 * printed text, undecodable text, rotation, annotations and form fields, XFA; 3: signatures checked
 * (CAdES and PAdES: integrity, fiscal code, validity at signing), text drawn as outlines read by OCR,
 * blank pages, and the extraction rules of 30 November 2026; 4: the reading and extraction rules of the fifth session of
 * 30 November 2026 (a lone unmapped glyph read by OCR alone, links-only files, opinions in ruled cells, acts' lists of
 * addressees, dates in words, OCR'd addresses repaired, receivers' stamps by size); 5: the sixth session's (words drawn
 * twice matched by whole words, bodies named before their legal form, judges' visas); 6: the rules of the seventh to
 * fourteenth sessions (2 December 2026: a scan's column of margin specks dropped, private bodies' letters, bilingual columns,
 * receivers' segnature of arrival, and the kinds of fifty labelled sets); 7: the fifteenth session's (a stamp's smaller line
 * touching a centred letterhead kept apart on reading, running footers of up to four lines, calendars of sessions, party
 * signature blocks, and the kinds of sixty-one labelled sets); 8: the sixteenth and seventeenth sessions' (3 December 2026:
 * addressees filling page 1, printed e-mail threads, PEC receipts, agencies named by acronym over their name in full, a
 * Region's other-language name, the issuer's own terms, certified copies' stamps, and the kinds of sixty-six labelled sets);
 * 9: the eighteenth session's (3 December 2026: table cells set close together parted where their column aligns, wrapped
 * cells of any column, headings over figures set flush right, acts forwarded by number, dates broken by the page's end, and
 * the kinds of sixty-eight labelled sets); 10: the nineteenth session's (3 December 2026: the text of /Stamp annotations' appearance
 * read from the page's drawing instead of by OCR, a row read as one segment parted where close rows start a cell (a
 * two-column grid of addressees), a headless table going on under the last one's columns, and the kinds of
 * seventy-five labelled sets).
 */
export const READER_VERSION = 10;
