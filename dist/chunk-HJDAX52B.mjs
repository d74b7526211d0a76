// functions/observability/powertools.ts
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { Tracer } from "@aws-lambda-powertools/tracer";
function powertools(serviceName) {
  return {
    logger: new Logger({ serviceName }),
    metrics: new Metrics({ namespace: "Carteggio", serviceName }),
    tracer: new Tracer({ serviceName })
  };
}

export {
  powertools
};
//# sourceMappingURL=chunk-HJDAX52B.mjs.map
