/**
 * Archivio: uploads (drag and drop or file picker, a progress bar and an outcome per file) and the
 * list of documents, whose filters live in the address so a search can be bookmarked and shared.
 */
import { api, ApiError, query } from '../lib/api.ts';
import { announce, errorText, showError } from '../lib/alerts.ts';
import { byId, debounce, fill, h, none } from '../lib/dom.ts';
import { formatBytes, formatDate, parseItalianDate } from '../lib/format.ts';
import { docTypeName } from '../lib/labels.ts';
import { progressBar, type Progress } from '../lib/progress.ts';
import { mountShell } from '../lib/shell.ts';
import type { DocumentSummary, Page, UploadStatus } from '../lib/types.ts';

// ——— Uploads ———

const POLL_MS = 1000;
const POLL_LIMIT = 120;
const PARALLEL = 3;

function contentType(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.eml')) return 'message/rfc822';
  if (name.endsWith('.p7m')) return 'application/pkcs7-mime';
  return 'application/pdf';
}

/** PUTs the bytes to the presigned URL, reporting progress (fetch cannot report an upload's progress). */
function put(target: { url: string; method?: string; headers?: Record<string, string> }, file: File, progress: Progress): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(target.method ?? 'PUT', target.url);
    for (const [k, v] of Object.entries(target.headers ?? {})) if (k.toLowerCase() !== 'content-length' && k.toLowerCase() !== 'host') xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable) progress.set(ev.loaded / ev.total);
    };
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new ApiError(xhr.status, `Invio del file non riuscito (codice ${xhr.status}).`)));
    xhr.onerror = () => reject(new ApiError(0, 'Invio del file non riuscito: il deposito dei file non risponde.'));
    xhr.send(file);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function documentLink(id: string, text: string): HTMLAnchorElement {
  return h('a', { href: `/documento.html?id=${encodeURIComponent(id)}` }, text);
}

async function uploadOne(file: File, item: HTMLElement): Promise<'acquisito' | 'rifiutato' | 'errore'> {
  const outcome = h('p', { class: 'mb-0 mt-1 esito' });
  const progress = progressBar(`Invio di ${file.name}`);
  item.append(progress.el, outcome);
  const say = (cls: string, ...content: (string | Node)[]) => {
    progress.finish();
    outcome.className = `mb-0 mt-1 esito fw-semibold ${cls}`;
    fill(outcome, ...content);
  };
  try {
    const target = await api<{ url: string; method: string; headers: Record<string, string>; key: string }>('/uploads', {
      method: 'POST',
      body: { fileName: file.name, size: file.size, contentType: contentType(file) },
    });
    await put(target, file, progress);
    progress.waiting('In lettura…');
    for (let i = 0; i < POLL_LIMIT; i++) {
      const status = await api<UploadStatus>(`/uploads/status${query({ key: target.key })}`);
      if (status.stato === 'acquisito') {
        say('text-success', 'Acquisito: ', documentLink(status.documentId, file.name));
        announce(`${file.name}: acquisito.`);
        return 'acquisito';
      }
      if (status.stato === 'rifiutato') {
        say('text-danger', `Rifiutato: ${status.motivo}`, status.documentId ? ' (' : '', status.documentId ? documentLink(status.documentId, 'dettagli') : '', status.documentId ? ')' : '');
        announce(`${file.name}: rifiutato. ${status.motivo}`);
        return 'rifiutato';
      }
      await sleep(POLL_MS);
    }
    say('text-warning-emphasis', 'Ancora in lettura: il documento comparirà nell’archivio appena pronto.');
    announce(`${file.name}: ancora in lettura.`);
    return 'errore';
  } catch (err) {
    const text = errorText(err);
    say('text-danger', `Non caricato: ${text}`);
    announce(`${file.name}: non caricato. ${text}`);
    return 'errore';
  }
}

async function uploadAll(files: File[]): Promise<void> {
  if (!files.length) return;
  const list = byId('caricamenti');
  const queue = files.map((file) => {
    const item = h('li', {}, h('p', { class: 'mb-1' }, h('strong', {}, file.name), ` (${formatBytes(file.size)})`));
    list.prepend(item);
    return { file, item };
  });
  announce(files.length === 1 ? `Caricamento di ${files[0]!.name} avviato.` : `Caricamento di ${files.length} file avviato.`);
  let acquired = 0;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) if ((await uploadOne(next.file, next.item)) !== 'errore') acquired += 1;
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, files.length) }, worker));
  if (acquired) void loadList(false);
}

