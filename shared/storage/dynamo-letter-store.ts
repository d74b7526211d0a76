import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { LetterRecord } from '../records/letter-record.ts';
import { AnnulledRegistration } from '../records/annulled-registration.ts';
import type { LetterStore } from './letter-store.ts';

/**
 * Letters live in the documents table: LETTER#<ipa>-<year>-<number> / LETTER, listed on GSI1 as LETTER;
 * an annulled number sits under the same key with sort key ANNULLED.
 */
export class DynamoLetterStore implements LetterStore {
  private readonly db: DynamoDBDocumentClient;
  constructor(client: DynamoDBClient, private readonly table: string) {
    this.db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
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
