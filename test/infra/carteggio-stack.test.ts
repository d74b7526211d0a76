import { App, Aspects } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CarteggioStack } from '../../infra/carteggio-stack.ts';
import { suppressReviewedFindings } from '../../infra/nag-suppressions.ts';
import { API_ROUTES } from '../../functions/http/api-routes.ts';

/** The app as `npx cdk synth` builds it (functions bundled by the local esbuild, OCR layer included), offline. */
// Outside the project, so the bundles cannot lean on its node_modules.
const outdir = mkdtempSync(join(tmpdir(), 'carteggio-cdk-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function synth() {
  const app = new App({ outdir });
  const stack = new CarteggioStack(app, 'Carteggio', { env: { region: 'eu-south-1' }, archiveObjectLockDays: 3650, ingestReservedConcurrency: 10, cognitoPlus: false });
  suppressReviewedFindings(stack);
  Aspects.of(app).add(new AwsSolutionsChecks());
  app.synth();
  return { stack, template: Template.fromStack(stack) };
}

const { stack, template } = synth();
const json = template.toJSON() as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
const resources = (type: string) => Object.entries(json.Resources).filter(([, r]) => r.Type === type);
const logicalId = (construct: { node: { defaultChild?: unknown } }) => stack.getLogicalId(construct.node.defaultChild as never);

describe('storage', () => {
  it('blocks public access, encrypts and versions every bucket', () => {
    for (const [, bucket] of resources('AWS::S3::Bucket')) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
      expect(bucket.Properties.BucketEncryption).toBeDefined();
    }
    for (const b of [stack.inbox, stack.archive, stack.outputs]) {
      expect(json.Resources[logicalId(b)].Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
      expect(json.Resources[logicalId(b)].Properties.LifecycleConfiguration).toBeDefined();
    }
  });

  it('refuses every request that is not TLS', () => {
    const policies = resources('AWS::S3::BucketPolicy');
    expect(policies.length).toBeGreaterThanOrEqual(4);
    for (const [, p] of policies) {
      expect(JSON.stringify(p.Properties.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
    }
  });

  it('locks archived originals against deletion (Object Lock, governance)', () => {
    expect(json.Resources[logicalId(stack.archive)].Properties).toMatchObject({
      ObjectLockEnabled: true,
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 3650 } } },
    });
  });
});

describe('data', () => {
  it('keeps the table recoverable to any point, with the GSI the queries use and a TTL', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      GlobalSecondaryIndexes: [Match.objectLike({ IndexName: 'gsi1' })],
    });
  });
});

describe('ingestion', () => {
  it('sends failed messages to a dead-letter queue watched by an alarm', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: 5 } });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(stack.deadLetters), 'QueueName'] } }],
      AlarmActions: [Match.anyValue()],
    });
  });

  it('reads the queue in batches that report partial failures, with a reserved concurrency', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { FunctionResponseTypes: ['ReportBatchItemFailures'], BatchSize: 4 });
    template.hasResourceProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: 10, Runtime: 'nodejs22.x', TracingConfig: { Mode: 'Active' } });
  });

  it('runs every function on nodejs22.x with X-Ray tracing', () => {
    const fns = resources('AWS::Lambda::Function').filter(([, f]) => /^(Acquisizione|Lettere|Consultazione)/.test(String(f.Properties.Description)));
    expect(fns).toHaveLength(3);
    for (const [, f] of fns) expect(f.Properties).toMatchObject({ Runtime: 'nodejs22.x', TracingConfig: { Mode: 'Active' } });
  });
});

describe('least privilege', () => {
  const policyOf = (fnDescription: RegExp) => {
    const [fnId] = resources('AWS::Lambda::Function').find(([, f]) => fnDescription.test(String(f.Properties.Description)))!;
    const role = (json.Resources[fnId].Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0];
    const policies = resources('AWS::IAM::Policy').filter(([, p]) => JSON.stringify(p.Properties.Roles).includes(role));
    return JSON.stringify(policies.map(([, p]) => p.Properties.PolicyDocument));
  };
  const ids = () => ({ inbox: logicalId(stack.inbox), archive: logicalId(stack.archive), outputs: logicalId(stack.outputs), table: logicalId(stack.table) });

  it('lets ingestion touch the inbox, the archive and the table, not the letters', () => {
    const p = policyOf(/^Acquisizione/);
    expect(p).toContain(ids().inbox);
    expect(p).toContain(ids().archive);
    expect(p).toContain(ids().table);
    expect(p).not.toContain(ids().outputs);
  });

  it('lets generation touch the outputs and the table, not the inbox or the archive', () => {
    const p = policyOf(/^Lettere/);
    expect(p).toContain(ids().outputs);
    expect(p).not.toContain(ids().inbox);
    expect(p).not.toContain(ids().archive);
  });

  it('lets reconciliation read the inbox and the table and queue arrivals, and write nothing', () => {
    const p = policyOf(/^Riconciliazione/);
    expect(p).toContain(ids().inbox);
    expect(p).toContain(ids().table);
    expect(p).toMatch(/sqs:SendMessage/);
    expect(p).not.toMatch(/dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem)|s3:PutObject|s3:DeleteObject/);
    expect(p).not.toContain(ids().archive);
  });

  it('runs reconciliation every night', () => {
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'cron(30 1 * * ? *)', State: 'ENABLED' });
  });

  it('lets the archive API only read the table', () => {
    const p = policyOf(/^Consultazione/);
    expect(p).toContain(ids().table);
    expect(p).not.toMatch(/dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem)/);
    expect(p).not.toMatch(/s3:/);
  });
});

