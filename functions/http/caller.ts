import { z } from 'zod';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';

/** The three kinds of user, as Cognito groups. */
export const Role = z.enum(['ministero', 'regione', 'ambito']);
export type Role = z.infer<typeof Role>;

export interface Caller {
  user: string;
  roles: Role[];
  /** The body the user writes for (its IPA code), from the custom:codiceIpa attribute. */
  codiceIpa: string | null;
}

/** Who is calling, from the JWT claims API Gateway has already verified (Cognito locally replaced by dev users). */
export function callerOf(event: APIGatewayProxyEventV2WithJWTAuthorizer): Caller | null {
  const claims = event.requestContext.authorizer?.jwt?.claims;
  if (!claims) return null;
  const raw = claims['cognito:groups'];
  const groups = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.replace(/^\[|\]$/g, '').split(/[\s,]+/) : [];
  const roles = groups.filter((g): g is Role => Role.safeParse(g).success);
  return { user: String(claims['cognito:username'] ?? claims.sub ?? 'sconosciuto'), roles, codiceIpa: claims['custom:codiceIpa'] ? String(claims['custom:codiceIpa']) : null };
}
