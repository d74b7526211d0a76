import { join } from 'node:path';
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, CfnStage, CorsHttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { AccountRecovery, CfnUserPoolGroup, FeaturePlan, Mfa, StandardThreatProtectionMode, StringAttribute, UserPool } from 'aws-cdk-lib/aws-cognito';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, Code, LayerVersion, Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, ObjectLockRetention, StorageClass, type BucketProps } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { documentTableDefinition } from '../shared/storage/dynamo-document-store.ts';
import { API_ROUTES, type ApiFunction } from '../functions/http/api-routes.ts';
import { carteggioFunction } from './carteggio-function.ts';
import { buildOcrLayer, letterFontFiles, pdfjsAssets, projectRoot } from './bundle-assets.ts';

export interface CarteggioStackProps extends StackProps {
  /** Object Lock (governance mode) on the archive, in days; 0 turns it off. */
  archiveObjectLockDays: number;
  ingestReservedConcurrency: number;
  /** Where the dead-letter alarm is mailed; empty for none. */
  alarmEmail?: string;
  /** Cognito's Plus tier: threat protection against malicious sign-ins (billed per active user). */
  cognitoPlus: boolean;
  /** Skips building the OCR layer (tests that do not bundle). */
  ocrLayerDir?: string;
}

/** Measured locally (npm run bench:ingest): a 300-page PDF peaks at ~0.5 GB per reader; two readers run at once. */
const INGEST_MEMORY_MB = 2048;
/** CARTEGGIO_MAX_SECONDS per file, plus room for S3 and DynamoDB. */
const INGEST_TIMEOUT = Duration.minutes(3);

/**
 * Carteggio on AWS: inbox → SQS → ingest Lambda → DynamoDB and the archive; letters generated behind
 * an HTTP API authenticated by Cognito. The functions are the same handlers the local stack runs.
 */
export class CarteggioStack extends Stack {
  readonly inbox: Bucket;
  readonly archive: Bucket;
  readonly outputs: Bucket;
  readonly table: Table;
  readonly queue: Queue;
  readonly deadLetters: Queue;
  readonly api: HttpApi;
  readonly userPool: UserPool;
  readonly cognitoPlus: boolean;

  constructor(scope: Construct, id: string, props: CarteggioStackProps) {
    super(scope, id, props);
    this.cognitoPlus = props.cognitoPlus;

    // ---------------------------------------------------------------- storage
    const accessLogs = new Bucket(this, 'access-logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });
    const secure = (prefix: string): BucketProps => ({
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: `${prefix}/`,
    });
    this.inbox = new Bucket(this, 'inbox', {
      ...secure('inbox'),
      // Uploads are archived by content on arrival; old versions in the inbox need not stay long.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90), abortIncompleteMultipartUploadAfter: Duration.days(7) }],
    });
    this.archive = new Bucket(this, 'archive', {
      ...secure('archive'),
      objectLockEnabled: props.archiveObjectLockDays > 0,
      objectLockDefaultRetention: props.archiveObjectLockDays > 0 ? ObjectLockRetention.governance(Duration.days(props.archiveObjectLockDays)) : undefined,
      lifecycleRules: [{ transitions: [{ storageClass: StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: Duration.days(365) }], abortIncompleteMultipartUploadAfter: Duration.days(7) }],
    });
    this.outputs = new Bucket(this, 'outputs', {
      ...secure('outputs'),
      lifecycleRules: [{ transitions: [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(90) }], abortIncompleteMultipartUploadAfter: Duration.days(7) }],
    });

    // ---------------------------------------------------------------- data
    const t = documentTableDefinition;
    this.table = new Table(this, 'documents', {
      partitionKey: { name: t.partitionKey, type: AttributeType.STRING },
      sortKey: { name: t.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: 'expiresAt',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: t.gsi1.name,
      partitionKey: { name: t.gsi1.partitionKey, type: AttributeType.STRING },
      sortKey: { name: t.gsi1.sortKey, type: AttributeType.STRING },
    });

    const environment = {
      CARTEGGIO_INBOX_BUCKET: this.inbox.bucketName,
      CARTEGGIO_ARCHIVE_BUCKET: this.archive.bucketName,
      CARTEGGIO_OUTPUTS_BUCKET: this.outputs.bucketName,
      CARTEGGIO_TABLE: this.table.tableName,
    };

    // ---------------------------------------------------------------- ingestion
    this.deadLetters = new Queue(this, 'ingest-dlq', { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
    this.queue = new Queue(this, 'ingest-queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Six times the function timeout, as AWS advises for SQS event sources.
      visibilityTimeout: Duration.minutes(18),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: 5 },
    });
    this.inbox.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue));

