import { App, Aspects } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CarteggioStack, webContentSecurityPolicy, type CarteggioStackProps } from '../../infra/carteggio-stack.ts';
import { suppressReviewedFindings } from '../../infra/nag-suppressions.ts';
import { sealWiring } from '../../infra/seal-wiring.ts';
import { API_ROUTES } from '../../functions/http/api-routes.ts';

/** The app as `npx cdk synth` builds it (functions bundled by the local esbuild, OCR layer included), offline. */
// Outside the project, so the bundles cannot lean on its node_modules.
const outdir = mkdtempSync(join(tmpdir(), 'carteggio-cdk-'));
// The built pages stand in here (npm run build writes dist/web): the deployment, not the pages, is under test.
const webDir = mkdtempSync(join(tmpdir(), 'carteggio-web-'));
for (const page of ['index.html', 'accesso.html']) writeFileSync(join(webDir, page), '<!doctype html><title>Carteggio</title>');
mkdirSync(join(webDir, 'assets'));
writeFileSync(join(webDir, 'assets', 'index.js'), '');
writeFileSync(join(webDir, '.build-web.json'), '{}');
afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(webDir, { recursive: true, force: true });
});

const baseProps: CarteggioStackProps = { env: { region: 'eu-south-1' }, archiveObjectLockDays: 3650, ingestReservedConcurrency: 10, cognitoPlus: false, webDir };

function synth() {
  const app = new App({ outdir });
  const stack = new CarteggioStack(app, 'Carteggio', baseProps);
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
    for (const b of [stack.inbox, stack.archive, stack.outputs, stack.site]) {
      expect(json.Resources[logicalId(b)].Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
      expect(json.Resources[logicalId(b)].Properties.LifecycleConfiguration).toBeDefined();
    }
  });

  it('refuses every request that is not TLS', () => {
    const policies = resources('AWS::S3::BucketPolicy');
    expect(policies.length).toBeGreaterThanOrEqual(6);
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
    const fns = resources('AWS::Lambda::Function').filter(([, f]) => /^(Acquisizione|Lettere|Consultazione|Riconciliazione|Autorizzazione)/.test(String(f.Properties.Description)));
    expect(fns).toHaveLength(5);
    for (const [, f] of fns) expect(f.Properties).toMatchObject({ Runtime: 'nodejs22.x', TracingConfig: { Mode: 'Active' } });
  });
});

describe('least privilege', () => {
  type Statement = { Action: string | string[]; Effect: string; Resource: unknown };
  const statementsOf = (fnDescription: RegExp): Statement[] => {
    const [fnId] = resources('AWS::Lambda::Function').find(([, f]) => fnDescription.test(String(f.Properties.Description)))!;
    const role = (json.Resources[fnId].Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0];
    const policies = resources('AWS::IAM::Policy').filter(([, p]) => JSON.stringify(p.Properties.Roles).includes(role));
    return policies.flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  };
  const policyOf = (fnDescription: RegExp) => JSON.stringify(statementsOf(fnDescription));
  const actions = (s: Statement) => [s.Action].flat().sort();
  const ids = () => ({ inbox: logicalId(stack.inbox), archive: logicalId(stack.archive), outputs: logicalId(stack.outputs), table: logicalId(stack.table) });

  it('lets ingestion touch the inbox, the archive and the table, and of the outputs only the campaign receipts', () => {
    const p = policyOf(/^Acquisizione/);
    expect(p).toContain(ids().inbox);
    expect(p).toContain(ids().archive);
    expect(p).toContain(ids().table);
    const outputs = (JSON.parse(p) as { Resource: unknown }[]).filter((st) => JSON.stringify(st.Resource).includes(ids().outputs));
    expect(outputs.flatMap((st) => [st.Resource].flat()).map((r) => JSON.stringify(r)).filter((r) => r.includes('/')).every((r) => r.includes('/raccolte/*'))).toBe(true);
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

  it('lets the archive API write the table, read the archive and the letters, and only presign uploads under enti/ in the inbox', () => {
    const statements = statementsOf(/^Consultazione/);
    const on = (id: string) => statements.filter((s) => JSON.stringify(s.Resource).includes(`"${id}"`));
    const { inbox, archive, outputs, table } = ids();
    // Every statement is about the table, the three buckets, or X-Ray.
    for (const s of statements) {
      const known = [inbox, archive, outputs, table].some((id) => JSON.stringify(s.Resource).includes(`"${id}"`));
      expect(known || (s.Resource === '*' && actions(s).every((a) => a.startsWith('xray:'))), JSON.stringify(s)).toBe(true);
    }
    // Corrections, shelf entries and calendar feed tokens.
    const tableActions = on(table).flatMap(actions);
    expect(tableActions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem']));
    // Presigned GETs of originals, texts and letters: read only.
    for (const bucket of [archive, outputs]) {
      expect(on(bucket).length).toBeGreaterThan(0);
      expect(on(bucket).flatMap(actions).sort()).toEqual(['s3:GetBucket*', 's3:GetObject*', 's3:List*']);
    }
    // Presigned PUTs into the inbox, under enti/ only; nothing read there.
    expect(on(inbox)).toEqual([{ Action: 's3:PutObject', Effect: 'Allow', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [inbox, 'Arn'] }, '/enti/*']] } }]);
  });

  it('gives the authorizer no AWS permission beyond its logs and traces', () => {
    for (const s of statementsOf(/^Autorizzazione/)) expect(actions(s).every((a) => a.startsWith('xray:')), JSON.stringify(s)).toBe(true);
  });
});

