import {
  ReaderPool
} from "./chunk-GHDDRC22.mjs";
import {
  S3ObjectStore,
  awsClients
} from "./chunk-LOKZRF34.mjs";
import {
  DynamoDocumentStore
} from "./chunk-ESUQXGFM.mjs";
import {
  loadConfig
} from "./chunk-3ZU32EMF.mjs";

// functions/ingest/ingest-deps.ts
var deps = null;
function ingestDeps(tracer) {
  if (deps) return deps;
  const config = loadConfig();
  const { s3, dynamo } = awsClients(config);
  tracer?.captureAWSv3Client(s3);
  tracer?.captureAWSv3Client(dynamo);
  deps = {
    objects: new S3ObjectStore(s3),
    documents: new DynamoDocumentStore(dynamo, config.table),
    reader: new ReaderPool(config.limits, config.workers),
    archiveBucket: config.archiveBucket
  };
  return deps;
}
async function resetIngestDeps() {
  await deps?.reader.close();
  deps = null;
}

export {
  ingestDeps,
  resetIngestDeps
};
//# sourceMappingURL=chunk-6ZXRZYEL.mjs.map
