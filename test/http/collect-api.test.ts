import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { startLocalApp, type LocalApp } from '../../cli/local-app.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { formRegistry } from '../../shared/collect/form-registry.ts';
import { answers, typed } from '../collect/forms/form-samples.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * A campaign through the HTTP API: the region manages it, each Ambito's link opens its own slot only,
 * an answer uploaded through the link is read, checked and registered, and shows on both sides.
 */
describe('collections over the HTTP API', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-collect-api-'));
  const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off', CARTEGGIO_API_PORT: '0', CARTEGGIO_DEV_IPA: 'ats_fg01' });
  let app: LocalApp;
  const tokens: Record<string, string> = {};
  let campaignId: string;
  let links: Json[];
  const csv = ['codice;denominazione;regione;pec;popolazione;assistenti_sociali', 'ATS_FG01;Ambito di San Severo;Puglia;ats.fg01@pec.it;75000;15', 'ATS_FG02;Ambito di Lucera;Puglia;ats.fg02@pec.it;60000;12', ''].join('\n');

  const call = (path: string, user?: string, body?: unknown, method = body ? 'POST' : 'GET') =>
    fetch(`${app.url}${path}`, { method, headers: { ...(user ? { authorization: `Bearer ${tokens[user]}` } : {}), 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  const linkToken = (code: string) => links.find((l: { code: string }) => l.code === code).link.split('#')[1];

  beforeAll(async () => {
    app = await startLocalApp(config, { ports: { s3: 0, dynamo: 0 } });
    for (const user of ['dev-ministero', 'dev-regione', 'dev-ambito']) tokens[user] = await app.login(user);
    const created: Json = await (await call('/campaigns', 'dev-regione', { title: 'POA 2024 supervisione', formId: 'poa-supervisione', deadline: '2099-12-31', issuerName: 'Regione Puglia' })).json();
    campaignId = created.id;
    await call(`/campaigns/${campaignId}/bodies`, 'dev-regione', { fileName: 'enti.csv', content: Buffer.from(csv).toString('base64') });
    links = (await (await call(`/campaigns/${campaignId}/links`, 'dev-regione', {})).json()) as Json[];
  });

  afterAll(async () => {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists the campaign to its issuer and to an expected body, not to another body', async () => {
    const mine = (user: string) => call('/campaigns', user).then((r) => r.json() as Promise<Json[]>);
    expect((await mine('dev-regione')).map((c) => [c.campaign.id, c.ruolo])).toEqual([[campaignId, 'titolare']]);
    expect((await mine('dev-ambito')).map((c) => [c.campaign.id, c.ruolo])).toEqual([[campaignId, 'ente']]);
    expect(await mine('dev-ministero')).toEqual([]);
  });

  it('refuses a CSV with a bad row, saying which row and column, and imports nothing', async () => {
    const bad = `${csv}ATS_FG03;Ambito di Troia;Puglia;non-una-pec;50000;10\n`;
    const res = await call(`/campaigns/${campaignId}/bodies`, 'dev-regione', { fileName: 'enti.csv', content: Buffer.from(bad).toString('base64') });
    expect(res.status).toBe(422);
    const body: Json = await res.json();
    expect(body.righe[0]).toMatchObject({ row: 4, column: 'pec' });
    const status: Json = await (await call(`/campaigns/${campaignId}`, 'dev-regione')).json();
    expect(status.status.counts.attesi).toBe(2);
  });

  it('opens a body’s slot from its link, with the campaign and the deadline', async () => {
    const page: Json = await (await fetch(`${app.url}/raccolta/${linkToken('ATS_FG02')}`)).json();
    expect(page).toMatchObject({ campaign: { title: 'POA 2024 supervisione', deadline: '2099-12-31' }, body: { code: 'ATS_FG02' }, submissions: [] });
  });

  it('refuses a forged link with an Italian message', async () => {
    const res = await fetch(`${app.url}/raccolta/${'A'.repeat(43)}`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as Json).errore).toMatch(/collegamento|non valido|sconosciut/i);
  });

  it('gives the body its form, with its name and code filled in and read-only', async () => {
    const res = await fetch(`${app.url}/raccolta/${linkToken('ATS_FG02')}/modulo`);
    const doc = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
    const code = doc.getForm().getTextField('enteCodice');
    expect(code.getText()).toBe('ATS_FG02');
    expect(code?.isReadOnly()).toBe(true);
  });

  it('takes an answer uploaded through the link, checks it, registers it and shows it to both sides', async () => {
    // Prepare: the body fills in its own form
    const form = await PDFDocument.load(new Uint8Array(await (await fetch(`${app.url}/raccolta/${linkToken('ATS_FG02')}/modulo`)).arrayBuffer()));
    const def = formRegistry().get('poa-supervisione');
    for (const [name, value] of Object.entries(answers['poa-supervisione'])) {
      const field = def.fields.find((f) => f.name === name)!;
      if (field.type === 'choice') form.getForm().getDropdown(name).select(typed(def, name, value));
      else form.getForm().getTextField(name).setText(typed(def, name, value));
    }
    const pdf = await form.save();
    // Act
    const post: Json = await (await fetch(`${app.url}/raccolta/${linkToken('ATS_FG02')}/caricamento`, { method: 'POST', body: JSON.stringify({ fileName: 'poa.pdf', contentType: 'application/pdf' }) })).json();
    const data = new FormData();
    for (const [k, v] of Object.entries(post.fields as Record<string, string>)) data.append(k, v);
    data.append('file', new Blob([Buffer.from(pdf)], { type: 'application/pdf' }), 'poa.pdf');
    expect((await fetch(post.url, { method: 'POST', body: data })).status).toBe(204);
    await app.stack.idle();
    // Assess
    const slot: Json = await (await fetch(`${app.url}/raccolta/${linkToken('ATS_FG02')}`)).json();
    expect(slot.submissions[0]).toMatchObject({ version: 1, via: 'link', late: false });
    expect(slot.submissions[0].protocol.numero).toMatch(/^\d{7}$/);
    const board: Json = await (await call(`/campaigns/${campaignId}`, 'dev-regione')).json();
    expect(board.status.bodies.find((b: Json) => b.body.code === 'ATS_FG02').latest.outcome).toBe(slot.submissions[0].outcome);
  });

  it('files the answer in the archive of the region that asked, not of the deployment’s own body', async () => {
    const names = async (user: string) => ((await (await call('/documents', user)).json()) as Json).items.map((d: Json) => d.fileName as string);
    expect((await names('dev-regione')).some((n: string) => n.endsWith('poa.pdf'))).toBe(true);
    expect((await names('dev-ministero')).some((n: string) => n.endsWith('poa.pdf'))).toBe(false);
  });

  it('shows the answer in the region’s register, in entrata, with the number the answer carries', async () => {
    // Prepare
    const slot: Json = await (await fetch(`${app.url}/raccolta/${linkToken('ATS_FG02')}`)).json();
    // Act
    const register: Json = await (await call('/letters', 'dev-regione')).json();
    // Assess
    const incoming = register.items.filter((l: Json) => l.direzione === 'entrata');
    expect(incoming.map((l: Json) => l.protocol.numero)).toEqual([slot.submissions[0].protocol.numero]);
  });

  it('exports one row per body as XLSX', async () => {
    const res = await call(`/campaigns/${campaignId}/export?format=xlsx`, 'dev-regione');
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  });

  it('lets only the issuer export or remind', async () => {
    expect((await call(`/campaigns/${campaignId}/export?format=csv`, 'dev-ambito')).status).toBe(404);
    expect((await call(`/campaigns/${campaignId}/reminders`, 'dev-ambito', { data: {} })).status).toBe(404);
  });

  it('reminds the body that has not answered with a protocolled letter', async () => {
    const base = JSON.parse(readFileSync(new URL('../../templates/examples/sollecito.json', import.meta.url), 'utf8'));
    delete base.destinatari;
    const res: Json = await (await call(`/campaigns/${campaignId}/reminders`, 'dev-regione', { data: { ...base, mittente: { ...base.mittente, codiceIpa: 'r_puglia' }, nuovaScadenza: '2100-01-31' } })).json();
    const board: Json = await (await call(`/campaigns/${campaignId}`, 'dev-regione')).json();
    const due = board.status.bodies.filter((b: Json) => b.state === 'mancante' || b.state === 'rifiutato').map((b: Json) => b.body.code);
    expect(due).toContain('ATS_FG01');
    expect(res.map((r: Json) => r.code)).toEqual(due);
    expect(res.every((r: Json) => /^\d{7}$/.test(r.protocollo?.numero ?? ''))).toBe(true);
  });
});
