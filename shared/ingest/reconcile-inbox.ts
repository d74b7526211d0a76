import type { ObjectStore } from '../storage/object-store.ts';
import type { DocumentStore } from '../storage/document-store.ts';
import { RECONCILED, type ObjectArrival } from './ingest-object.ts';

export interface ReconcileReport {
  /** Objects found in the inbox. */
  checked: number;
  /** Uploads that had no record, receipt or version, handed to ingestion now. */
  ingested: number;
  /** Uploads whose ingestion failed again (each with its key and the error), left for the next run. */
  failed: { key: string; error: string }[];
}

/**
 * Makes sure every object in the inbox has its document record, receipt and key version: an upload
 * acknowledged by S3 whose notification was lost (a crash of the local stack, a message dead-lettered
 * on AWS) is handed to `ingest` now, as an arrival named `reconcile:<etag>`. An upload counts as
 * done when its key has a version with the object's entity tag (or any version written before tags
 * were recorded). Safe to run at any time, and again. `ingest` ingests in place (the local stack) or
 * queues the arrival for the ingestion function (AWS).
 */
export async function reconcileInbox(
  inbox: string,
  deps: {
    objects: ObjectStore;
    documents: DocumentStore;
    /** Whether an ingested upload still needs more than its document (a campaign answer not yet registered). */
    unfinished?: (key: string, etag: string) => Promise<boolean>;
  },
  ingest: (arrival: ObjectArrival & { etag: string }) => Promise<unknown>,
  onObject?: (key: string, outcome: 'ok' | 'ingested' | 'failed') => void,
): Promise<ReconcileReport> {
  const report: ReconcileReport = { checked: 0, ingested: 0, failed: [] };
  for await (const object of deps.objects.list(inbox)) {
    report.checked++;
    const versions = await deps.documents.listKeyVersions(inbox, object.key);
    if (versions.some((v) => v.etag === undefined || v.etag === object.etag) && !(await deps.unfinished?.(object.key, object.etag))) {
      onObject?.(object.key, 'ok');
      continue;
    }
    try {
      await ingest({ bucket: inbox, key: object.key, arrival: `${RECONCILED}${object.etag}`, etag: object.etag });
      report.ingested++;
      onObject?.(object.key, 'ingested');
    } catch (err) {
      report.failed.push({ key: object.key, error: (err as Error).message });
      onObject?.(object.key, 'failed');
    }
  }
  return report;
}
