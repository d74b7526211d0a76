import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadConfig, type CarteggioConfig } from '../../shared/config/carteggio-config.ts';
import { awsClients } from '../../shared/storage/aws-clients.ts';
import { S3ObjectStore } from '../../shared/storage/s3-object-store.ts';
import { DynamoCampaignStore } from '../../shared/storage/dynamo-campaign-store.ts';
import { UploadTokens } from '../../shared/collect/upload-tokens.ts';
import { formRegistry, type FormRegistry } from '../../shared/collect/form-registry.ts';
import { buildGenerateDeps, type HttpGenerateDeps } from '../generate/generate-deps.ts';

export interface CollectDeps {
  config: CarteggioConfig;
  s3: S3Client;
  dynamo: DynamoDBClient;
  objects: S3ObjectStore;
  campaigns: DynamoCampaignStore;
  tokens: UploadTokens;
  forms: FormRegistry;
  letters: HttpGenerateDeps;
}

let deps: CollectDeps | null = null;

/** Built once per process from the environment, the same on Lambda and in the local API. */
export function collectDeps(): CollectDeps {
  if (deps) return deps;
  const config = loadConfig();
  const clients = awsClients(config);
  const campaigns = new DynamoCampaignStore(clients.dynamo, config.table);
  deps = {
    config,
    ...clients,
    objects: new S3ObjectStore(clients.s3),
    campaigns,
    tokens: new UploadTokens(campaigns),
    forms: formRegistry(),
    letters: buildGenerateDeps(config, clients),
  };
  return deps;
}

export function resetCollectDeps(): void {
  deps = null;
}