describe('the HTTP API', () => {
  const [[authorizerId, authorizer]] = resources('AWS::ApiGatewayV2::Authorizer');
  const open = new Set<string>(API_ROUTES.filter((r) => 'open' in r && r.open).map((r) => `${r.method} ${r.path}`));

  it('verifies Cognito ID tokens in one Lambda authorizer (simple responses, cached 5 minutes)', () => {
    expect(resources('AWS::ApiGatewayV2::Authorizer')).toHaveLength(1);
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'REQUEST',
      AuthorizerPayloadFormatVersion: '2.0',
      EnableSimpleResponses: true,
      IdentitySource: ['$request.header.Authorization'],
      AuthorizerResultTtlInSeconds: 300,
    });
    const [fnId, fn] = resources('AWS::Lambda::Function').find(([, f]) => /^Autorizzazione/.test(String(f.Properties.Description)))!;
    expect(JSON.stringify(authorizer.Properties.AuthorizerUri)).toContain(`"${fnId}"`);
    expect((fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({
      CARTEGGIO_USER_POOL_ID: { Ref: logicalId(stack.userPool) },
      CARTEGGIO_USER_POOL_CLIENT_ID: { Ref: logicalId(stack.userPoolClient) },
    });
  });

  it('has every route of the local API, each behind the Lambda authorizer but the open ones', () => {
    const routes = resources('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties);
    expect(routes.map((r) => r.RouteKey).sort()).toEqual(API_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    expect(open).toEqual(new Set(API_ROUTES.filter((r) => 'open' in r && r.open).map((r) => `${r.method} ${r.path}`)));
    expect([...open].every((k) => k === 'GET /calendar/{token}' || k.includes('/raccolta/{token}'))).toBe(true);
    for (const r of routes) {
      if (open.has(String(r.RouteKey))) {
        expect(r.AuthorizationType, String(r.RouteKey)).toBe('NONE');
        expect(r.AuthorizerId).toBeUndefined();
      } else {
        expect(r.AuthorizationType, String(r.RouteKey)).toBe('CUSTOM');
        expect(r.AuthorizerId, String(r.RouteKey)).toEqual({ Ref: authorizerId });
      }
    }
  });

  it('allows the web pages\' origin only, with the methods and headers they send', () => {
    const [, api] = resources('AWS::ApiGatewayV2::Api')[0];
    expect(api.Properties.CorsConfiguration).toMatchObject({
      AllowOrigins: [{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(stack.distribution), 'DomainName'] }]] }],
      AllowMethods: ['GET', 'POST', 'PUT'],
      AllowHeaders: ['authorization', 'content-type', 'idempotency-key'],
    });
  });

  it('has groups for the ministry, the regions and the Ambiti, MFA required', () => {
    expect(resources('AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName).sort()).toEqual(['ambito', 'ministero', 'regione']);
    template.hasResourceProperties('AWS::Cognito::UserPool', { MfaConfiguration: 'ON' });
  });

  it('logs access to the API, with the user the authorizer named', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"user":"\\$context.authorizer.user"') } });
  });
});

