import { describe, expect, it } from 'vitest';
import { layoutLines, type TextRun } from '../../shared/read/layout-lines.ts';

const run = (text: string, x: number, y: number, size = 10): TextRun => ({ text, x, y, width: text.length * size * 0.5, size });

describe('lines in reading order', () => {
  it('joins runs on one baseline into a line, left to right, with spaces where words are apart', () => {
    const lines = layoutLines([run('mondo', 90, 700), run('Ciao', 60, 700)], 1, 595);
    expect(lines.map((l) => l.text)).toEqual(['Ciao mondo']);
  });

  it('keeps a superscript on the line it belongs to', () => {
    const lines = layoutLines([run('1', 60, 702, 7), run('° marzo', 64, 700)], 1, 595);
    expect(lines).toHaveLength(1);
  });

  it('keeps a stamp\'s smaller line apart from a centred letterhead line it touches, lower on the row', () => {
    // Prepare: the letterhead's 9.5-pt line runs right up to a receiver's stamp, whose 8-pt lines stand one above the other.
    const stamp = [run('Protocollo in ARRIVO n. 0047120', 353, 790, 8), run('del 28/10/2031 ore 09:14', 353, 778, 8), run('Assegnato: Servizio 4', 353, 765, 8)];
    const letterhead = { text: 'Città Metropolitana di Valdora', x: 238, y: 766.5, width: 115.3, size: 9.5 };
    // Act
    const lines = layoutLines([...stamp, letterhead], 1, 595);
    // Assess
    expect(lines.flatMap((l) => l.segments.map((s) => s.text))).toContain('Città Metropolitana di Valdora');
  });

  it('splits a line at a wide gap into segments (a stamp beside the letterhead, table cells)', () => {
    const lines = layoutLines([run('TRAMITE PEC', 57, 700), run('N. 0032047 del 26/01/2021', 360, 700)], 1, 595);
    expect(lines[0].segments.map((s) => s.text)).toEqual(['TRAMITE PEC', 'N. 0032047 del 26/01/2021']);
    expect(lines[0].text).toBe('TRAMITE PEC\tN. 0032047 del 26/01/2021');
  });

  it('reads a two-column page column by column', () => {
    const runs: TextRun[] = [];
    for (let i = 0; i < 15; i++) {
      runs.push(run(`sinistra ${i + 1}`, 50, 780 - i * 14));
      runs.push(run(`destra ${i + 1}`, 310, 780 - i * 14));
    }
    const text = layoutLines(runs, 1, 595).map((l) => l.text);
    expect(text.slice(0, 15)).toEqual(Array.from({ length: 15 }, (_, i) => `sinistra ${i + 1}`));
    expect(text.slice(15)).toEqual(Array.from({ length: 15 }, (_, i) => `destra ${i + 1}`));
  });

  it('reads the Italian column of a bilingual page first, German on the left (South Tyrol)', () => {
    // Prepare: the same letter in German (left) and Italian (right), row by row.
    const german = ['An die Mitglieder des Bezirksrates', 'ihre Sitze', 'zur Kenntnis:', 'An das Rechnungsprüfungsorgan'];
    const italian = ['Ai componenti del Consiglio della Comunità', 'LORO SEDI', 'e p.c.', 'Al Revisore dei conti'];
    const body = ['im Sinne der Satzung wird der Rat', 'ai sensi dello Statuto il Consiglio è convocato'];
    const runs: TextRun[] = [];
    for (let i = 0; i < 14; i++) {
      runs.push(run(i < 4 ? german[i] : `${body[0]} ${i}`, 50, 780 - i * 14));
      runs.push(run(i < 4 ? italian[i] : `${body[1]} per il giorno ${i} della seduta`, 310, 780 - i * 14));
    }
    // Act
    const text = layoutLines(runs, 1, 595).map((l) => l.text);
    // Assess
    expect(text.slice(0, 4)).toEqual(italian);
  });

  it('keeps an Italian page whose left column is the letterhead’s sidebar in reading order, left first', () => {
    // Prepare: the office's details down the left, the letter's Italian text down the right.
    const sidebar = ['COMUNE DI VALDORA', 'Settore Servizi Sociali', 'Ufficio di Piano', 'Via Roma 1', '38100 Valdora (TN)', 'Tel. 0461 123456', 'Fax 0461 123457', 'PEC: udp@pec.valdora.it', 'Responsabile:', 'dott.ssa Anna Neri', 'Referente:', 'Carla Bini', 'Orari: lun-ven 9-12', 'Codice IPA: c_l378'];
    const runs: TextRun[] = [];
    sidebar.forEach((t, i) => runs.push(run(t, 50, 780 - i * 14), run(`con la presente si trasmettono i dati della ${i + 1}`, 310, 780 - i * 14)));
    // Act
    const text = layoutLines(runs, 1, 595).map((l) => l.text);
    // Assess
    expect(text[0]).toBe('COMUNE DI VALDORA');
  });

  it('reads a row across both columns (the subject) after the columns above it', () => {
    // Prepare: columns, then "Oggetto: …" across the page, then columns again.
    const runs: TextRun[] = [];
    for (let i = 0; i < 8; i++) runs.push(run(`sinistra ${i + 1}`, 50, 780 - i * 14), run(`destra ${i + 1}`, 310, 780 - i * 14));
    runs.push(run('Oggetto: convocazione del Consiglio comprensoriale per la seduta ordinaria', 50, 660));
    for (let i = 0; i < 8; i++) runs.push(run(`testo sinistra ${i + 1}`, 50, 640 - i * 14), run(`testo destra ${i + 1}`, 310, 640 - i * 14));
    // Act
    const text = layoutLines(runs, 1, 595).map((l) => l.text);
    // Assess
    expect(text.indexOf('Oggetto: convocazione del Consiglio comprensoriale per la seduta ordinaria')).toBe(16);
  });

  it('measures a blank line as a gap beyond the page’s ordinary line spacing', () => {
    const runs = [...['uno', 'due', 'tre', 'quattro', 'cinque'].map((w, i) => run(w, 50, 700 - i * 14)), run('nuovo paragrafo', 50, 700 - 4 * 14 - 26)];
    const gaps = layoutLines(runs, 1, 595).map((l) => l.gapBefore);
    expect(gaps.slice(1, 5)).toEqual([0, 0, 0, 0]);
    expect(gaps[5]).toBeGreaterThan(0.6);
  });

  it('keeps apart a stamp drawn long after the letterhead it touches, in another size', () => {
    // Prepare: the letterhead drawn first in 12 pt; a receiver's stamp appended later in 8 pt, touching it on the row.
    const letterhead = { ...run('COMUNE DI VALDORA', 240, 780, 12), width: 112, order: 2 };
    const stamp = { ...run('ARRIVO Prot. 0021877 del 17/04/2031', 352, 777, 8), order: 43 };
    // Act
    const lines = layoutLines([letterhead, stamp], 1, 595);
    // Assess
    expect(lines[0].segments.map((s) => s.text)).toEqual(['COMUNE DI VALDORA', 'ARRIVO Prot. 0021877 del 17/04/2031']);
  });

  it('joins words of one size drawn in order, however close', () => {
    const lines = layoutLines([{ ...run('Prot.', 60, 700), width: 25, order: 1 }, { ...run('n. 45', 88, 700), order: 2 }], 1, 595);
    expect(lines[0].segments.map((s) => s.text)).toEqual(['Prot. n. 45']);
  });

  it('reads once the words a report generator draws twice to look bold, however the text layer joined them', () => {
    // Prepare: "COMUNE DI VALDORA" with each word drawn twice, the copies joined to their neighbours.
    const runs = [
      { ...run('COMUNE', 230, 780, 12), width: 47.4 },
      { ...run('COMUNE DI', 230, 780, 12), width: 61.2 },
      { ...run('DI VALDORA', 280, 780, 12), width: 66 },
      { ...run('VALDORA', 293.7, 780, 12), width: 52.3 },
    ];
    // Act
    const lines = layoutLines(runs, 1, 595);
    // Assess
    expect(lines.map((l) => l.text)).toEqual(['COMUNE DI VALDORA']);
  });

  it('reads once four words drawn twice when the copies join pairs of words of uneven width', () => {
    // Prepare: "COMUNITÀ SOLIDALE VALDORESE A.S.C.", each word drawn twice; wide capitals and narrow dots make an
    // average letter a poor measure of where one pair's copy ends inside the next.
    const runs = [
      { ...run('COMUNITÀ', 198.9, 752, 12), width: 57.8 },
      { ...run('COMUNITÀ SOLIDALE', 198.9, 752, 12), width: 108.2 },
      { ...run('SOLIDALE VALDORESE', 259.3, 752, 12), width: 111.4 },
      { ...run('VALDORESE A.S.C.', 310.1, 752, 12), width: 90.5 },
      { ...run('A.S.C.', 371.1, 752, 12), width: 29.5 },
    ];
    // Act
    const lines = layoutLines(runs, 1, 595);
    // Assess
    expect(lines.map((l) => l.text)).toEqual(['COMUNITÀ SOLIDALE VALDORESE A.S.C.']);
  });

  it('keeps the space between a short word and the next when both are drawn twice in a body-size bold line', () => {
    // Prepare: "2026 alle ore 17.00" at 10.5 pt as DevExpress draws a bold line, each word twice, the copies joined in pairs
    // (the figures of blind set 32's convocation: the gap left between "alle" and "ore" is under a space's width).
    const runs = [
      { ...run('2026 alle', 149.7, 445.4, 10.5), width: 42.2 },
      { ...run('alle ore', 175.6, 445.4, 10.5), width: 33.5 },
      { ...run('ore 17.00', 194.3, 445.4, 10.5), width: 43.4 },
      { ...run('17.00', 211.4, 445.4, 10.5), width: 26.3 },
    ];
    // Act
    const lines = layoutLines(runs, 1, 595);
    // Assess
    expect(lines.map((l) => l.text)).toEqual(['2026 alle ore 17.00']);
  });

  it('keeps two different texts laid over each other', () => {
    const lines = layoutLines([run('Prot. n. 0004411', 300, 700), run('ARRIVO 12/03/2031', 310, 700)], 1, 595);
    expect(lines.map((l) => l.text).join(' | ')).toContain('ARRIVO 12/03/2031');
    expect(lines.map((l) => l.text).join(' | ')).toContain('Prot. n. 0004411');
  });
});

