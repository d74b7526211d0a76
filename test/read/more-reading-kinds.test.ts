import { afterAll, describe, expect, it } from 'vitest';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import type { ReadOutcome } from '../../shared/read/read-outcome.ts';
import { moreReadingKinds, pendingReadingKinds, type MoreReadingKind } from '../support/reading-kinds/more-kinds.ts';

// More inputs of our own making (test/support/reading-kinds/more-kinds.ts): other members of the
// reading kinds, and conditions from public bug reports, written without seeing the reader's rules.
// They are read exactly as test/read/reading-kinds.test.ts reads its kinds. Kinds the reader does not
// read right yet are listed in `pendingReadingKinds` and appear here as todos.
const pool = new ReaderPool(ReadLimits.parse({}), 2);
afterAll(() => pool.close());

type Read = Extract<ReadOutcome, { ok: true }>;

/** Text compared as a person reads it: NFC, spaces and tabs folded, dashes alike (OCR reads "–" as "-"). */
const fold = (s: string, ocr: boolean) => {
  const t = s.normalize('NFC').replace(/[ \t\u00a0]+/g, ' ');
  return ocr ? t.replace(/[–—‐]/g, '-').replace(/[’‘]/g, "'") : t;
};

async function read(kind: MoreReadingKind): Promise<Read> {
  const outcome = await pool.read(await kind.make());
  if (!outcome.ok) throw new Error(`${kind.name}: ${outcome.code} – ${outcome.message}`);
  return outcome;
}

describe.each(moreReadingKinds.map((k) => [k.name, k] as const))('%s', (_name, kind) => {
  const e = kind.expect;
  // ocrOptional: a correct text layer lies over the pixels; the reader may use it or OCR the page,
  // so text is compared as OCR gives it either way.
  const ocr = e.mustBeOcr === true || e.ocrOptional === true;
  let result: Promise<Read>;
  const once = () => (result ??= read(kind));
  const text = async () => fold((await once()).pages.map((p) => p.lines.map((l) => l.text).join('\n')).join('\n'), ocr);

  it(`${kind.condition} — is read, OCR ${e.ocrOptional ? 'optional' : ocr ? 'used' : 'not needed'}`, async () => {
    const { facts } = await once();
    if (!e.ocrOptional) expect(facts.ocrPages.length > 0).toBe(ocr);
  });

  if (e.textIncludes?.length) {
    it('gives every phrase the page shows', async () => {
      const t = await text();
      for (const phrase of e.textIncludes!) expect(t).toContain(fold(phrase, ocr));
    });
  }

  if (e.textExcludes?.length) {
    it('gives nothing the page does not show', async () => {
      const t = await text();
      for (const phrase of e.textExcludes!) expect(t).not.toContain(phrase);
    });
  }

  if (e.occursOnce?.length) {
    it('gives each line once', async () => {
      const lines = (await text()).split('\n');
      for (const phrase of e.occursOnce!) expect(lines.filter((l) => l === fold(phrase, ocr))).toHaveLength(1);
    });
  }

  if (e.protocol) {
    it('finds the letter’s protocol number and date', async () => {
      const { extraction } = await once();
      expect(extraction.fields.protocol).toEqual({ number: e.protocol, date: e.protocolDate ?? null });
    });
  }

  if (e.subject) {
    it('gives the subject whole', async () => {
      const { extraction } = await once();
      expect(fold(extraction.fields.subject ?? '', ocr)).toBe(fold(e.subject!, ocr));
    });
  }

  if (e.date) {
    it('gives the document’s date', async () => {
      const { extraction } = await once();
      expect(extraction.fields.documentDate).toBe(e.date);
    });
  }
});

if (pendingReadingKinds.length) {
  describe('pending reading kinds (the reader does not read them right yet)', () => {
    for (const kind of pendingReadingKinds) it.todo(`${kind.name}: ${kind.condition}`);
  });
}
