import { createHash } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CampaignExistsError, CampaignNotFoundError, IncompleteWriteError, SubmissionNotFoundError } from '../collect/campaign-errors.ts';
import { Campaign, ExpectedBody, readStoredCollectRecord, storedCollectRecord, Submission, UploadTokenRecord, type NewSubmission } from '../records/campaign-record.ts';
import { BATCH_WRITE_SIZE, type CampaignFilter, type CampaignStore, type RecordedSubmission } from './campaign-store.ts';
import { batchWrite, conditionHeld, documentClient, isConditionFailure, putIfAbsent, type BatchRetry } from './dynamo-helpers.ts';
import { queryAll } from './query-all.ts';

/**
 * Campaigns in the documents' table. Keys:
 *   CAMP#<id> / CAMP                              the campaign (GSI1: CAMP / <issuer IPA>#<createdAt>#<id>)
 *   CAMP#<id> / BODY#<code>                       an expected body (GSI1: PEC#<pec, lower case> / <id>#<code>)
 *   CAMP#<id> / SUB#<code>#<version, 6 digits>    one version of a body's answer
 *   CAMP#<id> / TOKEN#<code>#<issuedAt>#<hash>    which tokens a body was given (pointer)
 *   UPTOKEN#<sha256 of the token> / TOKEN         an upload token, found by the hash of what the link carries
 * So a campaign's bodies, all its submissions (begins_with SUB#) and one body's versions
 * (begins_with SUB#<code>#) are each one Query of one partition; listing campaigns is one Query of GSI1.
 * A version is one item written only if its slot is free (attribute_not_exists): that, with a
 * consistent read of the body's versions before it, makes a content recorded once per body.
 */
