import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DocumentSummary } from '../archive/document-summary.ts';
import { batchWrite, documentClient } from './dynamo-helpers.ts';
import { queryAll } from './query-all.ts';
import { SHELF_TEXT_CHARS, type ShelfEntry, type ShelfPage, type ShelfStore } from './shelf-store.ts';

/**
 * Shelves in the documents' table. Keys:
 *   BODY#<ipa> / DOC#<receivedAt>#<sha256>   the entry (summary + text): a body's list is one partition, by arrival
 *   DOC#<sha256> / HOLD#<ipa>                 which bodies hold a document, and the entry's sort key
 * A list therefore never scans the table: it reads one body's partition in order, a page at a time.
 */
export class DynamoShelfStore implements ShelfStore {
  private readonly db: DynamoDBDocumentClient;

  constructor(client: DynamoDBClient, private readonly table: string) {
    this.db = documentClient(client);
  }

  async shelve(entry: ShelfEntry): Promise<void> {
    const summary = DocumentSummary.parse(entry.summary);
    const sk = `DOC#${summary.receivedAt}#${summary.id}`;
    const requests = [
      { PutRequest: { Item: { pk: `BODY#${entry.body}`, sk, summary, text: entry.text.slice(0, SHELF_TEXT_CHARS) } } },
      { PutRequest: { Item: { pk: `DOC#${summary.id}`, sk: `HOLD#${entry.body}`, entrySk: sk } } },
    ];
    // DynamoDB may leave part of a batch unwritten (throttling): that part is sent again, with a pause.
    await batchWrite(this.db, this.table, requests, {
      attempts: 8,
      delayMs: (attempt) => 50 * 2 ** attempt,
      incomplete: () => new Error(`scaffale di ${entry.body}: scrittura non completata dopo 8 tentativi`),
    });
  }

  async holds(body: string, documentId: string): Promise<boolean> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `DOC#${documentId}`, sk: `HOLD#${body}` }, ProjectionExpression: 'pk' }));
    return Boolean(out.Item);
  }

  async holders(documentId: string): Promise<string[]> {
    const items = await queryAll(this.db, { TableName: this.table, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :h)', ExpressionAttributeValues: { ':pk': `DOC#${documentId}`, ':h': 'HOLD#' } });
    return items.map((i) => String(i.sk).slice('HOLD#'.length));
  }

  async page(body: string, options: { newestFirst: boolean; limit: number; after?: string | null }): Promise<ShelfPage> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :d)',
        ExpressionAttributeValues: { ':pk': `BODY#${body}`, ':d': 'DOC#' },
        ScanIndexForward: !options.newestFirst,
        Limit: options.limit,
        ExclusiveStartKey: options.after ? { pk: `BODY#${body}`, sk: options.after } : undefined,
      }),
    );
    const entries = (out.Items ?? []).map((i) => ({ body, summary: DocumentSummary.parse(i.summary), text: String(i.text ?? ''), position: String(i.sk) }));
    return { entries, next: out.LastEvaluatedKey ? String(out.LastEvaluatedKey.sk) : null };
  }
}
