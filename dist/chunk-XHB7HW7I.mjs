import {
  READER_VERSION
} from "./chunk-WUC6FMH6.mjs";

// shared/ingest/ingest-object.ts
import { createHash } from "node:crypto";
import { basename } from "node:path";
async function ingestObject(arrival, deps, onProgress) {
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const receivedAt = now().toISOString();
  const bytes = await deps.objects.get(arrival.bucket, arrival.key);
  const id = createHash("sha256").update(bytes).digest("hex");
  let doc = await deps.documents.getDocument(id);
  let duplicate = doc !== null;
  if (!doc) {
    const original = { bucket: deps.archiveBucket, key: `originals/${id}` };
    if (!await deps.objects.exists(original.bucket, original.key)) {
      await deps.objects.put(original.bucket, original.key, bytes, "application/octet-stream");
    }
    const record = await readIntoRecord(id, bytes, { fileName: basename(arrival.key), original, receivedAt }, deps, onProgress);
    if (await deps.documents.putDocumentIfAbsent(record)) doc = record;
    else {
      doc = await deps.documents.getDocument(id);
      duplicate = true;
    }
  }
  await deps.documents.addReceipt({ documentId: id, bucket: arrival.bucket, key: arrival.key, arrival: arrival.arrival, receivedAt });
  await deps.documents.addKeyVersion({ bucket: arrival.bucket, key: arrival.key, documentId: id, receivedAt });
  return { documentId: id, status: doc.status, duplicate, rejection: doc.rejection };
}
async function readIntoRecord(id, bytes, known, deps, onProgress) {
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const outcome = await deps.reader.read(bytes, onProgress);
  let text = null;
  if (outcome.ok) {
    text = { bucket: deps.archiveBucket, key: `text/${id}.json` };
    await deps.objects.put(text.bucket, text.key, JSON.stringify({ documentId: id, pages: outcome.pages }), "application/json");
    const plain = outcome.pages.map((p) => p.lines.map((l) => l.text.replace(/\t/g, "   ")).join("\n")).join("\n\f\n");
    await deps.objects.put(deps.archiveBucket, `text/${id}.txt`, plain, "text/plain; charset=utf-8");
  }
  return {
    id,
    status: outcome.ok ? "extracted" : "rejected",
    rejection: outcome.ok ? null : { code: outcome.code, message: outcome.message },
    ...known,
    size: bytes.length,
    text,
    facts: outcome.ok ? outcome.facts : null,
    extraction: outcome.ok ? outcome.extraction : null,
    readerVersion: READER_VERSION,
    processedAt: now().toISOString(),
    durationMs: Math.round(outcome.ms)
  };
}

export {
  ingestObject,
  readIntoRecord
};
//# sourceMappingURL=chunk-XHB7HW7I.mjs.map
