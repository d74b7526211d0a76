import type { LetterStore } from '../storage/letter-store.ts';
import { letterId, type IncomingChecker, type ProtocolRegister } from './protocol-register.ts';

export interface RegisterCheck {
  ente: string;
  anno: number;
  /** The highest number taken (0: the register is empty). */
  ultimo: number;
  /** How many numbers are a letter. */
  lettere: number;
  /** How many numbers are a document received, whose record carries the number. */
  entrate: number;
  /** How many numbers are an annulment (with its reason). */
  annullati: number;
  /** Numbers reserved by a run still at work (or dead, until the sweep annuls them): not yet accounted for. */
  inCorso: number[];
  /** Numbers that are neither a letter nor an annulment, nor reserved: the register has a gap there. */
  mancanti: number[];
  /** Numbers that are both a letter and an annulment: a fault to put right by hand. */
  doppi: number[];
  /** Every number from 1 to the last is exactly one letter, one document received or one annulment. */
  completo: boolean;
}

/**
 * Proves the register of a body for a year: every number from 1 to the last taken is a letter, a
 * document received or an annulment, read from the records themselves (not from the register's own
 * notes): a number in entrata counts when the record it refers to carries it (`incoming`; without
 * it, such numbers are missing). Numbers still reserved are listed apart: a run at work, or one that
 * died and awaits the sweep.
 */
export async function registerCheck(
  ente: string,
  anno: number,
  deps: { register: ProtocolRegister; letters: LetterStore; incoming?: IncomingChecker },
): Promise<RegisterCheck> {
  const ultimo = await deps.register.last(ente, anno);
  const entries = await deps.register.entries(ente, anno);
  const open = new Set(entries.filter((e) => e.stato === 'riservato').map((e) => e.progressivo));
  const received = new Set<number>();
  const registered = deps.incoming?.();
  for (const e of entries) if (e.direzione === 'entrata' && e.stato === 'protocollato' && (await registered?.(e))) received.add(e.progressivo);
  const ids = Array.from({ length: ultimo }, (_, i) => letterId(ente, anno, i + 1));
  const found = await deps.letters.accounted(ids);
  const check: RegisterCheck = { ente, anno, ultimo, lettere: 0, entrate: 0, annullati: 0, inCorso: [], mancanti: [], doppi: [], completo: false };
  ids.forEach((id, i) => {
    const n = i + 1;
    const f = found.get(id);
    const kinds = [f?.letter, f?.annulled, received.has(n)].filter(Boolean).length;
    if (kinds > 1) check.doppi.push(n);
    else if (f?.letter) check.lettere++;
    else if (received.has(n)) check.entrate++;
    else if (f?.annulled) check.annullati++;
    else if (open.has(n)) check.inCorso.push(n);
    else check.mancanti.push(n);
  });
  check.completo = !check.inCorso.length && !check.mancanti.length && !check.doppi.length;
  return check;
}

/** The check as a person reads it, in Italian. */
export function describeRegisterCheck(c: RegisterCheck): string {
  const list = (ns: number[]) => (ns.length > 20 ? `${ns.slice(0, 20).join(', ')}… (${ns.length})` : ns.join(', '));
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const lines = [`Registro ${c.ente} ${c.anno}: ${count(c.ultimo, 'numero', 'numeri')}, ${count(c.lettere, 'lettera', 'lettere')} in uscita, ${count(c.entrate, 'documento', 'documenti')} in entrata, ${count(c.annullati, 'annullato', 'annullati')}.`];
  if (c.inCorso.length) lines.push(`Prenotati e non ancora chiusi: ${list(c.inCorso)}.`);
  if (c.mancanti.length) lines.push(`Senza lettera, documento in entrata né annullamento: ${list(c.mancanti)}.`);
  if (c.doppi.length) lines.push(`Con due registrazioni insieme (lettera, documento in entrata, annullamento): ${list(c.doppi)}.`);
  if (c.completo) lines.push('Ogni numero da 1 all’ultimo è una lettera, un documento in entrata o un annullamento.');
  return lines.join('\n');
}
