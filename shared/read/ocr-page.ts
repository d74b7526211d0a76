import { createRequire } from 'node:module';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { layoutLines, type TextRun } from './layout-lines.ts';
import type { Line } from './page-text.ts';
import { Rejection } from './rejection.ts';
import { renderPage } from './render-page.ts';

const require = createRequire(import.meta.url);
/** 200 dpi: enough for 10 pt body text, small enough to keep a page under ~30 MB of pixels. */
const SCALE = 200 / 72;

type OcrWorker = Awaited<ReturnType<typeof import('tesseract.js').createWorker>>;
let worker: Promise<OcrWorker> | null = null;

function ocrWorker(): Promise<OcrWorker> {
  worker ??= (async () => {
    // require, not import: on Lambda these come from a layer, found through NODE_PATH, which ESM ignores.
    const { createWorker, OEM } = require('tesseract.js') as typeof import('tesseract.js');
    // Italian data from the installed @tesseract.js-data/ita package; never fetched.
    const ita = require('@tesseract.js-data/ita') as { langPath: string; gzip: boolean };
    return createWorker('ita', OEM.LSTM_ONLY, { langPath: ita.langPath, gzip: ita.gzip, cacheMethod: 'none' });
  })();
  return worker;
}

/** Recognises the text of a page that has no text layer; every line is marked as OCR. */
export async function ocrPage(page: PDFPageProxy, pageNumber: number): Promise<Line[]> {
  try {
    const viewport = page.getViewport({ scale: SCALE });
    const png = await renderPage(page, SCALE);
    const { data } = await (await ocrWorker()).recognize(png, {}, { blocks: true, text: false });
    const height = viewport.height / SCALE;
    const lines = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
    // Line boxes vary with ascenders and descenders; one size per page keeps paragraph gaps comparable.
    const heights = lines.map((l) => (l.bbox.y1 - l.bbox.y0) / SCALE).sort((a, b) => a - b);
    const size = Math.max(4, heights[Math.floor(heights.length / 2)] ?? 10);
    const runs: TextRun[] = [];
    for (const line of lines) {
      for (const word of line.words) {
        if (word.confidence < 30 || !word.text.trim()) continue;
        const { x0, x1 } = word.bbox;
        // The baseline, not the box bottom: descenders (g, p, q) would move a line down by a few points.
        const base = line.baseline && line.baseline.y1 > 0 ? (line.baseline.y0 + line.baseline.y1) / 2 : line.bbox.y1;
        runs.push({ text: word.text, x: x0 / SCALE, y: height - base / SCALE, width: (x1 - x0) / SCALE, size });
      }
    }
    return layoutLines(runs, pageNumber, viewport.width / SCALE, true);
  } catch (err) {
    throw new Rejection('ocr-failed', (err as Error).message);
  }
}

export async function closeOcr(): Promise<void> {
  if (!worker) return;
  const w = await worker;
  worker = null;
  await w.terminate();
}
