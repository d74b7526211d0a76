import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfjs } from './pdfjs.ts';
import { inspectRawPdf } from './inspect-raw-pdf.ts';
import { layoutLines, type TextRun } from './layout-lines.ts';
import { withoutMarginSpecks } from './margin-specks.ts';
import type { Line, PageText, ReadNote, ReadResult } from './page-text.ts';
import { Rejection, italianBytes, italianCount } from './rejection.ts';
import { ReaderFault } from './errors.ts';
import type { ReadLimits } from './read-limits.ts';
import { ocrBox, ocrImages, ocrPage, type OcrResult, type Quarter } from './ocr-page.ts';
import { unwrapEnvelope } from './unwrap-envelope.ts';
import { padesSignatures } from './pades-signature.ts';
import { signatureWarnings } from './verify-cms.ts';
import { textRuns } from './text-runs.ts';
import { annotationRuns, type AnnotationText } from './annotation-runs.ts';
import { imageCoverage } from './image-coverage.ts';
import { textQuality, isUndecodable } from './text-quality.ts';
import { noTextIndexes, undecodableCount } from './clean-text.ts';
import { xfaLines } from './xfa-lines.ts';
import { READER_VERSION } from './reader-version.ts';

// A deployed bundle ships pdfjs's cMaps, fonts and wasm beside it (CARTEGGIO_PDFJS_ASSETS); locally they come from the package.
const pdfjsRoot = process.env.CARTEGGIO_PDFJS_ASSETS ?? dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const assets = {
  cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
  standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
  wasmUrl: join(pdfjsRoot, 'wasm') + '/',
};

export type ProgressFn = (done: number, total: number) => void;

/** Below this many printed characters, a page mostly covered by a picture is a scan (a stamp or a DMS header printed over it included). */
const SCAN_TEXT_MAX = 400;
/** The share of the page a picture must cover for the page to count as a scan. */
const SCAN_COVERAGE = 0.5;
/**
 * Path data (see image-coverage.ts) above which a page with little text is text drawn as outlines:
 * the letters are there to see but not to read, as on a scan. Real office pages with tables,
 * underlines and logos stay under ~11,000; a page of outlined text runs to 80,000 and more.
 */
const OUTLINED_TEXT_PATH_DATA = 30_000;

/**
 * Reads a PDF's text, page by page, as lines in reading order. A CAdES envelope is opened first;
 * scanned pages and text layers that do not decode are read by OCR; annotation and form-field text
 * is placed where it is displayed. Nothing in the file is executed: eval, scripting, XFA rendering
 * and font loading are off, and every asset comes from the installed package.
 *
 * Errors: `Rejection` for a cause in the file (its code and Italian message are recorded);
 * `ReaderFault` for a fault of the reader (retried, never recorded against the file).
 */
