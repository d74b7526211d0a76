import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DocumentFilter } from '../../shared/records/document-record.ts';
import { isoDate } from '../../shared/extract/italian-dates.ts';
import { upcomingDeadlines } from '../../shared/archive/upcoming-deadlines.ts';
import { addDays, romeDate } from '../../shared/calendar/rome-date.ts';
import { generateDeps } from '../generate/generate-deps.ts';
import { callerOf } from '../http/caller.ts';
import { json } from '../http/json-response.ts';
import { powertools } from '../observability/powertools.ts';

const { tracer } = powertools('carteggio-archive');


/**
 * The archive's read operations: GET /documents, GET /documents/{id}, GET /deadlines.
 * API Gateway checks the token; this function checks what the caller's groups allow.
 */
export const handler = async (event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyStructuredResultV2> => {
  const caller = callerOf(event);
  if (!caller) return json(401, { errore: 'Autenticazione richiesta.' });
  if (!caller.roles.length) return json(403, { errore: 'Utente senza ruolo: serve il gruppo ministero, regione o ambito.' });
  const deps = generateDeps(tracer);
  const q = event.queryStringParameters ?? {};
  switch (event.routeKey) {
    case 'GET /documents': {
      const filter = DocumentFilter.safeParse({ status: q.status, docType: q.type, sender: q.sender, text: q.text, limit: q.limit });
      if (!filter.success) return json(400, { errore: 'Filtri non validi.', dettagli: filter.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
      return json(200, await deps.documents.listDocuments(filter.data));
    }
    case 'GET /documents/{id}': {
      const id = (event.pathParameters?.id ?? '').toLowerCase();
      if (!/^[0-9a-f]{64}$/.test(id)) return json(400, { errore: 'L’id di un documento è la sua impronta SHA-256: 64 cifre esadecimali.' });
      const doc = await deps.documents.getDocument(id);
      if (!doc) return json(404, { errore: `Nessun documento con id ${id}.` });
      return json(200, { document: doc, receipts: await deps.documents.listReceipts(id) });
    }
    case 'GET /deadlines': {
      const { from, to } = deadlineRange(q.from, q.to, new Date());
      if (!from || !to) return json(400, { errore: 'from e to: date esistenti, nel formato GG/MM/AAAA o AAAA-MM-GG.' });
      return json(200, await upcomingDeadlines(deps.documents, from, to));
    }
    default:
      return json(404, { errore: `Percorso sconosciuto: ${event.routeKey}` });
  }
};

/** Days GET /deadlines looks ahead when the query gives no end. */
export const DEADLINES_AHEAD_DAYS = 30;

/**
 * The period GET /deadlines covers: by default from today in Rome (not in UTC: at 00:30 Rome time
 * the day is already the next one) to 30 days later. A date that is not in the calendar gives null.
 */
export function deadlineRange(fromText: string | undefined, toText: string | undefined, now: Date): { from: string | null; to: string | null } {
  const from = fromText === undefined ? romeDate(now) : queryDate(fromText);
  const to = toText === undefined ? (from ? addDays(from, DEADLINES_AHEAD_DAYS) : null) : queryDate(toText);
  return { from, to };
}

/** A date from a query string, as a person types it (31/12/2024) or as a program does (2024-12-31). */
function queryDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  return isoDate(Number(y), Number(mo), Number(d));
}

