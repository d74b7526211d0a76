import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LocalStack } from '../../cli/local-stack.ts';
import { loadConfig, type CarteggioConfig } from '../../shared/config/carteggio-config.ts';
import { DynamoDocumentStore } from '../../shared/storage/dynamo-document-store.ts';
import { S3ObjectStore } from '../../shared/storage/s3-object-store.ts';
import { resetIngestDeps } from '../../functions/ingest/ingest-deps.ts';

/** The local stack on a fresh data folder, with real SDK clients and the stores the code under test uses. */
export interface EmbeddedStack {
  config: CarteggioConfig;
  stack: LocalStack;
  s3: S3Client;
  dynamo: DynamoDBClient;
  objects: S3ObjectStore;
  documents: DynamoDocumentStore;
  stop(): Promise<void>;
}

/** Starts s3rver and dynalite on free loopback ports with the real ingest handler (OCR off unless asked). */
export async function startEmbeddedStack(env: Record<string, string> = {}): Promise<EmbeddedStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-test-'));
  const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off', ...env });
  const stack = new LocalStack(config, async () => (await import('../../functions/ingest/handler.ts')).handler);
  const info = await stack.start({ s3: 0, dynamo: 0 });
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const s3 = new S3Client({ region: config.region, endpoint: info.s3Endpoint, forcePathStyle: true, credentials });
  const dynamo = new DynamoDBClient({ region: config.region, endpoint: info.dynamoEndpoint, credentials });
  return {
    config,
    stack,
    s3,
    dynamo,
    objects: new S3ObjectStore(s3),
    documents: new DynamoDocumentStore(dynamo, config.table),
    async stop() {
      await stack.stop();
      await resetIngestDeps();
      s3.destroy();
      dynamo.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
