import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../shared/extract/amounts.ts';
import { SourceText } from '../../shared/extract/source-text.ts';
import { letterPages } from '../support/letter-pages.ts';
import { tableColumns } from '../../shared/extract/table-columns.ts';
import type { Line } from '../../shared/read/page-text.ts';

/** The euro amounts of a text written as one page (see letterPages). */
const amountsOf = (text: string) => extractAmounts(new SourceText(letterPages(text))).map((f) => f.value);

describe('a count of things on a page about the budget', () => {
  it('takes no figure followed by what it counts for euros', () => {
    // Act: prose about a financial statement, its figures counting projects.
    const amounts = amountsOf(`
Il lavoro di chiusura del bilancio è complesso per la quantità di progetti gestiti
(2.549 progetti da riscontare, 3.468 progetti con riporto di budget, per un totale di 6.125 progetti).
`);
    // Assess
    expect(amounts).toEqual([]);
  });

  it('still reads the unlabelled figures of a row of a money table', () => {
    const amounts = amountsOf(`
Riparto delle risorse del fondo
Comune | Quota 2031 | Quota 2032
Valdora | 12.500 | 14.750
`);
    expect(amounts.sort((a, b) => a - b)).toEqual([12500, 14750]);
  });
});

describe('a table row whose description runs into its amount', () => {
  it('reads the figure in cents that ends the row, on a page that speaks of euros', () => {
    // Prepare, Act: the first row's description is long enough to close the column gap, so the row is one cell.
    const amounts = amountsOf(`
INAIL – DIREZIONE REGIONALE VALDORA

Oggetto: rimborso degli interventi per il reinserimento lavorativo

Sono ammessi al rimborso, in euro, gli interventi seguenti:
Intervento | Importo ammesso (euro)
Adeguamento della postazione con sollevatore elettrico 14.320,00
Rampa di accesso e porta automatica | 9.870,50
Formazione e tutoraggio | 3.600,00
`);
    // Assess
    expect(amounts).toEqual(expect.arrayContaining([14320, 9870.5, 3600]));
  });
});

describe('a table row whose amount runs into the next cell', () => {
  const commitment = (row: string) => `
COMUNE DI VALDORA
DETERMINAZIONE N. 88 DEL 12/11/2031

Si impegna la spesa di € 300.000,00 come segue:
Esercizio | Capitolo | Missione/Programma Importo (€) | Impegno n.
2031 | 12041.03 | 12.04 | ${row}
2032 | 12041.03 | 12.04 | 0,00 -
`;

  it('reads the amount run into an impegno’s number under "Impegno n."', () => {
    // Prepare, Act: the amount and the impegno's number were read as one cell, under the impegno's heading.
    const amounts = amountsOf(commitment('154.210,00 2031/1894'));
    // Assess
    expect(amounts).toContain(154210);
  });

  it('reads the amount run into the dash of an empty cell', () => {
    expect(amountsOf(commitment('154.210,00 –'))).toContain(154210);
  });

  it('takes no impegno’s number, chapter or mission for an amount', () => {
    expect(amountsOf(commitment('154.210,00 2031/1894'))).toEqual(expect.not.arrayContaining([2031, 1894, 12041.03, 12.04]));
  });

  it('still reads a count under "n." as no amount', () => {
    const amounts = amountsOf(`
Si ripartiscono le risorse, in euro, come segue:
Ambito | Utenti n. | Importo (€)
Valdora | 1.250 | 12.400,00
Montalto | 2.310 | 18.600,00
`);
    expect(amounts).not.toContain(1250);
  });
});

