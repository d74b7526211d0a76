import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { GenerateRequest, LetterInputError, generateLetter } from '../../shared/generate/generate-letter.ts';
import { generateDeps } from './generate-deps.ts';

const logger = new Logger({ serviceName: 'carteggio-generate' });

const json = (statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

/** POST /letters {template, data, fromDocumentId?} → the protocol number and where the files are. */
export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  let body: unknown;
  try {
    body = JSON.parse(event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? ''));
  } catch {
    return json(400, { errore: 'Il corpo della richiesta non è JSON valido.' });
  }
  const request = GenerateRequest.safeParse(body);
  if (!request.success) return json(400, { errore: 'Richiesta non valida.', dettagli: request.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
  try {
    const { record } = await generateLetter(request.data, generateDeps());
    logger.info('lettera generata', { id: record.id, template: record.template });
    return json(201, record);
  } catch (err) {
    if (err instanceof LetterInputError) return json(422, { errore: 'Dati non validi: nessuna lettera generata.', dettagli: err.errors });
    throw err;
  }
};
