/**
 * The checks a reading kind's expectation asks for, shared by test/read/reading-kinds.test.ts and
 * test/read/more-reading-kinds.test.ts: `expectReading` declares, inside a `describe`, one `it` per
 * expectation the kind sets; the kind is read once, by the first check that needs it.
 */
import { afterAll, expect, it } from 'vitest';
import { ReaderPool } from '../../../shared/read/reader-pool.ts';
import { ReadLimits } from '../../../shared/read/read-limits.ts';
import type { ReadOutcome } from '../../../shared/read/read-outcome.ts';
import type { ReadingExpectation, ReadingKind } from './index.ts';

export type Read = Extract<ReadOutcome, { ok: true }>;

/** A reader pool of two workers for a test file, closed after its tests. */
export function testReaderPool(): ReaderPool {
  const pool = new ReaderPool(ReadLimits.parse({}), 2);
  afterAll(() => pool.close());
  return pool;
}

/** Text compared as a person reads it: NFC, spaces and tabs folded, dashes alike (OCR reads "–" as "-"). */
export const fold = (s: string, ocr: boolean) => {
  const t = s.normalize('NFC').replace(/[ \t\u00a0]+/g, ' ');
  return ocr ? t.replace(/[–—‐]/g, '-').replace(/[’‘]/g, "'") : t;
};

export interface ReadingChecks {
  /** Dashes and quotes are compared as OCR gives them. */
  ocr: boolean;
  /** How the first check names the use of OCR; default 'used' when `ocr`, else 'not needed'. */
  ocrSaid?: string;
  /** What the first check asks of the facts; default: some page was OCR'd exactly when `ocr`. */
  checkFacts?: (facts: Read['facts']) => void;
  /** Name of the subject check. */
  subjectTitle: string;
}

/** Declares the checks of `kind.expect`, reading `kind` with `pool` once. Call inside a `describe`. */
export function expectReading(
  pool: ReaderPool,
  kind: Pick<ReadingKind, 'name' | 'condition' | 'make'> & { expect: ReadingExpectation },
  checks: ReadingChecks,
): void {
  const e = kind.expect;
  const { ocr } = checks;
  let result: Promise<Read>;
  const once = () => (result ??= read(pool, kind));
  const text = async () => fold((await once()).pages.map((p) => p.lines.map((l) => l.text).join('\n')).join('\n'), ocr);

  it(`${kind.condition} — is read, OCR ${checks.ocrSaid ?? (ocr ? 'used' : 'not needed')}`, async () => {
    const { facts } = await once();
    if (checks.checkFacts) checks.checkFacts(facts);
    else expect(facts.ocrPages.length > 0).toBe(ocr);
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
    it(checks.subjectTitle, async () => {
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

  if (e.signerCommonName) {
    it('records who signed the envelope', async () => {
      const { facts } = await once();
      expect(facts.signers.map((s) => s.name)).toContain(e.signerCommonName);
    });
  }

  if (e.verticalText) {
    it('reads the text up the margin as one line of its own', async () => {
      const { pages } = await once();
      const vertical = pages[0].lines.filter((l) => l.origins?.includes('vertical')).map((l) => fold(l.text, ocr));
      expect(vertical).toContain(fold(e.verticalText!, ocr));
    });
  }

  if (e.annotationText) {
    it('reads the annotation’s text and marks it as such', async () => {
      const { pages } = await once();
      const annotated = pages[0].lines.filter((l) => l.origins?.includes('annotation')).map((l) => fold(l.text, ocr));
      expect(annotated.join('\n')).toContain(fold(e.annotationText!, ocr));
    });
  }

  if (e.formFields) {
    it('reads the filled form values, marked as such', async () => {
      const { pages } = await once();
      const values = pages[0].lines.filter((l) => l.origins?.includes('form-field')).map((l) => l.text).join('\n');
      for (const v of Object.values(e.formFields!)) expect(values).toContain(typeof v === 'boolean' ? (v ? '☒' : '') : v);
    });
  }

  if (e.xfaValues) {
    it('reads the values of the XFA form', async () => {
      const t = await text();
      for (const v of Object.values(e.xfaValues!)) expect(t).toContain(fold(v, ocr));
    });
  }
}

async function read(pool: ReaderPool, kind: Pick<ReadingKind, 'name' | 'make'>): Promise<Read> {
  const outcome = await pool.read(await kind.make());
  if (!outcome.ok) throw new Error(`${kind.name}: ${outcome.code} – ${outcome.message}`);
  return outcome;
}
