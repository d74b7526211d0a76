import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { MAX_PROTOCOL, formatProtocol, type ProtocolNumber, type ProtocolRegister } from './protocol-register.ts';

/**
 * One counter item per body and year (REG#<ipa>#<year>), advanced by a conditional atomic ADD:
 * DynamoDB serialises concurrent updates of an item, so parallel requests get consecutive numbers.
 * A new year is a new item, so numbering restarts at 0000001.
 */
export class DynamoProtocolRegister implements ProtocolRegister {
  private readonly db: DynamoDBDocumentClient;
  constructor(client: DynamoDBClient, private readonly table: string) {
    this.db = DynamoDBDocumentClient.from(client);
  }

  async next(codiceIpa: string, anno: number): Promise<ProtocolNumber> {
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: `REG#${codiceIpa}#${anno}`, sk: 'REG' },
          UpdateExpression: 'ADD #last :one SET #ente = :ente, #anno = :anno',
          ConditionExpression: 'attribute_not_exists(#last) OR #last < :max',
          ExpressionAttributeNames: { '#last': 'last', '#ente': 'codiceIpa', '#anno': 'anno' },
          ExpressionAttributeValues: { ':one': 1, ':max': MAX_PROTOCOL, ':ente': codiceIpa, ':anno': anno },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      const progressivo = Number(out.Attributes?.last);
      return { numero: formatProtocol(progressivo), anno, progressivo };
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) throw new Error(`Registro di protocollo ${codiceIpa} ${anno} esaurito (${MAX_PROTOCOL} numeri).`);
      throw err;
    }
  }
}
