import type { LetterRecord } from '../records/letter-record.ts';
import type { AnnulledRegistration } from '../records/annulled-registration.ts';

export interface LetterStore {
  putLetter(letter: LetterRecord): Promise<void>;
  getLetter(id: string): Promise<LetterRecord | null>;
  /** Records a number whose letter could not be completed; the number stays taken. */
  putAnnulled(entry: AnnulledRegistration): Promise<void>;
  getAnnulled(id: string): Promise<AnnulledRegistration | null>;
}
