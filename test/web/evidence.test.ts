import { describe, expect, it } from 'vitest';
import { findLine, lineBox, yFromTop } from '../../web/lib/evidence.ts';
import type { PageText } from '../../shared/read/page-text.ts';

type Line = PageText['lines'][number];

function line(page: number, index: number, y: number, text: string, segments: Line['segments'] = []): Line {
  return { page, index, x: 50, y, size: 10, gapBefore: 0, text, segments };
}

/** Two A4 pages as the reader writes them: y from the bottom, line indexes counted per page. */
const pages: PageText[] = [
  { page: 1, width: 595, height: 842, ocr: false, lines: [line(1, 0, 800, 'Intestazione'), line(1, 1, 780, 'Oggetto: prova'), line(1, 2, 760, 'primo paragrafo')] },
  {
    page: 2,
    width: 595,
    height: 842,
    ocr: false,
    lines: [line(2, 0, 800, 'secondo foglio'), line(2, 1, 780, 'entro il 30 novembre 2023 si compila', [{ x: 50, end: 300, text: 'entro il 30 novembre 2023 si compila' }]), line(2, 2, 760, 'ultima riga')],
  },
];

describe('provenienza di un valore sulla pagina', () => {
  it('trova la riga per indice nella pagina, e per indice nel documento quando è la riga della frase', () => {
    // Prepare
    const snippet = 'entro il 30 novembre 2023 si compila';
    // Act
    const local = findLine(pages, { page: 2, line: 1, snippet });
    const global = findLine(pages, { page: 2, line: 4, snippet });
    // Assess
    expect(local?.line.text).toBe(snippet);
    expect(global?.line.text).toBe(snippet);
    expect(findLine(pages, { page: 3, line: 0, snippet })).toBeNull();
  });

  it('misura y dal basso quando le righe salgono, dall’alto quando scendono', () => {
    // Prepare
    const fromTop: PageText = { ...pages[1]!, lines: pages[1]!.lines.map((l) => ({ ...l, y: 842 - l.y })) };
    // Act
    const bottomUp = lineBox(pages[1]!.lines[1]!, pages[1]!);
    const topDown = lineBox(fromTop.lines[1]!, fromTop);
    // Assess: the same rectangle either way, from a size above the baseline to 0.3 below, to the segment's end
    expect(yFromTop(pages[1]!)).toBe(false);
    expect(yFromTop(fromTop)).toBe(true);
    expect(bottomUp).toEqual({ x: 50, top: 842 - 780 - 10, height: 13, width: 250 });
    expect(topDown).toEqual(bottomUp);
  });

  it('senza segmenti arriva al margine destro della pagina', () => {
    // Act
    const box = lineBox(pages[0]!.lines[1]!, pages[0]!);
    // Assess
    expect(box.width).toBe(595 - 50);
  });
});
