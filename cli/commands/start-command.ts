import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { readStackFile } from '../local-stack.ts';
import { startLocalApp } from '../local-app.ts';

/** `carteggio start`: the embedded stack, in the foreground, until Ctrl+C. */
export async function startCommand(): Promise<number> {
  const config = loadConfig();
  const running = readStackFile(config.dataDir);
  if (running) {
    console.error(`Carteggio è già in esecuzione su questa cartella dati (processo ${running.pid}): S3 ${running.s3Endpoint}, DynamoDB ${running.dynamoEndpoint}.`);
    return 1;
  }
  const app = await startLocalApp(config, { log: (m) => console.error(m) });
  const { stack, info } = app;
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
  // Numbers left reserved by letters whose run died are closed at start and then every ten minutes,
  // as the scheduled sweep does on AWS: the register never keeps a number unaccounted for.
  const sweep = async () => {
    try {
      const { generateDeps } = await import('../../functions/generate/generate-deps.ts');
      const { annulStaleReservations } = await import('../../shared/register/sweep-reservations.ts');
      const r = await annulStaleReservations(generateDeps());
      const closed = r.annullate.length + r.protocollate.length + r.giaAnnullate.length;
      if (closed) console.error(`Registro di protocollo: chiuse ${closed} prenotazioni di generazioni interrotte (${r.annullate.length} annullate).`);
    } catch (err) {
      console.error(`Verifica delle prenotazioni del registro non riuscita: ${(err as Error).message}. Si riprova tra dieci minuti.`);
    }
  };
  await sweep();
  const sweeper = setInterval(sweep, 10 * 60_000);
  sweeper.unref();
  console.log(`Carteggio è in esecuzione (Ctrl+C per fermarlo).
  S3 (s3rver):        ${info.s3Endpoint}   bucket in arrivo: ${info.inboxBucket}, archivio: ${info.archiveBucket}
  DynamoDB (dynalite): ${info.dynamoEndpoint}   tabella: ${info.table}
  Interfaccia web:    ${app.url}/   (accesso con un utente locale: ministero, regione o ambito ${config.devIpa})
  API HTTP:           ${app.url}   (stesse rotte dell’API su AWS; token da POST /auth/accesso-dev)
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
  clearInterval(sweeper);
  await app.stop();
  return 0;
}
