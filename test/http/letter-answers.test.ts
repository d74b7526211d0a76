import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { LocalStack } from '../../cli/local-stack.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { resetIngestDeps } from '../../functions/ingest/ingest-deps.ts';
import { generateDeps, resetGenerateDeps } from '../../functions/generate/generate-deps.ts';
import { MAX_REQUEST_BYTES, readBoundedBody } from '../../functions/http/body-limit.ts';
import { romeDate } from '../../shared/calendar/rome-date.ts';
import { LIMITS } from '../../shared/render/letter-schemas.ts';

const example = JSON.parse(readFileSync(new URL('../../templates/examples/lettera.json', import.meta.url), 'utf8'));
const letterOf = (codiceIpa: string, data: Record<string, unknown> = {}) => ({ template: 'lettera', data: { ...example, mittente: { ...example.mittente, codiceIpa }, ...data } });
/** What must never reach a person: zod's English, an error class, a stack, a path on disk. */
const INTERNAL = /Invalid|expected|received|Required|Error\b|ECONN|\bat \S+ \(|\/work\/|node_modules|DynamoDB|S3|undefined/;

type Handler = (event: APIGatewayProxyEventV2WithJWTAuthorizer) => Promise<APIGatewayProxyStructuredResultV2>;

/** POST /letters as API Gateway delivers it, from a user of the ministry. */
function event(body: string | undefined, opts: { base64?: boolean; headers?: Record<string, string>; requestId?: string } = {}): APIGatewayProxyEventV2WithJWTAuthorizer {
  return {
    version: '2.0',
    routeKey: 'POST /letters',
    rawPath: '/letters',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...opts.headers },
    body: body === undefined ? undefined : opts.base64 ? Buffer.from(body).toString('base64') : body,
    isBase64Encoded: !!opts.base64,
    requestContext: {
      routeKey: 'POST /letters',
      ...(opts.requestId ? { requestId: opts.requestId } : {}),
      authorizer: { jwt: { claims: { 'cognito:username': 'dev-ministero', 'cognito:groups': 'ministero', 'custom:codiceIpa': 'm_lps' }, scopes: [] } },
      http: { method: 'POST', path: '/letters' },
    },
  } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
}

