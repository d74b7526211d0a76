/**
 * npm run bench:api
 *
 * Loads 10,000 documents into the local stack (records and shelf entries written through the same
 * DynamoDB adapters the ingestion uses, without reading 10,000 PDFs), then times, through the local
 * HTTP API with a signed token as the web pages call it:
 *   - the archive list with a filter (type=circolare, newest first, 25 per page);
 *   - a full-text search (two words, Italian stemming), first query included (index build);
 *   - a document page (record, receipts, corrections, review marks, presigned links).
 * Prints p50/p95 in ms for each; the target is p95 ≤ 200 ms. BENCH_DOCS=… changes the count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { startLocalApp } from '../../cli/local-app.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { awsClients } from '../../shared/storage/aws-clients.ts';
import { DynamoDocumentStore } from '../../shared/storage/dynamo-document-store.ts';
import { DynamoShelfStore } from '../../shared/storage/dynamo-shelf-store.ts';
import { documentSummary } from '../../shared/archive/document-summary.ts';
import type { DocumentRecord } from '../../shared/records/document-record.ts';

const COUNT = Number(process.env.BENCH_DOCS ?? 10_000);
const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-bench-api-'));
const config = loadConfig({ ...process.env, CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_API_PORT: '0', CARTEGGIO_OCR: 'off' });
const app = await startLocalApp(config, { ports: { s3: 0, dynamo: 0 } });
const { dynamo } = awsClients({ ...config, s3Endpoint: app.info.s3Endpoint, dynamoEndpoint: app.info.dynamoEndpoint });
const documents = new DynamoDocumentStore(dynamo, config.table);
const shelves = new DynamoShelfStore(dynamo, config.table);

const SENDERS = ['Ministero del Lavoro e delle Politiche Sociali', 'Regione Puglia', 'Regione Molise', 'ANCI', 'INPS', 'Ambito Territoriale Sociale di Bari'];
const TYPES = ['circolare', 'nota', 'convocazione', 'decreto', 'avviso', 'lettera'];
const TOPICS = ['supervisione del personale', 'rendicontazione FNPS', 'piano di zona', 'assistenti sociali', 'contrasto alla povertà', 'non autosufficienza', 'servizi educativi', 'PNRR Missione 5'];
const WORDS = 'si comunica che entro il termine previsto gli ambiti territoriali sociali dovranno trasmettere la documentazione richiesta ai sensi della normativa vigente per la programmazione degli interventi e dei servizi sociali con riferimento alle risorse assegnate'.split(' ');

function record(i: number): DocumentRecord {
  const id = createHash('sha256').update(`bench-${i}`).digest('hex');
  const topic = TOPICS[i % TOPICS.length];
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const receivedAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return {
    recordVersion: 2,
    id,
    status: 'extracted',
    rejection: null,
    fileName: `documento-${i}.pdf`,
    size: 50_000,
    original: { bucket: config.archiveBucket, key: `originals/${id}` },
    text: null,
    facts: null,
    readerVersion: 2,
    extraction: {
      fields: {
        docType: TYPES[i % TYPES.length] as never,
        sender: SENDERS[i % SENDERS.length],
        protocol: { number: String(1000 + i), date: `2026-${month}-${day}` },
        documentDate: `2026-${month}-${day}`,
        subject: `${topic} – comunicazione n. ${i}`,
        recipients: ['Agli Ambiti Territoriali Sociali'],
        cc: [],
        deadlines: [{ date: `2027-${month}-${day}` }],
        meetings: [],
        legalReferences: [i % 3 ? 'L. 328/2000' : 'D.Lgs. 147/2017'],
        emails: [],
        signatories: [{ role: 'Il Direttore Generale', name: 'Mario Rossi' }],
        amounts: [],
      },
      tags: [topic.split(' ')[0].toLowerCase()],
      evidence: {},
    },
    receivedAt,
    processedAt: receivedAt,
    durationMs: 100,
  };
}

/** The words full-text search indexes for document i. */
function textOf(i: number): string {
  return Array.from({ length: 300 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ') + ` ${TOPICS[i % TOPICS.length]}`;
}

const t0 = performance.now();
const ids: string[] = [];
for (let i = 0; i < COUNT; i += 25) {
  await Promise.all(
    Array.from({ length: Math.min(25, COUNT - i) }, async (_, k) => {
      const doc = record(i + k);
      ids.push(doc.id);
      await documents.putDocumentIfAbsent(doc);
      await shelves.shelve({ body: 'm_lps', summary: documentSummary(doc), text: textOf(i + k) });
    }),
  );
  if ((i / 25) % 40 === 0) process.stderr.write(`\rCaricamento: ${i} / ${COUNT}`);
}
process.stderr.write(`\rCaricamento: ${COUNT} / ${COUNT}\n`);
console.log(`${COUNT} documenti caricati in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);

const token = await app.login('dev-ministero');
async function time(label: string, paths: () => string, runs = 60): Promise<void> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const res = await fetch(`${app.url}${paths()}`, { headers: { authorization: `Bearer ${token}` } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}`);
    times.push(performance.now() - t);
  }
  const first = times[0];
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  const p95 = Number(p(0.95));
  console.log(`${label.padEnd(44)} p50 ${p(0.5).padStart(6)} ms   p95 ${p(0.95).padStart(6)} ms   prima ${first.toFixed(0)} ms   ${p95 <= 200 ? 'entro' : 'OLTRE'} l’obiettivo di 200 ms`);
}

let n = 0;
await time('Archivio, filtro tipo=circolare (25 per pagina)', () => '/documents?type=circolare&limit=25');
await time('Archivio, filtro mittente + legge', () => '/documents?sender=regione&law=147%2F2017&limit=25');
await time('Ricerca nel testo «rendicontazioni ambiti»', () => `/documents?text=${encodeURIComponent(['rendicontazioni ambiti', 'supervisione personale', 'piano zona'][n++ % 3])}`);
await time('Pagina di un documento', () => `/documents/${ids[(n++ * 7919) % ids.length]}`);

await app.stop();
rmSync(dataDir, { recursive: true, force: true });
