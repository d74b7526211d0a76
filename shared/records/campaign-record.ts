import * as z from 'zod';
import { addDays, romeInstant } from '../calendar/rome-date.ts';

/**
 * The records of a collection campaign (issue 10): the campaign, the bodies it expects, each
 * submission and each upload token. Every stored record carries `recordVersion`: raise
 * COLLECT_RECORD_VERSION when a change cannot be read from old items by zod defaults alone, and add
 * the step that upgrades the previous version to UPGRADES below.
 *   1: the first shape (November 2026).
 */
export const COLLECT_RECORD_VERSION = 1;

const UPGRADES: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {};

/** A stored campaign item written by a newer Carteggio than this one. */
export class UnreadableCollectRecordError extends Error {
  constructor(
    readonly kind: string,
    readonly version: number,
  ) {
    super(`record «${kind}» nella versione ${version}, più recente di quella che questa versione di Carteggio sa leggere (${COLLECT_RECORD_VERSION}): aggiornare Carteggio`);
    this.name = 'UnreadableCollectRecordError';
  }
}

/** Reads a stored record of any past version with its schema, upgraded to today's shape. */
export function readStoredCollectRecord<S extends z.ZodType>(kind: string, schema: S, raw: unknown): z.infer<S> {
  let record = { ...(raw as Record<string, unknown>) };
  let version = typeof record.recordVersion === 'number' ? record.recordVersion : 1;
  if (version > COLLECT_RECORD_VERSION) throw new UnreadableCollectRecordError(kind, version);
  for (; version < COLLECT_RECORD_VERSION; version++) record = UPGRADES[version](record);
  return schema.parse({ ...record, recordVersion: COLLECT_RECORD_VERSION });
}

/** A record as stored: validated and stamped with today's version. */
export function storedCollectRecord<S extends z.ZodType>(schema: S, record: z.input<S>): z.infer<S> {
  return schema.parse({ ...(record as Record<string, unknown>), recordVersion: COLLECT_RECORD_VERSION });
}

const recordVersion = z.number().int().positive().optional();

/** A campaign id: short, lower case, safe in a URL, an S3 key and a DynamoDB key. */
export const CampaignId = z.string().regex(/^[a-z0-9][a-z0-9-]{2,39}$/, { error: 'identificativo di raccolta: da 3 a 40 caratteri tra lettere minuscole, cifre e «-»' });

/**
 * A body's code (IPA code, ATS code): safe in an S3 key, a DynamoDB sort key and a URL.
 * No «#» (key separator), no «/» (S3 prefix), no spaces.
 */
export const BodyCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, { error: 'codice: da 1 a 64 caratteri tra lettere, cifre, «_», «.» e «-», senza spazi' });

/** A calendar date AAAA-MM-GG that exists. */
export const CalendarDate = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}, { error: 'data nel formato AAAA-MM-GG' });

export const CampaignState = z.enum(['aperta', 'chiusa']);
export type CampaignState = z.infer<typeof CampaignState>;

/** A collection campaign: who asks, for which form, by when. */
export const Campaign = z.object({
  recordVersion,
  id: CampaignId,
  issuer: z.object({ codiceIpa: z.string().min(1), name: z.string().min(1) }),
  title: z.string().min(1),
  /** A form definition's id (templates/forms/<formId>), e.g. 'poa-supervisione'. */
  formId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The last day to answer (AAAA-MM-GG): the deadline is the end of that day in Europe/Rome. */
  deadline: CalendarDate,
  state: CampaignState,
  createdAt: z.string().datetime(),
  closedAt: z.string().datetime().optional(),
});
export type Campaign = z.infer<typeof Campaign>;

/** A body a campaign expects an answer from. */
export const ExpectedBody = z.object({
  recordVersion,
  campaignId: CampaignId,
  code: BodyCode,
  name: z.string().min(1),
  region: z.string().min(1),
  pec: z.email({ error: 'indirizzo PEC non valido' }),
  population: z.number().int().nonnegative().optional(),
  assistentiSociali: z.number().nonnegative().optional(),
});
export type ExpectedBody = z.infer<typeof ExpectedBody>;

