import { createHash } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CampaignExistsError, CampaignNotFoundError, IncompleteWriteError, SubmissionNotFoundError } from '../../../shared/collect/campaign-errors.ts';
import type { Campaign, ExpectedBody, NewSubmission } from '../../../shared/records/campaign-record.ts';
import type { CampaignStore } from '../../../shared/storage/campaign-store.ts';
import { DynamoCampaignStore } from '../../../shared/storage/dynamo-campaign-store.ts';
import { MemoryCampaignStore } from '../../../shared/storage/memory-campaign-store.ts';
import { startEmbeddedStack, type EmbeddedStack } from '../../support/embedded-stack.ts';

let env: EmbeddedStack | undefined;
beforeAll(async () => {
  env = await startEmbeddedStack();
});
afterAll(async () => {
  await env?.stop();
});

const adapters: { name: string; make: () => CampaignStore }[] = [
  { name: 'in memory', make: () => new MemoryCampaignStore() },
  { name: 'DynamoDB (dynalite, real SDK)', make: () => new DynamoCampaignStore(env!.dynamo, env!.config.table) },
];

let n = 0;
/** A campaign of its own per test: the DynamoDB table is shared by the whole file. */
const newId = () => `c${process.pid}-${++n}`;
const issuer = (i: number) => ({ codiceIpa: `r_test${process.pid}_${i}`, name: `Regione ${i}` });

function campaign(id: string, over: Partial<Campaign> = {}): Campaign {
  return { id, issuer: issuer(1), title: 'POA supervisione 2026', formId: 'poa-supervisione', deadline: '2026-03-31', state: 'aperta', createdAt: '2026-02-01T09:00:00.000Z', ...over };
}

