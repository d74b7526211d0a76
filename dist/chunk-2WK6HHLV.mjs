import {
  collectFiles
} from "./chunk-XOBSEYEN.mjs";
import {
  ProgressLine
} from "./chunk-GZAF5JGN.mjs";
import {
  formatExtraction,
  printable
} from "./chunk-FFGSP6IW.mjs";
import {
  ReaderPool
} from "./chunk-GHDDRC22.mjs";
import {
  ReaderFault
} from "./chunk-L45P3VEQ.mjs";
import {
  loadConfig
} from "./chunk-3ZU32EMF.mjs";
import {
  rejectionMessage
} from "./chunk-2FCZO4LF.mjs";

// cli/commands/extract-command.ts
import { readFileSync } from "node:fs";

// cli/in-thread-reader.ts
import { Worker } from "node:worker_threads";
var InThreadReader = class {
  constructor(limits) {
    this.limits = limits;
  }
  limits;
  watchdog = null;
  busy = Promise.resolve();
  /** A file ran out of time and its reading could not be stopped: the process should exit once its output is written. */
  abandoned = false;
  read(bytes, onProgress) {
    const run = this.busy.then(() => this.readOne(bytes, onProgress));
    this.busy = run.catch(() => {
    });
    return run;
  }
  async readOne(bytes, onProgress) {
    if (this.abandoned) return { ok: false, code: "timeout", message: rejectionMessage("timeout"), ms: 0 };
    const started = performance.now();
    const capMs = this.limits.maxSeconds * 1e3;
    this.watchdog ??= new Watchdog();
    this.watchdog.arm(Date.now() + capMs + WATCHDOG_GRACE_MS, `la lettura di un file ha superato il tempo massimo (${this.limits.maxSeconds} s) senza potersi interrompere`);
    let timer;
    const timeUp = new Promise((resolve) => {
      timer = setTimeout(() => {
        this.abandoned = true;
        resolve({ ok: false, code: "timeout", message: rejectionMessage("timeout"), ms: performance.now() - started });
      }, capMs);
    });
    try {
      const { readAndExtract } = await import("./chunk-SM3GLZDK.mjs");
      const reading = readAndExtract(bytes, this.limits, onProgress).catch((err) => {
        if (err instanceof ReaderFault) throw err;
        throw new ReaderFault(`errore interno del lettore: ${err?.message ?? String(err)}`, { cause: err });
      });
      return await Promise.race([reading, timeUp]);
    } finally {
      clearTimeout(timer);
      if (!this.abandoned) this.watchdog.arm(0);
    }
  }
  async close() {
    await this.busy;
    if (!this.abandoned) {
      this.watchdog?.stop();
      this.watchdog = null;
    }
  }
};
var WATCHDOG_GRACE_MS = 5e3;
var Watchdog = class {
  shared = new SharedArrayBuffer(16);
  /** [0]: bumped at every change, to wake the thread. */
  generation = new Int32Array(this.shared, 0, 1);
  /** [0]: the deadline in ms since the epoch; 0 disarmed, -1 stop. */
  deadline = new Float64Array(this.shared, 8, 1);
  message = new Uint8Array(new SharedArrayBuffer(1024));
  worker;
  constructor() {
    this.worker = new Worker(WATCHDOG_SOURCE, { eval: true, workerData: { shared: this.shared, message: this.message.buffer }, execArgv: [], stdout: false, stderr: false, resourceLimits: process.env.WDL ? { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 2, codeRangeSizeMb: 2, stackSizeMb: 1 } : void 0 });
    this.worker.unref();
  }
  arm(deadline, message = "") {
    if (message) {
      const bytes = new TextEncoder().encode(`Errore: ${message}: processo terminato.
`).subarray(0, this.message.length);
      this.message.fill(0).set(bytes);
    }
    this.deadline[0] = deadline;
    Atomics.add(this.generation, 0, 1);
    Atomics.notify(this.generation, 0);
  }
  stop() {
    this.arm(-1);
  }
};
var WATCHDOG_SOURCE = `
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
var IN_THREAD_MAX_FILES = 2;
function readerFor(files, limits, workers) {
  return files <= IN_THREAD_MAX_FILES ? new InThreadReader(limits) : new ReaderPool(limits, workers);
}

// cli/commands/extract-command.ts
async function extractFiles(files, onDone, onPage) {
  const config = loadConfig();
  const reader = readerFor(files.length, config.limits, config.workers);
  let n = 0;
  try {
    const results = await Promise.all(
      files.map(async (file) => {
        const outcome = await reader.read(new Uint8Array(readFileSync(file.path)), (page, pages) => onPage?.(file, page, pages, n));
        const r = { file, outcome };
        onDone?.(r, ++n);
        return r;
      })
    );
    return Object.assign(results, { abandoned: "abandoned" in reader && reader.abandoned });
  } finally {
    await reader.close();
  }
}
async function extractCommand(args, json) {
  const files = collectFiles(args);
  const progress = new ProgressLine(files.length);
  const results = await extractFiles(
    files,
    (r, n) => progress.update(n, r.file.path),
    (file, page, pages, n) => progress.note(n, `${file.path}: pagina ${page} di ${pages}`)
  );
  progress.done();
  let rejected = 0;
  for (const { file, outcome } of results) {
    if (!outcome.ok) rejected++;
    const line = outcome.ok ? { file: file.path, status: "ok", fields: outcome.extraction.fields } : { file: file.path, status: "rejected", reason: outcome.code, message: outcome.message };
    if (json) console.log(JSON.stringify(line));
    else if (outcome.ok) console.log(printable([`\u2713 ${file.path}`, ...formatExtraction(outcome.extraction)].join("\n")));
    else console.log(printable(`\u2717 ${file.path}: rifiutato [${outcome.code}] \u2013 ${outcome.message}`));
  }
  const code = rejected ? 2 : 0;
  if (results.abandoned) await exitAfterOutput(code);
  return code;
}
async function exitAfterOutput(code) {
  await new Promise((resolve) => process.stdout.write("", () => resolve()));
  process.exit(code);
}

export {
  extractFiles,
  extractCommand
};
//# sourceMappingURL=chunk-2WK6HHLV.mjs.map
