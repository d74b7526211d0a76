import { mkdirSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import type { Context, SQSEvent } from 'aws-lambda';
import type { CarteggioConfig } from '../shared/config/carteggio-config.ts';
import { DynamoDocumentStore, documentTableDefinition } from '../shared/storage/dynamo-document-store.ts';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ObjectStore } from '../shared/storage/s3-object-store.ts';
import { reconcileInbox, type ReconcileReport } from '../shared/ingest/reconcile-inbox.ts';
import { startLocalEmulators, type LocalEmulators } from './local-emulators.ts';
import { repairS3rverFolder } from './repair-s3rver-folder.ts';
import { DiskFullError, MIN_FREE_BYTES, checkFreeSpace, freeBytes, isDiskFull } from './free-space.ts';
import { DynamoCampaignStore } from '../shared/storage/dynamo-campaign-store.ts';
import { unfinishedArrival } from '../shared/collect/unfinished-arrival.ts';
import { lockDataFolder } from './data-folder-lock.ts';
import { arrivalsChannel, type ArrivalOutcome } from '../shared/ingest/arrivals-channel.ts';

export interface StackInfo {
  pid: number;
  s3Endpoint: string;
  dynamoEndpoint: string;
  dataDir: string;
  inboxBucket: string;
  archiveBucket: string;
  table: string;
}

type SqsHandler = (event: SQSEvent, context: Context) => Promise<unknown>;

/**
 * The embedded default: S3 (s3rver) and DynamoDB (dynalite) in this process on loopback, data under
 * one folder, and every object created in the inbox delivered to the ingest handler as Lambda would
 * receive it (an SQS message wrapping the S3 notification, key URL-encoded).
 */
/** CORS for the local buckets: only loopback pages, the methods presigned URLs use. */
const LOOPBACK_CORS = `<CORSConfiguration>
  <CORSRule><AllowedOrigin>http://127.0.0.1:*</AllowedOrigin><AllowedOrigin>http://localhost:*</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod><AllowedMethod>PUT</AllowedMethod><AllowedMethod>POST</AllowedMethod><AllowedMethod>HEAD</AllowedMethod>
    <AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>600</MaxAgeSeconds></CORSRule>
</CORSConfiguration>`;

export class LocalStack {
  /** S3 and DynamoDB, in a thread of their own (see local-emulators.ts). */
  private emulators: LocalEmulators | null = null;
  /** Releases the data folder for the next process (see data-folder-lock.ts). */
  private unlock: (() => void) | null = null;
  private readonly pending = new Set<Promise<unknown>>();
  /** Each inbox key's last outcome, as the ingestion announced it: the log line needs no read back. */
  private readonly outcomes = new Map<string, ArrivalOutcome>();
  private readonly onArrival = (message: unknown): void => {
    const outcome = message as ArrivalOutcome;
    if (outcome.arrival.bucket === this.config.inboxBucket) this.outcomes.set(outcome.arrival.key, outcome);
  };
  private sequence = 0;
  /** Reads back what the handler recorded, for the log line of each arrival. */
  private documents: DynamoDocumentStore | null = null;
  private dynamoClient: DynamoDBClient | null = null;
  info: StackInfo | null = null;

  constructor(
    private readonly config: CarteggioConfig,
    private readonly handler: () => Promise<SqsHandler>,
    private readonly log: (msg: string) => void = () => {},
  ) {}

