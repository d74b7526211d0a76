/** A protocol number: 7 digits, zero-padded, per body and year. */
export interface ProtocolNumber {
  numero: string;
  anno: number;
  progressivo: number;
}

/** The register of outgoing letters: each call returns the next number, never reused, never skipped. */
export interface ProtocolRegister {
  /** `anno`: the register's year, that of the protocol date in Europe/Rome (see `registerYear`). */
  next(codiceIpa: string, anno: number): Promise<ProtocolNumber>;
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
