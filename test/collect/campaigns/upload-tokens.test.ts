import { createHmac, randomBytes } from 'node:crypto';
import { CreateBucketCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyNotExpectedError, CampaignNotFoundError } from '../../../shared/collect/campaign-errors.ts';
import { hashToken, presignedUpload, presignedUploadForToken, UploadTokens, type PresignedUpload } from '../../../shared/collect/upload-tokens.ts';
import type { Campaign } from '../../../shared/records/campaign-record.ts';
import { DynamoCampaignStore } from '../../../shared/storage/dynamo-campaign-store.ts';
import { startEmbeddedStack, type EmbeddedStack } from '../../support/embedded-stack.ts';

let env: EmbeddedStack;
let store: DynamoCampaignStore;
const BUCKET = 'carteggio-raccolte-test';

beforeAll(async () => {
  env = await startEmbeddedStack();
  store = new DynamoCampaignStore(env.dynamo, env.config.table);
  await env.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
});
afterAll(async () => {
  await env?.stop();
});

let n = 0;
/** A campaign with two expected bodies, ATS-A and ATS-B, deadline 31 March 2026. */
async function campaign(): Promise<Campaign> {
  const c: Campaign = { id: `tok${process.pid}-${++n}`, issuer: { codiceIpa: 'r_puglia', name: 'Regione Puglia' }, title: 'POA 2026', formId: 'poa-supervisione', deadline: '2026-03-31', state: 'aperta', createdAt: '2026-02-01T09:00:00.000Z' };
  await store.createCampaign(c);
  await store.putExpectedBodies(c.id, [
    { campaignId: c.id, code: 'ATS-A', name: 'Ambito A', region: 'Puglia', pec: 'a@pec.it' },
    { campaignId: c.id, code: 'ATS-B', name: 'Ambito B', region: 'Puglia', pec: 'b@pec.it' },
  ]);
  return c;
}

const during = new Date('2026-03-20T10:00:00Z');

