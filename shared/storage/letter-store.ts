import type { LetterRecord } from '../records/letter-record.ts';
import type { AnnulledRegistration } from '../records/annulled-registration.ts';

/** Whether a number has its letter, its annulment (both would be a fault). */
export interface Accounted {
  letter: boolean;
  annulled: boolean;
}

export interface LetterStore {
  putLetter(letter: LetterRecord): Promise<void>;
  getLetter(id: string): Promise<LetterRecord | null>;
  /** Takes back a letter whose number was annulled before it could be confirmed (a run past its time). */
  deleteLetter(id: string): Promise<void>;
  /** Records a number whose letter could not be completed; the number stays taken. */
  putAnnulled(entry: AnnulledRegistration): Promise<void>;
  getAnnulled(id: string): Promise<AnnulledRegistration | null>;
  /** Takes back an annulment written by a sweep that lost the race to the letter. */
  deleteAnnulled(id: string): Promise<void>;
  /** For each id, whether its letter and its annulment exist (ids absent from the map: neither). */
  accounted(ids: string[]): Promise<Map<string, Accounted>>;
}
