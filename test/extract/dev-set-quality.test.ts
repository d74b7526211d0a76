import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { defaultReadLimits } from '../../shared/read/read-limits.ts';
// The shared scorer and labels beside the repository: the same ones `npm run eval` uses.
import { loadDocs, score } from '../../../shared/eval/score.mjs';

const devDir = new URL('../../../shared/eval/dev/', import.meta.url).pathname;

describe('extraction quality on the labelled dev set', () => {
  it('keeps the overall F1 at or above 0.95', async () => {
    const predictions = mkdtempSync(join(tmpdir(), 'carteggio-pred-'));
    for (const pdf of readdirSync(devDir).filter((f) => f.endsWith('.pdf'))) {
      const outcome = await readAndExtract(new Uint8Array(readFileSync(join(devDir, pdf))), defaultReadLimits);
      if (outcome.ok) writeFileSync(join(predictions, pdf.replace(/\.pdf$/, '.json')), JSON.stringify(outcome.extraction.fields));
    }
    const result = score(loadDocs(devDir, predictions));
    expect(result.documents).toBeGreaterThan(0);
    expect(result.overall).toBeGreaterThanOrEqual(0.95);
  });
});
