import { describe, expect, it } from 'vitest';
import { campaignStatus, loadCampaignStatus } from '../../../shared/collect/campaign-status.ts';
import { deadlineInstant, isLate } from '../../../shared/records/campaign-record.ts';
import { BODIES, CAMPAIGN, SUBMISSIONS } from './campaign-fixtures.ts';

describe('campaign deadline', () => {
  it('ends at the end of the deadline’s day in Rome, summer time included', () => {
    expect(deadlineInstant('2026-03-31').toISOString()).toBe('2026-03-31T21:59:59.999Z');
    expect(deadlineInstant('2026-01-15').toISOString()).toBe('2026-01-15T22:59:59.999Z');
    expect(isLate(CAMPAIGN, '2026-03-31T21:59:59.000Z')).toBe(false);
    expect(isLate(CAMPAIGN, '2026-03-31T22:00:00.000Z')).toBe(true);
  });
});

describe('campaign status', () => {
  it('gives each body its state from its latest version, with counts', () => {
    // Act
    const status = campaignStatus(CAMPAIGN, BODIES, SUBMISSIONS, new Date('2026-04-02T10:00:00Z'));
    // Assess
    expect(status.bodies.map((b) => [b.body.code, b.state, b.withWarnings, b.reading, b.latest?.version ?? null, b.versions])).toEqual([
      ['ATS-A', 'ricevuto', false, false, 1, 1],
      ['ATS-B', 'ricevuto', true, false, 1, 1],
      ['ATS-C', 'rifiutato', false, false, 2, 2],
      ['ATS-D', 'in-ritardo', false, false, 2, 2],
      ['ATS-E', 'mancante', false, false, null, 0],
      ['ATS-F', 'ricevuto', false, true, 1, 1],
    ]);
    expect(status.counts).toEqual({ attesi: 6, pervenuti: 4, ricevuti: 3, inRitardo: 1, mancanti: 1, rifiutati: 1, conAvvisi: 1, inLettura: 1, invii: 7 });
    expect(status.unexpected.map((s) => s.bodyCode)).toEqual(['ATS-X']);
    expect(status).toMatchObject({ deadline: '2026-03-31', deadlineEndsAt: '2026-03-31T21:59:59.999Z', pastDeadline: true, daysToDeadline: -2 });
  });

  it('counts arrivals per day in Rome, every day from the first to the last, with the bodies answered so far', () => {
    const status = campaignStatus(CAMPAIGN, BODIES, SUBMISSIONS, new Date('2026-04-02T10:00:00Z'));

    // B's 22:30 UTC on 10 March is 23:30 in Rome: still the 10th. F's 21:00 UTC on 31 March is 23:00 in Rome (CEST).
    expect(status.arrivals[0]).toEqual({ date: '2026-03-10', submissions: 2, newBodies: 2, cumulativeBodies: 2 });
    expect(status.arrivals.find((d) => d.date === '2026-03-13')).toEqual({ date: '2026-03-13', submissions: 2, newBodies: 1, cumulativeBodies: 4 });
    expect(status.arrivals.find((d) => d.date === '2026-03-20')).toEqual({ date: '2026-03-20', submissions: 0, newBodies: 0, cumulativeBodies: 4 });
    expect(status.arrivals.at(-1)).toEqual({ date: '2026-04-01', submissions: 1, newBodies: 0, cumulativeBodies: 5 });
    expect(status.arrivals.map((d) => d.date)).toHaveLength(23);
    expect(status.arrivals.find((d) => d.date === '2026-03-11')?.submissions).toBe(0); // ATS-X is not expected
  });

  it('before any arrival: every body missing, no arrivals, days to the deadline', () => {
    const status = campaignStatus(CAMPAIGN, BODIES, [], new Date('2026-03-29T23:30:00Z'));

    expect(status.counts).toMatchObject({ attesi: 6, mancanti: 6, pervenuti: 0 });
    expect(status.arrivals).toEqual([]);
    expect(status).toMatchObject({ pastDeadline: false, daysToDeadline: 1 }); // 30 March in Rome
  });
});

describe('campaign status from the store', () => {
  it('reads the campaign’s bodies and submissions and gives the same status', async () => {
    // Arrange
    const asked: string[] = [];
    const store = {
      listExpectedBodies: async (id: string) => (asked.push(`bodies ${id}`), BODIES),
      listSubmissions: async (id: string) => (asked.push(`submissions ${id}`), SUBMISSIONS),
    };
    const now = new Date('2026-04-02T10:00:00Z');
    // Act
    const status = await loadCampaignStatus(store, CAMPAIGN, now);
    // Assess
    expect(status).toEqual(campaignStatus(CAMPAIGN, BODIES, SUBMISSIONS, now));
    expect(asked.sort()).toEqual([`bodies ${CAMPAIGN.id}`, `submissions ${CAMPAIGN.id}`]);
  });
});
