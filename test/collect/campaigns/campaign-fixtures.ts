import { createHash } from 'node:crypto';
import { isLate, type Campaign, type ExpectedBody, type Submission } from '../../../shared/records/campaign-record.ts';

/** A small campaign with one body in every state, for the status and export tests. */
export const CAMPAIGN: Campaign = { id: 'poa-2026', issuer: { codiceIpa: 'r_puglia', name: 'Regione Puglia' }, title: 'POA supervisione 2026', formId: 'poa-supervisione', deadline: '2026-03-31', state: 'aperta', createdAt: '2026-02-01T09:00:00.000Z' };

export const BODIES: ExpectedBody[] = ['A', 'B', 'C', 'D', 'E', 'F'].map((x, i) => ({ campaignId: 'poa-2026', code: `ATS-${x}`, name: `Ambito ${x}`, region: 'Puglia', pec: `${x.toLowerCase()}@pec.it`, population: 40_000 + i * 1000 }));

export function sub(bodyCode: string, version: number, receivedAt: string, over: Partial<Submission> = {}): Submission {
  return {
    campaignId: 'poa-2026',
    bodyCode,
    version,
    documentId: createHash('sha256').update(`${bodyCode}-${version}`).digest('hex'),
    receivedAt,
    via: 'link',
    late: isLate(CAMPAIGN, receivedAt),
    outcome: 'accepted',
    reasons: [],
    values: {},
    how: {},
    ...over,
  };
}

/**
 * A: on time, accepted. B: on time with warnings. C: v1 accepted, v2 rejected (latest counts).
 * D: v1 rejected, v2 late and accepted. E: nothing. F: received, still being read.
 * Plus one submission from a body the campaign does not expect.
 */
export const SUBMISSIONS: Submission[] = [
  sub('ATS-A', 1, '2026-03-10T09:00:00.000Z'),
  sub('ATS-B', 1, '2026-03-10T22:30:00.000Z', { outcome: 'accepted_with_warnings', reasons: [{ severity: 'warning', message: 'Assistenti sociali: 6 per 41.000 abitanti, l’obiettivo è 1 ogni 5.000 (9)' }] }),
  sub('ATS-C', 1, '2026-03-12T10:00:00.000Z'),
  sub('ATS-C', 2, '2026-03-13T10:00:00.000Z', { outcome: 'rejected', reasons: [{ severity: 'error', message: 'Ore di supervisione di gruppo: 12, il minimo è 16', field: 'oreGruppo' }] }),
  sub('ATS-D', 1, '2026-03-13T11:00:00.000Z', { outcome: 'rejected', reasons: [{ severity: 'error', message: 'Modulo non leggibile' }] }),
  sub('ATS-D', 2, '2026-04-01T08:00:00.000Z'),
  sub('ATS-F', 1, '2026-03-31T21:00:00.000Z', { outcome: 'in-lettura' }),
  sub('ATS-X', 1, '2026-03-11T10:00:00.000Z'),
];
