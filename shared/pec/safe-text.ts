/**
 * Text as XML 1.0 and MIME can carry it. Letters are made of what people paste (Word's manual line
 * break is U+000B) and of what was read from other PDFs (`--from-document`): control characters,
 * lone surrogates and the non-characters U+FFFE/U+FFFF, none of which an XML 1.0 document may hold
 * (not even as `&#x1;`), and which mail readers show as garbage in a header. Every XML and MIME
 * writer of Carteggio passes its text through here, at the point of writing, and nowhere else.
 *
 * XML 1.0 (5th ed.) §2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
 * The C1 controls (U+0080–U+009F) are allowed but "discouraged" there, and are never meant in Italian
 * text (they are Windows-1252 bytes decoded as Latin-1): they go too.
 */

/** Characters that separate words or lines when pasted: they become a space, not nothing. */
const SEPARATORS = /[\v\f\u0085]/g;
/**
 * Characters XML 1.0 does not allow, or discourages as controls: C0 controls other than tab, LF
 * and CR; DEL and the C1 controls; lone surrogates; U+FFFE and U+FFFF.
 */
const NOT_XML = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Non-characters of the supplementary planes (U+1FFFE, U+1FFFF … U+10FFFF): XML allows them, nobody means them. */
const ASTRAL_NONCHARS = /[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g;

/** Text for an XML 1.0 element or attribute: every character a parser accepts; line breaks kept. */
export function xmlText(text: string): string {
  return text.replace(SEPARATORS, ' ').replace(NOT_XML, '').replace(ASTRAL_NONCHARS, '');
}

/**
 * Text for a MIME header (a subject, a display name, a file name): one line of printable
 * characters. Any run of line breaks, tabs and separators becomes one space; controls go.
 */
export function mimeHeaderText(text: string): string {
  return xmlText(text)
    .replace(/[\t\r\n\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Text for a MIME body part: the XML rule (tabs and line breaks stay, written as CRLF by the composer). */
export function mimeBodyText(text: string): string {
  return xmlText(text);
}

/** Applies `clean` to every string inside a value (objects and arrays are copied, other values kept). */
export function cleanStrings<T>(value: T, clean: (s: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((v) => cleanStrings(v, clean)) as T;
  if (value instanceof Uint8Array || value instanceof Date) return value;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v, clean)])) as T;
  }
  return value;
}
