import { describe, expect, it } from 'vitest';
import { MemoryCampaignStore } from '../../shared/storage/memory-campaign-store.ts';
import { MemoryLetters, MemoryRegister } from '../generate/memory-generate-deps.ts';
import { incomingRegistered, submissionReference } from '../../shared/collect/incoming-registration.ts';
import { INCOMING_INTERRUPTED, annulStaleReservations } from '../../shared/register/sweep-reservations.ts';
import { registerCheck } from '../../shared/register/register-check.ts';
import type { NewSubmission } from '../../shared/records/campaign-record.ts';

/** An AOO keeps one protocol register: the answers it receives are numbered in entrata beside the letters it sends. */
describe('answers registered in entrata in the issuer’s one register', () => {
  const at = new Date('2026-03-02T09:00:00Z');
  const later = new Date('2026-03-02T10:00:00Z');
  const answer = (bodyCode: string): NewSubmission => ({
    campaignId: 'poa-2026',
    bodyCode,
    documentId: 'ab'.repeat(32),
    fileName: 'poa.pdf',
    object: { bucket: 'inbox', key: `raccolte/poa-2026/${bodyCode}/poa.pdf` },
    receivedAt: at.toISOString(),
    via: 'link',
    late: false,
    outcome: 'accepted',
    reasons: [],
    values: {},
    how: {},
  });

  /** One answer recorded and given a number; `carries` says whether the run lived to write the number on the answer. */
  async function registered(carries: boolean) {
    const campaigns = new MemoryCampaignStore();
    const register = new MemoryRegister();
    const { submission } = await campaigns.recordSubmission(answer('ATS001'));
    const reservation = await register.reserve('r_puglia', 2026, { direzione: 'entrata', oggetto: 'POA 2026 – ATS001', riferimento: submissionReference(submission) }, at);
    if (carries) await campaigns.updateSubmission({ ...submission, protocol: { numero: reservation.numero, data: '2026-03-02' } });
    const deps = { register, letters: new MemoryLetters(), incoming: () => incomingRegistered(campaigns) };
    return { deps, reservation, campaigns, register };
  }

  it('annuls, with its reason, a number whose answer never received it (the run died)', async () => {
    // Prepare
    const { deps, reservation } = await registered(false);
    // Act
    const swept = await annulStaleReservations(deps, { now: later });
    // Assess
    expect([swept.annullate, (await deps.letters.getAnnulled(reservation.id))?.motivo]).toEqual([[reservation.id], INCOMING_INTERRUPTED]);
  });

  it('closes as registered a number the answer carries, though the run died before closing it', async () => {
    // Prepare
    const { deps, reservation } = await registered(true);
    // Act
    const swept = await annulStaleReservations(deps, { now: later });
    // Assess
    expect(swept.protocollate).toEqual([reservation.id]);
  });

  it('asks the answers afresh at each sweep: a number an answer received after an earlier sweep is closed, not annulled', async () => {
    // Prepare: a first sweep reads the campaign's answers while the second answer has no number yet
    const { deps, campaigns, register } = await registered(false);
    const { submission } = await campaigns.recordSubmission({ ...answer('ATS002'), documentId: 'cd'.repeat(32) });
    const second = await register.reserve('r_puglia', 2026, { direzione: 'entrata', oggetto: 'POA 2026 – ATS002', riferimento: submissionReference(submission) }, later);
    await annulStaleReservations(deps, { now: later });
    await campaigns.updateSubmission({ ...submission, protocol: { numero: second.numero, data: '2026-03-02' } });
    // Act: a later sweep, when the second run has died after numbering its answer
    const swept = await annulStaleReservations(deps, { now: new Date('2026-03-02T11:00:00Z') });
    // Assess
    expect(swept.protocollate).toEqual([second.id]);
  });

  it('leaves a number in entrata open when the sweep cannot ask the answers', async () => {
    // Prepare
    const { deps } = await registered(false);
    // Act
    const swept = await annulStaleReservations({ register: deps.register, letters: deps.letters }, { now: later });
    // Assess
    expect(swept).toEqual({ annullate: [], protocollate: [], giaAnnullate: [] });
  });

  it('counts in the register check a number in entrata that its answer carries', async () => {
    // Prepare
    const { deps, reservation } = await registered(true);
    await deps.register.markLetter(reservation, reservation.token);
    // Act
    const check = await registerCheck('r_puglia', 2026, deps);
    // Assess
    expect(check).toMatchObject({ ultimo: 1, entrate: 1, lettere: 0, mancanti: [], completo: true });
  });

  it('reports as missing a number closed in entrata whose answer does not carry it', async () => {
    // Prepare
    const { deps, reservation } = await registered(false);
    await deps.register.markLetter(reservation, reservation.token);
    // Act
    const check = await registerCheck('r_puglia', 2026, deps);
    // Assess
    expect(check).toMatchObject({ entrate: 0, mancanti: [1], completo: false });
  });
});
