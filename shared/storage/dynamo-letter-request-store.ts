import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { conditionHeld, documentClient } from './dynamo-helpers.ts';
import type { ClaimResult, LetterRequestRecord, LetterRequestStore } from './letter-request-store.ts';

/**
 * Letter requests live in the documents table: LETTERREQ#<key> / LETTERREQ, not on any index, with
 * `expiresAt` (epoch seconds) as the table's TTL attribute. DynamoDB deletes expired items only
 * eventually (and the local emulator never does), so every condition also treats them as absent.
 */
export class DynamoLetterRequestStore implements LetterRequestStore {
  private readonly db: DynamoDBDocumentClient;
  constructor(client: DynamoDBClient, private readonly table: string) {
    this.db = documentClient(client);
  }

  async claim(record: LetterRequestRecord, now: Date): Promise<ClaimResult> {
    const claimed = await conditionHeld(
      this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: pk(record.key), sk: SK, ...record },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :nowSeconds OR (#status = :inProgress AND leaseUntil < :nowMs)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':nowSeconds': Math.floor(now.getTime() / 1000), ':nowMs': now.getTime(), ':inProgress': 'in-progress' },
        }),
      ),
    );
    return claimed ? { claimed: true } : { claimed: false, existing: await this.get(record.key) };
  }

  async complete(key: string, token: string, response: { statusCode: number; body: string }): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: pk(key), sk: SK },
          UpdateExpression: 'SET #status = :completed, #response = :response',
          ConditionExpression: '#token = :token',
          ExpressionAttributeNames: { '#status': 'status', '#response': 'response', '#token': 'token' },
          ExpressionAttributeValues: { ':completed': 'completed', ':response': response, ':token': token },
        }),
      ),
    );
  }

  async release(key: string, token: string): Promise<void> {
    // A failed condition: another run holds the record now, and it is not ours to delete.
    await conditionHeld(
      this.db.send(
        new DeleteCommand({
          TableName: this.table,
          Key: { pk: pk(key), sk: SK },
          ConditionExpression: '#token = :token',
          ExpressionAttributeNames: { '#token': 'token' },
          ExpressionAttributeValues: { ':token': token },
        }),
      ),
    );
  }

  async get(key: string): Promise<LetterRequestRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: pk(key), sk: SK }, ConsistentRead: true }));
    if (!out.Item) return null;
    const { pk: _pk, sk: _sk, ...record } = out.Item;
    void _pk;
    void _sk;
    return { ...(record as LetterRequestRecord), response: (record.response as LetterRequestRecord['response']) ?? null };
  }
}

const SK = 'LETTERREQ';
const pk = (key: string) => `LETTERREQ#${key}`;
