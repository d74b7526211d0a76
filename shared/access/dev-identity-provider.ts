import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

/** A local user standing in for a Cognito user: one per role, each working for one body. */
export interface DevUser {
  username: string;
  ruolo: 'ministero' | 'regione' | 'ambito';
  codiceIpa: string;
  ente: string;
}

/** The issuer and audience of local tokens: never Cognito's, so a local token is refused on AWS. */
export const DEV_ISSUER = 'http://carteggio.locale';
export const DEV_AUDIENCE = 'carteggio-web';
/** How long a local session lasts, in seconds (a working day). */
export const DEV_SESSION_SECONDS = 8 * 60 * 60;

/** The local users, one per role; the Ambito's IPA code comes from the configuration. */
export function devUsers(ambitoIpa: string): DevUser[] {
  return [
    { username: 'dev-ministero', ruolo: 'ministero', codiceIpa: 'm_lps', ente: 'Ministero del Lavoro e delle Politiche Sociali' },
    { username: 'dev-regione', ruolo: 'regione', codiceIpa: 'r_puglia', ente: 'Regione Puglia' },
    { username: 'dev-ambito', ruolo: 'ambito', codiceIpa: ambitoIpa, ente: `Ambito Territoriale Sociale (${ambitoIpa})` },
  ];
}

/**
 * The local login, in place of Cognito's hosted UI: signs ID tokens (RS256) with Cognito's claims
 * for a chosen dev user. The key pair is kept in the data folder, so a session survives a restart
 * of `npm start`; its public half is what the verifier trusts.
 */
export class DevIdentityProvider {
  private constructor(
    private readonly privateKey: Awaited<ReturnType<typeof importJWK>>,
    readonly jwks: { keys: JWK[] },
    readonly users: DevUser[],
  ) {}

  /** Loads the key pair from `keyFile`, or makes one and saves it there (mode 0600). */
  static async open(keyFile: string, users: DevUser[]): Promise<DevIdentityProvider> {
    let pair: { privateJwk: JWK; publicJwk: JWK };
    if (existsSync(keyFile)) {
      pair = JSON.parse(readFileSync(keyFile, 'utf8'));
    } else {
      const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
      const kid = `carteggio-dev-${Date.now().toString(36)}`;
      pair = { privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256' }, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
      mkdirSync(dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, JSON.stringify(pair), { mode: 0o600 });
    }
    return new DevIdentityProvider(await importJWK(pair.privateJwk, 'RS256'), { keys: [pair.publicJwk] }, users);
  }

  /** A signed ID token for a dev user, or null for a name that is not one. */
  async issue(username: string, now = new Date()): Promise<{ token: string; scade: string } | null> {
    const user = this.users.find((u) => u.username === username);
    if (!user) return null;
    const iat = Math.floor(now.getTime() / 1000);
    const token = await new SignJWT({ 'cognito:username': user.username, 'cognito:groups': [user.ruolo], 'custom:codiceIpa': user.codiceIpa, token_use: 'id' })
      .setProtectedHeader({ alg: 'RS256', kid: this.jwks.keys[0].kid })
      .setSubject(user.username)
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(iat + DEV_SESSION_SECONDS)
      .sign(this.privateKey);
    return { token, scade: new Date((iat + DEV_SESSION_SECONDS) * 1000).toISOString() };
  }
}
