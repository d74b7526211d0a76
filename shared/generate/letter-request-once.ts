import { createHash, randomUUID } from 'node:crypto';
import type { LetterRequestStore } from '../storage/letter-request-store.ts';
import type { GenerateLog } from './generate-letter.ts';

/** How long a request is remembered: a retry within a day gets the first answer. */
export const LETTER_REQUEST_TTL_SECONDS = 24 * 60 * 60;
/**
 * How long a first run is presumed alive (its lease): beyond the generation function's timeout (30 s,
 * infra/carteggio-stack.ts), so a run still working is never overtaken; a run that died leaves a
 * record another request may take over once the lease has passed.
 */
export const LETTER_REQUEST_LEASE_SECONDS = 60;
/** The wait suggested (Retry-After) to a copy of a request that is still running. */
const RETRY_AFTER_SECONDS = 2;

/** An answer to a letter request, as the HTTP API sends it. */
export interface LetterAnswer {
  statusCode: number;
  body: unknown;
}

export type OnceOutcome =
  /** The request ran now. */
  | { outcome: 'answered'; answer: LetterAnswer }
  /** The same request already ran: its first answer, unchanged. */
  | { outcome: 'replayed'; answer: LetterAnswer; firstAt: string }
  /** The same request is running now: the caller should try again later. */
  | { outcome: 'in-progress'; retryAfterSeconds: number }
  /** The caller's Idempotency-Key was already used for a different request. */
  | { outcome: 'key-reused' };

export interface LetterRequestIdentity {
  key: string;
  fingerprint: string;
}

/**
 * Who asks for what. With an Idempotency-Key the request is the caller's key (the same key with a
 * different request is refused); without, it is the request itself, so sending the same request again
 * within a day gives the same letter. Both are per caller: two users never share a request.
 */
export function letterRequestIdentity(caller: string, request: unknown, idempotencyKey?: string): LetterRequestIdentity {
  const fingerprint = sha256(canonicalJson(request));
  const key = idempotencyKey === undefined ? sha256(`request\u0000${caller}\u0000${fingerprint}`) : sha256(`key\u0000${caller}\u0000${idempotencyKey}`);
  return { key, fingerprint };
}

/** An Idempotency-Key as the IETF draft has it: a short string of visible ASCII characters. */
export function validIdempotencyKey(value: string): boolean {
  return /^[\x21-\x7e]{1,255}$/.test(value);
}

/**
 * Runs `produce` once per request: the first run is recorded as in progress (a conditional put), its
 * answer stored if it succeeded (2xx) and given again to the same request for a day. An answer that is
 * no success (invalid data: no number taken) or a failure is forgotten, so the request can run again:
 * a letter that failed after numbering has its number annulled, and the retry takes a new one.
 */
export async function answerOnce(
  store: LetterRequestStore,
  identity: LetterRequestIdentity,
  produce: () => Promise<LetterAnswer>,
  opts: { now?: () => Date; log?: GenerateLog } = {},
): Promise<OnceOutcome> {
  const clock = opts.now ?? (() => new Date());
  // A record seen in progress can vanish before it is read (released, expired): then claim again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = clock();
    const token = randomUUID();
    const claim = await store.claim(
      {
        key: identity.key,
        fingerprint: identity.fingerprint,
        status: 'in-progress',
        token,
        leaseUntil: now.getTime() + LETTER_REQUEST_LEASE_SECONDS * 1000,
        expiresAt: Math.floor(now.getTime() / 1000) + LETTER_REQUEST_TTL_SECONDS,
        response: null,
        createdAt: now.toISOString(),
      },
      now,
    );
    if (claim.claimed) return { outcome: 'answered', answer: await runClaimed(store, identity.key, token, produce, opts.log) };
    const existing = claim.existing;
    if (!existing) continue;
    if (existing.fingerprint !== identity.fingerprint) return { outcome: 'key-reused' };
    if (existing.status === 'completed' && existing.response) {
      return { outcome: 'replayed', answer: { statusCode: existing.response.statusCode, body: JSON.parse(existing.response.body) }, firstAt: existing.createdAt };
    }
    // A letter takes milliseconds: the lease is only a bound for a run that died, so ask for a short wait.
    return { outcome: 'in-progress', retryAfterSeconds: Math.min(RETRY_AFTER_SECONDS, Math.max(1, Math.ceil((existing.leaseUntil - now.getTime()) / 1000))) };
  }
  throw new Error('La richiesta non ha potuto essere registrata: riprovare.');
}

async function runClaimed(store: LetterRequestStore, key: string, token: string, produce: () => Promise<LetterAnswer>, log?: GenerateLog): Promise<LetterAnswer> {
  let answer: LetterAnswer;
  try {
    answer = await produce();
  } catch (err) {
    await store.release(key, token).catch((e) => log?.warn('richiesta non rilasciata dopo un errore', { key, errore: (e as Error)?.message ?? String(e) }));
    throw err;
  }
  if (answer.statusCode < 200 || answer.statusCode > 299) {
    await store.release(key, token).catch((e) => log?.warn('richiesta non rilasciata', { key, errore: (e as Error)?.message ?? String(e) }));
    return answer;
  }
  // The letter exists: its answer must be kept, or a retry would number it again once the lease ends.
  const response = { statusCode: answer.statusCode, body: JSON.stringify(answer.body) };
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await store.complete(key, token, response))) {
        log?.error('risposta della richiesta non memorizzata: un’altra esecuzione ne ha preso il posto', { key });
      }
      return answer;
    } catch (err) {
      if (attempt >= 3) {
        log?.error('risposta della richiesta non memorizzata: una ripetizione entro il termine prenderebbe un nuovo numero', { key, errore: (err as Error)?.message ?? String(err) });
        return answer;
      }
      await new Promise((ok) => setTimeout(ok, 100 * attempt));
    }
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys in order, so the same request written with its keys in another order is the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
