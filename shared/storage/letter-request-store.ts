/**
 * A caller's request for a letter, remembered for a day so that the same request sent again (a
 * client retrying after a timeout) is answered with the first answer instead of numbering again.
 */
export interface LetterRequestRecord {
  /** Who asked and what: SHA-256 of the caller and their Idempotency-Key, or of the caller and the request. */
  key: string;
  /** SHA-256 of the request itself: the same key sent with another request is refused. */
  fingerprint: string;
  /** `in-progress` while the first request runs; `completed` once it has an answer to give again. */
  status: 'in-progress' | 'completed';
  /** Which run holds the request: only it may complete or release it. */
  token: string;
  /** Until when (epoch ms) an in-progress run is presumed alive; after that another run may take over. */
  leaseUntil: number;
  /** When the record stops counting (epoch seconds): DynamoDB's TTL attribute. */
  expiresAt: number;
  /** The first answer, as it was sent. */
  response: { statusCode: number; body: string } | null;
  createdAt: string;
}

export type ClaimResult = { claimed: true } | { claimed: false; existing: LetterRequestRecord | null };

export interface LetterRequestStore {
  /**
   * Records the request as in progress, unless a live record of the same key exists: then returns it
   * (null if it vanished meanwhile). A record past `expiresAt`, or in progress past its lease, counts as absent.
   */
  claim(record: LetterRequestRecord, now: Date): Promise<ClaimResult>;
  /** Stores the answer of the run holding `token`; false if another run holds the record now. */
  complete(key: string, token: string, response: { statusCode: number; body: string }): Promise<boolean>;
  /** Forgets the request (it failed, or took no number): the next identical request runs again. */
  release(key: string, token: string): Promise<void>;
  get(key: string): Promise<LetterRequestRecord | null>;
}
