/**
 * Scadenze: the deadlines and meetings of the archive between two dates (the next 60 days unless the
 * address says otherwise), as a list and as a month calendar; iCalendar download and a feed to subscribe to.
 */
import { api, query } from '../lib/api.ts';
import { alertBox, announce, showError } from '../lib/alerts.ts';
import { byId, fill, h, icon, saveBlob } from '../lib/dom.ts';
import { dataTable } from '../lib/data-table.ts';
import { MONTHS, WEEKDAYS, addDays, formatDate, longDate, parseItalianDate, todayIso } from '../lib/format.ts';
import { mountShell } from '../lib/shell.ts';
import type { AgendaOutside, DeadlineItem } from '../lib/types.ts';

const today = todayIso();
const messages = byId('messaggi');

/** The period on show: from the address, else today and 60 days on. */
function period(): { from: string; to: string } {
  const p = new URLSearchParams(location.search);
  const from = parseItalianDate(p.get('from') ?? '') ?? today;
  const to = parseItalianDate(p.get('to') ?? '') ?? addDays(from, 60);
  return { from, to };
}

/** The month the calendar shows, as AAAA-MM. */
let month = (new URLSearchParams(location.search).get('mese') ?? '').match(/^\d{4}-\d{2}$/)?.[0] ?? period().from.slice(0, 7);

function setUp(): void {
  const form = byId<HTMLFormElement>('periodo');
  const fromInput = byId<HTMLInputElement>('p-from');
  const toInput = byId<HTMLInputElement>('p-to');
  const showPeriod = () => {
    const { from, to } = period();
    fromInput.value = formatDate(from);
    toInput.value = formatDate(to);
  };
  showPeriod();
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const from = check(fromInput);
    const to = check(toInput);
    if (!from || !to) return;
    if (to < from) {
      mark(toInput, 'La data finale deve seguire quella iniziale.');
      toInput.focus();
      return;
    }
    month = from.slice(0, 7);
    history.pushState(null, '', `${location.pathname}${query({ from, to })}`);
    void loadList();
    void loadMonth();
  });
  addEventListener('popstate', () => {
    showPeriod();
    month = period().from.slice(0, 7);
    void loadList();
    void loadMonth();
  });
  byId('mese-prima').addEventListener('click', () => moveMonth(-1));
  byId('mese-dopo').addEventListener('click', () => moveMonth(1));
  byId('scarica-ics').addEventListener('click', () => void downloadIcs());
  byId('abbonati').addEventListener('click', () => void toggleFeed());
  void loadList();
  void loadMonth();
}

function check(input: HTMLInputElement): string | null {
  const iso = parseItalianDate(input.value);
  mark(input, iso ? null : 'Scrivi la data come gg/mm/aaaa, per esempio 31/03/2024.');
  if (!iso) input.focus();
  return iso;
}

function mark(input: HTMLInputElement, error: string | null): void {
  input.classList.toggle('is-invalid', Boolean(error));
  input.setAttribute('aria-invalid', error ? 'true' : 'false');
  byId(`${input.id}-errore`).textContent = error ?? '';
}

function docLink(item: DeadlineItem, text: string): HTMLAnchorElement {
  return h('a', { href: `/documento.html?id=${encodeURIComponent(item.documentId)}` }, text);
}

/** What the period leaves out, with a link that widens it: older deadlines are otherwise invisible. */
function outsideNote(outside: AgendaOutside, from: string, to: string): HTMLElement | null {
  const dates = (n: number) => (n === 1 ? '1 data' : `${n} date`);
  const widen = (f: string, t: string, text: string) => h('a', { href: `scadenze.html${query({ from: formatDate(f), to: formatDate(t) })}` }, text);
  const parts: (HTMLElement | string)[] = [];
  const { precedenti: before, successive: after } = outside;
  if (before) parts.push(`${dates(before.numero)} prima del ${formatDate(from)} (dal ${formatDate(before.dal)}): `, widen(before.dal, to, 'mostra anche queste'), '. ');
  if (after) parts.push(`${dates(after.numero)} dopo il ${formatDate(to)} (fino al ${formatDate(after.al)}): `, widen(from, after.al, 'mostra anche queste'), '.');
  return parts.length ? h('p', { class: 'small text-secondary', id: 'fuori-periodo' }, ...parts) : null;
}

function what(item: DeadlineItem): string {
  return item.kind === 'riunione' ? `Riunione${item.time ? ` alle ${item.time}` : ''}` : `Scadenza${item.time ? ` alle ${item.time}` : ''}`;
}

async function loadList(): Promise<void> {
  const { from, to } = period();
  const out = byId('elenco');
  const status = byId('esito-elenco');
  fill(status, h('p', {}, 'Caricamento…'));
  try {
    const [list, outside] = await Promise.all([api<DeadlineItem[]>(`/deadlines${query({ from, to })}`), api<AgendaOutside>(`/deadlines/outside${query({ from, to })}`)]);
    fill(status, h('p', {}, `Dal ${formatDate(from)} al ${formatDate(to)}: `, list.length === 1 ? '1 data' : `${list.length} date`, '.'), outsideNote(outside, from, to));
    if (!list.length) {
      fill(out, h('p', {}, 'Nessuna scadenza o riunione nel periodo.'));
      return;
    }
    fill(
      out,
      dataTable({
        id: 'tabella-scadenze',
        caption: `Scadenze e riunioni dal ${formatDate(from)} al ${formatDate(to)}`,
        headings: ['Data', 'Che cosa', 'Documento', 'Mittente'],
        rows: list.map((item) => [formatDate(item.date), what(item), docLink(item, item.subject || item.fileName), item.sender ?? '']),
      }),
    );
  } catch (err) {
    showError(status, err);
  }
}

