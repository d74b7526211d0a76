import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { awsClients } from '../../shared/storage/aws-clients.ts';
import { S3ObjectStore } from '../../shared/storage/s3-object-store.ts';
import { DynamoDocumentStore } from '../../shared/storage/dynamo-document-store.ts';
import { DynamoShelfStore } from '../../shared/storage/dynamo-shelf-store.ts';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import type { IngestDeps } from '../../shared/ingest/ingest-object.ts';
import type { ReceiveDeps } from '../../shared/collect/receive-submission.ts';
import { DynamoCampaignStore } from '../../shared/storage/dynamo-campaign-store.ts';
import { DynamoProtocolRegister } from '../../shared/register/dynamo-protocol-register.ts';
import { formRegistry } from '../../shared/collect/form-registry.ts';
import { campaignOwner } from '../../shared/collect/campaign-owner.ts';
import type { Tracer } from '@aws-lambda-powertools/tracer';

let deps: IngestDeps | null = null;
let collect: ReceiveDeps | null = null;

/** What turning an arrival into a campaign submission needs, on the same clients. */
export function collectDeps(): ReceiveDeps {
  if (collect) return collect;
  const config = loadConfig();
  const { dynamo } = awsClients(config);
  const base = ingestDeps();
  collect = {
    campaigns: new DynamoCampaignStore(dynamo, config.table),
    objects: base.objects,
    register: new DynamoProtocolRegister(dynamo, config.table),
    forms: formRegistry(),
    outputsBucket: config.outputsBucket,
  };
  return collect;
}

/** Built once per process from the environment: the same wiring on Lambda and in the local stack. */
export function ingestDeps(tracer?: Tracer): IngestDeps {
  if (deps) return deps;
  const config = loadConfig();
  const { s3, dynamo } = awsClients(config);
  tracer?.captureAWSv3Client(s3);
  tracer?.captureAWSv3Client(dynamo);
  deps = {
    objects: new S3ObjectStore(s3),
    documents: new DynamoDocumentStore(dynamo, config.table),
    reader: new ReaderPool(config.limits, config.workers),
    archiveBucket: config.archiveBucket,
    maxBytes: config.limits.maxBytes,
    shelves: new DynamoShelfStore(dynamo, config.table),
    defaultBody: config.defaultIpa,
    ownerOf: campaignOwner(new DynamoCampaignStore(dynamo, config.table)),
  };
  return deps;
}

/** Lets the local stack and tests start over with new settings. */
export async function resetIngestDeps(): Promise<void> {
  await deps?.reader.close();
  deps = null;
  collect = null;
}
