import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { CarteggioConfig } from '../config/carteggio-config.ts';

/**
 * The real SDK clients. With endpoints set (the local stack) they talk to the emulators on loopback
 * with throwaway credentials; without, to AWS with the Lambda role's.
 */
export function awsClients(config: CarteggioConfig): { s3: S3Client; dynamo: DynamoDBClient } {
  const local = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const s3 = new S3Client({
    region: config.region,
    ...(config.s3Endpoint ? { endpoint: config.s3Endpoint, forcePathStyle: true, credentials: local } : {}),
  });
  const dynamo = new DynamoDBClient({
    region: config.region,
    ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint, credentials: local } : {}),
  });
  return { s3, dynamo };
}
