import Composer from 'nodemailer/lib/mail-composer/index.js';
import { mimeBodyText, mimeHeaderText } from './safe-text.ts';

// nodemailer's own RFC 5322 / MIME composer: headers, encodings and boundaries are never written by hand.
const MailComposer = Composer as unknown as new (mail: object) => { compile(): { build(): Promise<Buffer> } };

export interface EmlInput {
  from: { name: string; address: string };
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  attachments: { filename: string; content: Uint8Array | string; contentType: string }[];
  date: Date;
  messageId: string;
}

/**
 * A PEC-ready message: plain-text body, the letter and its segnatura attached. Headers (display name,
 * subject, file names) are one line of printable text and the body holds no control character
 * (`safe-text.ts`): what a person pasted never reaches a mail reader as garbage.
 */
export function buildEml(input: EmlInput): Promise<Buffer> {
  return new MailComposer({
    from: { name: mimeHeaderText(input.from.name), address: mimeHeaderText(input.from.address) },
    to: input.to.map(mimeHeaderText),
    cc: input.cc.length ? input.cc.map(mimeHeaderText) : undefined,
    subject: mimeHeaderText(input.subject),
    text: mimeBodyText(input.text),
    date: input.date,
    messageId: input.messageId,
    attachments: input.attachments.map((a) => ({ filename: mimeHeaderText(a.filename), content: Buffer.from(a.content), contentType: a.contentType })),
  })
    .compile()
    .build();
}

/** PEC providers accept about 30 MB per message, divided by the number of recipients. */
export function pecSizeLimit(recipients: number): number {
  return Math.floor((30 * 1024 * 1024) / Math.max(1, recipients));
}
