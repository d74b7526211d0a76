import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeKeyPath, encodeKeyPath } from '../../cli/s3rver-key-paths.ts';
import { readdirSync } from 'node:fs';
import { makePdf } from '../support/make-pdf.ts';
import { startEmbeddedStack, type EmbeddedStack } from '../support/embedded-stack.ts';

const longName = `${'Trasmissione Piano Operativo Analitico supervisione del personale dei servizi sociali – Ambito Territoriale Sociale '.repeat(2).slice(0, 240)}.pdf`;
const KEYS = [
  longName, // a PEC attachment's name: one segment of 244 bytes
  `pec/${'allegato-con-nome-molto-lungo-'.repeat(33)}.pdf`.slice(0, 1020), // ~1,020 bytes, segments over 255
  '../fuori-dal-bucket.pdf',
  'a&26b & c.pdf',
];

describe('the local S3 stores any key S3 accepts, and the stack survives it', () => {
  it.each(KEYS.map((k) => [k.slice(0, 40), k]))('maps %s to a path and back unchanged', (_l, key) => {
    const path = encodeKeyPath(key);
    expect(decodeKeyPath(path)).toBe(key);
    for (const segment of path.split('/')) expect(Buffer.byteLength(segment)).toBeLessThanOrEqual(200);
    expect(path.split('/')).not.toContain('..');
  });

  let env: EmbeddedStack;
  beforeAll(async () => {
    env = await startEmbeddedStack();
  });
  afterAll(() => env.stop());

  it.each(KEYS.map((k, i) => [k.slice(0, 40), k, i]))('stores, ingests and lists %s', async (_l, key, i) => {
    // Prepare
    const pdf = await makePdf([[`Oggetto: chiave difficile ${i}`]]);
    // Act
    await env.objects.put(env.config.inboxBucket, key as string, pdf);
    await env.stack.idle();
    // Assess
    const id = createHash('sha256').update(pdf).digest('hex');
    expect((await env.documents.getDocument(id))?.status).toBe('extracted');
    expect((await env.documents.listReceipts(id)).map((r) => r.key)).toEqual([key]);
    const listed: string[] = [];
    for await (const o of env.objects.list(env.config.inboxBucket)) listed.push(o.key);
    expect(listed).toContain(key);
  });

  it('writes nothing outside the buckets’ folders', () => {
    const { config } = env;
    expect(readdirSync(join(config.dataDir, 's3')).sort()).toEqual([config.archiveBucket, config.inboxBucket, config.outputsBucket].sort());
  });
});

describe('a key cannot forge a log line', () => {
  it('shows a key with a newline as one quoted, escaped line', async () => {
    const { printableKey } = await import('../../cli/local-stack.ts');
    const shown = printableKey('lettera.pdf\n✓ falso.pdf: acquisito');
    expect(shown.split('\n')).toHaveLength(1);
    expect(shown).toBe('"lettera.pdf\\n✓ falso.pdf: acquisito"');
  });

  it('leaves an ordinary key as it is', async () => {
    const { printableKey } = await import('../../cli/local-stack.ts');
    expect(printableKey('Ambito «Alto Tavoliere»/piano 2025.pdf')).toBe('Ambito «Alto Tavoliere»/piano 2025.pdf');
  });
});
