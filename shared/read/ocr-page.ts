import { createRequire } from 'node:module';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Canvas } from '@napi-rs/canvas';
import type { TextRun } from './layout-lines.ts';
import { Rejection } from './rejection.ts';
import { ReaderFault } from './errors.ts';
import { renderTile } from './render-page.ts';
import { textQuality } from './text-quality.ts';
import { collectGarbage } from './collect-garbage.ts';

const require = createRequire(import.meta.url);
/** 200 dpi: enough for 10 pt body text. */
const DPI = 200;
/** Tesseract refuses images over 32,767 px a side and pixels cost memory: pages are read in tiles. */
const TILE = 2400;
/** Tiles overlap by more than a long word, so every word is whole in one of them. */
const OVERLAP = 240;
/** Above this many pixels a page is read at a lower resolution (down to 100 dpi). */
const MAX_PIXELS = 120e6;

export type Quarter = 0 | 90 | 180 | 270;

export interface OcrResult {
  /** Words in points, in the frame of the page turned upright by `turn` (origin bottom-left). */
  runs: TextRun[];
  /** Clockwise turn (degrees) that makes the scan upright: 180 for a page scanned upside down. */
  turn: Quarter;
  /** The upright frame's size, in points. */
  width: number;
  height: number;
  /** Mean word confidence, 0–100. */
  confidence: number;
}

type OcrWorker = Awaited<ReturnType<typeof import('tesseract.js').createWorker>>;
let worker: Promise<OcrWorker> | null = null;

function ocrWorker(): Promise<OcrWorker> {
  worker ??= (async () => {
    try {
      // require, not import: on Lambda these come from a layer, found through NODE_PATH, which ESM ignores.
      const { createWorker, OEM } = require('tesseract.js') as typeof import('tesseract.js');
      // Italian data from the installed @tesseract.js-data/ita package; never fetched.
      const ita = require('@tesseract.js-data/ita') as { langPath: string; gzip: boolean };
      // The Italian model's config asks for a user-words file it does not ship ("failed to load ./ita.special-words").
      return await createWorker('ita', OEM.LSTM_ONLY, { langPath: ita.langPath, gzip: ita.gzip, cacheMethod: 'none' }, { user_words_suffix: '' } as unknown as Parameters<typeof createWorker>[3]);
    } catch (err) {
      worker = null;
      // Our installation's fault (missing data, a broken package), never the sender's file.
      throw new ReaderFault('motore OCR non disponibile', { cause: err });
    }
  })();
  return worker;
}

/**
 * Recognises the text of a page drawn as a picture. The page is rendered at 200 dpi (less for huge
 * pages) in overlapping tiles; a page whose words come out as no language is tried turned by 180°,
 * 90° and 270°, and the turn that reads best is kept (scanners feed pages sideways and upside down).
 *
 * Errors: `Rejection('ocr-failed')` when the engine cannot read the rendered page; `ReaderFault`
 * when the engine itself is unavailable.
 */
export async function ocrPage(page: PDFPageProxy): Promise<OcrResult> {
  const base = page.getViewport({ scale: 1 });
  const scale = Math.max(100 / 72, Math.min(DPI / 72, Math.sqrt(MAX_PIXELS / (base.width * base.height))));
  const engine = await ocrWorker();
  const single = base.width * scale <= TILE + OVERLAP && base.height * scale <= TILE + OVERLAP;
  try {
    if (!single) return { ...(await readTiles(engine, page, scale)), turn: 0, width: base.width, height: base.height };
    const canvas = await renderTile(page, scale, 0, 0, Math.ceil(base.width * scale), Math.ceil(base.height * scale));
    let best: OcrResult | null = null;
    let bestScore = -1;
    for (const turn of [0, 180, 90, 270] as Quarter[]) {
      const image = turn === 0 ? canvas : turned(canvas, turn);
      const words = await recognise(engine, greyImage(image), image.width);
      const width = turn % 180 ? base.height : base.width;
      const height = turn % 180 ? base.width : base.height;
      const result = { runs: toRuns(words, scale, height, 0, 0), turn, width, height, confidence: meanConfidence(words) };
      const score = readability(words);
      if (score > bestScore) [best, bestScore] = [result, score];
      if (reads(words)) break;
    }
    return best!;
  } catch (err) {
    if (err instanceof ReaderFault || err instanceof Rejection) throw err;
    throw new Rejection('ocr-failed', (err as Error).message);
  }
}

