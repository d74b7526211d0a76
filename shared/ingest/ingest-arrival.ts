import type { Submission } from '../records/campaign-record.ts';
import { mayBeSubmission, receiveSubmission, type ReceiveDeps } from '../collect/receive-submission.ts';
import { ingestObject, type IngestDeps, type IngestResult, type ObjectArrival } from './ingest-object.ts';

/**
 * One arrival, whole: the object ingested as a document, then, when its key can hold one, turned
 * into a campaign submission (recorded, registered, receipted), and the arrival noted as handled so
 * reconciliation knows it needs nothing more. The Lambda handler and `carteggio reconcile` both run
 * this. Returns null when the object is gone.
 */
export async function ingestArrival(arrival: ObjectArrival, deps: IngestDeps, collect?: () => ReceiveDeps): Promise<{ result: IngestResult; submission: Submission | null } | null> {
  const result = await ingestObject(arrival, deps);
  if (!result) return null;
  let submission: Submission | null = null;
  if (collect && mayBeSubmission(arrival.key)) {
    const c = collect();
    const doc = await deps.documents.getDocument(result.documentId);
    submission = doc ? await receiveSubmission(arrival, doc, c) : null;
    if (result.etag) await c.campaigns.markArrivalHandled(arrival.bucket, arrival.key, result.etag);
  }
  return { result, submission };
}
