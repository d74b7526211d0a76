import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { API_ROUTES, type ApiFunction } from '../functions/http/api-routes.ts';
import { readBoundedBody, MAX_REQUEST_BYTES } from '../functions/http/body-limit.ts';
import { DEV_AUDIENCE, DEV_ISSUER, DevIdentityProvider, devUsers } from '../shared/access/dev-identity-provider.ts';
import { accessTokenVerifier } from '../shared/access/access-token.ts';
import { authorizeRequest } from '../shared/access/authorize-request.ts';

type HttpHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer) => Promise<APIGatewayProxyStructuredResultV2>;

export interface LocalHttpApiOptions {
  /** The IPA code of the dev "ambito" user. */
  ambitoIpa: string;
  /** Where the dev identity provider keeps its key pair (the data folder). */
  keyFile: string;
  /** The built web pages (dist/web), served at / when present. */
  webDir?: string;
  /** The S3 endpoint the pages upload to and download from with presigned URLs (for the CSP). */
  s3Origin?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * The same HTTP API as API Gateway, on loopback, with the web pages on the same origin: routes from
 * API_ROUTES, each request turned into the HTTP API v2 event the deployed function receives, after
 * the same authorizer code that runs on AWS has verified the bearer token. In place of Cognito's
 * hosted UI, a dev login (/auth/…) signs tokens with Cognito's claims for one user per role.
 */
export async function startLocalHttpApi(port: number, handlers: Record<ApiFunction, () => Promise<HttpHandler>>, options: LocalHttpApiOptions): Promise<{ url: string; server: Server; login(username: string): Promise<string> }> {
  const identity = await DevIdentityProvider.open(options.keyFile, devUsers(options.ambitoIpa));
  const verifier = accessTokenVerifier({ kind: 'dev', issuer: DEV_ISSUER, audience: DEV_AUDIENCE, jwks: identity.jwks });
  const routes = API_ROUTES.map((r) => ({ ...r, re: new RegExp(`^${r.path.replace(/\./g, '\\.').replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`) }));
  const csp = [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    `connect-src 'self'${options.s3Origin ? ` ${options.s3Origin}` : ''}`,
    "font-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const reply = (r: APIGatewayProxyStructuredResultV2) => {
      res.writeHead(r.statusCode ?? 200, { 'x-content-type-options': 'nosniff', ...(r.headers as Record<string, string>) });
      // A binary answer (a form, a spreadsheet) comes Base64-encoded, as API Gateway expects it.
      res.end(r.isBase64Encoded ? Buffer.from(r.body ?? '', 'base64') : (r.body ?? ''));
    };
    const answer = (status: number, body: unknown) => reply({ statusCode: status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) });
    try {
      if (url.pathname === '/config.json') return answer(200, { apiBase: '', accesso: 'dev', s3Origin: options.s3Origin ?? null });
      if (url.pathname === '/auth/utenti-dev' && req.method === 'GET') return answer(200, identity.users);
      if (url.pathname === '/auth/accesso-dev' && req.method === 'POST') {
        const body = await readBoundedBody(req, 4096);
        const username = body ? (safeJson(body.toString('utf8')) as { username?: unknown } | null)?.username : undefined;
        const issued = typeof username === 'string' ? await identity.issue(username) : null;
        return issued ? answer(200, issued) : answer(400, { errore: `Utente locale sconosciuto: scegliere tra ${identity.users.map((u) => u.username).join(', ')}.` });
      }
      const route = routes.find((r) => r.method === req.method && r.re.test(url.pathname));
      if (!route) {
        if (req.method === 'GET' && options.webDir && serveStatic(options.webDir, url.pathname, res, csp)) return;
        return answer(404, { errore: 'Percorso sconosciuto.' });
      }
      let authorizer: object = {};
      if (!('open' in route && route.open)) {
        const auth = await authorizeRequest(verifier, req.headers.authorization);
        if (!auth.ok) return answer(401, { errore: auth.errore });
        authorizer = { lambda: auth.context };
      }
      const body = await readBoundedBody(req, MAX_REQUEST_BYTES);
      if (body === null) return answer(413, { errore: 'La richiesta supera il limite di 1 MB.' });
      const requestId = randomUUID();
      const event = {
        version: '2.0',
        routeKey: `${route.method} ${route.path}`,
        rawPath: url.pathname,
        rawQueryString: url.search.slice(1),
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
        queryStringParameters: url.searchParams.size ? Object.fromEntries(url.searchParams) : undefined,
        pathParameters: route.re.exec(url.pathname)?.groups,
        body: body.length ? body.toString('utf8') : undefined,
        isBase64Encoded: false,
        requestContext: { requestId, routeKey: `${route.method} ${route.path}`, authorizer, http: { method: route.method, path: url.pathname } },
      } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
      reply(await (await handlers[route.fn]())(event));
    } catch (err) {
      // The detail stays in this terminal: the page gets an Italian sentence, never an internal message.
      console.error(`API locale: ${req.method} ${url.pathname}: ${(err as Error)?.stack ?? String(err)}`);
      if (!res.headersSent) answer(500, { errore: 'Errore interno del server locale: il dettaglio è nel terminale di «npm start».' });
    }
  });
  // Each function's code is loaded before the first request: evaluating it (the typesetting stack,
  // fontkit, xadesjs: 100–300 ms measured) on first use stopped every request on this thread.
  await Promise.all(Object.values(handlers).map((load) => load()));
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', () => ok()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, server, login: async (username) => (await identity.issue(username))!.token };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Serves a file of the built pages (index.html for /), never outside the folder. */
function serveStatic(root: string, pathname: string, res: ServerResponse<IncomingMessage>, csp: string): boolean {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(root, rel));
  if (!file.startsWith(normalize(root) + sep) || !existsSync(file) || !statSync(file).isFile()) return false;
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' };
  if (type.startsWith('text/html')) Object.assign(headers, { 'content-security-policy': csp, 'cache-control': 'no-cache' });
  else headers['cache-control'] = 'public, max-age=300';
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
  return true;
}
