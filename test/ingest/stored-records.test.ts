import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { LocalStack } from '../../cli/local-stack.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { DynamoDocumentStore } from '../../shared/storage/dynamo-document-store.ts';
import { DOCUMENT_RECORD_VERSION } from '../../shared/records/stored-document.ts';
import { resetIngestDeps } from '../../functions/ingest/ingest-deps.ts';

/** A record as the first version of Carteggio stored it: no version, no reader version, fewer facts. */
const VERSION_1 = {
  id: 'c'.repeat(64),
  status: 'extracted',
  rejection: null,
  fileName: 'circolare-2025.pdf',
  size: 1234,
  original: { bucket: 'carteggio-archive', key: `originals/${'c'.repeat(64)}` },
  text: null,
  facts: { pageCount: 1, encryption: 'none', hasJavaScript: false, ocrPages: [], title: null, producer: 'Microsoft Word' },
  extraction: null,
  receivedAt: '2025-10-01T08:00:00.000Z',
  processedAt: '2025-10-01T08:00:01.000Z',
  durationMs: 900,
};

describe('stored records of earlier versions stay readable', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-test-'));
  const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off' });
  const stack = new LocalStack(config, async () => (await import('../../functions/ingest/handler.ts')).handler);
  let db: DynamoDBDocumentClient;
  let documents: DynamoDocumentStore;

  beforeAll(async () => {
    const info = await stack.start({ s3: 0, dynamo: 0 });
    const client = new DynamoDBClient({ region: config.region, endpoint: info.dynamoEndpoint, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    db = DynamoDBDocumentClient.from(client);
    documents = new DynamoDocumentStore(client, config.table);
  });

  afterAll(async () => {
    await stack.stop();
    await resetIngestDeps();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const store = (record: Record<string, unknown>) =>
    db.send(new PutCommand({ TableName: config.table, Item: { pk: `DOC#${record.id}`, sk: 'DOC', gsi1pk: 'DOC', gsi1sk: `${record.receivedAt}#${record.id}`, status: record.status, docType: null, record } }));

  it('reads a version-1 record upgraded to today’s shape', async () => {
    await store(VERSION_1);
    const doc = await documents.getDocument(VERSION_1.id);
    expect(doc).toMatchObject({ recordVersion: DOCUMENT_RECORD_VERSION, readerVersion: 1, fileName: 'circolare-2025.pdf' });
    expect(doc?.facts).toMatchObject({ signers: [], repairs: [], warnings: [], readerVersion: 1 });
  });

  it('lists version-1 records beside today’s', async () => {
    const listed = await documents.listDocuments({});
    expect(listed.find((d) => d.id === VERSION_1.id)?.recordVersion).toBe(DOCUMENT_RECORD_VERSION);
  });

  it('refuses, with a clear reason, a record written by a newer version', async () => {
    const future = { ...VERSION_1, id: 'd'.repeat(64), recordVersion: DOCUMENT_RECORD_VERSION + 1 };
    await store(future);
    await expect(documents.getDocument(future.id)).rejects.toThrow(/più recente.*aggiornare Carteggio/);
  });
});
