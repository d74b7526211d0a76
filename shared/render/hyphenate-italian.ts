import hyphenIt from 'hyphen/it/index.js';

const { hyphenateSync } = hyphenIt as unknown as { hyphenateSync: (text: string, opts?: { hyphenChar?: string; minWordLength?: number }) => string };
const cache = new Map<string, string[]>();

/** The syllables where an Italian word may be broken ("am-mi-ni-stra-zio-ne"), from TeX's Italian patterns. */
export function italianSyllables(word: string): string[] {
  let parts = cache.get(word);
  if (!parts) {
    parts = hyphenateSync(word, { hyphenChar: '\u00ad', minWordLength: 5 }).split('\u00ad');
    if (cache.size > 50_000) cache.clear();
    cache.set(word, parts);
  }
  return parts;
}
