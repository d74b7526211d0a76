import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { loadConfig, type CarteggioConfig } from '../../shared/config/carteggio-config.ts';
import { awsClients } from '../../shared/storage/aws-clients.ts';
import { S3ObjectStore } from '../../shared/storage/s3-object-store.ts';
import { DynamoDocumentStore } from '../../shared/storage/dynamo-document-store.ts';
import { DynamoShelfStore } from '../../shared/storage/dynamo-shelf-store.ts';
import { DynamoCorrectionStore } from '../../shared/storage/dynamo-correction-store.ts';
import { DynamoCalendarFeeds } from '../../shared/storage/dynamo-calendar-feeds.ts';

/** Seconds a presigned URL stays valid: long enough to upload 100 MB on a slow office line. */
export const PRESIGNED_SECONDS = 15 * 60;

export interface ArchiveDeps {
  config: CarteggioConfig;
  s3: S3Client;
  dynamo: DynamoDBClient;
  objects: S3ObjectStore;
  documents: DynamoDocumentStore;
  shelves: DynamoShelfStore;
  corrections: DynamoCorrectionStore;
  feeds: DynamoCalendarFeeds;
  /** A URL the browser GETs an object with, for PRESIGNED_SECONDS. */
  downloadUrl(bucket: string, key: string, fileName?: string): Promise<string>;
  /** A URL the browser PUTs one object to, of the given content type. */
  uploadUrl(bucket: string, key: string, contentType: string): Promise<string>;
}

let deps: ArchiveDeps | null = null;

/** Built once per process from the environment, the same on Lambda and in the local API. */
export function archiveDeps(): ArchiveDeps {
  if (deps) return deps;
  const config = loadConfig();
  const { s3, dynamo } = awsClients(config);
  deps = {
    config,
    s3,
    dynamo,
    objects: new S3ObjectStore(s3),
    documents: new DynamoDocumentStore(dynamo, config.table),
    shelves: new DynamoShelfStore(dynamo, config.table),
    corrections: new DynamoCorrectionStore(dynamo, config.table),
    feeds: new DynamoCalendarFeeds(dynamo, config.table),
    downloadUrl: (bucket, key, fileName) =>
      getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: fileName ? `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}` : undefined }), { expiresIn: PRESIGNED_SECONDS }),
    uploadUrl: (bucket, key, contentType) => getSignedUrl(s3, new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType }), { expiresIn: PRESIGNED_SECONDS }),
  };
  return deps;
}

export function resetArchiveDeps(): void {
  deps = null;
}
