import {
  ingestObject
} from "./chunk-XHB7HW7I.mjs";
import "./chunk-WUC6FMH6.mjs";
import {
  ingestDeps
} from "./chunk-6ZXRZYEL.mjs";
import "./chunk-GHDDRC22.mjs";
import "./chunk-L45P3VEQ.mjs";
import {
  powertools
} from "./chunk-HJDAX52B.mjs";
import "./chunk-LOKZRF34.mjs";
import "./chunk-ESUQXGFM.mjs";
import "./chunk-3ZU32EMF.mjs";
import "./chunk-72CTS6HY.mjs";
import "./chunk-FJXWYZKE.mjs";
import {
  external_exports
} from "./chunk-2FCZO4LF.mjs";
import "./chunk-I7AODTRW.mjs";

// functions/ingest/handler.ts
import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";

// functions/ingest/s3-arrivals.ts
var S3Notification = external_exports.object({
  Records: external_exports.array(
    external_exports.object({
      eventName: external_exports.string(),
      s3: external_exports.object({
        bucket: external_exports.object({ name: external_exports.string() }),
        object: external_exports.object({
          key: external_exports.string(),
          versionId: external_exports.string().optional(),
          sequencer: external_exports.string().optional(),
          eTag: external_exports.string().optional()
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
//# sourceMappingURL=chunk-U3YZ3BV7.mjs.map
