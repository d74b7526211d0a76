import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedStack, type EmbeddedStack } from '../support/embedded-stack.ts';
import { pullPecMailbox, type MailboxAccess } from '../../shared/pec/pull-pec-mailbox.ts';
import { buildEml } from '../../shared/pec/build-eml.ts';
import { DynamoCampaignStore } from '../../shared/storage/dynamo-campaign-store.ts';
import { Campaign, newCampaignId } from '../../shared/records/campaign-record.ts';
import { answers, filledForm, form } from './forms/form-samples.ts';

const require = createRequire(import.meta.url);
// A real IMAP server on loopback (hoodiecrow-imap, by imapflow's author, kept for tests): the client speaks IMAP to it.
const hoodiecrow = require('hoodiecrow-imap') as (o: object) => { listen(port: number, host: string, cb: () => void): void; close(cb?: () => void): void; server?: { address(): AddressInfo } };

/** Answers that arrive in the region's PEC mailbox are pulled over IMAP and become submissions. */
describe('pulling a PEC mailbox over IMAP', () => {
  let env: EmbeddedStack;
  let server: ReturnType<typeof hoodiecrow>;
  let access: MailboxAccess;
  const campaign = Campaign.parse({ recordVersion: 1, id: newCampaignId(), issuer: { codiceIpa: 'r_puglia', name: 'Regione Puglia' }, title: 'POA supervisione', formId: 'poa-supervisione', deadline: '2099-12-31', state: 'aperta', createdAt: new Date().toISOString() });
  let first: Awaited<ReturnType<typeof pullPecMailbox>>;

  beforeAll(async () => {
    env = await startEmbeddedStack();
    const store = new DynamoCampaignStore(env.dynamo, env.config.table);
    await store.createCampaign(campaign);
    await store.putExpectedBodies(campaign.id, [{ recordVersion: 1, campaignId: campaign.id, code: 'ATS_X', name: 'Ambito X', region: 'Puglia', pec: 'ats.x@pec.it' }]);
    const raw = await buildEml({ from: { name: 'Ambito X', address: 'ats.x@pec.it' }, to: ['protocollo@pec.regione.puglia.it'], cc: [], subject: 'POA supervisione', text: 'Si trasmette il POA.', attachments: [{ filename: 'poa.pdf', content: await filledForm(form('poa-supervisione'), answers['poa-supervisione']), contentType: 'application/pdf' }], date: new Date(), messageId: '<x@pec.it>' });
    server = hoodiecrow({ storage: { INBOX: { messages: [{ raw: raw.toString('binary'), flags: [] }] } }, users: { regione: { password: 'segreta' } } });
    const port = await new Promise<number>((ok) => {
      const probe = require('node:net').createServer().listen(0, '127.0.0.1', () => {
        const p = probe.address().port;
        probe.close(() => ok(p));
      });
    });
    await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
    access = { host: '127.0.0.1', port, secure: false, user: 'regione', password: 'segreta' };
    first = await pullPecMailbox(access, (key, bytes) => env.objects.put(env.config.inboxBucket, key, bytes, 'message/rfc822'));
    await env.stack.idle();
  });

  afterAll(async () => {
    await new Promise<void>((ok) => server?.close(() => ok()));
    await env?.stop();
  });

  it('copies the unread message into the inbox', () => {
    expect(first).toEqual({ pulled: 1, failed: [] });
  });

  it('turns the message’s attachment into the sender’s submission', async () => {
    const subs = await new DynamoCampaignStore(env.dynamo, env.config.table).listSubmissions(campaign.id);
    expect(subs.map((s) => [s.bodyCode, s.via])).toEqual([['ATS_X', 'pec']]);
  });

  it('does not copy a message twice: it is marked read once stored', async () => {
    const again = await pullPecMailbox(access, (key, bytes) => env.objects.put(env.config.inboxBucket, key, bytes, 'message/rfc822'));
    expect(again.pulled).toBe(0);
  });

  it('says so when the login is refused', async () => {
    await expect(pullPecMailbox({ ...access, password: 'sbagliata' }, async () => {})).rejects.toThrow();
  });
});
