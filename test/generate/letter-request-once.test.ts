import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { LocalStack } from '../../cli/local-stack.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { resetIngestDeps } from '../../functions/ingest/ingest-deps.ts';
import { DynamoLetterRequestStore } from '../../shared/storage/dynamo-letter-request-store.ts';
import {
  LETTER_REQUEST_LEASE_SECONDS,
  LETTER_REQUEST_TTL_SECONDS,
  answerOnce,
  canonicalJson,
  letterRequestIdentity,
} from '../../shared/generate/letter-request-once.ts';

/** The record behind POST /letters' idempotency, in the local DynamoDB (the same table as the letters). */
describe('a letter request answered once', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-req-'));
  const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off' });
  const stack = new LocalStack(config, async () => (await import('../../functions/ingest/handler.ts')).handler);
  let dynamo: DynamoDBClient;
  let store: DynamoLetterRequestStore;
  const t0 = new Date('2026-01-10T09:00:00Z');
  const at = (seconds: number) => () => new Date(t0.getTime() + seconds * 1000);
  /** A stand-in for generating a letter: counts its runs, answers with the run number. */
  const counter = () => {
    let runs = 0;
    return { runs: () => runs, produce: async () => ({ statusCode: 201, body: { run: ++runs } }) };
  };

  beforeAll(async () => {
    const info = await stack.start({ s3: 0, dynamo: 0 });
    dynamo = new DynamoDBClient({ region: config.region, endpoint: info.dynamoEndpoint, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    store = new DynamoLetterRequestStore(dynamo, config.table);
  });

  afterAll(async () => {
    await stack.stop();
    await resetIngestDeps();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores the first answer with a TTL of 24 hours, in the documents table', async () => {
    const id = letterRequestIdentity('utente', { a: 1 });
    const c = counter();
    expect(await answerOnce(store, id, c.produce, { now: at(0) })).toEqual({ outcome: 'answered', answer: { statusCode: 201, body: { run: 1 } } });
    const item = (await DynamoDBDocumentClient.from(dynamo).send(new GetCommand({ TableName: config.table, Key: { pk: `LETTERREQ#${id.key}`, sk: 'LETTERREQ' } }))).Item!;
    expect(item).toMatchObject({ status: 'completed', fingerprint: id.fingerprint, expiresAt: Math.floor(t0.getTime() / 1000) + 86400 });
    expect(item.gsi1pk).toBeUndefined(); // not listed among documents or letters
    expect(LETTER_REQUEST_TTL_SECONDS).toBe(86400);
  });

  it('gives the first answer again within 24 hours, and runs again after', async () => {
    const id = letterRequestIdentity('utente', { b: 1 });
    const c = counter();
    await answerOnce(store, id, c.produce, { now: at(0) });
    expect(await answerOnce(store, id, c.produce, { now: at(86399) })).toEqual({ outcome: 'replayed', answer: { statusCode: 201, body: { run: 1 } }, firstAt: t0.toISOString() });
    expect(c.runs()).toBe(1);
    // DynamoDB deletes expired items only eventually: an expired record must not be replayed meanwhile.
    expect(await answerOnce(store, id, c.produce, { now: at(86401) })).toMatchObject({ outcome: 'answered', answer: { body: { run: 2 } } });
  });

  it('says "in progress" while the first run works, and lets a later run take over a run that died', async () => {
    const id = letterRequestIdentity('utente', { c: 1 });
    let release!: () => void;
    const first = answerOnce(store, id, () => new Promise((ok) => (release = () => ok({ statusCode: 201, body: { run: 1 } }))), { now: at(0) });
    await new Promise((ok) => setTimeout(ok, 50));
    const c = counter();
    expect(await answerOnce(store, id, c.produce, { now: at(10) })).toEqual({ outcome: 'in-progress', retryAfterSeconds: 2 });
    expect(c.runs()).toBe(0);
    release();
    await first;
    expect(await answerOnce(store, id, c.produce, { now: at(20) })).toMatchObject({ outcome: 'replayed', answer: { body: { run: 1 } } });

    // A run that never finished (the function was killed) holds the request only until its lease ends.
    const dead = letterRequestIdentity('utente', { d: 1 });
    await store.claim({ key: dead.key, fingerprint: dead.fingerprint, status: 'in-progress', token: 'morto', leaseUntil: t0.getTime() + LETTER_REQUEST_LEASE_SECONDS * 1000, expiresAt: Math.floor(t0.getTime() / 1000) + 86400, response: null, createdAt: t0.toISOString() }, t0);
    expect(await answerOnce(store, dead, c.produce, { now: at(LETTER_REQUEST_LEASE_SECONDS - 1) })).toEqual({ outcome: 'in-progress', retryAfterSeconds: 1 });
    expect(await answerOnce(store, dead, c.produce, { now: at(LETTER_REQUEST_LEASE_SECONDS + 1) })).toMatchObject({ outcome: 'answered', answer: { body: { run: 1 } } });
  });

  it('forgets a run that failed or was refused, so the request can run again', async () => {
    const id = letterRequestIdentity('utente', { e: 1 });
    await expect(answerOnce(store, id, async () => Promise.reject(new Error('archivio non raggiungibile')), { now: at(0) })).rejects.toThrow('archivio non raggiungibile');
    expect(await store.get(id.key)).toBeNull();
    expect(await answerOnce(store, id, async () => ({ statusCode: 422, body: { errore: 'no' } }), { now: at(1) })).toMatchObject({ outcome: 'answered', answer: { statusCode: 422 } });
    expect(await store.get(id.key)).toBeNull();
    const c = counter();
    expect(await answerOnce(store, id, c.produce, { now: at(2) })).toMatchObject({ outcome: 'answered', answer: { statusCode: 201 } });
  });

  it('refuses a key sent again with another request, and keeps keys and callers apart', async () => {
    const c = counter();
    await answerOnce(store, letterRequestIdentity('utente', { f: 1 }, 'chiave'), c.produce, { now: at(0) });
    expect(await answerOnce(store, letterRequestIdentity('utente', { f: 2 }, 'chiave'), c.produce, { now: at(1) })).toEqual({ outcome: 'key-reused' });
    expect((await answerOnce(store, letterRequestIdentity('altro', { f: 2 }, 'chiave'), c.produce, { now: at(1) })).outcome).toBe('answered');
    expect(letterRequestIdentity('utente', { f: 1 }).key).not.toBe(letterRequestIdentity('altro', { f: 1 }).key);
    expect(letterRequestIdentity('utente', { f: 1 }).key).not.toBe(letterRequestIdentity('utente', { f: 1 }, 'chiave').key);
  });

  it('reads the same JSON with its keys in any order as the same request, but not arrays in another order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(letterRequestIdentity('u', { a: 1, b: 2 })).toEqual(letterRequestIdentity('u', { b: 2, a: 1 }));
    expect(letterRequestIdentity('u', { a: [1, 2] }).key).not.toBe(letterRequestIdentity('u', { a: [2, 1] }).key);
  });
});
