import {
  DocumentFilter,
  DocumentRecord,
  KeyVersion,
  Receipt
} from "./chunk-VHOKKCOO.mjs";

// shared/storage/dynamo-document-store.ts
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
var DynamoDocumentStore = class {
  constructor(client, table) {
    this.table = table;
    this.db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } });
  }
  table;
  db;
  async getDocument(id) {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `DOC#${id}`, sk: "DOC" }, ConsistentRead: true }));
    return out.Item ? DocumentRecord.parse(out.Item.record) : null;
  }
  async putDocumentIfAbsent(doc) {
    return this.putIfAbsent(documentItem(DocumentRecord.parse(doc)));
  }
  async replaceDocument(doc) {
    await this.db.send(new PutCommand({ TableName: this.table, Item: documentItem(DocumentRecord.parse(doc)) }));
  }
  async addReceipt(receipt) {
    const r = Receipt.parse(receipt);
    return this.putIfAbsent({ pk: `DOC#${r.documentId}`, sk: `RCPT#${r.bucket}/${r.key}#${r.arrival}`, receipt: r });
  }
  async listReceipts(documentId) {
    const items = await this.queryAll({
      TableName: this.table,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
      ExpressionAttributeValues: { ":pk": `DOC#${documentId}`, ":p": "RCPT#" },
      ConsistentRead: true
    });
    return items.map((i) => Receipt.parse(i.receipt)).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }
  async addKeyVersion(version) {
    const v = KeyVersion.parse(version);
    return this.putIfAbsent({ pk: `KEY#${v.bucket}/${v.key}`, sk: `VER#${v.documentId}`, version: v });
  }
  async listKeyVersions(bucket, key) {
    const items = await this.queryAll({
      TableName: this.table,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `KEY#${bucket}/${key}` },
      ConsistentRead: true
    });
    return items.map((i) => KeyVersion.parse(i.version)).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }
  async listDocuments(filter) {
    const f = DocumentFilter.parse(filter);
    const out = [];
    let start;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: "gsi1",
          KeyConditionExpression: "gsi1pk = :d",
          ExpressionAttributeValues: { ":d": "DOC" },
          ScanIndexForward: false,
          ExclusiveStartKey: start
        })
      );
      for (const item of page.Items ?? []) {
        const doc = DocumentRecord.parse(item.record);
        if (matches(doc, f)) out.push(doc);
        if (out.length >= f.limit) return out;
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return out;
  }
  async putIfAbsent(item) {
    try {
      await this.db.send(new PutCommand({ TableName: this.table, Item: item, ConditionExpression: "attribute_not_exists(pk)" }));
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException || err.name === "ConditionalCheckFailedException") return false;
      throw err;
    }
  }
  async queryAll(input) {
    const items = [];
    let start;
    do {
      const page = await this.db.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
      items.push(...page.Items ?? []);
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }
};
function matches(doc, f) {
  const fields = doc.extraction?.fields;
  if (f.status && doc.status !== f.status) return false;
  if (f.docType && fields?.docType !== f.docType) return false;
  if (f.sender && !(fields?.sender ?? "").toLowerCase().includes(f.sender.toLowerCase())) return false;
  if (f.text) {
    const hay = [doc.fileName, fields?.subject, fields?.sender, ...fields?.recipients ?? []].join(" ").toLowerCase();
    if (!hay.includes(f.text.toLowerCase())) return false;
  }
  return true;
}
var documentTableDefinition = {
  partitionKey: "pk",
  sortKey: "sk",
  gsi1: { name: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" }
};
function documentItem(record) {
  return {
    pk: `DOC#${record.id}`,
    sk: "DOC",
    gsi1pk: "DOC",
    gsi1sk: `${record.receivedAt}#${record.id}`,
    status: record.status,
    docType: record.extraction?.fields.docType ?? null,
    record
  };
}

export {
  DynamoDocumentStore,
  documentTableDefinition
};
//# sourceMappingURL=chunk-3NE2I7LX.mjs.map
