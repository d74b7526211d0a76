import { describe, it } from 'vitest';
import { moreReadingKinds, pendingReadingKinds } from '../support/reading-kinds/more-kinds.ts';
import { expectReading, testReaderPool } from '../support/reading-kinds/expect-reading.ts';

// More inputs of our own making (test/support/reading-kinds/more-kinds.ts): other members of the
// reading kinds, and conditions from public bug reports, written without seeing the reader's rules.
// They are read exactly as test/read/reading-kinds.test.ts reads its kinds. Kinds the reader does not
// read right yet are listed in `pendingReadingKinds` and appear here as todos.
const pool = testReaderPool();

describe.each(moreReadingKinds.map((k) => [k.name, k] as const))('%s', (_name, kind) => {
  const e = kind.expect;
  // ocrOptional: a correct text layer lies over the pixels; the reader may use it or OCR the page,
  // so text is compared as OCR gives it either way.
  expectReading(pool, kind, {
    ocr: e.mustBeOcr === true || e.ocrOptional === true,
    ocrSaid: e.ocrOptional ? 'optional' : undefined,
    checkFacts: e.ocrOptional ? () => {} : undefined,
    subjectTitle: 'gives the subject whole',
  });
});

if (pendingReadingKinds.length) {
  describe('pending reading kinds (the reader does not read them right yet)', () => {
    for (const kind of pendingReadingKinds) it.todo(`${kind.name}: ${kind.condition}`);
  });
}
