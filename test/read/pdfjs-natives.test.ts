import { describe, expect, it } from 'vitest';
import { pdfjs } from '../../shared/read/pdfjs.ts';

const isNative = (fn: unknown) => typeof fn === 'function' && /\{\s*\[native code\]\s*\}/.test(Function.prototype.toString.call(fn));

describe('loading pdfjs leaves the process its native built-ins', () => {
  it('keeps V8\'s own Array.prototype.push, JSON.parse and JSON.stringify', () => {
    // Prepare / Act: the module is loaded by the import above.
    // Assess
    expect(typeof pdfjs.getDocument).toBe('function');
    expect(isNative(Array.prototype.push)).toBe(true);
    expect(isNative(JSON.parse)).toBe(true);
    expect(isNative(JSON.stringify)).toBe(true);
  });

  it('still reads a PDF afterwards', async () => {
    const { makePdf, paragraphs } = await import('../support/make-pdf.ts');
    const doc = await pdfjs.getDocument({ data: await makePdf([paragraphs('Oggetto: prova di lettura')]), verbosity: 0 }).promise;
    const text = await (await doc.getPage(1)).getTextContent();
    await doc.destroy();
    expect(text.items.map((i) => ('str' in i ? i.str : '')).join('')).toContain('Oggetto: prova di lettura');
  });
});
