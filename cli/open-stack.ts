import { loadConfig, type CarteggioConfig } from '../shared/config/carteggio-config.ts';
import { awsClients } from '../shared/storage/aws-clients.ts';
import { S3ObjectStore } from '../shared/storage/s3-object-store.ts';
import { DynamoDocumentStore } from '../shared/storage/dynamo-document-store.ts';
import { DynamoShelfStore } from '../shared/storage/dynamo-shelf-store.ts';
import { LocalStack, readStackFile } from './local-stack.ts';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface OpenStack {
  config: CarteggioConfig;
  s3: S3Client;
  dynamo: DynamoDBClient;
  objects: S3ObjectStore;
  documents: DynamoDocumentStore;
  shelves: DynamoShelfStore;
  /** The stack this process started, or null when another process (`npm start`) serves the folder. */
  embedded: LocalStack | null;
  close(): Promise<void>;
}

/**
 * Connects a command to the data: to AWS when endpoints are configured, to the stack that `npm start`
 * runs on this data folder, or else to an embedded stack started here on the same folder.
 */
export async function openStack(log: (m: string) => void = () => {}): Promise<OpenStack> {
  let config = loadConfig();
  let embedded: LocalStack | null = null;
  if (!config.s3Endpoint && !config.dynamoEndpoint && !process.env.CARTEGGIO_USE_AWS) {
    const running = readStackFile(config.dataDir);
    if (running) {
      config = { ...config, s3Endpoint: running.s3Endpoint, dynamoEndpoint: running.dynamoEndpoint };
    } else {
      process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
      process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
      embedded = new LocalStack(config, async () => (await import('../functions/ingest/handler.ts')).handler, log);
      const info = await embedded.start({ s3: 0, dynamo: 0 });
      config = { ...config, s3Endpoint: info.s3Endpoint, dynamoEndpoint: info.dynamoEndpoint };
    }
  }
  const { s3, dynamo } = awsClients(config);
  return {
    config,
    s3,
    dynamo,
    objects: new S3ObjectStore(s3),
    documents: new DynamoDocumentStore(dynamo, config.table),
    shelves: new DynamoShelfStore(dynamo, config.table),
    embedded,
    async close() {
      await embedded?.stop();
      if (embedded) {
        const { resetIngestDeps } = await import('../functions/ingest/ingest-deps.ts');
        await resetIngestDeps();
      }
      s3.destroy();
      dynamo.destroy();
    },
  };
}