describe('POST /letters answers in Italian, bounded before parsing', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-answers-'));
  const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off' });
  const stack = new LocalStack(config, async () => (await import('../../functions/ingest/handler.ts')).handler);
  let handler: Handler;
  const anno = Number(romeDate().slice(0, 4));
  /** Numbers taken in a body's register: a refused request must take none. */
  const taken = (codiceIpa: string) => generateDeps().register.last(codiceIpa, anno);
  const bodyOf = (res: APIGatewayProxyStructuredResultV2) => JSON.parse(String(res.body));

  beforeAll(async () => {
    await stack.start({ s3: 0, dynamo: 0 });
    resetGenerateDeps();
    handler = (await import('../../functions/generate/handler.ts')).handler;
  });

  afterEach(() => vi.restoreAllMocks());

  afterAll(async () => {
    await stack.stop();
    await resetIngestDeps();
    resetGenerateDeps();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a body over the limit with 413 before parsing it, taking no number', async () => {
    // Not even JSON: a 400 would mean it was parsed.
    const huge = `{"template":"lettera","data":${'['.repeat(10)}${'x'.repeat(MAX_REQUEST_BYTES)}`;
    for (const e of [event(huge), event(huge, { base64: true }), event('{}', { headers: { 'Content-Length': String(MAX_REQUEST_BYTES + 1) } })]) {
      const res = await handler(e);
      expect(res.statusCode).toBe(413);
      expect(bodyOf(res).errore).toMatch(/^La richiesta supera il limite di 1 MB/);
    }
    // A valid letter that is too large (a logo past the limit) takes no number either.
    const logo = `data:image/png;base64,${'A'.repeat(MAX_REQUEST_BYTES)}`;
    expect((await handler(event(JSON.stringify(letterOf('c_grande', { mittente: { ...example.mittente, codiceIpa: 'c_grande', logo } }))))).statusCode).toBe(413);
    expect(await taken('c_grande')).toBe(0);
  });

  it('accepts a letter at the schema’s limits, within the size limit', async () => {
    const corpo = 'Si comunica quanto segue. '.repeat(Math.floor(LIMITS.corpo / 26));
    const res = await handler(event(JSON.stringify(letterOf('c_limite', { corpo, oggetto: 'o'.repeat(LIMITS.oggetto) }))));
    expect(res.statusCode).toBe(201);
    expect(res.headers?.['x-request-id']).toBeTruthy();
  });

  it.each([
    ['not JSON', '{"template": "lettera",', 400, /^Il corpo della richiesta non è JSON valido\.$/, []],
    ['an unknown template', JSON.stringify({ template: 'circolare', data: {} }), 400, /^Richiesta non valida\.$/, ['template: modello sconosciuto: i modelli sono lettera, convocazione, sollecito, riepilogo-poa']],
    ['data that is not an object', JSON.stringify({ template: 'lettera', data: [1, 2] }), 400, /^Richiesta non valida\.$/, ['data: deve essere un oggetto JSON con i dati della lettera']],
    ['no data', JSON.stringify({ template: 'lettera' }), 400, /^Richiesta non valida\.$/, ['data: campo obbligatorio mancante']],
    ['a malformed fromDocumentId', JSON.stringify({ template: 'lettera', data: {}, fromDocumentId: 'abc' }), 400, /^Richiesta non valida\.$/, ['fromDocumentId: l’id di un documento è la sua impronta SHA-256: 64 cifre esadecimali minuscole']],
    ['a body that is JSON null', 'null', 400, /^Richiesta non valida\.$/, ['dati: deve essere un oggetto, non null']],
  ])('answers %s in Italian', async (_what, body, status, errore, dettagli) => {
    const res = await handler(event(body));
    expect(res.statusCode).toBe(status);
    const b = bodyOf(res);
    expect(b.errore).toMatch(errore);
    expect(b.dettagli ?? []).toEqual(dettagli);
    expect(String(res.body)).not.toMatch(INTERNAL);
  });

  it('answers data of the wrong types with 422, in Italian, with where each problem is', async () => {
    const res = await handler(event(JSON.stringify(letterOf('c_tipi', { luogo: 42, destinatari: 'Regione', firmatari: [{ ruolo: 'Dirigente', nome: ['A'] }], allegati: [1] }))));
    expect(res.statusCode).toBe(422);
    expect(bodyOf(res)).toEqual({
      errore: 'Dati non validi: nessuna lettera generata.',
      dettagli: ['luogo: deve essere un testo', 'destinatari: deve essere un elenco', 'firmatari[1].nome: nome del firmatario: deve essere un testo', 'allegati[1]: allegato: deve essere un testo'],
    });
    expect(await taken('c_tipi')).toBe(0);
  });

  it('answers an internal failure with 500, in Italian, with the request id; the detail goes to the log only', async () => {
    // Prepare: the database cannot be reached (a closed port).
    const logged: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (logged.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (logged.push(String(chunk)), true));
    const endpoint = process.env.CARTEGGIO_DYNAMODB_ENDPOINT;
    process.env.CARTEGGIO_DYNAMODB_ENDPOINT = 'http://127.0.0.1:9';
    resetGenerateDeps();
    try {
      // Act
      const res = await handler(event(JSON.stringify(letterOf('c_guasto')), { requestId: 'req-4242' }));
      // Assess
      expect(res.statusCode).toBe(500);
      expect(res.headers?.['x-request-id']).toBe('req-4242');
      expect(bodyOf(res)).toEqual({ errore: 'Errore interno: la richiesta non è stata completata. Se si ripete, comunicare all’assistenza il codice req-4242.', richiesta: 'req-4242' });
      expect(String(res.body)).not.toMatch(INTERNAL);
      const line = logged.map((l) => l.trim()).filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).find((l) => l.requestId === 'req-4242' && l.message === 'errore interno');
      expect(line?.errore).toMatch(/ECONNREFUSED|connect/);
      expect(line?.stack).toBeTruthy();
    } finally {
      process.env.CARTEGGIO_DYNAMODB_ENDPOINT = endpoint;
      resetGenerateDeps();
    }
  }, 30_000);

  it('gives every answer a request id, also the refusals', async () => {
    const res = await handler(event('non json'));
    expect(res.headers?.['x-request-id']).toMatch(/^[\w.:-]+$/);
  });
});

describe('readBoundedBody, for a server that builds API Gateway events (the local API)', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const body = await readBoundedBody(req, 64 * 1024);
      res.writeHead(body ? 200 : 413, { 'content-type': 'text/plain' });
      res.end(body ? String(body.length) : 'troppo grande');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('reads a body within the limit', async () => {
    const res = await fetch(url, { method: 'POST', body: 'x'.repeat(1000) });
    expect([res.status, await res.text()]).toEqual([200, '1000']);
  });

  it('answers a body over the limit without keeping it, declared or streamed', async () => {
    const declared = await fetch(url, { method: 'POST', body: 'x'.repeat(200 * 1024) });
    expect([declared.status, await declared.text()]).toEqual([413, 'troppo grande']);
    // Sent in chunks with no Content-Length: stopped once past the limit.
    const chunks = new ReadableStream({
      start(c) {
        for (let i = 0; i < 50; i++) c.enqueue(new TextEncoder().encode('y'.repeat(16 * 1024)));
        c.close();
      },
    });
    const streamed = await fetch(url, { method: 'POST', body: chunks, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
  });
});
