import { readPdf } from './read-pdf.ts';
import { Rejection } from './rejection.ts';
import type { ReadLimits } from './read-limits.ts';
import type { ProgressFn, ReadOutcome } from './read-outcome.ts';
import { extractFields } from '../extract/extract-fields.ts';

/** Reading and extraction in the current thread; the pool runs this inside a worker with hard caps. */
export async function readAndExtract(bytes: Uint8Array, limits: ReadLimits, onProgress?: ProgressFn): Promise<ReadOutcome> {
  const t0 = performance.now();
  try {
    const { facts, pages } = await readPdf(bytes, limits, onProgress);
    const extraction = extractFields(pages);
    return { ok: true, facts, pages, extraction, ms: performance.now() - t0 };
  } catch (err) {
    const r = err instanceof Rejection ? err : new Rejection('corrupt', (err as Error)?.message);
    return { ok: false, code: r.code, message: r.message, ms: performance.now() - t0 };
  }
}
