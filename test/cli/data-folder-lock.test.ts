import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataFolder } from '../../cli/data-folder-lock.ts';

describe('one process at a time opens a data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carteggio-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes a second taker wait, tells it why in Italian, and lets it in once the first is done', async () => {
    // Prepare
    const said: string[] = [];
    const releaseFirst = await lockDataFolder(dir, () => {});
    // Act: the second asks while the first holds the folder, which lets go 300 ms later.
    setTimeout(releaseFirst, 300);
    const t0 = Date.now();
    const releaseSecond = await lockDataFolder(dir, (m) => said.push(m), 5000);
    // Assess
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/in uso da un altro comando carteggio.*attendo/);
    releaseSecond();
  });

  it('takes over a lock left by a process that was killed', async () => {
    writeFileSync(join(dir, 'lock'), '999999');
    const release = await lockDataFolder(dir, () => {}, 1000);
    expect(existsSync(join(dir, 'lock'))).toBe(true);
    release();
    expect(existsSync(join(dir, 'lock'))).toBe(false);
  });
});
