import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';
import { layoutLines } from '../../shared/read/layout-lines.ts';
import { receiverStampSegments } from '../../shared/extract/receiver-stamp.ts';

// The office that receives a letter stamps its own name, number and "Entrata" on it, in a block of short
// lines, often across the sender's letterhead. Neither the name nor the number is the letter's.

/** A run of text as a page draws it: its left edge, baseline and size, and its width, in points. */
const run = (text: string, x: number, y: number, size: number, width: number) => ({ text, x, y, size, width });
/** The segments of the receiver's stamp found among the lines these runs lay out, by text. */
const stampOf = (runs: ReturnType<typeof run>[]) => [...receiverStampSegments(layoutLines(runs, 1, 595))].map((s) => s.text).sort();

describe('a receiver’s incoming stamp printed across the letterhead', () => {
  const pages = letterPages(`
REGIONE VALDORA | COMUNE DI MONTEFALCO
Assessorato alle Politiche Sociali | Protocollo Generale N. 0031870
Servizio Inclusione | del 09/10/2031 ore 10:14
 | ENTRATA – Cat. 7 Cl. 2

Prot. n. 4418 del 06-10-2031

>Ai Comuni capofila degli Ambiti
>LORO SEDI

Oggetto: riparto del fondo regionale per la non autosufficienza
`);

  it('takes the sender from the letterhead, not from the stamp', () => {
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.sender).toBe('Regione Valdora');
  });

  it('takes the letter’s own protocol, not the number of its arrival', () => {
    const { fields } = extractFields(pages);
    expect(fields.protocol).toEqual({ number: '4418', date: '2031-10-06' });
  });
});

// Runs placed as real stamped letters print them: which lines are the stamp's is told by column, nearness and size.
describe.each([
  {
    stamp: 'a Comune’s 7.5 pt stamp across an ASP’s 9.5–12 pt letterhead',
    rule: 'is found whole, apart from the larger letterhead lines it overlaps',
    runs: [
      run('COMUNE DI VALDORA', 371, 808, 8.5, 91),
      run('Protocollo Generale', 371, 797, 7.5, 62),
      run('N. 0064219 del 28/05/2031 - Entrata', 371, 786, 7.5, 120),
      run('AZIENDA SANITARIA PROVINCIALE DI VALDORA', 167, 780, 12, 261),
      run('Settore Politiche Sociali', 371, 775, 7.5, 74),
      run('Distretto Socio-Sanitario di Valdora', 222, 766, 9.5, 151),
      run('U.O. Cure Domiciliari e Unità di Valutazione Multidimensionale', 175, 753, 9.5, 245),
    ],
    expected: ['COMUNE DI VALDORA', 'N. 0064219 del 28/05/2031 - Entrata', 'Protocollo Generale', 'Settore Politiche Sociali'],
  },
  {
    stamp: 'a stamp whose 9 pt heading is a little larger than its 8 pt fields, across a court’s 12 pt name',
    rule: 'keeps the letterhead line it lies across out of the stamp, however close in size to the heading',
    runs: [
      run('COMUNE DI VALDORA', 353, 798, 9, 82),
      run('Prot. n. 0018823 del 06/05/2031', 353, 787, 8, 117),
      run('TRIBUNALE PER I MINORENNI DI VALDORA', 168, 780, 12, 259),
      run('ARRIVO - Servizi Sociali', 353, 776, 8, 92),
      run('Cancelleria Volontaria Giurisdizione', 228, 766, 9.5, 141),
    ],
    expected: ['ARRIVO - Servizi Sociali', 'COMUNE DI VALDORA', 'Prot. n. 0018823 del 06/05/2031'],
  },
  {
    stamp: 'a Region’s 8–9 pt stamp whose "INGRESSO" falls on the line of the Comune’s 12 pt name',
    rule: 'is found whole, though that line takes the letterhead’s size',
    runs: [
      run('REGIONE VALDORA - Giunta Regionale', 353, 798, 9, 170),
      run('Prot. PG/2031/0297412 del 11/06/2031', 353, 787, 8, 142),
      run('CITTÀ DI MONTEFALCO', 240, 780, 12, 115),
      run('INGRESSO - DG 50 05 00', 380, 780, 8, 90),
      run('Provincia di Valdora', 258, 766, 9.5, 78),
    ],
    expected: ['INGRESSO - DG 50 05 00', 'Prot. PG/2031/0297412 del 11/06/2031', 'REGIONE VALDORA - Giunta Regionale'],
  },
  {
    stamp: 'a stamp whose 14 pt heading is larger than the 10 pt letterhead',
    rule: 'keeps its heading, aligned with its fields, in the stamp: the heading names no sender',
    runs: [
      run('ASL VALDORA', 60, 800, 10, 60),
      run('COMUNE DI MONTEFALCO', 360, 800, 14, 170),
      run('Protocollo Generale', 360, 786, 8, 70),
      run('N. 0031870 del 09/10/2031', 360, 776, 8, 95),
      run('ENTRATA', 360, 766, 8, 35),
    ],
    expected: ['COMUNE DI MONTEFALCO', 'ENTRATA', 'N. 0031870 del 09/10/2031', 'Protocollo Generale'],
  },
])('$stamp', ({ rule, runs, expected }) => {
  it(rule, () => {
    // Act
    const stamp = stampOf(runs);
    // Assess
    expect(stamp).toEqual(expected);
  });
});

