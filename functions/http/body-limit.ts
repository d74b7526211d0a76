import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { json } from './json-response.ts';

/**
 * The largest request body the letter API reads: a letter at every schema maximum is about 200 KB of
 * JSON, plus a logo of up to 500 KB given as a data: URL. Anything larger is refused before it is
 * parsed (API Gateway itself stops at 10 MB, Lambda at 6 MB).
 */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** The size in bytes of an event's body as the client sent it, without decoding or parsing it. */
export function bodyBytes(event: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded' | 'headers'>): number {
  const declared = Number(Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-length')?.[1]);
  const body = event.body ?? '';
  const actual = event.isBase64Encoded ? Math.floor((body.length * 3) / 4) - (body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0) : Buffer.byteLength(body, 'utf8');
  return Number.isFinite(declared) ? Math.max(declared, actual) : actual;
}

/** 413, in Italian, saying what the limit is. */
export function tooLarge(max = MAX_REQUEST_BYTES, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  const res = json(413, { errore: `La richiesta supera il limite di ${formatBytes(max)}: ridurre i testi o il logo (un logo va indicato preferibilmente come file già caricato).` });
  return { ...res, headers: { ...res.headers, ...headers } };
}

/**
 * Reads a Node request body up to `max` bytes: the bytes, or null as soon as the body (or its
 * declared Content-Length) passes the limit, without reading the rest into memory. For a server that
 * turns requests into API Gateway events (the local API), so a huge body is refused, not buffered.
 */
export function readBoundedBody(req: IncomingMessage, max = MAX_REQUEST_BYTES): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) {
      req.resume(); // the rest is read and dropped, so the client can read the answer
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.off('end', onEnd);
      chunks.length = 0;
      req.resume();
      resolve(null);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.once('error', reject);
  });
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toLocaleString('it-IT', { maximumFractionDigits: 1 })} MB` : `${Math.round(n / 1024)} KB`;
}
