import { randomBytes } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';

/**
 * Calendar feeds a calendar program can subscribe to without logging in: each user gets one secret
 * address (like the "secret address in iCal format" of common calendars) naming their body.
 *   FEEDUSER#<user> / FEED     the user's token
 *   FEED#<token> / FEED        the body and user it serves
 */
export class DynamoCalendarFeeds {
  private readonly db: DynamoDBDocumentClient;

  constructor(client: DynamoDBClient, private readonly table: string) {
    this.db = DynamoDBDocumentClient.from(client);
  }

  /** The user's feed token, made on first use. */
  async tokenFor(user: string, body: string): Promise<string> {
    const found = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `FEEDUSER#${user}`, sk: 'FEED' }, ConsistentRead: true }));
    if (found.Item && found.Item.body === body) return String(found.Item.token);
    const token = randomBytes(24).toString('base64url');
    await this.db.send(new PutCommand({ TableName: this.table, Item: { pk: `FEED#${token}`, sk: 'FEED', body, user } }));
    await this.db.send(new PutCommand({ TableName: this.table, Item: { pk: `FEEDUSER#${user}`, sk: 'FEED', body, token } }));
    return token;
  }

  /** The body a feed token serves, or null. */
  async bodyOf(token: string): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return null;
    const found = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `FEED#${token}`, sk: 'FEED' } }));
    return found.Item ? String(found.Item.body) : null;
  }
}
