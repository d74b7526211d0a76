import type { LetterRecord } from '../records/letter-record.ts';

export interface LetterStore {
  putLetter(letter: LetterRecord): Promise<void>;
  getLetter(id: string): Promise<LetterRecord | null>;
}
