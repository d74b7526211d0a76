import { afterAll, describe, expect, it } from 'vitest';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import type { ReadOutcome } from '../../shared/read/read-outcome.ts';
import { readingKinds, type ReadingKind } from '../support/reading-kinds/index.ts';

// Inputs of our own making, one or more per kind of real-world condition (test/support/reading-kinds,
// written by someone who had not seen the reader's rules): each must read as its expectation says.
const pool = new ReaderPool(ReadLimits.parse({}), 2);
afterAll(() => pool.close());

type Read = Extract<ReadOutcome, { ok: true }>;

/** Text compared as a person reads it: NFC, spaces and tabs folded, dashes alike (OCR reads "–" as "-"). */
const fold = (s: string, ocr: boolean) => {
  const t = s.normalize('NFC').replace(/[ \t\u00a0]+/g, ' ');
  return ocr ? t.replace(/[–—‐]/g, '-').replace(/[’‘]/g, "'") : t;
};

async function read(kind: ReadingKind): Promise<Read> {
  const outcome = await pool.read(await kind.make());
  if (!outcome.ok) throw new Error(`${kind.name}: ${outcome.code} – ${outcome.message}`);
  return outcome;
}

describe.each(readingKinds.map((k) => [k.name, k] as const))('%s', (_name, kind) => {
  const e = kind.expect;
  // Control characters inside words cannot be told from unmapped ligatures (letters lost): either way
  // the reader reads those lines again by OCR, so dashes and quotes are compared as OCR gives them.
  const ocr = e.mustBeOcr === true || kind.name === 'controlCharacters';
  let result: Promise<Read>;
  const once = () => (result ??= read(kind));
  const text = async () => fold((await once()).pages.map((p) => p.lines.map((l) => l.text).join('\n')).join('\n'), ocr);

  it(`${kind.condition} — is read, OCR ${ocr ? 'used' : 'not needed'}`, async () => {
    const { facts } = await once();
    if (kind.name !== 'controlCharacters') expect(facts.ocrPages.length > 0).toBe(ocr);
    else expect(facts.warnings.map((w) => w.code)).toContain('undecodable-text');
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
    it('gives the subject whole, a word hyphenated at the line end joined', async () => {
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
});