function body(campaignId: string, i: number, over: Partial<ExpectedBody> = {}): ExpectedBody {
  return { campaignId, code: `ATS${String(i).padStart(3, '0')}`, name: `Ambito ${i}`, region: 'Puglia', pec: `ambito${i}@pec.example.it`, population: 50_000 + i, ...over };
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function submission(campaignId: string, bodyCode: string, content: string, over: Partial<NewSubmission> = {}): NewSubmission {
  return { campaignId, bodyCode, documentId: sha(content), receivedAt: '2026-03-10T10:00:00.000Z', via: 'link', late: false, outcome: 'in-lettura', reasons: [], values: {}, how: {}, ...over };
}

describe.each(adapters)('campaign store contract ($name)', ({ make }) => {
  it('remembers an arrival handled under its key and entity tag only', async () => {
    const store = make();
    const key = `raccolte/c${++n}/ATS/x.pdf`;
    await store.markArrivalHandled('inbox', key, '"e1"');
    expect(await store.arrivalHandled('inbox', key, '"e1"')).toBe(true);
    expect(await store.arrivalHandled('inbox', key, '"e2"')).toBe(false);
    expect(await store.arrivalHandled('altro', key, '"e1"')).toBe(false);
  });

  it('creates a campaign once, reads it back stamped with its record version, and refuses the same id twice', async () => {
    // Prepare
    const store = make();
    const id = newId();
    // Act
    await store.createCampaign(campaign(id));
    // Assess
    expect(await store.getCampaign(id)).toMatchObject({ ...campaign(id), recordVersion: 1 });
    await expect(store.createCampaign(campaign(id, { title: 'altro' }))).rejects.toBeInstanceOf(CampaignExistsError);
    expect((await store.getCampaign(id))?.title).toBe('POA supervisione 2026');
    expect(await store.getCampaign('inesistente')).toBeNull();
  });

  it('lists campaigns newest first, filtered by issuer and by state', async () => {
    const store = make();
    const ipa = `r_list${process.pid}_${++n}`;
    const other = `r_other${process.pid}_${++n}`;
    const [a, b, c] = [newId(), newId(), newId()];
    await store.createCampaign(campaign(a, { issuer: { codiceIpa: ipa, name: 'Regione A' }, createdAt: '2026-01-01T00:00:00.000Z' }));
    await store.createCampaign(campaign(b, { issuer: { codiceIpa: ipa, name: 'Regione A' }, createdAt: '2026-02-01T00:00:00.000Z' }));
    await store.createCampaign(campaign(c, { issuer: { codiceIpa: other, name: 'Regione B' } }));
    await store.closeCampaign(a, new Date('2026-04-02T08:00:00Z'));

    expect((await store.listCampaigns({ issuer: ipa })).map((x) => x.id)).toEqual([b, a]);
    expect((await store.listCampaigns({ issuer: ipa, state: 'aperta' })).map((x) => x.id)).toEqual([b]);
    expect((await store.listCampaigns({ issuer: ipa, state: 'chiusa' })).map((x) => x.id)).toEqual([a]);
    expect((await store.listCampaigns({ issuer: other })).map((x) => x.id)).toEqual([c]);
    expect((await store.listCampaigns()).map((x) => x.id)).toEqual(expect.arrayContaining([a, b, c]));
  });

  it('closes and reopens a campaign, keeping the first closing time and taking a new deadline', async () => {
    const store = make();
    const id = newId();
    await store.createCampaign(campaign(id));
    const closed = await store.closeCampaign(id, new Date('2026-04-01T10:00:00Z'));
    const again = await store.closeCampaign(id, new Date('2026-04-05T10:00:00Z'));
    const reopened = await store.reopenCampaign(id, { deadline: '2026-04-30' });

    expect(closed).toMatchObject({ state: 'chiusa', closedAt: '2026-04-01T10:00:00.000Z' });
    expect(again.closedAt).toBe('2026-04-01T10:00:00.000Z');
    expect(reopened).toMatchObject({ state: 'aperta', deadline: '2026-04-30' });
    expect(reopened.closedAt).toBeUndefined();
    expect(await store.getCampaign(id)).toMatchObject({ state: 'aperta', deadline: '2026-04-30' });
    await expect(store.closeCampaign('nessuna', new Date())).rejects.toBeInstanceOf(CampaignNotFoundError);
    await expect(store.reopenCampaign('nessuna')).rejects.toBeInstanceOf(CampaignNotFoundError);
  });

  it('stores 600 expected bodies in batches and lists them by code; a second import replaces by code', async () => {
    const store = make();
    const id = newId();
    await store.createCampaign(campaign(id));
    const bodies = Array.from({ length: 600 }, (_, i) => body(id, 600 - i));

    await store.putExpectedBodies(id, bodies);
    await store.putExpectedBodies(id, [body(id, 7, { name: 'Ambito 7 (rinominato)' })]);

    const listed = await store.listExpectedBodies(id);
    expect(listed).toHaveLength(600);
    expect(listed.map((b) => b.code)).toEqual(bodies.map((b) => b.code).sort());
    expect(listed.find((b) => b.code === 'ATS007')?.name).toBe('Ambito 7 (rinominato)');
    expect(await store.getExpectedBody(id, 'ATS042')).toMatchObject({ name: 'Ambito 42', population: 50_042 });
    expect(await store.getExpectedBody(id, 'ATS999')).toBeNull();
  });

  it('finds expected bodies by PEC whatever its case, across campaigns', async () => {
    const store = make();
    const [a, b] = [newId(), newId()];
    const pec = `protocollo.${a}@PEC.example.it`;
    await store.putExpectedBodies(a, [body(a, 1, { pec })]);
    await store.putExpectedBodies(b, [body(b, 1, { pec: pec.toLowerCase() }), body(b, 2)]);

    const found = await store.findBodiesByPec(pec.toUpperCase());
    expect(found.map((x) => `${x.campaignId}/${x.code}`).sort()).toEqual([`${a}/ATS001`, `${b}/ATS001`].sort());
  });

  it('finds a body’s entry in every campaign that expects it, by its code whatever its case', async () => {
    // Prepare
    const store = make();
    const [a, b, c] = [newId(), newId(), newId()];
    const code = `Ats-${a}`;
    await store.putExpectedBodies(a, [body(a, 1, { code })]);
    await store.putExpectedBodies(b, [body(b, 1, { code: code.toUpperCase() }), body(b, 2)]);
    await store.putExpectedBodies(c, [body(c, 3)]);
    // Act
    const found = await store.findBodiesByCode(code.toLowerCase());
    // Assess
    expect(found.map((x) => `${x.campaignId}/${x.code}`).sort()).toEqual([`${a}/${code}`, `${b}/${code.toUpperCase()}`].sort());
  });

  it('records the same content once and new content as the next version, latest last', async () => {
    const store = make();
    const id = newId();
    // Act
    const first = await store.recordSubmission(submission(id, 'ATS001', 'modulo v1'));
    const repeat = await store.recordSubmission(submission(id, 'ATS001', 'modulo v1', { receivedAt: '2026-03-11T10:00:00.000Z', via: 'pec' }));
    const second = await store.recordSubmission(submission(id, 'ATS001', 'modulo v2', { receivedAt: '2026-03-12T10:00:00.000Z' }));
    const other = await store.recordSubmission(submission(id, 'ATS002', 'modulo v1'));
    // Assess
    expect(first).toMatchObject({ created: true, submission: { version: 1, documentId: sha('modulo v1') } });
    expect(repeat).toEqual({ created: false, submission: first.submission });
    expect(second).toMatchObject({ created: true, submission: { version: 2, documentId: sha('modulo v2') } });
    expect(other).toMatchObject({ created: true, submission: { version: 1, bodyCode: 'ATS002' } });
    expect((await store.listBodySubmissions(id, 'ATS001')).map((s) => s.version)).toEqual([1, 2]);
    expect((await store.listSubmissions(id)).map((s) => `${s.bodyCode} v${s.version}`)).toEqual(['ATS001 v1', 'ATS001 v2', 'ATS002 v1']);
  });

  it('keeps one submission per content under concurrent recording of the same and of different contents', async () => {
    const store = make();
    const id = newId();
    const contents = ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'd'];

    const results = await Promise.all(contents.map((c) => store.recordSubmission(submission(id, 'ATS001', c))));

    const versions = await store.listBodySubmissions(id, 'ATS001');
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(new Set(versions.map((v) => v.documentId)).size).toBe(4);
    expect(results.filter((r) => r.created)).toHaveLength(4);
    for (const r of results) expect(versions.find((v) => v.documentId === r.submission.documentId)?.version).toBe(r.submission.version);
  });

  it('does not mix bodies whose codes share a prefix', async () => {
    const store = make();
    const id = newId();
    await store.recordSubmission(submission(id, 'ATS1', 'x'));
    await store.recordSubmission(submission(id, 'ATS10', 'y'));
    expect((await store.listBodySubmissions(id, 'ATS1')).map((s) => s.documentId)).toEqual([sha('x')]);
  });

  it('updates a recorded version in place, and refuses a version or content that is not there', async () => {
    const store = make();
    const id = newId();
    const { submission: s } = await store.recordSubmission(submission(id, 'ATS001', 'modulo'));

    await store.updateSubmission({ ...s, outcome: 'rejected', reasons: [{ severity: 'error', message: 'Ore di supervisione di gruppo: 12, il minimo è 16', field: 'oreGruppo' }] });

    expect((await store.listBodySubmissions(id, 'ATS001'))[0]).toMatchObject({ version: 1, outcome: 'rejected', reasons: [{ field: 'oreGruppo' }] });
    await expect(store.updateSubmission({ ...s, version: 2 })).rejects.toBeInstanceOf(SubmissionNotFoundError);
    await expect(store.updateSubmission({ ...s, documentId: sha('altro') })).rejects.toBeInstanceOf(SubmissionNotFoundError);
  });

  it('stores upload tokens by hash, lists a body’s tokens and revokes once', async () => {
    const store = make();
    const id = newId();
    const token = (i: number, code = 'ATS001') => ({ hash: sha(`${id}-${i}`), campaignId: id, bodyCode: code, issuedAt: `2026-03-0${i}T08:00:00.000Z`, expiresAt: '2026-05-01T00:00:00.000Z', revoked: false });
    await store.putUploadToken(token(1));
    await store.putUploadToken(token(2));
    await store.putUploadToken(token(3, 'ATS0011'));

    const revoked = await store.revokeUploadToken(token(1).hash, new Date('2026-03-05T00:00:00Z'));
    const again = await store.revokeUploadToken(token(1).hash, new Date('2026-03-06T00:00:00Z'));

    expect(revoked).toMatchObject({ revoked: true, revokedAt: '2026-03-05T00:00:00.000Z' });
    expect(again?.revokedAt).toBe('2026-03-05T00:00:00.000Z');
    expect(await store.revokeUploadToken(sha('sconosciuto'), new Date())).toBeNull();
    expect((await store.listUploadTokens(id, 'ATS001')).map((t) => [t.hash, t.revoked])).toEqual([
      [token(1).hash, true],
      [token(2).hash, false],
    ]);
    expect(await store.getUploadToken(token(3).hash)).toMatchObject({ bodyCode: 'ATS0011', revoked: false });
    await expect(store.putUploadToken(token(2))).rejects.toThrow();
  });
});