  async start(ports: { s3: number; dynamo: number } = { s3: this.config.s3Port, dynamo: this.config.dynamoPort }): Promise<StackInfo> {
    const dataDir = resolve(this.config.dataDir);
    mkdirSync(join(dataDir, 's3'), { recursive: true });
    mkdirSync(join(dataDir, 'dynamodb'), { recursive: true });
    // A full disk would break the emulators mid-write: refused here, in Italian, before anything opens.
    checkFreeSpace(dataDir);
    this.unlock = await lockDataFolder(dataDir, (m) => console.error(m));
    arrivalsChannel.subscribe(this.onArrival);

    const repaired = repairS3rverFolder(join(dataDir, 's3'));
    if (repaired.length) this.log(`Riparati ${repaired.length} file di servizio dell’archivio S3 locale lasciati a metà da un arresto.`);
    this.emulators = await startLocalEmulators(
      {
        s3Folder: join(dataDir, 's3'),
        dynamoFolder: join(dataDir, 'dynamodb'),
        ports,
        // The web pages (another port on loopback) upload and download with presigned URLs: CORS allows it.
        buckets: [this.config.inboxBucket, this.config.archiveBucket, this.config.outputsBucket],
        cors: LOOPBACK_CORS,
      },
      (event) => this.deliver(event),
      (message) => this.log(`✗ ${message}: riavviare Carteggio (la riconciliazione riprende ciò che era in corso).`),
    ).catch((err: unknown) => {
      arrivalsChannel.unsubscribe(this.onArrival);
      this.unlock?.();
      this.unlock = null;
      throw err;
    });
    const { s3Endpoint, dynamoEndpoint } = this.emulators;

    const dynamo = new DynamoDBClient({ region: this.config.region, endpoint: dynamoEndpoint, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    await ensureTable(dynamo, this.config.table);
    this.documents = new DynamoDocumentStore(dynamo, this.config.table);
    this.dynamoClient = dynamo;

    // The handler reads its endpoints from the environment, exactly as on Lambda.
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
      table: this.config.table,
    };
    return this.info;
  }

  /** Writes stack.json so other commands talk to this stack instead of opening the folder. */
  advertise(): void {
    if (this.info) writeFileSync(stackFile(this.info.dataDir), JSON.stringify(this.info, null, 2));
  }

  /** Resolves when every upload acknowledged so far (and every event delivered) has been handled. */
  async idle(): Promise<void> {
    // Notifications of uploads already acknowledged may still be on their way from the emulators' thread.
    await this.emulators?.flush();
    while (this.pending.size) {
      await Promise.allSettled([...this.pending]);
      await this.emulators?.flush();
    }
  }

  async stop(): Promise<void> {
    await this.idle();
    arrivalsChannel.unsubscribe(this.onArrival);
    if (this.info && existsSync(stackFile(this.info.dataDir))) {
      const current = readStackFile(this.info.dataDir);
      if (current?.pid === process.pid) rmSync(stackFile(this.info.dataDir), { force: true });
    }
    await this.emulators?.close();
    this.emulators = null;
    this.unlock?.();
    this.unlock = null;
  }

  /**
   * Hands every upload of the inbox that has no record, receipt or version to the ingest handler, as
   * the event it should have had: after a crash (kill -9, a full disk) the acknowledged uploads whose
   * events were lost are ingested. Run by `carteggio start` and `carteggio reconcile`.
   */
  async reconcile(onObject?: (key: string, outcome: 'ok' | 'ingested' | 'failed') => void): Promise<ReconcileReport> {
    if (!this.info || !this.documents) throw new Error('stack locale non avviato');
    const s3 = new S3Client({ region: this.config.region, endpoint: this.info.s3Endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    try {
      const campaigns = new DynamoCampaignStore(this.dynamoClient!, this.config.table);
      const unfinished = unfinishedArrival(campaigns, this.config.inboxBucket);
      return await reconcileInbox(this.config.inboxBucket, { objects: new S3ObjectStore(s3), documents: this.documents, unfinished }, async (a) => {
        this.deliver({ Records: [{ eventName: 'ObjectCreated:Reconcile', s3: { bucket: { name: a.bucket }, object: { key: a.key } } }] }, a.arrival);
        await this.idle();
      }, onObject);
    } finally {
      s3.destroy();
    }
  }

  /**
   * How many arrivals are handled at once: as Lambda's reserved concurrency does, a burst of uploads
   * waits its turn instead of every one of them competing for the same two cores and sockets.
   * An arrival still waiting when the process dies is found again by reconciliation at the next start.
   */
  private get concurrency(): number {
    return Math.max(2, (this.config.workers ?? 2) * 4);
  }
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  private slot(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((ok) => this.waiting.push(ok));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  private lastSpaceWarning = 0;
  private lastSpaceCheck = 0;

  private deliver(event: unknown, arrival?: string): void {
    // While running: a disk about to fill is said once a minute, before writes start failing; it is
    // looked at every few seconds at most, not on every upload (statfs runs on this thread).
    const now = Date.now();
    if (this.info && now - this.lastSpaceCheck > 5_000 && now - this.lastSpaceWarning > 60_000) {
      this.lastSpaceCheck = now;
      const free = freeBytes(this.info.dataDir);
      if (free !== null && free < MIN_FREE_BYTES) {
        this.lastSpaceWarning = Date.now();
        this.log(new DiskFullError(this.info.dataDir, free).message);
      }
    }
    const ev = event as { Records: { eventName: string; s3: { bucket: { name: string }; object: { key: string; sequencer?: string } } }[] };
    const records = ev.Records.filter((r) => r.s3.bucket.name === this.config.inboxBucket && r.eventName.startsWith('ObjectCreated'));
    if (!records.length) return;
    for (const r of records) {
      // As S3 does: keys URL-encoded ("+" for spaces), sequencers unique per key.
      r.s3.object.key = encodeS3EventKey(r.s3.object.key);
      r.s3.object.sequencer = arrival ?? `${Date.now().toString(16).toUpperCase()}${String(++this.sequence).padStart(8, '0')}`;
    }
    const sqs: SQSEvent = {
      Records: [
        {
          messageId: `local-${this.sequence}`,
          receiptHandle: 'local',
          body: JSON.stringify({ Records: records }),
          attributes: { ApproximateReceiveCount: '1', SentTimestamp: String(Date.now()), SenderId: 'local', ApproximateFirstReceiveTimestamp: String(Date.now()) },
          messageAttributes: {},
          md5OfBody: '',
          eventSource: 'aws:sqs',
          eventSourceARN: 'arn:aws:sqs:local:000000000000:carteggio-ingest',
          awsRegion: this.config.region,
        },
      ],
    };
    const keys = records.map((r) => decodeURIComponent(r.s3.object.key.replace(/\+/g, ' ')));
    let t0 = Date.now();
    const job = this.slot()
      .then(() => {
        t0 = Date.now();
        return this.handler();
      })
      .then((h) => h(sqs, localContext()))
      .then(async (res) => {
        const failures = (res as { batchItemFailures?: unknown[] })?.batchItemFailures ?? [];
        if (failures.length) {
          this.log(`✗ ${keys.map(printableKey).join(', ')}: acquisizione non riuscita (vedi i log)`);
          return;
        }
        const ms = Date.now() - t0;
        for (const key of keys) this.log(`${await this.outcomeOf(key)} (${ms} ms)`);
      })
      .catch((err) => this.log(isDiskFull(err) ? `✗ ${keys.map(printableKey).join(', ')}: disco pieno, acquisizione rimandata – liberare spazio e riavviare (la riconciliazione la riprende)` : `errore di ingestione: ${(err as Error).message}`))
      .finally(() => this.release());
    this.pending.add(job);
    void job.finally(() => this.pending.delete(job));
  }

  /** "✓ key: acquisito" or "✗ key: rifiutato (code) – reason": as announced, else from the newest version recorded for the key. */
  private async outcomeOf(key: string): Promise<string> {
    const announced = this.outcomes.get(key);
    this.outcomes.delete(key);
    if (announced) {
      const { result } = announced;
      return result.status === 'rejected' ? `✗ ${printableKey(key)}: rifiutato (${result.rejection?.code}) – ${result.rejection?.message}` : `✓ ${printableKey(key)}: acquisito`;
    }
    const versions = (await this.documents?.listKeyVersions(this.config.inboxBucket, key)) ?? [];
    const newest = versions[versions.length - 1];
    const doc = newest ? await this.documents!.getDocument(newest.documentId) : null;
    const shown = printableKey(key);
    if (doc?.status === 'rejected') return `✗ ${shown}: rifiutato (${doc.rejection?.code}) – ${doc.rejection?.message}`;
    return `✓ ${shown}: acquisito`;
  }
}

/**
 * A key as one log line shows it: control characters (a newline in a key would forge a line of its
 * own, "✓ … acquisito") are written as escapes, and the whole key quoted when it holds any.
 */
export function printableKey(key: string): string {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(key) ? JSON.stringify(key).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`) : key;
}

export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

export function stackFile(dataDir: string): string {
  return join(resolve(dataDir), 'stack.json');
}

/** The stack advertised in a data folder, if its process is still alive. */
export function readStackFile(dataDir: string): StackInfo | null {
  try {
    const info = JSON.parse(readFileSync(stackFile(dataDir), 'utf8')) as StackInfo;
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}

async function ensureTable(client: DynamoDBClient, table: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: table }));
    return;
  } catch (err) {
    if (!(err instanceof ResourceNotFoundException) && (err as Error).name !== 'ResourceNotFoundException') throw err;
  }
  const d = documentTableDefinition;
  await client.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: d.partitionKey, AttributeType: 'S' },
        { AttributeName: d.sortKey, AttributeType: 'S' },
        { AttributeName: d.gsi1.partitionKey, AttributeType: 'S' },
        { AttributeName: d.gsi1.sortKey, AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: d.partitionKey, KeyType: 'HASH' },
        { AttributeName: d.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: d.gsi1.name,
          KeySchema: [
            { AttributeName: d.gsi1.partitionKey, KeyType: 'HASH' },
            { AttributeName: d.gsi1.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
  );
  // dynalite answers "not found" to writes until the new table is ACTIVE, even with no creation delay.
  for (let i = 0; i < 100; i++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: table }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

function localContext(): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'carteggio-ingest-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:carteggio-ingest',
    memoryLimitInMB: '2048',
    awsRequestId: `local-${Date.now()}`,
    logGroupName: 'local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 900_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