export const SubmissionOutcome = z.enum(['accepted', 'accepted_with_warnings', 'rejected', 'in-lettura']);
export type SubmissionOutcome = z.infer<typeof SubmissionOutcome>;

/** Why a submission was accepted with warnings or rejected, in Italian a person can act on. */
export const SubmissionReason = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  field: z.string().optional(),
});
export type SubmissionReason = z.infer<typeof SubmissionReason>;

/**
 * Who signed a `.p7m` (CAdES) or a signed PDF (PAdES). Chain validation against the EU trusted lists
 * is not done: `chain` says so in those words.
 */
export const SubmissionSigner = z.object({
  kind: z.enum(['CAdES', 'PAdES']),
  name: z.string().nullable(),
  /** From the certificate's serialNumber `TINIT-…`. */
  fiscalCode: z.string().nullable(),
  signingTime: z.string().datetime().nullable(),
  /** Whether the certificate was within its validity period at signing time (null: no signing time). */
  certificateValidAtSigning: z.boolean().nullable(),
  /** Whether the signature was checked against the content, and how it went. */
  integrity: z.enum(['verificata', 'non-valida', 'non-verificata']),
  chain: z.literal('integrity checked, chain not verified').default('integrity checked, chain not verified'),
});
export type SubmissionSigner = z.infer<typeof SubmissionSigner>;

/**
 * One answer of one body to one campaign: a distinct content (documentId, the ingestion's content
 * identity). The same content twice is one submission; new content is the next version, and the
 * latest version counts.
 */
export const Submission = z.object({
  recordVersion,
  campaignId: CampaignId,
  bodyCode: BodyCode,
  /** 1, 2, …: assigned by the store, in order of arrival. */
  version: z.number().int().positive(),
  /** SHA-256 of the content. */
  documentId: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().optional(),
  /** Where the uploaded object is. */
  object: z.object({ bucket: z.string(), key: z.string() }).optional(),
  receivedAt: z.string().datetime(),
  via: z.enum(['link', 'pec']),
  /** For a PEC arrival: the certified sender and message id (daticert.xml). */
  pec: z.object({ sender: z.string(), messageId: z.string().optional() }).optional(),
  /** Received after the end of the deadline's day in Rome: accepted, and marked. */
  late: z.boolean(),
  outcome: SubmissionOutcome,
  reasons: z.array(SubmissionReason),
  /** The form's values as read. */
  values: z.record(z.string(), z.unknown()),
  /** How each value was read: e.g. 'acroform', 'testo', 'ocr'. */
  how: z.record(z.string(), z.string()),
  /** The region's incoming protocol registration (DPR 445/2000 art. 53). */
  protocol: z.object({ numero: z.string(), data: z.string() }).optional(),
  signer: SubmissionSigner.optional(),
});
export type Submission = z.infer<typeof Submission>;
/** What a caller gives to record a submission: the store assigns the version. */
export type NewSubmission = Omit<z.input<typeof Submission>, 'version' | 'recordVersion'>;

/** An upload token as stored: never the token itself, only its SHA-256. */
export const UploadTokenRecord = z.object({
  recordVersion,
  /** SHA-256 (hex) of the token's text. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  campaignId: CampaignId,
  bodyCode: BodyCode,
  issuedAt: z.string().datetime(),
  expiresAt: z.string().datetime(),
  revoked: z.boolean(),
  revokedAt: z.string().datetime().optional(),
});
export type UploadTokenRecord = z.infer<typeof UploadTokenRecord>;

/** A new campaign id: 12 characters of base 36 from 62 random bits (Web Crypto: this module also serves the pages' types). */
export function newCampaignId(): string {
  const n = crypto.getRandomValues(new BigUint64Array(1))[0] >> 2n;
  return n.toString(36).padStart(12, '0').slice(-12);
}

/** The instant a campaign's deadline ends: the last millisecond of its day in Europe/Rome. */
export function deadlineInstant(deadline: string): Date {
  return new Date(romeInstant(addDays(deadline, 1), '00:00').getTime() - 1);
}

/** Whether something received at `receivedAt` arrived after the campaign's deadline. */
export function isLate(campaign: Pick<Campaign, 'deadline'>, receivedAt: string | Date): boolean {
  return new Date(receivedAt).getTime() > deadlineInstant(campaign.deadline).getTime();
}
