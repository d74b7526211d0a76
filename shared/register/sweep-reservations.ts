import type { LetterStore } from '../storage/letter-store.ts';
import type { AnnulledRegistration } from '../records/annulled-registration.ts';
import { TemplateName } from '../render/letter-schemas.ts';
import { romeDate } from '../calendar/rome-date.ts';
import type { IncomingChecker, ProtocolRegister, RegisterEntry } from './protocol-register.ts';

/** The reason written on a number whose generation died after taking it (killed, timed out, crashed). */
export const INTERRUPTED = 'generazione interrotta';
/** The reason written on a number taken for a document received whose registration did not finish. */
export const INCOMING_INTERRUPTED = 'registrazione in entrata interrotta';

/**
 * How old a reservation must be before it is taken for dead: well beyond the longest generation (the
 * generate function's timeout is 30 s, and a letter at every schema maximum renders in about 2 s).
 */
export const STALE_RESERVATION_MINUTES = 10;

export interface SweepDeps {
  register: ProtocolRegister;
  letters: LetterStore;
  /**
   * Whether a number in entrata is the registration of the document it refers to (its record carries
   * the number). Without it, reservations in entrata are left open: only their capability can tell.
   */
  incoming?: IncomingChecker;
  log?: { warn(message: string, details: Record<string, unknown>): void };
}

export interface SweepResult {
  /** Reservations annulled, with the reason "generazione interrotta". */
  annullate: string[];
  /** Reservations whose letter was written before the run died: closed as letters. */
  protocollate: string[];
  /** Reservations whose annulment was written before the run died: closed as annulments. */
  giaAnnullate: string[];
}

/**
 * Closes the reservations of runs that died between taking a number and finishing its letter: every
 * reservation older than `olderThanMinutes`, across all bodies and years. A reservation whose letter
 * (or annulment, or for a document received its record) was written is closed as such; any other is
 * annulled with the reason "generazione interrotta" or "registrazione in entrata interrotta" (DPR
 * 445/2000, art. 54: the number stays in the register, with why it has nothing else).
 * Safe to run at any time and more than once, also while letters are being generated.
 */
export async function annulStaleReservations(deps: SweepDeps, opts: { olderThanMinutes?: number; now?: Date } = {}): Promise<SweepResult> {
  const now = opts.now ?? new Date();
  const before = new Date(now.getTime() - (opts.olderThanMinutes ?? STALE_RESERVATION_MINUTES) * 60_000);
  const result: SweepResult = { annullate: [], protocollate: [], giaAnnullate: [] };
  const registered = deps.incoming?.();
  for (const entry of await deps.register.openReservations(before)) {
    if (entry.direzione === 'entrata') {
      if (!deps.incoming || !registered) continue;
      if (await registered(entry)) {
        await deps.register.markLetter(entry);
        result.protocollate.push(entry.id);
        continue;
      }
    } else if (await deps.letters.getLetter(entry.id)) {
      await deps.register.markLetter(entry);
      result.protocollate.push(entry.id);
      continue;
    }
    const existing = await deps.letters.getAnnulled(entry.id);
    if (existing) {
      await deps.register.markAnnulled(entry, existing.motivo);
      result.giaAnnullate.push(entry.id);
      continue;
    }
    try {
      await deps.letters.putAnnulled(annulment(entry, now));
    } catch (err) {
      // Written meanwhile by the run itself (it was alive after all, and failed): its reason stands.
      const theirs = await deps.letters.getAnnulled(entry.id);
      if (!theirs) throw err;
      await deps.register.markAnnulled(entry, theirs.motivo);
      result.giaAnnullate.push(entry.id);
      continue;
    }
    if (await deps.register.markAnnulled(entry, reasonOf(entry))) {
      result.annullate.push(entry.id);
      continue;
    }
    // The run finished its letter (or registration) between our look and our annulment: it stands, ours goes.
    // (a fresh look for entrata: this pass's checker may have read the answers before the run wrote its number)
    if (entry.direzione === 'entrata' ? await deps.incoming!()(entry) : await deps.letters.getLetter(entry.id)) {
      await deps.letters.deleteAnnulled(entry.id);
      deps.log?.warn('prenotazione chiusa dalla lettera durante la verifica: annullamento ritirato', { id: entry.id });
    }
  }
  return result;
}

function annulment(entry: RegisterEntry, now: Date): AnnulledRegistration {
  const template = TemplateName.safeParse(entry.template);
  return {
    id: entry.id,
    ...(template.success ? { template: template.data } : {}),
    protocol: { codiceIpa: entry.codiceIpa, numero: entry.numero, data: romeDate(new Date(entry.riservataIl)), anno: entry.anno },
    oggetto: entry.oggetto ?? '(non indicato)',
    motivo: reasonOf(entry),
    annullataIl: now.toISOString(),
  };
}

function reasonOf(entry: RegisterEntry): string {
  return entry.direzione === 'entrata' ? INCOMING_INTERRUPTED : INTERRUPTED;
}
