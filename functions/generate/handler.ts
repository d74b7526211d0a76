import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { GenerateRequest, LetterInputError, generateLetter } from '../../shared/generate/generate-letter.ts';
import { answerOnce, letterRequestIdentity, validIdempotencyKey, type LetterAnswer } from '../../shared/generate/letter-request-once.ts';
import { generateDeps } from './generate-deps.ts';
import { callerOf } from '../http/caller.ts';
import { json } from '../http/json-response.ts';
import { MAX_REQUEST_BYTES, bodyBytes, tooLarge } from '../http/body-limit.ts';
import { internalError, requestIdOf } from '../http/request-id.ts';
import { jsonBody } from '../http/request-parts.ts';
import { italianIssue, italianIssues } from '../../shared/render/italian-issues.ts';
import { annulStaleReservations, type SweepDeps } from '../../shared/register/sweep-reservations.ts';
import { templateCatalog } from '../../shared/render/template-catalog.ts';
import { TemplateName } from '../../shared/render/letter-schemas.ts';
import { validateLetterInput } from '../../shared/render/validate-letter-input.ts';
import { renderLetter } from '../../shared/render/render-letter.ts';
import { prefill } from '../../shared/generate/generate-letter.ts';
import { romeDate } from '../../shared/calendar/rome-date.ts';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { powertools } from '../observability/powertools.ts';

const { logger, metrics, tracer } = powertools('carteggio-generate');

/**
 * POST /letters {template, data, fromDocumentId?} → the protocol entry and where the files are.
 * Only the ministry protocols for any body; every other user for their own (custom:codiceIpa).
 *
 * Idempotent: the same request from the same user within 24 hours (same Idempotency-Key header, or
 * without one the same body) gets the first answer, with the same protocol number, and numbers
 * nothing; while the first is still running, 409 with Retry-After; a key sent again with another
 * body, 422. Two letters with the same content on purpose need two different Idempotency-Keys.
 */
