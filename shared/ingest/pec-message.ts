import { simpleParser, type Attachment, type ParsedMail } from 'mailparser';
import { XMLParser } from 'fast-xml-parser';

/** A file carried by a message, to be ingested as a document of its own. */
export interface MessageAttachment {
  fileName: string;
  contentType: string;
  content: Uint8Array;
}

/** An e-mail or PEC message (RFC 5322), as a person reads its envelope. */
export interface PecMessage {
  /** The message is a PEC transport envelope (it carries daticert.xml and postacert.eml). */
  certified: boolean;
  from: string | null;
  /**
   * The sender's address, lower case: the certified sender of a PEC (daticert.xml), else the address
   * a PEC envelope names "Per conto di:", else the From address. What a sender is matched by.
   */
  fromAddress: string | null;
  to: string[];
  subject: string | null;
  /** ISO 8601. */
  date: string | null;
  /** The plain-text body (for a PEC, the envelope's notice followed by the sender's own text). */
  text: string;
  /** PDFs, signed .p7m files and nested messages, in the order they were attached. */
  attachments: MessageAttachment[];
}

/** A message starts with header fields: "Return-Path:", "Received:", "From:", "MIME-Version:"… */
const HEADER_START = /^(?:[\w-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){2,}/;
const MESSAGE_HEADERS = /^(?:from|to|subject|date|mime-version|received|return-path|message-id|x-trasporto|x-riferimento-message-id)\s*:/im;
/** Files a PA message carries that are documents: PDFs, CAdES envelopes, forwarded messages. */
const DOCUMENT_FILE = /\.(?:pdf|p7m|eml)$/i;
const DOCUMENT_TYPE = /^(?:application\/(?:pdf|pkcs7-mime|x-pkcs7-mime)|message\/rfc822)\b/i;
/** PEC service files: the envelope's data and the transport receipt's rendering. */
const PEC_SERVICE = /^(?:daticert\.xml|smime\.p7s|postacert\.eml)$/i;

/** Whether bytes look like an e-mail message rather than a PDF (a PDF starts with "%PDF-" within its first kilobyte). */
export function looksLikeMessage(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).toString('latin1');
  if (head.slice(0, 1024).includes('%PDF-')) return false;
  return HEADER_START.test(head) && MESSAGE_HEADERS.test(head);
}

/**
 * Reads an e-mail or PEC message: its envelope, its text and the documents it carries. For a PEC
 * transport envelope ("POSTA CERTIFICATA: …", with daticert.xml) the sender, recipients, subject and
 * date are the original message's, from the certification data; the attachments are those of the
 * original message (postacert.eml).
 * Source: RFC 5322 and 2045; DPR 68/2005 and DM 2 novembre 2005 (PEC technical rules).
 */
export async function readPecMessage(bytes: Uint8Array): Promise<PecMessage> {
  // mailparser lifts the attachments of a forwarded message (postacert.eml) into the outer one.
  const mail = await simpleParser(Buffer.from(bytes));
  const daticert = mail.attachments.find((a) => /^daticert\.xml$/i.test(a.filename ?? ''));
  const cert = daticert ? certificationData(daticert.content.toString('utf8')) : null;
  return {
    certified: daticert !== undefined,
    // The PEC envelope is sent "Per conto di: <sender>": the certification data name the sender and the subject.
    from: cert?.mittente ?? mail.from?.text.replace(/^per conto di:\s*/i, '').replace(/\s*<[^>]*>$/, '') ?? null,
    fromAddress: senderAddress(cert?.mittente ?? null, mail),
    to: cert?.destinatari.length ? cert.destinatari : addresses(mail),
    subject: cert?.oggetto ?? mail.subject?.replace(/^(?:posta certificata|anomalia messaggio)\s*:\s*/i, '') ?? null,
    date: cert?.date ?? (mail.date ? mail.date.toISOString() : null),
    text: (mail.text ?? '').trim(),
    attachments: mail.attachments.filter(isDocument).map((a, i) => ({ fileName: a.filename ?? `allegato-${i + 1}.pdf`, contentType: a.contentType, content: new Uint8Array(a.content) })),
  };
}

/**
 * The certification data of a PEC (daticert.xml, DM 2 novembre 2005, allegato): sender, recipients,
 * subject of the original message, and when the provider took it in charge.
 */
function certificationData(xml: string): { mittente: string | null; destinatari: string[]; oggetto: string | null; date: string | null } | null {
  try {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, isArray: (name) => name === 'destinatari' }).parse(xml) as {
      postacert?: { intestazione?: { mittente?: string; destinatari?: (string | { '#text'?: string })[]; oggetto?: string }; dati?: { data?: { zona?: string; giorno?: string; ora?: string } } };
    };
    const head = doc.postacert?.intestazione;
    const data = doc.postacert?.dati?.data;
    const [d, m, y] = (data?.giorno ?? '').split('/');
    const zone = /^[+-]\d{4}$/.test(data?.zona ?? '') ? `${data!.zona!.slice(0, 3)}:${data!.zona!.slice(3)}` : 'Z';
    const when = y && data?.ora ? new Date(`${y}-${m}-${d}T${data.ora}${zone}`) : null;
    return {
      mittente: head?.mittente?.trim() || null,
      destinatari: (head?.destinatari ?? []).map((t) => (typeof t === 'string' ? t : (t['#text'] ?? ''))).map((t) => t.trim()).filter(Boolean),
      oggetto: head?.oggetto?.trim() || null,
      date: when && !Number.isNaN(when.getTime()) ? when.toISOString() : null,
    };
  } catch {
    return null;
  }
}

function isDocument(a: Attachment): boolean {
  const name = a.filename ?? '';
  if (PEC_SERVICE.test(name)) return false;
  return DOCUMENT_FILE.test(name) || DOCUMENT_TYPE.test(a.contentType);
}

function senderAddress(certified: string | null, mail: ParsedMail): string | null {
  const address = /[^\s<>"]+@[^\s<>"]+/;
  const onBehalf = /per conto di:\s*([^\s<>"]+@[^\s<>"]+)/i.exec(mail.from?.text ?? '')?.[1];
  const found = (certified && address.exec(certified)?.[0]) || onBehalf || mail.from?.value[0]?.address || null;
  return found ? found.toLowerCase() : null;
}

function addresses(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((t) => t.value.map((v) => v.address ?? v.name)).filter((v): v is string => Boolean(v));
}
