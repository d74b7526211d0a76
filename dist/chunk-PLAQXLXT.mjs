import {
  DynamoDocumentStore,
  documentTableDefinition
} from "./chunk-ESUQXGFM.mjs";

// cli/local-stack.ts
import { mkdirSync, writeFileSync, readFileSync, rmSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from "@aws-sdk/client-dynamodb";
var require2 = createRequire("file:///work/main/cli/local-stack.ts");
var LocalStack = class {
  constructor(config, handler, log = () => {
  }) {
    this.config = config;
    this.handler = handler;
    this.log = log;
  }
  config;
  handler;
  log;
  s3rver = null;
  dynalite = null;
  pending = /* @__PURE__ */ new Set();
  sequence = 0;
  /** Reads back what the handler recorded, for the log line of each arrival. */
  documents = null;
  info = null;
  async start(ports = { s3: this.config.s3Port, dynamo: this.config.dynamoPort }) {
    const dataDir = resolve(this.config.dataDir);
    mkdirSync(join(dataDir, "s3"), { recursive: true });
    mkdirSync(join(dataDir, "dynamodb"), { recursive: true });
    const dynalite = require2("dynalite");
    this.dynalite = dynalite({ path: join(dataDir, "dynamodb"), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    await new Promise((ok, fail) => {
      this.dynalite.once("error", fail);
      this.dynalite.listen(ports.dynamo, "127.0.0.1", () => ok());
    });
    const dynamoEndpoint = `http://127.0.0.1:${this.dynalite.address().port}`;
    const S3rver = require2("s3rver");
    this.s3rver = new S3rver({
      address: "127.0.0.1",
      port: ports.s3,
      silent: true,
      directory: join(dataDir, "s3"),
      vhostBuckets: false,
      configureBuckets: [{ name: this.config.inboxBucket }, { name: this.config.archiveBucket }, { name: this.config.outputsBucket }]
    });
    this.s3rver.on("event", (event) => this.deliver(event));
    const s3Address = await this.s3rver.run();
    const s3Endpoint = `http://127.0.0.1:${s3Address.port}`;
    const dynamo = new DynamoDBClient({ region: this.config.region, endpoint: dynamoEndpoint, credentials: { accessKeyId: "x", secretAccessKey: "x" } });
    await ensureTable(dynamo, this.config.table);
    this.documents = new DynamoDocumentStore(dynamo, this.config.table);
    process.env.CARTEGGIO_S3_ENDPOINT = s3Endpoint;
    process.env.CARTEGGIO_DYNAMODB_ENDPOINT = dynamoEndpoint;
    process.env.CARTEGGIO_INBOX_BUCKET = this.config.inboxBucket;
    process.env.CARTEGGIO_ARCHIVE_BUCKET = this.config.archiveBucket;
    process.env.CARTEGGIO_OUTPUTS_BUCKET = this.config.outputsBucket;
    process.env.CARTEGGIO_TABLE = this.config.table;
    process.env.CARTEGGIO_DATA_DIR = dataDir;
    this.info = {
      pid: process.pid,
      s3Endpoint,
      dynamoEndpoint,
      dataDir,
      inboxBucket: this.config.inboxBucket,
      archiveBucket: this.config.archiveBucket,
      table: this.config.table
    };
    return this.info;
  }
  /** Writes stack.json so other commands talk to this stack instead of opening the folder. */
  advertise() {
    if (this.info) writeFileSync(stackFile(this.info.dataDir), JSON.stringify(this.info, null, 2));
  }
  /** Resolves when every delivered event has been handled. */
  async idle() {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
  async stop() {
    await this.idle();
    if (this.info && existsSync(stackFile(this.info.dataDir))) {
      const current = readStackFile(this.info.dataDir);
      if (current?.pid === process.pid) rmSync(stackFile(this.info.dataDir), { force: true });
    }
    await this.s3rver?.close();
    await new Promise((ok) => this.dynalite ? this.dynalite.close(() => ok()) : ok());
    this.s3rver = null;
    this.dynalite = null;
  }
  deliver(event) {
    const ev = event;
    const records = ev.Records.filter((r) => r.s3.bucket.name === this.config.inboxBucket && r.eventName.startsWith("ObjectCreated"));
    if (!records.length) return;
    for (const r of records) {
      r.s3.object.key = encodeS3EventKey(r.s3.object.key);
      r.s3.object.sequencer = `${Date.now().toString(16).toUpperCase()}${String(++this.sequence).padStart(8, "0")}`;
    }
    const sqs = {
      Records: [
        {
          messageId: `local-${this.sequence}`,
          receiptHandle: "local",
          body: JSON.stringify({ Records: records }),
          attributes: { ApproximateReceiveCount: "1", SentTimestamp: String(Date.now()), SenderId: "local", ApproximateFirstReceiveTimestamp: String(Date.now()) },
          messageAttributes: {},
          md5OfBody: "",
          eventSource: "aws:sqs",
          eventSourceARN: "arn:aws:sqs:local:000000000000:carteggio-ingest",
          awsRegion: this.config.region
        }
      ]
    };
    const keys = records.map((r) => decodeURIComponent(r.s3.object.key.replace(/\+/g, " ")));
    const t0 = Date.now();
    const job = this.handler().then((h) => h(sqs, localContext())).then(async (res) => {
      const failures = res?.batchItemFailures ?? [];
      if (failures.length) {
        this.log(`\u2717 ${keys.join(", ")}: acquisizione non riuscita (vedi i log)`);
        return;
      }
      const ms = Date.now() - t0;
      for (const key of keys) this.log(`${await this.outcomeOf(key)} (${ms} ms)`);
    }).catch((err) => this.log(`errore di ingestione: ${err.message}`));
    this.pending.add(job);
    void job.finally(() => this.pending.delete(job));
  }
  /** "✓ key: acquisito" or "✗ key: rifiutato (code) – reason", from the newest version recorded for the key. */
  async outcomeOf(key) {
    const versions = await this.documents?.listKeyVersions(this.config.inboxBucket, key) ?? [];
    const newest = versions[versions.length - 1];
    const doc = newest ? await this.documents.getDocument(newest.documentId) : null;
    if (doc?.status === "rejected") return `\u2717 ${key}: rifiutato (${doc.rejection?.code}) \u2013 ${doc.rejection?.message}`;
    return `\u2713 ${key}: acquisito`;
  }
};
function encodeS3EventKey(key) {
  return encodeURIComponent(key).replace(/%20/g, "+").replace(/%2F/g, "/");
}
function stackFile(dataDir) {
  return join(resolve(dataDir), "stack.json");
}
function readStackFile(dataDir) {
  try {
    const info = JSON.parse(readFileSync(stackFile(dataDir), "utf8"));
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}
async function ensureTable(client, table) {
  try {
    await client.send(new DescribeTableCommand({ TableName: table }));
    return;
  } catch (err) {
    if (!(err instanceof ResourceNotFoundException) && err.name !== "ResourceNotFoundException") throw err;
  }
  const d = documentTableDefinition;
  await client.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [
        { AttributeName: d.partitionKey, AttributeType: "S" },
        { AttributeName: d.sortKey, AttributeType: "S" },
        { AttributeName: d.gsi1.partitionKey, AttributeType: "S" },
        { AttributeName: d.gsi1.sortKey, AttributeType: "S" }
      ],
      KeySchema: [
        { AttributeName: d.partitionKey, KeyType: "HASH" },
        { AttributeName: d.sortKey, KeyType: "RANGE" }
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: d.gsi1.name,
          KeySchema: [
            { AttributeName: d.gsi1.partitionKey, KeyType: "HASH" },
            { AttributeName: d.gsi1.sortKey, KeyType: "RANGE" }
          ],
          Projection: { ProjectionType: "ALL" }
        }
      ]
    })
  );
}
function localContext() {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: "carteggio-ingest-local",
    functionVersion: "$LATEST",
    invokedFunctionArn: "arn:aws:lambda:local:000000000000:function:carteggio-ingest",
    memoryLimitInMB: "2048",
    awsRequestId: `local-${Date.now()}`,
    logGroupName: "local",
    logStreamName: "local",
    getRemainingTimeInMillis: () => 9e5,
    done: () => {
    },
    fail: () => {
    },
    succeed: () => {
    }
  };
}

export {
  LocalStack,
  readStackFile
};
//# sourceMappingURL=chunk-PLAQXLXT.mjs.map
