import type { Campaign } from '../records/campaign-record.ts';
import type { LetterRecord } from '../records/letter-record.ts';
import { generateLetter, LetterInputError, type GenerateDeps } from '../generate/generate-letter.ts';
import type { CampaignStatus } from './campaign-status.ts';
import { ReminderSenderError } from './campaign-errors.ts';

/** One reminder sent, or why it could not be. */
export interface ReminderOutcome {
  bodyCode: string;
  bodyName: string;
  letter: LetterRecord | null;
  errore: string | null;
}

/**
 * A reminder ("sollecito") for every body that has not answered, or whose latest answer was refused:
 * one protocolled letter each, with its PEC message addressed to the body's PEC, made by the same
 * letter machinery as any other letter. `base` is the sollecito's data without addressees (sender,
 * signatories, place, the new deadline); the original deadline is the campaign's. A body whose letter
 * fails is reported and the others go on. Throws ReminderSenderError when the sender is not the
 * campaign's issuer (its register, its name).
 */
export async function remindBodies(
  campaign: Campaign,
  status: CampaignStatus,
  base: Record<string, unknown>,
  deps: GenerateDeps,
  onEach?: (outcome: ReminderOutcome, done: number, total: number) => void,
): Promise<ReminderOutcome[]> {
  const sender = (base.mittente as { codiceIpa?: unknown } | undefined)?.codiceIpa;
  if (typeof sender === 'string' && sender.toLowerCase() !== campaign.issuer.codiceIpa.toLowerCase()) throw new ReminderSenderError(sender, campaign.issuer.codiceIpa);
  const due = status.bodies.filter((b) => b.state === 'mancante' || b.state === 'rifiutato');
  const out: ReminderOutcome[] = [];
  for (const b of due) {
    const refused = b.state === 'rifiutato';
    const data = {
      ...base,
      oggetto: String(base.oggetto ?? `Sollecito – ${campaign.title}`),
      adempimento: String(base.adempimento ?? (refused ? `l’invio di «${campaign.title}» corretto secondo le osservazioni comunicate con la ricevuta` : `l’invio di «${campaign.title}»`)),
      scadenzaOriginale: campaign.deadline,
      destinatari: [{ nome: `All’${b.body.name}`, pec: b.body.pec }],
    };
    let outcome: ReminderOutcome;
    try {
      const { record } = await generateLetter({ template: 'sollecito', data }, deps);
      outcome = { bodyCode: b.body.code, bodyName: b.body.name, letter: record, errore: null };
    } catch (err) {
      if (!(err instanceof LetterInputError)) throw err;
      outcome = { bodyCode: b.body.code, bodyName: b.body.name, letter: null, errore: err.errors.join('; ') };
    }
    out.push(outcome);
    onEach?.(outcome, out.length, due.length);
  }
  return out;
}
