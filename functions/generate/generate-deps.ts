import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadConfig, type CarteggioConfig } from '../../shared/config/carteggio-config.ts';
import { awsClients } from '../../shared/storage/aws-clients.ts';
import { S3ObjectStore } from '../../shared/storage/s3-object-store.ts';
import { DynamoDocumentStore } from '../../shared/storage/dynamo-document-store.ts';
import { renderLetterOffThread } from '../../shared/render/render-letter-off-thread.ts';
import { segnaturaSealer } from '../../shared/pec/seal-segnatura.ts';
import { DynamoShelfStore } from '../../shared/storage/dynamo-shelf-store.ts';
import type { ShelfStore } from '../../shared/storage/shelf-store.ts';
import { DynamoLetterStore } from '../../shared/storage/dynamo-letter-store.ts';
import { DynamoProtocolRegister } from '../../shared/register/dynamo-protocol-register.ts';
import { DynamoLetterRequestStore } from '../../shared/storage/dynamo-letter-request-store.ts';
import type { LetterRequestStore } from '../../shared/storage/letter-request-store.ts';
import type { GenerateDeps } from '../../shared/generate/generate-letter.ts';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoCampaignStore } from '../../shared/storage/dynamo-campaign-store.ts';
import { incomingRegistered } from '../../shared/collect/incoming-registration.ts';
import type { IncomingChecker } from '../../shared/register/protocol-register.ts';

/** Generation's stores, and the requests already answered (the HTTP API's idempotency). */
export type HttpGenerateDeps = GenerateDeps & { requests: LetterRequestStore; shelves: ShelfStore; incoming?: IncomingChecker };

let deps: HttpGenerateDeps | null = null;

/** The generation function's stores, from the environment: the same wiring on Lambda and locally. */
export function generateDeps(tracer?: Tracer): HttpGenerateDeps {
  if (deps) return deps;
  const config = loadConfig();
  const clients = awsClients(config);
  tracer?.captureAWSv3Client(clients.s3);
  tracer?.captureAWSv3Client(clients.dynamo);
  deps = buildGenerateDeps(config, clients);
  return deps;
}

/** The adapters generation needs, on the given clients (the CLI passes the ones it opened). */
export function buildGenerateDeps(config: CarteggioConfig, { s3, dynamo }: { s3: S3Client; dynamo: DynamoDBClient }): HttpGenerateDeps {
  const objects = new S3ObjectStore(s3);
  const campaigns = new DynamoCampaignStore(dynamo, config.table);
  return {
    objects,
    documents: new DynamoDocumentStore(dynamo, config.table),
    letters: new DynamoLetterStore(dynamo, config.table),
    register: new DynamoProtocolRegister(dynamo, config.table),
    // Answers to campaigns share the register, in entrata: the sweep asks their records before annulling a number.
    incoming: () => incomingRegistered(campaigns),
    requests: new DynamoLetterRequestStore(dynamo, config.table),
    shelves: new DynamoShelfStore(dynamo, config.table),
    ...(config.seal ? { sealSegnatura: segnaturaSealer(config.seal) } : {}),
    // The local server answers every route in one process: there, letters are typeset off its thread.
    ...(process.env.CARTEGGIO_RENDER_THREAD === 'on' ? { render: renderLetterOffThread } : {}),
    outputsBucket: config.outputsBucket,
    // A logo named by key is read from the outputs bucket; data: URLs are decoded in place.
    loadLogo: async (ref) => {
      const m = /^data:image\/(png|jpe?g);base64,(.+)$/.exec(ref);
      if (m) return { bytes: new Uint8Array(Buffer.from(m[2], 'base64')), type: m[1] === 'png' ? 'png' : 'jpg' };
      const bytes = await objects.get(config.outputsBucket, ref);
      return { bytes, type: ref.toLowerCase().endsWith('.png') ? 'png' : 'jpg' };
    },
  };
}

export function resetGenerateDeps(): void {
  deps = null;
}