/**
 * Recognises the text in one box of a page (a stamp annotation drawn as a picture), rendered at
 * 300 dpi; words in page points, origin bottom-left. With `annotationOnly`, only what the page's
 * annotations draw there is read: a stamp put over the letterhead's lines or a rule would otherwise be
 * read through them. Errors as `ocrPage`.
 */
export async function ocrBox(page: PDFPageProxy, box: { left: number; bottom: number; width: number; height: number }, annotationOnly = false): Promise<TextRun[]> {
  const base = page.getViewport({ scale: 1 });
  const scale = 300 / 72;
  const engine = await ocrWorker();
  try {
    const left = Math.max(0, Math.floor(box.left * scale));
    const top = Math.max(0, Math.floor((base.height - box.bottom - box.height) * scale));
    const [width, height] = [Math.max(1, Math.ceil(box.width * scale)), Math.max(1, Math.ceil(box.height * scale))];
    const canvas = await renderTile(page, scale, left, top, width, height);
    const under = annotationOnly ? await renderTile(page, scale, left, top, width, height, false) : undefined;
    const words = await recognise(engine, greyImage(canvas, under), Number.POSITIVE_INFINITY);
    return toRuns(words, scale, base.height, left, top);
  } catch (err) {
    if (err instanceof ReaderFault || err instanceof Rejection) throw err;
    throw new Rejection('ocr-failed', (err as Error).message);
  }
}

/**
 * Recognises a scanned page from its images rather than from a rendering: each image's pixels, as
 * the file holds them, go to the OCR engine in tiles (bands down a tall strip, columns across a wide
 * one), and each word is placed on the page through the image's matrix. A coarse scan is enlarged
 * to 200 dpi, and one too fine to read in one column (a 600 dpi scan) is reduced to 200 dpi, the
 * resolution a rendered page is read at. Memory stays that of the decoded image and one tile, however
 * large the page (a 595×14,400 pt strip of scans), and nothing is drawn. Returns null when an image
 * cannot be read this way (turned or skewed on the page, a kind of pixel data not handled), so the
 * caller renders the page instead; also null when the words do not read as language (a scan fed sideways).
 */
export async function ocrImages(page: PDFPageProxy, images: { objId: string; ctm: number[] }[]): Promise<OcrResult | null> {
  const viewport = page.getViewport({ scale: 1 });
  // Upright images only: a turned one is read from the rendered page, which tries the turns.
  if (!images.length || images.some(({ ctm: [a, b, c, d] }) => Math.abs(b) > 1e-6 || Math.abs(c) > 1e-6 || a <= 0 || d <= 0)) return null;
  // Every tile is cut and compressed first, and the decoded images let go, before the engine runs:
  // the pixels of a 600 dpi scan and the engine's memory are never held at the same time.
  const tiles = await imageTiles(page, images);
  if (!tiles) return null;
  page.cleanup();
  await collectGarbage();
  const engine = await ocrWorker();
  const runs: TextRun[] = [];
  const all: Word[] = [];
  try {
    for (const { png, width, left, top, cols, rows, image, factor, margin, ctm } of tiles) {
      const [a, , , d, e, f] = ctm;
      const sx = a / image.width;
      const sy = d / image.height;
      const words = (await recognise(engine, png, width)).map((w) => ({ ...w, x0: w.x0 / factor, x1: w.x1 / factor, base: w.base / factor, height: w.height / factor }));
      // A word belongs to the tile that holds its middle away from the shared margins.
      const own = words.filter((w) => {
        const cx = (w.x0 + w.x1) / 2;
        const cy = w.base - w.height / 2;
        return (left === 0 || cx >= margin) && (left + cols >= image.width || cx < cols - margin) && (top === 0 || cy >= margin) && (top + rows >= image.height || cy < rows - margin);
      });
      all.push(...own);
      for (const w of own) {
        // Image pixel (x, y from the top) → unit square (u, 1 − v) → page → displayed page (y up).
        const [x0, y0] = viewport.convertToViewportPoint(e + (w.x0 + left) * sx, f + d - (w.base + top) * sy);
        const [x1] = viewport.convertToViewportPoint(e + (w.x1 + left) * sx, f + d - (w.base + top) * sy);
        runs.push({ text: w.text, x: Math.min(x0, x1), y: viewport.height - y0, width: Math.abs(x1 - x0), size: (w.height * sy) || 10, ocr: true });
      }
    }
  } catch (err) {
    if (err instanceof ReaderFault || err instanceof Rejection) throw err;
    throw new Rejection('ocr-failed', (err as Error).message);
  } finally {
    if (tiles.length > 1) await recycleOcr();
  }
  if (!reads(all)) return null;
  const size = typicalSize(runs.map((r) => ({ text: r.text, size: r.size })));
  return { runs: runs.map((r) => ({ ...r, size })), turn: 0, width: viewport.width, height: viewport.height, confidence: meanConfidence(all) };
}