describe('the web pages', () => {
  const distribution = json.Resources[logicalId(stack.distribution)].Properties.DistributionConfig as Record<string, any>;
  const siteId = logicalId(stack.site);
  const siteOrigin = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(stack.distribution), 'DomainName'] }]] };

  it('keeps the pages in a private bucket that only CloudFront reads, through origin access control', () => {
    expect(json.Resources[siteId].Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: expect.anything(),
    });
    expect(json.Resources[siteId].Properties.WebsiteConfiguration).toBeUndefined();
    expect(distribution.Origins).toHaveLength(1);
    expect(distribution.Origins[0]).toMatchObject({ DomainName: { 'Fn::GetAtt': [siteId, 'RegionalDomainName'] }, OriginAccessControlId: expect.anything(), S3OriginConfig: { OriginAccessIdentity: '' } });
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', { OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' } });
    // The bucket policy: TLS only, and reads by the CloudFront service for this distribution alone.
    const [, policy] = resources('AWS::S3::BucketPolicy').find(([, p]) => JSON.stringify(p.Properties.Bucket) === JSON.stringify({ Ref: siteId }))!;
    const allows = (policy.Properties.PolicyDocument as { Statement: Record<string, any>[] }).Statement.filter((s) => s.Effect === 'Allow');
    expect(allows.length).toBeGreaterThan(0);
    for (const s of allows) {
      expect(s.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
      expect(JSON.stringify(s.Condition)).toContain(logicalId(stack.distribution));
    }
  });

  it('serves HTTPS only, index.html at the root, with access logs', () => {
    expect(distribution).toMatchObject({ DefaultRootObject: 'index.html', DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https' }, Logging: { Bucket: expect.anything() } });
  });

  it('sends a Content-Security-Policy and the other security headers', () => {
    const [policyId, policy] = resources('AWS::CloudFront::ResponseHeadersPolicy')[0];
    expect(distribution.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    const headers = (policy.Properties.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: Record<string, any> }).SecurityHeadersConfig;
    const csp = headers.ContentSecurityPolicy.ContentSecurityPolicy as string;
    expect(csp).toBe(webContentSecurityPolicy('eu-south-1', 'https://carteggio-web.auth.eu-south-1.amazoncognito.com'));
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('connect-src \'self\' https://*.execute-api.eu-south-1.amazonaws.com https://*.s3.eu-south-1.amazonaws.com https://carteggio-web.auth.eu-south-1.amazoncognito.com;');
    expect(headers).toMatchObject({ ContentTypeOptions: { Override: true }, FrameOptions: { FrameOption: 'DENY' }, StrictTransportSecurity: { AccessControlMaxAgeSec: 31536000 } });
  });

  it('deploys the built pages and a config.json naming the API, the hosted UI and the sign-in page', () => {
    const [, deployment] = resources('Custom::CDKBucketDeployment')[0];
    const p = deployment.Properties as Record<string, any>;
    expect(p).toMatchObject({ DestinationBucketName: { Ref: siteId }, DistributionId: { Ref: logicalId(stack.distribution) }, DistributionPaths: ['/*'], Prune: true });
    expect(p.SourceObjectKeys).toHaveLength(2);
    const dirs = (p.SourceObjectKeys as string[]).map((k) => join(outdir, `asset.${k.replace(/\.zip$/, '')}`));
    // The pages, without the build's own stamp.
    expect(readFileSync(join(dirs[0], 'index.html'), 'utf8')).toContain('Carteggio');
    expect(existsSync(join(dirs[0], '.build-web.json'))).toBe(false);
    // config.json: deploy-time values as markers, resolved by the deployment from these references.
    const config = JSON.parse(readFileSync(join(dirs[1], 'config.json'), 'utf8'));
    const markers = p.SourceMarkers[1] as Record<string, unknown>;
    const resolved = JSON.parse(JSON.stringify(config), (_k, v) => (typeof v === 'string' ? v.replace(/<<marker:0xbaba:\d+>>/g, (m) => JSON.stringify(markers[m])) : v));
    expect(resolved).toEqual({
      apiBase: JSON.stringify({ 'Fn::GetAtt': [logicalId(stack.api), 'ApiEndpoint'] }),
      accesso: 'cognito',
      cognito: {
        domain: `https://${JSON.stringify({ Ref: logicalId(stack.authDomain) })}.auth.eu-south-1.amazoncognito.com`,
        clientId: JSON.stringify({ Ref: logicalId(stack.userPoolClient) }),
        redirectUri: `https://${JSON.stringify({ 'Fn::GetAtt': [logicalId(stack.distribution), 'DomainName'] })}/accesso.html`,
      },
      s3Origin: null,
    });
  });

  it('signs in through the Cognito hosted UI, back to the sign-in page, with no client secret', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'carteggio-web', UserPoolId: { Ref: logicalId(stack.userPool) } });
    const signIn = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(stack.distribution), 'DomainName'] }, '/accesso.html']] };
    expect(json.Resources[logicalId(stack.userPoolClient)].Properties).toMatchObject({
      AllowedOAuthFlows: ['implicit', 'code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: [signIn],
      LogoutURLs: [signIn],
      GenerateSecret: false,
      IdTokenValidity: 60,
      TokenValidityUnits: { IdToken: 'minutes' },
      SupportedIdentityProviders: ['COGNITO'],
    });
  });

  it('lets the pages upload to the inbox (PUT from the archive page, POST from a body’s link) and download from the archive and the letters, from their origin only', () => {
    expect(json.Resources[logicalId(stack.inbox)].Properties.CorsConfiguration).toEqual({ CorsRules: [expect.objectContaining({ AllowedMethods: ['PUT', 'POST'], AllowedOrigins: [siteOrigin] })] });
    for (const b of [stack.archive, stack.outputs]) {
      const rules = (json.Resources[logicalId(b)].Properties.CorsConfiguration as { CorsRules: Record<string, unknown>[] }).CorsRules;
      expect(rules).toHaveLength(1);
      expect(rules[0]).toMatchObject({ AllowedMethods: ['GET', 'HEAD'], AllowedOrigins: [siteOrigin] });
    }
    expect(json.Resources[siteId].Properties.CorsConfiguration).toBeUndefined();
  });
});

