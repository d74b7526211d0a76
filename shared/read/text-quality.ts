import { undecodableCount } from './clean-text.ts';

/** What a page's text layer looks like to a reader: how much of it is text, and whether it is language. */
export interface TextQuality {
  /** Characters other than spaces. */
  chars: number;
  /** Characters that carry no text (controls, private use, U+FFFD): glyphs without a Unicode map. */
  undecodable: number;
  /** Words of two letters or more. */
  words: number;
  /** Of those, the commonest Italian (and English) function words: a third or more of running prose. */
  functionWords: number;
  /** ASCII punctuation and symbols: a few in a hundred characters of prose, a quarter of a table of figures. */
  symbols: number;
}

// The function words that make up a quarter to a third of any Italian text (and the English ones,
// for the occasional English page): a text layer decoded through the wrong map has almost none.
const FUNCTION_WORDS = new Set(
  (
    'ad al alla alle ai agli all allo anche che chi ci come con da dal dalla dalle dai dagli degli dei del della delle dello di ed gli ha hanno ' +
    'il in la le lo ma ne nei nel nella nelle non per più può quale quali questo questa se si sono su sua sue suo sul sulla tra un una uno ' +
    'the of and to in for is on that with by as are be this from or at'
  ).split(' '),
);

/** An e-mail or PEC address, or a web address: the shape a glyph code read through a wrong map never takes. */
const ADDRESS = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+/g;

export function textQuality(text: string): TextQuality {
  // Single letters are left out: garbled text (or a scan read upside down) is full of them. Addresses are not
  // language: a table of Comuni and their PEC addresses would otherwise read as words without function words.
  const prose = /@|www\.|:\/\//.test(text) ? text.replace(ADDRESS, ' ') : text;
  const words = (prose.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 1);
  let functionWords = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) functionWords++;
  const symbols = text.match(/[!-/:-@[-`{-~]/g)?.length ?? 0;
  return { chars: text.replace(/\s+/g, '').length, undecodable: undecodableCount(text), words: words.length, functionWords, symbols };
}

/**
 * A text layer that does not decode: many characters without a Unicode map, or enough words that
 * almost none is a function word (glyph ids read as letters through a missing or wrong ToUnicode).
 * Pages of figures and tables have few words and are never judged by the word test.
 */
export function isUndecodable(q: TextQuality): boolean {
  if (q.chars === 0) return false;
  if (q.undecodable / q.chars > 0.1) return true;
  // Glyph codes read as ASCII through a missing map come out as runs of punctuation: '!"#$%&'()'.
  if (q.chars >= 30 && q.symbols / q.chars > 0.45) return true;
  return q.words >= 40 && q.functionWords / q.words < 0.03;
}
