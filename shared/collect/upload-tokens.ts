import { createHash, randomBytes } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { BodyCode, CampaignId, deadlineInstant, type UploadTokenRecord } from '../records/campaign-record.ts';
import type { CampaignStore } from '../storage/campaign-store.ts';
import { BodyNotExpectedError, CampaignNotFoundError } from './campaign-errors.ts';
import { romeDateTimeText } from '../calendar/rome-date.ts';

/**
 * Upload links. Each expected body of a campaign gets a token: 32 random bytes in base64url (256
 * bits, 43 characters), which encode nothing — not the campaign, not the body. Only its SHA-256 is
 * stored, with the slot it opens (campaign, body), its expiry (the end of the deadline's day in Rome
 * plus a grace period) and whether it was revoked: whoever reads the table cannot rebuild a link.
 * A checked token yields its slot, and only that slot gets a presigned POST (key prefix
 * `raccolte/<campaign>/<body>/`, content type, size limit, 15 minutes).
 */

export type TokenRefusal = 'sconosciuto' | 'revocato' | 'scaduto';

/** The slot a token opens. */
export interface UploadScope {
  campaignId: string;
  bodyCode: string;
}

export type TokenCheck = ({ ok: true; expiresAt: string } & UploadScope) | { ok: false; refusal: TokenRefusal; message: string };

export interface IssuedToken {
  /** The token for the link: shown once, never stored. */
  token: string;
  record: UploadTokenRecord;
}

export interface UploadTokenOptions {
  /** Days after the end of the deadline's day during which a link still works (late answers are accepted and marked). Default 30. */
  graceDays?: number;
}

const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const DAY_MS = 86_400_000;

/** SHA-256 (hex) of a token's text: the only form in which a token is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export class UploadTokens {
  private readonly graceDays: number;

  constructor(
    private readonly store: CampaignStore,
    options: UploadTokenOptions = {},
  ) {
    this.graceDays = options.graceDays ?? 30;
    if (!Number.isFinite(this.graceDays) || this.graceDays < 0) throw new RangeError('graceDays: numero di giorni non negativo');
  }

  /** A new token for a body's slot; CampaignNotFoundError or BodyNotExpectedError if there is no such slot. */
  async issueToken(campaignId: string, bodyCode: string, now: Date = new Date()): Promise<IssuedToken> {
    const campaign = await this.store.getCampaign(campaignId);
    if (!campaign) throw new CampaignNotFoundError(campaignId);
    if (!(await this.store.getExpectedBody(campaignId, bodyCode))) throw new BodyNotExpectedError(campaignId, bodyCode);
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const record: UploadTokenRecord = {
      hash: hashToken(token),
      campaignId,
      bodyCode,
      issuedAt: now.toISOString(),
      expiresAt: new Date(deadlineInstant(campaign.deadline).getTime() + this.graceDays * DAY_MS).toISOString(),
      revoked: false,
    };
    await this.store.putUploadToken(record);
    return { token, record };
  }

  /** The slot a token opens, or why it opens none, in Italian for the person holding the link. */
  async checkToken(token: string, now: Date = new Date()): Promise<TokenCheck> {
    const t = TOKEN_PATTERN.test(token) ? await this.store.getUploadToken(hashToken(token)) : null;
    if (!t) return { ok: false, refusal: 'sconosciuto', message: REFUSALS.sconosciuto() };
    if (t.revoked) return { ok: false, refusal: 'revocato', message: REFUSALS.revocato(t.revokedAt ?? null) };
    if (now.getTime() > Date.parse(t.expiresAt)) return { ok: false, refusal: 'scaduto', message: REFUSALS.scaduto(t.expiresAt) };
    return { ok: true, campaignId: t.campaignId, bodyCode: t.bodyCode, expiresAt: t.expiresAt };
  }

  /** Revokes a token; false if it was unknown. */
  async revokeToken(token: string, now: Date = new Date()): Promise<boolean> {
    if (!TOKEN_PATTERN.test(token)) return false;
    return (await this.store.revokeUploadToken(hashToken(token), now)) !== null;
  }

  /** A new token for the slot, every earlier token of that slot revoked (the stored hashes suffice: no old token is needed). */
  async reissueToken(campaignId: string, bodyCode: string, now: Date = new Date()): Promise<IssuedToken & { revoked: number }> {
    const issued = await this.issueToken(campaignId, bodyCode, now);
    const earlier = (await this.store.listUploadTokens(campaignId, bodyCode)).filter((t) => t.hash !== issued.record.hash && !t.revoked);
    for (const t of earlier) await this.store.revokeUploadToken(t.hash, now);
    return { ...issued, revoked: earlier.length };
  }
}

