/**
 * Raccolte: the campaigns the user's body promotes or is asked to answer (each opening its board),
 * and the form to start a new one (title, form, deadline dd/mm/yyyy, the promoting body's name).
 */
import { api, ApiError, currentClaims } from '../lib/api.ts';
import { alertBox, errorText, showError } from '../lib/alerts.ts';
import { byId, fill, h } from '../lib/dom.ts';
import { dataTable } from '../lib/data-table.ts';
import { formatDate, parseItalianDate, todayIso } from '../lib/format.ts';
import { mountShell } from '../lib/shell.ts';
import { daysBetween, daysLeftText, type Campaign, type CampaignListItem, type FormInfo } from '../lib/collect.ts';

let forms: FormInfo[] = [];

function formTitle(id: string): string {
  return forms.find((f) => f.id === id)?.title ?? id;
}

async function start(): Promise<void> {
  const claims = currentClaims();
  const issuer = byId<HTMLInputElement>('n-ente');
  if (claims?.ente) issuer.value = claims.ente;
  byId<HTMLFormElement>('nuova').addEventListener('submit', (ev) => {
    ev.preventDefault();
    void create();
  });
  const select = byId<HTMLSelectElement>('n-modulo');
  select.addEventListener('change', describeForm);
  try {
    forms = await api<FormInfo[]>('/forms');
    fill(select, h('option', { value: '' }, 'Scegli un modulo'), forms.map((f) => h('option', { value: f.id }, f.title)));
  } catch (err) {
    showError(byId('messaggi'), err);
  }
  await loadList();
}

function describeForm(): void {
  const f = forms.find((x) => x.id === byId<HTMLSelectElement>('n-modulo').value);
  byId('n-modulo-descrizione').textContent = f?.description ?? '';
}

async function loadList(): Promise<void> {
  const status = byId('esito-elenco');
  const out = byId('elenco');
  fill(status, h('p', {}, 'Caricamento…'));
  let list: CampaignListItem[];
  try {
    list = await api<CampaignListItem[]>('/campaigns');
  } catch (err) {
    showError(status, err);
    return;
  }
  status.replaceChildren();
  if (!list.length) {
    fill(out, h('p', {}, 'Nessuna raccolta per ora: creane una con il modulo qui sotto.'));
    return;
  }
  // Open ones first, the nearest deadline first.
  list.sort((a, b) => (a.campaign.state === b.campaign.state ? a.campaign.deadline.localeCompare(b.campaign.deadline) : a.campaign.state === 'aperta' ? -1 : 1));
  const today = todayIso();
  fill(
    out,
    dataTable({
      id: 'raccolte',
      caption: 'Raccolte del tuo ente',
      headings: ['Raccolta', 'Modulo', 'Scadenza', 'Stato', 'Ruolo del tuo ente'],
      rows: list.map(({ campaign: c, ruolo }) => [
        [h('a', { href: `/campagna.html?id=${encodeURIComponent(c.id)}` }, c.title), h('span', { class: 'd-block small text-secondary' }, `promossa da ${c.issuer.name}`)],
        formTitle(c.formId),
        [formatDate(c.deadline), c.state === 'aperta' ? h('span', { class: 'd-block small' }, daysLeftText(daysBetween(today, c.deadline))) : null],
        stateBadge(c),
        ruolo === 'titolare' ? 'Promotore' : 'Destinatario',
      ]),
    }),
  );
}

function stateBadge(c: Campaign): HTMLElement {
  return c.state === 'aperta' ? h('span', { class: 'badge bg-success' }, 'Aperta') : h('span', { class: 'badge bg-secondary' }, `Chiusa${c.closedAt ? ` il ${formatDate(c.closedAt)}` : ''}`);
}

function mark(id: string, error: string | null): void {
  const input = byId<HTMLInputElement | HTMLSelectElement>(id);
  input.classList.toggle('is-invalid', Boolean(error));
  if (error) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  byId(`${id}-errore`).textContent = error ?? '';
}

let creating = false;

async function create(): Promise<void> {
  if (creating) return;
  const title = byId<HTMLInputElement>('n-titolo').value.trim();
  const deadlineText = byId<HTMLInputElement>('n-scadenza').value;
  const formId = byId<HTMLSelectElement>('n-modulo').value;
  const issuerName = byId<HTMLInputElement>('n-ente').value.trim();
  const deadline = parseItalianDate(deadlineText);
  const errors: [string, string | null][] = [
    ['n-titolo', title.length >= 3 ? null : 'Scrivi un titolo di almeno 3 caratteri.'],
    ['n-scadenza', !deadlineText.trim() ? 'Indica la scadenza come gg/mm/aaaa.' : !deadline ? 'Scrivi la data come gg/mm/aaaa, per esempio 31/03/2027.' : deadline < todayIso() ? 'La scadenza non può essere già passata.' : null],
    ['n-modulo', formId ? null : 'Scegli il modulo che gli enti devono compilare.'],
    ['n-ente', issuerName.length >= 2 ? null : 'Scrivi il nome dell’ente che promuove la raccolta.'],
  ];
  for (const [id, e] of errors) mark(id, e);
  const summary = byId('riepilogo-errori');
  const wrong = errors.filter(([, e]) => e);
  if (wrong.length) {
    fill(summary, h('div', { class: 'alert alert-danger', role: 'alert' }, h('p', { class: 'mb-0' }, 'Controlla i campi segnati:'), h('ul', { class: 'mb-0 mt-2' }, wrong.map(([id, e]) => h('li', {}, h('a', { href: `#${id}` }, e!))))));
    byId(wrong[0]![0]).focus();
    return;
  }
  summary.replaceChildren();
  creating = true;
  const outcome = byId('esito-nuova');
  fill(outcome, h('p', {}, 'Creazione in corso…'));
  try {
    const c = await api<Campaign>('/campaigns', { method: 'POST', body: { title, formId, deadline, issuerName } });
    fill(outcome, alertBox('success', 'Raccolta creata: ora importa gli enti.'));
    location.assign(`/campagna.html?id=${encodeURIComponent(c.id)}&nuova=1`);
  } catch (err) {
    creating = false;
    fill(outcome, alertBox('danger', errorText(err), err instanceof ApiError ? err.dettagli : []));
  }
}

if (mountShell()) void start();
