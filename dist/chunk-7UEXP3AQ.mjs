import {
  openStack
} from "./chunk-VBP4CN4G.mjs";
import {
  plural
} from "./chunk-FFGSP6IW.mjs";
import {
  readIntoRecord
} from "./chunk-XHB7HW7I.mjs";
import {
  READER_VERSION
} from "./chunk-WUC6FMH6.mjs";
import {
  ReaderPool
} from "./chunk-GHDDRC22.mjs";
import "./chunk-L45P3VEQ.mjs";
import "./chunk-QQRSKFDS.mjs";
import "./chunk-LOKZRF34.mjs";
import "./chunk-PLAQXLXT.mjs";
import "./chunk-ESUQXGFM.mjs";
import "./chunk-3ZU32EMF.mjs";
import "./chunk-72CTS6HY.mjs";
import "./chunk-FJXWYZKE.mjs";
import "./chunk-2FCZO4LF.mjs";
import "./chunk-I7AODTRW.mjs";

// shared/ingest/reprocess-documents.ts
function isSelected(doc, s) {
  if (s.all) return true;
  if (s.ids?.some((id) => doc.id.startsWith(id.toLowerCase()))) return true;
  if (s.rejectionCode && doc.rejection?.code === s.rejectionCode) return true;
  if (s.olderReader && doc.readerVersion < READER_VERSION) return true;
  return false;
}
async function reprocessDocuments(docs, deps, onDone) {
  const results = [];
  for (const doc of docs) {
    const before = { status: doc.status, code: doc.rejection?.code ?? null, readerVersion: doc.readerVersion };
    let result;
    try {
      const bytes = await deps.objects.get(doc.original.bucket, doc.original.key);
      const record = await readIntoRecord(doc.id, bytes, { fileName: doc.fileName, original: doc.original, receivedAt: doc.receivedAt }, deps);
      await deps.documents.replaceDocument(record);
      result = { id: doc.id, fileName: doc.fileName, before, after: { status: record.status, code: record.rejection?.code ?? null, readerVersion: record.readerVersion }, error: null };
    } catch (err) {
      result = { id: doc.id, fileName: doc.fileName, before, after: null, error: err.message };
    }
    results.push(result);
    onDone?.(result, results.length, docs.length);
  }
  return results;
}

// cli/commands/reprocess-command.ts
var STATUS = { extracted: "acquisito", rejected: "rifiutato" };
async function reprocessCommand(selection, json) {
  if (!selection.all && !selection.ids?.length && !selection.rejectionCode && !selection.olderReader) {
    console.error("Uso: carteggio reprocess <id\u2026> | --code <codice di rifiuto> | --older | --all");
    return 1;
  }
  const stack = await openStack();
  const reader = new ReaderPool(stack.config.limits, stack.config.workers);
  try {
    const docs = (await stack.documents.listDocuments({ limit: 1e3 })).filter((d) => isSelected(d, selection));
    if (!json) console.log(`Rilettura con il lettore versione ${READER_VERSION}: ${plural(docs.length, "documento", "documenti")}.`);
    const results = await reprocessDocuments(docs, { objects: stack.objects, documents: stack.documents, reader, archiveBucket: stack.config.archiveBucket }, (r, done, total) => {
      if (json) return console.log(JSON.stringify(r));
      const was = `${STATUS[r.before.status]}${r.before.code ? ` (${r.before.code})` : ""}`;
      const now = r.after ? `${STATUS[r.after.status]}${r.after.code ? ` (${r.after.code})` : ""}` : `non riletto: ${r.error}`;
      console.log(`[${done}/${total}] ${r.id.slice(0, 12)}  ${JSON.stringify(r.fileName)}: ${was} \u2192 ${now}`);
    });
    return results.some((r) => r.error) ? 2 : 0;
  } finally {
    await reader.close();
    await stack.close();
  }
}
export {
  reprocessCommand
};
//# sourceMappingURL=chunk-7UEXP3AQ.mjs.map
