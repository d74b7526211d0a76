import { annulStaleReservations } from '../../shared/register/sweep-reservations.ts';
import { generateDeps } from './generate-deps.ts';
import { powertools } from '../observability/powertools.ts';

const { logger, tracer } = powertools('carteggio-register-sweep');

/**
 * For a schedule (EventBridge, every few minutes): annuls the numbers reserved by generations that
 * died ("generazione interrotta") and closes those whose letter or annulment was written, so the
 * register accounts for every number without waiting for the next letter. Also locally, on start.
 */
export const handler = async (): Promise<{ annullate: number; protocollate: number; giaAnnullate: number }> => {
  const result = await annulStaleReservations({ ...generateDeps(tracer), log: logger });
  if (result.annullate.length) logger.warn('numeri annullati: generazione interrotta', { id: result.annullate });
  if (result.protocollate.length || result.giaAnnullate.length) logger.info('prenotazioni chiuse', { protocollate: result.protocollate, giaAnnullate: result.giaAnnullate });
  return { annullate: result.annullate.length, protocollate: result.protocollate.length, giaAnnullate: result.giaAnnullate.length };
};
