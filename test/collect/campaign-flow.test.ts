import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedStack, type EmbeddedStack } from '../support/embedded-stack.ts';
import { DynamoCampaignStore } from '../../shared/storage/dynamo-campaign-store.ts';
import { Campaign, newCampaignId, type ExpectedBody } from '../../shared/records/campaign-record.ts';
import { UploadTokens, presignedUploadForToken } from '../../shared/collect/upload-tokens.ts';
import { campaignStatus } from '../../shared/collect/campaign-status.ts';
import { remindBodies } from '../../shared/collect/remind-bodies.ts';
import { buildEml } from '../../shared/pec/build-eml.ts';
import { buildGenerateDeps } from '../../functions/generate/generate-deps.ts';
import { registerCheck } from '../../shared/register/register-check.ts';
import { romeYear } from '../../shared/calendar/rome-date.ts';
import { answers, filledForm, form } from './forms/form-samples.ts';

/**
 * A whole campaign through the embedded stack and the real ingest handler: answers arrive through a
 * body's upload link (presigned POST) and by PEC (.eml with the form attached), each is read, checked,
 * recorded once per content, registered in the issuer's incoming protocol and given a receipt.
 */
describe('a campaign’s answers, from arrival to reminder', () => {
  let env: EmbeddedStack;
  let store: DynamoCampaignStore;
  let tokens: UploadTokens;
  let answerA: Uint8Array;
  const def = form('poa-supervisione');
  const campaign = Campaign.parse({ recordVersion: 1, id: newCampaignId(), issuer: { codiceIpa: 'r_puglia', name: 'Regione Puglia' }, title: 'POA 2024 supervisione', formId: 'poa-supervisione', deadline: '2099-12-31', state: 'aperta', createdAt: new Date().toISOString() });
  const body = (code: string, pec: string): ExpectedBody => ({ recordVersion: 1, campaignId: campaign.id, code, name: `Ambito ${code}`, region: 'Puglia', pec, population: 75_000, assistentiSociali: 15 });
  const bodies = [body('ATS-A', 'ats.a@pec.it'), body('ATS-B', 'ats.b@pec.it'), body('ATS-C', 'ats.c@pec.it'), body('ATS-D', 'ats.d@pec.it')];

  async function uploadThroughLink(code: string, pdf: Uint8Array): Promise<string> {
    const { token } = await tokens.issueToken(campaign.id, code);
    const post = await presignedUploadForToken(tokens, env.s3, env.config.inboxBucket, token, 10_000_000, { contentType: 'application/pdf', fileName: 'poa.pdf' });
    if (!post.ok) throw new Error(post.message);
    const form = new FormData();
    for (const [k, v] of Object.entries(post.upload.fields)) form.append(k, v);
    form.append('file', new Blob([Buffer.from(pdf)], { type: 'application/pdf' }), 'poa.pdf');
    const res = await fetch(post.upload.url, { method: 'POST', body: form });
    if (res.status !== 204) throw new Error(`upload: HTTP ${res.status}`);
    await env.stack.idle();
    return post.upload.key;
  }

  beforeAll(async () => {
    env = await startEmbeddedStack();
    store = new DynamoCampaignStore(env.dynamo, env.config.table);
    tokens = new UploadTokens(store);
    await store.createCampaign(campaign);
    await store.putExpectedBodies(campaign.id, bodies);
    answerA = await filledForm(def, answers['poa-supervisione']);
    await uploadThroughLink('ATS-A', answerA);
    await uploadThroughLink('ATS-B', await filledForm(def, { ...answers['poa-supervisione'], oreGruppo: 12 }));
    const eml = await buildEml({
      from: { name: 'Ambito C', address: 'ats.c@pec.it' },
      to: ['protocollo@pec.regione.puglia.it'],
      cc: [],
      subject: 'Trasmissione POA 2024 supervisione',
      text: 'Si trasmette il POA.',
      attachments: [{ filename: 'poa-ats-c.pdf', content: await filledForm(def, answers['poa-supervisione']), contentType: 'application/pdf' }],
      date: new Date(),
      messageId: '<poa-c@pec.it>',
    });
    await env.objects.put(env.config.inboxBucket, 'pec/poa-ats-c.eml', eml, 'message/rfc822');
    await env.stack.idle();
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('records an answer uploaded through its link as accepted, read from the AcroForm', async () => {
    const [a] = await store.listBodySubmissions(campaign.id, 'ATS-A');
    expect(a).toMatchObject({ version: 1, via: 'link', outcome: 'accepted', late: false });
    expect(a.how.oreGruppo).toBe('acroform');
  });

  it('refuses an answer below the LEPS minimum, saying which value and the minimum', async () => {
    const [b] = await store.listBodySubmissions(campaign.id, 'ATS-B');
    expect(b.outcome).toBe('rejected');
    expect(b.reasons.map((r) => r.message).join(' ')).toMatch(/12.*16|16.*12/);
  });

  it('matches a PEC message to the body by its sender and records its attachment', async () => {
    const [c] = await store.listBodySubmissions(campaign.id, 'ATS-C');
    expect(c).toMatchObject({ via: 'pec', pec: { sender: 'ats.c@pec.it' }, outcome: 'accepted' });
  });

  it('registers every answer in the issuer’s incoming protocol, with distinct numbers', async () => {
    const numbers = (await store.listSubmissions(campaign.id)).map((s) => s.protocol?.numero);
    expect(numbers.every((n) => /^\d{7}$/.test(n ?? ''))).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('writes a receipt with the protocol number for each answer, and its PEC reply for a PEC answer', async () => {
    expect(await env.objects.head(env.config.outputsBucket, `raccolte/${campaign.id}/ATS-A/ricevuta-v1.pdf`)).not.toBeNull();
    const reply = Buffer.from(await env.objects.get(env.config.outputsBucket, `raccolte/${campaign.id}/ATS-C/ricevuta-v1.eml`)).toString('utf8');
    expect(reply).toMatch(/^To: ats\.c@pec\.it/m);
  });

  it('records the same content sent again once', async () => {
    await uploadThroughLink('ATS-A', answerA);
    expect(await store.listBodySubmissions(campaign.id, 'ATS-A')).toHaveLength(1);
  });

  it('keeps a corrected answer as the next version, and the latest counts', async () => {
    await uploadThroughLink('ATS-B', await filledForm(def, answers['poa-supervisione']));
    const versions = await store.listBodySubmissions(campaign.id, 'ATS-B');
    expect(versions.map((v) => [v.version, v.outcome])).toEqual([[1, 'rejected'], [2, 'accepted']]);
    const status = campaignStatus(campaign, bodies, await store.listSubmissions(campaign.id), new Date());
    expect(status.bodies.find((b) => b.body.code === 'ATS-B')!.state).toBe('ricevuto');
  });

  it('reminds only the body that has not answered, with a protocolled letter to its PEC', async () => {
    const status = campaignStatus(campaign, bodies, await store.listSubmissions(campaign.id), new Date());
    const base = JSON.parse(readFileSync(new URL('../../templates/examples/sollecito.json', import.meta.url), 'utf8'));
    delete base.destinatari;
    const sent = await remindBodies(campaign, status, { ...base, mittente: { ...base.mittente, codiceIpa: 'r_puglia' }, nuovaScadenza: '2100-01-31' }, buildGenerateDeps(env.config, { s3: env.s3, dynamo: env.dynamo }));
    expect(sent.map((r) => [r.bodyCode, r.letter?.destinatari[0].pec, r.letter?.protocol.codiceIpa])).toEqual([['ATS-D', 'ats.d@pec.it', 'r_puglia']]);
  });

  it('gives the same reminder asked again the same day (a button pressed twice), with no new number', async () => {
    // Prepare
    const status = campaignStatus(campaign, bodies, await store.listSubmissions(campaign.id), new Date());
    const base = JSON.parse(readFileSync(new URL('../../templates/examples/sollecito.json', import.meta.url), 'utf8'));
    delete base.destinatari;
    const data = { ...base, mittente: { ...base.mittente, codiceIpa: 'r_puglia' }, nuovaScadenza: '2100-01-31' };
    const deps = buildGenerateDeps(env.config, { s3: env.s3, dynamo: env.dynamo });
    const first = await remindBodies(campaign, status, data, deps);
    // Act
    const again = await remindBodies(campaign, status, data, deps);
    // Assess
    expect(again.map((r) => [r.letter?.protocol.numero, r.giaInviato])).toEqual([[first[0].letter?.protocol.numero, true]]);
  });

  it('numbers answers and reminders in the region’s one register, each number accounted for', async () => {
    // Act (the answers and the reminder above are the preparation)
    const check = await registerCheck('r_puglia', romeYear(), buildGenerateDeps(env.config, { s3: env.s3, dynamo: env.dynamo }));
    // Assess
    const answered = (await store.listSubmissions(campaign.id)).length;
    expect(check).toMatchObject({ ultimo: answered + 1, entrate: answered, lettere: 1, completo: true });
  });

  it('refuses reminders under another body’s name and register', async () => {
    const status = campaignStatus(campaign, bodies, await store.listSubmissions(campaign.id), new Date());
    const base = JSON.parse(readFileSync(new URL('../../templates/examples/sollecito.json', import.meta.url), 'utf8'));
    delete base.destinatari;
    await expect(remindBodies(campaign, status, { ...base, nuovaScadenza: '2100-01-31' }, buildGenerateDeps(env.config, { s3: env.s3, dynamo: env.dynamo }))).rejects.toThrow(/dell’ente che l’ha promossa \(r_puglia\)/);
  });
});