describe('words of two sizes on two baselines (a misfire a fresh reader found)', () => {
  it('keeps "Comune di" and a larger "VALDORA" of a designed letterhead on one segment', () => {
    const lines = layoutLines([{ ...run('Comune di', 56, 702, 10), width: 42 }, { ...run('VALDORA', 101, 700, 18), width: 90 }, run('Servizi Sociali', 56, 680, 10)], 1, 595);
    expect(lines[0].segments.map((s) => s.text)).toEqual(['Comune di VALDORA']);
  });

  it('splits a stamp’s line, stacked under lines of its own, from the letterhead line it sits beside', () => {
    const lines = layoutLines(
      [
        { ...run('REGIONE DEL VALDORA', 246.5, 766.4, 9.5), width: 102.9 },
        { ...run('Prot. n. 0004412 del 16/02/2031', 353.3, 786.9, 8), width: 117 },
        { ...run('Cat. 6 Cl. 5 - ARRIVO', 353.3, 775.9, 8), width: 79.1 },
        { ...run('Assegnato: Area Servizi', 353.3, 764.9, 8), width: 100 },
      ],
      1,
      595,
    );
    expect(lines.find((l) => l.text.startsWith('REGIONE'))?.segments.map((s) => s.text)).toEqual(['REGIONE DEL VALDORA', 'Assegnato: Area Servizi']);
  });
});

