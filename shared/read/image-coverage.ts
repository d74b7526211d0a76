import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfjs } from './pdfjs.ts';

export type Matrix = [number, number, number, number, number, number];

/** An image drawn on the page: pdf.js's object id for it, and where it goes (the unit square under `ctm`). */
export interface PlacedImage {
  objId: string;
  ctm: Matrix;
}

export interface PageImages {
  /** The share of the page (0–1) the images cover. */
  coverage: number;
  /** The images drawn from XObjects (inline images and masks are counted in `coverage` only). */
  images: PlacedImage[];
  /**
   * How much vector drawing the page has: the numbers (operators and coordinates) of its path data.
   * Text converted to outlines runs to tens of thousands; table borders and logos to a few thousand.
   */
  pathData: number;
}

/**
 * The share of a page (0–1) covered by images, and how much it draws as paths, from the page's drawing operators: each image fills
 * the unit square under the current transformation matrix (PDF 32000-1 §8.3.4). Overlaps are counted
 * twice and the total capped at 1: a scan is one picture, or a few strips side by side.
 */
export async function imageCoverage(page: PDFPageProxy): Promise<PageImages> {
  const { OPS } = pdfjs;
  const images = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  const ops = await page.getOperatorList();
  const [x0, y0, x1, y1] = page.view;
  const pageArea = Math.abs((x1 - x0) * (y1 - y0)) || 1;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let covered = 0;
  const placed: PlacedImage[] = [];
  let pathData = 0;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args[0] as Matrix | null;
      if (m) ctm = multiply(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) pathData += pathLength(args);
    else if (images.has(fn)) {
      covered += clippedArea(ctm, page.view);
      if (fn === OPS.paintImageXObject && typeof args[0] === 'string') placed.push({ objId: args[0], ctm });
    }
  }
  return { coverage: Math.min(1, covered / pageArea), images: placed, pathData };
}

/** The size of a constructPath's data: pdf.js 5 gives [paint op, [Float32Array], bbox]; older, [ops, coords]. */
function pathLength(args: unknown[]): number {
  const data = args[1];
  if (Array.isArray(data)) return data.reduce((n: number, d) => n + ((d as { length?: number })?.length ?? 0), 0);
  return (data as { length?: number } | undefined)?.length ?? 0;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

/** The area of the unit square's bounding box under `m`, clipped to the page's view box. */
function clippedArea(m: Matrix, view: number[]): number {
  const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];
  const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];
  const w = Math.min(Math.max(...xs), view[2]) - Math.max(Math.min(...xs), view[0]);
  const h = Math.min(Math.max(...ys), view[3]) - Math.max(Math.min(...ys), view[1]);
  return w > 0 && h > 0 ? w * h : 0;
}
