import { PDFDocument } from 'pdf-lib';
import { pdfjs } from '../shared/read/pdfjs.ts';
import { renderPage } from '../shared/read/render-page.ts';

/** An image-only copy of a PDF, as a scanner would make it: each page a picture, no text layer. */
export async function scannedCopy(pdf: Uint8Array, dpi = 200): Promise<Uint8Array> {
  const src = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const out = await PDFDocument.create();
  for (let n = 1; n <= src.numPages; n++) {
    const page = await src.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const png = await out.embedPng(await renderPage(page, dpi / 72));
    out.addPage([width, height]).drawImage(png, { x: 0, y: 0, width, height });
  }
  await src.destroy();
  return out.save();
}
