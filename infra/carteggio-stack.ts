import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, HttpNoneAuthorizer, CfnStage, CorsHttpMethod, type HttpRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClientIdentityProvider,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, LayerVersion, Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, HttpMethods, ObjectLockRetention, ObjectOwnership, StorageClass, type BucketProps } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { documentTableDefinition } from '../shared/storage/dynamo-document-store.ts';
import { API_ROUTES, type ApiFunction } from '../functions/http/api-routes.ts';
import { carteggioFunction } from './carteggio-function.ts';
import { sealWiring } from './seal-wiring.ts';
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
  /** The built web pages (`npm run build` writes them to dist/web); deployed to the site bucket. */
  webDir?: string;
  /**
   * Prefix of the Cognito hosted UI's domain (<prefix>.auth.<region>.amazoncognito.com). It must be
   * unique in the region across all AWS accounts: choose your own with -c carteggio:authDomainPrefix=….
   */
  authDomainPrefix?: string;
  /**
   * A custom domain for the web pages, with its ACM certificate (in us-east-1, as CloudFront requires).
   * Without it CloudFront serves the pages on its own *.cloudfront.net name and certificate, where
   * the minimum TLS version cannot be chosen.
   */
  webDomain?: { domainName: string; certificateArn: string };
  /**
   * The AOO's seal for the segnatura, its key in AWS KMS (an asymmetric SIGN_VERIFY key, RSA or ECC
   * NIST P-256/P-384): the key's ARN and the PEM file of the certificate issued for it, carried in the
   * generation function's bundle. Without it, segnature go out unsealed and each letter's record says so.
   */
  seal?: { kmsKeyArn: string; certificateFile: string };
}

/** The default hosted UI prefix: deterministic, but taken once per region by whoever deploys it first. */
export const DEFAULT_AUTH_DOMAIN_PREFIX = 'carteggio-web';

/** Where the built pages are, or a clear error before anything is bundled. */
export function webPagesDir(dir = join(projectRoot, 'dist', 'web')): string {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`Pagine web non costruite: manca ${join(dir, 'index.html')}. Eseguire \`npm run build\` prima di \`cdk synth\` o \`cdk deploy\`.`);
  }
  return dir;
}

/**
 * The Content-Security-Policy of the web pages. API Gateway, S3 (presigned URLs) and the hosted UI
 * are named by wildcard or by their fixed form, not by resource attributes: the distribution would
 * otherwise depend on the API, whose CORS depends on the distribution.
 */
