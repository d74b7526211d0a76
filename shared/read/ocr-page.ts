import { createRequire } from 'node:module';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Canvas } from '@napi-rs/canvas';
import type { TextRun } from './layout-lines.ts';
import { Rejection } from './rejection.ts';
import { ReaderFault } from './errors.ts';
import { renderTile } from './render-page.ts';
import { textQuality } from './text-quality.ts';

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
      return await createWorker('ita', OEM.LSTM_ONLY, { langPath: ita.langPath, gzip: ita.gzip, cacheMethod: 'none' });
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
      const words = await recognise(engine, image.toBuffer('image/png'), image.width);
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
 * 300 dpi; words in page points, origin bottom-left. Errors as `ocrPage`.
 */
export async function ocrBox(page: PDFPageProxy, box: { left: number; bottom: number; width: number; height: number }): Promise<TextRun[]> {
  const base = page.getViewport({ scale: 1 });
  const scale = 300 / 72;
  const engine = await ocrWorker();
  try {
    const left = Math.max(0, Math.floor(box.left * scale));
    const top = Math.max(0, Math.floor((base.height - box.bottom - box.height) * scale));
    const canvas = await renderTile(page, scale, left, top, Math.max(1, Math.ceil(box.width * scale)), Math.max(1, Math.ceil(box.height * scale)));
    const words = await recognise(engine, canvas.toBuffer('image/png'), Number.POSITIVE_INFINITY);
    return toRuns(words, scale, base.height, left, top);
  } catch (err) {
    if (err instanceof ReaderFault || err instanceof Rejection) throw err;
    throw new Rejection('ocr-failed', (err as Error).message);
  }
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

async function recognise(engine: OcrWorker, png: Buffer, width: number): Promise<Word[]> {
  const { data } = await engine.recognize(png, {}, { blocks: true, text: false });
  const words: Word[] = [];
  for (const line of (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines))) {
    // The baseline, not the box bottom: descenders (g, p, q) would move a line down by a few points.
    const base = line.baseline && line.baseline.y1 > 0 ? (line.baseline.y0 + line.baseline.y1) / 2 : line.bbox.y1;
    for (const w of line.words) {
      if (w.confidence < 30 || !w.text.trim()) continue;
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
      const words = await recognise(engine, canvas.toBuffer('image/png'), Number.POSITIVE_INFINITY);
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
  const wordy = words.filter((w) => /\p{L}{3}/u.test(w.text));
  const sizes = (wordy.length ? wordy : words).map((w) => w.height / scale).sort((a, b) => a - b);
  const size = Math.max(4, sizes[Math.floor(sizes.length / 2)] ?? 10);
  return words.map((w) => ({ text: w.text, x: (w.x0 + left) / scale, y: pageHeight - (w.base + top) / scale, width: (w.x1 - w.x0) / scale, size, ocr: true }));
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

export async function closeOcr(): Promise<void> {
  if (!worker) return;
  const w = await worker.catch(() => null);
  worker = null;
  await w?.terminate();
}