describe('upload tokens', () => {
  it('issues an unguessable token stored only as its hash, which opens its body’s slot', async () => {
    // Prepare
    const c = await campaign();
    const tokens = new UploadTokens(store);
    // Act
    const { token, record } = await tokens.issueToken(c.id, 'ATS-A', during);
    // Assess
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes: 256 bits
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(token).not.toContain(c.id);
    expect(record).toMatchObject({ hash: hashToken(token), campaignId: c.id, bodyCode: 'ATS-A', revoked: false });
    const stored = await store.getUploadToken(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    // The deadline's day ends at 23:59:59.999 in Rome (CEST, UTC+2 on 30 April): plus 30 days' grace by default.
    expect(record.expiresAt).toBe('2026-04-30T21:59:59.999Z');
    expect(await tokens.checkToken(token, during)).toEqual({ ok: true, campaignId: c.id, bodyCode: 'ATS-A', expiresAt: record.expiresAt });
  });

  it('gives a token only to an expected body of an existing campaign', async () => {
    const c = await campaign();
    const tokens = new UploadTokens(store);

    await expect(tokens.issueToken(c.id, 'ATS-Z')).rejects.toBeInstanceOf(BodyNotExpectedError);
    await expect(tokens.issueToken('nessuna-raccolta', 'ATS-A')).rejects.toBeInstanceOf(CampaignNotFoundError);
  });

  it('refuses forged tokens as unknown, with a message that says what to do', async () => {
    const c = await campaign();
    const tokens = new UploadTokens(store);
    const { token } = await tokens.issueToken(c.id, 'ATS-A', during);
    const altered = (token[0] === 'A' ? 'B' : 'A') + token.slice(1);

    for (const forged of [randomBytes(32).toString('base64url'), altered, token.slice(0, 42), `${token}x`, '', `../${c.id}/ATS-B`]) {
      expect(await tokens.checkToken(forged, during)).toEqual({
        ok: false,
        refusal: 'sconosciuto',
        message: "Collegamento non valido: non corrisponde a nessun invio atteso. Controllare di averlo copiato per intero dal messaggio ricevuto, oppure chiederne uno nuovo all'ente che ha avviato la raccolta.",
      });
    }
  });

  it('refuses an expired token after the deadline plus the grace period, saying when it expired', async () => {
    const c = await campaign();
    const tokens = new UploadTokens(store, { graceDays: 0 });
    const { token } = await tokens.issueToken(c.id, 'ATS-A', during);

    const lastMinute = await tokens.checkToken(token, new Date('2026-03-31T21:59:00Z'));
    const after = await tokens.checkToken(token, new Date('2026-03-31T22:00:00Z'));

    expect(lastMinute.ok).toBe(true);
    expect(after).toEqual({ ok: false, refusal: 'scaduto', message: expect.stringMatching(/^Collegamento scaduto il 31\/03\/2026 alle 23:59: /) });
  });

  it('refuses a revoked token; reissuing revokes every earlier token of the slot and only of that slot', async () => {
    const c = await campaign();
    const tokens = new UploadTokens(store);
    const first = await tokens.issueToken(c.id, 'ATS-A', during);
    const second = await tokens.issueToken(c.id, 'ATS-A', during);
    const other = await tokens.issueToken(c.id, 'ATS-B', during);

    const reissued = await tokens.reissueToken(c.id, 'ATS-A', new Date('2026-03-21T09:30:00Z'));

    expect(reissued.revoked).toBe(2);
    for (const old of [first.token, second.token]) {
      expect(await tokens.checkToken(old, during)).toEqual({ ok: false, refusal: 'revocato', message: expect.stringMatching(/^Collegamento revocato il 21\/03\/2026 alle 10:30: usare il collegamento più recente/) });
    }
    expect(await tokens.checkToken(reissued.token, during)).toMatchObject({ ok: true, bodyCode: 'ATS-A' });
    expect(await tokens.checkToken(other.token, during)).toMatchObject({ ok: true, bodyCode: 'ATS-B' });
    expect(await tokens.revokeToken(other.token)).toBe(true);
    expect(await tokens.checkToken(other.token, during)).toMatchObject({ ok: false, refusal: 'revocato' });
    expect(await tokens.revokeToken(randomBytes(32).toString('base64url'))).toBe(false);
  });
});

describe('presigned upload into a slot', () => {
  it('gives a token’s holder a POST into its own slot only, and none for a refused token', async () => {
    // Prepare
    const c = await campaign();
    const tokens = new UploadTokens(store);
    const a = await tokens.issueToken(c.id, 'ATS-A', during);
    const now = new Date();
    // Act
    const post = await presignedUploadForToken(tokens, env.s3, BUCKET, a.token, 5_000_000, { contentType: 'application/pdf', fileName: 'POA 2026 – Ambito A.pdf', now: during });
    const refused = await presignedUploadForToken(tokens, env.s3, BUCKET, randomBytes(32).toString('base64url'), 5_000_000, { now: during });
    // Assess
    expect(refused).toMatchObject({ ok: false, refusal: 'sconosciuto' });
    if (!post.ok) throw new Error(post.message);
    expect(post.upload.prefix).toBe(`raccolte/${c.id}/ATS-A/`);
    expect(post.upload.key.startsWith(post.upload.prefix)).toBe(true);
    expect(post.upload.key).toMatch(/-POA-2026-Ambito-A\.pdf$/);
    const policy = decodePolicy(post.upload);
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['starts-with', '$key', `raccolte/${c.id}/ATS-A/`],
        ['content-length-range', 1, 5_000_000],
        { key: post.upload.key },
        { 'Content-Type': 'application/pdf' },
        { bucket: BUCKET },
      ]),
    );
    const minutes = (Date.parse(policy.expiration) - now.getTime()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    expect(post.upload.expiresAt).toBe(policy.expiration);
    // What S3 would check: B's slot, another type, too many bytes or no bytes are outside the policy.
    const form = (over: Record<string, string>) => ({ ...post.upload.fields, ...over });
    expect(policyAdmits(policy, form({}), 1000)).toBe(true);
    expect(policyAdmits(policy, form({ key: `raccolte/${c.id}/ATS-B/intruso.pdf` }), 1000)).toBe(false);
    expect(policyAdmits(policy, form({ key: `raccolte/${c.id}/ATS-A/../ATS-B/x.pdf` }), 1000)).toBe(false);
    expect(policyAdmits(policy, form({ 'Content-Type': 'text/html' }), 1000)).toBe(false);
    expect(policyAdmits(policy, form({}), 5_000_001)).toBe(false);
    expect(policyAdmits(policy, form({}), 0)).toBe(false);
  });

  it('signs the policy with the client’s credentials (SigV4), so no condition can be changed without S3 refusing it', async () => {
    const upload = await presignedUpload(env.s3, BUCKET, { campaignId: 'sig-test', bodyCode: 'ATS-A' }, 1000);
    const credentials = await env.s3.config.credentials();
    const [, date, region, service] = upload.fields['X-Amz-Credential'].split('/');

    const key = [date, region, service, 'aws4_request'].reduce<Buffer>((k, part) => createHmac('sha256', k).update(part).digest(), Buffer.from(`AWS4${credentials.secretAccessKey}`));

    expect(upload.fields['X-Amz-Signature']).toBe(createHmac('sha256', key).update(upload.fields.Policy).digest('hex'));
    expect(upload.fields['X-Amz-Algorithm']).toBe('AWS4-HMAC-SHA256');
  });

  it('uploads through the real SDK’s presigned POST to s3rver with fetch and FormData', async () => {
    // Prepare
    const c = await campaign();
    const tokens = new UploadTokens(store);
    const { token } = await tokens.issueToken(c.id, 'ATS-B', during);
    const pdf = Buffer.from('%PDF-1.7\n% modulo compilato\n%%EOF\n');
    const post = await presignedUploadForToken(tokens, env.s3, BUCKET, token, 1_000_000, { contentType: 'application/pdf', fileName: 'poa.pdf', now: during });
    if (!post.ok) throw new Error(post.message);
    // Act
    const body = new FormData();
    for (const [k, v] of Object.entries(post.upload.fields)) body.append(k, v);
    body.append('file', new Blob([pdf], { type: 'application/pdf' }), 'poa.pdf');
    const res = await fetch(post.upload.url, { method: 'POST', body });
    // Assess
    expect(res.status).toBe(204);
    const stored = await env.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: post.upload.key }));
    expect(Buffer.from(await stored.Body!.transformToByteArray())).toEqual(pdf);
    expect(post.upload.key.startsWith(`raccolte/${c.id}/ATS-B/`)).toBe(true);
  });

  it('refuses scopes that would leave the raccolte/<campaign>/<body>/ prefix and types outside PDF, p7m, octet-stream', async () => {
    await expect(presignedUpload(env.s3, BUCKET, { campaignId: 'c1', bodyCode: '../x' }, 10)).rejects.toThrow();
    await expect(presignedUpload(env.s3, BUCKET, { campaignId: 'c1/../c2', bodyCode: 'A' }, 10)).rejects.toThrow();
    await expect(presignedUpload(env.s3, BUCKET, { campaignId: 'c1', bodyCode: 'A' }, 10, { contentType: 'text/html' as 'application/pdf' })).rejects.toThrow(/tipo di contenuto non ammesso/);
    await expect(presignedUpload(env.s3, BUCKET, { campaignId: 'c1', bodyCode: 'A' }, 0)).rejects.toThrow(RangeError);
  });
});

