import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { DiskFullError, checkFreeSpace, freeBytes, isDiskFull } from '../../cli/free-space.ts';

describe('a full disk', () => {
  it('is said in Italian, with the folder, the space left and what to do', () => {
    const err = new DiskFullError('/dati/carteggio', 12 * 1024 * 1024);
    expect(err.message).toMatch(/^Spazio su disco insufficiente per la cartella dati \/dati\/carteggio: liberi 12 MB, ne servono almeno 200 MB\. Liberare spazio/);
  });

  it('is recognised however deep the write error is wrapped', () => {
    const write = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(isDiskFull(new Error('acquisizione non riuscita', { cause: new Error('PutObject', { cause: write }) }))).toBe(true);
    expect(isDiskFull(new Error('ECONNREFUSED'))).toBe(false);
  });

  it('lets a disk with room pass the check', () => {
    expect(freeBytes(tmpdir())).toBeGreaterThan(0);
    expect(() => checkFreeSpace(tmpdir())).not.toThrow();
  });
});
