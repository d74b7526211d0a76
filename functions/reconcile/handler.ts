import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { awsClients } from '../../shared/storage/aws-clients.ts';
import { S3ObjectStore } from '../../shared/storage/s3-object-store.ts';
import { DynamoDocumentStore } from '../../shared/storage/dynamo-document-store.ts';
import { reconcileInbox } from '../../shared/ingest/reconcile-inbox.ts';
import { DynamoCampaignStore } from '../../shared/storage/dynamo-campaign-store.ts';
import { unfinishedArrival } from '../../shared/collect/unfinished-arrival.ts';
import { powertools } from '../observability/powertools.ts';

const { logger } = powertools('carteggio-reconcile');

/**
 * Scheduled (daily) and on demand: every upload in the inbox without its record is queued again for
 * the ingestion function, as the S3 notification it should have had. A message that went to the DLQ
 * is thus never forgotten once the cause is fixed.
 */
export const handler = async () => {
  const config = loadConfig();
  const queueUrl = process.env.CARTEGGIO_INGEST_QUEUE_URL;
  if (!queueUrl) throw new Error('CARTEGGIO_INGEST_QUEUE_URL mancante');
  const { s3, dynamo } = awsClients(config);
  const sqs = new SQSClient({ region: config.region });
  const unfinished = unfinishedArrival(new DynamoCampaignStore(dynamo, config.table), config.inboxBucket);
  const report = await reconcileInbox(config.inboxBucket, { objects: new S3ObjectStore(s3), documents: new DynamoDocumentStore(dynamo, config.table), unfinished }, async (a) => {
    // The shape of an S3 notification: keys URL-encoded with "+" for spaces, the arrival as sequencer.
    const key = encodeURIComponent(a.key).replace(/%20/g, '+').replace(/%2F/g, '/');
    const body = { Records: [{ eventName: 'ObjectCreated:Reconcile', s3: { bucket: { name: a.bucket }, object: { key, eTag: a.etag, sequencer: a.arrival } } }] };
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(body) }));
  });
  logger.info('riconciliazione della casella in arrivo', { ...report });
  return report;
};
