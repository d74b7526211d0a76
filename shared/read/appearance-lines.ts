import { pdfjs } from './pdfjs.ts';

/**
 * The lines of text each annotation's appearance draws, by annotation id ("10R"), read from the page's operator list
 * (which pdf.js builds with every viewable annotation's appearance stream between `beginAnnotation` and `endAnnotation`).
 *
 * pdf.js gives the text of FreeText annotations only; a register's /Stamp annotation is most often text too
 * ("m_it.AOO_LT.REGISTRO UFFICIALE.U.0071468.21-10-2026" / "Classifica: 14.2.1"), which read here is read exactly,
 * overflowing its box or not, instead of by OCR of its picture. A new line starts where the text moves to another
 * baseline; a kerning step of a fifth of an em or more inside a line reads as a space. Glyphs without Unicode
 * (a font that maps none) are left out: an annotation with no line read is left to OCR. Source: PDF 32000-1 §12.5.5
 * (appearance streams), §9.4 (text objects).
 */
export function appearanceLines(ops: { fnArray: number[]; argsArray: unknown[][] }): Map<string, string[]> {
  const OPS = pdfjs.OPS;
  const out = new Map<string, string[]>();
  let id: string | null = null;
  let lines: string[] = [];
  let line = '';
  let y: number | null = null;
  const close = () => {
    if (line.trim()) lines.push(line.replace(/\s+/g, ' ').trim());
    line = '';
  };
  // Text placed again on the same baseline (a second cell, a second string) is set apart by a space.
  const moveTo = (next: number) => {
    if (y !== null && Math.abs(next - y) > 0.5) close();
    else if (line && !line.endsWith(' ')) line += ' ';
    y = next;
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] ?? [];
    if (fn === OPS.beginAnnotation) {
      [id, lines, line, y] = [String(args[0]), [], '', null];
      continue;
    }
    if (id === null) continue;
    switch (fn) {
      case OPS.endAnnotation:
        close();
        if (lines.length) out.set(id, lines);
        id = null;
        break;
      case OPS.setTextMatrix: {
        const m = args[0] as ArrayLike<number> | undefined;
        const v = m && m.length === 6 ? m : (args as unknown as number[]);
        moveTo(Number(v[5]) || 0);
        break;
      }
      case OPS.moveText:
      case OPS.setLeadingMoveText:
        moveTo((y ?? 0) + (Number(args[1]) || 0));
        break;
      case OPS.nextLine:
        close();
        break;
      case OPS.showText:
        for (const item of (args[0] as unknown[]) ?? []) {
          if (typeof item === 'number') {
            if (-item / 1000 >= 0.2) line += ' ';
            continue;
          }
          const g = item as { unicode?: string; isSpace?: boolean } | null;
          if (g?.isSpace) line += ' ';
          else if (g?.unicode) line += g.unicode;
        }
        break;
    }
  }
  return out;
}