describe('DynamoDB campaign store under throttling', () => {
  it('sends UnprocessedItems of a batch again until every body is written', async () => {
    // Prepare: a real client whose first two BatchWriteItem calls let only their first 10 requests through.
    const client = await throttlingClient(env!, { keep: 10, times: 2 });
    const store = new DynamoCampaignStore(client.dynamo, env!.config.table, { attempts: 8, baseDelayMs: 1 });
    const id = newId();
    const bodies = Array.from({ length: 60 }, (_, i) => body(id, i + 1));
    // Act
    await store.putExpectedBodies(id, bodies);
    // Assess
    expect(await store.listExpectedBodies(id)).toHaveLength(60);
    expect(client.throttled()).toBeGreaterThan(0);
    client.dynamo.destroy();
  });

  it('says so when DynamoDB keeps some items unprocessed after every retry', async () => {
    const client = await throttlingClient(env!, { keep: 5, times: Infinity });
    const store = new DynamoCampaignStore(client.dynamo, env!.config.table, { attempts: 3, baseDelayMs: 1 });

    await expect(store.putExpectedBodies(newId(), Array.from({ length: 25 }, (_, i) => body('x', i)))).rejects.toBeInstanceOf(IncompleteWriteError);
    client.dynamo.destroy();
  });
});