    const ocrLayer = new LayerVersion(this, 'ocr-layer', {
      code: Code.fromAsset(props.ocrLayerDir ?? buildOcrLayer(join(projectRoot, 'cdk.out', '.ocr-layer'))),
      compatibleRuntimes: [Runtime.NODEJS_22_X],
      compatibleArchitectures: [Architecture.X86_64],
      description: 'tesseract.js, Italian OCR data and @napi-rs/canvas, read from disk at run time',
    });
    const ingest = carteggioFunction(this, {
      name: 'ingest',
      description: 'Acquisizione: testo, OCR e campi dei PDF caricati nel bucket in arrivo',
      memorySize: INGEST_MEMORY_MB,
      timeout: INGEST_TIMEOUT,
      // x86_64: the OCR layer's canvas is the native build npm installs here (linux-x64).
      architecture: Architecture.X86_64,
      reservedConcurrentExecutions: props.ingestReservedConcurrency,
      layers: [ocrLayer],
      externalModules: ['tesseract.js', '@napi-rs/canvas', '@tesseract.js-data/ita', 'esbuild', 'tsx'],
      environment: { ...environment, CARTEGGIO_WORKERS: '2', CARTEGGIO_PDFJS_ASSETS: '/var/task/pdfjs' },
      afterBundling: (_in, out) => [
        `${join(projectRoot, 'node_modules/.bin/esbuild')} ${join(projectRoot, 'shared/read/read-worker.ts')} --bundle --minify --platform=node --format=esm --target=node22 --outfile=${out}/read-worker.mjs --external:tesseract.js --external:@napi-rs/canvas --external:@tesseract.js-data/ita --banner:js="import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"`,
        ...pdfjsAssets().map((a) => `mkdir -p ${out}/pdfjs && cp -r ${a.from} ${out}/${a.to}`),
      ],
    });
    ingest.addEventSource(new SqsEventSource(this.queue, { batchSize: 4, reportBatchItemFailures: true, maxConcurrency: Math.max(2, props.ingestReservedConcurrency) }));
    // Read what arrives; put beside a PEC message the documents it carries, to be ingested in their turn.
    this.inbox.grantReadWrite(ingest);
    this.archive.grantReadWrite(ingest);
    this.table.grantReadWriteData(ingest);

    const alarms = new Topic(this, 'alarms', { enforceSSL: true, masterKey: undefined });
    if (props.alarmEmail) alarms.addSubscription(new EmailSubscription(props.alarmEmail));
    new Alarm(this, 'dead-letters-alarm', {
      alarmDescription: 'Documenti non acquisiti dopo 5 tentativi: vedere la coda dei messaggi non recapitati.',
      metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(alarms));

    // ---------------------------------------------------------------- generation and the archive's API
    // Uploads whose notification was lost, or whose message went to the DLQ, are queued again each night.
    const reconcile = carteggioFunction(this, {
      name: 'reconcile',
      description: 'Riconciliazione: ogni file della casella in arrivo ha il suo documento, la ricevuta e la versione',
      memorySize: 256,
      timeout: Duration.minutes(10),
      environment: { ...environment, CARTEGGIO_INGEST_QUEUE_URL: this.queue.queueUrl },
    });
    this.inbox.grantRead(reconcile);
    this.table.grantReadData(reconcile);
    this.queue.grantSendMessages(reconcile);
    new Rule(this, 'reconcile-nightly', {
      description: 'Riconciliazione notturna della casella in arrivo',
      schedule: Schedule.cron({ minute: '30', hour: '1' }),
      targets: [new LambdaFunction(reconcile)],
    });

    const generate = carteggioFunction(this, {
      name: 'generate',
      description: 'Lettere protocollate: PDF/A, messaggio PEC e segnatura',
      memorySize: 512,
      timeout: Duration.seconds(30),
      environment: { ...environment, CARTEGGIO_TEMPLATES_DIR: '/var/task/templates', CARTEGGIO_FONTS_DIR: '/var/task/fonts' },
      afterBundling: (_in, out) => [
        `cp -r ${join(projectRoot, 'templates')} ${out}/templates && rm -rf ${out}/templates/examples`,
        ...letterFontFiles().map((f) => `mkdir -p $(dirname ${out}/${f.to}) && cp ${f.from} ${out}/${f.to}`),
      ],
    });
    this.outputs.grantReadWrite(generate);
    this.table.grantReadWriteData(generate);

    const archiveReader = carteggioFunction(this, {
      name: 'archive',
      description: 'Consultazione dell’archivio: documenti, filtri, scadenze',
      memorySize: 256,
      timeout: Duration.seconds(10),
      environment,
    });
    this.table.grantReadData(archiveReader);

    this.userPool = new UserPool(this, 'users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: { minLength: 12, requireDigits: true, requireLowercase: true, requireUppercase: true, requireSymbols: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      customAttributes: { codiceIpa: new StringAttribute({ mutable: true, maxLen: 32 }) },
      featurePlan: props.cognitoPlus ? FeaturePlan.PLUS : FeaturePlan.ESSENTIALS,
      ...(props.cognitoPlus ? { standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION } : {}),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const group of ['ministero', 'regione', 'ambito']) {
      new CfnUserPoolGroup(this, `group-${group}`, { userPoolId: this.userPool.userPoolId, groupName: group, description: `Utenti: ${group}` });
    }
    const client = this.userPool.addClient('web', { authFlows: { userSrp: true }, preventUserExistenceErrors: true });

    this.api = new HttpApi(this, 'api', {
      description: 'Carteggio: archivio e lettere',
      defaultAuthorizer: new HttpUserPoolAuthorizer('cognito', this.userPool, { userPoolClients: [client] }),
      corsPreflight: { allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST], allowHeaders: ['authorization', 'content-type'], allowOrigins: ['https://localhost'] },
    });
    const accessLog = new LogGroup(this, 'api-access-logs', { retention: RetentionDays.ONE_YEAR });
    (this.api.defaultStage!.node.defaultChild as CfnStage).accessLogSettings = {
      destinationArn: accessLog.logGroupArn,
      format: JSON.stringify({ requestId: '$context.requestId', ip: '$context.identity.sourceIp', user: '$context.authorizer.claims.sub', route: '$context.routeKey', status: '$context.status', latency: '$context.responseLatency' }),
    };
    const integrations: Record<ApiFunction, HttpLambdaIntegration> = {
      archive: new HttpLambdaIntegration('archive-integration', archiveReader),
      generate: new HttpLambdaIntegration('generate-integration', generate),
    };
    for (const route of API_ROUTES) {
      this.api.addRoutes({ path: route.path, methods: [route.method as HttpMethod], integration: integrations[route.fn] });
    }

    new CfnOutput(this, 'InboxBucket', { value: this.inbox.bucketName });
    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: client.userPoolClientId });
  }
}