interface ImageTile {
  png: Buffer;
  /** The width specks are judged against: the tile's, when it spans the scan's width. */
  width: number;
  /** The tile's rectangle in the image's own pixels, and the image's size. */
  left: number;
  top: number;
  cols: number;
  rows: number;
  image: { width: number; height: number };
  /** Tile pixels per image pixel. */
  factor: number;
  /** Image pixels from a shared edge within which a word belongs to the neighbouring tile. */
  margin: number;
  /** Where the image is drawn: the unit square under this matrix. */
  ctm: number[];
}

/**
 * The PNG tiles OCR reads from a page's images, or null when one image cannot be read this way. A
 * function of its own so that nothing of the decoded pixels outlives it (an async function's
 * suspended frame would keep them alive).
 */
async function imageTiles(page: PDFPageProxy, images: { objId: string; ctm: number[] }[]): Promise<ImageTile[] | null> {
  const tiles: ImageTile[] = [];
  for (const { objId, ctm } of images) {
    const image = await imageData(page, objId);
    // Bilevel scans (CCITT, JBIG2) read better from the rendered, smoothed page: stamps and small print survive.
    if (!image || image.kind === 1) return null;
    const [a, , , d] = ctm;
    const factor = readingFactor(image.width, 72 / Math.max(a / image.width, d / image.height));
    // Tiles are TILE pixels a side once scaled, overlapping by OVERLAP; in the image's own pixels:
    const span = Math.max(64, Math.floor(TILE / factor));
    const overlap = Math.floor(OVERLAP / factor);
    // One tile (an A4 scan) goes to the engine uncompressed; many are kept compressed while they wait.
    const single = images.length === 1 && image.width <= span && image.height <= span;
    for (let top = 0; top < image.height; top += span - overlap) {
      const rows = Math.min(span, image.height - top);
      for (let left = 0; left < image.width; left += span - overlap) {
        const cols = Math.min(span, image.width - left);
        const tile = tileCanvas(image, left, top, cols, rows, factor);
        tiles.push({ png: single ? greyImage(tile) : tile.toBuffer('image/png'), width: image.width <= span ? tile.width : Number.POSITIVE_INFINITY, left, top, cols, rows, image: { width: image.width, height: image.height }, factor, margin: overlap / 2, ctm });
        emptied(tile);
        // The pixels just copied for the tile are garbage outside the collector's sight: dropped now,
        // or a page of many scans piles them up.
        await collectGarbage();
        if (left + cols >= image.width) break;
      }
      if (top + rows >= image.height) break;
    }
  }
  return tiles;
}

/**
 * How much an image is scaled before it is read. The engine reads best near 200 dpi or more: a
 * coarser scan is enlarged (at most 3×). A scan that fits one tile across is read as it is; a finer
 * one, too wide for that, is reduced to 200 dpi (as a rendered page is read) rather than cut in columns.
 */
export function readingFactor(width: number, dpi: number): number {
  const up = Math.min(3, Math.max(1, DPI / dpi));
  if (up > 1 || width <= TILE + OVERLAP || dpi <= DPI) return up;
  return DPI / dpi;
}