function setUpUploads(): void {
  const input = byId<HTMLInputElement>('file');
  const zone = byId('zona-caricamento');
  input.addEventListener('change', () => {
    void uploadAll([...(input.files ?? [])]);
    input.value = '';
  });
  zone.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    zone.classList.add('trascinamento');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('trascinamento'));
  zone.addEventListener('drop', (ev) => {
    ev.preventDefault();
    zone.classList.remove('trascinamento');
    void uploadAll([...(ev.dataTransfer?.files ?? [])]);
  });
}

// ——— List ———

/** The filters, by their name in the address and in the API. Dates are AAAA-MM-GG in the address, dd/mm/yyyy in the form. */
const FILTERS = ['text', 'sender', 'type', 'status', 'from', 'to', 'law', 'tag', 'scadenze'] as const;
const DATE_FILTERS = new Set(['from', 'to']);
type State = Record<string, string>;

const form = () => byId<HTMLFormElement>('filtri');
let next: string | null = null;
let generation = 0;

function stateFromUrl(): State {
  const p = new URLSearchParams(location.search);
  const state: State = {};
  for (const k of [...FILTERS, 'sort', 'order']) {
    const v = p.get(k);
    if (v) state[k] = v;
  }
  return state;
}

function fillForm(state: State): void {
  const f = form();
  for (const k of FILTERS) {
    const el = f.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
    if (!el) continue;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = state[k] === el.value;
    else el.value = DATE_FILTERS.has(k) && state[k] ? formatDate(state[k]) : (state[k] ?? '');
  }
}

/** The form's filters, or null when a date is not valid (the field says why). */
function stateFromForm(): State | null {
  const f = form();
  const state: State = {};
  let ok = true;
  for (const k of FILTERS) {
    const el = f.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
    if (!el) continue;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      if (el.checked) state[k] = el.value;
      continue;
    }
    const v = el.value.trim();
    if (!v) {
      if (DATE_FILTERS.has(k)) markDate(el as HTMLInputElement, null);
      continue;
    }
    if (DATE_FILTERS.has(k)) {
      const iso = parseItalianDate(v);
      markDate(el as HTMLInputElement, iso ? null : 'Scrivi la data come gg/mm/aaaa, per esempio 31/03/2024.');
      if (!iso) ok = false;
      else state[k] = iso;
    } else state[k] = v;
  }
  const current = stateFromUrl();
  if (current.sort) state.sort = current.sort;
  if (current.order) state.order = current.order;
  return ok ? state : null;
}

function markDate(input: HTMLInputElement, error: string | null): void {
  input.classList.toggle('is-invalid', Boolean(error));
  input.setAttribute('aria-invalid', error ? 'true' : 'false');
  byId(`${input.id}-errore`).textContent = error ?? '';
}

