import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startLocalApp, type LocalApp } from '../../cli/local-app.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { makePdf } from '../support/make-pdf.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * The HTTP API as `npm start` serves it: the deployed handlers behind the same authorizer code, dev
 * users signing in instead of Cognito; each body sees its own archive and register only.
 */
describe('the local HTTP API', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-api-'));
  const letter = JSON.parse(readFileSync(new URL('../../templates/examples/lettera.json', import.meta.url), 'utf8'));
  const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off', CARTEGGIO_API_PORT: '0', CARTEGGIO_DEV_IPA: letter.mittente.codiceIpa });
  let app: LocalApp;
  const tokens: Record<string, string> = {};
  let circular: string;

  beforeAll(async () => {
    app = await startLocalApp(config, { ports: { s3: 0, dynamo: 0 } });
    for (const user of ['dev-ministero', 'dev-regione', 'dev-ambito']) tokens[user] = await app.login(user);
    const s3 = new S3Client({ region: config.region, endpoint: app.info.s3Endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    // A key outside enti/<codice>/ belongs to the deployment's own body: the ministry (m_lps).
    const pdf = await makePdf([['REGIONE MOLISE', '', 'Oggetto: rendicontazione FNPS', '', 'Trasmettere i dati entro il 30/06/2025.']]);
    await s3.send(new PutObjectCommand({ Bucket: config.inboxBucket, Key: 'circolare.pdf', Body: pdf }));
    await app.stack.idle();
    circular = ((await (await call('/documents', 'dev-ministero')).json()) as Json).items[0].id;
  });

  afterAll(async () => {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const call = (path: string, user?: string, body?: unknown, method = body ? 'POST' : 'GET') =>
    fetch(`${app.url}${path}`, {
      method,
      headers: { ...(user ? { authorization: `Bearer ${tokens[user] ?? user}` } : {}), 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });

  describe('access', () => {
    it('refuses a request without a token, in Italian', async () => {
      const res = await call('/documents');
      expect(res.status).toBe(401);
      expect(((await res.json()) as Json).errore).toMatch(/Autenticazione richiesta/);
    });

    it('refuses a token it did not sign', async () => {
      const [h, p] = tokens['dev-ambito'].split('.');
      const forged = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), 'custom:codiceIpa': 'm_lps' })).toString('base64url')}.${tokens['dev-ambito'].split('.')[2]}`;
      expect((await call('/documents', forged)).status).toBe(401);
    });

    it('says who the caller is, from the token’s claims', async () => {
      expect(await (await call('/me', 'dev-ambito')).json()).toMatchObject({ user: 'dev-ambito', roles: ['ambito'], codiceIpa: letter.mittente.codiceIpa.toLowerCase() });
    });
  });

  describe('the archive of each body', () => {
    it('lists and shows a document to the body that received it', async () => {
      const one = await call(`/documents/${circular}`, 'dev-ministero');
      expect(one.status).toBe(200);
      expect(((await one.json()) as Json).receipts[0].key).toBe('circolare.pdf');
    });

    it('does not list another body’s document to an Ambito', async () => {
      const list: Json = await (await call('/documents', 'dev-ambito')).json();
      expect(list.items.map((d: { id: string }) => d.id)).not.toContain(circular);
    });

    it('answers an Ambito asking for another body’s document as if it did not exist', async () => {
      const res = await call(`/documents/${circular}`, 'dev-ambito');
      expect(res.status).toBe(404);
    });

    it('refuses an Ambito’s correction of another body’s document', async () => {
      const res = await call(`/documents/${circular}/fields/subject`, 'dev-ambito', { value: 'manomesso' }, 'PUT');
      expect(res.status).toBe(404);
    });

    it('refuses a malformed id with 400', async () => {
      expect((await call('/documents/ffff', 'dev-regione')).status).toBe(400);
    });

    it('takes filters as people write them, and answers a wrong one with 400 in Italian', async () => {
      expect(((await (await call('/documents?status=RIFIUTATO', 'dev-ministero')).json()) as Json).items).toEqual([]);
      const wrong = await call('/documents?status=forse', 'dev-ministero');
      expect(wrong.status).toBe(400);
      expect(((await wrong.json()) as Json).dettagli).toEqual(['status: acquisito oppure rifiutato']);
    });

    it('finds a document by a word of its text, in another form of the word', async () => {
      const found: Json = await (await call('/documents?text=rendicontazioni', 'dev-ministero')).json();
      expect(found.items.map((d: { id: string }) => d.id)).toEqual([circular]);
    });
  });

  describe('versions of a file', () => {
    it('lists the other contents that arrived under the same name, with this one marked', async () => {
      // Prepare: the same name again, with new content
      const s3 = new S3Client({ region: config.region, endpoint: app.info.s3Endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
      await s3.send(new PutObjectCommand({ Bucket: config.inboxBucket, Key: 'circolare.pdf', Body: await makePdf([['REGIONE MOLISE', '', 'Oggetto: rendicontazione FNPS – rettifica']]) }));
      await app.stack.idle();
      // Act
      const page: Json = await (await call(`/documents/${circular}`, 'dev-ministero')).json();
      // Assess
      expect(page.versions.map((v: Json) => v.current)).toEqual([true, false]);
      expect(page.versions[1].documentId).not.toBe(circular);
    });
  });

  describe('corrections', () => {
    it('keeps the old value, who changed it and when', async () => {
      const res = await call(`/documents/${circular}/fields/subject`, 'dev-ministero', { value: 'Rendicontazione FNPS 2025', motivo: 'oggetto incompleto' }, 'PUT');
      expect(res.status).toBe(200);
      const page: Json = await (await call(`/documents/${circular}`, 'dev-ministero')).json();
      expect(page.fields.subject).toBe('Rendicontazione FNPS 2025');
      expect(page.corrections[0]).toMatchObject({ field: 'subject', before: 'rendicontazione FNPS', after: 'Rendicontazione FNPS 2025', user: 'dev-ministero', motivo: 'oggetto incompleto' });
    });

    it('shows the corrected value in the archive list', async () => {
      const list: Json = await (await call('/documents', 'dev-ministero')).json();
      expect(list.items.find((d: { id: string }) => d.id === circular).subject).toBe('Rendicontazione FNPS 2025');
    });
  });

  describe('the agenda', () => {
    it('lists the deadlines of the body’s documents falling in a period', async () => {
      const deadlines: Json = await (await call('/deadlines?from=2025-06-01&to=2025-07-31', 'dev-ministero')).json();
      expect(deadlines.map((d: { date: string; kind: string }) => [d.date, d.kind])).toEqual([['2025-06-30', 'scadenza']]);
      expect(await (await call('/deadlines?from=2025-06-01&to=2025-07-31', 'dev-ambito')).json()).toEqual([]);
    });

    it('refuses a date not in the calendar with 400', async () => {
      expect((await call('/deadlines?from=31/02/2025', 'dev-ministero')).status).toBe(400);
    });

    it('says which dates a period leaves out, on each side, as the whole agenda has them', async () => {
      // Prepare: every date before and after the period, read through the list itself
      const dates = async (from: string, to: string) => ((await (await call(`/deadlines?from=${from}&to=${to}`, 'dev-ministero')).json()) as { date: string }[]).map((d) => d.date);
      const [before, after] = [await dates('1900-01-01', '2025-06-30'), await dates('2025-10-01', '2199-12-31')];
      // Act
      const outside: Json = await (await call('/deadlines/outside?from=2025-07-01&to=2025-09-30', 'dev-ministero')).json();
      // Assess
      const span = (d: string[]) => (d.length ? { numero: d.length, dal: d[0], al: d.at(-1) } : null);
      expect(before.length).toBeGreaterThan(0);
      expect(outside).toEqual({ precedenti: span(before), successive: span(after) });
    });

    it('exports the agenda as an iCalendar file with an all-day deadline', async () => {
      const res = await call('/deadlines.ics?from=01/06/2025&to=31/07/2025', 'dev-ministero');
      expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
      const ics = await res.text();
      expect(ics).toMatch(/^BEGIN:VCALENDAR/);
      expect(ics).toMatch(/DTSTART;VALUE=DATE:20250630/);
    });

    it('serves a subscribable feed at a secret address, without a token', async () => {
      const { url } = (await (await call('/calendar-feed', 'dev-ministero')).json()) as Json;
      const feed = await fetch(url);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);
      expect((await fetch(url.replace(/[^/]+$/, 'x'.repeat(32)))).status).toBe(404);
    });
  });

  describe('uploads from the browser', () => {
    it('puts a file uploaded with a presigned URL on the uploader’s own shelf', async () => {
      const pdf = await makePdf([['AMBITO TERRITORIALE', '', 'Oggetto: piano di zona', '', 'Testo.']]);
      const slot: Json = await (await call('/uploads', 'dev-ambito', { fileName: 'piano.pdf', size: pdf.length, contentType: 'application/pdf' })).json();
      const put = await fetch(slot.url, { method: 'PUT', headers: slot.headers, body: Buffer.from(pdf) });
      expect(put.status).toBe(200);
      await app.stack.idle();
      const status: Json = await (await call(`/uploads/status?key=${encodeURIComponent(slot.key)}`, 'dev-ambito')).json();
      expect(status.stato).toBe('acquisito');
      expect((await call(`/documents/${status.documentId}`, 'dev-ambito')).status).toBe(200);
      expect((await call(`/documents/${status.documentId}`, 'dev-regione')).status).toBe(404);
    });

    it('does not tell one body the state of another body’s upload', async () => {
      const slot: Json = await (await call('/uploads', 'dev-regione', { fileName: 'x.pdf', size: 10, contentType: 'application/pdf' })).json();
      expect((await call(`/uploads/status?key=${encodeURIComponent(slot.key)}`, 'dev-ambito')).status).toBe(404);
    });
  });

  describe('letters', () => {
    it('lets an Ambito protocol letters for its own body only', async () => {
      const own = await call('/letters', 'dev-ambito', { template: 'lettera', data: letter });
      expect(own.status).toBe(201);
      expect(((await own.json()) as Json).protocol.numero).toMatch(/^\d{7}$/);
      const other = await call('/letters', 'dev-ambito', { template: 'lettera', data: { ...letter, mittente: { ...letter.mittente, codiceIpa: 'r_puglia' } } });
      expect(other.status).toBe(403);
    });

    it('shows each body its own register and files only', async () => {
      const own: Json = await (await call('/letters', 'dev-ambito')).json();
      expect(own.items.length).toBeGreaterThan(0);
      expect(((await (await call('/letters', 'dev-regione')).json()) as Json).items).toEqual([]);
      expect((await call(`/letters/${own.items[0].id}/files`, 'dev-regione')).status).toBe(404);
      expect((await call(`/letters/${own.items[0].id}/files`, 'dev-ambito')).status).toBe(200);
    });

    it('refuses to start a letter from another body’s document', async () => {
      const res = await call('/letters', 'dev-ambito', { template: 'lettera', data: letter, fromDocumentId: circular });
      expect(res.status).toBe(404);
    });

    it('answers invalid letter data with the list of problems and no letter', async () => {
      const res = await call('/letters', 'dev-ministero', { template: 'lettera', data: { ...letter, corpo: '' } });
      expect(res.status).toBe(422);
      expect(((await res.json()) as Json).dettagli).toContain('corpo: non può essere vuoto');
    });

    it('previews a letter as a PDF without taking a number', async () => {
      const res: Json = await (await call('/letters/preview', 'dev-ambito', { template: 'lettera', data: letter })).json();
      expect(Buffer.from(res.pdf, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('offers every template with a JSON Schema of its form', async () => {
      const list: Json = await (await call('/templates', 'dev-ambito')).json();
      expect(list.map((t: { name: string }) => t.name)).toContain('convocazione');
      expect(list.find((t: { name: string }) => t.name === 'convocazione').schema.properties.riunione.type).toBe('object');
    });
  });
});
