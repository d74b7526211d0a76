import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** The request's JSON body, or undefined when it is missing or not JSON (the caller answers 400). */
export function jsonBody(event: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'>): unknown {
  try {
    return JSON.parse(event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? ''));
  } catch {
    return undefined;
  }
}

/**
 * The origin the browser used (behind CloudFront, the forwarded host): where addresses handed out in
 * answers must point, such as a calendar feed or a body's upload link. Loopback is plain http.
 */
export function publicOrigin(event: Pick<APIGatewayProxyEventV2, 'headers'>): string {
  const h = event.headers ?? {};
  const host = h['x-forwarded-host'] ?? h.host ?? 'localhost';
  const proto = h['x-forwarded-proto'] ?? (/^(?:127\.0\.0\.1|localhost)(?::|$)/.test(host) ? 'http' : 'https');
  return `${proto}://${host}`;
}
