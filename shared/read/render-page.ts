import { createRequire } from 'node:module';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Canvas } from '@napi-rs/canvas';

const require = createRequire(import.meta.url);

/** Draws a page to a PNG on a white background (for OCR, and for looking at what was read). */
export async function renderPage(page: PDFPageProxy, scale: number): Promise<Buffer> {
  const viewport = page.getViewport({ scale });
  const canvas = await renderTile(page, scale, 0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
  return canvas.toBuffer('image/png');
}

/**
 * Draws one rectangle of a page, `width`×`height` pixels from (`left`, `top`) of the page rendered at
 * `scale` (pixels per point), on white. Only the tile's pixels are allocated, so a 14,400 pt page
 * is drawn a piece at a time. `annotations: false` draws the page's content alone (pdf.js's
 * AnnotationMode.DISABLE); by default annotations are drawn as a viewer shows them.
 */
export async function renderTile(page: PDFPageProxy, scale: number, left: number, top: number, width: number, height: number, annotations = true): Promise<Canvas> {
  const viewport = page.getViewport({ scale, offsetX: -left, offsetY: -top });
  const { createCanvas } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // pdfjs types its canvas as the DOM's; @napi-rs/canvas implements the same drawing API.
  // AnnotationMode: 0 DISABLE, 1 ENABLE (pdf.js's default).
  const params = { canvasContext: ctx, viewport, canvas, annotationMode: annotations ? 1 : 0 } as unknown as Parameters<PDFPageProxy['render']>[0];
  await page.render(params).promise;
  return canvas;
}
