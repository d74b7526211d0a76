import { openStack } from '../open-stack.ts';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import { ingestObject } from '../../shared/ingest/ingest-object.ts';
import { reconcileInbox } from '../../shared/ingest/reconcile-inbox.ts';
import { plural } from '../format-document.ts';

/**
 * `carteggio reconcile`: every upload in the inbox without its record, receipt or version is ingested
 * here and now (locally, or on AWS with CARTEGGIO_USE_AWS). Exit code 2 if some still fail.
 */
export async function reconcileCommand(json: boolean): Promise<number> {
  const stack = await openStack();
  const reader = new ReaderPool(stack.config.limits, stack.config.workers);
  try {
    const deps = { objects: stack.objects, documents: stack.documents, reader, archiveBucket: stack.config.archiveBucket, maxBytes: stack.config.limits.maxBytes };
    const report = await reconcileInbox(stack.config.inboxBucket, deps, (a) => ingestObject(a, deps), (key, outcome) => {
      if (json) console.log(JSON.stringify({ key, outcome }));
      else if (outcome !== 'ok') console.log(`${outcome === 'ingested' ? '✓' : '✗'} ${JSON.stringify(key)}: ${outcome === 'ingested' ? 'acquisito ora' : 'non riuscito'}`);
    });
    if (!json) {
      console.log(`Controllati ${plural(report.checked, 'file', 'file')} della casella «${stack.config.inboxBucket}»: ${report.ingested} acquisiti ora, ${report.failed.length} non riusciti.`);
      for (const f of report.failed) console.error(`  ${JSON.stringify(f.key)}: ${f.error}`);
    }
    return report.failed.length ? 2 : 0;
  } finally {
    await reader.close();
    await stack.close();
  }
}
