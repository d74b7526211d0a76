import type { CampaignStore } from '../storage/campaign-store.ts';
import type { Submission } from '../records/campaign-record.ts';
import { registerYear, type RegisterEntry } from '../register/protocol-register.ts';

const REFERENCE = /^raccolta:(?<campaign>[^/]+)\/(?<body>[^/]+)\/v(?<version>\d+)$/;

/** What the register entry of a campaign answer refers to: `raccolta:<campagna>/<ente>/v<versione>`. */
export function submissionReference(s: Pick<Submission, 'campaignId' | 'bodyCode' | 'version'>): string {
  return `raccolta:${s.campaignId}/${s.bodyCode}/v${s.version}`;
}

/**
 * Whether a register entry in entrata is the registration of the campaign answer it refers to: that
 * answer's record carries the entry's number and year. Used by the register check and the sweep of
 * stale reservations. Each campaign's answers are read once per checker (one query per campaign): make
 * one per pass (see `IncomingChecker`), never one for the life of a process.
 */
export function incomingRegistered(campaigns: CampaignStore): (entry: RegisterEntry) => Promise<boolean> {
  const answers = new Map<string, Promise<Submission[]>>();
  return async (entry) => {
    const ref = REFERENCE.exec(entry.riferimento ?? '')?.groups;
    if (!ref) return false;
    if (!answers.has(ref.campaign)) answers.set(ref.campaign, campaigns.listSubmissions(ref.campaign));
    const answer = (await answers.get(ref.campaign)!).find((s) => s.bodyCode === ref.body && s.version === Number(ref.version));
    return !!answer?.protocol && answer.protocol.numero === entry.numero && registerYear(answer.protocol.data) === entry.anno;
  };
}
