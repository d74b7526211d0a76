import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';

const pool = new ReaderPool(ReadLimits.parse({ ocr: false }), 1);
afterAll(() => pool.close());

async function pdf(pages: ('blank' | 'text' | 'drawing')[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const kind of pages) {
    const page = doc.addPage([595, 842]);
    if (kind === 'text') page.drawText('Oggetto: convocazione del tavolo tecnico', { x: 72, y: 760, size: 11, font });
    if (kind === 'drawing') page.drawRectangle({ x: 72, y: 600, width: 300, height: 100, borderWidth: 1 });
  }
  return doc.save();
}

describe('blank pages', () => {
  it('refuses a PDF whose every page is blank, saying so in Italian', async () => {
    const out = await pool.read(await pdf(['blank', 'blank']));
    expect(out.ok).toBe(false);
    expect(!out.ok && out.code).toBe('blank');
    expect(!out.ok && out.message).toMatch(/solo pagine bianche/);
  });

  it('reads a letter with a blank page and records which page was blank', async () => {
    const out = await pool.read(await pdf(['text', 'blank']));
    expect(out.ok).toBe(true);
    expect(out.ok && out.facts.warnings.filter((w) => w.code === 'blank-page').map((w) => w.page)).toEqual([2]);
  });

  it('does not call a page with only a drawing blank', async () => {
    const out = await pool.read(await pdf(['text', 'drawing']));
    expect(out.ok && out.facts.warnings.some((w) => w.code === 'blank-page')).toBe(false);
  });
});