export async function readPdf(bytes: Uint8Array, limits: ReadLimits, onPage?: ProgressFn, opts: ReadOptions = {}): Promise<ReadResult> {
  if (bytes.length === 0) throw new Rejection('empty');
  if (bytes.length > limits.maxBytes) throw new Rejection('too-large', `${italianBytes(bytes.length)}, massimo ${italianBytes(limits.maxBytes)}`);
  const envelope = await unwrapEnvelope(bytes);
  if (!envelope) throw new Rejection('not-pdf');
  const pades = await padesSignatures(envelope.pdf);
  const signers = [...envelope.signers, ...pades.signers];
  const raw = await inspectRawPdf(envelope.pdf, limits);
  const task = pdfjs.getDocument({
    data: new Uint8Array(envelope.pdf), // pdfjs transfers (detaches) the buffer it is given
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
    throw fileCause(err, envelope.notes.some((n) => n.code === 'missing-eof'));
  }
  try {
    if (doc.numPages > limits.maxPages) {
      throw new Rejection('too-many-pages', `${italianCount(doc.numPages)} pagine, massimo ${italianCount(limits.maxPages)}`);
    }
    const permissions = await doc.getPermissions().catch(() => null);
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const scripts = await doc.getJSActions().catch(() => null);
    const repairs: ReadNote[] = envelope.notes.map((n) => ({ code: n.code, message: n.message }));
    const warnings: ReadNote[] = [...signatureWarnings(signers), ...pades.warnings];
    let pages: PageText[] = [];
    const ocrPages: number[] = [];
    let unrecovered = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await fromPdfjs(doc.getPage(n));
      const read = await readPage(page, n, ocrPages.length < limits.ocrMaxPages && limits.ocr, raw.mayHaveTextAnnotations);
      if (read.ocr) ocrPages.push(n);
      if (n === 1 && !read.ocr && limits.ocr && opts.readLetterhead?.(read.text.lines)) {
        // An improvement, not a condition of reading: if the OCR of the band fails, the page's text stands.
        const pictured = await letterheadPicture(page, read.text).catch((err: unknown) => {
          if (err instanceof ReaderFault) throw err;
          warnings.push({ code: 'letterhead-ocr-failed', page: 1, message: 'pagina 1: intestazione come immagine non letta con OCR' });
          return null;
        });
        if (pictured) {
          read.text = pictured;
          repairs.push({ code: 'letterhead-ocr', page: 1, message: 'pagina 1: intestazione stampata come immagine, letta con OCR' });
        }
      }
      if (read.turn) repairs.push({ code: 'scan-turned', page: n, message: `pagina ${n}: scansione ruotata di ${read.turn}° prima dell’OCR` });
      if (read.undecodable && read.ocr) warnings.push({ code: 'undecodable-text', page: n, message: `pagina ${n}: testo senza codifica dei caratteri, riletto con OCR` });
      if (read.undecodable && !read.ocr) {
        unrecovered++;
        warnings.push({ code: 'undecodable-text', page: n, message: `pagina ${n}: il testo non ha una codifica dei caratteri leggibile e l’OCR non è stato eseguito` });
      }
      if (read.scanned && !read.ocr) warnings.push({ code: 'ocr-skipped', page: n, message: `pagina ${n}: scansione non letta (OCR disattivato o oltre il massimo di ${limits.ocrMaxPages} pagine)` });
      if (read.blank) warnings.push({ code: 'blank-page', page: n, message: `pagina ${n}: pagina bianca, senza testo né immagini` });
      if (read.ocr && read.confidence < 50) warnings.push({ code: 'ocr-low-confidence', page: n, message: `pagina ${n}: OCR poco affidabile (confidenza media ${Math.round(read.confidence)}%)` });
      pages.push(read.text);
      page.cleanup();
      onPage?.(n, doc.numPages);
    }
    const hasText = pages.some((p) => p.lines.length > 0);
    const fieldValues = pages.some((p) => p.lines.some((l) => l.origins?.includes('form-field')));
    if (raw.hasXfa && !fieldValues) {
      // An XFA form: what the page shows is a placeholder; the form's text and values are in the XFA packets.
      const lines = await xfaLines(envelope.pdf);
      if (!lines.length) throw new Rejection('xfa-form');
      pages = [{ page: 1, width: pages[0]?.width ?? 595, height: pages[0]?.height ?? 842, ocr: false, lines: layoutXfa(lines) }];
      warnings.push({ code: 'xfa-form', message: 'modulo XFA: testo e valori letti dai dati del modulo, non dalla pagina (che mostra solo un avviso)' });
    } else if (!hasText && unrecovered > 0) {
      throw new Rejection('unreadable-text');
    } else if (doc.numPages > 0 && warnings.filter((w) => w.code === 'blank-page').length === doc.numPages) {
      throw new Rejection('blank', doc.numPages > 1 ? `${italianCount(doc.numPages)} pagine, tutte bianche` : undefined);
    }
    return {
      facts: {
        pageCount: doc.numPages,
        encryption: permissions ? 'owner-password-only' : 'none',
        hasJavaScript: raw.hasJavaScript || (scripts !== null && Object.keys(scripts).length > 0),
        ocrPages,
        title: typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : null,
        producer: typeof info.Producer === 'string' && info.Producer.trim() ? info.Producer.trim() : null,
        signers,
        repairs,
        warnings,
        attachments: [],
        readerVersion: READER_VERSION,
      },
      pages,
    };
  } catch (err) {
    if (err instanceof Rejection || err instanceof ReaderFault) throw err;
    // Whatever pdf.js raised was turned into a rejection where it was called: this is our own fault.
    throw new ReaderFault(`errore interno nella lettura: ${(err as Error)?.message ?? String(err)}`, { cause: err });
  } finally {
    await doc.destroy();
  }
}

