/**
 * Bitmaps of the letter, as a scanner would give them: the letter painted with @napi-rs/canvas in
 * Titillium Web, kept as 8-bit greyscale and embedded as a Flate-compressed /DeviceGray image.
 */
import { deflateSync } from 'node:zlib';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { fmt, titilliumPath } from './compose.ts';
import { titilliumOutlines } from './fonts.ts';
import { A4, layoutLetter, letterLines, type LetterLine, type Sheet } from './letter.ts';

let registered = false;
function ensureFont(): void {
  if (registered) return;
  if (!GlobalFonts.registerFromPath(titilliumPath, 'ReadingKindsTitillium')) throw new Error('cannot register Titillium Web');
  registered = true;
}

export interface GreyImage {
  width: number;
  height: number;
  /** One byte a pixel, rows top-down. */
  data: Buffer;
}

/** Titillium advance widths in points, for laying the letter out as it will be painted. */
export function titilliumWidth(text: string, size: number): number {
  const font = titilliumOutlines();
  let w = 0;
  for (const ch of text) w += font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth;
  return (w / font.unitsPerEm) * size;
}

/**
 * Paints the letter on a sheet at `dpi`. `turn: 90` paints it turned 90° clockwise onto a sheet of
 * swapped size (the letter laid out on `sheet`, the bitmap `sheet.height` wide and `sheet.width` tall).
 */
export function paintLetter(opts: { lines?: readonly LetterLine[]; sheet?: Sheet; dpi: number; turn?: 0 | 90; paper?: number }): GreyImage {
  ensureFont();
  const sheet = opts.sheet ?? A4;
  const s = opts.dpi / 72;
  const turned = opts.turn === 90;
  const width = Math.round((turned ? sheet.height : sheet.width) * s);
  const height = Math.round((turned ? sheet.width : sheet.height) * s);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const paper = opts.paper ?? 250;
  ctx.fillStyle = `rgb(${paper},${paper},${paper})`;
  ctx.fillRect(0, 0, width, height);
  if (turned) {
    ctx.translate(width, 0);
    ctx.rotate(Math.PI / 2);
  }
  ctx.fillStyle = 'rgb(25,25,25)';
  for (const line of layoutLetter(opts.lines ?? letterLines, titilliumWidth, sheet)) {
    if (!line.text) continue;
    ctx.font = `${line.size * s}px ReadingKindsTitillium`;
    ctx.fillText(line.text, line.x * s, (sheet.height - line.y) * s);
  }
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const data = Buffer.alloc(width * height);
  for (let i = 0, j = 0; j < data.length; i += 4, j++) data[j] = rgba[i + 1];
  return { width, height, data };
}

/** Repeats an image across and down a `width` × `height` bitmap (tiles at the far edges cut off). */
export function tile(img: GreyImage, width: number, height: number): GreyImage {
  const data = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    const src = (y % img.height) * img.width;
    for (let x = 0; x < width; x += img.width) {
      const n = Math.min(img.width, width - x);
      img.data.copy(data, y * width + x, src, src + n);
    }
  }
  return { width, height, data };
}

/** Embeds a grey image and returns operators drawing it over `w` × `h` points at (x, y). */
export function embedGrey(doc: PDFDocument, page: PDFPage, img: GreyImage, x: number, y: number, w: number, h: number): string {
  const stream = doc.context.stream(deflateSync(img.data, { level: 6 }), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: img.width,
    Height: img.height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
  });
  const name = page.node.newXObject('Scan', doc.context.register(stream));
  return `q ${fmt(w)} 0 0 ${fmt(h)} ${fmt(x)} ${fmt(y)} cm ${name.toString()} Do Q\n`;
}

/** Embeds a grey image as /DeviceRGB (each grey byte three times), as a colour scanner saves a letter; operators as `embedGrey`. */
export function embedGreyAsRgb(doc: PDFDocument, page: PDFPage, img: GreyImage, x: number, y: number, w: number, h: number): string {
  const rgb = Buffer.alloc(img.data.length * 3);
  for (let i = 0, o = 0; i < img.data.length; i++, o += 3) rgb[o] = rgb[o + 1] = rgb[o + 2] = img.data[i];
  const stream = doc.context.stream(deflateSync(rgb, { level: 6 }), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: img.width,
    Height: img.height,
    ColorSpace: 'DeviceRGB',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
  });
  const name = page.node.newXObject('Scan', doc.context.register(stream));
  return `q ${fmt(w)} 0 0 ${fmt(h)} ${fmt(x)} ${fmt(y)} cm ${name.toString()} Do Q\n`;
}
