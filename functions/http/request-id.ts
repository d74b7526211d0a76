import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { json } from './json-response.ts';

/** The id of a request, as API Gateway gives it (a new one locally): in every answer and every log line about it. */
export function requestIdOf(event: Pick<APIGatewayProxyEventV2, 'requestContext'>): string {
  const id = (event.requestContext as { requestId?: unknown } | undefined)?.requestId;
  return typeof id === 'string' && /^[\w.:-]{1,128}$/.test(id) ? id : randomUUID();
}

/** The logger's part an internal error needs: Powertools' Logger fits. */
export interface ErrorLog {
  error(message: string, details: Record<string, unknown>): void;
}

/**
 * An error of Carteggio, not of the request: the client gets a 500 in Italian with the request id
 * to quote, and nothing else; the log gets the error with its stack, under the same id.
 */
export function internalError(requestId: string, err: unknown, log: ErrorLog, details: Record<string, unknown> = {}): APIGatewayProxyStructuredResultV2 {
  const e = err as Error;
  log.error('errore interno', { requestId, errore: e?.message ?? String(err), stack: e?.stack, ...details });
  const res = json(500, { errore: `Errore interno: la richiesta non è stata completata. Se si ripete, comunicare all’assistenza il codice ${requestId}.`, richiesta: requestId });
  return { ...res, headers: { ...res.headers, 'x-request-id': requestId } };
}
