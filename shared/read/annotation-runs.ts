import type { PDFPageProxy, PageViewport } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextRun } from './layout-lines.ts';
import { appearanceLines } from './appearance-lines.ts';

interface AnnotationData {
  id?: string;
  subtype?: string;
  hasAppearance?: boolean;
  annotationFlags?: number;
  rect?: number[];
  textContent?: string[];
  fieldType?: string;
  fieldValue?: unknown;
  checkBox?: boolean;
  radioButton?: boolean;
  buttonValue?: string;
  exportValue?: string;
  multiLine?: boolean;
  defaultAppearanceData?: { fontSize?: number };
}

/** A rectangle of the displayed page, in points, origin bottom-left. */
export interface PageBox {
  left: number;
  bottom: number;
  width: number;
  height: number;
}

export interface AnnotationText {
  runs: TextRun[];
  /** Stamps whose appearance is a picture (a rubber stamp scanned, a signature box): to be read by OCR. */
  pictures: PageBox[];
}

/** Annotations a person sees as printed on the page: stamps and text boxes, not links or popups. */
const PRINTED = new Set(['FreeText', 'Stamp']);

/**
 * Text a page shows through its annotations, placed where it is displayed: the appearance text of
 * FreeText and Stamp annotations (protocol stamps are often added this way; a stamp's text is read from
 * the page's drawing, see appearanceLines) and the values of filled AcroForm fields (text, choice, a
 * ticked box as "☒"). Stamps whose appearance draws no text (a picture) are returned as boxes for OCR.
 * Hidden annotations are not read.
 */
export async function annotationRuns(page: PDFPageProxy, viewport: PageViewport): Promise<AnnotationText> {
  const annotations = (await page.getAnnotations({ intent: 'display' })) as AnnotationData[];
  const runs: TextRun[] = [];
  const pictures: PageBox[] = [];
  // pdf.js reads the text of FreeText appearances only: a stamp's is read from the page's drawing, asked for only when there is one.
  const stamped = annotations.some((a) => a.subtype === 'Stamp' && a.hasAppearance && !a.textContent?.length);
  const drawn = stamped ? appearanceLines(await page.getOperatorList()) : new Map<string, string[]>();
  for (const a of annotations) {
    // Hidden (flag 2) or not to be viewed (flag 32): a person does not see it, so it is not read.
    if (!a.rect || ((a.annotationFlags ?? 0) & (2 | 32)) !== 0) continue;
    const lines = a.subtype === 'Widget' ? fieldText(a) : (a.textContent?.length ? a.textContent : (a.id ? drawn.get(a.id) : undefined))?.filter((t) => t.trim());
    if (!lines?.length) {
      if (a.subtype && PRINTED.has(a.subtype) && a.hasAppearance) pictures.push(box(viewport, a.rect));
      continue;
    }
    const [x1, y1, x2, y2] = viewport.convertToViewportRectangle(a.rect);
    const left = Math.min(x1, x2);
    const top = viewport.height - Math.min(y1, y2);
    const height = Math.abs(y2 - y1);
    const pitch = height / lines.length;
    const size = Math.min(a.defaultAppearanceData?.fontSize || 11, pitch * 0.8) || 10;
    const origin = a.subtype === 'Widget' ? 'form-field' : 'annotation';
    lines.forEach((text, i) => {
      // A one-line field's value sits on the label's baseline; stacked lines fill the box from the top.
      const y = lines.length === 1 && a.subtype === 'Widget' ? top - height / 2 - size * 0.3 : top - pitch * i - Math.min(pitch, size * 1.2) * 0.8;
      runs.push({ text, x: left + 2, y, width: text.length * size * 0.5, size, origin });
    });
  }
  return { runs, pictures };
}

function box(viewport: PageViewport, rect: number[]): PageBox {
  const [x1, y1, x2, y2] = viewport.convertToViewportRectangle(rect);
  return { left: Math.min(x1, x2), bottom: viewport.height - Math.max(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}

function fieldText(a: AnnotationData): string[] {
  const v = a.fieldValue;
  if (a.fieldType === 'Btn') {
    if (a.checkBox) return v && v !== 'Off' ? ['☒'] : [];
    if (a.radioButton) return v && v !== 'Off' && v === a.buttonValue ? ['◉'] : [];
    return [];
  }
  const values = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
  return values.flatMap((s) => s.split(/\r\n|\r|\n/)).filter((s) => s.trim());
}
