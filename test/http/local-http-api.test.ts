import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { LocalStack } from '../../cli/local-stack.ts';
import { startLocalHttpApi } from '../../cli/local-http-api.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { resetIngestDeps } from '../../functions/ingest/ingest-deps.ts';
import { resetGenerateDeps } from '../../functions/generate/generate-deps.ts';
import { makePdf } from '../support/make-pdf.ts';

/** The HTTP API as `npm start` serves it: the deployed handlers, dev users instead of Cognito. */
describe('the local HTTP API', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-api-'));
  const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off' });
  const stack = new LocalStack(config, async () => (await import('../../functions/ingest/handler.ts')).handler);
  let api: { url: string; server: Server };
  const letter = JSON.parse(readFileSync(new URL('../../templates/examples/lettera.json', import.meta.url), 'utf8'));

  beforeAll(async () => {
    const info = await stack.start({ s3: 0, dynamo: 0 });
    resetGenerateDeps();
    api = await startLocalHttpApi(
      0,
      {
        archive: async () => (await import('../../functions/archive/handler.ts')).handler,
        generate: async () => (await import('../../functions/generate/handler.ts')).handler,
      },
      letter.mittente.codiceIpa,
    );
    const s3 = new S3Client({ region: config.region, endpoint: info.s3Endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const pdf = await makePdf([['REGIONE MOLISE', '', 'Oggetto: rendicontazione FNPS', '', 'Trasmettere i dati entro il 30/06/2025.']]);
    await s3.send(new PutObjectCommand({ Bucket: config.inboxBucket, Key: 'circolare.pdf', Body: pdf }));
    await stack.idle();
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
  const call = (path: string, token?: string, body?: unknown) =>
    fetch(`${api.url}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });

  it('refuses a request without a token', async () => {
    expect((await call('/documents')).status).toBe(401);
  });

  it('lists documents and shows one, to any role', async () => {
    const list: Json = await (await call('/documents', 'dev-ambito')).json();
    expect(list).toHaveLength(1);
    const one = await call(`/documents/${list[0].id}`, 'dev-ministero');
    expect(one.status).toBe(200);
    expect(((await one.json()) as Json).receipts[0].key).toBe('circolare.pdf');
    expect((await call(`/documents/${'f'.repeat(64)}`, 'dev-regione')).status).toBe(404);
    expect((await call('/documents/ffff', 'dev-regione')).status).toBe(400);
  });

  it('takes filters as people write them, and answers a wrong one with 400 in Italian', async () => {
    expect(await (await call('/documents?status=RIFIUTATO', 'dev-regione')).json()).toEqual([]);
    const wrong = await call('/documents?status=forse', 'dev-regione');
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as Json).dettagli).toEqual(['status: valori ammessi: acquisito, rifiutato']);
  });

  it('lists the deadlines falling in a period', async () => {
    const deadlines: Json = await (await call('/deadlines?from=2025-06-01&to=2025-07-31', 'dev-regione')).json();
    expect(deadlines.map((d: { date: string; sender: string }) => [d.date, d.sender])).toEqual([['2025-06-30', 'Regione Molise']]);
    expect(await (await call('/deadlines?from=2025-07-01&to=2025-07-31', 'dev-regione')).json()).toEqual([]);
  });

  it('reads deadline periods written dd/mm/yyyy, and refuses a date not in the calendar with 400', async () => {
    const deadlines: Json = await (await call('/deadlines?from=01/06/2025&to=31/07/2025', 'dev-regione')).json();
    expect(deadlines.map((d: { date: string }) => d.date)).toEqual(['2025-06-30']);
    expect((await call('/deadlines?from=31/02/2025', 'dev-regione')).status).toBe(400);
  });

  it('lets an Ambito protocol letters for its own body only', async () => {
    const own = await call('/letters', 'dev-ambito', { template: 'lettera', data: letter });
    expect(own.status).toBe(201);
    expect(((await own.json()) as Json).protocol.numero).toMatch(/^\d{7}$/);
    const other = await call('/letters', 'dev-ambito', { template: 'lettera', data: { ...letter, mittente: { ...letter.mittente, codiceIpa: 'r_puglia' } } });
    expect(other.status).toBe(403);
  });

  it('answers invalid letter data with the list of problems and no letter', async () => {
    const res = await call('/letters', 'dev-ministero', { template: 'lettera', data: { ...letter, corpo: '' } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as Json).dettagli).toContain('corpo: non può essere vuoto');
    const empty = await call('/letters', 'dev-ambito', { template: 'lettera', data: {} });
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as Json).dettagli).toContain('mittente: campo obbligatorio mancante');
  });
});
