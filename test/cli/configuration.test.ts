import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../shared/config/carteggio-config.ts';

describe('configuration from the environment', () => {
  it('takes sizes as the README writes them', () => {
    expect(loadConfig({ CARTEGGIO_MAX_BYTES: '100 MB' }).limits.maxBytes).toBe(100 * 1024 * 1024);
    expect(loadConfig({ CARTEGGIO_MAX_DECOMPRESSED_BYTES: '1,5 GB' }).limits.maxDecompressedBytes).toBe(Math.round(1.5 * 1024 ** 3));
    expect(loadConfig({ CARTEGGIO_MAX_BYTES: '2048' }).limits.maxBytes).toBe(2048);
  });

  it('says in Italian what is wrong, and what was given', () => {
    expect(() => loadConfig({ CARTEGGIO_WORKERS: 'abc' })).toThrow(/CARTEGGIO_WORKERS: serve un numero intero da 1 a 64 \(indicato: «abc»\)/);
    expect(() => loadConfig({ CARTEGGIO_OCR: 'forse' })).toThrow(/CARTEGGIO_OCR: serve on oppure off/);
    expect(() => loadConfig({ CARTEGGIO_MAX_SECONDS: '-1' })).toThrow(/numero di secondi maggiore di zero/);
    expect(() => loadConfig({ CARTEGGIO_MAX_BYTES: 'tanti' })).toThrow(/«100 MB»/);
  });
});
