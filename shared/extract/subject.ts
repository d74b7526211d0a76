import type { Line } from '../read/page-text.ts';
import { fold, evidenceOf, type Found } from './source-text.ts';
import { SUBJECT_LABEL, isParagraphBreak } from './layout-rules.ts';

/** The text after the first "Oggetto:" label that starts a line, up to the first blank line. */
export function extractSubject(lines: Line[]): Found<string> | null {
  const at = lines.findIndex((l) => SUBJECT_LABEL.test(l.text));
  if (at < 0) return null;
  const parts = [lines[at].text.replace(SUBJECT_LABEL, '')];
  for (let i = at + 1; i < lines.length && i < at + 8; i++) {
    if (isParagraphBreak(lines[i], lines[i - 1])) break;
    parts.push(lines[i].text);
  }
  const value = fold(parts.join(' ').replace(/\t/g, ' '));
  return value ? { value, evidence: evidenceOf(lines[at]) } : null;
}
