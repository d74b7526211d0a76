/** A protocol number: 7 digits, zero-padded, per body and year. */
export interface ProtocolNumber {
  numero: string;
  anno: number;
  progressivo: number;
}

/** The register of outgoing letters: each call returns the next number, never reused, never skipped. */
export interface ProtocolRegister {
  next(codiceIpa: string, anno: number): Promise<ProtocolNumber>;
}

export const MAX_PROTOCOL = 9_999_999;

export function formatProtocol(n: number): string {
  return String(n).padStart(7, '0');
}
