import {
  ingestObject
} from "./chunk-XHB7HW7I.mjs";
import "./chunk-WUC6FMH6.mjs";
import {
  ingestDeps
} from "./chunk-OSV6MDRA.mjs";
import "./chunk-UUCJKSOG.mjs";
import "./chunk-L45P3VEQ.mjs";
import {
  powertools
} from "./chunk-HJDAX52B.mjs";
import "./chunk-LOKZRF34.mjs";
import "./chunk-3NE2I7LX.mjs";
import "./chunk-Z7E7XR3S.mjs";
import "./chunk-VHOKKCOO.mjs";
import "./chunk-OO544RZY.mjs";
import "./chunk-CBKE2XB5.mjs";

// functions/ingest/handler.ts
import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";

// functions/ingest/s3-arrivals.ts
import { z } from "zod";
var S3Notification = z.object({
  Records: z.array(
    z.object({
      eventName: z.string(),
      s3: z.object({
        bucket: z.object({ name: z.string() }),
        object: z.object({
          key: z.string(),
          versionId: z.string().optional(),
          sequencer: z.string().optional(),
          eTag: z.string().optional()
        })
      })
    })
  ).default([])
});
function decodeS3Key(key) {
  return decodeURIComponent(key.replace(/\+/g, " "));
}
function s3Arrivals(notification) {
  const parsed = S3Notification.parse(notification);
  return parsed.Records.filter((r) => r.eventName.startsWith("ObjectCreated")).map((r) => ({
    bucket: r.s3.bucket.name,
    key: decodeS3Key(r.s3.object.key),
    arrival: r.s3.object.versionId ?? r.s3.object.sequencer ?? r.s3.object.eTag ?? "unversioned"
  }));
}

// functions/ingest/handler.ts
import { MetricUnit } from "@aws-lambda-powertools/metrics";
var { logger, metrics, tracer } = powertools("carteggio-ingest");
var processor = new BatchProcessor(EventType.SQS);
async function ingestRecord(record) {
  for (const arrival of s3Arrivals(JSON.parse(record.body))) {
    const result = await ingestObject(arrival, ingestDeps(tracer));
    logger.info("documento acquisito", { key: arrival.key, ...result });
    metrics.addMetric(result.duplicate ? "DocumentiGiaNoti" : result.status === "rejected" ? "DocumentiRifiutati" : "DocumentiAcquisiti", MetricUnit.Count, 1);
  }
}
var handler = async (event, context) => {
  try {
    return await processPartialResponse(event, ingestRecord, processor, { context });
  } finally {
    metrics.publishStoredMetrics();
  }
};
export {
  handler
};
//# sourceMappingURL=chunk-6LDINYMA.mjs.map
