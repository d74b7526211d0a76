import type { Line } from '../read/page-text.ts';
import { extractSender } from './sender.ts';
import { SUBJECT_LABEL } from './layout-rules.ts';

/** A page that opens a letter of its own: a segnatura, a protocol line, an "Oggetto:" or an addressee near its top. */
const OPENS_LETTER = /REGISTRO\s+UFFICIALE|^\s*prot(?:ocollo)?\.?\s*(?:n|nr|num)\b|^\s*(?:al|alla|allo|ai|agli|alle)\s+\p{Lu}/iu;

/**
 * The last page of the main document of a file. A bundle (a cover letter, then the notes it forwards,
 * a supplier's quote, a form) holds several documents; the main one is the first. A later page starts
 * another document when a different body's letterhead heads it and it opens as a letter does (an
 * "Oggetto:", a protocol or segnatura, an addressee). Attestations and annexes of the same body
 * (publication certificates, opinions) stay with the main document.
 */
export function mainDocumentEnd(lines: Line[]): number {
  const pages = [...new Set(lines.map((l) => l.page))];
  const last = pages[pages.length - 1] ?? 1;
  const mainSender = extractSender(lines)?.value.toLowerCase() ?? null;
  for (const page of pages.slice(1)) {
    const top = lines.filter((l) => l.page === page && !l.origins?.includes('vertical')).slice(0, 14);
    if (!top.some((l) => SUBJECT_LABEL.test(l.text) || OPENS_LETTER.test(l.text))) continue;
    const sender = extractSender(top)?.value.toLowerCase() ?? null;
    if (sender && !sameBody(sender, mainSender)) return page - 1;
  }
  return last;
}

/** "comune di avella" and "comune di avella, lì 08/05/2026" are one body: the shorter name begins the longer. */
function sameBody(a: string, b: string | null): boolean {
  if (!b) return false;
  const [x, y] = [a, b].map((s) => s.replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim());
  return x.startsWith(y) || y.startsWith(x);
}
