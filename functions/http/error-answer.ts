import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ArchiveError, CorrectionError } from '../../shared/archive/errors.ts';
import { CampaignError } from '../../shared/collect/campaign-errors.ts';
import { internalError, type ErrorLog } from './request-id.ts';
import { json } from './json-response.ts';

const CORRECTION_STATUS: Record<CorrectionError['code'], number> = { 'document-not-found': 404, 'no-extraction': 409, 'unknown-field': 422, 'invalid-value': 422, 'invalid-input': 422 };

/**
 * The one place an error becomes an HTTP answer: a refusal of the request (a domain error, with its
 * Italian message) is 4xx; anything else is Carteggio's fault, a 500 with the request id, never
 * blamed on the caller's input.
 */
export function errorAnswer(err: unknown, requestId: string, log: ErrorLog, details: Record<string, unknown> = {}): APIGatewayProxyStructuredResultV2 {
  if (err instanceof CorrectionError) return json(CORRECTION_STATUS[err.code], { errore: err.message, dettagli: err.details });
  if (err instanceof ArchiveError) return json(422, { errore: err.message });
  if (err instanceof CampaignError) return json(err.code === 'campagna-inesistente' || err.code === 'versione-inesistente' ? 404 : err.code === 'campagna-esistente' ? 409 : err.code === 'scrittura-incompleta' ? 503 : 422, { errore: err.message, codice: err.code });
  return internalError(requestId, err, log, details);
}
