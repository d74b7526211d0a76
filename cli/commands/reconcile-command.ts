import { openStack } from '../open-stack.ts';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import { ingestArrival } from '../../shared/ingest/ingest-arrival.ts';
import { DynamoCampaignStore } from '../../shared/storage/dynamo-campaign-store.ts';
import { DynamoProtocolRegister } from '../../shared/register/dynamo-protocol-register.ts';
import { formRegistry } from '../../shared/collect/form-registry.ts';
import { unfinishedArrival } from '../../shared/collect/unfinished-arrival.ts';
import { campaignOwner } from '../../shared/collect/campaign-owner.ts';
import type { ReceiveDeps } from '../../shared/collect/receive-submission.ts';
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
    const campaigns = new DynamoCampaignStore(stack.dynamo, stack.config.table);
    const deps = { objects: stack.objects, documents: stack.documents, reader, archiveBucket: stack.config.archiveBucket, maxBytes: stack.config.limits.maxBytes, shelves: stack.shelves, defaultBody: stack.config.defaultIpa, ownerOf: campaignOwner(campaigns) };
    const collect = (): ReceiveDeps => ({ campaigns, objects: stack.objects, register: new DynamoProtocolRegister(stack.dynamo, stack.config.table), forms: formRegistry(), outputsBucket: stack.config.outputsBucket });
    const unfinished = unfinishedArrival(campaigns, stack.config.inboxBucket);
    const report = await reconcileInbox(stack.config.inboxBucket, { ...deps, unfinished }, (a) => ingestArrival(a, deps, collect), (key, outcome) => {
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
