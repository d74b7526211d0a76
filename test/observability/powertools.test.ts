import { afterEach, describe, expect, it, vi } from 'vitest';

/** The X-Ray tracer slows every promise of the process (an async hook): it is loaded only where it traces. */
describe('powertools', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('has no tracer outside Lambda (local stack, CLI, tests)', async () => {
    // Prepare
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', '');
    vi.resetModules();
    // Act
    const { powertools } = await import('../../functions/observability/powertools.ts');
    // Assess
    expect(powertools('prova').tracer).toBeUndefined();
  });

  it('traces on Lambda', async () => {
    // Prepare
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', 'carteggio-ingest');
    vi.resetModules();
    // Act
    const { powertools } = await import('../../functions/observability/powertools.ts');
    // Assess
    expect(powertools('prova').tracer?.constructor.name).toBe('Tracer');
  });
});
