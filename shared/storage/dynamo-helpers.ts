import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand, type BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';

/**
 * What the DynamoDB adapters (shared/storage/dynamo-*.ts, the protocol register) all do the same way:
 * the document client they talk through, telling a failed condition from any other error, a put
 * that writes only where nothing is, and a batch write that sends again what DynamoDB left unwritten.
 */

/** A document client that drops undefined attributes and refuses class instances (the SDK's default). */
export function documentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } });
}

/** Whether a write failed on its condition: by class, or by name where the error comes from another copy of the SDK. */
export function isConditionFailure(err: unknown): boolean {
  return err instanceof ConditionalCheckFailedException || (err as Error | null)?.name === 'ConditionalCheckFailedException';
}

/** Awaits a conditional write: true when it was done, false when its condition failed; any other error is thrown. */
export async function conditionHeld(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

/** Writes the item only if its key is free (attribute_not_exists(pk)): false when it was taken. */
export function putIfAbsent(db: DynamoDBDocumentClient, table: string, item: Record<string, unknown>): Promise<boolean> {
  return conditionHeld(db.send(new PutCommand({ TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' })));
}

/** One table's requests in a BatchWriteItem. */
export type WriteRequests = NonNullable<BatchWriteCommandInput['RequestItems']>[string];

export interface BatchRetry {
  /** Sends at most this many times (the first included). */
  attempts: number;
  /** The pause before attempt n (n ≥ 1). */
  delayMs: (attempt: number) => number;
  /** The error thrown when requests are still unwritten after the last attempt. */
  incomplete: (unwritten: number) => Error;
}

/**
 * One BatchWriteItem (at most 25 requests, DynamoDB's limit) into one table: the requests DynamoDB
 * leaves unprocessed (throttling) are sent again after a pause, until none is left or the attempts
 * run out.
 */
export async function batchWrite(db: DynamoDBDocumentClient, table: string, requests: WriteRequests, retry: BatchRetry): Promise<void> {
  let pending = requests;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= retry.attempts) throw retry.incomplete(pending.length);
    if (attempt > 0) await sleep(retry.delayMs(attempt));
    const out = await db.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
    pending = out.UnprocessedItems?.[table] ?? [];
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
