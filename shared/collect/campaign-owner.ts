import type { CampaignStore } from '../storage/campaign-store.ts';
import { SLOT } from './receive-submission.ts';

/**
 * The body whose archive a campaign answer belongs to: the campaign's issuer (the region that asked),
 * for a key in a body's slot `raccolte/<campagna>/<ente>/…`; null for any other key. Campaigns are
 * remembered by this process once read.
 */
export function campaignOwner(campaigns: CampaignStore): (key: string) => Promise<string | null> {
  const issuers = new Map<string, string | null>();
  return async (key) => {
    const id = SLOT.exec(key)?.groups?.campaign;
    if (!id) return null;
    if (!issuers.has(id)) issuers.set(id, (await campaigns.getCampaign(id))?.issuer.codiceIpa.toLowerCase() ?? null);
    return issuers.get(id) ?? null;
  };
}