function moveMonth(delta: number): void {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  month = d.toISOString().slice(0, 7);
  void loadMonth().then(() => announce(`Calendario di ${monthName(month)}.`));
}

function monthName(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

async function loadMonth(): Promise<void> {
  const box = byId('calendario');
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = `${month}-01`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const last = `${month}-${String(days).padStart(2, '0')}`;
  let items: DeadlineItem[];
  try {
    items = await api<DeadlineItem[]>(`/deadlines${query({ from: first, to: last })}`);
  } catch (err) {
    showError(box, err);
    return;
  }
  const byDay = new Map<string, DeadlineItem[]>();
  for (const it of items) byDay.set(it.date, [...(byDay.get(it.date) ?? []), it]);
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: HTMLTableCellElement[] = [];
  for (let i = 0; i < lead; i++) cells.push(h('td', { class: 'fuori-mese' }));
  for (let d = 1; d <= days; d++) {
    const iso = `${month}-${String(d).padStart(2, '0')}`;
    const list = byDay.get(iso) ?? [];
    cells.push(
      h(
        'td',
        { class: iso === today ? 'oggi' : null, 'aria-current': iso === today ? 'date' : null },
        h('span', { class: 'fw-semibold', 'aria-hidden': 'true' }, String(d)),
        h('span', { class: 'visually-hidden' }, longDate(iso)),
        list.length ? h('ul', {}, list.map((it) => h('li', {}, h('span', { class: 'visually-hidden' }, `${what(it)}: `), it.kind === 'riunione' ? icon('it-calendar', 'icon-xs me-1') : icon('it-clock', 'icon-xs me-1'), docLink(it, short(it))))) : null,
      ),
    );
  }
  while (cells.length % 7) cells.push(h('td', { class: 'fuori-mese' }));
  const weeks: HTMLTableCellElement[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  const caption = monthName(month);
  fill(
    box,
    dataTable({
      id: 'tabella-calendario',
      caption: [`${caption[0]!.toUpperCase()}${caption.slice(1)}`, items.length ? ` – ${items.length === 1 ? '1 data' : `${items.length} date`}` : ' – nessuna data'],
      captionClass: 'caption-top h5 text-body',
      class: 'table-bordered calendario',
      headings: WEEKDAYS.map((w) => h('abbr', { title: w }, w.slice(0, 3))),
      rows: weeks,
      // The page's #calendario is already the scrolling container.
      responsive: false,
    }),
  );
}

function short(it: DeadlineItem): string {
  const text = it.subject || it.fileName;
  const prefix = it.time ? `${it.time} ` : '';
  return prefix + (text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

async function downloadIcs(): Promise<void> {
  const { from, to } = period();
  try {
    const res = await api<Response>(`/deadlines.ics${query({ from, to })}`, { raw: true, headers: { accept: 'text/calendar' } });
    saveBlob(await res.blob(), `scadenze-${from}-${to}.ics`);
    fill(messages, alertBox('success', 'File iCalendar scaricato: aprilo con il tuo calendario per importare le date.'));
  } catch (err) {
    showError(messages, err);
  }
}

async function toggleFeed(): Promise<void> {
  const button = byId('abbonati');
  const box = byId('feed');
  if (!box.hidden) {
    box.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  try {
    const { url } = await api<{ url: string }>('/calendar-feed');
    const input = h('input', { type: 'text', class: 'form-control', id: 'feed-url', readonly: true, value: url, 'aria-describedby': 'feed-aiuto' });
    const copied = h('span', { class: 'ms-2', 'aria-live': 'polite' });
    fill(
      box,
      h(
        'div',
        { class: 'card card-bg p-3' },
        h('div', { class: 'form-group mb-2' }, h('label', { for: 'feed-url', class: 'active' }, 'Indirizzo del calendario da aggiungere al tuo programma'), input),
        h('p', { id: 'feed-aiuto', class: 'small' }, 'Nel calendario (Outlook, Thunderbird, Google Calendar) scegli «Aggiungi calendario da Internet» e incolla questo indirizzo: le date si aggiornano da sole. L’indirizzo contiene una chiave personale: non condividerlo.'),
        h(
          'div',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-primary btn-sm',
              onclick: async () => {
                try {
                  await navigator.clipboard.writeText(url);
                  copied.textContent = 'Indirizzo copiato.';
                } catch {
                  input.select();
                  copied.textContent = 'Copia non riuscita: l’indirizzo è selezionato, premi Ctrl+C.';
                }
              },
            },
            'Copia l’indirizzo',
          ),
          copied,
        ),
      ),
    );
    box.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    input.focus();
  } catch (err) {
    showError(messages, err);
  }
}

if (mountShell()) setUp();