describe('a table whose header has more cells than its rows', () => {
  /** A line of cells at the given x ranges (points), as a ruled table's row is read. */
  const row = (index: number, y: number, cells: [number, number, string][]): Line => ({
    page: 1, index, x: cells[0][0], y, size: 10, gapBefore: 0.6,
    text: cells.map((c) => c[2]).join('\t'), segments: cells.map(([x, end, text]) => ({ x, end, text })),
  });
  // Prepare: the figures stand right-aligned under their headers; "Miss./Progr." and "Esigibilità" ran together in every row.
  const lines = [
    row(0, 520, [[60, 300, 'La copertura finanziaria della spesa è registrata come segue:']]),
    row(1, 398, [[64, 100, 'Impegno'], [143, 180, 'Esercizio'], [222, 256, 'Capitolo'], [302, 353, 'Miss./Progr.'], [381, 421, 'Esigibilità'], [460, 506, 'Importo (€)']]),
    row(2, 380, [[64, 111, '1416/2031'], [193, 214, '2031'], [254, 294, '11040.12'], [349, 431, '12.02 31/12/2031'], [495, 531, '7.320,00']]),
    row(3, 362, [[64, 111, '1417/2031'], [193, 214, '2031'], [254, 294, '11040.15'], [349, 431, '12.02 31/12/2031'], [503, 531, '366,00']]),
  ];

  it('heads each row cell with the header cells over it', () => {
    // Act
    const headers = tableColumns(lines).map((c) => c.header);
    // Assess
    expect(headers).toEqual(['Impegno', 'Esercizio', 'Capitolo', 'Miss./Progr. Esigibilità', 'Importo (€)']);
  });

  it('reads the figures under "Importo (€)" below a thousand as amounts', () => {
    const page = { page: 1, width: 595, height: 842, ocr: false, lines };
    expect(extractAmounts(new SourceText([page])).map((f) => f.value)).toContain(366);
  });
});

describe('a supplier’s quote printed by order software, prices to five decimals', () => {
  const quote = `
STARK FORNITURE S.R.L.
PREVENTIVO NUMERO 20082684 DEL 07.03.2031

Codice | Descrizione | Quantità | UM | Prezzo
EUS521 | Corpo nero di riferimento | 2,000 | PZ | 4.065,00000
EUS524 | Staffa da soffitto | 2,000 | PZ | 60,00000

TUTTI I PREZZI SI INTENDONO IN EURO AL NETTO DI IVA.
`;

  it('reads "4.065,00000" and "60,00000" as 4.065 and 60 euros', () => {
    expect(amountsOf(quote)).toEqual(expect.arrayContaining([4065, 60]));
  });

  it('takes no quantity to three decimals ("2,000") for an amount', () => {
    expect(amountsOf(quote)).not.toContain(2);
  });
});

describe('a quote’s table of taxable amounts, VAT and totals', () => {
  const quote = `
Si approva il prospetto dell'offerta, in euro:
Voce | Imponibile | IVA 22% | Totale
Pronto intervento | 3.600,00 | 792,00 | 4.392,00
Sicurezza | 500,00 | 110,00 | 610,00
Impegno n. 388/2031 di € 5.002,00.
`;

  it('takes the figures in cents under each money heading, below a thousand too', () => {
    expect(amountsOf(quote)).toEqual(expect.arrayContaining([792, 500, 110, 610]));
  });

  it('does not take the year of an act’s number before "di €" for an amount', () => {
    expect(amountsOf(quote)).not.toContain(2031);
  });
});

describe('a table of shares beside a page about money', () => {
  it('takes no figure in cents under a share’s heading', () => {
    const amounts = amountsOf(`
Il fondo di € 1.000.000,00 è ripartito come segue:
Ambito | Quota % | Importo
Nord | 37,66 | 376.600,00
Sud | 62,34 | 623.400,00
`);
    expect(amounts).not.toContain(37.66);
  });
});

describe('a budget variation signed with + and −', () => {
  it('takes "+ 18.600,00" in a money column as 18600', () => {
    const amounts = amountsOf(`
Voce di bilancio | Variazione (euro)
Entrata – Trasferimenti correnti | + 18.600,00
`);
    expect(amounts).toContain(18600);
  });
});

describe('a sign OCR read twice', () => {
  it('reads "€£4.812.377,19" as one amount', () => {
    expect(amountsOf('Risultato di amministrazione | €£4.812.377,19')).toEqual([4812377.19]);
  });
});

