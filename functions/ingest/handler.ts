import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { ingestObject } from '../../shared/ingest/ingest-object.ts';
import { s3Arrivals } from './s3-arrivals.ts';
import { collectDeps, ingestDeps } from './ingest-deps.ts';
import { mayBeSubmission, receiveSubmission } from '../../shared/collect/receive-submission.ts';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { powertools } from '../observability/powertools.ts';

const { logger, metrics, tracer } = powertools('carteggio-ingest');
const processor = new BatchProcessor(EventType.SQS);

/** One SQS message carries one S3 notification; each created object in it is ingested. */
async function ingestRecord(record: SQSRecord): Promise<void> {
  for (const arrival of s3Arrivals(JSON.parse(record.body))) {
    const result = await ingestObject(arrival, ingestDeps(tracer));
    if (!result) {
      logger.info('oggetto non più presente nel bucket: nulla da acquisire', { key: arrival.key });
      continue;
    }
    logger.info('documento acquisito', { key: arrival.key, ...result });
    // A file uploaded through a campaign's link, or carried by a PEC message, may be a body's answer.
    if (mayBeSubmission(arrival.key)) {
      const doc = await ingestDeps(tracer).documents.getDocument(result.documentId);
      const submission = doc ? await receiveSubmission(arrival, doc, collectDeps()) : null;
      if (submission) logger.info('risposta a una raccolta registrata', { campagna: submission.campaignId, ente: submission.bodyCode, versione: submission.version, esito: submission.outcome });
    }
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
