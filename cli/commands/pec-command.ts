import { openStack } from '../open-stack.ts';
import { pullPecMailbox } from '../../shared/pec/pull-pec-mailbox.ts';

/**
 * `carteggio pec pull --host H [--port 993] [--user U]`: copies the unread messages of a PEC mailbox
 * into the inbox (as `.eml`), where they are ingested and, when they answer a campaign, recorded.
 * The password comes from CARTEGGIO_IMAP_PASSWORD, never from the command line (it would stay in the
 * shell's history and in the process list).
 */
export async function pecCommand(sub: string | undefined, o: { host?: string; port?: string; user?: string; insecure: boolean; json: boolean }): Promise<number> {
  const password = process.env.CARTEGGIO_IMAP_PASSWORD;
  const user = o.user ?? process.env.CARTEGGIO_IMAP_USER;
  if (sub !== 'pull' || !o.host || !user || !password) {
    console.error('Uso: CARTEGGIO_IMAP_PASSWORD=… carteggio pec pull --host imaps.pec.example.it --user protocollo@pec.ente.it [--port 993] [--insecure]');
    return 1;
  }
  const port = Number(o.port ?? (o.insecure ? 143 : 993));
  const stack = await openStack();
  try {
    const report = await pullPecMailbox({ host: o.host, port, secure: !o.insecure, user, password }, (key, bytes) => stack.objects.put(stack.config.inboxBucket, key, bytes, 'message/rfc822'), (uid, key) => {
      if (o.json) console.log(JSON.stringify({ uid, key }));
    });
    if (stack.embedded) await stack.embedded.idle();
    if (!o.json) console.log(`${report.pulled} messaggi copiati nella casella in arrivo${report.failed.length ? `, ${report.failed.length} non riusciti (restano da leggere)` : ''}.`);
    for (const f of report.failed) console.error(`  messaggio ${f.uid}: ${f.error}`);
    return report.failed.length ? 2 : 0;
  } catch (err) {
    console.error(`Casella PEC non raggiungibile o accesso rifiutato (${o.host}:${port}): ${(err as Error).message}`);
    return 1;
  } finally {
    await stack.close();
  }
}
