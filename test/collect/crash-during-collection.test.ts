import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoCampaignStore } from '../../shared/storage/dynamo-campaign-store.ts';
import { Campaign, newCampaignId, type Submission } from '../../shared/records/campaign-record.ts';
import { answers, filledForm, form } from './forms/form-samples.ts';

const bin = new URL('../../bin/carteggio.js', import.meta.url).pathname;
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const UPLOADS = 24;

function start(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'start'], {
    env: { ...process.env, CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_S3_PORT: '0', CARTEGGIO_DYNAMODB_PORT: '0', CARTEGGIO_API_PORT: '0', CARTEGGIO_OCR: 'off', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((ok, fail) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      if (out.includes('in esecuzione')) ok(child);
    });
    child.stderr!.on('data', (d) => (err += String(d)));
    child.once('exit', (code) => fail(new Error(`lo stack è uscito (${code}): ${err.slice(-2000)}`)));
  });
}

/**
 * The stack killed (SIGKILL) in the middle of a batch of answers and started again: every answer
 * S3 acknowledged ends as exactly one submission of its body, registered and receipted, and no body
 * is counted twice.
 */
describe('answers uploaded while the stack is killed', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-crash-collect-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  let submissions: Submission[] = [];
  const acknowledged: string[] = [];
  let campaignId = '';

  const run = (async () => {
    let child = await start(dataDir);
    const info = JSON.parse(readFileSync(join(dataDir, 'stack.json'), 'utf8'));
    const dynamo = new DynamoDBClient({ region: 'eu-south-1', endpoint: info.dynamoEndpoint, credentials });
    const store = new DynamoCampaignStore(dynamo, 'carteggio');
    const campaign = Campaign.parse({ recordVersion: 1, id: newCampaignId(), issuer: { codiceIpa: 'r_puglia', name: 'Regione Puglia' }, title: 'POA', formId: 'poa-supervisione', deadline: '2099-12-31', state: 'aperta', createdAt: new Date().toISOString() });
    campaignId = campaign.id;
    await store.createCampaign(campaign);
    await store.putExpectedBodies(campaign.id, Array.from({ length: UPLOADS }, (_, i) => ({ recordVersion: 1, campaignId: campaign.id, code: `ATS${i}`, name: `Ambito ${i}`, region: 'Puglia', pec: `ats${i}@pec.it` })));
    const filled = Buffer.from(await filledForm(form('poa-supervisione'), answers['poa-supervisione']));
    const s3 = new S3Client({ region: 'eu-south-1', endpoint: info.s3Endpoint, forcePathStyle: true, credentials, maxAttempts: 1 });
    let next = 0;
    let killed = false;
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        while (next < UPLOADS) {
          const i = next++;
          const key = `raccolte/${campaign.id}/ATS${i}/poa.pdf`;
          try {
            await s3.send(new PutObjectCommand({ Bucket: 'carteggio-inbox', Key: key, Body: Buffer.concat([filled, Buffer.from(`\n% ${i}\n`)]) }));
            acknowledged.push(`ATS${i}`);
            if (!killed && acknowledged.length >= UPLOADS / 2) {
              killed = true;
              child.kill('SIGKILL');
            }
          } catch {
            // cut off by the kill: not acknowledged
          }
        }
      }),
    );
    await new Promise((ok) => (child.exitCode !== null || child.signalCode ? ok(null) : child.once('exit', ok)));
    s3.destroy();
    dynamo.destroy();
    // Started again: reconciliation hands on every acknowledged upload not finished before the kill.
    child = await start(dataDir);
    const again = JSON.parse(readFileSync(join(dataDir, 'stack.json'), 'utf8'));
    const dynamo2 = new DynamoDBClient({ region: 'eu-south-1', endpoint: again.dynamoEndpoint, credentials });
    submissions = await new DynamoCampaignStore(dynamo2, 'carteggio').listSubmissions(campaign.id);
    dynamo2.destroy();
    child.kill('SIGTERM');
    await new Promise((ok) => child.once('exit', ok));
  })();

  it('gives every acknowledged upload its submission', async () => {
    await run;
    expect(acknowledged.length).toBeGreaterThanOrEqual(UPLOADS / 2);
    const answered = new Set(submissions.map((s) => s.bodyCode));
    expect(acknowledged.filter((code) => !answered.has(code))).toEqual([]);
  });

  it('counts no body twice', async () => {
    await run;
    const codes = submissions.map((s) => s.bodyCode);
    expect(codes.length).toBe(new Set(codes).size);
  });

  it('registers every submission in the incoming protocol', async () => {
    await run;
    expect(submissions.filter((s) => !s.protocol).map((s) => s.bodyCode)).toEqual([]);
    expect(campaignId).not.toBe('');
  });
});
