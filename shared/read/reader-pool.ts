import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ReadLimits } from './read-limits.ts';
import { Rejection, rejectionMessage, type RejectionCode } from './rejection.ts';
import type { DocumentReader, ProgressFn, ReadOutcome } from './read-outcome.ts';
import { ReaderFault } from './errors.ts';
import { freshBuilt } from '../../bin/dist-fresh.mjs';

interface Job {
  id: number;
  bytes: Uint8Array;
  onProgress?: ProgressFn;
  resolve: (o: ReadOutcome) => void;
  reject: (e: ReaderFault) => void;
  started: number;
}

interface Slot {
  worker: Worker | null;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Reads files in worker threads, as many at once as there are cores. Each worker runs under a heap
 * cap and each file under a time cap: a runaway file ends its worker, not the process, and the next
 * file gets a fresh one.
 */
export class ReaderPool implements DocumentReader {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly limits: ReadLimits,
    size = Math.max(1, Math.min(availableParallelism(), 4)),
    private readonly entry: URL = defaultEntry(),
  ) {
    this.slots = Array.from({ length: size }, () => ({ worker: null, ready: false, job: null, timer: null }));
  }

  read(bytes: Uint8Array, onProgress?: ProgressFn): Promise<ReadOutcome> {
    if (this.closed) return Promise.reject(new Error('ReaderPool chiuso'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, bytes, onProgress, resolve, reject, started: 0 });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => (s.worker ? endWorker(s.worker) : undefined)));
    for (const s of this.slots) s.worker = null;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || !this.queue.length) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      job.started = performance.now();
      if (!slot.worker) slot.worker = this.spawn(slot);
      slot.worker.ref(); // a pending file keeps the process alive; an idle worker does not
      if (slot.ready) this.dispatch(slot);
    }
  }

  /** Sends the slot's job to its worker and starts the file's clock. */
  private dispatch(slot: Slot): void {
    const job = slot.job!;
    slot.timer = setTimeout(() => this.fail(slot, 'timeout'), this.limits.maxSeconds * 1000);
    slot.worker!.postMessage({ id: job.id, bytes: job.bytes, limits: this.limits });
  }

  private spawn(slot: Slot): Worker {
    slot.ready = false;
    const worker = new Worker(workerScript(this.entry), {
      // The heap cap is the memory cap: a file that needs more ends as "out-of-memory". A young generation of 32 MB, not 64:
      // a 300-page PDF's peak RSS 225 MB instead of 255, for ~10 % on the warm pool (npm run bench:ingest, 3 December 2026).
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxMemoryMb, maxYoungGenerationSizeMb: 32 },
      // The worker is plain JavaScript: the parent's flags (--import tsx, --input-type…) are not for it.
      execArgv: [],
      stdout: false,
      stderr: false,
    });
    worker.unref();
    worker.on('message', (msg: { id: number; ready?: boolean; progress?: [number, number]; outcome?: ReadOutcome; fault?: { message: string; stack?: string } }) => {
      if (slot.worker !== worker) return;
      if (msg.ready) {
        slot.ready = true;
        if (slot.job) this.dispatch(slot);
        return;
      }
      const job = slot.job;
      if (slot.worker !== worker || !job || msg.id !== job.id) return;
      if (msg.progress) job.onProgress?.(msg.progress[0], msg.progress[1]);
      if (msg.outcome) this.finish(slot, msg.outcome);
      if (msg.fault) this.fault(slot, Object.assign(new ReaderFault(msg.fault.message), { stack: msg.fault.stack }));
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (slot.worker !== worker) return; // an old worker, already replaced
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') this.fail(slot, 'out-of-memory');
      // An exception that escaped the worker is the reader's, not the file's.
      else this.fault(slot, new ReaderFault(`errore interno del lettore: ${err.message}`, { cause: err }), true);
    });
    worker.on('exit', () => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      slot.ready = false;
      if (slot.job) this.fail(slot, 'out-of-memory');
    });
    return worker;
  }

  private finish(slot: Slot, outcome: ReadOutcome): void {
    const job = slot.job!;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker?.unref();
    job.resolve(outcome);
    this.pump();
  }

  /** The reader failed, not the file: the caller gets the error (to retry), the next job goes on. */
  private fault(slot: Slot, err: ReaderFault, freshWorker = false): void {
    const job = slot.job;
    if (!job) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    if (freshWorker) {
      if (slot.worker) void endWorker(slot.worker);
      slot.worker = null;
      slot.ready = false;
    } else slot.worker?.unref();
    job.reject(err);
    this.pump();
  }

  /** Ends the worker (it may be stuck in a loop or out of heap) and records the reason. */
  private fail(slot: Slot, code: RejectionCode, detail?: string): void {
    const job = slot.job;
    if (!job) return;
    const worker = slot.worker;
    slot.worker = null;
    slot.ready = false;
    if (worker) void endWorker(worker);
    const message = detail && code === 'corrupt' ? new Rejection(code, detail).message : rejectionMessage(code);
    this.finish(slot, { ok: false, code, message, ms: performance.now() - job.started });
  }
}

/** How long a worker asked to end may take before it is terminated (a reader stuck in a loop never answers). */
const END_GRACE_MS = 500;

/**
 * Ends a worker: asked first, between two turns of its event loop, then terminated if it has not ended within
 * END_GRACE_MS. Terminating a worker at an arbitrary instant can abort the whole process when the instant falls while
 * Node builds a zlib stream (`close before init` in node_zlib.cc at the worker's cleanup); a worker that ends itself is
 * never there. Resolves when the worker has exited.
 */
function endWorker(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    // Held until it has exited: a caller awaiting this must not see its process end first.
    worker.ref();
    const stop = setTimeout(() => void worker.terminate(), END_GRACE_MS);
    worker.once('exit', () => {
      clearTimeout(stop);
      resolve();
    });
    try {
      worker.postMessage({ exit: true });
    } catch {
      void worker.terminate();
    }
  });
}

const bundled = new Map<string, URL>();

/**
 * Worker threads cannot load TypeScript. Running from sources (the CLI, development, tests), the
 * reader's worker comes from dist/, built ahead of time (bin/build-dist.mjs) while it is up to date
 * with the sources; otherwise (a source edited since, or another entry such as a test's) it is
 * bundled once per process with esbuild (about 20 ms) next to node_modules, so packages resolve.
 * A deployed bundle already ships its worker as JavaScript beside it.
 */
function workerScript(entry: URL): URL {
  if (!entry.pathname.endsWith('.ts')) return entry;
  if (entry.href === sourceWorker.href) {
    const built = freshBuilt('read-worker.mjs');
    if (built) return built;
  }
  const cached = bundled.get(entry.href);
  if (cached) return cached;
  const out = new URL(`../../node_modules/.cache/carteggio/${basename(entry.pathname, '.ts')}-${process.pid}.mjs`, import.meta.url);
  const require = createRequire(import.meta.url);
  const esbuild = require('esbuild') as typeof import('esbuild');
  esbuild.buildSync({ entryPoints: [fileURLToPath(entry)], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: fileURLToPath(out), packages: 'external', logLevel: 'error' });
  process.once('exit', () => rmSync(out, { force: true }));
  bundled.set(entry.href, out);
  return out;
}

const sourceWorker = new URL('./read-worker.ts', import.meta.url);

function defaultEntry(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? sourceWorker : new URL('./read-worker.mjs', here);
}
