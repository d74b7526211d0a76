import {
  openStack
} from "./chunk-WI5PUKBW.mjs";
import {
  collectFiles
} from "./chunk-XOBSEYEN.mjs";
import {
  ProgressLine
} from "./chunk-GZAF5JGN.mjs";
import {
  plural,
  printable
} from "./chunk-LZPNN5HQ.mjs";
import "./chunk-J5GB6C54.mjs";
import "./chunk-LOKZRF34.mjs";
import "./chunk-SNMZOYCG.mjs";
import "./chunk-3NE2I7LX.mjs";
import "./chunk-Z7E7XR3S.mjs";
import "./chunk-VHOKKCOO.mjs";
import "./chunk-OO544RZY.mjs";
import "./chunk-CBKE2XB5.mjs";

// cli/commands/ingest-command.ts
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
async function ingestCommand(args, json) {
  const files = collectFiles(args);
  if (files.skipped) console.error(`${files.skipped} file non PDF nelle cartelle indicate: ignorati.`);
  if (!files.length) {
    console.error("Nessun file da acquisire.");
    return 1;
  }
  const stack = await openStack((m) => {
    if (!/^[✓✗] /.test(m)) console.error(m);
  });
  const progress = new ProgressLine(files.length);
  let rejected = 0;
  let done = 0;
  try {
    const queue = [...files];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const bytes = readFileSync(file.path);
        const id = createHash("sha256").update(bytes).digest("hex");
        const before = (await stack.documents.listReceipts(id)).length;
        await stack.objects.put(stack.config.inboxBucket, file.key, bytes, file.key.toLowerCase().endsWith(".pdf") ? "application/pdf" : void 0);
        const doc = await waitForReceipt(stack.documents, id, before, stack.config.limits.maxSeconds + 60);
        done++;
        progress.update(done, file.key);
        if (doc.status === "rejected") rejected++;
        report(file.path, doc, json, progress);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  } finally {
    progress.done();
    await stack.close();
  }
  if (!json) console.error(`${files.length} file: ${plural(files.length - rejected, "acquisito", "acquisiti")}, ${plural(rejected, "rifiutato", "rifiutati")}.`);
  return rejected ? 2 : 0;
}
async function waitForReceipt(documents, id, before, seconds) {
  const deadline = Date.now() + seconds * 1e3;
  while (Date.now() < deadline) {
    const doc = await documents.getDocument(id);
    if (doc && (await documents.listReceipts(id)).length > before) return doc;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`Il documento ${id.slice(0, 12)} non \xE8 stato registrato entro ${seconds} s: lo stack \xE8 in esecuzione?`);
}
function report(path, doc, json, progress) {
  if (json) {
    console.log(JSON.stringify({ file: path, documentId: doc.id, status: doc.status, reason: doc.rejection?.code, message: doc.rejection?.message }));
    return;
  }
  progress.done();
  if (doc.status === "rejected") console.log(`\u2717 ${path}: rifiutato \u2013 ${doc.rejection?.message}`);
  else {
    const f = doc.extraction.fields;
    console.log(printable(`\u2713 ${path} \u2192 ${doc.id.slice(0, 12)} ${f.docType}${f.subject ? ` \xAB${f.subject.slice(0, 80)}\xBB` : ""}`));
  }
}
export {
  ingestCommand
};
//# sourceMappingURL=chunk-5FIH5LXT.mjs.map