describe('table cells set close together', () => {
  // A word processor's table: a figure and the next cell's words 8 points apart (less than a column gap), in rows whose
  // other cells already stand apart.
  const rows = (ys: number[], tail: (i: number) => string) =>
    ys.flatMap((y, i) => [run(`${i + 1}`, 146, y), run(`MAT-2031-01${i}`, 159, y), run('2.087,50', 400, y), run(tail(i), 444, y)]);

  it('parts a figure from the next cell where that cell starts in the rows around it', () => {
    // Prepare: five rows whose last cell starts at x = 444, 8 points after the amount's end (≈ 440).
    const runs = rows([700, 682, 664, 646, 628], (i) => ['ISEE con', 'DSU successiva', 'quota', 'titolo di', 'quota'][i]);
    // Act
    const lines = layoutLines(runs.map((r) => (r.text === '2.087,50' ? { ...r, width: 36 } : r)), 1, 595);
    // Assess
    expect(lines[0].segments.map((s) => s.text)).toEqual(['1', 'MAT-2031-010', '2.087,50', 'ISEE con']);
  });

  it('parts the last two rows of a table carried onto a page of their own, each with the same close gap', () => {
    const runs = rows([700, 682], (i) => ['ISEE con', 'quota'][i]).map((r) => (r.text === '2.087,50' ? { ...r, width: 36 } : r));
    const lines = layoutLines(runs, 1, 595);
    expect(lines.map((l) => l.segments.length)).toEqual([4, 4]);
  });

  it('keeps words together in prose, where a wide space lines up with nothing', () => {
    // Prepare: one justified line with a stretched space (8 points) and no table around it.
    const lines = layoutLines([run('Il Comune', 60, 700), run('trasmette', 113, 700)], 1, 595);
    // Assess
    expect(lines[0].segments).toHaveLength(1);
  });

  it('keeps a row whole when its close gap lines up with no cell of the rows around it', () => {
    // Prepare: three table rows; only the middle one has a close gap (at x = 278), which no other row shares.
    const runs = [run('Valdora', 60, 700), run('12.000,00', 400, 700), run('Borgo', 60, 682), run('Alta', 250, 682), run('Valle', 278, 682), run('8.000,00', 400, 682), run('Sasso', 60, 664), run('9.500,00', 400, 664)];
    const lines = layoutLines(runs, 1, 595);
    expect(lines[1].segments.map((s) => s.text)).toEqual(['Borgo', 'Alta Valle', '8.000,00']);
  });
});

