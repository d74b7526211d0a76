import { describe, expect, it } from 'vitest';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchWrite, conditionHeld, isConditionFailure, putIfAbsent } from '../../shared/storage/dynamo-helpers.ts';

/** A client whose every send answers with the next of `answers` (a value, or an error to throw), recording the inputs. */
function fakeClient(answers: unknown[]): { db: DynamoDBDocumentClient; sent: Record<string, unknown>[] } {
  const sent: Record<string, unknown>[] = [];
  const db = {
    send: async (command: { input: Record<string, unknown> }) => {
      sent.push(command.input);
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return answer ?? {};
    },
  } as unknown as DynamoDBDocumentClient;
  return { db, sent };
}

const put = (n: number) => ({ PutRequest: { Item: { pk: `P#${n}`, sk: 'S' } } });

describe('DynamoDB helpers', () => {
  it('tells a failed condition by class or by name, and nothing else', () => {
    expect(isConditionFailure(new ConditionalCheckFailedException({ message: 'no', $metadata: {} }))).toBe(true);
    expect(isConditionFailure(Object.assign(new Error('no'), { name: 'ConditionalCheckFailedException' }))).toBe(true);
    expect(isConditionFailure(new Error('throttled'))).toBe(false);
  });

  it('awaits a conditional write: true when done, false when its condition failed, any other error thrown', async () => {
    expect(await conditionHeld(Promise.resolve({}))).toBe(true);
    expect(await conditionHeld(Promise.reject(new ConditionalCheckFailedException({ message: 'no', $metadata: {} })))).toBe(false);
    await expect(conditionHeld(Promise.reject(new Error('throttled')))).rejects.toThrow('throttled');
  });

  it('puts only where nothing is: false on a failed condition, any other error thrown', async () => {
    const { db, sent } = fakeClient([{}, Object.assign(new Error('taken'), { name: 'ConditionalCheckFailedException' }), new Error('throttled')]);
    expect(await putIfAbsent(db, 't', { pk: 'A' })).toBe(true);
    expect(await putIfAbsent(db, 't', { pk: 'A' })).toBe(false);
    await expect(putIfAbsent(db, 't', { pk: 'A' })).rejects.toThrow('throttled');
    expect(sent[0]).toEqual({ TableName: 't', Item: { pk: 'A' }, ConditionExpression: 'attribute_not_exists(pk)' });
  });

  it('sends unprocessed requests again after a pause, until none is left', async () => {
    const { db, sent } = fakeClient([{ UnprocessedItems: { t: [put(2), put(3)] } }, { UnprocessedItems: { t: [put(3)] } }, {}]);
    const pauses: number[] = [];
    await batchWrite(db, 't', [put(1), put(2), put(3)], { attempts: 5, delayMs: (a) => (pauses.push(a), 0), incomplete: (n) => new Error(`${n} left`) });
    expect(sent.map((i) => (i.RequestItems as Record<string, unknown[]>).t.length)).toEqual([3, 2, 1]);
    expect(pauses).toEqual([1, 2]);
  });

  it('gives up after the last attempt with the error it is given', async () => {
    const { db } = fakeClient([{ UnprocessedItems: { t: [put(2)] } }, { UnprocessedItems: { t: [put(2)] } }]);
    await expect(batchWrite(db, 't', [put(1), put(2)], { attempts: 2, delayMs: () => 0, incomplete: (n) => new Error(`${n} left`) })).rejects.toThrow('1 left');
  });
});
