import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { looksLikeMessage } from '../../shared/ingest/pec-message.ts';
import { makePdf } from '../support/make-pdf.ts';
import { startEmbeddedStack, type EmbeddedStack } from '../support/embedded-stack.ts';

/** Certification data as PEC providers write them (DM 2 novembre 2005). */
const DATICERT = `<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="posta-certificata" errore="nessuno">
  <intestazione>
    <mittente>ambito@pec.comune.montelago.it</mittente>
    <destinatari tipo="certificato">regione.sociale@pec.regione.umbria.it</destinatari>
    <risposte>ambito@pec.comune.montelago.it</risposte>
    <oggetto>Trasmissione POA supervisione – Ambito di Montelago</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0200"><giorno>07/05/2025</giorno><ora>10:15:05</ora></data>
    <identificativo>opec21012.20250507101505.12345.67.1.53@pec.aruba.it</identificativo>
    <msgid>&lt;abc@pec.comune.montelago.it&gt;</msgid>
  </dati>
</postacert>`;

const build = (mail: ConstructorParameters<typeof MailComposer>[0]) => new MailComposer(mail).compile().build();

/** A PEC transport envelope as a provider delivers it: daticert.xml and the original message, postacert.eml. */
async function pecMessage(attachments: { filename: string; content: Uint8Array }[]): Promise<Buffer> {
  const original = await build({
    from: 'Ambito Territoriale Sociale di Montelago <ambito@pec.comune.montelago.it>',
    to: 'regione.sociale@pec.regione.umbria.it',
    subject: 'Trasmissione POA supervisione – Ambito di Montelago',
    date: new Date('2025-05-07T08:15:00Z'),
    text: 'Si trasmette in allegato il Piano Operativo Analitico.\nCordiali saluti.',
    attachments: attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: 'application/pdf' })),
  });
  return build({
    from: 'Per conto di: ambito@pec.comune.montelago.it <posta-certificata@pec.aruba.it>',
    to: 'regione.sociale@pec.regione.umbria.it',
    subject: 'POSTA CERTIFICATA: Trasmissione POA supervisione – Ambito di Montelago',
    date: new Date('2025-05-07T08:15:05Z'),
    headers: { 'X-Trasporto': 'posta-certificata', 'X-Riferimento-Message-ID': '<abc@pec.comune.montelago.it>' },
    text: 'Messaggio di posta certificata',
    attachments: [
      { filename: 'daticert.xml', content: DATICERT, contentType: 'application/xml' },
      { filename: 'postacert.eml', content: original, contentType: 'message/rfc822' },
    ],
  });
}

describe('a PEC message saved as .eml is ingested with every document it carries', () => {
  let env: EmbeddedStack;
  beforeAll(async () => {
    env = await startEmbeddedStack();
  });
  afterAll(() => env.stop());

  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

  it('tells a message from a PDF', async () => {
    expect(looksLikeMessage(await pecMessage([]))).toBe(true);
    expect(looksLikeMessage(await makePdf([['Oggetto: prova']]))).toBe(false);
  });

  it('records the message with the original sender’s subject, and each attached PDF as a document of its own', async () => {
    // Prepare
    const poa = await makePdf([['Oggetto: Piano Operativo Analitico – supervisione del personale', '', 'Si trasmette entro il 30/06/2025.']]);
    const nota = await makePdf([['Oggetto: nota di accompagnamento']]);
    const eml = await pecMessage([{ filename: 'POA Montelago.pdf', content: poa }, { filename: 'nota.pdf', content: nota }]);
    // Act
    await env.objects.put(env.config.inboxBucket, 'pec/messaggio.eml', eml);
    await env.stack.idle();
    // Assess: the message
    const message = await env.documents.getDocument(sha(eml));
    expect(message?.status).toBe('extracted');
    expect(message?.extraction?.fields.subject).toBe('Trasmissione POA supervisione – Ambito di Montelago');
    expect(message?.facts?.attachments.map((a) => a.fileName)).toEqual(['POA Montelago.pdf', 'nota.pdf']);
    expect(message?.facts?.repairs.map((r) => r.code)).toContain('pec-message');
    expect(message?.extraction?.fields.emails).toContain('ambito@pec.comune.montelago.it');
    // … and each attachment, ingested in its turn from where the message put it.
    const attached = await env.documents.getDocument(sha(poa));
    expect(attached?.extraction?.fields.subject).toBe('Piano Operativo Analitico – supervisione del personale');
    expect((await env.documents.listReceipts(sha(poa))).map((r) => r.key)).toEqual([message!.facts!.attachments[0].key]);
    expect((await env.documents.getDocument(sha(nota)))?.status).toBe('extracted');
  });
});