describe('a receiver’s stamp in the form of a general register', () => {
  const pages = letterPages(`
 | PROVINCIA DI ROCCALTA
COMUNE DI SAN VITO VALDORA | Giunta (AOO_PRV)
Ufficio di Piano | PG/2031/0099812 del 15/04/2031
 | Entrata – Class. 12.4

Prot. n. 0002291 del 12-04-2031

>Alla Provincia di Roccalta

Oggetto: richiesta di proroga del termine di rendicontazione

Vista la nota provinciale PG/2031/0087001 del 20/03/2031, con cui codesto Ente ha richiamato la scadenza,
si chiede una proroga di sessanta giorni.
`);

  it('keeps the letter’s own number, not the receiver’s register string', () => {
    const { fields } = extractFields(pages);
    expect(fields.protocol).toEqual({ number: '0002291', date: '2031-04-12' });
    expect(fields.sender).toBe('Comune di San Vito Valdora');
  });
});

describe('a register’s string cited in the body', () => {
  const pages = letterPages(`
COMUNE DI SAN VITO VALDORA

>Alla Provincia di Roccalta

Oggetto: richiesta di proroga del termine di rendicontazione

Vista la nota provinciale PG/2031/0087001 del 20/03/2031, con cui codesto Ente ha richiamato la scadenza,
si chiede una proroga di sessanta giorni.
`);

  it('is another paper’s number, not the letter’s', () => {
    const { fields } = extractFields(pages);
    expect(fields.protocol).toBeNull();
  });
});

describe('an outgoing stamp that names the body by its acronym', () => {
  const pages = letterPages(`
 | ASL VALDORA 3 - PROTOCOLLO GENERALE
 | Prot. n. 0047111 del 14/03/2031
AZIENDA SANITARIA LOCALE VALDORA 3 | U - Uscita
UOC Integrazione Socio-Sanitaria

>Ai Direttori dei Distretti

Oggetto: ricognizione dei progetti individualizzati
`);

  it('takes the sender from the letterhead, as printed in full', () => {
    const { fields } = extractFields(pages);
    expect(fields.sender).toBe('Azienda Sanitaria Locale Valdora 3');
  });

  it('takes the outgoing stamp’s number as the letter’s', () => {
    const { fields } = extractFields(pages);
    expect(fields.protocol).toEqual({ number: '0047111', date: '2031-03-14' });
  });
});

describe('a letterhead read by OCR', () => {
  /** A page whose every line was read by OCR, as a scan's are. */
  const scanned = (rows: string[]) => [
    { page: 1, width: 595, height: 842, ocr: true, lines: layoutLines(rows.map((text, i) => ({ text, x: 60, y: 790 - i * 16, width: text.length * 6, size: 11 })), 1, 595, true) },
  ];

  it('takes a kind of body OCR misread by one letter', () => {
    const { fields } = extractFields(scanned(['Fresidenza del Consiglio dei Ministri', 'DIPARTIMENTO DELLA PROTEZIONE CIVILE', '', 'Oggetto: fornitura']));
    expect(fields.sender).toBe('Presidenza del Consiglio dei Ministri');
  });

  it('does not name the body after the register under a stamp’s "COMUNE DI"', () => {
    const { fields } = extractFields(scanned(['COMUINE DI', 'PROTOCOLLO GENERALE', 'Comune di Roccalta', '', 'Oggetto: parere']));
    expect(fields.sender).toBe('Comune di Roccalta');
  });
});

describe('a receiver’s stamp whose first line was read by OCR', () => {
  it('is still one block: its lines overlap though their left edges differ', () => {
    // Prepare: "C.I.S.S." did not decode and OCR gave the rest of the line a little further right.
    const pages = letterPages(`
 | PINEROLO ARRIVO
AGENZIA VALDORA LAVORO | Prot. n. 0009876 del 01/12/2031
 | Assegnato a: Area Inclusione

Prot. n. 0052814 PIN/GOL

>Al Consorzio dei Servizi Sociali

Oggetto: convocazione del tavolo tecnico
`);
    pages[0].lines[0].segments[0].x += 30;
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.protocol?.number).toBe('0052814');
  });
});

describe('a segnatura written with dots', () => {
  it('"INPS.0850.21/10/2031.0031764" is the letter’s number and date', () => {
    const pages = letterPages(`
Istituto Nazionale Previdenza Sociale
Direzione provinciale di Valdora

>Al Comune di Roccalta

Oggetto: Assegno di Inclusione – verifiche
`);
    // The segnatura is an annotation's text, after the page's own lines.
    const last = pages[0].lines[pages[0].lines.length - 1];
    pages[0].lines.push({ ...last, index: last.index + 1, y: 814, text: 'INPS.0850.21/10/2031.0031764', segments: [{ x: 300, end: 450, text: 'INPS.0850.21/10/2031.0031764' }], origins: ['annotation'] });
    const { fields } = extractFields(pages);
    expect(fields.protocol).toEqual({ number: '0031764', date: '2031-10-21' });
  });
});

describe('a receiver’s stamp that says "PERVENUTO IL"', () => {
  it('is not the letter’s protocol, which its own line gives', () => {
    // Prepare: the receiving Comune's stamp at the top right, the Region's own protocol line under the letterhead.
    const pages = letterPages(`
>COMUNE DI VALDORA - ATS VEN_99
>PERVENUTO IL 07 SET. 2031
>Prot. n. 0034117 - Cat. 7 Cl. 12
REGIONE VALDORA
Data 05/09/2031 Protocollo N° 0512388 Class: F.710.01.1

>Al Comune di Valdora

Oggetto: richiesta di integrazioni
`);
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.protocol?.number).toBe('0512388');
  });
});
