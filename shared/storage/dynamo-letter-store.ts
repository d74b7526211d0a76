import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './dynamo-helpers.ts';
import { LetterRecord } from '../records/letter-record.ts';
import { AnnulledRegistration } from '../records/annulled-registration.ts';
import type { Accounted, LetterStore } from './letter-store.ts';

/**
 * Letters live in the documents table: LETTER#<ipa>-<year>-<number> / LETTER, listed on GSI1 as LETTER;
 * an annulled number sits under the same key with sort key ANNULLED.
 */
export class DynamoLetterStore implements LetterStore {
  private readonly db: DynamoDBDocumentClient;
  constructor(client: DynamoDBClient, private readonly table: string) {
    this.db = documentClient(client);
  }

  async putLetter(letter: LetterRecord): Promise<void> {
    const record = LetterRecord.parse(letter);
    await this.putOnce(record.id, 'LETTER', `${record.createdAt}#${record.id}`, record);
  }

  async getLetter(id: string): Promise<LetterRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `LETTER#${id}`, sk: 'LETTER' }, ConsistentRead: true }));
    return out.Item ? LetterRecord.parse(out.Item.record) : null;
  }

  async putAnnulled(entry: AnnulledRegistration): Promise<void> {
    const record = AnnulledRegistration.parse(entry);
    await this.putOnce(record.id, 'ANNULLED', `${record.annullataIl}#${record.id}`, record);
  }

  async getAnnulled(id: string): Promise<AnnulledRegistration | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `LETTER#${id}`, sk: 'ANNULLED' }, ConsistentRead: true }));
    return out.Item ? AnnulledRegistration.parse(out.Item.record) : null;
  }

  async deleteLetter(id: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.table, Key: { pk: `LETTER#${id}`, sk: 'LETTER' } }));
  }

  async deleteAnnulled(id: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.table, Key: { pk: `LETTER#${id}`, sk: 'ANNULLED' } }));
  }

  async accounted(ids: string[]): Promise<Map<string, Accounted>> {
    const found = new Map<string, Accounted>();
    // 100 keys per BatchGetItem: 50 numbers, each with its letter and its annulment; a few batches at a time.
    const batches: string[][] = [];
    for (let i = 0; i < ids.length; i += 50) batches.push(ids.slice(i, i + 50));
    const run = async (batch: string[]) => {
      let keys: Record<string, unknown>[] = batch.flatMap((id) => [{ pk: `LETTER#${id}`, sk: 'LETTER' }, { pk: `LETTER#${id}`, sk: 'ANNULLED' }]);
      for (let attempt = 0; keys.length; attempt++) {
        if (attempt > 8) throw new Error('Archivio delle lettere non raggiungibile: verifica del registro interrotta.');
        if (attempt) await new Promise((ok) => setTimeout(ok, 50 * 2 ** attempt));
        const out = await this.db.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: keys, ProjectionExpression: 'pk, sk', ConsistentRead: true } } }));
        for (const item of out.Responses?.[this.table] ?? []) {
          const id = String(item.pk).slice('LETTER#'.length);
          const entry = found.get(id) ?? { letter: false, annulled: false };
          if (item.sk === 'LETTER') entry.letter = true;
          if (item.sk === 'ANNULLED') entry.annulled = true;
          found.set(id, entry);
        }
        keys = (out.UnprocessedKeys?.[this.table]?.Keys as Record<string, unknown>[] | undefined) ?? [];
      }
    };
    for (let i = 0; i < batches.length; i += 8) await Promise.all(batches.slice(i, i + 8).map(run));
    return found;
  }

  /** A protocol number is written once: a second letter, or an annulment, can never take it again. */
  private async putOnce(id: string, kind: 'LETTER' | 'ANNULLED', listedAt: string, record: object): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.table,
        Item: { pk: `LETTER#${id}`, sk: kind, gsi1pk: kind, gsi1sk: listedAt, record },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }
}
