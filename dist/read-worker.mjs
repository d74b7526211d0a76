import {
  readAndExtract
} from "./chunk-VNDFHZH3.mjs";
import "./chunk-H7IXCBNB.mjs";
import "./chunk-WUC6FMH6.mjs";
import "./chunk-L45P3VEQ.mjs";
import "./chunk-ZIEJ3R4I.mjs";
import "./chunk-M3DNIK25.mjs";
import "./chunk-QQRSKFDS.mjs";
import "./chunk-FJXWYZKE.mjs";
import "./chunk-2FCZO4LF.mjs";
import "./chunk-I7AODTRW.mjs";

// shared/read/read-worker.ts
import { parentPort } from "node:worker_threads";
parentPort.on("message", async (job) => {
  try {
    const outcome = await readAndExtract(job.bytes, job.limits, (page, pages) => parentPort.postMessage({ id: job.id, progress: [page, pages] }));
    parentPort.postMessage({ id: job.id, outcome });
  } catch (err) {
    const e = err;
    parentPort.postMessage({ id: job.id, fault: { message: e?.message ?? String(err), stack: e?.stack } });
  }
});
parentPort.postMessage({ ready: true });
//# sourceMappingURL=read-worker.mjs.map
