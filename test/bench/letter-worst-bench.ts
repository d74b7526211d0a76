/**
 * node --import tsx test/bench/letter-worst-bench.ts
 *
 * The slowest valid POST /letters: every template with every text at its schema maximum and every list
 * full (test/bench/letter-worst-cases.ts), filled with each hostile kind of text. Requests larger than
 * the HTTP body limit are left out (they are answered 413 before parsing) and listed.
 *
 * 1. Generation in memory (validation, numbering, PDF/A, segnatura, .eml): each case three times
 *    after a warm-up, median; the slowest case is the figure that matters (target ≤ 2 s).
 * 2. That slowest case, and the example letter, as POST /letters through the generate handler against
 *    the local S3 and DynamoDB (the files stored, the letter recorded), three times each.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { generateLetter } from '../../shared/generate/generate-letter.ts';
import { TEMPLATE_SCHEMAS, type TemplateName } from '../../shared/render/letter-schemas.ts';
import { MAX_REQUEST_BYTES } from '../../functions/http/body-limit.ts';
import { memoryGenerateDeps } from '../generate/memory-generate-deps.ts';
import { FILLS, worstInput, type Fill } from './letter-worst-cases.ts';
import { LocalStack } from '../../cli/local-stack.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';

const TARGET_MS = 2000;
const templates = Object.keys(TEMPLATE_SCHEMAS) as TemplateName[];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${Math.round(n)} ms`;

// Warm-up: fonts parsed, templates compiled, code optimised, as in a function that has served a letter.
const warm = memoryGenerateDeps();
for (const t of templates) await generateLetter({ template: t, data: JSON.parse(readFileSync(new URL(`../../templates/examples/${t}.json`, import.meta.url), 'utf8')) }, warm);

console.log('1. Generazione in memoria (convalida, numero, PDF/A, segnatura, .eml), mediana di 3:');
console.log(`${'modello'.padEnd(14)} ${'testo'.padEnd(9)} ${'tempo'.padStart(9)} ${'pagine'.padStart(7)} ${'richiesta'.padStart(10)}`);
let slowest = { t: 'lettera' as TemplateName, fill: 'parola' as Fill, ms: 0 };
const refused: string[] = [];
for (const t of templates) {
  for (const fill of FILLS) {
    const data = worstInput(t, fill);
    const bytes = Buffer.byteLength(JSON.stringify({ template: t, data }));
    if (bytes > MAX_REQUEST_BYTES) {
      refused.push(`${t}/${fill} (${(bytes / 1024).toFixed(0)} KB)`);
      continue;
    }
    const times: number[] = [];
    let pages = 0;
    for (let i = 0; i < 3; i++) {
      const deps = memoryGenerateDeps();
      const t0 = performance.now();
      const letter = await generateLetter({ template: t, data }, deps);
      times.push(performance.now() - t0);
      pages = letter.record.pages;
    }
    const m = median(times);
    if (m > slowest.ms) slowest = { t, fill, ms: m };
    console.log(`${t.padEnd(14)} ${fill.padEnd(9)} ${ms(m).padStart(9)} ${String(pages).padStart(7)} ${`${(bytes / 1024).toFixed(0)} KB`.padStart(10)}`);
  }
}
if (refused.length) console.log(`Oltre il limite di ${MAX_REQUEST_BYTES / 1048576} MB, rifiutate con 413 prima della lettura: ${refused.join(', ')}`);
console.log(`La più lenta: ${slowest.t} con testo «${slowest.fill}», ${ms(slowest.ms)} (obiettivo ≤ ${TARGET_MS} ms): ${slowest.ms <= TARGET_MS ? 'entro l’obiettivo' : 'OLTRE L’OBIETTIVO'}.`);

// 2. The same through the handler, with the emulators.
const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-worst-'));
const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off', POWERTOOLS_METRICS_DISABLED: 'true' });
const stack = new LocalStack(config, async () => (await import('../../functions/ingest/handler.ts')).handler);
await stack.start({ s3: 0, dynamo: 0 });
process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
process.env.POWERTOOLS_METRICS_DISABLED = 'true';
const { handler } = await import('../../functions/generate/handler.ts');
const post = async (body: unknown, key: string) => {
  const event = {
    version: '2.0',
    routeKey: 'POST /letters',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
    isBase64Encoded: false,
    requestContext: { routeKey: 'POST /letters', authorizer: { jwt: { claims: { 'cognito:username': 'bench', 'cognito:groups': 'ministero' }, scopes: [] } }, http: { method: 'POST', path: '/letters' } },
  } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
  const t0 = performance.now();
  const res = await handler(event);
  if (res.statusCode !== 201) throw new Error(`POST /letters: ${res.statusCode} ${res.body}`);
  return performance.now() - t0;
};
console.log('\n2. POST /letters attraverso la funzione, con S3 e DynamoDB locali (3 richieste ciascuna):');
const example = JSON.parse(readFileSync(new URL('../../templates/examples/convocazione.json', import.meta.url), 'utf8'));
await post({ template: 'convocazione', data: example }, 'warm');
const exampleTimes = [];
for (let i = 0; i < 3; i++) exampleTimes.push(await post({ template: 'convocazione', data: example }, `esempio-${i}`));
console.log(`convocazione d’esempio: mediana ${ms(median(exampleTimes))}`);
const worstTimes = [];
for (let i = 0; i < 3; i++) worstTimes.push(await post({ template: slowest.t, data: worstInput(slowest.t, slowest.fill) }, `peggiore-${i}`));
const worst = Math.max(...worstTimes);
console.log(`${slowest.t} «${slowest.fill}» (la più lenta): mediana ${ms(median(worstTimes))}, massimo ${ms(worst)} (obiettivo ≤ ${TARGET_MS} ms): ${worst <= TARGET_MS ? 'entro l’obiettivo' : 'OLTRE L’OBIETTIVO'}.`);
await stack.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
