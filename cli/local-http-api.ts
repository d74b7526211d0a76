import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { API_ROUTES, type ApiFunction } from '../functions/http/api-routes.ts';

type HttpHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer) => Promise<APIGatewayProxyStructuredResultV2>;

/** Local users, one per role, standing in for Cognito: "Authorization: Bearer dev-ministero" and so on. */
export function devUsers(ambitoIpa: string): Record<string, Record<string, string>> {
  return {
    'dev-ministero': { 'cognito:username': 'dev-ministero', 'cognito:groups': 'ministero', 'custom:codiceIpa': 'm_lps' },
    'dev-regione': { 'cognito:username': 'dev-regione', 'cognito:groups': 'regione', 'custom:codiceIpa': 'r_puglia' },
    'dev-ambito': { 'cognito:username': 'dev-ambito', 'cognito:groups': 'ambito', 'custom:codiceIpa': ambitoIpa },
  };
}

/**
 * The same HTTP API as API Gateway, on loopback: routes from API_ROUTES, each request turned into the
 * HTTP API v2 event the deployed function receives, JWT claims taken from a local dev user.
 */
export async function startLocalHttpApi(port: number, handlers: Record<ApiFunction, () => Promise<HttpHandler>>, ambitoIpa: string): Promise<{ url: string; server: Server }> {
  const users = devUsers(ambitoIpa);
  const routes = API_ROUTES.map((r) => ({ ...r, re: new RegExp(`^${r.path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`) }));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes.find((r) => r.method === req.method && r.re.test(url.pathname));
    const reply = (r: APIGatewayProxyStructuredResultV2) => {
      res.writeHead(r.statusCode ?? 200, r.headers as Record<string, string>);
      res.end(r.body ?? '');
    };
    if (!route) return reply({ statusCode: 404, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errore: 'Percorso sconosciuto.' }) });
    const token = /^Bearer\s+(\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const claims = token ? users[token] : undefined;
    if (!claims) return reply({ statusCode: 401, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errore: 'Token mancante o sconosciuto (in locale: Bearer dev-ministero, dev-regione o dev-ambito).' }) });
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const event = {
      version: '2.0',
      routeKey: `${route.method} ${route.path}`,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
      queryStringParameters: url.searchParams.size ? Object.fromEntries(url.searchParams) : undefined,
      pathParameters: route.re.exec(url.pathname)?.groups,
      body: chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined,
      isBase64Encoded: false,
      requestContext: { routeKey: `${route.method} ${route.path}`, authorizer: { jwt: { claims, scopes: [] } }, http: { method: route.method, path: url.pathname } },
    } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
    try {
      reply(await (await handlers[route.fn]())(event));
    } catch (err) {
      reply({ statusCode: 500, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errore: 'Errore interno.', dettaglio: (err as Error).message }) });
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', () => ok()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
