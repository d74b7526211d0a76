/**
 * Faults of the segnatura's seal. The messages are Italian because the operator who configured the
 * seal reads them (at start, in the letter's log line); the SDK's or OpenSSL's own text is the cause.
 */

/** A seal that cannot be used, said in Italian: which file or key, and why. */
export class SealError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SealError';
  }
}
