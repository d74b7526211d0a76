import type { FieldCorrection } from '../records/field-correction.ts';

/** Where corrections of extracted fields live: each one a new entry, none ever overwritten or removed. */
export interface CorrectionStore {
  addCorrection(correction: FieldCorrection): Promise<void>;
  /** The document's corrections, newest first (by `at`). */
  listCorrections(documentId: string): Promise<FieldCorrection[]>;
}

/** Newest first by time; among corrections of the same instant, the order the store gives is kept. */
export function newestFirst(corrections: FieldCorrection[]): FieldCorrection[] {
  return corrections
    .map((c, i) => ({ c, i, t: Date.parse(c.at) }))
    .sort((a, b) => b.t - a.t || a.i - b.i)
    .map(({ c }) => c);
}