export interface ReadOptions {
  /**
   * Asked with page 1's lines: whether the letterhead, printed as a picture above them, should be read
   * by OCR (the caller knows what it needs from it, such as the sender's name). Only with OCR allowed.
   */
  readLetterhead?: (lines: Line[]) => boolean;
}

/** Path data (numbers) from which drawing may be lettering: a rule or a box is a few dozen. */
const LETTERING_PATH_DATA = 1000;
/** The most of a page's top that a letterhead picture takes, in points. */
const LETTERHEAD_BAND_MAX = 220;

/**
 * Page 1 with the text of the picture above its first line (an emblem with the body's name, a logo)
 * read by OCR and set above its lines, marked as from a picture; null when the band is too thin or
 * holds no words.
 */
async function letterheadPicture(page: PDFPageProxy, text: PageText): Promise<PageText | null> {
  const band = letterheadBand(text);
  if (!band) return null;
  const { bottom, ceiling } = band;
  // Only a band that shows something: an image reaching into it, or drawing enough to be lettering (an
  // outlined name); a blank top margin is not read.
  const drawn = await fromPdfjs(imageCoverage(page));
  const imageInBand = drawn.images.some(({ ctm: [a, b, c, d, e, f] }) => Math.max(f, f + b, f + d, f + b + d) > bottom && Math.min(f, f + b, f + d, f + b + d) < ceiling);
  if (!imageInBand && drawn.pathData < LETTERING_PATH_DATA) return null;
  // What the page's text already prints inside the band (a corner's "COPIA" above an outlined name) is not read twice.
  const printed = (r: TextRun) => text.lines.some((l) => Math.abs(l.y - r.y) < l.size * 0.8 && l.segments.some((g) => g.x < r.x + r.width && g.end > r.x));
  const runs = (await ocrBox(page, { left: 0, bottom, width: text.width, height: ceiling - bottom })).filter((r) => !printed(r)).map((r) => ({ ...r, origin: 'picture' as const }));
  const pictured = layoutLines(runs, text.page, text.width, true);
  if (!pictured.length) return null;
  const lines = [...pictured, ...text.lines].map((l, index) => ({ ...l, index }));
  return { ...text, lines };
}

/**
 * Where a letterhead printed as a picture stands: the stretches of the page's top (its first 220 pt) with no text line
 * in them – the top margin above the first line, or a gap between lines when a running header or a stamp in the
 * corner is printed above the emblem – from the lowest to the highest. A gap between lines is one of at least 20 pt
 * (one line of lettering); the top margin, at least 36. Null when there is none. Points from the page's bottom.
 */
function letterheadBand(text: PageText): { bottom: number; ceiling: number } | null {
  const floor = text.height - LETTERHEAD_BAND_MAX;
  const top = text.lines.filter((l) => l.y + l.size > floor).sort((a, b) => b.y - a.y);
  if (!text.lines.length) return null;
  if (!top.length) return { bottom: floor, ceiling: text.height };
  const gaps = [{ bottom: Math.max(floor, top[0].y + top[0].size + 2), ceiling: text.height, least: 36 }];
  for (let i = 1; i < top.length; i++) gaps.push({ bottom: Math.max(floor, top[i].y + top[i].size + 2), ceiling: top[i - 1].y - 2, least: 20 });
  // Every stretch wide enough may hold the picture (a corner's mark or a stamp may stand above it, or a running header): the band
  // runs from the lowest of them to the top, and what the text prints within it is left out of what OCR reads (see letterheadPicture).
  const open = gaps.filter((g) => g.ceiling - g.bottom >= g.least);
  if (!open.length) return null;
  return { bottom: Math.min(...open.map((g) => g.bottom)), ceiling: Math.max(...open.map((g) => g.ceiling)) };
}

