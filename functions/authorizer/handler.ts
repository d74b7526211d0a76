import type { APIGatewayRequestAuthorizerEventV2, APIGatewaySimpleAuthorizerWithContextResult } from 'aws-lambda';
import { accessTokenVerifier, type AccessTokenVerifier } from '../../shared/access/access-token.ts';
import { authorizeRequest, type CallerContext } from '../../shared/access/authorize-request.ts';

let verifier: AccessTokenVerifier | null = null;

/**
 * The HTTP API's Lambda authorizer (simple responses): verifies the Cognito ID token with the same
 * code the local API uses and hands the caller's name, groups and body to the functions.
 */
export const handler = async (event: APIGatewayRequestAuthorizerEventV2): Promise<APIGatewaySimpleAuthorizerWithContextResult<CallerContext | Record<string, never>>> => {
  verifier ??= accessTokenVerifier({ kind: 'cognito', userPoolId: process.env.CARTEGGIO_USER_POOL_ID ?? '', clientId: process.env.CARTEGGIO_USER_POOL_CLIENT_ID ?? '' });
  const header = event.headers?.authorization ?? event.headers?.Authorization;
  const result = await authorizeRequest(verifier, header);
  return result.ok ? { isAuthorized: true, context: result.context } : { isAuthorized: false, context: {} };
};
