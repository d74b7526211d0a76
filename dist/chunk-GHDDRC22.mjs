import {
  ReaderFault
} from "./chunk-L45P3VEQ.mjs";
import {
  Rejection,
  rejectionMessage
} from "./chunk-2FCZO4LF.mjs";

// shared/read/reader-pool.ts
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { rmSync } from "node:fs";
import { basename } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// bin/dist-fresh.mjs
import { readFileSync, statSync } from "node:fs";
var projectRoot = new URL("../", import.meta.url);
var distDir = new URL("dist/", projectRoot);
function freshBuilt(entry) {
  if (process.env.CARTEGGIO_FROM_SOURCE === "1") return null;
  let build;
  try {
    build = JSON.parse(readFileSync(new URL("build.json", distDir), "utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(build.inputs) || !build.entries?.includes(entry) || typeof build.startedAt !== "number") return null;
  for (const input of build.inputs) {
    const st = statSync(new URL(input, projectRoot), { throwIfNoEntry: false });
    if (!st || st.mtimeMs > build.startedAt) return null;
  }
  return new URL(entry, distDir);
}

// shared/read/reader-pool.ts
var ReaderPool = class {
  constructor(limits, size = Math.max(1, Math.min(availableParallelism(), 4)), entry = defaultEntry()) {
    this.limits = limits;
    this.entry = entry;
    this.slots = Array.from({ length: size }, () => ({ worker: null, ready: false, job: null, timer: null }));
  }
  limits;
  entry;
  slots;
  queue = [];
  nextId = 1;
  closed = false;
  read(bytes, onProgress) {
    if (this.closed) return Promise.reject(new Error("ReaderPool chiuso"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, bytes, onProgress, resolve, reject, started: 0 });
      this.pump();
    });
  }
  async close() {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
    for (const s of this.slots) s.worker = null;
  }
  pump() {
    for (const slot of this.slots) {
      if (slot.job || !this.queue.length) continue;
      const job = this.queue.shift();
      slot.job = job;
      job.started = performance.now();
      if (!slot.worker) slot.worker = this.spawn(slot);
      slot.worker.ref();
      if (slot.ready) this.dispatch(slot);
    }
  }
  /** Sends the slot's job to its worker and starts the file's clock. */
  dispatch(slot) {
    const job = slot.job;
    slot.timer = setTimeout(() => this.fail(slot, "timeout"), this.limits.maxSeconds * 1e3);
    slot.worker.postMessage({ id: job.id, bytes: job.bytes, limits: this.limits });
  }
  spawn(slot) {
    slot.ready = false;
    const worker = new Worker(workerScript(this.entry), {
      // The heap cap is the memory cap: a file that needs more ends as "out-of-memory".
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxMemoryMb, maxYoungGenerationSizeMb: 64 },
      // The worker is plain JavaScript: the parent's flags (--import tsx, --input-type…) are not for it.
      execArgv: [],
      stdout: false,
      stderr: false
    });
    worker.unref();
    worker.on("message", (msg) => {
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
    worker.on("error", (err) => {
      if (slot.worker !== worker) return;
      if (err.code === "ERR_WORKER_OUT_OF_MEMORY") this.fail(slot, "out-of-memory");
      else this.fault(slot, new ReaderFault(`errore interno del lettore: ${err.message}`, { cause: err }), true);
    });
    worker.on("exit", () => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      slot.ready = false;
      if (slot.job) this.fail(slot, "out-of-memory");
    });
    return worker;
  }
  finish(slot, outcome) {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker?.unref();
    job.resolve(outcome);
    this.pump();
  }
  /** The reader failed, not the file: the caller gets the error (to retry), the next job goes on. */
  fault(slot, err, endWorker = false) {
    const job = slot.job;
    if (!job) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    if (endWorker) {
      void slot.worker?.terminate();
      slot.worker = null;
      slot.ready = false;
    } else slot.worker?.unref();
    job.reject(err);
    this.pump();
  }
  /** Ends the worker (it may be stuck in a loop or out of heap) and records the reason. */
  fail(slot, code, detail) {
    const job = slot.job;
    if (!job) return;
    const worker = slot.worker;
    slot.worker = null;
    slot.ready = false;
    void worker?.terminate();
    const message = detail && code === "corrupt" ? new Rejection(code, detail).message : rejectionMessage(code);
    this.finish(slot, { ok: false, code, message, ms: performance.now() - job.started });
  }
};
var bundled = /* @__PURE__ */ new Map();
function workerScript(entry) {
  if (!entry.pathname.endsWith(".ts")) return entry;
  if (entry.href === sourceWorker.href) {
    const built = freshBuilt("read-worker.mjs");
    if (built) return built;
  }
  const cached = bundled.get(entry.href);
  if (cached) return cached;
  const out = new URL(`../../node_modules/.cache/carteggio/${basename(entry.pathname, ".ts")}-${process.pid}.mjs`, "file:///work/main/shared/read/reader-pool.ts");
  const require2 = createRequire("file:///work/main/shared/read/reader-pool.ts");
  const esbuild = require2("esbuild");
  esbuild.buildSync({ entryPoints: [fileURLToPath(entry)], bundle: true, platform: "node", format: "esm", target: "node20", outfile: fileURLToPath(out), packages: "external", logLevel: "error" });
  process.once("exit", () => rmSync(out, { force: true }));
  bundled.set(entry.href, out);
  return out;
}
var sourceWorker = new URL("./read-worker.ts", "file:///work/main/shared/read/reader-pool.ts");
function defaultEntry() {
  const here = "file:///work/main/shared/read/reader-pool.ts";
  return here.endsWith(".ts") ? sourceWorker : new URL("./read-worker.mjs", here);
}

export {
  ReaderPool
};
//# sourceMappingURL=chunk-GHDDRC22.mjs.map