export function webContentSecurityPolicy(region: string, cognitoDomain: string): string {
  return [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    `connect-src 'self' https://*.execute-api.${region}.amazonaws.com https://*.s3.${region}.amazonaws.com ${cognitoDomain}`,
    "font-src 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * What a function that renders letters or forms carries: the templates (without the examples) and
 * the embedded typeface's files, with the environment that tells the code where they are.
 */
function withLetterAssets(environment: Record<string, string>) {
  return {
    environment: { ...environment, CARTEGGIO_TEMPLATES_DIR: '/var/task/templates', CARTEGGIO_FONTS_DIR: '/var/task/fonts' },
    afterBundling: (_in: string, out: string) => [
      `cp -r ${join(projectRoot, 'templates')} ${out}/templates && rm -rf ${out}/templates/examples`,
      ...letterFontFiles().map((f) => `mkdir -p $(dirname ${out}/${f.to}) && cp ${f.from} ${out}/${f.to}`),
    ],
  };
}

/** Measured locally (npm run bench:ingest): a 300-page PDF peaks at ~0.5 GB per reader; two readers run at once. */
const INGEST_MEMORY_MB = 2048;
/** CARTEGGIO_MAX_SECONDS per file, plus room for S3 and DynamoDB. */
const INGEST_TIMEOUT = Duration.minutes(3);

/**
 * Carteggio on AWS: inbox → SQS → ingest Lambda → DynamoDB and the archive; the archive and the letters
 * behind an HTTP API whose Lambda authorizer verifies Cognito ID tokens; the web pages from a private
 * bucket behind CloudFront, signed in through Cognito's hosted UI. The functions are the same handlers
 * the local stack runs.
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
  readonly userPoolClient: UserPoolClient;
  readonly authDomain: UserPoolDomain;
  readonly cognitoPlus: boolean;
  /** The web pages: private, read by CloudFront only (origin access control). */
  readonly site: Bucket;
  readonly distribution: Distribution;
  /** https://<the distribution's domain>: the one origin allowed by the API's and the buckets' CORS. */
  readonly siteOrigin: string;
  readonly siteDeployment: BucketDeployment;
  /** The API's routes with `open: true` (no authorizer: the credential is in the path), by route key. */
  readonly openRoutes = new Map<string, HttpRoute>();
  readonly customDomain: boolean;

  constructor(scope: Construct, id: string, props: CarteggioStackProps) {
    super(scope, id, props);
    this.cognitoPlus = props.cognitoPlus;
    this.customDomain = Boolean(props.webDomain);
    // First, before anything is bundled: without the pages there is nothing to deploy.
    const webDir = webPagesDir(props.webDir);
    const seal = sealWiring(props.seal);

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
    // The built pages: replaced whole at each deploy; old versions kept a while for a rollback by hand.
    this.site = new Bucket(this, 'site', { ...secure('site'), lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }] });
    // CloudFront's standard logs are delivered with an ACL grant: this bucket alone keeps ACLs on.
    const cdnLogs = new Bucket(this, 'cdn-logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'cdn-logs/',
      lifecycleRules: [{ expiration: Duration.days(365) }],
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
      // Forms (templates/forms) are read to check campaign answers as they arrive.
      environment: { ...environment, CARTEGGIO_WORKERS: '2', CARTEGGIO_PDFJS_ASSETS: '/var/task/pdfjs', CARTEGGIO_TEMPLATES_DIR: '/var/task/templates' },
      afterBundling: (_in, out) => [
        `mkdir -p ${out}/templates && cp -r ${join(projectRoot, 'templates', 'forms')} ${out}/templates/forms`,
        `${join(projectRoot, 'node_modules/.bin/esbuild')} ${join(projectRoot, 'shared/read/read-worker.ts')} --bundle --minify --platform=node --format=esm --target=node22 --outfile=${out}/read-worker.mjs --external:tesseract.js --external:@napi-rs/canvas --external:@tesseract.js-data/ita --banner:js="import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"`,
        ...pdfjsAssets().map((a) => `mkdir -p ${out}/pdfjs && cp -r ${a.from} ${out}/${a.to}`),
      ],
    });
    ingest.addEventSource(new SqsEventSource(this.queue, { batchSize: 4, reportBatchItemFailures: true, maxConcurrency: Math.max(2, props.ingestReservedConcurrency) }));
    // Read what arrives; put beside a PEC message the documents it carries, to be ingested in their turn.
    this.inbox.grantReadWrite(ingest);
    this.archive.grantReadWrite(ingest);
    this.table.grantReadWriteData(ingest);
    // Receipts of campaign answers (raccolte/<campagna>/<ente>/ricevuta-v<n>.pdf and .eml).
    this.outputs.grantReadWrite(ingest, 'raccolte/*');

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

    const letterAssets = withLetterAssets({ ...environment, ...seal?.environment });
    const generate = carteggioFunction(this, {
      name: 'generate',
      description: 'Lettere protocollate: PDF/A, messaggio PEC e segnatura',
      memorySize: 512,
      timeout: Duration.seconds(30),
      ...letterAssets,
      afterBundling: (input, out) => [...letterAssets.afterBundling(input, out), ...(seal?.afterBundling(out) ?? [])],
    });
    this.outputs.grantReadWrite(generate);
    this.table.grantReadWriteData(generate);
    if (seal) generate.addToRolePolicy(seal.permission);

    const archiveApi = carteggioFunction(this, {
      name: 'archive',
      description: 'Consultazione dell’archivio: documenti, filtri, scadenze',
      memorySize: 256,
      timeout: Duration.seconds(10),
      environment,
    });
    // Corrections, shelf entries and calendar feed tokens are written to the table; originals, texts
    // and letters are only read (presigned GETs); uploads are presigned PUTs under enti/<ipa>/ only.
    this.table.grantReadWriteData(archiveApi);
    this.archive.grantRead(archiveApi);
    this.outputs.grantRead(archiveApi);
    // Only s3:PutObject (grantPut would add tagging, retention and legal hold): a presigned upload needs no more.
    archiveApi.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [this.inbox.arnForObjects('enti/*')] }));

    // ---------------------------------------------------------------- web pages
    const authDomainPrefix = props.authDomainPrefix || DEFAULT_AUTH_DOMAIN_PREFIX;
    const hostedUi = `https://${authDomainPrefix}.auth.${this.region}.amazoncognito.com`;
    const headers = new ResponseHeadersPolicy(this, 'web-headers', {
      comment: 'Carteggio: intestazioni di sicurezza delle pagine web',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: webContentSecurityPolicy(this.region, hostedUi), override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        xssProtection: { protection: false, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()', override: true },
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
        ],
      },
    });
    this.distribution = new Distribution(this, 'web', {
      comment: 'Carteggio: pagine web',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.site),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        responseHeadersPolicy: headers,
        compress: true,
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Europe and North America: the offices are in Italy.
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: cdnLogs,
      logFilePrefix: 'cloudfront/',
      // The minimum TLS version applies only with a certificate of one's own (see webDomain).
      ...(props.webDomain
        ? {
            domainNames: [props.webDomain.domainName],
            certificate: Certificate.fromCertificateArn(this, 'web-certificate', props.webDomain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    this.siteOrigin = `https://${props.webDomain?.domainName ?? this.distribution.distributionDomainName}`;
    const signInPage = `${this.siteOrigin}/accesso.html`;
    // The browser uploads to the inbox and downloads originals, texts and letters with presigned URLs.
    this.inbox.addCorsRule({ allowedMethods: [HttpMethods.PUT, HttpMethods.POST], allowedOrigins: [this.siteOrigin], allowedHeaders: ['content-type'], exposedHeaders: ['etag'], maxAge: 3600 });
    for (const bucket of [this.archive, this.outputs]) {
      bucket.addCorsRule({ allowedMethods: [HttpMethods.GET, HttpMethods.HEAD], allowedOrigins: [this.siteOrigin], allowedHeaders: ['*'], exposedHeaders: ['content-length', 'content-range', 'accept-ranges', 'content-disposition', 'etag'], maxAge: 3600 });
    }

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
    // The hosted UI: sign-in (with MFA) on Cognito's own pages, back to the site's sign-in page.
    this.authDomain = this.userPool.addDomain('hosted-ui', { cognitoDomain: { domainPrefix: authDomainPrefix } });
    this.userPoolClient = this.userPool.addClient('web', {
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      generateSecret: false,
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        // The page reads the ID token from the address (implicit grant) today; the target is the
        // authorization code grant with PKCE, already allowed here, after which implicit goes.
        flows: { authorizationCodeGrant: true, implicitCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [signInPage],
        logoutUrls: [signInPage],
      },
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
    });
    const client = this.userPoolClient;

    // ---------------------------------------------------------------- the HTTP API
    // One authorization path: the authorizer verifies the Cognito ID token with the code the local API
    // runs (aws-jwt-verify) and hands user, groups and body to the functions. It needs no AWS
    // permission: Cognito's public keys are fetched over HTTPS at run time.
    const authorizerFn = carteggioFunction(this, {
      // functions/authorizer/handler.ts, bundled as the others are (carteggio-function.ts's list of names predates it).
      name: 'authorizer',
      description: 'Autorizzazione dell’API: verifica del token ID di Cognito',
      memorySize: 256,
      timeout: Duration.seconds(10),
      environment: { CARTEGGIO_USER_POOL_ID: this.userPool.userPoolId, CARTEGGIO_USER_POOL_CLIENT_ID: client.userPoolClientId },
    });
    const authorizer = new HttpLambdaAuthorizer('id-token', authorizerFn, {
      authorizerName: 'carteggio-id-token',
      responseTypes: [HttpLambdaResponseType.SIMPLE],
      identitySource: ['$request.header.Authorization'],
      resultsCacheTtl: Duration.minutes(5),
    });
    this.api = new HttpApi(this, 'api', {
      description: 'Carteggio: archivio e lettere',
      defaultAuthorizer: authorizer,
      corsPreflight: {
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT],
        allowHeaders: ['authorization', 'content-type', 'idempotency-key'],
        exposeHeaders: ['content-disposition', 'idempotency-replayed', 'retry-after'],
        allowOrigins: [this.siteOrigin],
        maxAge: Duration.hours(1),
      },
    });
    const accessLog = new LogGroup(this, 'api-access-logs', { retention: RetentionDays.ONE_YEAR });
    (this.api.defaultStage!.node.defaultChild as CfnStage).accessLogSettings = {
      destinationArn: accessLog.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        user: '$context.authorizer.user',
        route: '$context.routeKey',
        status: '$context.status',
        latency: '$context.responseLatency',
        authorizerError: '$context.authorizer.error',
      }),
    };
    // Collections: campaigns, forms, upload links (presigned POST into raccolte/<campagna>/<ente>/),
    // exports and reminders (letters, through the same register as every letter).
    const collect = carteggioFunction(this, {
      name: 'collect',
      description: 'Raccolte: campagne, moduli, collegamenti di caricamento, stato, esportazioni, solleciti',
      memorySize: 512,
      timeout: Duration.seconds(30),
      ...withLetterAssets(environment),
    });
    this.table.grantReadWriteData(collect);
    this.outputs.grantReadWrite(collect);
    collect.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [this.inbox.arnForObjects('raccolte/*')] }));
    const integrations: Record<ApiFunction, HttpLambdaIntegration> = {
      archive: new HttpLambdaIntegration('archive-integration', archiveApi),
      generate: new HttpLambdaIntegration('generate-integration', generate),
      collect: new HttpLambdaIntegration('collect-integration', collect),
    };
    const none = new HttpNoneAuthorizer();
    for (const route of API_ROUTES) {
      const open = 'open' in route && route.open === true;
      const [added] = this.api.addRoutes({ path: route.path, methods: [route.method as HttpMethod], integration: integrations[route.fn], ...(open ? { authorizer: none } : {}) });
      if (open) this.openRoutes.set(`${route.method} ${route.path}`, added);
    }

    // ---------------------------------------------------------------- the pages, deployed
    this.siteDeployment = new BucketDeployment(this, 'site-deployment', {
      destinationBucket: this.site,
      sources: [
        Source.asset(webDir, { exclude: ['.*'] }),
        Source.jsonData('config.json', {
          apiBase: this.api.apiEndpoint,
          accesso: 'cognito',
          cognito: { domain: this.authDomain.baseUrl(), clientId: client.userPoolClientId, redirectUri: signInPage },
          s3Origin: null,
        }),
      ],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
      memoryLimit: 512,
    });

    new CfnOutput(this, 'InboxBucket', { value: this.inbox.bucketName });
    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
    new CfnOutput(this, 'WebUrl', { value: `${this.siteOrigin}/` });
    new CfnOutput(this, 'SignInDomain', { value: this.authDomain.baseUrl() });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: client.userPoolClientId });
  }
}
