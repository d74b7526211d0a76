import {
  S3ObjectStore,
  awsClients
} from "./chunk-LOKZRF34.mjs";
import {
  LocalStack,
  readStackFile
} from "./chunk-PLAQXLXT.mjs";
import {
  DynamoDocumentStore
} from "./chunk-ESUQXGFM.mjs";
import {
  loadConfig
} from "./chunk-3ZU32EMF.mjs";

// cli/open-stack.ts
async function openStack(log = () => {
}) {
  let config = loadConfig();
  let embedded = null;
  if (!config.s3Endpoint && !config.dynamoEndpoint && !process.env.CARTEGGIO_USE_AWS) {
    const running = readStackFile(config.dataDir);
    if (running) {
      config = { ...config, s3Endpoint: running.s3Endpoint, dynamoEndpoint: running.dynamoEndpoint };
    } else {
      process.env.POWERTOOLS_LOG_LEVEL ??= "WARN";
      process.env.POWERTOOLS_METRICS_DISABLED ??= "true";
      embedded = new LocalStack(config, async () => (await import("./chunk-U3YZ3BV7.mjs")).handler, log);
      const info = await embedded.start({ s3: 0, dynamo: 0 });
      config = { ...config, s3Endpoint: info.s3Endpoint, dynamoEndpoint: info.dynamoEndpoint };
    }
  }
  const { s3, dynamo } = awsClients(config);
  return {
    config,
    s3,
    dynamo,
    objects: new S3ObjectStore(s3),
    documents: new DynamoDocumentStore(dynamo, config.table),
    embedded,
    async close() {
      await embedded?.stop();
      if (embedded) {
        const { resetIngestDeps } = await import("./chunk-SD462KDY.mjs");
        await resetIngestDeps();
      }
      s3.destroy();
      dynamo.destroy();
    }
  };
}

export {
  openStack
};
//# sourceMappingURL=chunk-VBP4CN4G.mjs.map
