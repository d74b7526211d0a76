import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CarteggioStack } from './carteggio-stack.ts';
import { suppressReviewedFindings } from './nag-suppressions.ts';

/** `npx cdk synth` / `npx cdk deploy`: parameters come from cdk.json's context or `-c key=value`. */
const app = new App();
const ctx = (key: string) => app.node.tryGetContext(`carteggio:${key}`);
const stack = new CarteggioStack(app, 'Carteggio', {
  env: { region: ctx('region') ?? 'eu-south-1', account: process.env.CDK_DEFAULT_ACCOUNT },
  archiveObjectLockDays: Number(ctx('archiveObjectLockDays') ?? 3650),
  ingestReservedConcurrency: Number(ctx('ingestReservedConcurrency') ?? 10),
  alarmEmail: ctx('alarmEmail') || undefined,
  cognitoPlus: String(ctx('cognitoPlus') ?? 'false') === 'true',
  // Unique per region across AWS: set your own with -c carteggio:authDomainPrefix=… (default carteggio-web).
  authDomainPrefix: ctx('authDomainPrefix') || undefined,
  // Optional: -c carteggio:webDomainName=carteggio.example.it -c carteggio:webCertificateArn=arn:aws:acm:us-east-1:…
  webDomain: ctx('webDomainName') && ctx('webCertificateArn') ? { domainName: String(ctx('webDomainName')), certificateArn: String(ctx('webCertificateArn')) } : undefined,
  // Optional: -c carteggio:sealKmsKeyArn=arn:aws:kms:…:key/… -c carteggio:sealCertificate=sigillo.pem (the AOO's seal in KMS)
  seal: ctx('sealKmsKeyArn') || ctx('sealCertificate') ? { kmsKeyArn: String(ctx('sealKmsKeyArn') ?? ''), certificateFile: String(ctx('sealCertificate') ?? '') } : undefined,
});
suppressReviewedFindings(stack);
Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
