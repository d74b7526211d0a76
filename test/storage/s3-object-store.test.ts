import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedStack, type EmbeddedStack } from '../support/embedded-stack.ts';

/** The S3 adapter through the real SDK against the embedded S3: one request reads an object and what S3 knows of it. */
describe('S3ObjectStore.read', () => {
  let env: EmbeddedStack;
  beforeAll(async () => {
    env = await startEmbeddedStack();
  });
  afterAll(async () => {
    await env.stop();
  });

  it('gives the bytes with their size, entity tag and metadata', async () => {
    // Prepare
    const bytes = new TextEncoder().encode('%PDF-1.7 un documento');
    await env.objects.put(env.config.inboxBucket, 'lettura/piccolo.pdf', bytes, 'application/pdf', { origine: 'prova' });
    const head = await env.objects.head(env.config.inboxBucket, 'lettura/piccolo.pdf');
    // Act
    const read = await env.objects.read(env.config.inboxBucket, 'lettura/piccolo.pdf', 1024);
    // Assess
    expect(read).toEqual({ head: { size: bytes.length, etag: head!.etag, metadata: { origine: 'prova' } }, bytes: new Uint8Array(bytes) });
  });

  it('does not load an object larger than the limit, and still says its size', async () => {
    // Prepare
    await env.objects.put(env.config.inboxBucket, 'lettura/grande.pdf', new Uint8Array(4096).fill(37));
    // Act
    const read = await env.objects.read(env.config.inboxBucket, 'lettura/grande.pdf', 1024);
    // Assess
    expect(read).toMatchObject({ head: { size: 4096 }, bytes: null });
  });

  it('answers null for a key with no object', async () => {
    // Act
    const read = await env.objects.read(env.config.inboxBucket, 'lettura/assente.pdf', 1024);
    // Assess
    expect(read).toBeNull();
  });
});
