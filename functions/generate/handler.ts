import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { GenerateRequest, LetterInputError, generateLetter } from '../../shared/generate/generate-letter.ts';
import { generateDeps } from './generate-deps.ts';
import { callerOf } from '../http/caller.ts';
import { json } from '../http/json-response.ts';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { powertools } from '../observability/powertools.ts';

const { logger, metrics, tracer } = powertools('carteggio-generate');


/**
 * POST /letters {template, data, fromDocumentId?} → the protocol entry and where the files are.
 * Only the ministry protocols for any body; every other user for their own (custom:codiceIpa).
 */
export const handler = async (event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyStructuredResultV2> => {
  const caller = callerOf(event);
  if (!caller) return json(401, { errore: 'Autenticazione richiesta.' });
  if (!caller.roles.length) return json(403, { errore: 'Utente senza ruolo: serve il gruppo ministero, regione o ambito.' });
  let body: unknown;
  try {
    body = JSON.parse(event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? ''));
  } catch {
    return json(400, { errore: 'Il corpo della richiesta non è JSON valido.' });
  }
  const request = GenerateRequest.safeParse(body);
  if (!request.success) return json(400, { errore: 'Richiesta non valida.', dettagli: request.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
  const ipa = (request.data.data.mittente as { codiceIpa?: string } | undefined)?.codiceIpa;
  // Without a sender the input is incomplete: validation below says so (422), before any number is taken.
  if (ipa !== undefined && !caller.roles.includes('ministero') && ipa !== caller.codiceIpa) return json(403, { errore: `Non si possono protocollare lettere per l’ente ${ipa}.` });
  try {
    const { record } = await generateLetter(request.data, generateDeps(tracer));
    metrics.addMetric('LettereGenerate', MetricUnit.Count, 1);
    metrics.publishStoredMetrics();
    logger.info('lettera generata', { id: record.id, template: record.template, user: caller.user });
    return json(201, record);
  } catch (err) {
    if (err instanceof LetterInputError) return json(422, { errore: 'Dati non validi: nessuna lettera generata.', dettagli: err.errors });
    throw err;
  }
};
