import type { Line, Segment } from '../read/page-text.ts';
import { fold, evidenceOf, type Found } from './source-text.ts';
import { MAIL_HEADER_FIELD, SUBJECT_LABEL, isParagraphBreak } from './layout-rules.ts';

const CELL_LABEL = /^\s*oggetto\s*[:\-–.]?\s*$/i;
/** How a letter's body begins: "Si comunica", "Con la presente", "In riferimento…", "Gentili…". */
const BODY_OPENING = /^(?:si\s|con\s+(?:la|il|riferimento|nota)\b|in\s+(?:riferimento|relazione|merito|esito|attuazione|ottemperanza)\b|gentil|egreg|spett|come\s|facendo\s|vist[oa]\s|premesso|il\s+sottoscritto|la\s+presente|a\s+seguito|ai\s+sensi)/i;
/** How far a continuation line may stray left of the subject's column and still belong to it, in points. */
const COLUMN_SLACK = 8;

/**
 * The text after the first "Oggetto:" label that starts a line or a cell, up to the first blank line.
 * The subject is read in its own column: a heading set beside it ("N. 132 DEL" / "17/03/2026"), a
 * copy of the letter side by side, or a stamp in the margin does not run into it.
 */
export function extractSubject(lines: Line[]): Found<string> | null {
  let at = -1;
  let k = -1;
  for (let i = 0; i < lines.length && at < 0; i++) {
    const segs = lines[i].segments;
    const j = segs.findIndex((s, n) => SUBJECT_LABEL.test(s.text) || (CELL_LABEL.test(s.text) && n + 1 < segs.length));
    if (j >= 0) [at, k] = [i, j];
  }
  if (at < 0) return null;
  const first = lines[at];
  const label = first.segments[k];
  // "Oggetto" alone in a cell, the text in the next one (a letter laid out as a table).
  const cell = CELL_LABEL.test(label.text) && k + 1 < first.segments.length;
  const start = cell ? first.segments[k + 1] : label;
  const left = start.x;
  // The column ends where the next cell of the label's line begins, if any.
  const right = first.segments.find((s) => s.x > start.end)?.x ?? Infinity;
  const inColumn = (s: Segment) => s.x >= left - COLUMN_SLACK && s.x < right;
  const parts = [cell ? start.text : label.text.replace(SUBJECT_LABEL, '')];
  for (let i = at + 1; i < lines.length && i < at + 8; i++) {
    // A printed e-mail's next field ("Allegati: postacert.eml …") ends its subject.
    if (isParagraphBreak(lines[i], lines[i - 1]) || SUBJECT_LABEL.test(lines[i].text) || MAIL_HEADER_FIELD.test(lines[i].text)) break;
    const segs = lines[i].segments.filter(inColumn);
    // Lines set with no blank between subject and body: a subject that ended its sentence, followed by
    // a line that starts another, ends there ("… 2024." / "Si comunica che…").
    if (segs.length && /[^.\s]{3}\.\s*$/.test(parts[parts.length - 1] ?? '') && BODY_OPENING.test(segs[0].text)) break;
    if (segs.length) {
      parts.push(segs.map((s) => s.text).join(' '));
      continue;
    }
    // A line wholly left of the column ("Registro Generale" in the heading's cell) is skipped; anything else ends the subject.
    if (lines[i].segments.every((s) => s.end <= left)) continue;
    break;
  }
  // A word hyphenated at a line end is joined ("Coordina-" / "mento"); a dash between words is kept.
  const joined = parts.reduce((acc, p) => (/\p{Ll}-$/u.test(acc) && /^\p{Ll}/u.test(p) ? acc.slice(0, -1) + p : acc ? `${acc} ${p}` : p), '');
  // "OGGETTO: Oggetto: …": a label printed twice is dropped twice.
  const value = fold(joined.replace(/\t/g, ' ')).replace(/^oggetto\s*[:\-–.]\s*/i, '');
  return value ? { value, evidence: evidenceOf(first) } : null;
}