const REFUSALS = {
  sconosciuto: () =>
    "Collegamento non valido: non corrisponde a nessun invio atteso. Controllare di averlo copiato per intero dal messaggio ricevuto, oppure chiederne uno nuovo all'ente che ha avviato la raccolta.",
  revocato: (at: string | null) =>
    `Collegamento revocato${at ? ` il ${romeDateTime(at)}` : ''}: usare il collegamento più recente ricevuto, oppure chiederne uno nuovo all'ente che ha avviato la raccolta.`,
  scaduto: (at: string) => `Collegamento scaduto il ${romeDateTime(at)}: per inviare ora il documento chiederne uno nuovo all'ente che ha avviato la raccolta, oppure inviarlo via PEC.`,
};

/** "31/03/2026 alle 14:05", in Rome. */
function romeDateTime(iso: string): string {
  return romeDateTimeText(new Date(iso), ' alle ');
}

/** Content types a slot accepts: a PDF, a CAdES envelope (.p7m), or bytes the reader will sniff. */
export const UPLOAD_CONTENT_TYPES = ['application/pdf', 'application/pkcs7-mime', 'application/x-pkcs7-mime', 'application/octet-stream'] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];

/** How long a presigned POST is valid. */
export const UPLOAD_POST_SECONDS = 15 * 60;

export interface PresignedUpload {
  /** Where the form posts to. */
  url: string;
  /** The form's fields, to send before the `file` field, exactly as given. */
  fields: Record<string, string>;
  key: string;
  /** `raccolte/<campaignId>/<bodyCode>/`: the policy admits no key outside it. */
  prefix: string;
  contentType: UploadContentType;
  maxBytes: number;
  expiresAt: string;
}

export interface PresignOptions {
  /** Default application/octet-stream. The policy pins it: the form must send exactly this Content-Type. */
  contentType?: UploadContentType;
  /** The file's name, kept (made key-safe) at the end of the key. */
  fileName?: string;
}

/** The key prefix of a body's slot in a campaign. */
export function slotPrefix(scope: UploadScope): string {
  return `raccolte/${CampaignId.parse(scope.campaignId)}/${BodyCode.parse(scope.bodyCode)}/`;
}

/**
 * A presigned S3 POST into one slot: the key is chosen here inside the slot's prefix, and the
 * policy binds the bucket, the prefix (starts-with) and the exact key, the content type, the size
 * (1 byte to maxBytes) and an expiry of 15 minutes. Call it only with a scope from checkToken.
 */
export async function presignedUpload(s3: S3Client, bucket: string, scope: UploadScope, maxBytes: number, options: PresignOptions = {}): Promise<PresignedUpload> {
  if (!Number.isInteger(maxBytes) || maxBytes < 1) throw new RangeError('maxBytes: numero intero di byte, almeno 1');
  const contentType = options.contentType ?? 'application/octet-stream';
  if (!UPLOAD_CONTENT_TYPES.includes(contentType)) throw new RangeError(`tipo di contenuto non ammesso: ${contentType}`);
  const prefix = slotPrefix(scope);
  // The SDK signs with the real clock: the key's time and the expiry are that clock's too.
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  const key = `${prefix}${stamp}-${randomBytes(4).toString('hex')}-${safeFileName(options.fileName, contentType)}`;
  const post = await createPresignedPost(s3, {
    Bucket: bucket,
    Key: key,
    Conditions: [
      ['starts-with', '$key', prefix],
      ['content-length-range', 1, maxBytes],
    ],
    Fields: { 'Content-Type': contentType },
    Expires: UPLOAD_POST_SECONDS,
  });
  const { expiration } = JSON.parse(Buffer.from(post.fields.Policy, 'base64').toString('utf8')) as { expiration: string };
  return { url: post.url, fields: post.fields, key, prefix, contentType, maxBytes, expiresAt: expiration };
}

/** Checks a token (at `now`) and, if it opens a slot, presigns a POST into that slot and no other. */
export async function presignedUploadForToken(
  tokens: UploadTokens,
  s3: S3Client,
  bucket: string,
  token: string,
  maxBytes: number,
  options: PresignOptions & { now?: Date } = {},
): Promise<({ ok: true; upload: PresignedUpload } & UploadScope) | Extract<TokenCheck, { ok: false }>> {
  const check = await tokens.checkToken(token, options.now);
  if (!check.ok) return check;
  const upload = await presignedUpload(s3, bucket, { campaignId: check.campaignId, bodyCode: check.bodyCode }, maxBytes, options);
  return { ok: true, campaignId: check.campaignId, bodyCode: check.bodyCode, upload };
}

const DEFAULT_NAMES: Record<UploadContentType, string> = {
  'application/pdf': 'invio.pdf',
  'application/pkcs7-mime': 'invio.pdf.p7m',
  'application/x-pkcs7-mime': 'invio.pdf.p7m',
  'application/octet-stream': 'invio',
};

/** A file name safe in an S3 key: no path, ASCII letters, digits, «.», «_», «-»; at most 100 characters. */
function safeFileName(name: string | undefined, contentType: UploadContentType): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const safe = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(-100);
  return safe || DEFAULT_NAMES[contentType];
}