describe('synth without the built pages', () => {
  it('stops with a message that says to run npm run build, before bundling anything', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'carteggio-cdk-noweb-')) });
    expect(() => new CarteggioStack(app, 'Carteggio', { ...baseProps, webDir: join(webDir, 'missing') })).toThrow(/npm run build/);
    rmSync(app.outdir, { recursive: true, force: true });
  });
});

describe('a custom domain for the pages', () => {
  it('serves them on that name with its certificate and TLS 1.2 at least, cdk-nag clean without the CFR4 exception', () => {
    // Bundling skipped: only the distribution's settings are under test here.
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'carteggio-cdk-domain-')), context: { 'aws:cdk:bundling-stacks': [] } });
    const custom = new CarteggioStack(app, 'Carteggio', {
      ...baseProps,
      ocrLayerDir: mkdtempSync(join(tmpdir(), 'carteggio-no-layer-')),
      authDomainPrefix: 'ente-esempio-carteggio',
      webDomain: { domainName: 'carteggio.ente.example.it', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000' },
    });
    suppressReviewedFindings(custom);
    Aspects.of(app).add(new AwsSolutionsChecks());
    app.synth();
    const t = Template.fromStack(custom);
    t.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ Aliases: ['carteggio.ente.example.it'], ViewerCertificate: Match.objectLike({ MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' }) }),
    });
    t.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'ente-esempio-carteggio' });
    t.hasResourceProperties('AWS::Cognito::UserPoolClient', { CallbackURLs: ['https://carteggio.ente.example.it/accesso.html'] });
    const findings = [...Annotations.fromStack(custom).findError('*', Match.stringLikeRegexp('AwsSolutions-.*')), ...Annotations.fromStack(custom).findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))];
    expect(findings.map((f) => `${f.id}: ${String(f.entry.data).slice(0, 120)}`)).toEqual([]);
    rmSync(app.outdir, { recursive: true, force: true });
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
    // The letters' bundle: the one whose code names the generate service (collect and ingest carry templates too).
    const generateDir = assets.find((d) => existsSync(join(d, 'templates')) && readFileSync(join(d, 'index.mjs'), 'utf8').includes('carteggio-generate'))!;
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
      // What API Gateway hands the function after the Lambda authorizer said yes.
      const caller = { user: 'udp', groups: 'ambito', codiceIpa: data.mittente.codiceIpa };
      const res = await generate({ routeKey: 'POST /letters', body: JSON.stringify({ template: 'lettera', data }), requestContext: { authorizer: { lambda: caller } } });
      expect(res.statusCode, String(res.body)).toBe(201);
      expect(JSON.parse(res.body).protocol.numero).toBe('0000001');
    } finally {
      await local.stop();
    }
  });

  it('authorize nobody without a well-formed Cognito ID token (the authorizer, standing alone)', async () => {
    const [, fn] = resources('AWS::Lambda::Function').find(([, f]) => /^Autorizzazione/.test(String(f.Properties.Description)))!;
    const key = (fn.Properties.Code as { S3Key: string }).S3Key.replace(/\.zip$/, '');
    process.env.CARTEGGIO_USER_POOL_ID = 'eu-south-1_Carteggio';
    process.env.CARTEGGIO_USER_POOL_CLIENT_ID = 'carteggio-web-client';
    const { handler } = await import(join(outdir, `asset.${key}`, 'index.mjs'));
    // Refused before any key is fetched: no header, not a bearer token, not a JWT.
    for (const authorization of [undefined, 'Basic dXRlbnRlOnBhc3N3b3Jk', 'Bearer non-un-jwt']) {
      const res = await handler({ type: 'REQUEST', routeKey: 'GET /me', headers: authorization ? { authorization } : {} });
      expect(res, String(authorization)).toEqual({ isAuthorized: false, context: {} });
    }
  });
});