/**
 * A real SDK client to dynalite that behaves as throttled DynamoDB does: a BatchWriteItem sends only
 * its first `keep` requests to the table and returns the others as UnprocessedItems (dynalite never
 * throttles, so the throttling is made here, on the wire format, not by replacing the store's calls).
 */
async function throttlingClient(stack: EmbeddedStack, options: { keep: number; times: number }) {
  const ep = await stack.dynamo.config.endpoint!();
  const client = new DynamoDBClient({
    region: stack.config.region,
    endpoint: `${ep.protocol}//${ep.hostname}${ep.port ? `:${ep.port}` : ''}${ep.path}`,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  let throttled = 0;
  let calls = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'BatchWriteItemCommand' || calls++ >= options.times) return next(args);
      const input = args.input as { RequestItems: Record<string, unknown[]> };
      const [table, requests] = Object.entries(input.RequestItems)[0];
      if (requests.length <= options.keep) return next(args);
      const held = requests.slice(options.keep);
      throttled += held.length;
      const out = await next({ ...args, input: { ...input, RequestItems: { [table]: requests.slice(0, options.keep) } } });
      (out.output as { UnprocessedItems?: Record<string, unknown[]> }).UnprocessedItems = { [table]: held };
      return out;
    },
    { step: 'initialize', name: 'throttleBatchWrites', priority: 'low' },
  );
  return { dynamo: client, throttled: () => throttled };
}
