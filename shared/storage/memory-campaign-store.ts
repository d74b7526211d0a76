import { CampaignExistsError, CampaignNotFoundError, SubmissionNotFoundError } from '../collect/campaign-errors.ts';
import { Campaign, ExpectedBody, storedCollectRecord, Submission, UploadTokenRecord, type NewSubmission } from '../records/campaign-record.ts';
import type { CampaignFilter, CampaignStore, RecordedSubmission } from './campaign-store.ts';

/** Campaigns in memory, ordered as the DynamoDB adapter orders them: for unit tests and the contract test. */
export class MemoryCampaignStore implements CampaignStore {
  private readonly campaigns = new Map<string, Campaign>();
  /** campaignId → code → body */
  private readonly bodies = new Map<string, Map<string, ExpectedBody>>();
  /** campaignId → bodyCode → versions, oldest first */
  private readonly submissions = new Map<string, Map<string, Submission[]>>();
  private readonly tokens = new Map<string, UploadTokenRecord>();

  async createCampaign(campaign: Campaign): Promise<Campaign> {
    const record = storedCollectRecord(Campaign, campaign);
    if (this.campaigns.has(record.id)) throw new CampaignExistsError(record.id);
    this.campaigns.set(record.id, record);
    return structuredClone(record);
  }

  async getCampaign(id: string): Promise<Campaign | null> {
    const c = this.campaigns.get(id);
    return c ? structuredClone(c) : null;
  }

  async listCampaigns(filter: CampaignFilter = {}): Promise<Campaign[]> {
    return [...this.campaigns.values()]
      .filter((c) => (!filter.issuer || c.issuer.codiceIpa === filter.issuer) && (!filter.state || c.state === filter.state))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
      .map((c) => structuredClone(c));
  }

  async closeCampaign(id: string, at: Date): Promise<Campaign> {
    const campaign = this.require(id);
    if (campaign.state === 'chiusa') return structuredClone(campaign);
    const closed = storedCollectRecord(Campaign, { ...campaign, state: 'chiusa', closedAt: at.toISOString() });
    this.campaigns.set(id, closed);
    return structuredClone(closed);
  }

  async reopenCampaign(id: string, options: { deadline?: string } = {}): Promise<Campaign> {
    const { closedAt: _closed, ...campaign } = this.require(id);
    const open = storedCollectRecord(Campaign, { ...campaign, state: 'aperta', deadline: options.deadline ?? campaign.deadline });
    this.campaigns.set(id, open);
    return structuredClone(open);
  }

  async putExpectedBodies(campaignId: string, bodies: ExpectedBody[]): Promise<void> {
    const records = bodies.map((b) => storedCollectRecord(ExpectedBody, { ...b, campaignId }));
    const map = this.bodies.get(campaignId) ?? new Map<string, ExpectedBody>();
    for (const b of records) map.set(b.code, b);
    this.bodies.set(campaignId, map);
  }

  async findBodiesByCode(code: string): Promise<ExpectedBody[]> {
    return [...this.bodies.values()].flatMap((m) => [...m.values()]).filter((b) => b.code.toLowerCase() === code.toLowerCase()).map((b) => structuredClone(b));
  }

  async getExpectedBody(campaignId: string, code: string): Promise<ExpectedBody | null> {
    const b = this.bodies.get(campaignId)?.get(code);
    return b ? structuredClone(b) : null;
  }

  async listExpectedBodies(campaignId: string): Promise<ExpectedBody[]> {
    return [...(this.bodies.get(campaignId)?.values() ?? [])].sort((a, b) => byKey(a.code, b.code)).map((b) => structuredClone(b));
  }

  async findBodiesByPec(pec: string): Promise<ExpectedBody[]> {
    const wanted = pec.trim().toLowerCase();
    return [...this.bodies.values()]
      .flatMap((m) => [...m.values()])
      .filter((b) => b.pec.trim().toLowerCase() === wanted)
      .sort((a, b) => byKey(`${a.campaignId}#${a.code}`, `${b.campaignId}#${b.code}`))
      .map((b) => structuredClone(b));
  }

  async recordSubmission(input: NewSubmission): Promise<RecordedSubmission> {
    const byBody = this.submissions.get(input.campaignId) ?? new Map<string, Submission[]>();
    this.submissions.set(input.campaignId, byBody);
    const versions = byBody.get(input.bodyCode) ?? [];
    byBody.set(input.bodyCode, versions);
    const same = versions.find((v) => v.documentId === input.documentId);
    if (same) return { submission: structuredClone(same), created: false };
    const submission = storedCollectRecord(Submission, { ...input, version: versions.length + 1 });
    versions.push(submission);
    return { submission: structuredClone(submission), created: true };
  }

  async updateSubmission(submission: Submission): Promise<Submission> {
    const record = storedCollectRecord(Submission, submission);
    const versions = this.submissions.get(record.campaignId)?.get(record.bodyCode) ?? [];
    const i = versions.findIndex((v) => v.version === record.version && v.documentId === record.documentId);
    if (i < 0) throw new SubmissionNotFoundError(record.campaignId, record.bodyCode, record.version);
    versions[i] = record;
    return structuredClone(record);
  }

  async listSubmissions(campaignId: string): Promise<Submission[]> {
    return [...(this.submissions.get(campaignId)?.entries() ?? [])]
      .sort(([a], [b]) => byKey(`${a}#`, `${b}#`))
      .flatMap(([, versions]) => versions)
      .map((s) => structuredClone(s));
  }

  async listBodySubmissions(campaignId: string, bodyCode: string): Promise<Submission[]> {
    return (this.submissions.get(campaignId)?.get(bodyCode) ?? []).map((s) => structuredClone(s));
  }

  async putUploadToken(token: UploadTokenRecord): Promise<void> {
    const record = storedCollectRecord(UploadTokenRecord, token);
    if (this.tokens.has(record.hash)) throw new Error('putUploadToken: token già registrato');
    this.tokens.set(record.hash, record);
  }

  private readonly handled = new Set<string>();

  async markArrivalHandled(bucket: string, key: string, etag: string): Promise<void> {
    this.handled.add(`${bucket}/${key}#${etag}`);
  }

  async arrivalHandled(bucket: string, key: string, etag: string): Promise<boolean> {
    return this.handled.has(`${bucket}/${key}#${etag}`);
  }

  async getUploadToken(hash: string): Promise<UploadTokenRecord | null> {
    const t = this.tokens.get(hash);
    return t ? structuredClone(t) : null;
  }

  async revokeUploadToken(hash: string, at: Date): Promise<UploadTokenRecord | null> {
    const t = this.tokens.get(hash);
    if (!t) return null;
    const revoked = storedCollectRecord(UploadTokenRecord, { ...t, revoked: true, revokedAt: t.revokedAt ?? at.toISOString() });
    this.tokens.set(hash, revoked);
    return structuredClone(revoked);
  }

  async listUploadTokens(campaignId: string, bodyCode: string): Promise<UploadTokenRecord[]> {
    return [...this.tokens.values()]
      .filter((t) => t.campaignId === campaignId && t.bodyCode === bodyCode)
      .sort((a, b) => byKey(`${a.issuedAt}#${a.hash}`, `${b.issuedAt}#${b.hash}`))
      .map((t) => structuredClone(t));
  }

  private require(id: string): Campaign {
    const c = this.campaigns.get(id);
    if (!c) throw new CampaignNotFoundError(id);
    return c;
  }
}

/** DynamoDB's order of sort keys (bytes; the keys here are ASCII, where that is code-unit order). */
function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
