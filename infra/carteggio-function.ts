import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing, type ILayerVersion } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { projectRoot } from './bundle-assets.ts';

export interface CarteggioFunctionProps {
  /** functions/<name>/handler.ts */
  name: 'ingest' | 'generate' | 'archive' | 'reconcile' | 'authorizer' | 'collect';
  description: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  architecture?: Architecture;
  reservedConcurrentExecutions?: number;
  layers?: ILayerVersion[];
  /** Shell commands run after esbuild, with the bundle directory as $OUT (assets, a second entry point). */
  afterBundling?: (inputDir: string, outputDir: string) => string[];
  /** Modules left out of the bundle: provided by a layer. */
  externalModules?: string[];
}

/**
 * Every Carteggio function: the handler in functions/<name>/handler.ts, bundled offline by the local
 * esbuild as one minified ESM file for nodejs22.x, traced with X-Ray, logging to a group kept 90 days.
 */
export function carteggioFunction(scope: Construct, props: CarteggioFunctionProps): NodejsFunction {
  const logGroup = new LogGroup(scope, `${props.name}-logs`, { retention: RetentionDays.THREE_MONTHS });
  return new NodejsFunction(scope, `${props.name}-function`, {
    entry: join(projectRoot, 'functions', props.name, 'handler.ts'),
    handler: 'handler',
    projectRoot,
    depsLockFilePath: join(projectRoot, 'package-lock.json'),
    runtime: Runtime.NODEJS_22_X,
    architecture: props.architecture ?? Architecture.ARM_64,
    memorySize: props.memorySize,
    timeout: props.timeout,
    description: props.description,
    tracing: Tracing.ACTIVE,
    logGroup,
    layers: props.layers,
    reservedConcurrentExecutions: props.reservedConcurrentExecutions,
    environment: {
      NODE_OPTIONS: '--enable-source-maps=false',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      POWERTOOLS_SERVICE_NAME: `carteggio-${props.name}`,
      POWERTOOLS_METRICS_NAMESPACE: 'Carteggio',
      ...props.environment,
    },
    bundling: {
      format: OutputFormat.ESM,
      target: 'node22',
      minify: true,
      sourceMap: false,
      forceDockerBundling: false,
      mainFields: ['module', 'main'],
      // CommonJS dependencies call require(); an ES module bundle needs one.
      banner: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      // The AWS SDK is bundled: the version tested here is the version deployed, and an ES module
      // bundle cannot rely on NODE_PATH to find the runtime's copy.
      externalModules: props.externalModules ?? [],
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (inputDir, outputDir) => props.afterBundling?.(inputDir, outputDir) ?? [],
      },
    },
  });
}
