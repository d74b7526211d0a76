/**
 * What the collection pages share: the shapes of the Raccolte API (see web/API.md; the records are
 * the server's zod types, the answers' envelopes are written here), Italian
 * names and badges for states and outcomes, the reasons of a submission as a list, protocol numbers,
 * and a JSON call that keeps the whole error answer (the import's rows).
 */
import { clearSession, getToken, loadConfig, loginUrl, ApiError } from './api.ts';
import { h } from './dom.ts';
import { formatDate } from './format.ts';
import { romeDate as romeDateOf } from '../../shared/calendar/rome-date.ts';

export interface FormInfo {
  id: string;
  title: string;
  description: string | null;
}

// The records and the board's shapes are the server's own (type-only imports: nothing of them is bundled).
export type { Campaign, ExpectedBody, SubmissionReason as Reason, Submission } from '../../shared/records/campaign-record.ts';
export type { ArrivalDay, BodyState, BodyStatus, CampaignStatus, StatusCounts } from '../../shared/collect/campaign-status.ts';
import type { Campaign, ExpectedBody, Submission, SubmissionOutcome, SubmissionReason as Reason } from '../../shared/records/campaign-record.ts';
import type { BodyState, CampaignStatus } from '../../shared/collect/campaign-status.ts';
export type Outcome = SubmissionOutcome;
export type Protocol = NonNullable<Submission['protocol']>;

export interface CampaignListItem {
  campaign: Campaign;
  ruolo: 'titolare' | 'ente';
}

export type CampaignView = { campaign: Campaign; ruolo: 'titolare'; status: CampaignStatus } | { campaign: Campaign; ruolo: 'ente'; body: ExpectedBody; submissions: Submission[] };

export interface IssuedLink {
  code: string;
  name: string;
  pec: string;
  link: string;
}

export interface ImportRowError {
  row: number;
  column: string | null;
  message: string;
}

export interface ReminderResult {
  code: string;
  name: string;
  protocollo: { numero: string; data: string; codiceIpa?: string } | null;
  letterId: string | null;
  errore: string | null;
  /** Already reminded today with this same letter: no new number was taken. */
  giaInviato: boolean;
}

/** What a body's link shows (GET /raccolta/{token}). */
export interface LinkSlot {
  campaign: { title: string; deadline: string; issuer: string; state: 'aperta' | 'chiusa'; form: { id: string; title: string } };
  body: { code: string; name: string };
  /** When the link stops working (ISO). */
  scadeIl: string;
  /** Newest first. */
  submissions: LinkSubmission[];
}

export interface LinkSubmission {
  version: number;
  receivedAt: string;
  fileName: string | null;
  via: 'link' | 'pec';
  late: boolean;
  outcome: Outcome;
  reasons: Reason[];
  protocol: Protocol | null;
}

export interface PresignedPost {
  url: string;
  fields: Record<string, string>;
  key: string;
  maxBytes: number;
  expiresAt: string;
}

// ——— Words ———

export const STATE_NAMES: Record<BodyState, string> = { ricevuto: 'Ricevuto', 'in-ritardo': 'In ritardo', mancante: 'Mancante', rifiutato: 'Rifiutato' };
const STATE_BADGES: Record<BodyState, string> = { ricevuto: 'bg-success', 'in-ritardo': 'bg-warning', mancante: 'bg-secondary', rifiutato: 'bg-danger' };

export function stateBadge(state: BodyState): HTMLElement {
  return h('span', { class: `badge ${STATE_BADGES[state]}` }, STATE_NAMES[state]);
}

export const OUTCOME_NAMES: Record<Outcome, string> = {
  accepted: 'Accettato',
  accepted_with_warnings: 'Accettato con osservazioni',
  rejected: 'Non accettato',
  'in-lettura': 'In lettura',
};
const OUTCOME_BADGES: Record<Outcome, string> = { accepted: 'bg-success', accepted_with_warnings: 'bg-warning', rejected: 'bg-danger', 'in-lettura': 'bg-secondary' };

export function outcomeBadge(outcome: Outcome): HTMLElement {
  return h('span', { class: `badge ${OUTCOME_BADGES[outcome]}` }, OUTCOME_NAMES[outcome]);
}

export function viaName(via: 'link' | 'pec'): string {
  return via === 'pec' ? 'PEC' : 'collegamento';
}

const SEVERITY: Record<Reason['severity'], string> = { error: 'Da correggere', warning: 'Osservazione', info: 'Nota' };

/** The reasons of an outcome as a list, each said with its weight ("Da correggere: …"). */
export function reasonsList(reasons: Reason[], extraClass = ''): HTMLElement | null {
  if (!reasons.length) return null;
  return h(
    'ul',
    { class: `motivi small mb-0 ${extraClass}`.trim() },
    reasons.map((r) => h('li', {}, h('span', { class: r.severity === 'error' ? 'fw-semibold text-danger' : 'fw-semibold' }, `${SEVERITY[r.severity]}: `), r.message)),
  );
}

/**
 * The name a body gave its file: an upload link stores it after a time stamp and a random part
 * ("20261130T063343Z-ec1c09b7-poa.pdf"), which say nothing to a person.
 */
export function displayFileName(name: string): string {
  return name.replace(/^\d{8}T\d{6}Z-[0-9a-f]{8}-/, '');
}

/** "n. 0000012 del 15/03/2026". */
export function protocolText(p: { numero: string; data: string } | null | undefined): string {
  return p ? `n. ${p.numero} del ${formatDate(p.data)}` : '';
}

/** "mancano 12 giorni", "scade oggi", "scaduta da 3 giorni". */
export function daysLeftText(days: number): string {
  if (days > 1) return `mancano ${days} giorni`;
  if (days === 1) return 'manca 1 giorno';
  if (days === 0) return 'scade oggi';
  return days === -1 ? 'scaduta da 1 giorno' : `scaduta da ${-days} giorni`;
}

/** The day in Rome (AAAA-MM-GG) of an instant. */
export function romeDate(iso: string | Date): string {
  return romeDateOf(typeof iso === 'string' ? new Date(iso) : iso);
}

/** Whole days from one AAAA-MM-GG to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The file name a download answer suggests (Content-Disposition), else `fallback`. */
export function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  return /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(cd)?.[1] ?? fallback;
}

/** A file's bytes as Base64 (for the import, which the API takes as JSON). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new ApiError(0, 'Il file non si può leggere dal disco.'));
    reader.readAsDataURL(file);
  });
}

/**
 * A JSON call that hands back the whole answer, errors included (`api()` keeps only `errore` and
 * `dettagli`; the import's 422 carries its rows in `righe`). A 401 still goes to the login page.
 */
export async function callJson<T, E = { errore?: string }>(path: string, body: unknown): Promise<{ ok: true; data: T } | { ok: false; status: number; error: E }> {
  const config = await loadConfig();
  const token = getToken();
  let res: Response;
  try {
    res = await fetch(`${config.apiBase}${path}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'Il servizio non risponde: controlla la connessione e riprova.');
  }
  if (res.status === 401) {
    clearSession();
    location.assign(loginUrl());
    throw new ApiError(401, 'Sessione scaduta: accedi di nuovo.');
  }
  const json = (await res.json().catch(() => ({}))) as unknown;
  return res.ok ? { ok: true, data: json as T } : { ok: false, status: res.status, error: json as E };
}

/** A CSV that Italian Excel opens directly: `;` between fields, UTF-8 with BOM, CRLF. */
export function csvForExcel(rows: string[][]): Blob {
  const cell = (v: string) => (/[";\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return new Blob(['\uFEFF', rows.map((r) => r.map(cell).join(';')).join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
}
