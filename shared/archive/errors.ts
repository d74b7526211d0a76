/** A request on the archive that cannot be done as asked: the message, in Italian, says why to the person who asked. */
export class ArchiveError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ArchiveError';
  }
}

/**
 * Why a correction was refused:
 *   document-not-found  no document with this id (HTTP 404);
 *   no-extraction       the document was rejected, it has no fields (409);
 *   unknown-field       not a key of ExtractedFields (404 or 422);
 *   invalid-value       the value does not fit the field's schema (422);
 *   invalid-input       the user, the reason or the id are not acceptable (422).
 */
export type CorrectionErrorCode = 'document-not-found' | 'no-extraction' | 'unknown-field' | 'invalid-value' | 'invalid-input';

/** A correction refused: nothing was stored. `details` lists each problem ("Scadenze: ogni data nel formato AAAA-MM-GG"). */
export class CorrectionError extends ArchiveError {
  constructor(
    message: string,
    readonly code: CorrectionErrorCode,
    readonly details: string[] = [message],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CorrectionError';
  }
}
