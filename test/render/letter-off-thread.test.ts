import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderLetterOffThread } from '../../shared/render/render-letter-off-thread.ts';
import { renderLetter } from '../../shared/render/render-letter.ts';
import { validateLetterInput } from '../../shared/render/validate-letter-input.ts';

const example = JSON.parse(readFileSync(new URL('../../templates/examples/lettera.json', import.meta.url), 'utf8'));

describe('a letter typeset on a thread of its own', () => {
  it('has the same pages as one typeset on the caller’s thread', async () => {
    // Prepare
    const valid = validateLetterInput('lettera', example);
    if (!valid.ok) throw new Error(valid.errors.join('; '));
    const stamp = { numero: '0000042', data: '2026-11-30' };
    const date = new Date('2026-11-30T10:00:00Z');
    // Act
    const [here, there] = await Promise.all([renderLetter('lettera', valid.value, stamp, { date }), renderLetterOffThread('lettera', valid.value, stamp, { date })]);
    // Assess
    expect(there.pages).toBe(here.pages);
    expect(there.markup).toBe(here.markup);
    expect(Buffer.from(there.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('passes a failure back to the caller instead of losing the request', async () => {
    await expect(renderLetterOffThread('lettera', { oggetto: 'incompleta' } as never, { numero: '0000001', data: '2026-11-30' })).rejects.toThrow();
  });
});