describe('a table whose header wraps onto a second line and runs two of its cells together', () => {
  const row = (index: number, y: number, gapBefore: number, cells: [number, number, string][]): Line => ({
    page: 1, index, x: cells[0][0], y, size: 10, gapBefore,
    text: cells.map((c) => c[2]).join('\t'), segments: cells.map(([x, end, text]) => ({ x, end, text })),
  });
  // Prepare: "Integrazione per studente" and "Totale (euro)" read as one cell; "2025/26" and "(euro)" wrapped below.
  const lines = [
    row(0, 459, 1.2, [[64, 137, 'Fascia ISEE (euro)'], [183, 262, 'Studenti idonei a.a.'], [302, 473, 'Integrazione per studente Totale (euro)']]),
    row(1, 447, 0, [[183, 219, '2025/31'], [302, 326, '(euro)']]),
    row(2, 429, 0.6, [[64, 130, 'fino a 15.000,00'], [278, 294, '412'], [384, 412, '600,00'], [484, 531, '247.200,00']]),
    row(3, 411, 0.6, [[64, 157, 'oltre 15.000,00'], [278, 294, '238'], [384, 412, '400,00'], [490, 531, '95.200,00']]),
  ];

  it('heads the figures under the run-together cell with it, and the wrapped words with the cell above them', () => {
    // Act
    const headers = tableColumns(lines).map((c) => c.header);
    // Assess
    expect(headers).toEqual(['Fascia ISEE (euro)', 'Studenti idonei a.a. 2025/31', 'Integrazione per studente Totale (euro) (euro)', 'Integrazione per studente Totale (euro)']);
  });

  it('reads the amounts per student below a thousand, not the counts of students', () => {
    const amounts = extractAmounts(new SourceText([{ page: 1, width: 595, height: 842, ocr: false, lines }])).map((f) => f.value);
    expect(amounts).toEqual(expect.arrayContaining([600, 400, 247200, 95200]));
    expect(amounts).not.toContain(412);
  });
});

describe('an invoice table whose descriptions wrap, with its summary rows under it', () => {
  const row = (index: number, gapBefore: number, cells: [number, number, string][]): Line => ({
    page: 1, index, x: cells[0][0], y: 600 - index * 14, size: 10, gapBefore,
    text: cells.map((c) => c[2]).join('\t'), segments: cells.map(([x, end, text]) => ({ x, end, text })),
  });
  // Prepare: each description wraps onto a line of its own; Imponibile, IVA (its label wrapped) and Totale stand under "Importo (€)".
  const lines = [
    row(0, 1.2, [[64, 134, 'Descrizione'], [183, 197, 'Ore'], [302, 370, 'Tariffa oraria (€)'], [420, 467, 'Importo (€)']]),
    row(1, 0.6, [[64, 172, 'Supervisione professionale'], [283, 294, '24'], [389, 412, '65,00'], [495, 531, '1.560,00']]),
    row(2, 0, [[64, 150, 'di gruppo (4 gruppi)']]),
    row(3, 0.6, [[64, 160, 'Supervisione individuale'], [283, 294, '10'], [389, 412, '70,00'], [502, 531, '700,00']]),
    row(4, 0, [[64, 150, 'assistenti sociali']]),
    row(5, 0.6, [[64, 106, 'Imponibile'], [495, 531, '2.260,00']]),
    row(6, 0.6, [[64, 155, 'IVA 5% (art. 1, c. 960, L.'], [502, 531, '113,00']]),
    row(7, 0, [[64, 110, '178/2020)']]),
    row(8, 0.6, [[64, 119, 'Totale fattura'], [495, 531, '2.373,00']]),
  ];

  it('keeps one table across the wrapped descriptions, the summary figures in the column they stand under', () => {
    // Act
    const importo = tableColumns(lines).find((c) => c.header === 'Importo (€)');
    // Assess
    expect(importo?.cells.map((c) => c.text)).toEqual(['1.560,00', '700,00', '2.260,00', '113,00', '2.373,00']);
  });

  it('reads the rates and the VAT below a thousand as amounts', () => {
    const amounts = extractAmounts(new SourceText([{ page: 1, width: 595, height: 842, ocr: false, lines }])).map((f) => f.value);
    expect(amounts).toEqual(expect.arrayContaining([65, 70, 700, 113]));
  });
});

