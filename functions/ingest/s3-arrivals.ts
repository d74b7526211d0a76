import * as z from 'zod';
import type { ObjectArrival } from '../../shared/ingest/ingest-object.ts';

/** The part of an S3 event notification that ingestion reads. */
const S3Notification = z.object({
  Records: z
    .array(
      z.object({
        eventName: z.string(),
        s3: z.object({
          bucket: z.object({ name: z.string() }),
          object: z.object({
            key: z.string(),
            versionId: z.string().optional(),
            sequencer: z.string().optional(),
            eTag: z.string().optional(),
          }),
        }),
      }),
    )
    .default([]),
});

/** S3 sends keys URL-encoded with "+" for spaces; UTF-8 names arrive percent-encoded. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/** The created objects in an S3 notification (a test event, sent when notifications are set up, has none). */
export function s3Arrivals(notification: unknown): ObjectArrival[] {
  const parsed = S3Notification.parse(notification);
  return parsed.Records.filter((r) => r.eventName.startsWith('ObjectCreated')).map((r) => ({
    bucket: r.s3.bucket.name,
    key: decodeS3Key(r.s3.object.key),
    arrival: r.s3.object.versionId ?? r.s3.object.sequencer ?? r.s3.object.eTag ?? 'unversioned',
  }));
}
