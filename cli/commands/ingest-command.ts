import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { collectFiles } from '../collect-files.ts';
import { openStack } from '../open-stack.ts';
import { ProgressLine } from '../progress-line.ts';
import type { DocumentRecord } from '../../shared/records/document-record.ts';
import { plural, printable } from '../format-document.ts';

/**
 * `carteggio ingest <files or folders…>`: uploads each file to the inbox bucket, exactly as any S3
 * client would, and waits for the stack to record it.
 */
export async function ingestCommand(args: string[], json: boolean): Promise<number> {
  const files = collectFiles(args);
  if (files.skipped) console.error(`${files.skipped} file non PDF nelle cartelle indicate: ignorati.`);
  if (!files.length) {
    console.error('Nessun file da acquisire.');
    return 1;
  }
  // The stack's own line per arrival repeats what this command reports: only its other messages pass.
  const stack = await openStack((m) => { if (!/^[✓✗] /.test(m)) console.error(m); });
  const progress = new ProgressLine(files.length);
  let rejected = 0;
  let done = 0;
  try {
    const queue = [...files];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const bytes = readFileSync(file.path);
        const id = createHash('sha256').update(bytes).digest('hex');
        const before = (await stack.documents.listReceipts(id)).length;
        await stack.objects.put(stack.config.inboxBucket, file.key, bytes, file.key.toLowerCase().endsWith('.pdf') ? 'application/pdf' : undefined);
        const doc = await waitForReceipt(stack.documents, id, before, stack.config.limits.maxSeconds + 60);
        done++;
        progress.update(done, file.key);
        if (doc.status === 'rejected') rejected++;
        report(file.path, doc, json, progress);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  } finally {
    progress.done();
    await stack.close();
  }
  if (!json) console.error(`${files.length} file: ${plural(files.length - rejected, 'acquisito', 'acquisiti')}, ${plural(rejected, 'rifiutato', 'rifiutati')}.`);
  return rejected ? 2 : 0;
}

async function waitForReceipt(
  documents: Awaited<ReturnType<typeof openStack>>['documents'],
  id: string,
  before: number,
  seconds: number,
): Promise<DocumentRecord> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const doc = await documents.getDocument(id);
    if (doc && (await documents.listReceipts(id)).length > before) return doc;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`Il documento ${id.slice(0, 12)} non è stato registrato entro ${seconds} s: lo stack è in esecuzione?`);
}

function report(path: string, doc: DocumentRecord, json: boolean, progress: ProgressLine): void {
  if (json) {
    console.log(JSON.stringify({ file: path, documentId: doc.id, status: doc.status, reason: doc.rejection?.code, message: doc.rejection?.message }));
    return;
  }
  progress.done();
  if (doc.status === 'rejected') console.log(`✗ ${path}: rifiutato – ${doc.rejection?.message}`);
  else {
    const f = doc.extraction!.fields;
    console.log(printable(`✓ ${path} → ${doc.id.slice(0, 12)} ${f.docType}${f.subject ? ` «${f.subject.slice(0, 80)}»` : ''}`));
  }
}