interface DecodedImage {
  width: number;
  height: number;
  /** pdf.js ImageKind: 1 one bit per pixel, 2 RGB, 3 RGBA. */
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** The decoded pixels pdf.js keeps for an image of the page (after its operator list was built). */
function imageData(page: PDFPageProxy, objId: string): Promise<DecodedImage | null> {
  const objs = (page as unknown as { objs: { get(id: string, cb: (d: unknown) => void): void } }).objs;
  return new Promise((resolve) => {
    objs.get(objId, (d) => {
      const img = d as Partial<DecodedImage> | null;
      resolve(img && img.data && img.width && img.height && [1, 2, 3].includes(img.kind ?? 0) ? (img as DecodedImage) : null);
    });
  });
}

/**
 * The rectangle of an image `cols`×`rows` from (`left`, `top`), scaled by `factor`, on an RGBA
 * canvas. A reduced tile is averaged straight from the image's pixels into its own, so its full-size
 * crop is never held; an enlarged one is drawn smoothed from the crop (a coarse scan's crop is small).
 * Intermediate canvases are emptied at once: their pixels live outside the JavaScript heap, where
 * the collector does not see them, so they would otherwise pile up until it runs.
 */
function tileCanvas(image: DecodedImage, left: number, top: number, cols: number, rows: number, factor: number): Canvas {
  const { createCanvas, ImageData } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  if (factor < 0.95) {
    const w = Math.max(1, Math.round(cols * factor));
    const h = Math.max(1, Math.round(rows * factor));
    const out = createCanvas(w, h);
    out.getContext('2d').putImageData(new ImageData(reduced(image, left, top, cols, rows, w, h), w, h), 0, 0);
    return out;
  }
  const pixels = new Uint8ClampedArray(cols * rows * 4);
  fillRgba(image, left, top, cols, rows, pixels);
  const crop = createCanvas(cols, rows);
  crop.getContext('2d').putImageData(new ImageData(pixels, cols, rows), 0, 0);
  if (factor <= 1.05) return crop;
  const out = createCanvas(Math.round(cols * factor), Math.round(rows * factor));
  const ctx = out.getContext('2d');
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(crop, 0, 0, out.width, out.height);
  emptied(crop);
  return out;
}

/** A rectangle of an RGB or RGBA image reduced to `w`×`h` RGBA pixels, each the mean of the source pixels it covers. */
function reduced(image: DecodedImage, left: number, top: number, cols: number, rows: number, w: number, h: number): Uint8ClampedArray {
  const n = image.kind === 2 ? 3 : 4;
  const out = new Uint8ClampedArray(w * h * 4);
  const sums = new Float64Array(w * 3);
  const counts = new Float64Array(w);
  const xFrom = Int32Array.from({ length: w + 1 }, (_, x) => Math.min(cols, Math.round((x * cols) / w)));
  for (let y = 0; y < h; y++) {
    sums.fill(0);
    counts.fill(0);
    const y1 = Math.min(rows, Math.round(((y + 1) * rows) / h));
    for (let sy = Math.round((y * rows) / h); sy < y1; sy++) {
      const row = ((top + sy) * image.width + left) * n;
      for (let x = 0; x < w; x++) {
        for (let sx = xFrom[x]; sx < xFrom[x + 1]; sx++) {
          const s = row + sx * n;
          sums[x * 3] += image.data[s];
          sums[x * 3 + 1] += image.data[s + 1];
          sums[x * 3 + 2] += image.data[s + 2];
          counts[x]++;
        }
      }
    }
    for (let x = 0, o = y * w * 4; x < w; x++, o += 4) {
      const c = counts[x] || 1;
      out[o] = sums[x * 3] / c;
      out[o + 1] = sums[x * 3 + 1] / c;
      out[o + 2] = sums[x * 3 + 2] / c;
      out[o + 3] = 255;
    }
  }
  return out;
}

/** Rows [top, top + rows) and columns [left, left + cols) of an RGB or RGBA image, as RGBA into `px`. */
function fillRgba(image: DecodedImage, left: number, top: number, cols: number, rows: number, px: Uint8ClampedArray): void {
  const n = image.kind === 2 ? 3 : 4;
  for (let y = 0, o = 0; y < rows; y++) {
    for (let x = 0, s = ((top + y) * image.width + left) * n; x < cols; x++, o += 4, s += n) {
      px[o] = image.data[s];
      px[o + 1] = image.data[s + 1];
      px[o + 2] = image.data[s + 2];
      px[o + 3] = 255;
    }
  }
}

/**
 * A canvas as the OCR engine reads it fastest: 8-bit grey PNM (P5), which it takes without decoding,
 * where a PNG costs an encoding here and a decoding in WebAssembly (~0.2 s an A4 page at 200 dpi).
 * Tesseract binarises grey anyway, so the words are the same. Four times a PNG's memory: for one
 * image at a time.
 */
/** The canvas in grey; with `under` (the same tile drawn without annotations), only the pixels the annotations changed, on white. */
function greyImage(canvas: Canvas, under?: Canvas): Buffer {
  const { width, height } = canvas;
  const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  if (under) {
    const page = under.getContext('2d').getImageData(0, 0, width, height).data;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i] === page[i] && rgba[i + 1] === page[i + 1] && rgba[i + 2] === page[i + 2]) rgba[i] = rgba[i + 1] = rgba[i + 2] = rgba[i + 3] = 255;
    }
  }
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const out = Buffer.allocUnsafe(header.length + width * height);
  header.copy(out);
  // ITU-R BT.601 luma, in integers, over white where the canvas is transparent (as the PNG path reads).
  for (let i = 0, j = header.length; i < rgba.length; i += 4, j++) {
    const luma = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
    const alpha = rgba[i + 3];
    out[j] = alpha === 255 ? luma : (luma * alpha + 255 * (255 - alpha)) / 255;
  }
  return out;
}