describe('the segnatura’s seal with its key in AWS KMS', () => {
  const keyArn = 'arn:aws:kms:eu-south-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
  const sealDir = mkdtempSync(join(tmpdir(), 'carteggio-seal-'));
  const certificateFile = join(sealDir, "sigillo dell'AOO.pem");
  writeFileSync(certificateFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
  // Bundling skipped: the function's settings and permissions are under test here.
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'carteggio-cdk-seal-')), context: { 'aws:cdk:bundling-stacks': [] } });
  const sealed = new CarteggioStack(app, 'Carteggio', { ...baseProps, ocrLayerDir: mkdtempSync(join(tmpdir(), 'carteggio-no-layer-')), seal: { kmsKeyArn: keyArn, certificateFile } });
  suppressReviewedFindings(sealed);
  Aspects.of(app).add(new AwsSolutionsChecks());
  app.synth();
  const sealedJson = Template.fromStack(sealed).toJSON() as typeof json;
  const of = (type: string) => Object.entries(sealedJson.Resources).filter(([, r]) => r.Type === type);
  const generateFn = of('AWS::Lambda::Function').find(([, f]) => String(f.Properties.Description).startsWith('Lettere protocollate'))![1];
  const statements = (policy: { Properties: Record<string, unknown> }) => (policy.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement;
  const kmsStatements = of('AWS::IAM::Policy').flatMap(([, p]) => statements(p).filter((s) => [s.Action].flat().some((a) => a.startsWith('kms:'))).map((s) => ({ roles: p.Properties.Roles, ...s })));
  afterAll(() => {
    rmSync(app.outdir, { recursive: true, force: true });
    rmSync(sealDir, { recursive: true, force: true });
  });

  it('gives the generation function kms:Sign on that key and nothing more', () => {
    const generateRole = (generateFn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    expect(kmsStatements).toEqual([{ roles: [{ Ref: generateRole }], Effect: 'Allow', Action: 'kms:Sign', Resource: keyArn }]);
  });

  it('tells the generation function the key and where its certificate is in the bundle', () => {
    expect((generateFn.Properties.Environment as { Variables: Record<string, string> }).Variables).toMatchObject({ CARTEGGIO_SEAL_KMS_KEY_ID: keyArn, CARTEGGIO_SEAL_CERT: '/var/task/seal/certificate.pem' });
  });

  it('stays cdk-nag clean', () => {
    const findings = [...Annotations.fromStack(sealed).findError('*', Match.stringLikeRegexp('AwsSolutions-.*')), ...Annotations.fromStack(sealed).findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))];
    expect(findings.map((f) => `${f.id}: ${String(f.entry.data).slice(0, 120)}`)).toEqual([]);
  });

  it('puts the certificate into the bundle, whatever its file is called', () => {
    // Prepare
    const out = mkdtempSync(join(tmpdir(), 'carteggio-seal-bundle-'));
    // Act
    for (const command of sealWiring({ kmsKeyArn: keyArn, certificateFile })!.afterBundling(out)) execSync(command);
    // Assess
    expect(readFileSync(join(out, 'seal', 'certificate.pem'), 'utf8')).toBe(readFileSync(certificateFile, 'utf8'));
    rmSync(out, { recursive: true, force: true });
  });

  it('refuses an alias in place of the key’s ARN, in Italian, before bundling anything', () => {
    expect(() => sealWiring({ kmsKeyArn: 'alias/sigillo-aoo', certificateFile })).toThrow(/serve l’ARN della chiave KMS/);
  });
});
