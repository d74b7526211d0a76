import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * The X-Ray tracer, only where it traces: on Lambda with tracing not turned off. Importing it
 * installs an async hook (cls-hooked, through aws-xray-sdk-core) that makes every awaited promise
 * of the process several times slower, so the local stack, the CLI and the tests never load it.
 */
const TracerClass: typeof Tracer | undefined =
  process.env.AWS_LAMBDA_FUNCTION_NAME && process.env.POWERTOOLS_TRACE_ENABLED !== 'false'
    ? (await import('@aws-lambda-powertools/tracer')).Tracer
    : undefined;

/**
 * Logs (structured JSON), metrics (CloudWatch EMF, namespace Carteggio) and traces (X-Ray) for one
 * function. Outside Lambda there is no tracer (`undefined`); the local stack turns metrics off with
 * POWERTOOLS_METRICS_DISABLED so a terminal is not filled with EMF lines.
 */
export function powertools(serviceName: string): { logger: Logger; metrics: Metrics; tracer: Tracer | undefined } {
  return {
    logger: new Logger({ serviceName }),
    metrics: new Metrics({ namespace: 'Carteggio', serviceName }),
    tracer: TracerClass && new TracerClass({ serviceName }),
  };
}
