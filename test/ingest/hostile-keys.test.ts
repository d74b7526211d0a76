import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LocalStack } from '../../cli/local-stack.ts';
import { decodeKeyPath, encodeKeyPath } from '../../cli/s3rver-key-paths.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { DynamoDocumentStore } from '../../shared/storage/dynamo-document-store.ts';
import { S3ObjectStore } from '../../shared/storage/s3-object-store.ts';
import { resetIngestDeps } from '../../functions/ingest/ingest-deps.ts';
import { makePdf } from '../support/make-pdf.ts';

const longName = `${'Trasmissione Piano Operativo Analitico supervisione del personale dei servizi sociali – Ambito Territoriale Sociale '.repeat(2).slice(0, 240)}.pdf`;
const KEYS = [
  longName, // a PEC attachment's name: one segment of 244 bytes
  `pec/${'allegato-con-nome-molto-lungo-'.repeat(33)}.pdf`.slice(0, 1020), // ~1,020 bytes, segments over 255
  '../fuori-dal-bucket.pdf',
  'a&26b & c.pdf',
];

describe('the local S3 stores any key S3 accepts, and the stack survives it', () => {
  it.each(KEYS.map((k) => [k.slice(0, 40), k]))('maps %s to a path and back unchanged', (_l, key) => {
    const path = encodeKeyPath(key);
    expect(decodeKeyPath(path)).toBe(key);
    for (const segment of path.split('/')) expect(Buffer.byteLength(segment)).toBeLessThanOrEqual(200);
    expect(path.split('/')).not.toContain('..');
  });

  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-test-'));
  const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off' });
  const stack = new LocalStack(config, async () => (await import('../../functions/ingest/handler.ts')).handler);
  let objects: S3ObjectStore;
  let documents: DynamoDocumentStore;

  beforeAll(async () => {
    const info = await stack.start({ s3: 0, dynamo: 0 });
    const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    objects = new S3ObjectStore(new S3Client({ region: config.region, endpoint: info.s3Endpoint, forcePathStyle: true, credentials }));
    documents = new DynamoDocumentStore(new DynamoDBClient({ region: config.region, endpoint: info.dynamoEndpoint, credentials }), config.table);
  });

  afterAll(async () => {
    await stack.stop();
    await resetIngestDeps();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(KEYS.map((k, i) => [k.slice(0, 40), k, i]))('stores, ingests and lists %s', async (_l, key, i) => {
    // Prepare
    const pdf = await makePdf([[`Oggetto: chiave difficile ${i}`]]);
    // Act
    await objects.put(config.inboxBucket, key as string, pdf);
    await stack.idle();
    // Assess
    const id = createHash('sha256').update(pdf).digest('hex');
    expect((await documents.getDocument(id))?.status).toBe('extracted');
    expect((await documents.listReceipts(id)).map((r) => r.key)).toEqual([key]);
    const listed: string[] = [];
    for await (const o of objects.list(config.inboxBucket)) listed.push(o.key);
    expect(listed).toContain(key);
  });

  it('writes nothing outside the buckets’ folders', () => {
    expect(readdirSync(join(dataDir, 's3')).sort()).toEqual([config.archiveBucket, config.inboxBucket, config.outputsBucket].sort());
  });
});

describe('a key cannot forge a log line', () => {
  it('shows a key with a newline as one quoted, escaped line', async () => {
    const { printableKey } = await import('../../cli/local-stack.ts');
    const shown = printableKey('lettera.pdf\n✓ falso.pdf: acquisito');
    expect(shown.split('\n')).toHaveLength(1);
    expect(shown).toBe('"lettera.pdf\\n✓ falso.pdf: acquisito"');
  });

  it('leaves an ordinary key as it is', async () => {
    const { printableKey } = await import('../../cli/local-stack.ts');
    expect(printableKey('Ambito «Alto Tavoliere»/piano 2025.pdf')).toBe('Ambito «Alto Tavoliere»/piano 2025.pdf');
  });
});
