import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LocalStack } from '../../cli/local-stack.ts';
import { startLocalHttpApi } from '../../cli/local-http-api.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { resetIngestDeps } from '../../functions/ingest/ingest-deps.ts';
import { resetGenerateDeps } from '../../functions/generate/generate-deps.ts';
import { DynamoLetterStore } from '../../shared/storage/dynamo-letter-store.ts';
import { DynamoProtocolRegister } from '../../shared/register/dynamo-protocol-register.ts';
import { romeDate } from '../../shared/calendar/rome-date.ts';

/** POST /letters sent again (a client retrying after a timeout) gives the first letter, not a second number. */
describe('POST /letters, sent again', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-once-'));
  const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off' });
  const stack = new LocalStack(config, async () => (await import('../../functions/ingest/handler.ts')).handler);
  let api: Awaited<ReturnType<typeof startLocalHttpApi>>;
  let letters: DynamoLetterStore;
  let register: DynamoProtocolRegister;
  const example = JSON.parse(readFileSync(new URL('../../templates/examples/lettera.json', import.meta.url), 'utf8'));
  /** A letter for its own body (one register per test), so numbers can be counted. */
  const letterOf = (codiceIpa: string, oggetto = example.oggetto) => ({ template: 'lettera', data: { ...example, oggetto, mittente: { ...example.mittente, codiceIpa } } });
  /** The register's next number, taken from outside: how many numbers the requests consumed. */
  const lastTaken = async (codiceIpa: string) => (await register.next(codiceIpa, Number(romeDate().slice(0, 4)))).progressivo - 1;

  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const info = await stack.start({ s3: 0, dynamo: 0 });
    resetGenerateDeps();
    api = await startLocalHttpApi(
      0,
      {
        archive: async () => (await import('../../functions/archive/handler.ts')).handler,
        generate: async () => (await import('../../functions/generate/handler.ts')).handler,
        collect: async () => (await import('../../functions/collect/handler.ts')).handler,
      },
      { ambitoIpa: 'c_ambito', keyFile: join(dataDir, 'dev-identity.json') },
    );
    for (const user of ['dev-ministero', 'dev-regione', 'dev-ambito']) tokens[user] = await api.login(user);
    const dynamo = new DynamoDBClient({ region: config.region, endpoint: info.dynamoEndpoint, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    letters = new DynamoLetterStore(dynamo, config.table);
    register = new DynamoProtocolRegister(dynamo, config.table);
  });

  afterAll(async () => {
    await new Promise((ok) => api.server.close(ok));
    await stack.stop();
    await resetIngestDeps();
    resetGenerateDeps();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Json = any;
  const post = async (body: unknown, token = 'dev-ministero', headers: Record<string, string> = {}) => {
    const res = await fetch(`${api.url}/letters`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[token] ?? token}`, 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
  };

  it('answers the same request twice with the same letter and one number', async () => {
    // Act
    const first = await post(letterOf('c_retry'));
    const again = await post(letterOf('c_retry'));
    // Assess: the same answer, marked as repeated; one letter, one number taken.
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(first.headers.get('idempotency-replayed')).toBeNull();
    expect(first.body.protocol.numero).toBe('0000001');
    expect(await letters.getLetter(first.body.id)).toEqual(first.body);
    expect(await lastTaken('c_retry')).toBe(1);
  });

  it('recognises the same body written with its keys in another order, or other spacing', async () => {
    const first = await post(letterOf('c_order'));
    const { template, data } = letterOf('c_order');
    const again = await post(`{ "data": ${JSON.stringify(Object.fromEntries(Object.entries(data).reverse()), null, 2)}, "template": "${template}" }`);
    expect(again.status).toBe(201);
    expect(again.body.protocol.numero).toBe(first.body.protocol.numero);
    expect(await lastTaken('c_order')).toBe(1);
  });

  it('numbers a different body as a new letter', async () => {
    const first = await post(letterOf('c_other', 'Primo oggetto'));
    const second = await post(letterOf('c_other', 'Secondo oggetto'));
    expect([first.status, second.status]).toEqual([201, 201]);
    expect([first.body.protocol.numero, second.body.protocol.numero]).toEqual(['0000001', '0000002']);
    expect(second.headers.get('idempotency-replayed')).toBeNull();
  });

  it('keeps callers apart: the same body from another user is another request', async () => {
    const ministero = await post(letterOf('c_ambito'), 'dev-ministero');
    const ambito = await post(letterOf('c_ambito'), 'dev-ambito');
    expect([ministero.status, ambito.status]).toEqual([201, 201]);
    expect(ambito.body.protocol.numero).not.toBe(ministero.body.protocol.numero);
    expect(await lastTaken('c_ambito')).toBe(2);
  });

  it('follows the Idempotency-Key: same key, same letter; new key, new letter even for the same body', async () => {
    const first = await post(letterOf('c_key'), 'dev-ministero', { 'Idempotency-Key': 'invio-42' });
    const again = await post(letterOf('c_key'), 'dev-ministero', { 'Idempotency-Key': 'invio-42' });
    const other = await post(letterOf('c_key'), 'dev-ministero', { 'Idempotency-Key': 'invio-43' });
    expect([first.status, again.status, other.status]).toEqual([201, 201, 201]);
    expect(again.body).toEqual(first.body);
    expect(other.body.protocol.numero).not.toBe(first.body.protocol.numero);
    expect(await lastTaken('c_key')).toBe(2);
  });

  it('refuses an Idempotency-Key sent again with a different body (422), taking no number', async () => {
    await post(letterOf('c_reuse', 'Primo'), 'dev-ministero', { 'Idempotency-Key': 'riuso' });
    const reused = await post(letterOf('c_reuse', 'Altro'), 'dev-ministero', { 'Idempotency-Key': 'riuso' });
    expect(reused.status).toBe(422);
    expect(reused.body.errore).toContain('Idempotency-Key già usata');
    expect(await lastTaken('c_reuse')).toBe(1);
  });

  it('refuses a malformed Idempotency-Key with 400', async () => {
    const res = await post(letterOf('c_badkey'), 'dev-ministero', { 'Idempotency-Key': 'x'.repeat(256) });
    expect(res.status).toBe(400);
    expect(await lastTaken('c_badkey')).toBe(0);
  });

  it('never takes two numbers for duplicates sent at the same time', async () => {
    // Act: three copies of one request at once, as a client with an aggressive retry policy sends them.
    const answers = await Promise.all([1, 2, 3].map(() => post(letterOf('c_parallel'))));
    // Assess: each copy gets the letter, or 409 with Retry-After while the first is running.
    for (const a of answers) expect([201, 409]).toContain(a.status);
    for (const a of answers.filter((x) => x.status === 409)) expect(Number(a.headers.get('retry-after'))).toBeGreaterThan(0);
    const numbers = new Set(answers.filter((a) => a.status === 201).map((a) => a.body.protocol.numero));
    expect(numbers.size).toBe(1);
    expect(await lastTaken('c_parallel')).toBe(1);
    // Once the first has finished, a copy gets its letter.
    const later = await post(letterOf('c_parallel'));
    expect(later.status).toBe(201);
    expect(later.body.protocol.numero).toBe([...numbers][0]);
  });

  it('runs invalid data again rather than remembering the refusal', async () => {
    const bad = { template: 'lettera', data: { ...letterOf('c_invalid').data, corpo: '' } };
    expect((await post(bad)).status).toBe(422);
    const again = await post(bad);
    expect(again.status).toBe(422);
    expect(again.headers.get('idempotency-replayed')).toBeNull();
    expect(await lastTaken('c_invalid')).toBe(0);
  });
});
