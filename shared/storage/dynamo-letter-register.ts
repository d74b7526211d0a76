import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from './query-all.ts';
import { LetterRecord } from '../records/letter-record.ts';
import { AnnulledRegistration } from '../records/annulled-registration.ts';

/** One line of a body's register of outgoing letters: a letter, or a number annulled with its reason. */
export interface RegisterLine {
  id: string;
  protocol: { numero: string; data: string; codiceIpa: string };
  oggetto: string;
  destinatari: { nome: string; pec: string | null }[];
  template: string | null;
  createdAt: string;
  annullata: boolean;
  motivo: string | null;
}

/**
 * The register of outgoing letters of one body, newest number first, with annulled numbers and
 * their reason; `text` searches subject, addressees and number. Reads the letters' index (GSI1).
 */
export async function listLetterRegister(client: DynamoDBClient, table: string, codiceIpa: string, text?: string): Promise<RegisterLine[]> {
  const db = DynamoDBDocumentClient.from(client);
  const [letters, annulled] = await Promise.all(
    ['LETTER', 'ANNULLED'].map((kind) => queryAll(db, { TableName: table, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :k', ExpressionAttributeValues: { ':k': kind }, ScanIndexForward: false })),
  );
  const lines: RegisterLine[] = [
    ...letters.map((i) => LetterRecord.parse(i.record)).map((l) => ({ id: l.id, protocol: { numero: l.protocol.numero, data: l.protocol.data, codiceIpa: l.protocol.codiceIpa }, oggetto: l.oggetto, destinatari: l.destinatari, template: l.template, createdAt: l.createdAt, annullata: false, motivo: null })),
    ...annulled.map((i) => AnnulledRegistration.parse(i.record)).map((a) => ({ id: a.id, protocol: { numero: a.protocol.numero, data: a.protocol.data, codiceIpa: a.protocol.codiceIpa }, oggetto: a.oggetto, destinatari: [], template: a.template ?? null, createdAt: a.annullataIl, annullata: true, motivo: a.motivo })),
  ];
  const needle = text?.trim().toLocaleLowerCase('it');
  return lines
    .filter((l) => l.protocol.codiceIpa === codiceIpa)
    .filter((l) => !needle || [l.oggetto, l.protocol.numero, ...l.destinatari.map((d) => d.nome)].join(' ').toLocaleLowerCase('it').includes(needle))
    .sort((a, b) => b.protocol.data.localeCompare(a.protocol.data) || b.protocol.numero.localeCompare(a.protocol.numero));
}
