import { PDFDocument, StandardFonts, PDFName, PDFString } from 'pdf-lib';

export interface TextLine {
  text: string;
  x?: number;
  size?: number;
  /** Extra space above the line, in points: a blank line is about one line height. */
  gap?: number;
}

/**
 * A text PDF laid out line by line, as a word processor would set a letter: each page is a list of
 * lines from the top margin down. Helvetica's WinAnsi set covers à è é ì ò ù ’ “ ” « » € –.
 */
export async function makePdf(pages: (string | TextLine)[][], opts: { javascript?: string; title?: string } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  if (opts.title) doc.setTitle(opts.title);
  for (const lines of pages) {
    const page = doc.addPage([595.28, 841.89]);
    let y = 841.89 - 60;
    for (const raw of lines) {
      const line = typeof raw === 'string' ? { text: raw } : raw;
      const size = line.size ?? 11;
      y -= (line.gap ?? 0) + size * 1.25;
      if (line.text) page.drawText(line.text, { x: line.x ?? 56, y, size, font });
    }
  }
  if (opts.javascript) {
    const action = doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(opts.javascript) });
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action));
  }
  return doc.save({ useObjectStreams: false });
}

/** A letter page from paragraphs: blank lines (gap) between paragraphs, as printed letters have. */
export function paragraphs(...blocks: (string | string[])[]): TextLine[] {
  const out: TextLine[] = [];
  for (const b of blocks) {
    const lines = Array.isArray(b) ? b : [b];
    lines.forEach((text, i) => out.push({ text, gap: i === 0 && out.length ? 12 : 0 }));
  }
  return out;
}
