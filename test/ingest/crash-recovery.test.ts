import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { startEmbeddedStack, type EmbeddedStack } from '../support/embedded-stack.ts';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LocalStack } from '../../cli/local-stack.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { DynamoDocumentStore } from '../../shared/storage/dynamo-document-store.ts';
import { S3ObjectStore } from '../../shared/storage/s3-object-store.ts';
import { resetIngestDeps } from '../../functions/ingest/ingest-deps.ts';
import { ingestObject, type IngestDeps } from '../../shared/ingest/ingest-object.ts';
import { reconcileInbox } from '../../shared/ingest/reconcile-inbox.ts';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import { makePdf } from '../support/make-pdf.ts';

/**
 * Through the emulators and the real SDK: what a crash leaves behind is repaired. The bucket
 * "carteggio-lost" has no notifications, so an upload there is one whose event was lost.
 */
describe('nothing acknowledged is lost after a crash', () => {
  const lost = 'carteggio-lost';
  let env: EmbeddedStack;
  let reader: ReaderPool;
  let deps: IngestDeps;
  let objects: EmbeddedStack['objects'];
  let documents: EmbeddedStack['documents'];
  let config: EmbeddedStack['config'];
  let db: DynamoDBDocumentClient;

  beforeAll(async () => {
    env = await startEmbeddedStack();
    ({ objects, documents, config } = env);
    await env.s3.send(new CreateBucketCommand({ Bucket: lost }));
    db = DynamoDBDocumentClient.from(env.dynamo);
    reader = new ReaderPool(config.limits, 1);
    deps = { objects, documents, reader, archiveBucket: config.archiveBucket };
  });

  afterAll(async () => {
    await reader.close();
    await env.stop();
  });

  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  const letter = (n: number) => makePdf([[`Oggetto: piano di zona ${n}`, '', 'Si prega di rispondere entro il 30/06/2025.']]);

  it('ingests every upload whose notification was lost: record, receipt and version', async () => {
    // Prepare: three uploads that nobody was told about.
    const pdfs = await Promise.all([1, 2, 3].map(letter));
    for (const [i, pdf] of pdfs.entries()) await objects.put(lost, `ambito-${i}.pdf`, pdf);
    // Act
    const report = await reconcileInbox(lost, deps, (a) => ingestObject(a, deps));
    // Assess
    expect(report).toMatchObject({ checked: 3, ingested: 3, failed: [] });
    for (const [i, pdf] of pdfs.entries()) {
      expect((await documents.getDocument(sha(pdf)))?.status).toBe('extracted');
      expect((await documents.listReceipts(sha(pdf))).map((r) => r.key)).toEqual([`ambito-${i}.pdf`]);
      expect((await documents.listKeyVersions(lost, `ambito-${i}.pdf`)).map((v) => v.documentId)).toEqual([sha(pdf)]);
    }
  });

  it('changes nothing when run again', async () => {
    // Prepare: the document the first run made of the first upload (the bytes as uploaded: a PDF made
    // again carries another creation time).
    const [first] = await documents.listKeyVersions(lost, 'ambito-0.pdf');
    const before = await documents.listReceipts(first.documentId);
    // Act
    const report = await reconcileInbox(lost, deps, (a) => ingestObject(a, deps));
    // Assess
    expect(report.ingested).toBe(0);
    expect(before).toHaveLength(1);
    expect(await documents.listReceipts(first.documentId)).toEqual(before);
  });

  it('finishes an ingestion that stopped after its receipt, without a second receipt', async () => {
    // Prepare: the record and receipt were written, the crash came before the key version.
    const pdf = await letter(4);
    await objects.put(lost, 'interrotto.pdf', pdf);
    const head = (await objects.head(lost, 'interrotto.pdf'))!;
    await ingestObject({ bucket: lost, key: 'interrotto.pdf', arrival: 'evento-1' }, deps);
    expect(await documents.listKeyVersions(lost, 'interrotto.pdf')).toHaveLength(1);
    await db.send(new DeleteCommand({ TableName: config.table, Key: { pk: `KEY#${createHash('sha256').update(`${lost}/interrotto.pdf`).digest('hex')}`, sk: `VER#${sha(pdf)}` } }));
    expect(await documents.listKeyVersions(lost, 'interrotto.pdf')).toHaveLength(0);
    // Act
    const report = await reconcileInbox(lost, deps, (a) => ingestObject(a, deps));
    // Assess
    expect(report.ingested).toBe(1);
    expect((await documents.listKeyVersions(lost, 'interrotto.pdf')).map((v) => v.etag)).toEqual([head.etag]);
    expect(await documents.listReceipts(sha(pdf))).toHaveLength(1);
  });

  it('rewrites an archived original that a crash left empty', async () => {
    // Prepare: a 0-byte object under the original's name, as a killed store leaves it.
    const pdf = await letter(5);
    await objects.put(config.archiveBucket, `originals/${sha(pdf)}`, new Uint8Array());
    await objects.put(lost, 'vuoto.pdf', pdf);
    // Act
    await ingestObject({ bucket: lost, key: 'vuoto.pdf', arrival: 'evento-2' }, deps);
    // Assess
    const kept = await objects.get(config.archiveBucket, `originals/${sha(pdf)}`);
    expect(sha(kept)).toBe(sha(pdf));
  });

  it('refuses an object over the size limit without loading it, and still archives it', async () => {
    // Prepare: a limit of 1 kB and a 20 kB upload.
    const big = new Uint8Array(20_000).fill(65);
    await objects.put(lost, 'enorme.pdf', big);
    // Act
    const result = await ingestObject({ bucket: lost, key: 'enorme.pdf', arrival: 'evento-3' }, { ...deps, maxBytes: 1024 });
    // Assess
    expect(result).toMatchObject({ status: 'rejected', rejection: { code: 'too-large' } });
    expect((await objects.head(config.archiveBucket, `originals/${sha(big)}`))?.size).toBe(20_000);
  });

  it('records receipts and versions of a key as long as S3 allows (1,024 bytes)', async () => {
    const key = Array.from({ length: 100 }, (_, i) => `cartella-${String(i).padStart(2, '0')}`).join('/').slice(0, 1010) + '.pdf';
    expect(Buffer.byteLength(key)).toBeGreaterThan(1000);
    const pdf = await letter(6);
    await objects.put(lost, key, pdf);
    await ingestObject({ bucket: lost, key, arrival: 'evento-4' }, deps);
    expect((await documents.listReceipts(sha(pdf))).map((r) => r.key)).toEqual([key]);
    expect(await documents.listKeyVersions(lost, key)).toHaveLength(1);
  });
});

