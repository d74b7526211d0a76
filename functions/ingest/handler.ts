import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { ingestArrival } from '../../shared/ingest/ingest-arrival.ts';
import { s3Arrivals } from './s3-arrivals.ts';
import { collectDeps, ingestDeps } from './ingest-deps.ts';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { powertools } from '../observability/powertools.ts';

const { logger, metrics, tracer } = powertools('carteggio-ingest');
const processor = new BatchProcessor(EventType.SQS);

/** One SQS message carries one S3 notification; each created object in it is ingested. */
async function ingestRecord(record: SQSRecord): Promise<void> {
  for (const arrival of s3Arrivals(JSON.parse(record.body))) {
    // A file uploaded through a campaign's link, or carried by a PEC message, may also be a body's answer.
    const done = await ingestArrival(arrival, ingestDeps(tracer), collectDeps);
    if (!done) {
      logger.info('oggetto non più presente nel bucket: nulla da acquisire', { key: arrival.key });
      continue;
    }
    const { result, submission } = done;
    logger.info('documento acquisito', { key: arrival.key, ...result });
    if (submission) logger.info('risposta a una raccolta registrata', { campagna: submission.campaignId, ente: submission.bodyCode, versione: submission.version, esito: submission.outcome });
    metrics.addMetric(result.duplicate ? 'DocumentiGiaNoti' : result.status === 'rejected' ? 'DocumentiRifiutati' : 'DocumentiAcquisiti', MetricUnit.Count, 1);
  }
}

/** S3 object created → SQS → here. A failed record is retried alone; the rest of the batch goes on. */
export const handler = async (event: SQSEvent, context: Context) => {
  try {
    return await processPartialResponse(event, ingestRecord, processor, { context });
  } finally {
    metrics.publishStoredMetrics();
  }
};
