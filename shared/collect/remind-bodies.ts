import type { Campaign } from '../records/campaign-record.ts';
import type { LetterRecord } from '../records/letter-record.ts';
import { generateLetter, LetterInputError, type GenerateDeps } from '../generate/generate-letter.ts';
import type { CampaignStatus } from './campaign-status.ts';
import { ReminderSenderError } from './campaign-errors.ts';
import type { LetterRequestStore } from '../storage/letter-request-store.ts';
import { answerOnce, letterRequestIdentity, type LetterAnswer } from '../generate/letter-request-once.ts';
import { romeDate } from '../calendar/rome-date.ts';

/** One reminder sent, or why it could not be. */
export interface ReminderOutcome {
  bodyCode: string;
  bodyName: string;
  letter: LetterRecord | null;
  errore: string | null;
  /** The body had already been reminded today with the same letter: that letter, no new number. */
  giaInviato?: boolean;
}

/** What reminding needs: the letter machinery and, to send each body at most one reminder a day, where requests are remembered. */
export type ReminderDeps = GenerateDeps & { requests?: LetterRequestStore };

/**
 * A reminder ("sollecito") for every body that has not answered, or whose latest answer was refused:
 * one protocolled letter each, with its PEC message addressed to the body's PEC, made by the same
 * letter machinery as any other letter. `base` is the sollecito's data without addressees (sender,
 * signatories, place, the new deadline); the original deadline is the campaign's. A body whose letter
 * fails is reported and the others go on. With `deps.requests`, a body is reminded at most once a day
 * (Europe/Rome): the same reminder asked again (a button pressed twice, a retried request) gives the
 * same letter and number, marked `giaInviato`; a different one is refused for that body until tomorrow.
 * Throws ReminderSenderError when the sender is not the campaign's issuer (its register, its name).
 */
export async function remindBodies(
  campaign: Campaign,
  status: CampaignStatus,
  base: Record<string, unknown>,
  deps: ReminderDeps,
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
    const who = { bodyCode: b.body.code, bodyName: b.body.name };
    const write = async (): Promise<LetterAnswer> => {
      try {
        return { statusCode: 201, body: (await generateLetter({ template: 'sollecito', data }, deps)).record };
      } catch (err) {
        if (!(err instanceof LetterInputError)) throw err;
        return { statusCode: 422, body: err.errors.join('; ') };
      }
    };
    let outcome: ReminderOutcome;
    if (!deps.requests) outcome = answered(who, await write());
    else {
      const today = romeDate((deps.now ?? (() => new Date()))());
      const identity = letterRequestIdentity(`raccolta:${campaign.id}`, { template: 'sollecito', data }, `sollecito:${campaign.id}:${b.body.code}:${today}`);
      const once = await answerOnce(deps.requests, identity, write, { log: deps.log });
      if (once.outcome === 'answered') outcome = answered(who, once.answer);
      else if (once.outcome === 'replayed') outcome = { ...answered(who, once.answer), giaInviato: true };
      else if (once.outcome === 'in-progress') outcome = { ...who, letter: null, errore: 'un sollecito per questo ente è in preparazione proprio ora: riprovare tra qualche secondo' };
      else outcome = { ...who, letter: null, errore: 'questo ente ha già ricevuto oggi un sollecito diverso: se ne può inviare un altro da domani' };
    }
    out.push(outcome);
    onEach?.(outcome, out.length, due.length);
  }
  return out;
}

function answered(who: Pick<ReminderOutcome, 'bodyCode' | 'bodyName'>, answer: LetterAnswer): ReminderOutcome {
  return answer.statusCode === 201 ? { ...who, letter: answer.body as LetterRecord, errore: null } : { ...who, letter: null, errore: String(answer.body) };
}
