import { romeDate, addDays } from '../calendar/rome-date.ts';
import { deadlineInstant, type Campaign, type ExpectedBody, type Submission } from '../records/campaign-record.ts';
import type { CampaignStore } from '../storage/campaign-store.ts';

/**
 * Where a campaign stands, body by body: a pure function of the campaign, its expected bodies, its
 * submissions and the current instant. A body's latest version counts:
 *   'mancante'   nothing received;
 *   'rifiutato'  the latest version was rejected;
 *   'in-ritardo' the latest version, not rejected, arrived after the deadline;
 *   'ricevuto'   the latest version, not rejected, arrived by the deadline.
 * `withWarnings` marks a latest version accepted with warnings, `reading` one still being read
 * (outcome 'in-lettura': received, its validity not yet known).
 */

export type BodyState = 'ricevuto' | 'mancante' | 'in-ritardo' | 'rifiutato';

export interface BodyStatus {
  body: ExpectedBody;
  state: BodyState;
  withWarnings: boolean;
  reading: boolean;
  /** The version that counts, or null. */
  latest: Submission | null;
  /** How many versions were received. */
  versions: number;
  /** When the first version arrived (ISO), or null. */
  firstReceivedAt: string | null;
}

export interface StatusCounts {
  attesi: number;
  /** ricevuto + in-ritardo: bodies whose latest version is not rejected. */
  pervenuti: number;
  ricevuti: number;
  inRitardo: number;
  mancanti: number;
  rifiutati: number;
  conAvvisi: number;
  inLettura: number;
  /** Submissions (all versions) received. */
  invii: number;
}

/** One day of arrivals (Europe/Rome), for a chart against the deadline. */
export interface ArrivalDay {
  date: string;
  /** Submissions (versions) received that day. */
  submissions: number;
  /** Bodies whose first submission arrived that day. */
  newBodies: number;
  /** Bodies that had answered by the end of that day. */
  cumulativeBodies: number;
}

export interface CampaignStatus {
  campaignId: string;
  deadline: string;
  /** The instant the deadline ends (end of the day in Rome). */
  deadlineEndsAt: string;
  /** Whether `now` is past the deadline. */
  pastDeadline: boolean;
  /** Whole days from today (Rome) to the deadline's day: negative once it is past. */
  daysToDeadline: number;
  counts: StatusCounts;
  bodies: BodyStatus[];
  /** From the first day anything arrived to the last, every day listed (zero days included). */
  arrivals: ArrivalDay[];
  /** Submissions from bodies the campaign does not expect (they count nowhere else). */
  unexpected: Submission[];
}

export function campaignStatus(campaign: Campaign, bodies: ExpectedBody[], submissions: Submission[], now: Date): CampaignStatus {
  const own = submissions.filter((s) => s.campaignId === campaign.id);
  const byBody = new Map<string, Submission[]>();
  for (const s of own) byBody.set(s.bodyCode, [...(byBody.get(s.bodyCode) ?? []), s]);
  const expected = new Set(bodies.map((b) => b.code));

  const statuses: BodyStatus[] = bodies.map((body) => {
    const versions = (byBody.get(body.code) ?? []).slice().sort((a, b) => a.version - b.version);
    const latest = versions.at(-1) ?? null;
    const first = versions.map((v) => v.receivedAt).sort()[0] ?? null;
    let state: BodyState = 'mancante';
    if (latest) state = latest.outcome === 'rejected' ? 'rifiutato' : latest.late ? 'in-ritardo' : 'ricevuto';
    return {
      body,
      state,
      withWarnings: latest?.outcome === 'accepted_with_warnings',
      reading: latest?.outcome === 'in-lettura',
      latest,
      versions: versions.length,
      firstReceivedAt: first,
    };
  });

  const count = (pred: (s: BodyStatus) => boolean) => statuses.filter(pred).length;
  const counts: StatusCounts = {
    attesi: statuses.length,
    pervenuti: count((s) => s.state === 'ricevuto' || s.state === 'in-ritardo'),
    ricevuti: count((s) => s.state === 'ricevuto'),
    inRitardo: count((s) => s.state === 'in-ritardo'),
    mancanti: count((s) => s.state === 'mancante'),
    rifiutati: count((s) => s.state === 'rifiutato'),
    conAvvisi: count((s) => s.withWarnings),
    inLettura: count((s) => s.reading),
    invii: own.filter((s) => expected.has(s.bodyCode)).length,
  };

  const ends = deadlineInstant(campaign.deadline);
  const today = romeDate(now);
  return {
    campaignId: campaign.id,
    deadline: campaign.deadline,
    deadlineEndsAt: ends.toISOString(),
    pastDeadline: now.getTime() > ends.getTime(),
    daysToDeadline: Math.round((Date.parse(`${campaign.deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000),
    counts,
    bodies: statuses,
    arrivals: arrivals(statuses, own.filter((s) => expected.has(s.bodyCode))),
    unexpected: own.filter((s) => !expected.has(s.bodyCode)),
  };
}

/**
 * A campaign's status as it stands in the store: its expected bodies and its submissions, read
 * together, then `campaignStatus` at `now` (by default the instant both reads have answered).
 */
export async function loadCampaignStatus(store: Pick<CampaignStore, 'listExpectedBodies' | 'listSubmissions'>, campaign: Campaign, now?: Date): Promise<CampaignStatus> {
  const [bodies, submissions] = await Promise.all([store.listExpectedBodies(campaign.id), store.listSubmissions(campaign.id)]);
  return campaignStatus(campaign, bodies, submissions, now ?? new Date());
}

function arrivals(statuses: BodyStatus[], submissions: Submission[]): ArrivalDay[] {
  if (submissions.length === 0) return [];
  const perDay = new Map<string, number>();
  for (const s of submissions) {
    const d = romeDate(new Date(s.receivedAt));
    perDay.set(d, (perDay.get(d) ?? 0) + 1);
  }
  const firsts = new Map<string, number>();
  for (const s of statuses) {
    if (!s.firstReceivedAt) continue;
    const d = romeDate(new Date(s.firstReceivedAt));
    firsts.set(d, (firsts.get(d) ?? 0) + 1);
  }
  const days = [...perDay.keys()].sort();
  const out: ArrivalDay[] = [];
  let cumulative = 0;
  for (let d = days[0]; d <= days.at(-1)!; d = addDays(d, 1)) {
    const newBodies = firsts.get(d) ?? 0;
    cumulative += newBodies;
    out.push({ date: d, submissions: perDay.get(d) ?? 0, newBodies, cumulativeBodies: cumulative });
  }
  return out;
}
