import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { LocalStack, readStackFile } from '../local-stack.ts';
import { startLocalHttpApi } from '../local-http-api.ts';

/** `carteggio start`: the embedded stack, in the foreground, until Ctrl+C. */
export async function startCommand(): Promise<number> {
  const config = loadConfig();
  const running = readStackFile(config.dataDir);
  if (running) {
    console.error(`Carteggio è già in esecuzione su questa cartella dati (processo ${running.pid}): S3 ${running.s3Endpoint}, DynamoDB ${running.dynamoEndpoint}.`);
    return 1;
  }
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const stack = new LocalStack(config, async () => (await import('../../functions/ingest/handler.ts')).handler, (m) => console.error(m));
  const info = await stack.start();
  stack.advertise();
  // Uploads acknowledged before a crash whose events were lost are ingested now, before anything else.
  try {
    const recovered = await stack.reconcile();
    if (recovered.ingested || recovered.failed.length) {
      console.error(`Riconciliazione: ${recovered.ingested} file della casella in arrivo senza documento acquisiti ora${recovered.failed.length ? `, ${recovered.failed.length} non riusciti` : ''}.`);
    }
  } catch (err) {
    // The stack still serves: the next start, or `carteggio reconcile`, tries again.
    console.error(`Riconciliazione della casella in arrivo non riuscita: ${(err as Error).message}. Riprovare con «carteggio reconcile».`);
  }
  const api = await startLocalHttpApi(
    config.apiPort,
    {
      archive: async () => (await import('../../functions/archive/handler.ts')).handler,
      generate: async () => (await import('../../functions/generate/handler.ts')).handler,
    },
    config.devIpa,
  );
  console.log(`Carteggio è in esecuzione (Ctrl+C per fermarlo).
  S3 (s3rver):        ${info.s3Endpoint}   bucket in arrivo: ${info.inboxBucket}, archivio: ${info.archiveBucket}
  DynamoDB (dynalite): ${info.dynamoEndpoint}   tabella: ${info.table}
  API HTTP:           ${api.url}   (GET /documents, /documents/{id}, /deadlines; POST /letters)
                      utenti locali: Authorization: Bearer dev-ministero | dev-regione | dev-ambito (ente ${config.devIpa})
  Cartella dati:      ${info.dataDir}

Ogni PDF caricato nel bucket «${info.inboxBucket}» viene acquisito dalla stessa funzione che gira su Lambda.
Da un altro terminale:
  npx carteggio ingest ../shared/eval/dev        carica una cartella di PDF
  npx carteggio list                             elenca i documenti
  npx carteggio show <id>                        mostra campi estratti e provenienza
oppure con qualsiasi client S3, ad esempio:
  aws --endpoint-url ${info.s3Endpoint} s3 cp lettera.pdf s3://${info.inboxBucket}/`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  console.log('\nArresto in corso: completo le acquisizioni avviate…');
  await new Promise<void>((ok) => api.server.close(() => ok()));
  await stack.stop();
  const { resetIngestDeps } = await import('../../functions/ingest/ingest-deps.ts');
  await resetIngestDeps();
  return 0;
}
