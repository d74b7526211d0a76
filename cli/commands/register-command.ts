import { openStack } from '../open-stack.ts';
import { buildGenerateDeps } from '../../functions/generate/generate-deps.ts';
import { annulStaleReservations } from '../../shared/register/sweep-reservations.ts';
import { describeRegisterCheck, registerCheck } from '../../shared/register/register-check.ts';
import { romeYear } from '../../shared/calendar/rome-date.ts';

/**
 * `carteggio register check <codice IPA> [--anno A]`: first closes the reservations of runs that
 * died (the same sweep the API runs), then proves the register of the year: every number from 1 to
 * the last is a letter or an annulment. Exit 0 when complete, 2 when something is missing or doubled.
 */
export async function registerCommand(sub: string | undefined, ente: string | undefined, annoText: string | undefined, json: boolean): Promise<number> {
  if (sub !== 'check' || !ente) {
    console.error('Uso: carteggio register check <codice IPA> [--anno AAAA]');
    return 1;
  }
  const anno = annoText === undefined ? romeYear() : Number(annoText);
  if (!Number.isInteger(anno) || anno < 2000 || anno > 2100) {
    console.error(`--anno: un anno di quattro cifre (indicato: ${annoText}).`);
    return 1;
  }
  const stack = await openStack();
  try {
    const deps = buildGenerateDeps(stack.config, { s3: stack.s3, dynamo: stack.dynamo });
    const swept = await annulStaleReservations(deps);
    const check = await registerCheck(ente, anno, deps);
    if (json) console.log(JSON.stringify({ ...check, chiusePrenotazioni: swept }));
    else {
      const closed = swept.annullate.length + swept.protocollate.length + swept.giaAnnullate.length;
      if (closed) console.log(`Prenotazioni di generazioni interrotte chiuse ora: ${closed} (${swept.annullate.length} annullate con motivo «generazione interrotta»).`);
      console.log(describeRegisterCheck(check));
    }
    return check.completo ? 0 : 2;
  } finally {
    await stack.close();
  }
}