function setUrl(state: State, push: boolean): void {
  const url = `${location.pathname}${query(state)}`;
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function cell(...content: (string | Node | null)[]): HTMLTableCellElement {
  const td = h('td');
  const parts = content.filter((c): c is string | Node => c !== null && c !== '');
  if (parts.length) td.append(...parts);
  else td.append(none());
  return td;
}

function row(d: DocumentSummary): HTMLTableRowElement {
  const title = d.subject || d.fileName;
  const status =
    d.status === 'rejected'
      ? h('div', {}, h('span', { class: 'badge bg-danger' }, 'Rifiutato'), d.rejection ? h('p', { class: 'small mb-0 mt-1' }, d.rejection.message) : null)
      : h('span', { class: 'badge bg-success' }, 'Acquisito');
  return h(
    'tr',
    {},
    cell(formatDate(d.receivedAt)),
    cell(formatDate(d.documentDate)),
    cell(d.sender),
    cell(docTypeName(d.docType)),
    cell(documentLink(d.id, title), d.subject ? h('span', { class: 'd-block small text-secondary' }, d.fileName) : null),
    cell(d.protocol ? `n. ${d.protocol.number}${d.protocol.date ? ` del ${formatDate(d.protocol.date)}` : ''}` : null),
    cell(d.deadlines.length ? d.deadlines.map(formatDate).join(', ') : null),
    cell(status),
  );
}

function setSortHeaders(state: State): void {
  for (const th of document.querySelectorAll<HTMLTableCellElement>('#documenti th[data-sort]')) {
    const key = th.dataset.sort!;
    const active = state.sort === key || (!state.sort && key === 'ricevuto');
    const order = active ? (state.order ?? (state.sort ? defaultOrder(key) : 'desc')) : null;
    if (order) th.setAttribute('aria-sort', order === 'asc' ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
    const arrow = th.querySelector('.freccia');
    if (arrow) arrow.textContent = order === 'asc' ? ' ▲' : order === 'desc' ? ' ▼' : '';
  }
}

function defaultOrder(key: string): 'asc' | 'desc' {
  return key === 'mittente' ? 'asc' : 'desc';
}

async function loadList(more: boolean): Promise<void> {
  const state = stateFromUrl();
  const mine = ++generation;
  const body = document.querySelector('#documenti tbody')!;
  const result = byId('esito-elenco');
  const moreButton = byId<HTMLButtonElement>('carica-altri');
  setSortHeaders(state);
  if (!more) fill(result, h('p', { class: 'mb-0' }, 'Caricamento…'));
  moreButton.disabled = true;
  try {
    const page = await api<Page<DocumentSummary>>(`/documents${query({ ...state, limit: 25, cursor: more ? next : null })}`);
    if (mine !== generation) return;
    if (!more) body.replaceChildren();
    for (const d of page.items) body.append(row(d));
    next = page.next;
    const shown = body.querySelectorAll('tr:not([data-vuoto])').length;
    if (!shown) {
      body.replaceChildren(h('tr', { 'data-vuoto': '' }, h('td', { colspan: 8 }, Object.keys(state).some((k) => FILTERS.includes(k as never)) ? 'Nessun documento corrisponde ai filtri.' : 'L’archivio è vuoto: carica il primo documento.')));
    }
    fill(result, h('p', { class: 'mb-0' }, shown === 1 ? '1 documento mostrato' : `${shown} documenti mostrati`, next ? ', altri disponibili.' : '.'));
    moreButton.classList.toggle('d-none', !next);
    moreButton.disabled = false;
  } catch (err) {
    if (mine !== generation) return;
    showError(result, err);
  }
}

function setUpList(): void {
  const f = form();
  fillForm(stateFromUrl());

  // Sorting: each sortable heading becomes a button.
  for (const th of document.querySelectorAll<HTMLTableCellElement>('#documenti th[data-sort]')) {
    const key = th.dataset.sort!;
    const label = th.textContent ?? '';
    const button = h('button', { type: 'button', class: 'ordina' }, label, h('span', { class: 'freccia', 'aria-hidden': 'true' }), h('span', { class: 'visually-hidden' }, ' (ordina)'));
    button.addEventListener('click', () => {
      const state = stateFromUrl();
      const current = state.sort ?? 'ricevuto';
      const order = current === key ? ((state.order ?? defaultOrder(key)) === 'asc' ? 'desc' : 'asc') : defaultOrder(key);
      setUrl({ ...state, sort: key, order }, true);
      void loadList(false);
      announce(`Ordinati per ${label.toLowerCase()}, ${order === 'asc' ? 'crescente' : 'decrescente'}.`);
    });
    th.replaceChildren(button);
  }

  const apply = (push: boolean) => {
    const state = stateFromForm();
    if (!state) return;
    setUrl(state, push);
    void loadList(false);
  };
  const onType = debounce(() => apply(false), 500);
  f.addEventListener('input', onType);
  f.addEventListener('change', (ev) => {
    if ((ev.target as HTMLElement).tagName !== 'INPUT' || (ev.target as HTMLInputElement).type === 'checkbox') apply(false);
  });
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    apply(true);
  });
  addEventListener('popstate', () => {
    fillForm(stateFromUrl());
    void loadList(false);
  });
  byId('carica-altri').addEventListener('click', () => void loadList(true));
  void loadList(false);
}

if (mountShell()) {
  setUpUploads();
  setUpList();
}
