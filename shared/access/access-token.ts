import { JwtVerifier, CognitoJwtVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import * as z from 'zod';

/**
 * The claims Carteggio reads from an ID token, as Cognito writes them: the user name, the groups
 * (ministero, regione, ambito) and the body the user works for (its IPA code). The local dev
 * tokens carry exactly the same claims, so one code path authorises both.
 */
export const AccessClaims = z.object({
  'cognito:username': z.string().min(1),
  'cognito:groups': z.array(z.string()).default([]),
  'custom:codiceIpa': z.string().min(1).optional(),
  exp: z.number().int(),
});
export type AccessClaims = z.infer<typeof AccessClaims>;

/** Where tokens come from: Cognito's user pool on AWS, the local dev issuer with its public keys otherwise. */
export type TokenIssuer =
  | { kind: 'cognito'; userPoolId: string; clientId: string }
  | { kind: 'dev'; issuer: string; audience: string; jwks: { keys: object[] } };

/** A token that does not verify, with the reason in Italian (never the token itself). */
export class AccessTokenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AccessTokenError';
  }
}

export interface AccessTokenVerifier {
  /** The token's claims. Throws AccessTokenError when it is malformed, forged, expired or for another audience. */
  verify(token: string): Promise<AccessClaims>;
}

/**
 * Verifies ID tokens with aws-jwt-verify (signature, issuer, audience, expiry, token use) — the same
 * code on Lambda (the API's authorizer, Cognito's keys) and locally (the dev issuer's keys, given
 * here rather than fetched, since nothing is downloaded at run time).
 */
export function accessTokenVerifier(issuer: TokenIssuer): AccessTokenVerifier {
  let verifier: { verify(token: string): Promise<unknown> };
  if (issuer.kind === 'cognito') {
    verifier = CognitoJwtVerifier.create({ userPoolId: issuer.userPoolId, clientId: issuer.clientId, tokenUse: 'id' });
  } else {
    const dev = JwtVerifier.create({ issuer: issuer.issuer, audience: issuer.audience, jwksUri: `${issuer.issuer}/.well-known/jwks.json` });
    dev.cacheJwks(issuer.jwks as Jwks);
    verifier = dev;
  }
  return {
    async verify(token) {
      let payload: unknown;
      try {
        payload = await verifier.verify(token);
      } catch (err) {
        const name = (err as Error).name;
        throw new AccessTokenError(name === 'JwtExpiredError' ? 'Sessione scaduta: accedere di nuovo.' : 'Token non valido: accedere di nuovo.', { cause: err });
      }
      const claims = AccessClaims.safeParse(payload);
      if (!claims.success) throw new AccessTokenError('Il token non dice chi è l’utente (mancano nome o gruppi).', { cause: claims.error });
      return claims.data;
    },
  };
}
