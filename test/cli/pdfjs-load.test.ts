import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const here = (path: string) => JSON.stringify(new URL(path, import.meta.url).pathname);

/** Runs a module script in a fresh process (so nothing is loaded beforehand) and returns what it prints as JSON. */
function fresh(script: string): Record<string, unknown> {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

/** Node 22 keeps `Response` as a lazy data property that any look at it loads (see pdfjs.ts): only Node 20's can be kept lazy. */
const responseStaysLazy = Number(process.versions.node.split('.')[0]) < 22;

describe('loading pdfjs for reading text loads nothing that only drawing or fetching needs', () => {
  it('leaves the native canvas and, where the runtime lets it stay lazy, Node’s HTTP client unloaded, and a page still draws (for OCR)', () => {
    // Prepare / Act: load pdfjs, read a page's text, then draw the page.
    const seen = fresh(`
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const native = () => Object.keys(require.cache).some((k) => k.includes('@napi-rs/canvas/js-binding'));
      const undici = () => process.moduleLoadList.some((m) => m.includes('undici'));
      const { pdfjs } = await import(${here('../../shared/read/pdfjs.ts')});
      const { makePdf } = await import(${here('../support/make-pdf.ts')});
      const doc = await pdfjs.getDocument({ data: await makePdf([['Oggetto: prova']]), verbosity: 0 }).promise;
      const page = await doc.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => i.str).join('');
      const before = { native: native(), undici: undici() };
      const { renderPage } = await import(${here('../../shared/read/render-page.ts')});
      const png = await renderPage(page, 1);
      await doc.destroy();
      console.log(JSON.stringify({ text, before, nativeAfterDrawing: native(), png: png.subarray(1, 4).toString(), domMatrix: typeof DOMMatrix, path2d: new Path2D() instanceof Path2D }));`);
    // Assess
    expect(seen.text).toContain('Oggetto: prova');
    expect(seen.before).toEqual({ native: false, undici: !responseStaysLazy });
    expect(seen.nativeAfterDrawing).toBe(true);
    expect(seen.png).toBe('PNG');
    expect(seen.domMatrix).toBe('function');
    expect(seen.path2d).toBe(true);
  });
});
