import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { FIELD_CORRECTION_VERSION, FieldCorrection } from '../records/field-correction.ts';
import { newestFirst, type CorrectionStore } from './correction-store.ts';
import { documentClient, isConditionFailure } from './dynamo-helpers.ts';
import { queryAll } from './query-all.ts';

/**
 * Corrections in the documents' table (see DynamoDocumentStore), beside the document they correct:
 *   DOC#<sha256> / CORR#<at, canonical ISO>#<uuid>   one item per correction
 * The document record (sk DOC) is rewritten on reprocessing; these items are not touched by it, so
 * corrections survive re-extraction. They carry no gsi1 keys: the document list never sees them.
 */
export class DynamoCorrectionStore implements CorrectionStore {
  private readonly db: DynamoDBDocumentClient;

  constructor(client: DynamoDBClient, private readonly table: string) {
    this.db = documentClient(client);
  }

  async addCorrection(correction: FieldCorrection): Promise<void> {
    const c = FieldCorrection.parse(correction);
    const item = { pk: `DOC#${c.documentId}`, sk: `CORR#${new Date(c.at).toISOString()}#${randomUUID()}`, correction: c };
    try {
      // The key is new by construction; the condition makes "never overwrite" a property of the write itself.
      await this.db.send(new PutCommand({ TableName: this.table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    } catch (err) {
      if (isConditionFailure(err)) throw new Error(`correzione non registrata: la chiave ${item.sk} esiste già per il documento ${c.documentId}`, { cause: err });
      throw err;
    }
  }

  async listCorrections(documentId: string): Promise<FieldCorrection[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      ExpressionAttributeValues: { ':pk': `DOC#${documentId}`, ':p': 'CORR#' },
      ScanIndexForward: false,
      ConsistentRead: true,
    });
    return newestFirst(items.map((i) => readStoredCorrection(i.correction)));
  }
}

function readStoredCorrection(raw: unknown): FieldCorrection {
  const version = (raw as { recordVersion?: unknown } | null)?.recordVersion;
  if (typeof version === 'number' && version > FIELD_CORRECTION_VERSION) {
    throw new Error(`correzione registrata nella versione ${version}, più recente di quella che questa versione di Carteggio sa leggere (${FIELD_CORRECTION_VERSION}): aggiornare Carteggio`);
  }
  return FieldCorrection.parse(raw);
}
