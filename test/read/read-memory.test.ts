import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectRawPdf } from '../../shared/read/inspect-raw-pdf.ts';
import { defaultReadLimits } from '../../shared/read/read-limits.ts';
import { readingFactor } from '../../shared/read/ocr-page.ts';
import { Rejection } from '../../shared/read/rejection.ts';
import { decompressionBomb } from '../support/hostile-pdfs.ts';
import { colourScan600 } from '../support/reading-kinds/index.ts';

const MB = 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'carteggio-read-memory-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Reads a file through a one-worker pool in a fresh process, as ingestion reads it: its outcome and the process's peak RSS in MB. */
function readInFreshProcess(bytes: Uint8Array): { ok: boolean; code?: string; ocrPages: number; rssMb: number } {
  const path = join(work, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, bytes);
  const script = `
    import { readFileSync } from 'node:fs';
    import { ReaderPool } from ${JSON.stringify(new URL('../../shared/read/reader-pool.ts', import.meta.url).pathname)};
    import { defaultReadLimits } from ${JSON.stringify(new URL('../../shared/read/read-limits.ts', import.meta.url).pathname)};
    const pool = new ReaderPool(defaultReadLimits, 1);
    const o = await pool.read(new Uint8Array(readFileSync(process.argv[1])));
    await pool.close();
    // VmHWM, not maxRSS: maxRSS survives exec, and this process was forked from the test's.
    const hwm = Number(/VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
    console.log(JSON.stringify({ ok: o.ok, code: o.ok ? undefined : o.code, ocrPages: o.ok ? o.facts.ocrPages.length : 0, rssMb: hwm / 1024 }));
    process.exit(0);`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, path], { encoding: 'utf8' });
  return JSON.parse(r.stdout.trim().split('\n').pop() || r.stderr);
}

describe('one stream that inflates beyond what the reader can hold is refused before pdf.js inflates it', () => {
  it('refuses a Flate bomb whose one stream stays under the cap on all streams together', async () => {
    // Prepare: ~400 KB that inflate to 400 MB, under the 512 MB of all streams together.
    const bomb = decompressionBomb(400 * MB);

    // Act
    const refusal = await inspectRawPdf(bomb, defaultReadLimits).then(() => null, (err: unknown) => err);

    // Assess
    expect(refusal instanceof Rejection && refusal.code).toBe('decompression-bomb');
  });

  it('says in the refusal that a single stream was too large', async () => {
    const refusal = await inspectRawPdf(decompressionBomb(400 * MB), defaultReadLimits).then(() => null, (err: unknown) => err);

    expect((refusal as Error).message).toMatch(/un solo flusso si espande oltre 128 MB/);
  });

  it('lets through a stream that inflates to less than the cap of one stream', async () => {
    const read = inspectRawPdf(decompressionBomb(120 * MB), defaultReadLimits);

    await expect(read).resolves.toMatchObject({ hasJavaScript: false });
  });
});

describe('a scan too fine to read in one tile across is reduced to 200 dpi, others keep their pixels', () => {
  it('reduces a 600 dpi A4 scan to 200 dpi', () => {
    expect(readingFactor(4961, 600)).toBeCloseTo(1 / 3);
  });

  it('reads a 300 dpi A4 scan at the resolution it has', () => {
    expect(readingFactor(2480, 300)).toBe(1);
  });

  it('enlarges a 100 dpi scan to 200 dpi', () => {
    expect(readingFactor(827, 100)).toBe(2);
  });
});

describe('a large scan is read within 512 MB peak RSS for its reader, memory outside the JavaScript heap included', () => {
  it('reads an A4 colour scan at 600 dpi (~100 MB decoded) by OCR within 512 MB', async () => {
    // Prepare
    const scan = await colourScan600();

    // Act
    const read = readInFreshProcess(scan);

    // Assess
    expect({ ok: read.ok, ocrPages: read.ocrPages }).toEqual({ ok: true, ocrPages: 1 });
    // The figure itself in the message: a peak over the bound says by how much.
    expect(read.rssMb, `peak RSS ${Math.round(read.rssMb)} MB`).toBeLessThanOrEqual(512);
  }, 120_000);

  it('refuses a 400 KB Flate bomb under the cap on all streams within 512 MB', () => {
    const read = readInFreshProcess(decompressionBomb(400 * MB));

    expect({ code: read.code, within: read.rssMb <= 512 }).toEqual({ code: 'decompression-bomb', within: true });
  }, 120_000);
});
