import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { importBodies } from '../../../shared/collect/import-bodies.ts';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const BOM = '\ufeff';

/** Latin-1 bytes of a text: what Italian Excel writes for "CSV (delimitato dal separatore di elenco)". */
function windows1252(s: string): Uint8Array {
  return new Uint8Array([...s].map((ch) => ch.charCodeAt(0)));
}

function csvOfRows(rows: string[], separator = ';'): string {
  return ['codice;denominazione;regione;pec;popolazione;assistenti_sociali'.replaceAll(';', separator), ...rows].join('\r\n');
}

describe('importing expected bodies', () => {
  it('reads an Italian Excel CSV: «;», BOM, thousands with dots, decimals with commas, optional columns empty', async () => {
    // Prepare
    const csv = BOM + csvOfRows(['ATS-BA01;Ambito di Bari;Puglia;ambito.bari@pec.rupar.puglia.it;316.015;42', 'ATS-BA02;"Ambito di Modugno; Bitetto";Puglia;Modugno@PEC.it;;3,5', '']);
    // Act
    const result = await importBodies(utf8(csv), 'ambiti.csv');
    // Assess
    expect(result).toEqual({
      ok: true,
      warnings: [],
      bodies: [
        { code: 'ATS-BA01', name: 'Ambito di Bari', region: 'Puglia', pec: 'ambito.bari@pec.rupar.puglia.it', population: 316_015, assistentiSociali: 42 },
        { code: 'ATS-BA02', name: 'Ambito di Modugno; Bitetto', region: 'Puglia', pec: 'Modugno@PEC.it', assistentiSociali: 3.5 },
      ],
    });
  });

  it('reads a standard CSV with «,» and loosely written headers, in any order, ignoring other columns with a warning', async () => {
    const csv = ['Denominazione Ente,Codice IPA,Indirizzo PEC,Regione,N. abitanti,Numero assistenti sociali,Note', '"Unione dei Comuni, Nord",uc_nord,protocollo@pec.ucnord.it,Lombardia,12345,4,"da verificare"'].join('\n');

    const result = await importBodies(utf8(csv), 'enti.csv');

    expect(result).toEqual({
      ok: true,
      bodies: [{ code: 'uc_nord', name: 'Unione dei Comuni, Nord', region: 'Lombardia', pec: 'protocollo@pec.ucnord.it', population: 12_345, assistentiSociali: 4 }],
      warnings: [expect.stringContaining('Colonna «Note» ignorata')],
    });
  });

  it('reads a CSV saved as Windows-1252, accents included', async () => {
    const csv = csvOfRows(['ATS01;Ambito Città di Castello;Umbria;ats01@pec.it;;']);

    const result = await importBodies(windows1252(csv), 'enti.csv');

    expect(result.ok && result.bodies[0].name).toBe('Ambito Città di Castello');
  });

  it('reports every bad row with row, column and reason in Italian, and returns no body', async () => {
    // Prepare: rows 2–13 good, row 14 a bad PEC, then a repeated code, a missing name, a bad population, a code with a space.
    const good = Array.from({ length: 12 }, (_, i) => `ATS${i + 1};Ambito ${i + 1};Puglia;ats${i + 1}@pec.it;1000;1`);
    const csv = csvOfRows([...good, 'ATS13;Ambito 13;Puglia;ats13@;1000;1', 'ats5;Ambito 5 bis;Puglia;x@pec.it;;', 'ATS15;;Puglia;ats15@pec.it;;', 'ATS16;Ambito 16;Puglia;ats16@pec.it;12,5;', 'ATS 17;Ambito 17;Puglia;ats17@pec.it;;-2']);
    // Act
    const result = await importBodies(utf8(csv), 'ambiti.csv');
    // Assess
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('bodies');
    if (result.ok) return;
    expect(result.errors).toEqual([
      { row: 14, column: 'pec', message: 'Riga 14, colonna «pec»: indirizzo non valido «ats13@»' },
      { row: 15, column: 'codice', message: 'Riga 15, colonna «codice»: codice «ats5» ripetuto (già alla riga 6)' },
      { row: 16, column: 'denominazione', message: 'Riga 16, colonna «denominazione»: denominazione mancante' },
      { row: 17, column: 'popolazione', message: 'Riga 17, colonna «popolazione»: popolazione non valida «12,5»: un numero intero di abitanti, senza decimali' },
      { row: 18, column: 'codice', message: expect.stringMatching(/^Riga 18, colonna «codice»: codice non valido «ATS 17»/) },
      { row: 18, column: 'assistenti_sociali', message: 'Riga 18, colonna «assistenti_sociali»: numero di assistenti sociali non valido «-2»' },
    ]);
  });

  it('counts rows as a spreadsheet does: blank lines skipped but numbered, a quoted line break inside one row', async () => {
    const csv = csvOfRows(['ATS1;"Ambito\nprimo";Puglia;a@pec.it;;', '', 'ATS2;Ambito 2;Puglia;non-una-pec;;']);

    const result = await importBodies(utf8(csv), 'a.csv');

    expect(result.ok ? [] : result.errors.map((e) => e.row)).toEqual([4]);
  });

  it('names the missing columns and the ones it found', async () => {
    const result = await importBodies(utf8('codice;nome;email\nA;B;c@d.it'), 'a.csv');

    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 1, column: 'regione', message: 'Riga 1: manca la colonna «regione» (colonne trovate: «codice», «nome», «email»)' },
        { row: 1, column: 'pec', message: 'Riga 1: manca la colonna «pec» (colonne trovate: «codice», «nome», «email»)' },
      ],
    });
  });

  it('refuses an empty file, a file with only the header, and the old .xls format, saying what to do', async () => {
    const empty = await importBodies(utf8(''), 'a.csv');
    const header = await importBodies(utf8(csvOfRows([])), 'a.csv');
    const xls = await importBodies(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'enti.xls');

    expect(empty.ok ? '' : empty.errors[0].message).toMatch(/^Il file è vuoto/);
    expect(header.ok ? '' : header.errors[0].message).toMatch(/^Nessun ente nel file/);
    expect(xls.ok ? '' : xls.errors[0].message).toMatch(/salvare il foglio come \.xlsx oppure come CSV/);
  });

  it('warns when two bodies share a PEC: a message from it could not be attributed', async () => {
    const result = await importBodies(utf8(csvOfRows(['A1;Uno;Puglia;comune@pec.it;;', 'A2;Due;Puglia;COMUNE@pec.it;;'])), 'a.csv');

    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/^Riga 3: la PEC «COMUNE@pec.it» è anche dell'ente «A1» \(riga 2\)/)]);
  });

  it('reads an XLSX sheet: numbers as numbers, the header row found below a blank row', async () => {
    // Prepare
    const xlsx = await writeXlsxFile([
      [null],
      ['Codice', 'Denominazione', 'Regione', 'PEC', 'Popolazione', 'Assistenti sociali'],
      ['ATS-LE01', 'Ambito di Lecce', 'Puglia', 'ambito.lecce@pec.it', 175_000, 22.5],
      [{ value: 'ATS-LE02', type: String }, 'Ambito di Campi Salentina', 'Puglia', 'campi@pec.it', null, null],
    ]).toBuffer();
    // Act
    const result = await importBodies(xlsx, 'ambiti.xlsx');
    // Assess
    expect(result).toEqual({
      ok: true,
      warnings: [],
      bodies: [
        { code: 'ATS-LE01', name: 'Ambito di Lecce', region: 'Puglia', pec: 'ambito.lecce@pec.it', population: 175_000, assistentiSociali: 22.5 },
        { code: 'ATS-LE02', name: 'Ambito di Campi Salentina', region: 'Puglia', pec: 'campi@pec.it' },
      ],
    });
  });

  it('reports bad XLSX rows by their sheet row', async () => {
    const xlsx = await writeXlsxFile([
      ['codice', 'denominazione', 'regione', 'pec'],
      ['A1', 'Uno', 'Puglia', 'uno@pec.it'],
      ['A2', 'Due', 'Puglia', 'due(at)pec.it'],
    ]).toBuffer();

    const result = await importBodies(xlsx, 'x.xlsx');

    expect(result).toEqual({ ok: false, errors: [{ row: 3, column: 'pec', message: 'Riga 3, colonna «pec»: indirizzo non valido «due(at)pec.it»' }] });
  });

  it('refuses a file named .xlsx that is not a workbook', async () => {
    const result = await importBodies(utf8('non sono un foglio'), 'finto.xlsx');

    expect(result.ok ? '' : result.errors[0].message).toMatch(/^File XLSX non leggibile/);
  });
});
