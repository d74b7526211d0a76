import { randomUUID } from 'node:crypto';
import { queryAll } from '../storage/query-all.ts';
import { conditionHeld, documentClient, putIfAbsent } from '../storage/dynamo-helpers.ts';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  MAX_PROTOCOL, formatProtocol, letterId, type EntryState, type ProtocolNumber, type ProtocolRegister, type RegisterEntry, type Reservation, type ReservationDetails,
} from './protocol-register.ts';

/**
 * The register of a body and year is one partition, REG#<ipa>#<anno>:
 *
 * - sort key NUM#<numero>, one item per number taken. Writing it (a put conditional on its absence)
 *   IS taking the number: the number and its reservation cannot exist apart, whatever dies when.
 *   It is written `riservato`, and turned `protocollato` or `annullato` by a conditional update, so
 *   a number is never both. While reserved it is listed on GSI1 (RESERVED, by time) for the sweep.
 * - sort key REG, the counter: the highest number known taken. It is raised after each reservation
 *   and is only where the search for the next free number starts; a number is free when its NUM item
 *   does not exist, so a counter left behind by a crash costs one more attempt, never a gap.
 *
 * Concurrent runs all try the same next number; the one whose put succeeds has it, the others try the
 * number after. Numbers are therefore taken in order, each one only once the one before exists.
 *
 * (One DynamoDB transaction — counter update plus reservation put — would say the same, but the
 * local emulator, dynalite, has no TransactWriteItems; a single conditional put needs none.)
 */
export class DynamoProtocolRegister implements ProtocolRegister {
  private readonly db: DynamoDBDocumentClient;
  constructor(client: DynamoDBClient, private readonly table: string) {
    this.db = documentClient(client);
  }

  async reserve(codiceIpa: string, anno: number, details: ReservationDetails = {}, now: Date = new Date()): Promise<Reservation> {
    let candidate = (await this.counter(codiceIpa, anno)) + 1;
    for (let misses = 0; ; misses++) {
      if (candidate > MAX_PROTOCOL) throw new Error(`Registro di protocollo ${codiceIpa} ${anno} esaurito (${MAX_PROTOCOL} numeri).`);
      const reservation: Reservation = {
        codiceIpa,
        anno,
        progressivo: candidate,
        numero: formatProtocol(candidate),
        id: letterId(codiceIpa, anno, candidate),
        token: randomUUID(),
        riservataIl: now.toISOString(),
        ...(details.template ? { template: details.template } : {}),
        ...(details.oggetto ? { oggetto: details.oggetto.slice(0, 500) } : {}),
        ...(details.direzione ? { direzione: details.direzione } : {}),
        ...(details.riferimento ? { riferimento: details.riferimento } : {}),
      };
      const item = { pk: pk(codiceIpa, anno), sk: sk(candidate), ...reservation, stato: 'riservato' satisfies EntryState, gsi1pk: RESERVED, gsi1sk: `${reservation.riservataIl}#${reservation.id}` };
      if (!(await putIfAbsent(this.db, this.table, item))) {
        // Taken by another run: try the next one. Now and then look at the counter again, in case
        // the others have gone far ahead (a burst of letters), rather than walk number by number.
        candidate = misses % 8 === 7 ? Math.max(candidate + 1, (await this.counter(codiceIpa, anno)) + 1) : candidate + 1;
        continue;
      }
      await this.raiseCounter(codiceIpa, anno, candidate);
      return reservation;
    }
  }

  /** A number with no letter in view: a reservation without details (tests, tools). */
  async next(codiceIpa: string, anno: number): Promise<ProtocolNumber> {
    const r = await this.reserve(codiceIpa, anno);
    return { numero: r.numero, anno: r.anno, progressivo: r.progressivo };
  }

  markLetter(r: Pick<Reservation, 'codiceIpa' | 'anno' | 'progressivo'>, token?: string): Promise<boolean> {
    return token === undefined
      ? this.close(r, 'protocollato', {}, {})
      : this.close(r, 'protocollato', { '#token': 'token' }, { ':token': token }, '#token = :token');
  }

