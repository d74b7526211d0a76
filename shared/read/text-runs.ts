import type { PDFPageProxy, PageViewport } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfjs } from './pdfjs.ts';
import type { TextRun } from './layout-lines.ts';
import { LETTER_SPACED, restoreWordSpaces, spacedHeadingWord } from './letter-spacing.ts';

/**
 * The runs of a page's text layer, placed as the page is displayed: its /Rotate applied, origin at
 * the bottom-left of the view box, each run with its direction (a stamp printed up the margin is at 90°).
 * Text is as the PDF maps it, but for letter-spaced runs, whose word spaces are put back from the
 * drawing (see letter-spacing.ts); clean-up happens when runs are joined into lines.
 */
export async function textRuns(page: PDFPageProxy, viewport: PageViewport): Promise<TextRun[]> {
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const runs: TextRun[] = [];
  for (const [order, item] of content.items.entries()) {
    if (!('str' in item) || !item.str) continue;
    // Device space of a scale-1 viewport: y grows downwards.
    const m = pdfjs.Util.transform(viewport.transform, item.transform as number[]);
    const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]) || item.height || 10;
    const angle = (Math.atan2(-m[1], m[0]) * 180) / Math.PI;
    runs.push({ text: item.str, x: m[4], y: viewport.height - m[5], width: item.width, size, angle, order });
  }
  // A spaced heading word alone on its line ("D E C R E T A") is read as the word; anything else spaced asks for
  // the drawing (beside other spaced runs, as in "R E G I O N E   M O L I S E", the line is read as a whole downstream).
  for (const r of runs) {
    const word = spacedHeadingWord(r.text);
    if (word && !runs.some((o) => o !== r && o.text.trim() && Math.abs(o.y - r.y) < r.size * 0.3)) r.text = word;
  }
  if (runs.some((r) => LETTER_SPACED.test(r.text))) {
    // A drawing pdf.js cannot list leaves the text as read: spaced letters, but nothing lost.
    const texts = await restoreWordSpaces(page, runs.map((r) => r.text)).catch(() => runs.map((r) => r.text));
    texts.forEach((text, i) => { runs[i].text = text; });
  }
  return runs;
}