describe('the local stack reconciles its inbox when it starts again', () => {
  it('ingests uploads acknowledged by a stack that died before handling their events', async () => {
    // Prepare: a stack whose handler never completes (as if killed mid-batch) acknowledges three uploads.
    const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-test-'));
    const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off' });
    const dying = new LocalStack(config, async () => async () => ({ batchItemFailures: [{ itemIdentifier: 'x' }] }));
    const first = await dying.start({ s3: 0, dynamo: 0 });
    const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    const s3 = new S3Client({ region: config.region, endpoint: first.s3Endpoint, forcePathStyle: true, credentials });
    const pdfs = await Promise.all([7, 8, 9].map((n) => makePdf([[`Oggetto: nota ${n}`]])));
    for (const [i, pdf] of pdfs.entries()) await new S3ObjectStore(s3).put(config.inboxBucket, `arrivi/nota ${i}.pdf`, pdf);
    await dying.idle();
    await dying.stop();
    s3.destroy();
    // Act: the stack starts again on the same data folder, with the real handler.
    const stack = new LocalStack(config, async () => (await import('../../functions/ingest/handler.ts')).handler);
    const info = await stack.start({ s3: 0, dynamo: 0 });
    try {
      const report = await stack.reconcile();
      // Assess
      expect(report).toMatchObject({ checked: 3, ingested: 3, failed: [] });
      const documents = new DynamoDocumentStore(new DynamoDBClient({ region: config.region, endpoint: info.dynamoEndpoint, credentials }), config.table);
      for (const [i, pdf] of pdfs.entries()) {
        const id = createHash('sha256').update(pdf).digest('hex');
        expect((await documents.getDocument(id))?.fileName).toBe(`nota ${i}.pdf`);
        expect(await documents.listReceipts(id)).toHaveLength(1);
      }
      expect((await stack.reconcile()).ingested).toBe(0);
    } finally {
      await stack.stop();
      await resetIngestDeps();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