  markAnnulled(r: Pick<Reservation, 'codiceIpa' | 'anno' | 'progressivo'>, motivo: string, token?: string): Promise<boolean> {
    return token === undefined
      ? this.close(r, 'annullato', {}, { ':motivo': motivo }, undefined, 'motivo = :motivo')
      : this.close(r, 'annullato', { '#token': 'token' }, { ':token': token, ':motivo': motivo }, '#token = :token', 'motivo = :motivo');
  }

  async openReservations(before: Date): Promise<RegisterEntry[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :reserved AND gsi1sk < :before',
      ExpressionAttributeValues: { ':reserved': RESERVED, ':before': before.toISOString() },
    });
    return items.map(entryOf).filter((e) => e.stato === 'riservato');
  }

  async last(codiceIpa: string, anno: number): Promise<number> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :num)',
        ExpressionAttributeValues: { ':pk': pk(codiceIpa, anno), ':num': 'NUM#' },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const highest = out.Items?.[0] ? Number(out.Items[0].progressivo) : 0;
    return Math.max(highest, await this.counter(codiceIpa, anno));
  }

  async entries(codiceIpa: string, anno: number): Promise<RegisterEntry[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :num)',
      ExpressionAttributeValues: { ':pk': pk(codiceIpa, anno), ':num': 'NUM#' },
      ConsistentRead: true,
    });
    return items.map(entryOf);
  }

  /** Closes a reservation still open, leaving the sweep's index; false if it was already closed (or is not ours). */
  private async close(
    r: Pick<Reservation, 'codiceIpa' | 'anno' | 'progressivo'>,
    stato: EntryState,
    names: Record<string, string>,
    values: Record<string, unknown>,
    extraCondition?: string,
    extraSet?: string,
  ): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: pk(r.codiceIpa, r.anno), sk: sk(r.progressivo) },
          UpdateExpression: `SET #stato = :stato, chiusaIl = :at${extraSet ? `, ${extraSet}` : ''} REMOVE gsi1pk, gsi1sk`,
          ConditionExpression: `#stato = :riservato${extraCondition ? ` AND ${extraCondition}` : ''}`,
          ExpressionAttributeNames: { '#stato': 'stato', ...names },
          ExpressionAttributeValues: { ':stato': stato, ':riservato': 'riservato', ':at': new Date().toISOString(), ...values },
        }),
      ),
    );
  }

  private async counter(codiceIpa: string, anno: number): Promise<number> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: pk(codiceIpa, anno), sk: 'REG' }, ConsistentRead: true }));
    return Number(out.Item?.last ?? 0);
  }

  /** The counter only ever goes up: a run that took an older number never lowers it. */
  private async raiseCounter(codiceIpa: string, anno: number, n: number): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: pk(codiceIpa, anno), sk: 'REG' },
          UpdateExpression: 'SET #last = :n, #ente = :ente, #anno = :anno',
          ConditionExpression: 'attribute_not_exists(#last) OR #last < :n',
          ExpressionAttributeNames: { '#last': 'last', '#ente': 'codiceIpa', '#anno': 'anno' },
          ExpressionAttributeValues: { ':n': n, ':ente': codiceIpa, ':anno': anno },
        }),
      );
    } catch {
      // Another run raised it further meanwhile; or the write failed, and the next search is one step longer.
    }
  }
}

const RESERVED = 'RESERVED';
const pk = (codiceIpa: string, anno: number) => `REG#${codiceIpa}#${anno}`;
const sk = (n: number) => `NUM#${formatProtocol(n)}`;

function entryOf(item: Record<string, unknown>): RegisterEntry {
  return {
    codiceIpa: String(item.codiceIpa),
    anno: Number(item.anno),
    progressivo: Number(item.progressivo),
    numero: String(item.numero),
    id: String(item.id),
    token: String(item.token),
    riservataIl: String(item.riservataIl),
    stato: item.stato as EntryState,
    ...(item.template ? { template: String(item.template) } : {}),
    ...(item.oggetto ? { oggetto: String(item.oggetto) } : {}),
    ...(item.motivo ? { motivo: String(item.motivo) } : {}),
    ...(item.direzione === 'entrata' || item.direzione === 'uscita' ? { direzione: item.direzione } : {}),
    ...(item.riferimento ? { riferimento: String(item.riferimento) } : {}),
  };
}
