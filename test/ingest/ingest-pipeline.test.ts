import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createHash } from 'node:crypto';
import { LocalStack } from '../../cli/local-stack.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { DynamoDocumentStore } from '../../shared/storage/dynamo-document-store.ts';
import { resetIngestDeps } from '../../functions/ingest/ingest-deps.ts';
import { makePdf } from '../support/make-pdf.ts';

/** The whole path through the emulators and the real SDK: upload → S3 event → handler → DynamoDB. */
describe('ingestion through the local S3 and DynamoDB', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-test-'));
  const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off' });
  const stack = new LocalStack(config, async () => (await import('../../functions/ingest/handler.ts')).handler);
  let s3: S3Client;
  let store: DynamoDocumentStore;

  beforeAll(async () => {
    const info = await stack.start({ s3: 0, dynamo: 0 });
    const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    s3 = new S3Client({ region: config.region, endpoint: info.s3Endpoint, forcePathStyle: true, credentials });
    store = new DynamoDocumentStore(new DynamoDBClient({ region: config.region, endpoint: info.dynamoEndpoint, credentials }), config.table);
  });

  afterAll(async () => {
    await stack.stop();
    await resetIngestDeps();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const upload = async (key: string, body: Uint8Array | string) => {
    await s3.send(new PutObjectCommand({ Bucket: config.inboxBucket, Key: key, Body: body }));
    await stack.idle();
  };
  const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
  const letter = (subject: string) => makePdf([[`Oggetto: ${subject}`, '', 'Si prega di rispondere entro il 30/06/2025.']]);

  it('turns an uploaded PDF into a validated document record with its fields', async () => {
    const pdf = await letter('richiesta di rendicontazione');
    await upload('circolare.pdf', pdf);
    const doc = await store.getDocument(sha(pdf));
    expect(doc).toMatchObject({ status: 'extracted', fileName: 'circolare.pdf', size: pdf.length });
    expect(doc?.extraction?.fields.subject).toBe('richiesta di rendicontazione');
    expect(doc?.extraction?.fields.deadlines).toEqual([{ date: '2025-06-30' }]);
  });

  it('keeps the original and the text in the archive bucket', async () => {
    const pdf = await letter('archivio');
    await upload('archivio.pdf', pdf);
    const doc = (await store.getDocument(sha(pdf)))!;
    const original = await s3.send(new GetObjectCommand({ Bucket: doc.original.bucket, Key: doc.original.key }));
    expect(sha(await original.Body!.transformToByteArray())).toBe(doc.id);
    const text = await s3.send(new GetObjectCommand({ Bucket: config.archiveBucket, Key: `text/${doc.id}.txt` }));
    expect(await text.Body!.transformToString()).toContain('Oggetto: archivio');
  });

  it('the same bytes uploaded twice under two keys make one document with two receipts', async () => {
    const pdf = await letter('stesso contenuto');
    await upload('ambito-1/poa.pdf', pdf);
    await upload('ambito-2/poa.pdf', pdf);
    const receipts = await store.listReceipts(sha(pdf));
    expect(receipts.map((r) => r.key).sort()).toEqual(['ambito-1/poa.pdf', 'ambito-2/poa.pdf']);
    const all = await store.listDocuments({ limit: 1000 });
    expect(all.filter((d) => d.id === sha(pdf))).toHaveLength(1);
  });

  it('the same event delivered twice records one receipt', async () => {
    const pdf = await letter('evento ripetuto');
    const { handler } = await import('../../functions/ingest/handler.ts');
    await upload('ripetuto.pdf', pdf);
    const before = await store.listReceipts(sha(pdf));
    const body = JSON.stringify({
      Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: config.inboxBucket }, object: { key: 'ripetuto.pdf', sequencer: 'FIXED' } } }],
    });
    const event = { Records: [{ messageId: 'm1', body, receiptHandle: 'r', attributes: {}, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:eu-south-1:0:q', awsRegion: 'eu-south-1' }] };
    const context = { getRemainingTimeInMillis: () => 60_000 } as never;
    await handler(event as never, context);
    await handler(event as never, context);
    expect(await store.listReceipts(sha(pdf))).toHaveLength(before.length + 1);
  });

  it('new bytes under a known key make a new version, and both are kept', async () => {
    const v1 = await letter('versione uno');
    const v2 = await letter('versione due');
    await upload('piano-di-zona.pdf', v1);
    await upload('piano-di-zona.pdf', v2);
    const versions = await store.listKeyVersions(config.inboxBucket, 'piano-di-zona.pdf');
    expect(versions.map((v) => v.documentId)).toEqual([sha(v1), sha(v2)]);
    expect((await store.getDocument(sha(v1)))?.extraction?.fields.subject).toBe('versione uno');
    expect((await store.getDocument(sha(v2)))?.extraction?.fields.subject).toBe('versione due');
  });

  it('decodes URL-encoded keys: spaces, "+", accents', async () => {
    const pdf = await letter('chiave con spazi');
    const key = 'Piani di Zona/Città + Ambito «Alto Tavoliere» 100%.pdf';
    await upload(key, pdf);
    const receipts = await store.listReceipts(sha(pdf));
    expect(receipts.map((r) => r.key)).toEqual([key]);
    expect((await store.getDocument(sha(pdf)))?.fileName).toBe('Città + Ambito «Alto Tavoliere» 100%.pdf');
  });

  it('records a non-PDF as rejected with its reason, and keeps the original', async () => {
    const body = 'Gentile ufficio, allego il piano.';
    await upload('messaggio.txt', body);
    const doc = (await store.getDocument(sha(body)))!;
    expect(doc).toMatchObject({ status: 'rejected', rejection: { code: 'not-pdf' } });
    const original = await s3.send(new GetObjectCommand({ Bucket: doc.original.bucket, Key: doc.original.key }));
    expect(await original.Body!.transformToString()).toBe(body);
  });

  it('lists documents newest first and filters them', async () => {
    const rejected = await store.listDocuments({ status: 'rejected' });
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.every((d) => d.status === 'rejected')).toBe(true);
    const all = await store.listDocuments({});
    const times = all.map((d) => d.receivedAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});
