import { type Found, type SourceText } from './source-text.ts';
import { repairOcrAddress } from './ocr-address-repair.ts';

const EMAIL = /(?:mailto:)?([a-z0-9](?:[a-z0-9._%+-]*[a-z0-9_])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,})/gi;
/**
 * The label of a message's identifier, just before it: a PEC's "Identificativo messaggio:", its certification data's bare
 * "Identificativo:" opening a line (not "utilizzare il seguente identificativo: ufficio@…", a login), "Message-ID:".
 */
const MESSAGE_ID = /(?:identificativo(?:\s+del)?\s+messaggio|(?:^|\n)[^\S\n]*identificativo|id(?:\s+del)?\s+messaggio|message-?id|msg-?id)\s*:?\s*<?$/i;
/** An address's label, then a word and a space just before the rest of it: "e-mail: annamaria " (see extractEmails). */
const SPLIT_LOCAL_PART = /(?:e-?mail|posta\s+elettronica)\s*:?\s*([a-z][a-z0-9]{2,})[^\S\n]$/i;
/** An address is at most 254 characters (RFC 5321): no wider window is ever searched. */
const MAX = 254;

/**
 * Every e-mail and PEC address, lower case, each once. The pattern runs only on short windows around
 * each "@", so a hostile run of thousands of characters costs linear time, not quadratic.
 */
export function extractEmails(source: SourceText): Found<string>[] {
  const out = new Map<string, Found<string>>();
  const text = source.text;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && at - from < MAX && !/\s/.test(text[from - 1])) from--;
    let to = at + 1;
    while (to < text.length && to - at < MAX && !/\s/.test(text[to])) to++;
    const window = text.slice(from, to);
    // A message's identifier has an address's shape: "Identificativo messaggio: opec….@pec.…", "Message-ID: <…>".
    if (MESSAGE_ID.test(text.slice(Math.max(0, from - 40), from))) continue;
    EMAIL.lastIndex = 0;
    for (const m of window.matchAll(EMAIL)) {
      const evidence = source.evidenceAt(from + m.index!, m[0].length);
      // OCR may read an address's dot as a space: "e-mail: annamaria tritto@libero.it" right after its label is one address.
      const split = m.index === 0 && evidence.ocr ? SPLIT_LOCAL_PART.exec(text.slice(Math.max(0, from - 60), from)) : null;
      const value = (split ? `${split[1]}.${m[1]}` : m[1]).toLowerCase();
      if (!out.has(value)) out.set(value, { value, evidence });
    }
  }
  // An address read by OCR may have a letter wrong: put back from the words of addresses and of the printed text.
  let printed: Set<string> | null = null;
  const repaired = new Map<string, Found<string>>();
  for (const found of out.values()) {
    const value = found.evidence.ocr ? repairOcrAddress(found.value, (printed ??= printedWords(source))) : found.value;
    if (!repaired.has(value)) repaired.set(value, { ...found, value });
  }
  return [...repaired.values()];
}

/** The words (five letters or more, lower case, accents dropped) of the lines the text layer prints, not OCR. */
function printedWords(source: SourceText): Set<string> {
  const words = new Set<string>();
  for (const line of source.lines) {
    if (line.ocr) continue;
    for (const w of line.text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[a-z]{5,}/g) ?? []) words.add(w);
  }
  return words;
}
