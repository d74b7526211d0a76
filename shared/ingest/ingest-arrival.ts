import type { Submission } from '../records/campaign-record.ts';
import { mayBeSubmission, receiveSubmission, type ReceiveDeps } from '../collect/receive-submission.ts';
import { ingestObject, type IngestDeps, type IngestedContent, type IngestResult, type ObjectArrival } from './ingest-object.ts';
import { arrivalsChannel, type ArrivalOutcome } from './arrivals-channel.ts';

/**
 * One arrival, whole: the object ingested as a document, then, when its key can hold one, turned
 * into a campaign submission (recorded, registered, receipted), and the arrival noted as handled so
 * reconciliation knows it needs nothing more. The Lambda handler and `carteggio reconcile` both run
 * this. Returns null when the object is gone.
 */
export async function ingestArrival(arrival: ObjectArrival, deps: IngestDeps, collect?: () => ReceiveDeps): Promise<{ result: IngestResult; submission: Submission | null } | null> {
  let content: IngestedContent | undefined;
  const result = await ingestObject(arrival, deps, undefined, (c) => (content = c));
  if (!result) return null;
  let submission: Submission | null = null;
  if (collect && mayBeSubmission(arrival.key)) {
    const c = collect();
    // The record, bytes and pages just handled (ingestObject hands them over before it returns a
    // result), not read back from DynamoDB and S3.
    const handled = content!;
    submission = await receiveSubmission(arrival, handled.document, c, handled);
    if (result.etag) await c.campaigns.markArrivalHandled(arrival.bucket, arrival.key, result.etag);
  }
  if (arrivalsChannel.hasSubscribers) arrivalsChannel.publish({ arrival, result, submission } satisfies ArrivalOutcome);
  return { result, submission };
}