/** Frees a canvas's pixels now (resizing drops them) rather than when the collector gets to it. */
function emptied(canvas: Canvas): void {
  canvas.width = 1;
  canvas.height = 1;
}

interface Word {
  text: string;
  confidence: number;
  x0: number;
  x1: number;
  /** The line's baseline, in pixels from the top. */
  base: number;
  /** The line's height in pixels. */
  height: number;
}

/** A protocol's registry string: a number of four or more digits, then a dozen or more digits, capitals and separators. */
const REGISTRY_STRING = /^\d{4,}[|\]\[!\/.\-_A-Z0-9]{12,}$/;

async function recognise(engine: OcrWorker, png: Buffer, width: number): Promise<Word[]> {
  const { data } = await engine.recognize(png, {}, { blocks: true, text: false });
  const words: Word[] = [];
  for (const line of (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines))) {
    // The baseline, not the box bottom: descenders (g, p, q) would move a line down by a few points.
    const base = line.baseline && line.baseline.y1 > 0 ? (line.baseline.y0 + line.baseline.y1) / 2 : line.bbox.y1;
    for (const w of line.words) {
      // A registry string ("0412785|23/11/2026|R_MARCHE|GRM|DPS|P") is no word of the language: OCR doubts it, reads it right.
      if ((w.confidence < 30 && !(w.confidence >= 15 && REGISTRY_STRING.test(w.text))) || !w.text.trim()) continue;
      const word = { text: w.text, confidence: w.confidence, x0: w.bbox.x0, x1: w.bbox.x1, base, height: line.bbox.y1 - line.bbox.y0 };
      if (!isSpeck(word, width)) words.push(word);
    }
  }
  return words;
}

