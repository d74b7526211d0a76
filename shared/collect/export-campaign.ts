import { stringify } from 'csv-stringify/sync';
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import type { SubmissionOutcome, SubmissionReason } from '../records/campaign-record.ts';
import type { BodyStatus, CampaignStatus } from './campaign-status.ts';
import { romeDateTimeText, romeWallClock } from '../calendar/rome-date.ts';

/**
 * A campaign's status as a table, one row per expected body: code, name, region, status, version,
 * received at (dd/mm/yyyy HH:MM, Europe/Rome), late, outcome, reasons, then one column per form
 * field with the value of the version that counts. Three files:
 *   CSV 'standard': `,`, UTF-8 without BOM, CRLF, RFC 4180 quoting, decimal point;
 *   CSV 'excel-it': `;`, UTF-8 with BOM, CRLF, decimal comma, dates dd/mm/yyyy — what Italian Excel
 *                   opens with a double click — and text that Excel would take for a formula
 *                   (= + - @ at the start) prefixed with «'»;
 *   XLSX: numbers as numbers, dates as dates, a bold header row kept in view.
 */

/** A form field shown as a column: its name in the submission's values, its label as header. */
export interface ExportField {
  name: string;
  label: string;
}

export type CsvDialect = 'standard' | 'excel-it';

type Value =
  | { kind: 'empty' }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  /** An instant, shown as Rome's wall clock. */
  | { kind: 'datetime'; value: Date }
  /** A calendar date (AAAA-MM-GG). */
  | { kind: 'date'; value: string };

const FIXED_HEADERS = ['Codice', 'Denominazione', 'Regione', 'Stato', 'Versione', 'Ricevuto il', 'In ritardo', 'Esito', 'Motivi'];

const STATE_LABELS: Record<BodyStatus['state'], string> = { ricevuto: 'ricevuto', mancante: 'mancante', 'in-ritardo': 'in ritardo', rifiutato: 'rifiutato' };
const OUTCOME_LABELS: Record<SubmissionOutcome, string> = { accepted: 'accettato', accepted_with_warnings: 'accettato con avvisi', rejected: 'rifiutato', 'in-lettura': 'in lettura' };
const SEVERITY_LABELS: Record<SubmissionReason['severity'], string> = { error: 'Errore', warning: 'Avviso', info: 'Nota' };

/** The table's header: the fixed columns, then the fields' labels. */
export function exportHeaders(fields: ExportField[]): string[] {
  return [...FIXED_HEADERS, ...fields.map((f) => f.label)];
}

function rows(status: CampaignStatus, fields: ExportField[]): Value[][] {
  const text = (value: string | null | undefined): Value => (value ? { kind: 'text', value } : { kind: 'empty' });
  return status.bodies.map((b) => {
    const latest = b.latest;
    const state = `${STATE_LABELS[b.state]}${b.withWarnings ? ' (con avvisi)' : ''}${b.reading ? ' (in lettura)' : ''}`;
    return [
      text(b.body.code),
      text(b.body.name),
      text(b.body.region),
      text(state),
      latest ? { kind: 'number', value: latest.version } : { kind: 'empty' },
      latest ? { kind: 'datetime', value: new Date(latest.receivedAt) } : { kind: 'empty' },
      text(latest ? (latest.late ? 'sì' : 'no') : null),
      text(latest ? OUTCOME_LABELS[latest.outcome] : null),
      text(latest?.reasons.map((r) => `${SEVERITY_LABELS[r.severity]}: ${r.message}`).join('; ')),
      ...fields.map((f) => fieldValue(latest?.values[f.name])),
    ];
  });
}

function fieldValue(v: unknown): Value {
  if (v === null || v === undefined || v === '') return { kind: 'empty' };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'empty' };
  if (typeof v === 'boolean') return { kind: 'text', value: v ? 'sì' : 'no' };
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? { kind: 'date', value: v } : { kind: 'text', value: v };
  if (Array.isArray(v)) return { kind: 'text', value: v.map((x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x))).join('; ') };
  return { kind: 'text', value: JSON.stringify(v) };
}

/** Text that Excel would run as a formula: prefixed with «'» so that it stays text. */
function guardFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvCell(v: Value, dialect: CsvDialect): string {
  switch (v.kind) {
    case 'empty':
      return '';
    case 'number':
      return dialect === 'excel-it' ? String(v.value).replace('.', ',') : String(v.value);
    case 'datetime':
      return romeDateTimeText(v.value);
    case 'date':
      return dialect === 'excel-it' ? `${v.value.slice(8, 10)}/${v.value.slice(5, 7)}/${v.value.slice(0, 4)}` : v.value;
    case 'text':
      return dialect === 'excel-it' ? guardFormula(v.value) : v.value;
  }
}

/** The campaign's table as CSV, in either dialect. */
export function exportCampaignCsv(status: CampaignStatus, fields: ExportField[], dialect: CsvDialect = 'standard'): Buffer {
  const table = [exportHeaders(fields).map((h) => (dialect === 'excel-it' ? guardFormula(h) : h)), ...rows(status, fields).map((r) => r.map((c) => csvCell(c, dialect)))];
  const text = stringify(table, { delimiter: dialect === 'excel-it' ? ';' : ',', record_delimiter: 'windows', quoted_match: [/[\r\n]/, /^\s|\s$/] });
  return Buffer.from(dialect === 'excel-it' ? `\ufeff${text}` : text, 'utf8');
}

function xlsxCell(v: Value): Cell {
  switch (v.kind) {
    case 'empty':
      return null;
    case 'number':
      return { value: v.value, type: Number };
    case 'text':
      return { value: v.value, type: String };
    case 'datetime': {
      // Excel's dates have no time zone: the cell holds Rome's wall clock.
      const w = romeWallClock(v.value);
      return { value: new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute)), type: Date, format: 'dd/mm/yyyy hh:mm' };
    }
    case 'date':
      return { value: new Date(`${v.value}T00:00:00Z`), type: Date, format: 'dd/mm/yyyy' };
  }
}

/** The campaign's table as an XLSX workbook of one sheet. */
export async function exportCampaignXlsx(status: CampaignStatus, fields: ExportField[], options: { sheetName?: string } = {}): Promise<Buffer> {
  const headers = exportHeaders(fields);
  const data: Row[] = [headers.map((h) => ({ value: h, type: String, fontWeight: 'bold' }) as Cell), ...rows(status, fields).map((r) => r.map(xlsxCell))];
  const widths = headers.map((h, i) => ({ width: Math.min(60, Math.max(10, h.length + 2, ...data.slice(1).map((r) => cellWidth(r[i])))) }));
  return writeXlsxFile(data, { sheet: sheetName(options.sheetName ?? status.campaignId), columns: widths, stickyRowsCount: 1 }).toBuffer();
}

function cellWidth(c: Cell | undefined): number {
  if (c === null || c === undefined) return 0;
  if (typeof c === 'object' && 'value' in c) {
    if (c.value instanceof Date) return 17;
    return String(c.value ?? '').length + 2;
  }
  return String(c).length + 2;
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'Raccolta';
}
