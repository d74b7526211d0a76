/**
 * `npm run bench:crash`: kills the local stack (SIGKILL) in the middle of a batch of uploads, starts
 * it again on the same data folder, and counts what was lost. Prints, per run: uploads acknowledged
 * by S3 (PUT answered 200), those without a document record, without a receipt or a key version, and
 * archived originals without a record. The target is 0 in every column.
 *
 *   npm run bench:crash [-- RUNS UPLOADS]      (defaults: 3 runs of 200 uploads)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDocumentStore } from '../../shared/storage/dynamo-document-store.ts';
import { S3ObjectStore } from '../../shared/storage/s3-object-store.ts';
import { makePdf } from '../support/make-pdf.ts';

// Node 20 is supported here; the SDK's notice about 2027 is not this bench's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const runs = Number(process.argv[2] ?? 3);
const uploads = Number(process.argv[3] ?? 200);
const bin = new URL('../../bin/carteggio.js', import.meta.url).pathname;
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

function start(dataDir: string, ports: { s3: number; dynamo: number; api: number }): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'start'], {
    env: { ...process.env, CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_S3_PORT: String(ports.s3), CARTEGGIO_DYNAMODB_PORT: String(ports.dynamo), CARTEGGIO_API_PORT: String(ports.api), CARTEGGIO_OCR: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      if (out.includes('in esecuzione')) ok(child);
    });
    let err = '';
    child.stderr!.on('data', (d) => (err += String(d)));
    child.once('exit', (code) => fail(new Error(`lo stack è uscito (${code}) prima di partire: ${err.slice(-2000)}`)));
  });
}

async function oneRun(run: number): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-crash-'));
  const ports = { s3: 46100 + run * 10, dynamo: 46101 + run * 10, api: 46102 + run * 10 };
  const s3 = new S3Client({ region: 'eu-south-1', endpoint: `http://127.0.0.1:${ports.s3}`, forcePathStyle: true, credentials, maxAttempts: 1 });
  let child = await start(dataDir, ports);
  const acknowledged: { key: string; sha: string }[] = [];
  const pdfs = await Promise.all(Array.from({ length: uploads }, (_, i) => makePdf([[`Oggetto: nota ${run}-${i}`, '', `Si prega di rispondere entro il ${String((i % 28) + 1).padStart(2, '0')}/06/2025.`]])));
  // Upload eight at a time; kill the stack when about half are acknowledged.
  let next = 0;
  let killed = false;
  const worker = async () => {
    while (next < pdfs.length) {
      const i = next++;
      try {
        await s3.send(new PutObjectCommand({ Bucket: 'carteggio-inbox', Key: `lotto-${run}/nota-${i}.pdf`, Body: pdfs[i] }));
        acknowledged.push({ key: `lotto-${run}/nota-${i}.pdf`, sha: createHash('sha256').update(pdfs[i]).digest('hex') });
        if (!killed && acknowledged.length >= uploads / 2) {
          killed = true;
          child.kill('SIGKILL');
        }
      } catch {
        // refused or cut off by the kill: not acknowledged, not counted
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await new Promise((ok) => (child.exitCode !== null || child.signalCode ? ok(null) : child.once('exit', ok)));
  child = await start(dataDir, ports);
  const dynamo = new DynamoDBClient({ region: 'eu-south-1', endpoint: `http://127.0.0.1:${ports.dynamo}`, credentials });
  const documents = new DynamoDocumentStore(dynamo, 'carteggio');
  const objects = new S3ObjectStore(s3);
  let noRecord = 0;
  let noReceipt = 0;
  let noVersion = 0;
  for (const a of acknowledged) {
    if (!(await documents.getDocument(a.sha))) noRecord++;
    if (!(await documents.listReceipts(a.sha)).some((r) => r.key === a.key)) noReceipt++;
    if (!(await documents.listKeyVersions('carteggio-inbox', a.key)).some((v) => v.documentId === a.sha)) noVersion++;
  }
  let orphans = 0;
  for await (const o of objects.list('carteggio-archive', 'originals/')) if (!(await documents.getDocument(o.key.slice('originals/'.length)))) orphans++;
  child.kill('SIGTERM');
  await new Promise((ok) => child.once('exit', ok));
  s3.destroy();
  dynamo.destroy();
  rmSync(dataDir, { recursive: true, force: true });
  return { acknowledged: acknowledged.length, noRecord, noReceipt, noVersion, orphans };
}

console.log(`Arresto brutale (SIGKILL) a metà di ${uploads} caricamenti, ${runs} volte; poi riavvio sulla stessa cartella dati.`);
console.log('giro  confermati  senza documento  senza ricevuta  senza versione  originali orfani');
for (let r = 1; r <= runs; r++) {
  const res = await oneRun(r);
  console.log(`${String(r).padStart(4)}  ${String(res.acknowledged).padStart(10)}  ${String(res.noRecord).padStart(15)}  ${String(res.noReceipt).padStart(14)}  ${String(res.noVersion).padStart(14)}  ${String(res.orphans).padStart(16)}`);
}

