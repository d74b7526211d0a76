import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { isUndecodable, textQuality } from '../../shared/read/text-quality.ts';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';

// A letter's last page is often a table of the bodies it went to and their PEC addresses: names and addresses, no
// prose, so no function words. It is text all the same, and must not be taken for glyph codes read through a wrong map.
const TOWNS = ['Aurelia Alta', 'Borgoverde', 'Castelmonte', 'Dorsoduro Irpino', 'Fontecupa', 'Gallinaro', 'Lagomaggio', 'Montefalco Sannita', 'Pietraverde', 'Roccasecca Vecchia', 'Santa Lucia Bassa', 'Torre Orsina'];
const slug = (town: string) => town.toLowerCase().replace(/\s+/g, '');
const pecTable = ['Comune PEC', ...TOWNS.map((t) => `${t} protocollo.${slug(t)}@asmepec.it`), 'ASL Terramare Distretto 3 distretto3@pec.aslterramare.it'];
// The same prose with every letter moved one place on: what a font without its ToUnicode map gives.
const shifted = (text: string) => text.replace(/[a-y]/gi, (c) => String.fromCharCode(c.charCodeAt(0) + 1));
const PROSE = 'Con la presente si comunica che la seduta del Coordinamento Istituzionale si terrà presso la sede del Consorzio per discutere il seguente ordine del giorno e per la approvazione del bilancio di previsione della gestione associata dei servizi sociali dei Comuni della zona, con la partecipazione dei sindaci e dei responsabili degli uffici.';

describe('a text layer that is language, not glyph codes', () => {
  it('takes a table of towns and their PEC addresses for text', () => {
    // Prepare
    const quality = textQuality(pecTable.join('\n'));
    // Act / Assess
    expect(isUndecodable(quality)).toBe(false);
  });

  it('still takes prose read through a wrong map for undecodable', () => {
    expect(isUndecodable(textQuality(shifted(PROSE)))).toBe(true);
  });

  it('reads a letter whose last page is a table of PEC addresses from its text layer', async () => {
    // Prepare
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const first = doc.addPage([595, 842]);
    PROSE.match(/.{1,90}(\s|$)/g)!.forEach((line, i) => first.drawText(line.trim(), { x: 56, y: 760 - i * 14, size: 10, font }));
    const last = doc.addPage([595, 842]);
    pecTable.forEach((row, i) => {
      const at = row.search(/\S+@|PEC$/);
      last.drawText(row.slice(0, at).trim(), { x: 56, y: 780 - i * 14, size: 9.5, font });
      last.drawText(row.slice(at), { x: 330, y: 780 - i * 14, size: 9.5, font });
    });
    const pool = new ReaderPool(ReadLimits.parse({ ocr: false }), 1);
    // Act
    const out = await pool.read(await doc.save()).finally(() => pool.close());
    // Assess
    expect(out.ok && out.facts.warnings.map((w) => w.code)).not.toContain('undecodable-text');
    expect(out.ok && out.pages[1].lines.map((l) => l.text).join('\n')).toContain('protocollo.torreorsina@asmepec.it');
  });
});
