import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { queryAll } from './query-all.ts';
import { documentClient, putIfAbsent } from './dynamo-helpers.ts';
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DocumentFilter, DocumentRecord, KeyVersion, Receipt } from '../records/document-record.ts';
import { createHash } from 'node:crypto';
import { readStoredDocument, storedDocument } from '../records/stored-document.ts';
import type { DocumentStore } from './document-store.ts';

/**
 * One table. Keys:
 *   DOC#<sha256> / DOC                       the document record (GSI1: all documents by arrival)
 *   DOC#<sha256> / RCPT#<key digest>#<arrival>   each arrival
 *   KEY#<key digest> / VER#<sha256>           each distinct content seen under a key
 * where <key digest> is the SHA-256 of "<bucket>/<key>": an S3 key may be 1,024 bytes, more than a sort key holds.
 */
export class DynamoDocumentStore implements DocumentStore {
  private readonly db: DynamoDBDocumentClient;

  constructor(client: DynamoDBClient, private readonly table: string) {
    this.db = documentClient(client);
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `DOC#${id}`, sk: 'DOC' }, ConsistentRead: true }));
    return out.Item ? readStoredDocument(out.Item.record) : null;
  }

  async putDocumentIfAbsent(doc: DocumentRecord): Promise<boolean> {
    return putIfAbsent(this.db, this.table, documentItem(storedDocument(doc)));
  }

  async replaceDocument(doc: DocumentRecord): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.table, Item: documentItem(storedDocument(doc)) }));
  }

  async addReceipt(receipt: Receipt): Promise<boolean> {
    const r = Receipt.parse(receipt);
    // A key may be 1,024 bytes and a sort key may not exceed 1,024: the key is named by its digest.
    return putIfAbsent(this.db, this.table, { pk: `DOC#${r.documentId}`, sk: `RCPT#${keyDigest(r.bucket, r.key)}#${r.arrival}`, receipt: r });
  }

  async listReceipts(documentId: string): Promise<Receipt[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      ExpressionAttributeValues: { ':pk': `DOC#${documentId}`, ':p': 'RCPT#' },
      ConsistentRead: true,
    });
    return items.map((i) => Receipt.parse(i.receipt)).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }

  async addKeyVersion(version: KeyVersion): Promise<boolean> {
    const v = KeyVersion.parse(version);
    return putIfAbsent(this.db, this.table, { pk: `KEY#${keyDigest(v.bucket, v.key)}`, sk: `VER#${v.documentId}`, version: v });
  }

  async listKeyVersions(bucket: string, key: string): Promise<KeyVersion[]> {
    // Tables written before the key digest keep versions under the key itself: both are read.
    const pks = [`KEY#${keyDigest(bucket, key)}`, ...(Buffer.byteLength(key) < 1800 ? [`KEY#${bucket}/${key}`] : [])];
    const items = (await Promise.all(pks.map((pk) => queryAll(this.db, { TableName: this.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ConsistentRead: true })))).flat();
    return items.map((i) => KeyVersion.parse(i.version)).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }

  async listDocuments(filter: DocumentFilter): Promise<DocumentRecord[]> {
    const f = DocumentFilter.parse(filter);
    const out: DocumentRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :d',
          ExpressionAttributeValues: { ':d': 'DOC' },
          ScanIndexForward: false,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        const doc = readStoredDocument(item.record);
        if (matches(doc, f)) out.push(doc);
        if (out.length >= f.limit) return out;
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return out;
  }
}

function matches(doc: DocumentRecord, f: ReturnType<typeof DocumentFilter.parse>): boolean {
  const fields = doc.extraction?.fields;
  if (f.status && doc.status !== f.status) return false;
  if (f.docType && fields?.docType !== f.docType) return false;
  if (f.sender && !(fields?.sender ?? '').toLowerCase().includes(f.sender.toLowerCase())) return false;
  if (f.text) {
    const hay = [doc.fileName, fields?.subject, fields?.sender, ...(fields?.recipients ?? [])].join(' ').toLowerCase();
    if (!hay.includes(f.text.toLowerCase())) return false;
  }
  return true;
}

/** The table's shape, shared by the local stack (which creates it) and the CDK app. */
export const documentTableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  gsi1: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
} as const;

function documentItem(record: DocumentRecord) {
  return {
    pk: `DOC#${record.id}`,
    sk: 'DOC',
    gsi1pk: 'DOC',
    gsi1sk: `${record.receivedAt}#${record.id}`,
    status: record.status,
    docType: record.extraction?.fields.docType ?? null,
    record,
  };
}

function keyDigest(bucket: string, key: string): string {
  return createHash('sha256').update(`${bucket}/${key}`).digest('hex');
}