interface PageRead {
  text: PageText;
  ocr: boolean;
  scanned: boolean;
  undecodable: boolean;
  turn: Quarter;
  confidence: number;
  /** Nothing to read on the page: no text, no annotation, no image, no drawing that could be text. */
  blank: boolean;
}

/**
 * One page: its text layer, annotations and form values; OCR where the page is a scan (a picture over
 * most of it, little printed text) or where the text layer does not decode. OCR'd words are kept only
 * where no printed text stands, so a printed note over a scan is read once, as printed.
 */
async function readPage(page: PDFPageProxy, n: number, mayOcr: boolean, textAnnotations: boolean): Promise<PageRead> {
  const viewport = page.getViewport({ scale: 1 });
  const printed = await fromPdfjs(textRuns(page, viewport));
  // A file with no annotation that shows text (links alone) is not asked for them: pdf.js would read each page twice.
  const none: AnnotationText = { runs: [], pictures: [] };
  const annotated = textAnnotations ? await annotationRuns(page, viewport).catch(() => none) : none;
  const annotations = annotated.runs;
  // A stamp drawn as a picture is read by OCR where it stands, and marked as an annotation.
  if (mayOcr) for (const b of annotated.pictures) annotations.push(...(await ocrBox(page, b, true)).map((r) => ({ ...r, origin: 'annotation' as const })));
  const quality = textQuality(printed.map((r) => r.text).join(' '));
  const pageGarbled = isUndecodable(quality);
  const garbled = printed.filter((r) => pageGarbled || undecodableCount(r.text) > 0);
  const clean = printed.filter((r) => !garbled.includes(r));
  const usable = quality.chars - garbledChars(garbled);
  // Only a page with little readable text can be a scan: the drawing operators are walked for it alone.
  const drawn = usable < SCAN_TEXT_MAX ? await fromPdfjs(imageCoverage(page)) : { coverage: 0, images: [], pathData: 0 };
  const outlined = usable < SCAN_TEXT_MAX && drawn.pathData >= OUTLINED_TEXT_PATH_DATA;
  const scanned = (drawn.coverage >= SCAN_COVERAGE && usable < SCAN_TEXT_MAX) || (usable < 20 && drawn.coverage > 0.05) || outlined;
  const undecodable = garbled.length > 0;
  let ocr: OcrResult | null = null;
  // A scan is read from its images' own pixels (little memory, nothing drawn); text that does not
  // decode, or a scan that does not read upright, from the rendered page.
  // Outlined text has no image to read: the page is rendered and read.
  if (scanned && !undecodable && !outlined && mayOcr) ocr = await ocrImages(page, drawn.images);
  if ((scanned || undecodable) && mayOcr && !ocr) ocr = await ocrPage(page);
  let runs: TextRun[];
  let width = viewport.width;
  let height = viewport.height;
  if (ocr) {
    // A garbled run's text around its lone unmapped glyphs is kept as printed; OCR gives back only what does not map.
    const mapped = pageGarbled ? [] : garbled.flatMap(textAroundLoneGlyphs);
    const kept = [...clean, ...mapped, ...annotations].map((r) => turnRun(r, ocr.turn, viewport.width, viewport.height));
    runs = [...kept, ...withoutMarginSpecks(ocr.runs).filter((w) => !kept.some((p) => overlaps(w, p)))];
    [width, height] = [ocr.width, ocr.height];
  } else {
    // Without OCR, text that does not decode is dropped when it is the whole page, else kept cleaned.
    runs = [...(pageGarbled ? clean : printed), ...annotations];
  }
  const lines = layoutLines(runs, n, width);
  return {
    text: { page: n, width: round(width), height: round(height), ocr: ocr !== null, lines },
    ocr: ocr !== null,
    scanned,
    undecodable,
    turn: ocr?.turn ?? 0,
    confidence: ocr?.confidence ?? 100,
    blank: lines.length === 0 && !scanned && !undecodable && drawn.coverage === 0 && drawn.pathData === 0,
  };
}