describe('a money table broken by the page, the footer and the running head between its rows', () => {
  const pages = [
    `
AMBITO TERRITORIALE VALDORA
Piano finanziario (importi in euro)

Voce di spesa | Fonte FNPS | Cofinanziamento | Totale
Compensi | 4.810,00 | 0,00 | 4.810,00
Formazione | 1.200,00 | 300,00 | 1.500,00

Modulo POA – versione 2031.1
`,
    `
Ambito Territoriale Valdora – POA 2031
Monitoraggio | 650,00 | 390,00 | 1.040,00
Totale | 6.660,00 | 690,00 | 7.350,00

Valdora, 12 febbraio 2031
`,
  ];

  it('keeps the rows at the top of the next page in the table, under its headings', () => {
    // Act
    const columns = tableColumns(letterPages(...pages).flatMap((p) => p.lines));
    // Assess: one table of four columns, its rows on both pages, no footer or running head among them.
    const fund = columns.find((c) => c.header === 'Fonte FNPS');
    expect(fund?.cells.map((c) => c.text)).toEqual(['4.810,00', '1.200,00', '650,00', '6.660,00']);
  });

  it('reads the figures below a thousand on the next page as amounts', () => {
    const amounts = extractAmounts(new SourceText(letterPages(...pages))).map((f) => f.value);
    expect(amounts).toEqual(expect.arrayContaining([650, 390, 300]));
  });

  it('does not join a table of the next page that a paragraph parts from the last row', () => {
    // Prepare: the first page ends with a paragraph of five lines close under the table.
    const parted = pages[0].replace('\nModulo POA – versione 2031.1', ['Il piano', 'è approvato', 'dal Comitato', 'dei Sindaci', 'nella seduta'].join('\n'));
    // Act
    const columns = tableColumns(letterPages(parted, pages[1]).flatMap((p) => p.lines));
    // Assess
    expect(columns.find((c) => c.header === 'Fonte FNPS')?.cells.map((c) => c.text)).toEqual(['4.810,00', '1.200,00']);
  });
});

describe('columns of figures in cents that add up to a money column', () => {
  it('reads their figures as amounts whatever their headings name', () => {
    const amounts = amountsOf(`
Comune | Quota FNPS 2031 | Quota regionale | Importo (€)
Valdora | 450,00 | 120,00 | 570,00
Roccalta | 300,00 | 80,00 | 380,00
`);
    expect(amounts.sort((a, b) => a - b)).toEqual([80, 120, 300, 380, 450, 570]);
  });

  it('takes no points beside the cost of each row for amounts: they do not add up to it', () => {
    const amounts = amountsOf(`
Ruolo | Unità | Punti organico | Costo annuo (€)
Professori | 6 | 6,00 | 742.800,00
Ricercatori | 12 | 5,75 | 703.200,00
`);
    expect(amounts.sort((a, b) => a - b)).toEqual([703200, 742800]);
  });

  it('takes no coefficient in cents for an amount', () => {
    const amounts = amountsOf(`
Comune | Coefficiente | Importo (€)
Valdora | 0,85 | 570,00
Roccalta | 0,15 | 100,00
`);
    expect(amounts.sort((a, b) => a - b)).toEqual([100, 570]);
  });
});

describe('a table whose heading cell wraps onto a line of its own', () => {
  it('heads its columns by that row: "Superficie" … "Importo lordo" over "(mq)", then the rows', () => {
    // Prepare: the wrapped word stands under a heading cell past the first (blind set 39's "Superficie esterna" / "(mq)").
    const page = `Sede | Superficie | Importo lordo | Integraz. | Totale
>(mq)
Palazzo Neri | 1.350 | 3.240,00 | 690,00 | 3.930,00
Polo Bini | 3.980 | 8.150,00 | 1.540,00 | 9.690,00`;
    // Act
    const columns = tableColumns(letterPages(page).flatMap((p) => p.lines));
    // Assess
    expect(columns.find((c) => c.header === 'Integraz.')?.cells.map((c) => c.text)).toEqual(['690,00', '1.540,00']);
  });
});

describe('a table whose heading wraps onto a line that holds a unit alone', () => {
  it('heads its columns by both lines: "(€)" under a heading cell is a word of it, not a figure', () => {
    // Prepare: blind set 43's graduatoria, "Contributo" / "(€)" over rows whose first cells ran together.
    const page = `N. | Comune | Abitanti | Quota | Contributo
domanda | (€)
1 Valdora | 1.250 | 3,2% | 779,93
2 Borgo | 2.480 | 4,1% | 576,00`;
    // Act
    const columns = tableColumns(letterPages(page).flatMap((p) => p.lines));
    // Assess
    expect(columns.find((c) => c.cells.some((x) => x.text === '779,93'))?.header).toMatch(/Contributo/);
  });
});

