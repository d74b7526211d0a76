import type { Campaign, CampaignState, ExpectedBody, NewSubmission, Submission, UploadTokenRecord } from '../records/campaign-record.ts';

export interface CampaignFilter {
  /** The issuing body's IPA code. */
  issuer?: string;
  state?: CampaignState;
}

/** What recording a submission did: `created` is false when the same content was already there. */
export interface RecordedSubmission {
  submission: Submission;
  created: boolean;
}

/**
 * Collection campaigns, the bodies they expect, their submissions and upload tokens. Two adapters
 * (DynamoDB, memory) pass the same contract test (test/collect/campaigns/campaign-store.test.ts).
 */
export interface CampaignStore {
  /** Stores a new campaign; CampaignExistsError if its id is taken. */
  createCampaign(campaign: Campaign): Promise<Campaign>;
  getCampaign(id: string): Promise<Campaign | null>;
  /** Campaigns, newest first, by issuer and state. */
  listCampaigns(filter?: CampaignFilter): Promise<Campaign[]>;
  /** Closes a campaign (idempotent: an already closed one keeps its closedAt); CampaignNotFoundError. */
  closeCampaign(id: string, at: Date): Promise<Campaign>;
  /** Reopens a campaign, with a new deadline if given; CampaignNotFoundError. */
  reopenCampaign(id: string, options?: { deadline?: string }): Promise<Campaign>;

  /** Adds or replaces expected bodies (by code), in batches; IncompleteWriteError if some could not be written. */
  putExpectedBodies(campaignId: string, bodies: ExpectedBody[]): Promise<void>;
  getExpectedBody(campaignId: string, code: string): Promise<ExpectedBody | null>;
  /** A campaign's expected bodies, by code. */
  listExpectedBodies(campaignId: string): Promise<ExpectedBody[]>;
  /** The expected bodies, in every campaign, whose PEC is this address (case-insensitive). */
  findBodiesByPec(pec: string): Promise<ExpectedBody[]>;
  /** A body's entry in every campaign that expects it, by its code (case-insensitive): its own list, read without the others. */
  findBodiesByCode(code: string): Promise<ExpectedBody[]>;

  /**
   * Records a submission once per (campaign, body, documentId): the same content again returns the
   * existing submission with `created: false`; new content becomes version n+1. Safe against
   * concurrent callers and against a crash at any point (each version is one conditional write).
   */
  recordSubmission(submission: NewSubmission): Promise<RecordedSubmission>;
  /** Replaces a recorded submission (e.g. its outcome once read); SubmissionNotFoundError unless the same version and content exist. */
  updateSubmission(submission: Submission): Promise<Submission>;
  /** Every submission of a campaign, by body code then version. */
  listSubmissions(campaignId: string): Promise<Submission[]>;
  /** The versions of one body's answer, oldest first. */
  listBodySubmissions(campaignId: string, bodyCode: string): Promise<Submission[]>;

  /** Stores a new upload token (by hash). */
  putUploadToken(token: UploadTokenRecord): Promise<void>;
  getUploadToken(hash: string): Promise<UploadTokenRecord | null>;
  /** Marks a token revoked (keeping its first revokedAt); null if unknown. */
  revokeUploadToken(hash: string, at: Date): Promise<UploadTokenRecord | null>;
  /** Every token issued for a body of a campaign, oldest first. */
  listUploadTokens(campaignId: string, bodyCode: string): Promise<UploadTokenRecord[]>;

  /**
   * Notes that an arrival (an object, by bucket, key and entity tag) was fully handled as a possible
   * submission: recorded, registered and given its receipt, or found to be no submission at all.
   * Reconciliation hands again every arrival without this note.
   */
  markArrivalHandled(bucket: string, key: string, etag: string): Promise<void>;
  arrivalHandled(bucket: string, key: string, etag: string): Promise<boolean>;
}

/** Items per BatchWriteItem: DynamoDB's limit. */
export const BATCH_WRITE_SIZE = 25;
