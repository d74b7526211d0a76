import { AccessTokenError, type AccessTokenVerifier } from './access-token.ts';

/**
 * What the API's authorizer passes to the functions (API Gateway's Lambda authorizer "context"):
 * flat strings, as that context requires.
 */
export interface CallerContext {
  user: string;
  /** The user's groups, comma-separated. */
  groups: string;
  codiceIpa: string;
}

export type Authorization = { ok: true; context: CallerContext } | { ok: false; errore: string };

/**
 * Checks an `Authorization: Bearer <ID token>` header. Both the Lambda authorizer on AWS and the
 * local HTTP API call this, so a request is authorised by one path wherever it runs.
 */
export async function authorizeRequest(verifier: AccessTokenVerifier, header: string | undefined): Promise<Authorization> {
  const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!token) return { ok: false, errore: 'Autenticazione richiesta: accedere per continuare.' };
  try {
    const claims = await verifier.verify(token);
    return { ok: true, context: { user: claims['cognito:username'], groups: claims['cognito:groups'].join(','), codiceIpa: claims['custom:codiceIpa'] ?? '' } };
  } catch (err) {
    if (err instanceof AccessTokenError) return { ok: false, errore: err.message };
    throw err;
  }
}