describe('a row read as one segment in a two-column grid of addressees', () => {
  // Each block's cell filled its column: the left cell's words run to 15 points (1.5 em at 10 pt) short of the right cell.
  const grid = (right: number) => [
    run('Ai Sindaci dei Comuni di Valdora, Borgo, Lago', 60, 700),
    { ...run('Al Direttore del Distretto di Valdora', right, 700), x: right },
    run('e Monte', 60, 686),
    run('Azienda USL di Valdora', 320, 686),
    run('Agli Enti del Terzo Settore del Tavolo', 60, 662),
    run('Alle Associazioni delle famiglie', 320, 662),
  ];

  it('parts the row where the two rows below it start their second cell', () => {
    // Prepare: the first row's left cell ends at 60 + 45 × 5 = 285; its right cell starts at 299 (14 points after).
    const runs = grid(299).map((r) => (r.y === 686 && r.x === 320 ? { ...r, x: 299 } : r.y === 662 && r.x === 320 ? { ...r, x: 299 } : r));
    // Act
    const lines = layoutLines(runs, 1, 595);
    // Assess
    expect(lines[0].segments.map((s) => s.text)).toEqual(['Ai Sindaci dei Comuni di Valdora, Borgo, Lago', 'Al Direttore del Distretto di Valdora']);
  });

  it('keeps a line of prose whole where a wide space lines up with no cell', () => {
    const lines = layoutLines([run('Si trasmette la nota della Regione Terramare', 60, 700), run('con i dati richiesti.', 293, 700), run('Cordiali saluti.', 60, 686)], 1, 595);
    expect(lines[0].segments).toHaveLength(1);
  });
});
