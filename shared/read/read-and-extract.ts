import { readPdf } from './read-pdf.ts';
import { Rejection } from './rejection.ts';
import type { ReadLimits } from './read-limits.ts';
import type { ProgressFn, ReadOutcome } from './read-outcome.ts';
import { extractFields } from '../extract/extract-fields.ts';
import { letterheadMayBePicture } from '../extract/sender.ts';

/**
 * Reading and extraction in the current thread; the pool runs this inside a worker with hard caps.
 * A cause in the file is an outcome; anything else (a bug in a rule, a missing OCR data file) is
 * thrown, so the file is not blamed for it and can be read again once the reader is fixed.
 */
export async function readAndExtract(bytes: Uint8Array, limits: ReadLimits, onProgress?: ProgressFn): Promise<ReadOutcome> {
  const t0 = performance.now();
  try {
    // A letterhead printed as a picture is read by OCR when page 1's text names no body.
    const { facts, pages } = await readPdf(bytes, limits, onProgress, { readLetterhead: letterheadMayBePicture });
    const extraction = extractFields(pages);
    return { ok: true, facts, pages, extraction, ms: performance.now() - t0 };
  } catch (err) {
    if (err instanceof Rejection) return { ok: false, code: err.code, message: err.message, ms: performance.now() - t0 };
    throw err;
  }
}
