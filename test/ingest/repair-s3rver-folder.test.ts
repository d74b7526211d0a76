import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repairS3rverFolder } from '../../cli/repair-s3rver-folder.ts';

describe('the local S3 folder is repaired after a crash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carteggio-s3-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bucket = join(dir, 'carteggio-inbox', 'arrivi');
  mkdirSync(bucket, { recursive: true });
  const file = (name: string, body: string) => writeFileSync(join(bucket, name), body);

  it('removes half-written side files and keeps objects and sound side files', () => {
    // Prepare: one object left with a cut metadata file and a cut checksum, one sound object.
    file('rotto.pdf._S3rver_object', '%PDF-1.7 …');
    file('rotto.pdf._S3rver_metadata.json', '{"content-type":"applic');
    file('rotto.pdf._S3rver_object.md5', '3f2a');
    file('sano.pdf._S3rver_object', '%PDF-1.7 …');
    file('sano.pdf._S3rver_metadata.json', '{"content-type":"application/pdf"}');
    file('sano.pdf._S3rver_object.md5', 'd41d8cd98f00b204e9800998ecf8427e');
    // Act
    const removed = repairS3rverFolder(dir);
    // Assess
    expect(removed.map((p) => p.slice(bucket.length + 1)).sort()).toEqual(['rotto.pdf._S3rver_metadata.json', 'rotto.pdf._S3rver_object.md5']);
    for (const kept of ['rotto.pdf._S3rver_object', 'sano.pdf._S3rver_object', 'sano.pdf._S3rver_metadata.json', 'sano.pdf._S3rver_object.md5']) expect(existsSync(join(bucket, kept))).toBe(true);
  });

  it('does nothing to a folder that does not exist yet', () => {
    expect(repairS3rverFolder(join(dir, 'mancante'))).toEqual([]);
  });
});
