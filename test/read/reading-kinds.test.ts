import { describe, expect } from 'vitest';
import { readingKinds } from '../support/reading-kinds/index.ts';
import { expectReading, testReaderPool } from '../support/reading-kinds/expect-reading.ts';

// Inputs of our own making, one or more per kind of real-world condition (test/support/reading-kinds,
// written by someone who had not seen the reader's rules): each must read as its expectation says.
const pool = testReaderPool();

describe.each(readingKinds.map((k) => [k.name, k] as const))('%s', (_name, kind) => {
  // Control characters inside words cannot be told from unmapped ligatures (letters lost): either way
  // the reader reads those lines again by OCR, so dashes and quotes are compared as OCR gives them.
  const controlCharacters = kind.name === 'controlCharacters';
  expectReading(pool, kind, {
    ocr: kind.expect.mustBeOcr === true || controlCharacters,
    checkFacts: controlCharacters ? (facts) => expect(facts.warnings.map((w) => w.code)).toContain('undecodable-text') : undefined,
    subjectTitle: 'gives the subject whole, a word hyphenated at the line end joined',
  });
});
