import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * Logs (structured JSON), metrics (CloudWatch EMF, namespace Carteggio) and traces (X-Ray) for one
 * function. Outside Lambda the tracer is off; the local stack turns metrics off with
 * POWERTOOLS_METRICS_DISABLED so a terminal is not filled with EMF lines.
 */
export function powertools(serviceName: string) {
  return {
    logger: new Logger({ serviceName }),
    metrics: new Metrics({ namespace: 'Carteggio', serviceName }),
    tracer: new Tracer({ serviceName }),
  };
}
