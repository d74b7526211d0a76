import { type Found, type SourceText } from './source-text.ts';

const EMAIL = /(?:mailto:)?([a-z0-9](?:[a-z0-9._%+-]*[a-z0-9_])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,})/gi;

/** Every e-mail and PEC address, lower case, each once. */
export function extractEmails(source: SourceText): Found<string>[] {
  const out = new Map<string, Found<string>>();
  for (const m of source.text.matchAll(EMAIL)) {
    const value = m[1].toLowerCase();
    if (!out.has(value)) out.set(value, { value, evidence: source.evidenceAt(m.index!, m[0].length) });
  }
  return [...out.values()];
}
