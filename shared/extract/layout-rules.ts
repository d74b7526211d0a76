import type { Line } from '../read/page-text.ts';

/** Extra vertical space (in font sizes, beyond ordinary line spacing) that reads as a blank line. */
export const PARAGRAPH_GAP = 0.35;
/** Space that separates one signature block from the next one below it. */
export const BLOCK_GAP = 1.2;

/** "Oggetto:" opening a line (not "ad oggetto" inside a sentence, nor a heading such as "OGGETTO DELL'APPALTO"). */
export const SUBJECT_LABEL = /^\s*oggetto\s*[:\-–.]\s*/i;
/** A line or cell that opens an addressee block: "Al Comune di …", "Ai Sindaci …", "All'ATS …". */
export const ADDRESSEE_OPENING = /^\s*(?:(?:al|alla|alle|allo|ai|agli)\s+|all['’]\s*)\p{L}/iu;

/** The line holding the subject label, if any: where the addressing part of a letter ends. */
export function subjectLineIndex(lines: Line[]): number {
  return lines.findIndex((l) => SUBJECT_LABEL.test(l.text));
}

export function isParagraphBreak(line: Line, prev: Line | undefined): boolean {
  return !prev || prev.page !== line.page || line.gapBefore >= PARAGRAPH_GAP;
}
