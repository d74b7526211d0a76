import { parse as parseCsv } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import * as z from 'zod';
import { BodyCode, type ExpectedBody } from '../records/campaign-record.ts';

/**
 * The list of expected bodies of a campaign, from CSV (`,` or `;`, UTF-8 with or without BOM, or
 * Windows-1252 as older Excel saves it) or XLSX. The first row names the columns, in Italian and
 * loosely (`codice`, `Codice IPA`, `denominazione`, `Regione`, `PEC`, `popolazione`,
 * `assistenti_sociali`, `N. assistenti sociali`…). Every problem is reported with its row (as a
 * spreadsheet numbers it: the header is row 1) and column; nothing is returned unless every row is
 * good, so the caller stores all the bodies or none.
 */

/** A body as the file gives it: ExpectedBody without the campaign. */
export type ImportedBody = Omit<ExpectedBody, 'campaignId' | 'recordVersion'>;

export interface ImportError {
  /** The row as a spreadsheet shows it: the header is row 1. */
  row: number;
  /** The column's header as written in the file (or the expected name of a missing column); null for the whole file. */
  column: string | null;
  /** In Italian, with row and column: "Riga 14, colonna «pec»: indirizzo non valido «x@»". */
  message: string;
}

export type ImportResult = { ok: true; bodies: ImportedBody[]; warnings: string[] } | { ok: false; errors: ImportError[] };

type Field = 'code' | 'name' | 'region' | 'pec' | 'population' | 'assistentiSociali';

/** The name each field is called by in messages when its column is missing. */
const FIELD_NAMES: Record<Field, string> = {
  code: 'codice',
  name: 'denominazione',
  region: 'regione',
  pec: 'pec',
  population: 'popolazione',
  assistentiSociali: 'assistenti_sociali',
};

const REQUIRED: Field[] = ['code', 'name', 'region', 'pec'];

/** Header names, normalised (lower case, no accents, «_» between words, no «n_»/«numero_» in front). */
const ALIASES: Record<string, Field> = Object.fromEntries(
  (
    [
      ['code', ['codice', 'cod', 'codice_ipa', 'ipa', 'cod_ipa', 'codice_ats', 'ats', 'cod_ats', 'codice_ambito', 'codice_ente', 'id', 'identificativo', 'codice_identificativo']],
      ['name', ['denominazione', 'nome', 'ente', 'ambito', 'denominazione_ente', 'nome_ente', 'denominazione_ambito', 'nome_ambito', 'ragione_sociale', 'descrizione']],
      ['region', ['regione', 'nome_regione', 'denominazione_regione']],
      ['pec', ['pec', 'indirizzo_pec', 'email_pec', 'e_mail_pec', 'mail_pec', 'pec_ente', 'posta_certificata', 'posta_elettronica_certificata', 'domicilio_digitale']],
      ['population', ['popolazione', 'abitanti', 'residenti', 'popolazione_residente', 'pop', 'popolazione_ambito']],
      ['assistentiSociali', ['assistenti_sociali', 'as', 'a_s', 'assistenti_sociali_in_servizio', 'assistenti_sociali_tempo_pieno']],
    ] as [Field, string[]][]
  ).flatMap(([field, names]) => names.map((n) => [n, field])),
);

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(n|nr|num|numero)_(?=.)/, '');
}

/** Reads the bodies from a CSV or XLSX file's bytes. */
export async function importBodies(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lower = fileName.toLowerCase();
  const zip = buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
  const ole = buf.length >= 4 && buf.readUInt32BE(0) === 0xd0cf11e0;
  if (ole || lower.endsWith('.xls')) return fileError('Formato .xls (Excel 97-2003) non letto: salvare il foglio come .xlsx oppure come CSV (UTF-8)');
  if (lower.endsWith('.ods')) return fileError('Formato .ods non letto: salvare il foglio come .xlsx oppure come CSV (UTF-8)');
  let rows: string[][];
  let source: 'csv' | 'xlsx';
  if (zip || lower.endsWith('.xlsx')) {
    source = 'xlsx';
    try {
      rows = (await readSheet(buf, { parseNumber: (s: string) => s })).map((r) => r.map(xlsxCell));
    } catch (err) {
      return fileError(`File XLSX non leggibile (${(err as Error).message}): salvarlo di nuovo da Excel come «Cartella di lavoro di Excel (.xlsx)»`);
    }
  } else {
    source = 'csv';
    const text = decodeText(buf);
    try {
      rows = parseCsv(text, { delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: false }) as string[][];
    } catch (err) {
      const e = err as Error & { lines?: number };
      return fileError(`File CSV non leggibile${e.lines ? ` alla riga ${e.lines}` : ''}: ${e.message}`);
    }
  }
  return readRows(rows, source);
}

