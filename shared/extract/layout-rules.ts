import type { Line } from '../read/page-text.ts';

/** A vertical gap (in line heights) that a reader sees as a blank line between paragraphs. */
export const PARAGRAPH_GAP = 0.6;

/** "Oggetto:" opening a line (not "ad oggetto" inside a sentence, nor a heading such as "OGGETTO DELL'APPALTO"). */
export const SUBJECT_LABEL = /^\s*oggetto\s*[:\-–.]\s*/i;

/** The line holding the subject label, if any: where the addressing part of a letter ends. */
export function subjectLineIndex(lines: Line[]): number {
  return lines.findIndex((l) => SUBJECT_LABEL.test(l.text));
}

export function isParagraphBreak(line: Line, prev: Line | undefined): boolean {
  return !prev || prev.page !== line.page || line.gapBefore >= PARAGRAPH_GAP;
}
