import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import { makePdf } from '../support/make-pdf.ts';
import { decompressionBomb, deeplyNested, endlessXrefChain, manyPages, plainPages } from '../support/hostile-pdfs.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const limits = ReadLimits.parse({ maxDecompressedBytes: 64 * 1024 * 1024, maxPages: 1000 });
const pool = new ReaderPool(limits, 2);
afterAll(() => pool.close());

const letter = () => makePdf([['Oggetto: richiesta di dati', '', 'Si chiede di trasmettere i dati entro il 10/02/2025.']]);

describe('a file that is not a readable PDF is refused with a reason', () => {
  it.each([
    ['a text file', () => Buffer.from('Questo non è un PDF, ma una lettera in testo semplice.\n'), 'not-pdf'],
    ['an empty file', () => new Uint8Array(), 'empty'],
    ['a PDF cut in half', async () => (await letter()).slice(0, 600), 'truncated'],
    ['a PDF with a password to open it', () => fixture('encrypted-user-password.pdf'), 'encrypted'],
    ['a decompression bomb', () => decompressionBomb(200 * 1024 * 1024), 'decompression-bomb'],
    ['a decompression bomb whose zlib header declares a small window (0x58)', () => decompressionBomb(200 * 1024 * 1024, 13), 'decompression-bomb'],
    ['a PDF of 3,000 pages', () => manyPages(3000), 'too-many-pages'],
    ['arrays nested 100,000 deep', () => deeplyNested(100_000), 'too-deep'],
  ])('%s', async (_name, make, code) => {
    const outcome = await pool.read(new Uint8Array(await make()));
    expect(outcome).toMatchObject({ ok: false, code });
    if (!outcome.ok) expect(outcome.message).toMatch(/[àèéìòù]|PDF|file/);
  });
});

describe('a file whose structure a parser can repair is read, not refused by a pre-check', () => {
  it('reads a file whose cross-reference table names itself as the previous one (pdf.js stops at the loop)', async () => {
    const outcome = await pool.read(new Uint8Array(endlessXrefChain()));
    // Its one page is empty: read through to the page, it is refused for that, not for its structure.
    expect(outcome.ok ? 'ok' : outcome.code).toBe('blank');
  });
});

describe('a PDF with scripts or permission restrictions is read, never run', () => {
  it('reads a PDF with JavaScript and records that it has some', async () => {
    const outcome = await pool.read(await makePdf([['Oggetto: modulo con script']], { javascript: 'app.alert("ciao")' }));
    expect(outcome.ok && outcome.facts.hasJavaScript).toBe(true);
    expect(outcome.ok && outcome.extraction.fields.subject).toBe('modulo con script');
  });

  it('reads a PDF that has only an owner password and records the restriction', async () => {
    const outcome = await pool.read(fixture('owner-password-only.pdf'));
    expect(outcome.ok && outcome.facts.encryption).toBe('owner-password-only');
    expect(outcome.ok && outcome.extraction.fields.subject).toBe('documento riservato di prova Testo della nota protetta.');
  });
});

describe('hostile strings inside a document stay plain text', () => {
  it('keeps markup, template syntax and formulas verbatim in the extracted fields', async () => {
    const hostile = '<script>alert(1)</script> {{constructor.constructor}} =HYPERLINK("x")';
    const outcome = await pool.read(await makePdf([[`Oggetto: ${hostile}`]]));
    expect(outcome.ok && outcome.extraction.fields.subject).toBe(hostile);
  });
});

describe('runaway files end their worker, not the process', () => {
  it('stops a file that takes longer than the time cap and reads the next one', async () => {
    // A cap of 3 s: far under what 2,000 pages take, far over what a one-page letter takes with a fresh worker on a
    // machine loaded by the rest of the suite (a 1 s cap failed so once).
    const slow = new ReaderPool(ReadLimits.parse({ maxSeconds: 3, maxPages: 5000 }), 1);
    // Uncompressed, so the worker is never ended while Node builds a zlib stream (see plainPages).
    const big = new Uint8Array(plainPages(2000, 40));
    try {
      expect(await slow.read(big)).toMatchObject({ ok: false, code: 'timeout' });
      expect(await slow.read(await letter())).toMatchObject({ ok: true });
    } finally {
      await slow.close();
    }
  });

  it('stops a reader that exceeds the memory cap and gives the next file a fresh worker', async () => {
    const greedy = new ReaderPool(ReadLimits.parse({ maxMemoryMb: 64, maxSeconds: 60 }), 1, new URL('../support/greedy-worker.ts', import.meta.url));
    try {
      expect(await greedy.read(new Uint8Array(1))).toMatchObject({ ok: false, code: 'out-of-memory' });
      expect(await greedy.read(new Uint8Array(1))).toMatchObject({ ok: false, code: 'out-of-memory' });
    } finally {
      await greedy.close();
    }
  });

  it('goes on with the other files of a batch when some are refused', async () => {
    const batch = [Buffer.from('non un pdf'), await letter(), decompressionBomb(100 * 1024 * 1024), await letter()];
    const outcomes = await Promise.all(batch.map((b) => pool.read(new Uint8Array(b))));
    expect(outcomes.map((o) => o.ok)).toEqual([false, true, false, true]);
  });
});
