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
  const failed: { path: string; why: string }[] = [];
  let unreachable: string | null = null;
  const queue = [...files];
  try {
    const worker = async () => {
      for (let file = queue.shift(); file && !unreachable; file = queue.shift()) {
        try {
          const bytes = readFileSync(file.path);
          const id = createHash('sha256').update(bytes).digest('hex');
          const before = (await stack.documents.listReceipts(id)).length;
          await stack.objects.put(stack.config.inboxBucket, file.key, bytes, file.key.toLowerCase().endsWith('.pdf') ? 'application/pdf' : undefined);
          const doc = await waitForReceipt(stack.documents, id, before, stack.config.limits.maxSeconds + 60);
          done++;
          progress.update(done, file.key);
          if (doc.status === 'rejected') rejected++;
          report(file.path, doc, json, progress);
        } catch (err) {
          // A stack that stopped answering ends the batch; any other failure is this file's, and the rest go on.
          if (isConnectionLost(err)) {
            unreachable ??= (err as Error).message;
            failed.push({ path: file.path, why: 'lo stack locale non risponde' });
          } else failed.push({ path: file.path, why: (err as Error).message });
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  } finally {
    progress.done();
    await stack.close().catch(() => {});
  }
  const notSent = [...failed.map((f) => f.path), ...queue.map((f) => f.path)];
  if (unreachable) {
    console.error(`Lo stack locale (npm start) non risponde più: ${notSent.length} file non caricati o non confermati. Riavviare «npm start» e ripetere lo stesso comando: i file già acquisiti non vengono duplicati.`);
  } else {
    for (const f of failed) console.error(`✗ ${f.path}: non acquisito – ${f.why}`);
  }
  if (notSent.length) {
    for (const path of notSent.slice(0, 20)) console.error(`  da ripetere: ${path}`);
    if (notSent.length > 20) console.error(`  … e altri ${notSent.length - 20}.`);
  }
  if (!json) console.error(`${files.length} file: ${plural(done - rejected, 'acquisito', 'acquisiti')}, ${plural(rejected, 'rifiutato', 'rifiutati')}${notSent.length ? `, ${notSent.length} da ripetere` : ''}.`);
  return notSent.length ? 1 : rejected ? 2 : 0;
}

/** Whether an error means the S3 or DynamoDB endpoint is gone (the stack was stopped or died). */
function isConnectionLost(err: unknown): boolean {
  const e = err as { code?: string; name?: string; message?: string; cause?: { code?: string } };
  const code = e?.code ?? e?.cause?.code ?? '';
  return ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(code) || /ECONNREFUSED|socket hang up|ECONNRESET/.test(e?.message ?? '');
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
