/**
 * The API client: configuration from /config.json, the bearer token from sessionStorage, errors as
 * Italian sentences; a 401 sends the user to the login page and back here afterwards.
 */

export interface AppConfig {
  apiBase: string;
  accesso: 'dev' | 'cognito';
  cognito?: { domain: string; clientId: string; redirectUri: string };
  s3Origin?: string;
}

const TOKEN_KEY = 'carteggio.token';
const ENTE_KEY = 'carteggio.ente';

let configPromise: Promise<AppConfig> | null = null;

export function loadConfig(): Promise<AppConfig> {
  configPromise ??= fetch('/config.json', { headers: { accept: 'application/json' } }).then(async (r) => {
    if (!r.ok) throw new ApiError(r.status, 'Configurazione del servizio non disponibile (/config.json).');
    return (await r.json()) as AppConfig;
  });
  return configPromise;
}

export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setSession(token: string, ente?: string | null): void {
  sessionStorage.setItem(TOKEN_KEY, token);
  if (ente) sessionStorage.setItem(ENTE_KEY, ente);
  else sessionStorage.removeItem(ENTE_KEY);
}

export function clearSession(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(ENTE_KEY);
}

export interface Claims {
  user: string;
  groups: string[];
  codiceIpa: string | null;
  ente: string | null;
  exp: number | null;
}

/** The token's claims, for showing who is logged in (the API verifies the signature, not this page). */
export function currentClaims(): Claims | null {
  const token = getToken();
  if (!token) return null;
  try {
    const payload = token.split('.')[1];
    if (!payload) return null;
    const json = new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));
    const c = JSON.parse(json) as Record<string, unknown>;
    const groups = c['cognito:groups'];
    return {
      user: String(c['cognito:username'] ?? c['email'] ?? c['sub'] ?? 'utente'),
      groups: Array.isArray(groups) ? groups.map(String) : typeof groups === 'string' ? groups.split(',') : [],
      codiceIpa: c['custom:codiceIpa'] ? String(c['custom:codiceIpa']) : null,
      ente: sessionStorage.getItem(ENTE_KEY) ?? (c['custom:ente'] ? String(c['custom:ente']) : null),
      exp: typeof c['exp'] === 'number' ? c['exp'] : null,
    };
  } catch {
    return null;
  }
}

/** Where the login page sends the user back to: this page, with its query. */
export function loginUrl(): string {
  const here = location.pathname + location.search + location.hash;
  return `/accesso.html?torna=${encodeURIComponent(here)}`;
}

/** Sends the user to log in when there is no token or it has expired; true when it did. */
export function requireLogin(): boolean {
  const claims = currentClaims();
  if (claims && (claims.exp === null || claims.exp * 1000 > Date.now())) return false;
  clearSession();
  location.assign(loginUrl());
  return true;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly dettagli: string[] = [],
  ) {
    super(message);
  }
}

interface Options {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Return the raw Response (for files) instead of parsed JSON. */
  raw?: boolean;
  /** Whether the call needs the token (everything but /config.json and /auth/*). */
  auth?: boolean;
}

/** Italian words for a failure the API did not describe itself. */
function statusMessage(status: number): string {
  if (status === 403) return 'Non hai i permessi per questa operazione.';
  if (status === 404) return 'Non trovato: l’elemento non esiste o non è visibile al tuo ente.';
  if (status === 413) return 'Richiesta troppo grande.';
  if (status === 429) return 'Troppe richieste: riprova tra qualche secondo.';
  if (status >= 500) return 'Il servizio ha avuto un problema. Riprova tra qualche minuto.';
  return `Richiesta non riuscita (codice ${status}).`;
}

export async function api<T = unknown>(path: string, opts: Options = {}): Promise<T> {
  const config = await loadConfig();
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  if (opts.auth !== false) {
    const token = getToken();
    if (token) headers.authorization = `Bearer ${token}`;
  }
  let body: BodyInit | undefined;
  if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(`${config.apiBase}${path}`, { method: opts.method ?? 'GET', headers, body, signal: opts.signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'Il servizio non risponde: controlla la connessione e riprova.');
  }
  if (res.status === 401 && opts.auth !== false) {
    clearSession();
    location.assign(loginUrl());
    throw new ApiError(401, 'Sessione scaduta: accedi di nuovo.');
  }
  if (!res.ok) {
    let message = statusMessage(res.status);
    let dettagli: string[] = [];
    try {
      const err = (await res.json()) as { errore?: string; dettagli?: string[] };
      if (err.errore) message = err.errore;
      if (Array.isArray(err.dettagli)) dettagli = err.dettagli.map(String);
    } catch {
      /* not JSON: the status says enough */
    }
    throw new ApiError(res.status, message, dettagli);
  }
  if (opts.raw) return res as unknown as T;
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** A query string from the values that are set. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
