import {
  LocalStack,
  readStackFile
} from "./chunk-4HA2ETLT.mjs";
import "./chunk-ZPRFXBUE.mjs";
import {
  loadConfig
} from "./chunk-Z7E7XR3S.mjs";
import "./chunk-PG7XFHJ6.mjs";
import "./chunk-45G62YNT.mjs";
import "./chunk-CBKE2XB5.mjs";

// cli/local-http-api.ts
import { createServer } from "node:http";

// functions/http/api-routes.ts
var API_ROUTES = [
  { method: "GET", path: "/documents", fn: "archive" },
  { method: "GET", path: "/documents/{id}", fn: "archive" },
  { method: "GET", path: "/deadlines", fn: "archive" },
  { method: "POST", path: "/letters", fn: "generate" }
];

// cli/local-http-api.ts
function devUsers(ambitoIpa) {
  return {
    "dev-ministero": { "cognito:username": "dev-ministero", "cognito:groups": "ministero", "custom:codiceIpa": "m_lps" },
    "dev-regione": { "cognito:username": "dev-regione", "cognito:groups": "regione", "custom:codiceIpa": "r_puglia" },
    "dev-ambito": { "cognito:username": "dev-ambito", "cognito:groups": "ambito", "custom:codiceIpa": ambitoIpa }
  };
}
async function startLocalHttpApi(port, handlers, ambitoIpa) {
  const users = devUsers(ambitoIpa);
  const routes = API_ROUTES.map((r) => ({ ...r, re: new RegExp(`^${r.path.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}$`) }));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = routes.find((r) => r.method === req.method && r.re.test(url.pathname));
    const reply = (r) => {
      res.writeHead(r.statusCode ?? 200, r.headers);
      res.end(r.body ?? "");
    };
    if (!route) return reply({ statusCode: 404, headers: { "content-type": "application/json" }, body: JSON.stringify({ errore: "Percorso sconosciuto." }) });
    const token = /^Bearer\s+(\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    const claims = token ? users[token] : void 0;
    if (!claims) return reply({ statusCode: 401, headers: { "content-type": "application/json" }, body: JSON.stringify({ errore: "Token mancante o sconosciuto (in locale: Bearer dev-ministero, dev-regione o dev-ambito)." }) });
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const event = {
      version: "2.0",
      routeKey: `${route.method} ${route.path}`,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
      queryStringParameters: url.searchParams.size ? Object.fromEntries(url.searchParams) : void 0,
      pathParameters: route.re.exec(url.pathname)?.groups,
      body: chunks.length ? Buffer.concat(chunks).toString("utf8") : void 0,
      isBase64Encoded: false,
      requestContext: { routeKey: `${route.method} ${route.path}`, authorizer: { jwt: { claims, scopes: [] } }, http: { method: route.method, path: url.pathname } }
    };
    try {
      reply(await (await handlers[route.fn]())(event));
    } catch (err) {
      reply({ statusCode: 500, headers: { "content-type": "application/json" }, body: JSON.stringify({ errore: "Errore interno.", dettaglio: err.message }) });
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", () => ok()));
  return { url: `http://127.0.0.1:${server.address().port}`, server };
}

// cli/commands/start-command.ts
async function startCommand() {
  const config = loadConfig();
  const running = readStackFile(config.dataDir);
  if (running) {
    console.error(`Carteggio \xE8 gi\xE0 in esecuzione su questa cartella dati (processo ${running.pid}): S3 ${running.s3Endpoint}, DynamoDB ${running.dynamoEndpoint}.`);
    return 1;
  }
  process.env.POWERTOOLS_LOG_LEVEL ??= "WARN";
  process.env.POWERTOOLS_METRICS_DISABLED ??= "true";
  const stack = new LocalStack(config, async () => (await import("./chunk-6S63LQIT.mjs")).handler, (m) => console.error(m));
  const info = await stack.start();
  stack.advertise();
  const api = await startLocalHttpApi(
    config.apiPort,
    {
      archive: async () => (await import("./chunk-EZ3HQWGN.mjs")).handler,
      generate: async () => (await import("./chunk-KG7UU7MU.mjs")).handler
    },
    config.devIpa
  );
  console.log(`Carteggio \xE8 in esecuzione (Ctrl+C per fermarlo).
  S3 (s3rver):        ${info.s3Endpoint}   bucket in arrivo: ${info.inboxBucket}, archivio: ${info.archiveBucket}
  DynamoDB (dynalite): ${info.dynamoEndpoint}   tabella: ${info.table}
  API HTTP:           ${api.url}   (GET /documents, /documents/{id}, /deadlines; POST /letters)
                      utenti locali: Authorization: Bearer dev-ministero | dev-regione | dev-ambito (ente ${config.devIpa})
  Cartella dati:      ${info.dataDir}

Ogni PDF caricato nel bucket \xAB${info.inboxBucket}\xBB viene acquisito dalla stessa funzione che gira su Lambda.
Da un altro terminale:
  npx carteggio ingest ../shared/eval/dev        carica una cartella di PDF
  npx carteggio list                             elenca i documenti
  npx carteggio show <id>                        mostra campi estratti e provenienza
oppure con qualsiasi client S3, ad esempio:
  aws --endpoint-url ${info.s3Endpoint} s3 cp lettera.pdf s3://${info.inboxBucket}/`);
  await new Promise((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  console.log("\nArresto in corso: completo le acquisizioni avviate\u2026");
  await new Promise((ok) => api.server.close(() => ok()));
  await stack.stop();
  const { resetIngestDeps } = await import("./chunk-PI4YITVF.mjs");
  await resetIngestDeps();
  return 0;
}
export {
  startCommand
};
//# sourceMappingURL=chunk-I5WSL53Y.mjs.map
