import * as z from 'zod';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import type { CallerContext } from '../../shared/access/authorize-request.ts';

/** The three kinds of user, as Cognito groups. */
export const Role = z.enum(['ministero', 'regione', 'ambito']);
export type Role = z.infer<typeof Role>;

export interface Caller {
  user: string;
  roles: Role[];
  /** The body the user writes for (its IPA code), from the custom:codiceIpa attribute. */
  codiceIpa: string | null;
}

/**
 * Who is calling: from the context the API's authorizer (functions/authorizer, or the local API
 * running the same code) set after verifying the token, or from JWT claims API Gateway verified.
 */
export function callerOf(event: APIGatewayProxyEventV2WithJWTAuthorizer): Caller | null {
  const authorizer = event.requestContext.authorizer as { lambda?: Partial<CallerContext>; jwt?: { claims?: Record<string, unknown> } } | undefined;
  const fromLambda = authorizer?.lambda;
  if (fromLambda?.user) {
    const roles = (fromLambda.groups ?? '').split(',').filter((g): g is Role => Role.safeParse(g).success);
    return { user: fromLambda.user, roles, codiceIpa: fromLambda.codiceIpa || null };
  }
  const claims = authorizer?.jwt?.claims;
  if (!claims) return null;
  const raw = claims['cognito:groups'];
  const groups = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.replace(/^\[|\]$/g, '').split(/[\s,]+/) : [];
  const roles = groups.filter((g): g is Role => Role.safeParse(g).success);
  return { user: String(claims['cognito:username'] ?? claims.sub ?? 'sconosciuto'), roles, codiceIpa: claims['custom:codiceIpa'] ? String(claims['custom:codiceIpa']) : null };
}
