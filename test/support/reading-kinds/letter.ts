/**
 * One fictional Italian letter (Comune di Montelago, Ufficio di Piano dell'Ambito Territoriale
 * Sociale) that every reading-kind input is built from, and what a reader must find in it.
 *
 * Lines are given top-down with their role; `layoutLetter` places them on a page with any font's
 * width function, so the same letter can be set in Helvetica, in an embedded TrueType, in a Type3
 * font or painted on a bitmap.
 */

export type Align = 'left' | 'right' | 'column';

export interface LetterLine {
  /** Role of the line, so variants can drop or replace it. */
  id?: string;
  text: string;
  /** Font size in points (default 11). */
  size?: number;
  /** left: at the margin; right: flush right; column: the addressee / signature column. */
  align?: Align;
  /** Extra space above the line, in points. */
  gap?: number;
  /** Extra indent from the left margin, in points. */
  indent?: number;
}

export const PROTOCOL_LINE = 'Prot. n. 0002817 del 07/05/2025';
export const SUBJECT = 'Fondo Nazionale Politiche Sociali 2024 – convocazione del Coordinamento istituzionale';
export const SEGNATURA = 'Comune di Montelago – Protocollo N.0002817/2025 del 07/05/2025 – Uscita';

/** The letter, top-down; every value a reader must find sits on one printed line. */
export const letterLines: readonly LetterLine[] = [
  { id: 'issuer', text: 'Comune di Montelago', size: 14 },
  { id: 'office', text: "Ufficio di Piano dell'Ambito Territoriale Sociale", size: 11 },
  { id: 'address', text: 'Piazza del Municipio, 1 – 06060 Montelago (PG)', size: 9 },
  { id: 'protocol', text: PROTOCOL_LINE, gap: 22 },
  { id: 'placeDate', text: 'Montelago, 7 maggio 2025', align: 'right' },
  { id: 'addressee1', text: "Ai Sindaci dei Comuni dell'Ambito", align: 'column', gap: 14 },
  { id: 'addressee2', text: 'Alla Regione Umbria – Servizio Programmazione sociale', align: 'column' },
  { id: 'subject', text: `Oggetto: ${SUBJECT}`, gap: 20 },
  { id: 'salutation', text: 'Gentili Sindaci,', gap: 14 },
  { text: 'con la presente si comunica che il riparto del Fondo Nazionale Politiche Sociali 2024,', gap: 6 },
  { text: "disposto ai sensi della L. 328/2000, assegna all'Ambito la quota di € 12.500,00, destinata" },
  { text: 'agli interventi del Piano Povertà e ai servizi di prossimità della città e dei Comuni associati.' },
  { text: 'Si chiede a ciascun Comune di trasmettere la scheda di programmazione entro il 30 maggio 2025', gap: 6 },
  { text: "all'indirizzo ambito@pec.comune.montelago.it, indicando il referente del servizio." },
  { text: 'Il Coordinamento istituzionale è convocato il giorno 12 giugno 2025 alle ore 10:00 presso la', gap: 6 },
  { text: "Sala consiliare del Comune di Montelago, per l'approvazione del piano di riparto." },
  { id: 'closing', text: 'Distinti saluti.', gap: 14 },
  { id: 'signerRole', text: "Il Responsabile dell'Ufficio di Piano", align: 'column', gap: 20 },
  { id: 'signer', text: 'Dott.ssa Giulia Ferraresi', align: 'column' },
];

/** What a correct reader finds in the letter: strings as printed, dates as ISO yyyy-mm-dd. */
export const expected = {
  issuer: 'Comune di Montelago',
  office: "Ufficio di Piano dell'Ambito Territoriale Sociale",
  protocolLine: PROTOCOL_LINE,
  protocol: '0002817',
  protocolDate: '2025-05-07',
  placeDateLine: 'Montelago, 7 maggio 2025',
  place: 'Montelago',
  date: '2025-05-07',
  addressees: ["Ai Sindaci dei Comuni dell'Ambito", 'Alla Regione Umbria – Servizio Programmazione sociale'],
  subject: SUBJECT,
  deadlineText: 'entro il 30 maggio 2025',
  deadline: '2025-05-30',
  meetingText: 'il giorno 12 giugno 2025 alle ore 10:00',
  meeting: { date: '2025-06-12', time: '10:00' },
  laws: ['L. 328/2000'],
  emails: ['ambito@pec.comune.montelago.it'],
  signerRole: "Il Responsabile dell'Ufficio di Piano",
  signer: 'Dott.ssa Giulia Ferraresi',
  amounts: ['€ 12.500,00'],
  amountValues: [12500],
  /** Words with accents, as they must come out of a reader. */
  accentedWords: ['Povertà', 'prossimità', 'città', 'è convocato'],
} as const;

/** Plain text of the letter, one line per printed line. */
export function letterText(lines: readonly LetterLine[] = letterLines): string {
  return lines.map((l) => l.text).join('\n');
}

/**
 * Variants of the line list: without the protocol line (its space kept blank, as letters that
 * are stamped after signing are), or with the subject hyphenated at the end of its first line.
 */
export function letterVariant(opts: { protocol?: 'printed' | 'blank' | 'none'; subject?: 'one-line' | 'hyphenated' } = {}): LetterLine[] {
  const out: LetterLine[] = [];
  for (const line of letterLines) {
    if (line.id === 'protocol') {
      if (opts.protocol === 'none') continue;
      if (opts.protocol === 'blank') {
        out.push({ ...line, text: '' });
        continue;
      }
    }
    if (opts.subject === 'hyphenated' && line.id === 'subject') {
      out.push({ ...line, text: 'Oggetto: Fondo Nazionale Politiche Sociali 2024 – convocazione del Coordina-' });
      out.push({ id: 'subject-cont', text: 'mento istituzionale', indent: 45 });
      continue;
    }
    out.push(line);
  }
  return out;
}

export interface PlacedLine extends LetterLine {
  x: number;
  /** Baseline, PDF user space (origin bottom-left). */
  y: number;
  size: number;
}

export interface Sheet {
  width: number;
  height: number;
  margin: number;
  top: number;
}

export const A4: Sheet = { width: 595.28, height: 841.89, margin: 56, top: 60 };

/**
 * Places lines on a sheet: line height 1.25 × size, right-aligned lines flush against the right
 * margin, column lines share one left edge chosen so the widest fits (at most 300 pt in).
 */
export function layoutLetter(lines: readonly LetterLine[], widthOf: (text: string, size: number) => number, sheet: Sheet = A4): PlacedLine[] {
  const right = sheet.width - sheet.margin;
  const columnWidth = Math.max(...lines.filter((l) => l.align === 'column').map((l) => widthOf(l.text, l.size ?? 11)), 0);
  const columnX = Math.min(sheet.width / 2, right - columnWidth);
  let y = sheet.height - sheet.top;
  return lines.map((line) => {
    const size = line.size ?? 11;
    y -= (line.gap ?? 0) + size * 1.25;
    const x =
      line.align === 'right' ? right - widthOf(line.text, size) : line.align === 'column' ? columnX : sheet.margin + (line.indent ?? 0);
    return { ...line, x, y, size };
  });
}
