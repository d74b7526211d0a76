import { describe, expect, it } from 'vitest';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { defaultReadLimits, ReadLimits } from '../../shared/read/read-limits.ts';
import { closeOcr } from '../../shared/read/ocr-page.ts';
import { makePdf, paragraphs } from '../support/make-pdf.ts';
import { scannedCopy } from '../../cli/scanned-copy.ts';

describe('a scanned page (no text layer) is read by OCR', async () => {
  const original = await makePdf([
    paragraphs('Oggetto: convocazione del tavolo tecnico', 'Si comunica che i dati dovranno essere trasmessi entro il 15/04/2024 alla Regione.', 'Il Dirigente', 'Mario Rossi'),
  ]);
  const scan = await scannedCopy(original);
  const outcome = await readAndExtract(scan, defaultReadLimits);
  await closeOcr();

  it('recognises the Italian text and marks its lines as OCR', () => {
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.facts.ocrPages).toEqual([1]);
    expect(outcome.pages[0].lines.every((l) => l.ocr)).toBe(true);
    expect(outcome.extraction.fields.subject).toMatch(/convocazione del tavolo tecnico/);
  });

  it('extracts fields from the recognised text, with OCR in their provenance', () => {
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.extraction.fields.deadlines).toEqual([{ date: '2024-04-15' }]);
    expect(outcome.extraction.evidence.deadlines?.[0].ocr).toBe(true);
  });

  it('skips OCR when it is turned off, and the page reads as empty', async () => {
    const off = await readAndExtract(scan, ReadLimits.parse({ ocr: false }));
    expect(off.ok && off.pages[0].lines).toEqual([]);
  });
});