function readRows(rows: string[][], source: 'csv' | 'xlsx'): ImportResult {
  const errors: ImportError[] = [];
  const warnings: string[] = [];
  const headerIndex = rows.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) return fileError('Il file è vuoto: la prima riga deve nominare le colonne (codice, denominazione, regione, pec, popolazione, assistenti_sociali)');
  const header = rows[headerIndex].map((h) => h.trim());
  const headerRow = headerIndex + 1;

  // Which column holds which field.
  const columns = new Map<Field, { index: number; title: string }>();
  header.forEach((title, index) => {
    if (!title) return;
    const field = ALIASES[normaliseHeader(title)];
    if (!field) {
      warnings.push(`Colonna «${title}» ignorata: non è tra quelle lette (codice, denominazione, regione, pec, popolazione, assistenti_sociali)`);
      return;
    }
    const seen = columns.get(field);
    if (seen) {
      errors.push({ row: headerRow, column: title, message: `Riga ${headerRow}, colonna «${title}»: stesso dato della colonna «${seen.title}»; lasciarne una sola` });
      return;
    }
    columns.set(field, { index, title });
  });
  for (const field of REQUIRED) {
    if (!columns.has(field)) {
      errors.push({ row: headerRow, column: FIELD_NAMES[field], message: `Riga ${headerRow}: manca la colonna «${FIELD_NAMES[field]}» (colonne trovate: ${header.filter(Boolean).map((h) => `«${h}»`).join(', ') || 'nessuna'})` });
    }
  }
  if (errors.length) return { ok: false, errors };

  const bodies: ImportedBody[] = [];
  const codes = new Map<string, number>();
  const pecs = new Map<string, { row: number; code: string }>();
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i];
    if (isBlank(cells)) continue;
    const row = i + 1;
    const cell = (f: Field) => {
      const c = columns.get(f);
      return c ? (cells[c.index] ?? '').trim() : '';
    };
    const fail = (f: Field, message: string) => errors.push({ row, column: columns.get(f)?.title ?? FIELD_NAMES[f], message: `Riga ${row}, colonna «${columns.get(f)?.title ?? FIELD_NAMES[f]}»: ${message}` });
    const before = errors.length;

    const code = cell('code');
    if (!code) fail('code', 'codice mancante');
    else if (!BodyCode.safeParse(code).success) fail('code', `codice non valido «${code}»: usare lettere, cifre, «_», «.» o «-», senza spazi`);
    else {
      const first = codes.get(code.toLowerCase());
      if (first !== undefined) fail('code', `codice «${code}» ripetuto (già alla riga ${first})`);
      else codes.set(code.toLowerCase(), row);
    }
    const name = cell('name').replace(/\s+/g, ' ');
    if (!name) fail('name', 'denominazione mancante');
    const region = cell('region').replace(/\s+/g, ' ');
    if (!region) fail('region', 'regione mancante');
    const pec = cell('pec').replace(/^mailto:/i, '');
    if (!pec) fail('pec', 'indirizzo PEC mancante');
    else if (!z.email().safeParse(pec).success) fail('pec', `indirizzo non valido «${pec}»`);

    let population: number | undefined;
    const popText = cell('population');
    if (popText) {
      const n = readNumber(popText, source);
      if (n === null || !Number.isInteger(n) || n < 0) fail('population', `popolazione non valida «${popText}»: un numero intero di abitanti, senza decimali`);
      else population = n;
    }
    let assistentiSociali: number | undefined;
    const asText = cell('assistentiSociali');
    if (asText) {
      const n = readNumber(asText, source);
      if (n === null || n < 0) fail('assistentiSociali', `numero di assistenti sociali non valido «${asText}»`);
      else assistentiSociali = n;
    }
    if (errors.length > before) continue;

    const seenPec = pecs.get(pec.toLowerCase());
    if (seenPec) warnings.push(`Riga ${row}: la PEC «${pec}» è anche dell'ente «${seenPec.code}» (riga ${seenPec.row}); un messaggio da questo indirizzo non potrà essere attribuito a un solo ente`);
    else pecs.set(pec.toLowerCase(), { row, code });
    bodies.push({ code, name, region, pec, ...(population !== undefined ? { population } : {}), ...(assistentiSociali !== undefined ? { assistentiSociali } : {}) });
  }
  if (errors.length) return { ok: false, errors };
  if (bodies.length === 0) return fileError(`Nessun ente nel file: dopo l'intestazione (riga ${headerRow}) non c'è alcuna riga`);
  return { ok: true, bodies, warnings };
}

function fileError(message: string): ImportResult {
  return { ok: false, errors: [{ row: 1, column: null, message }] };
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => !c || !c.trim());
}

/** UTF-8 (BOM or not); a file that is not valid UTF-8 is read as Windows-1252, as Italian Excel saves "CSV (delimitato)". */
function decodeText(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}

/** The separator of the header line: `;`, `,` or a tab, whichever appears most outside quotes. */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((l) => l.trim()) ?? '';
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return n > 0 ? best : ',';
}

/**
 * A number as people write it. In a CSV: `12.345` and `12 345` are twelve thousand (dots group
 * thousands), `3,5` is three and a half. In XLSX the cell holds the number itself (`3.5`).
 */
function readNumber(text: string, source: 'csv' | 'xlsx'): number | null {
  const t = text.replace(/[\s\u00a0\u202f']/g, '');
  if (source === 'xlsx' && /^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t)) return Number(t);
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d+\.\d{1,2}$/.test(t) || /^\d+\.\d{4,}$/.test(t)) return Number(t);
  return null;
}

/** A cell of read-excel-file (numbers kept as their text) as text. */
function xlsxCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
