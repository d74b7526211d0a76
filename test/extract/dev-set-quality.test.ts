import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { defaultReadLimits } from '../../shared/read/read-limits.ts';
// The shared scorer and labels beside the repository: the same ones `npm run eval` uses.
import { loadDocs, score } from '../../../shared/eval/score.mjs';

const devDir = new URL('../../../shared/eval/dev/', import.meta.url).pathname;
const lettersDir = new URL('../fixtures/letters-eval/', import.meta.url).pathname;

/** Extracts every PDF of a labelled folder and scores the predictions with the shared scorer. */
async function scoreFolder(dir: string) {
  const predictions = mkdtempSync(join(tmpdir(), 'carteggio-pred-'));
  for (const pdf of readdirSync(dir).filter((f) => f.endsWith('.pdf'))) {
    const outcome = await readAndExtract(new Uint8Array(readFileSync(join(dir, pdf))), defaultReadLimits);
    if (outcome.ok) writeFileSync(join(predictions, pdf.replace(/\.pdf$/, '.json')), JSON.stringify(outcome.extraction.fields));
  }
  return score(loadDocs(dir, predictions));
}

describe('extraction quality on labelled documents', () => {
  it('keeps the overall F1 on the shared dev set at or above 0.95', async () => {
    const result = await scoreFolder(devDir);
    expect(result.documents).toBe(readdirSync(devDir).filter((f) => f.endsWith('.labels.json')).length);
    expect(result.overall).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps the overall F1 on the further labelled letters at or above 0.95', async () => {
    const result = await scoreFolder(lettersDir);
    expect(result.documents).toBe(readdirSync(lettersDir).filter((f) => f.endsWith('.labels.json')).length);
    expect(result.overall).toBeGreaterThanOrEqual(0.95);
  });
});
