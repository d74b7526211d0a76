import type { Line } from '../read/page-text.ts';
import { fold, evidenceOf, type Found } from './source-text.ts';
import { SUBJECT_LABEL, isParagraphBreak } from './layout-rules.ts';

const CELL_LABEL = /^\s*oggetto\s*[:\-–.]?\s*$/i;

/** The text after the first "Oggetto:" label that starts a line, up to the first blank line. */
export function extractSubject(lines: Line[]): Found<string> | null {
  const at = lines.findIndex((l) => SUBJECT_LABEL.test(l.text) || (l.segments.length > 1 && CELL_LABEL.test(l.segments[0].text)));
  if (at < 0) return null;
  const first = lines[at];
  // "Oggetto" alone in a cell, the text in the next one (a letter laid out as a table).
  const head = CELL_LABEL.test(first.segments[0].text) && first.segments.length > 1 ? first.segments.slice(1).map((s) => s.text).join(' ') : first.text.replace(SUBJECT_LABEL, '');
  const parts = [head];
  for (let i = at + 1; i < lines.length && i < at + 8; i++) {
    if (isParagraphBreak(lines[i], lines[i - 1])) break;
    parts.push(lines[i].text);
  }
  const value = fold(parts.join(' ').replace(/\t/g, ' '));
  return value ? { value, evidence: evidenceOf(lines[at]) } : null;
}
