/**
 * A PDF shown one page at a time with pdf.js (served locally from /pdfjs/, worker included), with
 * previous/next buttons, the page number announced, and a highlight rectangle drawn over a region
 * given in PDF points (origin top-left).
 */
import type * as PdfJs from 'pdfjs-dist';
import { h, icon } from './dom.ts';

type PdfLib = typeof PdfJs;
let lib: Promise<PdfLib> | null = null;

/** pdf.js, loaded once, the first time a page needs it. */
export function loadPdfJs(): Promise<PdfLib> {
  // A variable, so the bundler leaves the import to the browser (the module is copied, not bundled).
  const url = '/pdfjs/pdf.min.mjs';
  lib ??= (import(url) as Promise<PdfLib>).then((m) => {
    m.GlobalWorkerOptions.workerSrc = '/pdfjs/pdf.worker.min.mjs';
    return m;
  });
  return lib;
}

export interface Highlight {
  page: number;
  /** PDF points from the page's top-left corner. */
  x: number;
  top: number;
  width: number;
  height: number;
  /** The page's width in the same points (from the text object), when known: scales the rectangle to the canvas. */
  pageWidth?: number;
  /** Said to screen readers and shown under the page. */
  label: string;
}

export class PdfViewer {
  readonly el: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly stage: HTMLElement;
  private readonly mark: HTMLElement;
  private readonly status: HTMLElement;
  private readonly prev: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly caption: HTMLElement;
  private doc: PdfJs.PDFDocumentProxy | null = null;
  private pageNumber = 1;
  private renderTask: PdfJs.RenderTask | null = null;
  /** Bumped by every render: a render overtaken by a newer one (another page chosen meanwhile) stops. */
  private renders = 0;
  private highlight: Highlight | null = null;
  /** Points → CSS pixels for the page on show, and the page's size in points. */
  private scale = 1;
  private pageBox = { width: 0, height: 0 };

  constructor(private readonly name: string) {
    this.prev = h('button', { type: 'button', class: 'btn btn-outline-primary btn-sm btn-icon', onclick: () => void this.show(this.pageNumber - 1) }, icon('it-chevron-left', 'icon-primary icon-sm'), h('span', {}, 'Pagina precedente'));
    this.next = h('button', { type: 'button', class: 'btn btn-outline-primary btn-sm btn-icon', onclick: () => void this.show(this.pageNumber + 1) }, h('span', {}, 'Pagina successiva'), icon('it-chevron-right', 'icon-primary icon-sm'));
    this.status = h('p', { class: 'mb-0 mx-3 fw-semibold', 'aria-live': 'polite', 'data-testid': 'pagina-pdf' }, '');
    this.canvas = h('canvas', { role: 'img', 'aria-label': `${name}: caricamento` });
    this.mark = h('div', { class: 'evidenza d-none', 'aria-hidden': 'true' });
    this.stage = h('div', { class: 'pdf-pagina' }, this.canvas, this.mark);
    this.caption = h('p', { class: 'small mt-2 mb-0 evidenza-testo', 'aria-live': 'polite' });
    this.el = h(
      'div',
      { class: 'pdf-viewer' },
      h('div', { class: 'pdf-barra d-flex align-items-center flex-wrap gap-2 mb-2' }, this.prev, this.status, this.next),
      this.stage,
      this.caption,
    );
    this.prev.disabled = true;
    this.next.disabled = true;
    addEventListener('resize', () => void this.render());
  }

  get pages(): number {
    return this.doc?.numPages ?? 0;
  }

  /** Opens a PDF from a URL (same origin or allowed by connect-src) or bytes; shows page 1. */
  async open(source: string | Uint8Array): Promise<void> {
    const pdfjs = await loadPdfJs();
    const old = this.doc;
    this.doc = await pdfjs.getDocument(typeof source === 'string' ? { url: source, isEvalSupported: false } : { data: source, isEvalSupported: false }).promise;
    void old?.destroy();
    // A page chosen while the file was loading (a field's evidence) is the one shown.
    await this.show(this.highlight?.page ?? this.pageNumber);
  }

  async show(page: number): Promise<void> {
    if (!this.doc) {
      this.pageNumber = Math.max(1, page);
      return;
    }
    this.pageNumber = Math.max(1, Math.min(page, this.doc.numPages));
    await this.render();
  }

  /** Shows the page of `mark` and draws it; null removes the highlight. */
  async setHighlight(mark: Highlight | null): Promise<void> {
    this.highlight = mark;
    this.caption.textContent = mark ? mark.label : '';
    if (mark && mark.page !== this.pageNumber) await this.show(mark.page);
    else this.placeMark();
    if (mark) this.mark.scrollIntoView({ block: 'center' });
  }

  private async render(): Promise<void> {
    if (!this.doc) return;
    const n = this.pageNumber;
    const mine = ++this.renders;
    const page = await this.doc.getPage(n);
    if (mine !== this.renders) return;
    const base = page.getViewport({ scale: 1 });
    // The column's width (the stage shrinks to the canvas, so it cannot say how wide the page may be).
    const width = Math.max(280, this.el.clientWidth || 600);
    this.scale = width / base.width;
    this.pageBox = { width: base.width, height: base.height };
    const viewport = page.getViewport({ scale: this.scale });
    const dpr = window.devicePixelRatio || 1;
    this.renderTask?.cancel();
    const canvas = this.canvas;
    canvas.width = Math.floor(viewport.width * dpr);
    canvas.height = Math.floor(viewport.height * dpr);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    const task = page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport, transform: dpr === 1 ? undefined : [dpr, 0, 0, dpr, 0, 0] });
    this.renderTask = task;
    try {
      await task.promise;
    } catch (err) {
      if ((err as Error).name === 'RenderingCancelledException') return;
      throw err;
    }
    if (mine !== this.renders) return;
    this.status.textContent = `Pagina ${n} di ${this.doc.numPages}`;
    canvas.setAttribute('aria-label', `${this.name}: pagina ${n} di ${this.doc.numPages}`);
    this.prev.disabled = n <= 1;
    this.next.disabled = n >= this.doc.numPages;
    this.placeMark();
  }

  private placeMark(): void {
    const m = this.highlight;
    if (!m || m.page !== this.pageNumber) {
      this.mark.classList.add('d-none');
      return;
    }
    const pageWidth = m.pageWidth && m.pageWidth > 0 ? m.pageWidth : this.pageBox.width;
    const s = (this.pageBox.width * this.scale) / pageWidth;
    const x = Math.max(0, m.x);
    const width = Math.max(4, Math.min(m.width, pageWidth - x));
    Object.assign(this.mark.style, { left: `${x * s}px`, top: `${Math.max(0, m.top) * s}px`, width: `${width * s}px`, height: `${m.height * s}px` });
    this.mark.classList.remove('d-none');
  }
}
