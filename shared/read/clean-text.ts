/**
 * Text as a person reads it: Unicode NFC, accents that an exporter drew as a separate spacing mark
 * after the vowel ("Poverta`", "perche´") put on their letter, and characters that carry no text
 * (controls, private-use code points, U+FFFD, non-characters) removed; Symbol and Wingdings
 * glyphs that Word exports as private-use code points U+F020–U+F0FF become a bullet "•".
 *
 * Source: Unicode 15 §2.12 (canonical composition); the spacing grave U+0060 / acute U+00B4 and
 * the modifier letters U+02CA/U+02CB are what Word-to-PDF converters emit when a font lacks "à".
 */
export function cleanText(s: string): string {
  return s
    .replace(SPACING_ACCENT, (_, vowel: string, mark: string) => vowel + (GRAVE.test(mark) ? '\u0300' : '\u0301'))
    .normalize('NFC')
    .replace(SYMBOL_FONT, '•')
    .replace(NO_TEXT, '');
}

/** How many characters of a string carry no text: what a text layer without a usable font map gives. */
export function undecodableCount(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(NO_TEXT)) n++;
  return n;
}

/** Where in a string the characters that carry no text stand (see undecodableCount): their indexes, in order. */
export function noTextIndexes(s: string): number[] {
  return [...s.matchAll(NO_TEXT)].map((m) => m.index!);
}

// A vowel followed by a spacing accent and then a word end: "e`", "perche´", "citta` ".
const SPACING_ACCENT = /([aeiouAEIOU])\s?([`\u00b4\u02ca\u02cb])(?=$|[\s.,;:!?)»”"'’]|\u0000)/g;
const GRAVE = /[`\u02cb]/;
// Symbol and Wingdings glyphs that Word maps to U+F020–U+F0FF: list bullets, arrows, ticks. A list marker, not lost text.
const SYMBOL_FONT = /[\uf020-\uf0ff]/g;
// C0 and C1 controls but tab, private use (BMP, but Word's symbol glyphs), U+FFFD, U+FFFE/U+FFFF, and lone surrogates.
const NO_TEXT_SOURCE = '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\ue000-\\uf01f\\uf100-\\uf8ff\\ufffd\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const NO_TEXT = new RegExp(NO_TEXT_SOURCE, 'g');
