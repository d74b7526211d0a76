import { parentPort } from 'node:worker_threads';
import { readAndExtract } from './read-and-extract.ts';
import type { ReadLimits } from './read-limits.ts';

/** Worker side of the reader pool: one job at a time, progress and outcome (or the reader's own fault) posted back. */
parentPort!.on('message', async (job: { id: number; bytes: Uint8Array; limits: ReadLimits } | { exit: true }) => {
  // Asked to end between two turns of its loop (see ReaderPool): never halfway through building a zlib stream.
  if ('exit' in job) process.exit(0);
  try {
    const outcome = await readAndExtract(job.bytes, job.limits, (page, pages) => parentPort!.postMessage({ id: job.id, progress: [page, pages] }));
    parentPort!.postMessage({ id: job.id, outcome });
  } catch (err) {
    const e = err as Error;
    parentPort!.postMessage({ id: job.id, fault: { message: e?.message ?? String(err), stack: e?.stack } });
  }
});

// Static imports are loaded by now: the pool starts a file's clock only from here.
parentPort!.postMessage({ ready: true });