/** Reads a page too large for one image in tiles; each word is kept from the tile whose middle holds it. */
async function readTiles(engine: OcrWorker, page: PDFPageProxy, scale: number): Promise<Omit<OcrResult, 'turn' | 'width' | 'height'>> {
  const base = page.getViewport({ scale: 1 });
  const W = Math.ceil(base.width * scale);
  const H = Math.ceil(base.height * scale);
  const step = TILE - OVERLAP;
  const runs: TextRun[] = [];
  const all: Word[] = [];
  for (let top = 0; top < H; top += step) {
    for (let left = 0; left < W; left += step) {
      const w = Math.min(TILE, W - left);
      const h = Math.min(TILE, H - top);
      const canvas = await renderTile(page, scale, left, top, w, h);
      const words = await recognise(engine, greyImage(canvas), Number.POSITIVE_INFINITY);
      // A word belongs to the tile that holds its middle away from the shared margins.
      const own = words.filter((wd) => {
        const cx = (wd.x0 + wd.x1) / 2;
        const cy = wd.base - wd.height / 2;
        return (left === 0 || cx >= OVERLAP / 2) && (left + w >= W || cx < w - OVERLAP / 2) && (top === 0 || cy >= OVERLAP / 2) && (top + h >= H || cy < h - OVERLAP / 2);
      });
      all.push(...own);
      runs.push(...toRuns(own, scale, base.height, left, top));
    }
  }
  return { runs, confidence: meanConfidence(all) };
}

function toRuns(words: Word[], scale: number, pageHeight: number, left: number, top: number): TextRun[] {
  // One size per page keeps paragraph gaps comparable. A line's box spans ascenders to descenders
  // (about 1.3 font sizes); lines of real words measure it, not specks and rules along the scan's edge.
  const size = typicalSize(words.map((w) => ({ text: w.text, size: w.height / scale })));
  return words.map((w) => ({ text: w.text, x: (w.x0 + left) / scale, y: pageHeight - (w.base + top) / scale, width: (w.x1 - w.x0) / scale, size, ocr: true }));
}

/**
 * One size for a page's OCR'd words, so paragraph gaps compare on every line: the median height of
 * real words (three letters or more), not of specks and rules along the scan's edge.
 */
function typicalSize(words: { text: string; size: number }[]): number {
  const wordy = words.filter((w) => /\p{L}{3}/u.test(w.text));
  const sizes = (wordy.length ? wordy : words).map((w) => w.size).sort((a, b) => a - b);
  return Math.max(4, sizes[Math.floor(sizes.length / 2)] ?? 10);
}

/** Specks a scanner leaves (a page edge read as "|", "i", "Ù"): no letter or digit, or one letter at the margin. */
function isSpeck(w: Word, width: number): boolean {
  const t = w.text.trim();
  const atMargin = Number.isFinite(width) && (w.x1 < width * 0.07 || w.x0 > width * 0.93);
  // A dash or a euro sign between words is text; a bar, a tick or a stray stop is a speck.
  if (!/[\p{L}\p{N}]/u.test(t)) return atMargin || /^[|¦!‘’'`.,:;]+$/u.test(t);
  return atMargin && t.length <= 2;
}

function turned(src: Canvas, turn: Quarter): Canvas {
  const { createCanvas } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  const sideways = turn % 180 !== 0;
  const out = createCanvas(sideways ? src.height : src.width, sideways ? src.width : src.height);
  const ctx = out.getContext('2d');
  ctx.translate(out.width / 2, out.height / 2);
  ctx.rotate((turn * Math.PI) / 180);
  ctx.drawImage(src, -src.width / 2, -src.height / 2);
  return out;
}

/** How much of what was recognised is language: confident words, function words counting double. */
function readability(words: Word[]): number {
  const q = textQuality(words.map((w) => w.text).join(' '));
  return words.filter((w) => w.confidence >= 70 && w.text.length >= 3).length + 2 * q.functionWords;
}

/** A page read the right way up: most words confident, and function words among them. */
function reads(words: Word[]): boolean {
  if (words.length < 8) return words.length > 0 && meanConfidence(words) >= 70;
  const q = textQuality(words.map((w) => w.text).join(' '));
  // Italian prose is a quarter to a third function words; garbage read from a turned page has a few by chance.
  return meanConfidence(words) >= 65 && q.functionWords / Math.max(1, q.words) >= 0.15;
}

function meanConfidence(words: Word[]): number {
  return words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0;
}

/**
 * Ends the engine after a page read in several tiles: its WebAssembly memory grows to the largest
 * image it was given and never shrinks, so the next page starts from a fresh engine.
 */
async function recycleOcr(): Promise<void> {
  await closeOcr();
}

export async function closeOcr(): Promise<void> {
  if (!worker) return;
  const w = await worker.catch(() => null);
  worker = null;
  await w?.terminate();
}
