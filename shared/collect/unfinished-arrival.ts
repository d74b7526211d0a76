import type { CampaignStore } from '../storage/campaign-store.ts';
import { mayBeSubmission } from './receive-submission.ts';

/**
 * For reconciliation: whether an upload already ingested as a document still lacks its part as a
 * campaign answer (a crash between the document and the submission, its protocol or its receipt).
 * Only keys that can hold an answer are asked about.
 */
export function unfinishedArrival(campaigns: CampaignStore, bucket: string): (key: string, etag: string) => Promise<boolean> {
  return async (key, etag) => mayBeSubmission(key) && !(await campaigns.arrivalHandled(bucket, key, etag));
}
