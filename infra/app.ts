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
});
suppressReviewedFindings(stack);
Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
