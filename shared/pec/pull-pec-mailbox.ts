import { createHash } from 'node:crypto';
import { ImapFlow } from 'imapflow';

export interface MailboxAccess {
  host: string;
  port: number;
  /** TLS from the first byte (IMAPS, port 993); false for STARTTLS or a local test server. */
  secure: boolean;
  user: string;
  password: string;
  mailbox?: string;
}

export interface PullReport {
  /** Messages copied into the inbox bucket. */
  pulled: number;
  /** Messages whose copy failed: left unread for the next pull. */
  failed: { uid: number; error: string }[];
}

/**
 * Copies every unread message of a PEC mailbox, as it was received (the certified envelope with
 * `postacert.eml` and `daticert.xml`), into the inbox as `.eml`, where ingestion opens it like one
 * dropped there by hand; a message is marked read only once its copy is stored, so a failure
 * leaves it for the next pull. Keys are named by the message's content: pulling twice stores it once.
 * IMAP is spoken by imapflow. Throws when the server cannot be reached or refuses the login.
 */
export async function pullPecMailbox(access: MailboxAccess, store: (key: string, bytes: Uint8Array) => Promise<void>, onMessage?: (uid: number, key: string) => void): Promise<PullReport> {
  const client = new ImapFlow({ host: access.host, port: access.port, secure: access.secure, auth: { user: access.user, pass: access.password }, logger: false });
  await client.connect();
  const report: PullReport = { pulled: 0, failed: [] };
  const lock = await client.getMailboxLock(access.mailbox ?? 'INBOX');
  try {
    const unread: { uid: number; source: Buffer }[] = [];
    for await (const message of client.fetch({ seen: false }, { uid: true, source: true })) {
      if (message.source) unread.push({ uid: message.uid, source: message.source });
    }
    for (const m of unread) {
      const key = `pec/imap/${access.user.replace(/[^\w.@-]/g, '_')}/${createHash('sha256').update(m.source).digest('hex').slice(0, 24)}.eml`;
      try {
        await store(key, new Uint8Array(m.source));
        await client.messageFlagsAdd(String(m.uid), ['\\Seen'], { uid: true });
        report.pulled++;
        onMessage?.(m.uid, key);
      } catch (err) {
        report.failed.push({ uid: m.uid, error: (err as Error).message });
      }
    }
  } finally {
    lock.release();
    await client.logout().catch(() => {});
  }
  return report;
}
