import { createRequire } from 'node:module';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);

/** Draws a page to a PNG on a white background (for OCR, and for looking at what was read). */
export async function renderPage(page: PDFPageProxy, scale: number): Promise<Buffer> {
  const viewport = page.getViewport({ scale });
  const { createCanvas } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // pdfjs types its canvas as the DOM's; @napi-rs/canvas implements the same drawing API.
  const params = { canvasContext: ctx, viewport, canvas } as unknown as Parameters<PDFPageProxy['render']>[0];
  await page.render(params).promise;
  return canvas.toBuffer('image/png');
}
