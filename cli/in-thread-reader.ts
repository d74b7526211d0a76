import { Worker } from 'node:worker_threads';
import type { ReadLimits } from '../shared/read/read-limits.ts';
import { rejectionMessage } from '../shared/read/rejection.ts';
import type { DocumentReader, ProgressFn, ReadOutcome } from '../shared/read/read-outcome.ts';
import { ReaderFault } from '../shared/read/errors.ts';
import { ReaderPool } from '../shared/read/reader-pool.ts';

/**
 * Reads in the calling thread, one file at a time, with no worker to start: for a command given one
 * or two files, where starting a pool (a thread, a second copy of pdf.js) would cost more than the
 * reading. Kept: the page and byte caps, the decompressed-bytes cap (both inside the reader), and the
 * time cap: the file is reported as `timeout` when its time is up and the thread gets a turn, and a
 * watchdog thread ends the whole process a few seconds later if the thread never gets one (a
 * synchronous loop). Not kept: the heap cap, which only a worker has (a file that needs more memory
 * than the process has ends the process), and the survival of the process after a stuck file.
 * Use the pool for anything that must outlive a hostile file (ingestion, large batches).
 */
export class InThreadReader implements DocumentReader {
  private watchdog: Watchdog | null = null;
  private busy: Promise<unknown> = Promise.resolve();
  private used = false;
  /** A file ran out of time and its reading could not be stopped: the process should exit once its output is written. */
  abandoned = false;

  constructor(
    private readonly limits: ReadLimits,
    private readonly options: {
      /** The reading itself (tests put a runaway one here). */
      read?: (bytes: Uint8Array, limits: ReadLimits, onProgress?: ProgressFn) => Promise<ReadOutcome>;
      /** How long after a file's time cap the watchdog ends the process, if the thread never got a turn to report it. */
      graceMs?: number;
    } = {},
  ) {}

  read(bytes: Uint8Array, onProgress?: ProgressFn): Promise<ReadOutcome> {
    const run = this.busy.then(() => this.readOne(bytes, onProgress));
    this.busy = run.catch(() => {});
    return run;
  }

  private async readOne(bytes: Uint8Array, onProgress?: ProgressFn): Promise<ReadOutcome> {
    if (this.abandoned) return { ok: false, code: 'timeout', message: rejectionMessage('timeout'), ms: 0 };
    this.used = true;
    const read = this.options.read ?? (await import('../shared/read/read-and-extract.ts')).readAndExtract;
    // The clock starts once the reader is loaded, as the pool's starts once its worker is ready.
    const started = performance.now();
    const capMs = this.limits.maxSeconds * 1000;
    this.watchdog ??= new Watchdog();
    this.watchdog.arm(Date.now() + capMs + (this.options.graceMs ?? 5000), `la lettura di un file ha superato il tempo massimo (${this.limits.maxSeconds} s) senza potersi interrompere`);
    let timer: NodeJS.Timeout | undefined;
    const timeUp = new Promise<ReadOutcome>((resolve) => {
      timer = setTimeout(() => {
        this.abandoned = true;
        resolve({ ok: false, code: 'timeout', message: rejectionMessage('timeout'), ms: performance.now() - started });
      }, capMs);
    });
    const reading = read(bytes, this.limits, onProgress).catch((err: unknown) => {
      if (err instanceof ReaderFault) throw err;
      // As from the pool: what escapes the reader is the reader's fault, not the file's.
      throw new ReaderFault(`errore interno del lettore: ${(err as Error)?.message ?? String(err)}`, { cause: err });
    });
    try {
      return await Promise.race([reading, timeUp]);
    } finally {
      clearTimeout(timer);
      // A file abandoned on time keeps the watchdog armed: the process must exit before it fires.
      if (!this.abandoned) this.watchdog.arm(0);
    }
  }

  async close(): Promise<void> {
    await this.busy;
    // The OCR engine runs in threads of its own, started on the first scan: they would keep the process alive.
    if (this.used && !this.options.read) await (await import('../shared/read/ocr-page.ts')).closeOcr();
    if (!this.abandoned) {
      this.watchdog?.stop();
      this.watchdog = null;
    }
  }
}

/**
 * A thread that ends the process when a deadline passes: the one cap that holds when the main thread
 * is stuck in synchronous code. Started once (a few ms, on the other core), re-armed for each file.
 */
class Watchdog {
  private readonly shared = new SharedArrayBuffer(16);
  /** [0]: bumped at every change, to wake the thread. */
  private readonly generation = new Int32Array(this.shared, 0, 1);
  /** [0]: the deadline in ms since the epoch; 0 disarmed, -1 stop. */
  private readonly deadline = new Float64Array(this.shared, 8, 1);
  private readonly message = new Uint8Array(new SharedArrayBuffer(1024));
  private readonly worker: Worker;

  constructor() {
    this.worker = new Worker(WATCHDOG_SOURCE, { eval: true, workerData: { shared: this.shared, message: this.message.buffer }, execArgv: [], stdout: false, stderr: false });
    this.worker.unref();
    this.worker.on('error', () => {}); // a watchdog that could not start leaves only the timer's cap
  }

  arm(deadline: number, message = ''): void {
    if (message) {
      const bytes = new TextEncoder().encode(`Errore: ${message}: processo terminato.\n`).subarray(0, this.message.length);
      this.message.fill(0).set(bytes);
    }
    this.deadline[0] = deadline;
    Atomics.add(this.generation, 0, 1);
    Atomics.notify(this.generation, 0);
  }

  stop(): void {
    this.arm(-1);
  }
}

const WATCHDOG_SOURCE = `
const { workerData } = require('node:worker_threads');
const generation = new Int32Array(workerData.shared, 0, 1);
const deadline = new Float64Array(workerData.shared, 8, 1);
const message = new Uint8Array(workerData.message);
for (;;) {
  const seen = Atomics.load(generation, 0);
  const at = deadline[0];
  if (at < 0) break;
  const wait = at === 0 ? Infinity : at - Date.now();
  if (wait <= 0) {
    const end = message.indexOf(0);
    require('node:fs').writeSync(2, Buffer.from(message.subarray(0, end < 0 ? message.length : end)));
    process.kill(process.pid, 'SIGKILL');
  }
  Atomics.wait(generation, 0, seen, wait);
}
`;

/** Files a command reads in its own thread, below which starting the pool costs more than it saves. */
export const IN_THREAD_MAX_FILES = 2;

/** The reader for a command given `files` files: in this thread for one or two, else the pool. */
export function readerFor(files: number, limits: ReadLimits, workers?: number): ReaderPool | InThreadReader {
  return files <= IN_THREAD_MAX_FILES ? new InThreadReader(limits) : new ReaderPool(limits, workers);
}