describe('the HTTP API', () => {
  it('has every route of the local API, each behind the Cognito JWT authorizer', () => {
    const routes = resources('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties);
    expect(routes.map((r) => r.RouteKey).sort()).toEqual(API_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    for (const r of routes) expect(r.AuthorizationType).toBe('JWT');
  });

  it('has groups for the ministry, the regions and the Ambiti, MFA required', () => {
    expect(resources('AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName).sort()).toEqual(['ambito', 'ministero', 'regione']);
    template.hasResourceProperties('AWS::Cognito::UserPool', { MfaConfiguration: 'ON' });
  });

  it('logs access to the API', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { AccessLogSettings: { DestinationArn: Match.anyValue() } });
  });
});

describe('cdk-nag (AwsSolutions)', () => {
  it('reports no unsuppressed error or warning', () => {
    const findings = [
      ...Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*')),
      ...Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*')),
    ];
    expect(findings.map((f) => `${f.id}: ${String(f.entry.data).slice(0, 120)}`)).toEqual([]);
  });
});

describe('the deployed bundles', () => {
  it('ingest a PDF and generate a letter, standing alone with their assets and the OCR layer', async () => {
    const { readdirSync, existsSync, readFileSync } = await import('node:fs');
    const assets = readdirSync(outdir).filter((d) => d.startsWith('asset.')).map((d) => join(outdir, d));
    const ingestDir = assets.find((d) => existsSync(join(d, 'read-worker.mjs')))!;
    const generateDir = assets.find((d) => existsSync(join(d, 'templates')))!;
    const layerDir = assets.find((d) => existsSync(join(d, 'nodejs/node_modules')))!;
    // What Lambda sets: the layer on NODE_PATH, the asset folders from the function's environment.
    process.env.NODE_PATH = join(layerDir, 'nodejs/node_modules');
    process.env.CARTEGGIO_PDFJS_ASSETS = join(ingestDir, 'pdfjs');
    process.env.CARTEGGIO_TEMPLATES_DIR = join(generateDir, 'templates');
    process.env.CARTEGGIO_FONTS_DIR = join(generateDir, 'fonts');
    const { LocalStack } = await import('../../cli/local-stack.ts');
    const { loadConfig } = await import('../../shared/config/carteggio-config.ts');
    const { PutObjectCommand, S3Client } = await import('@aws-sdk/client-s3');
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    const { DynamoDocumentStore } = await import('../../shared/storage/dynamo-document-store.ts');
    const config = loadConfig({ CARTEGGIO_DATA_DIR: mkdtempSync(join(tmpdir(), 'carteggio-bundle-')) });
    const local = new LocalStack(config, async () => (await import(join(ingestDir, 'index.mjs'))).handler);
    const info = await local.start({ s3: 0, dynamo: 0 });
    try {
      const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
      const s3 = new S3Client({ region: config.region, endpoint: info.s3Endpoint, forcePathStyle: true, credentials });
      const pdf = readFileSync(new URL('../../../shared/eval/dev/003_c096d2ea55627154.pdf', import.meta.url));
      await s3.send(new PutObjectCommand({ Bucket: config.inboxBucket, Key: 'convocazione.pdf', Body: pdf }));
      await local.idle();
      const docs = await new DynamoDocumentStore(new DynamoDBClient({ region: config.region, endpoint: info.dynamoEndpoint, credentials }), config.table).listDocuments({});
      expect(docs.map((d) => [d.status, d.extraction?.fields.docType])).toEqual([['extracted', 'convocazione']]);

      const generate = (await import(join(generateDir, 'index.mjs'))).handler;
      const data = JSON.parse(readFileSync(new URL('../../templates/examples/lettera.json', import.meta.url), 'utf8'));
      const claims = { 'cognito:groups': 'ambito', 'cognito:username': 'udp', 'custom:codiceIpa': data.mittente.codiceIpa };
      const res = await generate({ routeKey: 'POST /letters', body: JSON.stringify({ template: 'lettera', data }), requestContext: { authorizer: { jwt: { claims } } } });
      expect(res.statusCode).toBe(201);
      expect(JSON.parse(res.body).protocol.numero).toBe('0000001');
    } finally {
      await local.stop();
    }
  });
});