export const handler = async (event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyStructuredResultV2> => {
  const requestId = requestIdOf(event);
  try {
    if (event.routeKey !== 'POST /letters') return withHeaders(await letterTools(event), { 'x-request-id': requestId });
    return withHeaders(await answer(event, requestId), { 'x-request-id': requestId });
  } catch (err) {
    // Whatever failed is Carteggio's problem, not the caller's: an Italian answer with the id, the detail in the log.
    return internalError(requestId, err, logger, { route: 'POST /letters' });
  }
};

async function answer(event: APIGatewayProxyEventV2WithJWTAuthorizer, requestId: string): Promise<APIGatewayProxyStructuredResultV2> {
  const caller = callerOf(event);
  if (!caller) return json(401, { errore: 'Autenticazione richiesta.' });
  if (!caller.roles.length) return json(403, { errore: 'Utente senza ruolo: serve il gruppo ministero, regione o ambito.' });
  // The size is checked before anything is decoded or parsed.
  if (bodyBytes(event) > MAX_REQUEST_BYTES) return tooLarge();
  const body = jsonBody(event);
  if (body === undefined) return json(400, { errore: 'Il corpo della richiesta non è JSON valido.' });
  const request = GenerateRequest.safeParse(body, { error: italianIssue });
  if (!request.success) return json(400, { errore: 'Richiesta non valida.', dettagli: italianIssues(request.error) });
  const ipa = (request.data.data.mittente as { codiceIpa?: string } | undefined)?.codiceIpa;
  // Without a sender the input is incomplete: validation below says so (422), before any number is taken.
  if (ipa !== undefined && !caller.roles.includes('ministero') && ipa !== caller.codiceIpa) return json(403, { errore: `Non si possono protocollare lettere per l’ente ${String(ipa).slice(0, 60)}.` });
  const idempotencyKey = header(event, 'idempotency-key');
  if (idempotencyKey !== undefined && !validIdempotencyKey(idempotencyKey)) {
    return json(400, { errore: 'Idempotency-Key: da 1 a 255 caratteri ASCII visibili, senza spazi.' });
  }

  const log = logger.createChild({ persistentKeys: { requestId } });
  const deps = { ...generateDeps(tracer), log };
  // A letter starts from a document of the caller's own archive only: another body's is "not found".
  if (request.data.fromDocumentId && !(await deps.shelves.holds(caller.codiceIpa?.toLowerCase() ?? '', request.data.fromDocumentId))) {
    return json(404, { errore: `Nessun documento con id ${request.data.fromDocumentId} nell’archivio del proprio ente.` });
  }
  await sweepOnce(deps);
  const identity = letterRequestIdentity(caller.user, request.data, idempotencyKey);
  const once = await answerOnce(
    deps.requests,
    identity,
    async (): Promise<LetterAnswer> => {
      try {
        const { record } = await generateLetter(request.data, deps);
        metrics.addMetric('LettereGenerate', MetricUnit.Count, 1);
        metrics.publishStoredMetrics();
        log.info('lettera generata', { id: record.id, template: record.template, user: caller.user });
        return { statusCode: 201, body: record };
      } catch (err) {
        if (err instanceof LetterInputError) return { statusCode: 422, body: { errore: 'Dati non validi: nessuna lettera generata.', dettagli: err.errors } };
        throw err;
      }
    },
    { log },
  );
  switch (once.outcome) {
    case 'answered':
      return json(once.answer.statusCode, once.answer.body);
    case 'replayed':
      log.info('richiesta ripetuta: stessa risposta, nessun nuovo numero', { user: caller.user, id: (once.answer.body as { id?: string }).id, primaRisposta: once.firstAt });
      return withHeaders(json(once.answer.statusCode, once.answer.body), { 'idempotency-replayed': 'true' });
    case 'in-progress':
      return withHeaders(json(409, { errore: 'La stessa richiesta è ancora in corso: ripeterla tra qualche secondo per averne la risposta.' }), { 'retry-after': String(once.retryAfterSeconds) });
    case 'key-reused':
      return json(422, { errore: 'Idempotency-Key già usata per una richiesta diversa: per una nuova lettera serve una nuova chiave.' });
  }
}

/**
 * What the letter form needs besides generating: the templates with their schemas, a form
 * pre-filled from an archived document (as the CLI does), and a preview that takes no number.
 */
async function letterTools(event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyStructuredResultV2> {
  const caller = callerOf(event);
  if (!caller) return json(401, { errore: 'Autenticazione richiesta.' });
  if (!caller.roles.length) return json(403, { errore: 'Utente senza ruolo: serve il gruppo ministero, regione o ambito.' });
  switch (event.routeKey) {
    case 'GET /templates':
      return json(200, templateCatalog());
    case 'GET /templates/{name}/prefill': {
      const template = TemplateName.safeParse(event.pathParameters?.name);
      if (!template.success) return json(404, { errore: `Modello sconosciuto: sono disponibili ${TemplateName.options.join(', ')}.` });
      const id = (event.queryStringParameters?.documentId ?? '').toLowerCase();
      const deps = generateDeps(tracer);
      const doc = /^[0-9a-f]{64}$/.test(id) && (await deps.shelves.holds(caller.codiceIpa?.toLowerCase() ?? '', id)) ? await deps.documents.getDocument(id) : null;
      if (!doc) return json(404, { errore: 'Nessun documento con questo id nell’archivio del proprio ente.' });
      return json(200, { data: prefill(template.data, doc, {}) });
    }
    case 'POST /letters/preview': {
      if (bodyBytes(event) > MAX_REQUEST_BYTES) return tooLarge();
      const body = jsonBody(event);
      if (body === undefined) return json(400, { errore: 'Il corpo della richiesta non è JSON valido.' });
      const request = GenerateRequest.safeParse(body, { error: italianIssue });
      if (!request.success) return json(400, { errore: 'Richiesta non valida.', dettagli: italianIssues(request.error) });
      const valid = validateLetterInput(request.data.template, request.data.data);
      if (!valid.ok) return json(422, { errore: 'Dati non validi: correggere i campi indicati.', dettagli: valid.errors });
      const today = romeDate();
      const rendered = await (generateDeps(tracer).render ?? renderLetter)(request.data.template, { ...valid.value, data: valid.value.data ?? today } as never, { numero: '0000000', data: today });
      return json(200, { pdf: Buffer.from(rendered.pdf).toString('base64'), pagine: rendered.pages });
    }
    default:
      return json(404, { errore: `Percorso sconosciuto: ${event.routeKey}` });
  }
}

let swept: Promise<void> | null = null;

/**
 * Once per instance (a Lambda cold start, the local API's first letter), numbers left reserved by
 * runs that died are annulled ("generazione interrotta"), so the register has no number unaccounted
 * for. A failure is logged and tried again on the next request.
 */
function sweepOnce(deps: SweepDeps): Promise<void> {
  swept ??= annulStaleReservations(deps)
    .then((r) => {
      if (r.annullate.length || r.protocollate.length || r.giaAnnullate.length) logger.warn('prenotazioni di numeri chiuse', { ...r });
    })
    .catch((err) => {
      swept = null;
      logger.error('verifica delle prenotazioni non riuscita', { errore: (err as Error)?.message ?? String(err) });
    });
  return swept;
}

/** A request header: API Gateway's HTTP API (and the local server) give their names in lower case. */
function header(event: APIGatewayProxyEventV2WithJWTAuthorizer, name: string): string | undefined {
  const found = Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === name);
  return found?.[1];
}

function withHeaders(res: APIGatewayProxyStructuredResultV2, headers: Record<string, string>): APIGatewayProxyStructuredResultV2 {
  return { ...res, headers: { ...res.headers, ...headers } };
}