describe('a table whose first two headings ran together when read', () => {
  it('heads the columns the run-together heading spans by it, and the next column by the next heading', () => {
    // Prepare: blind set 47's riparto, "Ambito … Popolazione" over the names and the populations, "Quota %" left of its figures.
    const page = `Ambito sociale Popolazione | Quota % | Importo (€)
Valdora | 15.420 | 5,35 | 208.170,00
Borgo | 78.960 | 27,42 | 1.065.960,00`;
    // Act
    const columns = tableColumns(letterPages(page).flatMap((p) => p.lines));
    // Assess
    expect(columns.find((c) => c.cells.some((x) => x.text === '5,35'))?.header).toBe('Quota %');
  });

  it('gives each heading its own column, closest first: "Utenti 2025" heads the counts, not the names beside them', () => {
    // Prepare: blind set 47's table as read, its two amounts' headings run together; "Utenti 2025" stands nearer the names' end.
    const row = (index: number, y: number, cells: [number, number, string][]): Line => ({
      page: 1, index, x: cells[0][0], y, size: 10, gapBefore: index ? 0.6 : 0,
      text: cells.map((c) => c[2]).join('\t'), segments: cells.map(([x, end, text]) => ({ x, end, text })),
    });
    const lines = [
      row(0, 406, [[64, 138, 'Area di intervento'], [159, 208, 'Utenti 2025'], [254, 425, 'Spesa impegnata (€) Spesa liquidata (€)'], [444, 464, '% liq.']]),
      row(1, 388, [[64, 150, 'Segretariato sociale e'], [223, 246, '1.214'], [294, 341, '186.400,00'], [389, 436, '171.488,00'], [513, 531, '92,0']]),
      row(2, 370, [[64, 150, 'Assistenza domiciliare'], [232, 246, '312'], [294, 341, '742.600,00'], [389, 436, '631.210,00'], [513, 531, '85,0']]),
    ];
    // Act
    const columns = tableColumns(lines);
    // Assess
    expect(columns.find((c) => c.cells.some((x) => x.text === '1.214'))?.header).toBe('Utenti 2025');
  });
});

describe('a quote whose numbered rows wrap under their names, headed by "Pos."', () => {
  /** A line of cells at the given x ranges (points) on page 1, as a ruled table's row is read. */
  const row = (index: number, y: number, cells: [number, number, string][], gapBefore = 0.6): Line => ({
    page: 1, index, x: cells[0][0], y, size: 10, gapBefore,
    text: cells.map((c) => c[2]).join('\t'), segments: cells.map(([x, end, text]) => ({ x, end, text })),
  });
  // Prepare: "Pos." stands left of the rows' first cells; each row's name wraps four lines under it, past its number.
  const lines = [
    row(0, 600, [[60, 82, 'Pos.'], [130, 180, 'Descrizione'], [283, 305, 'Q.tà'], [330, 352, 'U.M.'], [400, 452, 'Prezzo unitario'], [505, 531, 'Totale']]),
    row(1, 582, [[130, 203, '1 Pala da neve in'], [283, 311, '60 pz'], [428, 452, '18,50'], [495, 531, '1.110,00']]),
    row(2, 570, [[143, 211, 'polipropilene con']], 0),
    row(3, 558, [[143, 182, 'manico in']], 0),
    row(4, 546, [[143, 180, 'alluminio']], 0),
    row(5, 534, [[143, 170, 'leggero']], 0),
    row(6, 516, [[130, 204, '2 Catene da neve'], [283, 328, '20 coppia'], [423, 452, '142,00'], [495, 531, '2.840,00']]),
  ];

  it('keeps the rows of one table across the wrapped lines, each name whole', () => {
    // Act
    const first = tableColumns(lines).find((c) => c.cells.some((x) => x.text.startsWith('1 Pala')));
    // Assess
    expect(first?.cells.map((c) => c.text)).toEqual(['1 Pala da neve in polipropilene con manico in alluminio leggero', '2 Catene da neve']);
  });

  it('reads the unit prices under the heading as amounts', () => {
    const page = { page: 1, width: 595, height: 842, ocr: false, lines };
    expect(extractAmounts(new SourceText([page])).map((f) => f.value)).toEqual(expect.arrayContaining([18.5, 142]));
  });
});

