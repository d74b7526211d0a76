import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** A JSON answer for API Gateway's HTTP API. */
export function json(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}