interface Policy {
  expiration: string;
  conditions: (Record<string, string> | [string, string | number, string | number])[];
}

function decodePolicy(upload: PresignedUpload): Policy {
  return JSON.parse(Buffer.from(upload.fields.Policy, 'base64').toString('utf8')) as Policy;
}

/**
 * S3's evaluation of a POST policy's conditions (s3rver does not evaluate them: it ignores the
 * `policy` field, lib/controllers/object.js): every condition must hold for the form's fields.
 */
function policyAdmits(policy: Policy, fields: Record<string, string>, size: number): boolean {
  const field = (name: string) => Object.entries(fields).find(([k]) => k.toLowerCase() === name.replace(/^\$/, '').toLowerCase())?.[1];
  return policy.conditions.every((c) => {
    if (!Array.isArray(c)) return Object.entries(c).every(([k, v]) => (k === 'bucket' ? v === BUCKET : field(k) === v));
    const [op, a, b] = c;
    if (op === 'content-length-range') return size >= Number(a) && size <= Number(b);
    if (op === 'starts-with') return (k(a) === 'bucket' ? BUCKET : (field(String(a)) ?? '')).startsWith(String(b));
    if (op === 'eq') return field(String(a)) === b;
    return false;
  });
  function k(a: string | number) {
    return String(a).replace(/^\$/, '');
  }
}
