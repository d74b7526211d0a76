/** A protocol number: 7 digits, zero-padded, per body and year. */
export interface ProtocolNumber {
  numero: string;
  anno: number;
  progressivo: number;
}

/**
 * What a reservation says about what it was taken for (shown when it has to be annulled). One AOO
 * keeps one register for what it sends and what it receives (DPR 445/2000 art. 53, 57).
 */
export interface ReservationDetails {
  template?: string;
  oggetto?: string;
  /** `entrata` for a document received, `uscita` (the default) for a letter sent. */
  direzione?: Direzione;
  /** What a registration in entrata is (e.g. a campaign's answer, `raccolta:<campagna>/<ente>/v<n>`): where the check finds its record. */
  riferimento?: string;
}

export type Direzione = 'entrata' | 'uscita';

/**
 * A number taken and not yet accounted for: it becomes a letter or an annulment. Taking the number
 * and writing its reservation are one and the same write, so no number exists without one.
 */
export interface Reservation extends ProtocolNumber, ReservationDetails {
  codiceIpa: string;
  /** The letter's id, `<ipa>-<anno>-<numero>`: the key of its letter or of its annulment. */
  id: string;
  /** Which run holds it: only that run turns it into a letter. */
  token: string;
  /** When it was taken (ISO): a reservation older than the longest generation is a run that died. */
  riservataIl: string;
}

/**
 * Makes a checker of numbers in entrata: whether an entry is the registration of the document it
 * refers to (that document's record carries the number). A new checker for each pass (a sweep, a
 * check), so what it reads is never older than the pass.
 */
export type IncomingChecker = () => (entry: RegisterEntry) => Promise<boolean>;

/** How a number stands in the register. */
export type EntryState = 'riservato' | 'protocollato' | 'annullato';

export interface RegisterEntry extends Reservation {
  stato: EntryState;
  motivo?: string;
}

/**
 * The protocol register of a body (its AOO), for what it sends and what it receives: each number is
 * taken once, never reused, never skipped, and is always accounted for — first as a reservation,
 * then as a letter, a document received, or an annulment.
 */
export interface ProtocolRegister {
  /**
   * Takes the next number of the body's register for the year, with its reservation.
   * `anno`: the register's year, that of the protocol date in Europe/Rome (see `registerYear`).
   */
  reserve(codiceIpa: string, anno: number, details?: ReservationDetails, now?: Date): Promise<Reservation>;
  /**
   * The reservation became a letter (its record is written). With a token, only the run holding it
   * may; without, any reservation still open (the sweep, finding the letter). False if it is no
   * longer reserved (annulled meanwhile).
   */
  markLetter(reservation: Pick<Reservation, 'codiceIpa' | 'anno' | 'progressivo'>, token?: string): Promise<boolean>;
  /**
   * The reservation became an annulment (its record is written). With a token, only the run holding
   * it may; without, any reservation still open (the sweep). False if it is no longer reserved.
   */
  markAnnulled(reservation: Pick<Reservation, 'codiceIpa' | 'anno' | 'progressivo'>, motivo: string, token?: string): Promise<boolean>;
  /** Reservations still open that were taken before `before`, oldest first, across every body and year. */
  openReservations(before: Date): Promise<RegisterEntry[]>;
  /** The highest number taken in the body's register for the year (0 if none). */
  last(codiceIpa: string, anno: number): Promise<number>;
  /** Every number of the register written with its reservation, in order (older registers may predate them). */
  entries(codiceIpa: string, anno: number): Promise<RegisterEntry[]>;
}

/**
 * The register a registration belongs to: the year of its protocol date, which is the date in
 * Europe/Rome (`romeDate`), never the UTC one. At 00:30 on 1 January in Rome the new year's register
 * is open, though UTC is still in December.
 */
export function registerYear(protocolDate: string): number {
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(protocolDate);
  if (!m) throw new RangeError(`Data di protocollo non nel formato AAAA-MM-GG: ${protocolDate}`);
  return Number(m[1]);
}

export const MAX_PROTOCOL = 9_999_999;

export function formatProtocol(n: number): string {
  return String(n).padStart(7, '0');
}

/** The id of a number's letter or annulment. */
export function letterId(codiceIpa: string, anno: number, progressivo: number): string {
  return `${codiceIpa}-${anno}-${formatProtocol(progressivo)}`;
}
