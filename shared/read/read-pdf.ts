import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfjs } from './pdfjs.ts';
import { inspectRawPdf } from './inspect-raw-pdf.ts';
import { layoutLines, type TextRun } from './layout-lines.ts';
import type { PageText, ReadResult } from './page-text.ts';
import { Rejection, italianCount } from './rejection.ts';
import type { ReadLimits } from './read-limits.ts';
import { ocrPage } from './ocr-page.ts';

// A deployed bundle ships pdfjs's cMaps, fonts and wasm beside it (CARTEGGIO_PDFJS_ASSETS); locally they come from the package.
const pdfjsRoot = process.env.CARTEGGIO_PDFJS_ASSETS ?? dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const assets = {
  cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
  standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
  wasmUrl: join(pdfjsRoot, 'wasm') + '/',
};

export type ProgressFn = (done: number, total: number) => void;

/**
 * Reads a PDF's text, page by page, as lines in reading order. Nothing in the file is executed:
 * eval, scripting, XFA and font loading are off, and every asset comes from the installed package.
 */
export async function readPdf(bytes: Uint8Array, limits: ReadLimits, onPage?: ProgressFn): Promise<ReadResult> {
  const raw = await inspectRawPdf(bytes, limits);
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdfjs transfers (detaches) the buffer it is given
    ...assets,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    throw classify(err);
  }
  try {
    if (doc.numPages > limits.maxPages) {
      throw new Rejection('too-many-pages', `${italianCount(doc.numPages)} pagine, massimo ${italianCount(limits.maxPages)}`);
    }
    const permissions = await doc.getPermissions().catch(() => null);
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const scripts = await doc.getJSActions().catch(() => null);
    const pages: PageText[] = [];
    const ocrPages: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, , , e, f] = item.transform as number[];
        const size = Math.hypot(a, b) || item.height || 10;
        runs.push({ text: item.str, x: e - viewport.viewBox[0], y: f - viewport.viewBox[1], width: item.width, size });
      }
      let lines = layoutLines(runs, n, viewport.width);
      let ocr = false;
      const chars = lines.reduce((s, l) => s + l.text.trim().length, 0);
      if (chars < 20 && limits.ocr && ocrPages.length < limits.ocrMaxPages && (await pageHasImages(page))) {
        lines = await ocrPage(page, n);
        ocr = true;
        ocrPages.push(n);
      }
      pages.push({ page: n, width: round(viewport.width), height: round(viewport.height), ocr, lines });
      page.cleanup();
      onPage?.(n, doc.numPages);
    }
    return {
      facts: {
        pageCount: doc.numPages,
        encryption: permissions ? 'owner-password-only' : 'none',
        hasJavaScript: raw.hasJavaScript || (scripts !== null && Object.keys(scripts).length > 0),
        ocrPages,
        title: typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : null,
        producer: typeof info.Producer === 'string' && info.Producer.trim() ? info.Producer.trim() : null,
      },
      pages,
    };
  } catch (err) {
    throw classify(err);
  } finally {
    await doc.destroy();
  }
}

async function pageHasImages(page: Awaited<ReturnType<PDFDocumentProxy['getPage']>>): Promise<boolean> {
  const { OPS } = pdfjs;
  const ops = await page.getOperatorList();
  return ops.fnArray.some((fn) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject);
}

function classify(err: unknown): Error {
  if (err instanceof Rejection) return err;
  const e = err as { name?: string; message?: string };
  if (e?.name === 'PasswordException') return new Rejection('encrypted');
  if (err instanceof RangeError && /call stack/i.test(e.message ?? '')) return new Rejection('too-deep');
  // pdf.js explains in English: kept for whoever must look into the file, marked as such.
  return new Rejection('corrupt', `dettaglio tecnico di pdf.js «${e?.message ?? String(err)}»`);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
