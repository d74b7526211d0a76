import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import { setPageContent } from '../support/reading-kinds/compose.ts';

const pool = new ReaderPool(ReadLimits.parse({ ocr: false }), 1);
afterAll(() => pool.close());

/** One page of Helvetica lines, each `[text, Tc]`, or a TJ array of single letters with a kerning step. */
async function page(lines: (readonly [string, number] | readonly [string, number, number] | { letters: string; step: number })[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const p = doc.addPage([595, 842]);
  p.node.setFontDictionary(PDFName.of('F1'), font.ref);
  let ops = 'BT\n';
  lines.forEach((line, i) => {
    const y = 780 - i * 30;
    if (Array.isArray(line)) {
      const [text, tc, tw = 0] = line as readonly [string, number, number?];
      ops += `/F1 12 Tf ${tc} Tc ${tw} Tw 1 0 0 1 60 ${y} Tm (${text}) Tj\n`;
    } else {
      const { letters, step } = line as { letters: string; step: number };
      // Each letter its own string, the tracking as a kerning number; a word gap as a wider one.
      const parts = [...letters].map((ch) => (ch === ' ' ? `${-step - 300}` : `(${ch}) ${-step}`));
      ops += `/F1 12 Tf 0 Tc 1 0 0 1 60 ${y} Tm [${parts.join(' ')}] TJ\n`;
    }
  });
  setPageContent(doc, p, `${ops}0 Tc 0 Tw ET\n`);
  return doc.save();
}

async function linesOf(pdf: Uint8Array): Promise<string[]> {
  const out = await pool.read(pdf);
  if (!out.ok) throw new Error(out.message);
  return out.pages[0].lines.map((l) => l.text);
}

describe('letter-spaced text', () => {
  it('keeps the word spaces of a heading letter-spaced with Tc', async () => {
    const lines = await linesOf(await page([['DETERMINAZIONE DEL DIRETTORE', 3], ['Comune di Montelago', 1.6]]));
    expect(lines).toEqual(['DETERMINAZIONE DEL DIRETTORE', 'Comune di Montelago']);
  });

  it('keeps the word spaces of letters tracked by TJ kerning, a word gap being a wider step', async () => {
    const lines = await linesOf(await page([{ letters: 'UFFICIO DI PIANO', step: 250 }]));
    expect(lines).toEqual(['UFFICIO DI PIANO']);
  });

  it('reads capitals spaced by typed spaces as words, two spaces marking the word gap', async () => {
    const lines = await linesOf(await page([['A V V I S O  P U B B L I C O', 0]]));
    expect(lines).toEqual(['AVVISO PUBBLICO']);
  });

  it('leaves ordinary text with single letters as it is', async () => {
    const lines = await linesOf(await page([['DETERMINA', 3], ['punti a e b e c del comma 2', 0]]));
    expect(lines[1]).toBe('punti a e b e c del comma 2');
  });

  it('leaves a tightly justified line with one-letter words as it is, beside a tracked heading', async () => {
    const lines = await linesOf(await page([['DETERMINAZIONE', 4], ['si approva il progetto di cui al punto a e b', 0, -1.2]]));
    expect(lines[1]).toBe('si approva il progetto di cui al punto a e b');
  });

  it('reads a spaced heading word or fixed phrase alone on its line as written', async () => {
    const lines = await linesOf(await page([['D E C R E T A', 0], ['R E P U B B L I C A I TA L I A N A', 0]]));
    expect(lines).toEqual(['DECRETA', 'REPUBBLICA ITALIANA']);
  });
});