export class DynamoCampaignStore implements CampaignStore {
  private readonly db: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly table: string,
    private readonly retry: { attempts: number; baseDelayMs: number } = { attempts: 8, baseDelayMs: 50 },
  ) {
    this.db = documentClient(client);
  }

  async createCampaign(campaign: Campaign): Promise<Campaign> {
    const record = storedCollectRecord(Campaign, campaign);
    if (!(await putIfAbsent(this.db, this.table, campaignItem(record)))) throw new CampaignExistsError(record.id);
    return record;
  }

  async getCampaign(id: string): Promise<Campaign | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `CAMP#${id}`, sk: 'CAMP' }, ConsistentRead: true }));
    return out.Item ? readStoredCollectRecord('raccolta', Campaign, out.Item.record) : null;
  }

  async listCampaigns(filter: CampaignFilter = {}): Promise<Campaign[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi1',
      KeyConditionExpression: filter.issuer ? 'gsi1pk = :c AND begins_with(gsi1sk, :i)' : 'gsi1pk = :c',
      ExpressionAttributeValues: { ':c': 'CAMP', ...(filter.issuer ? { ':i': `${filter.issuer}#` } : {}) },
    });
    return items
      .map((i) => readStoredCollectRecord('raccolta', Campaign, i.record))
      .filter((c) => !filter.state || c.state === filter.state)
      .sort(newestFirst);
  }

  async closeCampaign(id: string, at: Date): Promise<Campaign> {
    const campaign = await this.requireCampaign(id);
    if (campaign.state === 'chiusa') return campaign;
    return this.replaceCampaign({ ...campaign, state: 'chiusa', closedAt: at.toISOString() });
  }

  async reopenCampaign(id: string, options: { deadline?: string } = {}): Promise<Campaign> {
    const campaign = await this.requireCampaign(id);
    const { closedAt: _closed, ...open } = campaign;
    return this.replaceCampaign({ ...open, state: 'aperta', deadline: options.deadline ?? campaign.deadline });
  }

  async putExpectedBodies(campaignId: string, bodies: ExpectedBody[]): Promise<void> {
    const records = bodies.map((b) => storedCollectRecord(ExpectedBody, { ...b, campaignId }));
    // Each body twice: in its campaign, and under its own code (the campaigns that expect it).
    const requests = records.flatMap((b) => [{ PutRequest: { Item: bodyItem(b) } }, { PutRequest: { Item: bodyByCodeItem(b) } }]);
    // Unprocessed requests are sent again with exponential backoff (and jitter).
    const retry: BatchRetry = {
      attempts: this.retry.attempts,
      delayMs: (attempt) => Math.min(this.retry.baseDelayMs * 2 ** (attempt - 1), 2_000) * (0.5 + Math.random() / 2),
      incomplete: (unwritten) => new IncompleteWriteError(unwritten),
    };
    for (let i = 0; i < requests.length; i += BATCH_WRITE_SIZE) await batchWrite(this.db, this.table, requests.slice(i, i + BATCH_WRITE_SIZE), retry);
  }

  async getExpectedBody(campaignId: string, code: string): Promise<ExpectedBody | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `CAMP#${campaignId}`, sk: `BODY#${code}` }, ConsistentRead: true }));
    return out.Item ? readStoredCollectRecord('ente atteso', ExpectedBody, out.Item.record) : null;
  }

  async listExpectedBodies(campaignId: string): Promise<ExpectedBody[]> {
    const items = await this.queryPartition(`CAMP#${campaignId}`, 'BODY#');
    return items.map((i) => readStoredCollectRecord('ente atteso', ExpectedBody, i.record));
  }

  async findBodiesByPec(pec: string): Promise<ExpectedBody[]> {
    const items = await queryAll(this.db, { TableName: this.table, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': pecKey(pec) } });
    return items.map((i) => readStoredCollectRecord('ente atteso', ExpectedBody, i.record));
  }

  async findBodiesByCode(code: string): Promise<ExpectedBody[]> {
    const items = await this.queryPartition(bodyCodeKey(code), 'CAMP#');
    return items.map((i) => readStoredCollectRecord('ente atteso', ExpectedBody, i.record));
  }

  async recordSubmission(input: NewSubmission): Promise<RecordedSubmission> {
    // Each pass reads the body's versions (strongly consistent), then claims the next free slot.
    // A slot taken meanwhile by another writer sends us round again: with the same content it is then found.
    for (let attempt = 0; attempt < 50; attempt++) {
      const versions = await this.listBodySubmissions(input.campaignId, input.bodyCode);
      const same = versions.find((v) => v.documentId === input.documentId);
      if (same) return { submission: same, created: false };
      const submission = storedCollectRecord(Submission, { ...input, version: (versions.at(-1)?.version ?? 0) + 1 });
      if (await putIfAbsent(this.db, this.table, submissionItem(submission))) return { submission, created: true };
    }
    throw new Error(`recordSubmission: troppe scritture concorrenti per l'ente «${input.bodyCode}» nella raccolta «${input.campaignId}»`);
  }

  async updateSubmission(submission: Submission): Promise<Submission> {
    const record = storedCollectRecord(Submission, submission);
    const replaced = await conditionHeld(
      this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: submissionItem(record),
          ConditionExpression: 'attribute_exists(pk) AND documentId = :d',
          ExpressionAttributeValues: { ':d': record.documentId },
        }),
      ),
    );
    if (!replaced) throw new SubmissionNotFoundError(record.campaignId, record.bodyCode, record.version);
    return record;
  }

  async listSubmissions(campaignId: string): Promise<Submission[]> {
    const items = await this.queryPartition(`CAMP#${campaignId}`, 'SUB#');
    return items.map((i) => readStoredCollectRecord('invio', Submission, i.record));
  }

  async listBodySubmissions(campaignId: string, bodyCode: string): Promise<Submission[]> {
    const items = await this.queryPartition(`CAMP#${campaignId}`, `SUB#${bodyCode}#`);
    return items.map((i) => readStoredCollectRecord('invio', Submission, i.record));
  }

  async putUploadToken(token: UploadTokenRecord): Promise<void> {
    const record = storedCollectRecord(UploadTokenRecord, token);
    // The token first, then the pointer: a pointer never names a token that is not there.
    if (!(await putIfAbsent(this.db, this.table, { pk: `UPTOKEN#${record.hash}`, sk: 'TOKEN', record }))) throw new Error('putUploadToken: token già registrato');
    await this.db.send(new PutCommand({ TableName: this.table, Item: { pk: `CAMP#${record.campaignId}`, sk: tokenPointer(record), hash: record.hash } }));
  }

  async markArrivalHandled(bucket: string, key: string, etag: string): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.table, Item: { pk: `ARRIVAL#${arrivalDigest(bucket, key)}`, sk: `ETAG#${etag}`, at: new Date().toISOString() } }));
  }

  async arrivalHandled(bucket: string, key: string, etag: string): Promise<boolean> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `ARRIVAL#${arrivalDigest(bucket, key)}`, sk: `ETAG#${etag}` }, ConsistentRead: true }));
    return Boolean(out.Item);
  }

  async getUploadToken(hash: string): Promise<UploadTokenRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `UPTOKEN#${hash}`, sk: 'TOKEN' }, ConsistentRead: true }));
    return out.Item ? readStoredCollectRecord('token di caricamento', UploadTokenRecord, out.Item.record) : null;
  }

  async revokeUploadToken(hash: string, at: Date): Promise<UploadTokenRecord | null> {
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: `UPTOKEN#${hash}`, sk: 'TOKEN' },
          UpdateExpression: 'SET #r.#revoked = :t, #r.#revokedAt = if_not_exists(#r.#revokedAt, :at)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#r': 'record', '#revoked': 'revoked', '#revokedAt': 'revokedAt' },
          ExpressionAttributeValues: { ':t': true, ':at': at.toISOString() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return readStoredCollectRecord('token di caricamento', UploadTokenRecord, out.Attributes!.record);
    } catch (err) {
      if (isConditionFailure(err)) return null;
      throw err;
    }
  }

  async listUploadTokens(campaignId: string, bodyCode: string): Promise<UploadTokenRecord[]> {
    const pointers = await this.queryPartition(`CAMP#${campaignId}`, `TOKEN#${bodyCode}#`);
    const tokens = await Promise.all(pointers.map((p) => this.getUploadToken(String(p.hash))));
    return tokens.filter((t): t is UploadTokenRecord => t !== null);
  }

  private async requireCampaign(id: string): Promise<Campaign> {
    const campaign = await this.getCampaign(id);
    if (!campaign) throw new CampaignNotFoundError(id);
    return campaign;
  }

  private async replaceCampaign(campaign: Campaign): Promise<Campaign> {
    const record = storedCollectRecord(Campaign, campaign);
    const replaced = await conditionHeld(this.db.send(new PutCommand({ TableName: this.table, Item: campaignItem(record), ConditionExpression: 'attribute_exists(pk)' })));
    if (!replaced) throw new CampaignNotFoundError(record.id);
    return record;
  }

  private queryPartition(pk: string, prefix: string): Promise<Record<string, unknown>[]> {
    return queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      ExpressionAttributeValues: { ':pk': pk, ':p': prefix },
      ConsistentRead: true,
    });
  }

}

