import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DocumentFilter } from '../../shared/records/document-record.ts';
import { upcomingDeadlines } from '../../shared/archive/upcoming-deadlines.ts';
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
      const filter = DocumentFilter.safeParse({ status: q.status, docType: q.type, sender: q.sender, text: q.text, limit: q.limit ? Number(q.limit) : undefined });
      if (!filter.success) return json(400, { errore: 'Filtri non validi.', dettagli: filter.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
      return json(200, await deps.documents.listDocuments(filter.data));
    }
    case 'GET /documents/{id}': {
      const id = event.pathParameters?.id ?? '';
      const doc = /^[0-9a-f]{64}$/.test(id) ? await deps.documents.getDocument(id) : null;
      if (!doc) return json(404, { errore: `Nessun documento con id ${id}.` });
      return json(200, { document: doc, receipts: await deps.documents.listReceipts(id) });
    }
    case 'GET /deadlines': {
      const from = q.from ?? new Date().toISOString().slice(0, 10);
      const to = q.to ?? new Date(Date.parse(from) + 30 * 86400000).toISOString().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return json(400, { errore: 'from e to nel formato AAAA-MM-GG.' });
      return json(200, await upcomingDeadlines(deps.documents, from, to));
    }
    default:
      return json(404, { errore: `Percorso sconosciuto: ${event.routeKey}` });
  }
};
