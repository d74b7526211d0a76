import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from './query-all.ts';
import { LetterRecord } from '../records/letter-record.ts';
import { AnnulledRegistration } from '../records/annulled-registration.ts';
import { DynamoProtocolRegister } from '../register/dynamo-protocol-register.ts';
import { romeDate, romeYear } from '../calendar/rome-date.ts';

/** One line of a body's protocol register: a letter sent, a document received, or a number annulled with its reason. */
export interface RegisterLine {
  id: string;
  /** `uscita` for a letter, `entrata` for a document received (a campaign's answer). */
  direzione: 'entrata' | 'uscita';
  protocol: { numero: string; data: string; codiceIpa: string };
  oggetto: string;
  destinatari: { nome: string; pec: string | null }[];
  template: string | null;
  createdAt: string;
  annullata: boolean;
  motivo: string | null;
}

/**
 * The protocol register of one body, newest number first: its letters, the documents it registered in
 * entrata (from the register's own entries, for the years of its letters and the current one), and
 * annulled numbers with their reason; `text` searches subject, addressees and number. Reads the
 * letters' index (GSI1) and the register's partitions.
 */
export async function listLetterRegister(client: DynamoDBClient, table: string, codiceIpa: string, text?: string): Promise<RegisterLine[]> {
  const db = DynamoDBDocumentClient.from(client);
  const [letters, annulled] = await Promise.all(
    ['LETTER', 'ANNULLED'].map((kind) => queryAll(db, { TableName: table, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :k', ExpressionAttributeValues: { ':k': kind }, ScanIndexForward: false })),
  );
  const lines: RegisterLine[] = [
    ...letters.map((i) => LetterRecord.parse(i.record)).map((l) => ({ id: l.id, direzione: 'uscita' as const, protocol: { numero: l.protocol.numero, data: l.protocol.data, codiceIpa: l.protocol.codiceIpa }, oggetto: l.oggetto, destinatari: l.destinatari, template: l.template, createdAt: l.createdAt, annullata: false, motivo: null })),
    ...annulled.map((i) => AnnulledRegistration.parse(i.record)).map((a) => ({ id: a.id, direzione: 'uscita' as const, protocol: { numero: a.protocol.numero, data: a.protocol.data, codiceIpa: a.protocol.codiceIpa }, oggetto: a.oggetto, destinatari: [], template: a.template ?? null, createdAt: a.annullataIl, annullata: true, motivo: a.motivo })),
  ];
  // Documents in entrata share the numbering: without them the letters' numbers would seem to skip.
  const years = new Set([romeYear(), ...lines.filter((l) => l.protocol.codiceIpa === codiceIpa).map((l) => Number(l.protocol.data.slice(0, 4)))]);
  const register = new DynamoProtocolRegister(client, table);
  for (const year of years) {
    for (const e of await register.entries(codiceIpa, year)) {
      if (e.direzione !== 'entrata' || e.stato !== 'protocollato') continue;
      const data = romeDate(new Date(e.riservataIl));
      lines.push({ id: e.id, direzione: 'entrata', protocol: { numero: e.numero, data, codiceIpa }, oggetto: e.oggetto ?? '', destinatari: [], template: null, createdAt: e.riservataIl, annullata: false, motivo: null });
    }
  }
  const needle = text?.trim().toLocaleLowerCase('it');
  return lines
    .filter((l) => l.protocol.codiceIpa === codiceIpa)
    .filter((l) => !needle || [l.oggetto, l.protocol.numero, ...l.destinatari.map((d) => d.nome)].join(' ').toLocaleLowerCase('it').includes(needle))
    .sort((a, b) => b.protocol.data.localeCompare(a.protocol.data) || b.protocol.numero.localeCompare(a.protocol.numero));
}