function campaignItem(c: Campaign) {
  return { pk: `CAMP#${c.id}`, sk: 'CAMP', gsi1pk: 'CAMP', gsi1sk: `${c.issuer.codiceIpa}#${c.createdAt}#${c.id}`, state: c.state, record: c };
}

function bodyItem(b: ExpectedBody) {
  return { pk: `CAMP#${b.campaignId}`, sk: `BODY#${b.code}`, gsi1pk: pecKey(b.pec), gsi1sk: `${b.campaignId}#${b.code}`, record: b };
}

/** A body under its own code: one partition per body lists the campaigns that expect it. */
function bodyByCodeItem(b: ExpectedBody) {
  return { pk: bodyCodeKey(b.code), sk: `CAMP#${b.campaignId}`, record: b };
}

const bodyCodeKey = (code: string) => `ENTE#${code.toLowerCase()}`;

function submissionItem(s: Submission) {
  return { pk: `CAMP#${s.campaignId}`, sk: `SUB#${s.bodyCode}#${String(s.version).padStart(6, '0')}`, documentId: s.documentId, record: s };
}

function tokenPointer(t: UploadTokenRecord): string {
  return `TOKEN#${t.bodyCode}#${t.issuedAt}#${t.hash}`;
}

function pecKey(pec: string): string {
  return `PEC#${pec.trim().toLowerCase()}`;
}

function newestFirst(a: Campaign, b: Campaign): number {
  return b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

/** An S3 key may be 1,024 bytes: the arrival is named by the digest of "<bucket>/<key>". */
function arrivalDigest(bucket: string, key: string): string {
  return createHash('sha256').update(`${bucket}/${key}`).digest('hex');
}