/**
 * A garbled run whose unmapped glyphs each stand alone between spaces ("ARRIVO \u0013 Area Affari Generali"): its
 * text on either side of them, each part placed where it is drawn (in proportion to its characters along the run),
 * so OCR reads only what the lone glyph shows (a dash, a "€", an "è"). A run with an unmapped glyph inside a word
 * ("Mon\u0001telago") or for its spaces is left whole to OCR, as is a turned run.
 */
function textAroundLoneGlyphs(run: TextRun): TextRun[] {
  if (run.angle || !run.text.length) return [];
  const glyphs = noTextIndexes(run.text);
  const spaceOrEdge = (at: number) => at < 0 || at >= run.text.length || run.text[at] === ' ' || run.text[at] === '\u00a0';
  if (glyphs.some((at) => !spaceOrEdge(at - 1) || !spaceOrEdge(at + 1))) return [];
  const perChar = run.width / run.text.length;
  const parts: TextRun[] = [];
  [-1, ...glyphs].forEach((from, k) => {
    const to = glyphs[k] ?? run.text.length;
    const raw = run.text.slice(from + 1, to);
    const text = raw.trim();
    const at = from + 1 + raw.indexOf(text);
    if (text) parts.push({ ...run, text, x: run.x + at * perChar, width: text.length * perChar });
  });
  return parts;
}

function garbledChars(runs: TextRun[]): number {
  return runs.reduce((s, r) => s + r.text.replace(/\s+/g, '').length, 0);
}

/** Places a run of the displayed page in the frame of the page turned clockwise by `turn`. */
function turnRun(r: TextRun, turn: Quarter, w: number, h: number): TextRun {
  if (turn === 0) return r;
  if (turn === 180) return { ...r, x: w - r.x - r.width, y: h - r.y };
  if (turn === 90) return { ...r, x: r.y, y: w - r.x, angle: (r.angle ?? 0) + 90 };
  return { ...r, x: h - r.y, y: r.x, angle: (r.angle ?? 0) - 90 };
}

/** Whether an OCR'd word lies over printed text (boxes from baseline and size). */
function overlaps(word: TextRun, printed: TextRun): boolean {
  const box = (r: TextRun) => {
    const vertical = Math.abs(Math.round((r.angle ?? 0) / 90)) % 2 === 1;
    return vertical ? [r.x - r.size * 0.85, r.y, r.x + r.size * 0.25, r.y + r.width] : [r.x, r.y - r.size * 0.25, r.x + r.width, r.y + r.size * 0.85];
  };
  const [a0, a1, a2, a3] = box(word);
  const [b0, b1, b2, b3] = box(printed);
  const w = Math.min(a2, b2) - Math.max(a0, b0);
  const h = Math.min(a3, b3) - Math.max(a1, b1);
  return w > 0 && h > 0 && w * h >= 0.3 * (a2 - a0) * (a3 - a1);
}

function layoutXfa(texts: string[]): PageText['lines'] {
  // Each draw and field of the form is a block of its own: a blank line apart.
  return texts.map((text, index) => ({ page: 1, index, x: 56, y: 800 - index * 14, size: 11, gapBefore: index ? 1 : 0, text, segments: [{ x: 56, end: 56 + text.length * 5.5, text }], origins: ['xfa' as const] }));
}

/** Runs a pdf.js call: what pdf.js raises comes from the file's content, and is the file's rejection. */
function fromPdfjs<T>(call: Promise<T>): Promise<T> {
  return call.catch((err: unknown) => {
    throw fileCause(err, false);
  });
}

function fileCause(err: unknown, missingEof: boolean): Rejection {
  if (err instanceof Rejection) return err;
  const e = err as { name?: string; message?: string };
  if (e?.name === 'PasswordException') return new Rejection('encrypted');
  if (err instanceof RangeError && /call stack/i.test(e.message ?? '')) return new Rejection('too-deep');
  // pdf.js explains in English: kept for whoever must look into the file, marked as such.
  return new Rejection(missingEof ? 'truncated' : 'corrupt', `dettaglio tecnico di pdf.js «${e?.message ?? String(err)}»`);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
