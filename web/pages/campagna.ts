/**
 * A campaign's board (campagna.html?id=…&stato=…). For the body that promotes it: counts, the
 * arrivals over time against the deadline, the bodies with their state and problems (filtered by
 * state, the filter in the address), import of the bodies from CSV/XLSX, the upload links, exports,
 * reminders as protocolled letters, close and reopen. For a body asked to answer: its own slot and
 * what it sent, nothing else.
 */
import { api, ApiError, currentClaims, query } from '../lib/api.ts';
import { alertBox, announce, errorText, showError } from '../lib/alerts.ts';
import { byId, fill, h, none, saveBlob } from '../lib/dom.ts';
import { addDays, formatDate, formatDateTime, parseItalianDate, todayIso } from '../lib/format.ts';
import { SchemaForm } from '../lib/schema-form.ts';
import { mountShell } from '../lib/shell.ts';
import type { JsonSchema, LetterFiles, TemplateInfo } from '../lib/types.ts';
import { arrivalsChart } from '../lib/arrivals-chart.ts';
import { dataTable, type Row } from '../lib/data-table.ts';
import {
  callJson,
  csvForExcel,
  daysLeftText,
  displayFileName,
  fileNameOf,
  fileToBase64,
  outcomeBadge,
  protocolText,
  reasonsList,
  romeDate,
  stateBadge,
  viaName,
  type BodyStatus,
  type Campaign,
  type CampaignStatus,
  type CampaignView,
  type FormInfo,
  type ImportRowError,
  type IssuedLink,
  type ReminderResult,
  type Submission,
} from '../lib/collect.ts';

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const messages = byId('messaggi');
let view: CampaignView | null = null;
let forms: FormInfo[] = [];
let wired = false;

async function start(): Promise<void> {
  if (!id) {
    fill(messages, alertBox('danger', 'Indirizzo incompleto: manca la raccolta da mostrare.'), h('p', {}, h('a', { href: '/raccolte.html' }, 'Torna alle raccolte')));
    return;
  }
  if (params.get('nuova')) {
    fill(messages, alertBox('success', 'Raccolta creata. Per cominciare importa gli enti da un file CSV o XLSX, poi genera i collegamenti da inviare.'));
    params.delete('nuova');
    history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
  }
  api<FormInfo[]>('/forms')
    .then((f) => {
      forms = f;
      if (view) header(view.campaign);
    })
    .catch(() => {
      /* the form's id says enough */
    });
  await load();
}

async function load(): Promise<void> {
  try {
    view = await api<CampaignView>(`/campaigns/${encodeURIComponent(id)}`);
  } catch (err) {
    showError(messages, err);
    return;
  }
  header(view.campaign);
  if (view.ruolo === 'titolare') {
    byId('titolare').hidden = false;
    showCounts(view.status);
    byId('grafico').replaceChildren(
      view.status.counts.attesi
        ? arrivalsChart({ arrivals: view.status.arrivals, expected: view.status.counts.attesi, deadline: view.campaign.deadline, start: romeDate(view.campaign.createdAt), today: todayIso() })
        : h('p', {}, 'Il grafico compare quando la raccolta ha degli enti attesi.'),
    );
    showBodies();
    showClosing(view.campaign);
    showReminderTargets(view.status);
    if (!wired) {
      wired = true;
      wireIssuer();
    }
  } else {
    byId('ente').hidden = false;
    showOwnSlot(view.body.name, view.body.code, view.submissions);
  }
}

// ——— Header ———

function header(c: Campaign): void {
  document.title = `${c.title} · Raccolte · Carteggio`;
  byId('titolo').textContent = c.title;
  byId('briciola').textContent = c.title;
  const days = Math.round((Date.parse(`${c.deadline}T00:00:00Z`) - Date.parse(`${todayIso()}T00:00:00Z`)) / 86_400_000);
  const form = forms.find((f) => f.id === c.formId)?.title ?? c.formId;
  fill(
    byId('intestazione'),
    h(
      'dl',
      { class: 'row mb-4 fatti-raccolta' },
      h('dt', { class: 'col-sm-3' }, 'Promossa da'),
      h('dd', { class: 'col-sm-9' }, c.issuer.name),
      h('dt', { class: 'col-sm-3' }, 'Modulo'),
      h('dd', { class: 'col-sm-9' }, form),
      h('dt', { class: 'col-sm-3' }, 'Scadenza'),
      h('dd', { class: 'col-sm-9', 'data-testid': 'scadenza' }, formatDate(c.deadline), c.state === 'aperta' ? ` (${daysLeftText(days)})` : ''),
      h('dt', { class: 'col-sm-3' }, 'Stato'),
      h('dd', { class: 'col-sm-9' }, c.state === 'aperta' ? h('span', { class: 'badge bg-success' }, 'Aperta') : h('span', { class: 'badge bg-secondary' }, `Chiusa${c.closedAt ? ` il ${formatDate(c.closedAt)}` : ''}`)),
    ),
  );
}

// ——— Counts ———

function showCounts(s: CampaignStatus): void {
  const c = s.counts;
  const cards: [string, number, string, string?][] = [
    ['Enti attesi', c.attesi, 'primary'],
    ['Hanno risposto', c.pervenuti, 'success', 'risposte valide, nei termini o in ritardo'],
    ['Nei termini', c.ricevuti, 'success'],
    ['In ritardo', c.inRitardo, 'warning'],
    ['Mancanti', c.mancanti, 'secondary'],
    ['Rifiutati', c.rifiutati, 'danger', 'l’ultimo invio non è stato accettato'],
    ['Con osservazioni', c.conAvvisi, 'warning', 'accettati, con qualcosa da verificare'],
    ['Invii ricevuti', c.invii, 'primary', 'tutte le versioni'],
  ];
  if (c.inLettura) cards.push(['In lettura', c.inLettura, 'secondary']);
  fill(
    byId('conteggi'),
    h(
      'ul',
      { class: 'row g-3 list-unstyled mb-0', 'aria-label': 'Conteggi della raccolta' },
      cards.map(([label, n, color, note]) =>
        h(
          'li',
          { class: 'col-6 col-md-4 col-lg-3 d-flex flex-column' },
          h(
            'div',
            { class: `card card-bg h-100 mb-0 border-start border-4 border-${color}`, 'data-testid': `conteggio-${label}` },
            h('div', { class: 'card-body' }, h('p', { class: 'h2 mb-0' }, String(n)), h('p', { class: 'mb-0 fw-semibold' }, label), note ? h('p', { class: 'small mb-0' }, note) : null),
          ),
        ),
      ),
    ),
  );
}

// ——— Bodies ———

type Filter = '' | 'ricevuto' | 'in-ritardo' | 'mancante' | 'rifiutato' | 'con-avvisi' | 'da-sollecitare';

function filterOf(value: string | null): Filter {
  return (['', 'ricevuto', 'in-ritardo', 'mancante', 'rifiutato', 'con-avvisi', 'da-sollecitare'] as const).find((f) => f === value) ?? '';
}

function matches(b: BodyStatus, f: Filter): boolean {
  if (!f) return true;
  if (f === 'con-avvisi') return b.withWarnings;
  if (f === 'da-sollecitare') return b.state === 'mancante' || b.state === 'rifiutato';
  return b.state === f;
}

function showBodies(): void {
  if (view?.ruolo !== 'titolare') return;
  const filter = filterOf(new URLSearchParams(location.search).get('stato'));
  byId<HTMLSelectElement>('f-stato').value = filter;
  const all = view.status.bodies;
  const shown = all.filter((b) => matches(b, filter));
  const label = byId<HTMLSelectElement>('f-stato').selectedOptions[0]?.textContent ?? '';
  fill(byId('esito-enti'), h('p', { class: 'mb-2' }, filter ? `${label}: ${shown.length} su ${all.length} enti.` : `${all.length} enti.`));
  const out = byId('enti');
  if (!all.length) {
    fill(out, h('p', {}, 'Nessun ente ancora: importali da un file CSV o XLSX (qui sotto).'));
    return;
  }
  fill(
    out,
    dataTable({
      id: 'tabella-enti',
      caption: 'Enti attesi, con lo stato del loro ultimo invio',
      headings: ['Ente', 'Stato', 'Ultimo invio', 'Protocollo', 'Problemi'],
      rows: shown.map(bodyRow),
      rowHeader: true,
      empty: 'Nessun ente in questo stato.',
    }),
  );
}

function bodyRow(b: BodyStatus): Row {
  const s = b.latest;
  return {
    attrs: { 'data-codice': b.body.code },
    cells: [
      [h('span', { class: 'fw-semibold' }, b.body.name), h('span', { class: 'd-block small text-secondary' }, `${b.body.code} · ${b.body.pec}`)],
      [
        stateBadge(b.state),
        b.withWarnings ? h('span', { class: 'd-block small mt-1' }, 'con osservazioni') : null,
        b.reading ? h('span', { class: 'd-block small mt-1' }, 'in lettura') : null,
      ],
      s
        ? [
            h('span', { class: 'd-block' }, formatDateTime(s.receivedAt)),
            h('span', { class: 'd-block small' }, `via ${viaName(s.via)}${b.versions > 1 ? ` · versione ${s.version} di ${b.versions}` : ''}`),
            s.fileName ? h('span', { class: 'd-block small text-secondary text-break' }, displayFileName(s.fileName)) : null,
          ]
        : none('nessun invio'),
      s?.protocol ? protocolText(s.protocol) : none(),
      s ? (reasonsList(s.reasons) ?? (s.outcome === 'accepted' ? 'Nessuno' : none())) : none(),
    ],
  };
}

// ——— Issuer's actions ———

function wireIssuer(): void {
  const select = byId<HTMLSelectElement>('f-stato');
  select.addEventListener('change', () => {
    const p = new URLSearchParams(location.search);
    if (select.value) p.set('stato', select.value);
    else p.delete('stato');
    history.replaceState(null, '', `${location.pathname}?${p.toString()}`);
    showBodies();
  });
  byId('filtro').addEventListener('submit', (ev) => ev.preventDefault());
  addEventListener('popstate', showBodies);

  const fileInput = byId<HTMLInputElement>('file-enti');
  fileInput.addEventListener('change', () => {
    byId('file-enti-scelto').textContent = fileInput.files?.[0] ? `File scelto: ${fileInput.files[0].name}` : 'Nessun file scelto.';
  });
  byId<HTMLFormElement>('importa').addEventListener('submit', (ev) => {
    ev.preventDefault();
    void importBodies();
  });
  byId('genera-collegamenti').addEventListener('click', askLinks);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-formato]')) b.addEventListener('click', () => void exportAs(b.dataset.formato!, b));
  void setUpReminders();
}

const MAX_IMPORT_BYTES = 700 * 1024;
let importing = false;

async function importBodies(): Promise<void> {
  const input = byId<HTMLInputElement>('file-enti');
  const file = input.files?.[0];
  const out = byId('esito-importa');
  if (!file) {
    fill(out, alertBox('danger', 'Scegli prima il file degli enti (CSV o XLSX).'));
    return;
  }
  if (file.size > MAX_IMPORT_BYTES) {
    fill(out, alertBox('danger', `Il file è troppo grande (${Math.round(file.size / 1024)} KB; al massimo 700 KB): dividilo in più file e importali uno dopo l’altro.`));
    return;
  }
  if (importing) return;
  importing = true;
  fill(out, h('p', {}, `Importazione di ${file.name}…`));
  try {
    const content = await fileToBase64(file);
    const res = await callJson<{ importati: number; avvisi: string[] }, { errore?: string; righe?: ImportRowError[] }>(`/campaigns/${encodeURIComponent(id)}/bodies`, { fileName: file.name, content });
    if (!res.ok) {
      const rows = res.error.righe ?? [];
      const shown = rows.slice(0, 100);
      fill(
        out,
        h(
          'div',
          { class: 'alert alert-danger', role: 'alert', id: 'errori-importa' },
          h('p', { class: 'mb-0 fw-semibold' }, res.error.errore ?? `Importazione non riuscita (codice ${res.status}).`),
          shown.length ? h('ul', { class: 'mb-0 mt-2' }, shown.map((r) => h('li', {}, rowMessage(r)))) : null,
          rows.length > shown.length ? h('p', { class: 'mb-0 mt-2' }, `… e altri ${rows.length - shown.length} errori.`) : null,
          h('p', { class: 'mb-0 mt-2' }, 'Correggi il file e importalo di nuovo: finché c’è un errore non viene importato nessun ente.'),
        ),
      );
      return;
    }
    const { importati, avvisi } = res.data;
    fill(out, alertBox('success', `Importati ${importati === 1 ? '1 ente' : `${importati} enti`} da ${file.name}.`, avvisi));
    input.value = '';
    byId('file-enti-scelto').textContent = 'Nessun file scelto.';
    await load();
  } catch (err) {
    showError(out, err);
  } finally {
    importing = false;
  }
}

/** The server's sentence already names row and column; a bare one gets them in front. */
function rowMessage(r: ImportRowError): string {
  if (/^Riga \d+/.test(r.message) || r.row < 1) return r.message;
  return `Riga ${r.row}${r.column ? `, colonna «${r.column}»` : ''}: ${r.message}`;
}

function askLinks(): void {
  const box = byId('conferma-collegamenti');
  const yes = h('button', { type: 'button', class: 'btn btn-danger btn-sm' }, 'Sì, genera i collegamenti');
  const no = h('button', { type: 'button', class: 'btn btn-outline-primary btn-sm' }, 'Annulla');
  fill(
    box,
    h(
      'div',
      { class: 'alert alert-warning', role: 'group', 'aria-labelledby': 'conferma-testo' },
      h('p', { id: 'conferma-testo' }, 'Se hai già inviato dei collegamenti, quelli smetteranno di funzionare e gli enti dovranno usare i nuovi. Continuare?'),
      h('div', { class: 'd-flex gap-2' }, yes, no),
    ),
  );
  yes.addEventListener('click', () => {
    box.replaceChildren();
    void issueLinks();
  });
  no.addEventListener('click', () => {
    box.replaceChildren();
    byId('genera-collegamenti').focus();
  });
  yes.focus();
}

async function issueLinks(): Promise<void> {
  const out = byId('collegamenti');
  const button = byId<HTMLButtonElement>('genera-collegamenti');
  button.disabled = true;
  fill(out, h('p', {}, 'Generazione dei collegamenti…'));
  try {
    const links = await api<IssuedLink[]>(`/campaigns/${encodeURIComponent(id)}/links`, { method: 'POST', body: {} });
    if (!links.length) {
      fill(out, alertBox('warning', 'Nessun ente a cui dare un collegamento: importa prima gli enti.'));
      return;
    }
    const download = h('button', { type: 'button', class: 'btn btn-primary btn-sm' }, 'Scarica l’elenco (CSV per Excel)');
    download.addEventListener('click', () => {
      saveBlob(csvForExcel([['codice', 'denominazione', 'pec', 'collegamento'], ...links.map((l) => [l.code, l.name, l.pec, l.link])]), `collegamenti-${id}.csv`);
      announce('Elenco dei collegamenti scaricato.');
    });
    fill(
      out,
      alertBox('success', `Generati ${links.length === 1 ? '1 collegamento' : `${links.length} collegamenti`}: copiali o scarica l’elenco ora, non si potranno rivedere.`),
      h('div', { class: 'mb-3' }, download),
      dataTable({
        id: 'tabella-collegamenti',
        caption: 'Collegamenti per l’invio, uno per ente',
        headings: ['Ente', 'PEC', 'Collegamento', h('span', { class: 'visually-hidden' }, 'Azioni')],
        rows: links.map(linkRow),
        rowHeader: true,
      }),
    );
    announce(`Generati ${links.length} collegamenti.`);
  } catch (err) {
    showError(out, err);
  } finally {
    button.disabled = false;
  }
}

function linkRow(l: IssuedLink): Row {
  const inputId = `collegamento-${l.code}`;
  const input = h('input', { type: 'text', class: 'form-control form-control-sm collegamento', id: inputId, readonly: true, value: l.link });
  const said = h('span', { class: 'small ms-2', 'aria-live': 'polite' });
  const copy = h('button', { type: 'button', class: 'btn btn-outline-primary btn-sm' }, 'Copia', h('span', { class: 'visually-hidden' }, ` il collegamento di ${l.name}`));
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(l.link);
      said.textContent = 'Copiato.';
    } catch {
      input.select();
      said.textContent = 'Selezionato: premi Ctrl+C.';
    }
  });
  return {
    attrs: { 'data-codice': l.code },
    cells: [
      [l.name, h('span', { class: 'd-block small text-secondary' }, l.code)],
      l.pec,
      [h('label', { for: inputId, class: 'visually-hidden' }, `Collegamento di ${l.name}`), input],
      h('td', { class: 'text-nowrap' }, copy, said),
    ],
  };
}

async function exportAs(format: string, button: HTMLButtonElement): Promise<void> {
  const out = byId('esito-esporta');
  button.disabled = true;
  try {
    const res = await api<Response>(`/campaigns/${encodeURIComponent(id)}/export${query({ format })}`, { raw: true, headers: { accept: '*/*' } });
    const name = fileNameOf(res, `raccolta-${id}.${format === 'xlsx' ? 'xlsx' : 'csv'}`);
    saveBlob(await res.blob(), format === 'csv-it' ? name.replace(/\.csv$/, '-excel.csv') : name);
    fill(out, alertBox('success', `Scaricato ${format === 'xlsx' ? 'il file Excel' : format === 'csv-it' ? 'il CSV per Excel' : 'il CSV standard'}.`));
  } catch (err) {
    showError(out, err);
  } finally {
    button.disabled = false;
  }
}

// ——— Reminders ———

let reminderForm: SchemaForm | null = null;
let reminderTemplate: TemplateInfo | null = null;
let sending = false;
/** The fields the server fills for each body, or that a reminder does not need. */
const SERVER_FIELDS = ['data', 'destinatari', 'perConoscenza', 'allegati', 'classifica', 'adempimento', 'scadenzaOriginale'];

function savedKey(): string {
  return `carteggio.sollecito.${currentClaims()?.codiceIpa ?? ''}`;
}

function reminderSchema(full: JsonSchema): JsonSchema {
  const s = structuredClone(full);
  for (const k of SERVER_FIELDS) delete s.properties?.[k];
  s.required = (s.required ?? []).filter((k) => !SERVER_FIELDS.includes(k) && k !== 'oggetto');
  const sender = s.properties?.mittente;
  if (sender?.properties) delete sender.properties.logo;
  if (s.properties?.oggetto) s.properties.oggetto.description = 'Se lo lasci vuoto: «Sollecito – titolo della raccolta».';
  return s;
}

/** A new deadline 15 days after the later of today and the campaign's deadline. */
function defaultNewDeadline(): string {
  const c = view!.campaign;
  return addDays([c.deadline, todayIso()].sort().at(-1)!, 15);
}

function baseData(from: Record<string, unknown>): Record<string, unknown> {
  const claims = currentClaims();
  const data = structuredClone(from);
  for (const k of SERVER_FIELDS) delete data[k];
  delete data.oggetto;
  const sender = { ...((data.mittente as Record<string, unknown> | undefined) ?? {}) };
  delete sender.logo;
  // The reminder goes out under the campaign's issuer, in its register: the example's letterhead is not ours.
  if (claims?.codiceIpa) sender.codiceIpa = claims.codiceIpa;
  sender.ente = view!.campaign.issuer.name;
  delete sender.righeIntestazione;
  data.mittente = sender;
  data.nuovaScadenza = defaultNewDeadline();
  return data;
}

async function setUpReminders(): Promise<void> {
  const formBox = byId<HTMLFormElement>('solleciti');
  try {
    reminderTemplate = (await api<TemplateInfo[]>('/templates')).find((t) => t.name === 'sollecito') ?? null;
  } catch (err) {
    showError(byId('esito-solleciti'), err);
    return;
  }
  if (!reminderTemplate) {
    fill(byId('esito-solleciti'), alertBox('warning', 'Il modello del sollecito non è installato: i solleciti non si possono preparare.'));
    return;
  }
  reminderForm = new SchemaForm(reminderSchema(reminderTemplate.schema), () => {});
  let saved: Record<string, unknown> = {};
  try {
    saved = JSON.parse(localStorage.getItem(savedKey()) ?? '{}') as Record<string, unknown>;
  } catch {
    /* nothing saved */
  }
  reminderForm.set(baseData(saved));
  // Open at first; once a reminder went out, its sender and signatories are remembered and the form can stay closed.
  byId<HTMLDetailsElement>('solleciti-modulo').open = !saved.mittente;
  formBox.replaceChildren(reminderForm.el);
  fill(byId('solleciti-azioni'), h('button', { type: 'submit', form: 'solleciti', class: 'btn btn-primary', id: 'invia-solleciti' }, 'Protocolla i solleciti'));
  formBox.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void sendReminders();
  });
  byId('solleciti-esempio').addEventListener('click', () => {
    if (!reminderForm || !reminderTemplate) return;
    reminderForm.set(baseData(reminderTemplate.esempio));
    announce('Sollecito compilato con i dati di esempio del modello: controlla mittente e firmatari.');
  });
  if (view?.ruolo === 'titolare') showReminderTargets(view.status);
}

function showReminderTargets(s: CampaignStatus): void {
  const due = s.counts.mancanti + s.counts.rifiutati;
  const who = due === 1 ? 'per l’ente che non ha risposto o il cui ultimo invio non è stato accettato' : `per ciascuno dei ${due} enti che non hanno risposto o il cui ultimo invio non è stato accettato`;
  fill(
    byId('solleciti-chi'),
    due
      ? `Un sollecito protocollato, con il suo messaggio PEC, ${who}. Indica il mittente, chi firma e la nuova scadenza; destinatari e scadenza originale li mette Carteggio. Ogni ente riceve al più un sollecito al giorno.`
      : 'Nessun ente da sollecitare: tutti gli enti hanno inviato una risposta accettata.',
    // The sollecito says the answer has not arrived: before the deadline that is not yet true.
    due && !s.pastDeadline ? h('strong', { class: 'd-block mt-2', id: 'solleciti-prima-della-scadenza' }, `Attenzione: la scadenza (${formatDate(s.deadline)}) non è ancora passata; il sollecito dirà che la risposta non è pervenuta.`) : null,
  );
  const button = document.getElementById('invia-solleciti') as HTMLButtonElement | null;
  if (button) {
    button.disabled = due === 0;
    button.textContent = due ? `Protocolla ${due === 1 ? 'il sollecito' : `i ${due} solleciti`}` : 'Nessun sollecito da inviare';
  }
}

async function sendReminders(): Promise<void> {
  if (!reminderForm || sending) return;
  const out = byId('esito-solleciti');
  const summary = byId('solleciti-errori');
  const local = reminderForm.checkLocally();
  if (local.length) {
    showSummary(summary, local);
    return;
  }
  summary.replaceChildren();
  const data = reminderForm.value();
  sending = true;
  const button = byId<HTMLButtonElement>('invia-solleciti');
  button.disabled = true;
  fill(out, h('p', {}, 'Preparazione e protocollazione dei solleciti…'));
  try {
    const results = await api<ReminderResult[]>(`/campaigns/${encodeURIComponent(id)}/reminders`, { method: 'POST', body: { data } });
    const failed = results.filter((r) => r.errore);
    const again = results.filter((r) => r.giaInviato).length;
    const done = results.length - failed.length - again;
    if (failed.length && !done && !again) {
      // The same data for every body: its errors are the form's, placed beside the fields.
      showSummary(summary, reminderForm.showErrors(failed[0]!.errore!.split('; ')));
    }
    if (done || again) {
      const keep = { mittente: data.mittente, luogo: data.luogo, firmatari: data.firmatari };
      localStorage.setItem(savedKey(), JSON.stringify(keep));
    }
    fill(
      out,
      alertBox(failed.length ? (done ? 'warning' : 'danger') : 'success', results.length ? `${done === 1 ? '1 sollecito protocollato' : `${done} solleciti protocollati`}${again ? `, ${again === 1 ? '1 già inviato' : `${again} già inviati`} oggi` : ''}${failed.length ? `, ${failed.length} non preparati` : ''}.` : 'Nessun ente da sollecitare.'),
      results.length
        ? dataTable({
            id: 'tabella-solleciti',
            caption: 'Solleciti preparati',
            headings: ['Ente', 'Protocollo', 'File'],
            rows: results.map((r) => [
              [r.name, h('span', { class: 'd-block small text-secondary' }, r.code)],
              [
                r.protocollo ? protocolText(r.protocollo) : h('span', { class: 'text-danger' }, `Non preparato: ${r.errore ?? 'motivo non indicato'}`),
                r.giaInviato ? h('span', { class: 'd-block small text-secondary' }, 'Già inviato oggi: stesso sollecito, nessun nuovo numero') : null,
              ],
              r.letterId ? letterButtons(r.letterId, r.name) : none(),
            ]),
            rowHeader: true,
          })
        : null,
      done ? h('p', { class: 'small' }, 'I solleciti sono nel ', h('a', { href: '/lettere.html' }, 'Registro lettere'), ': invia a ciascun ente il suo messaggio PEC (.eml) dalla casella dell’ente.') : null,
    );
    announce(`${done} solleciti protocollati.`);
  } catch (err) {
    fill(out, alertBox('danger', errorText(err), err instanceof ApiError ? err.dettagli : []));
  } finally {
    sending = false;
    if (view?.ruolo === 'titolare') showReminderTargets(view.status);
  }
}

/** "Mostra i file" → the letter's PDF and PEC message as links (as the letters' register does). */
function letterButtons(letterId: string, name: string): HTMLElement {
  const cell = h('span', {});
  const button = h('button', { type: 'button', class: 'btn btn-outline-primary btn-sm' }, 'Mostra i file', h('span', { class: 'visually-hidden' }, ` del sollecito a ${name}`));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const f = await api<LetterFiles>(`/letters/${encodeURIComponent(letterId)}/files`);
      const list = h(
        'ul',
        { class: 'list-inline mb-0' },
        h('li', { class: 'list-inline-item' }, h('a', { href: f.pdf }, 'PDF', h('span', { class: 'visually-hidden' }, ` del sollecito a ${name}`))),
        h('li', { class: 'list-inline-item' }, h('a', { href: f.eml }, 'Messaggio PEC (.eml)', h('span', { class: 'visually-hidden' }, ` del sollecito a ${name}`))),
      );
      button.replaceWith(list);
      list.querySelector('a')?.focus();
    } catch (err) {
      button.disabled = false;
      showError(byId('esito-solleciti'), err);
    }
  });
  cell.append(button);
  return cell;
}

function showSummary(box: HTMLElement, items: { text: string; target: string }[]): void {
  byId<HTMLDetailsElement>('solleciti-modulo').open = true;
  fill(
    box,
    h(
      'div',
      { class: 'alert alert-danger', role: 'alert' },
      h('p', { class: 'mb-0' }, 'Controlla i campi segnati:'),
      h('ul', { class: 'mb-0 mt-2' }, items.map((i) => h('li', {}, h('a', { href: `#${i.target}` }, i.text)))),
    ),
  );
  const first = items[0] ? document.getElementById(items[0].target) : null;
  (first?.closest('.form-group, fieldset')?.querySelector<HTMLElement>('input, textarea, select') ?? first)?.focus();
}

// ——— Close / reopen ———

function showClosing(c: Campaign): void {
  const box = byId('chiusura');
  if (c.state === 'aperta') {
    const close = h('button', { type: 'button', class: 'btn btn-outline-danger' }, 'Chiudi la raccolta');
    close.addEventListener('click', () => void closeOrReopen('close'));
    fill(box, h('p', {}, 'La raccolta è aperta. Chiudendola la segni come conclusa; la potrai riaprire, anche con una nuova scadenza.'), close);
    return;
  }
  const inputId = 'nuova-scadenza';
  const input = h('input', { type: 'text', class: 'form-control', id: inputId, inputmode: 'numeric', placeholder: 'gg/mm/aaaa', 'aria-describedby': `${inputId}-aiuto ${inputId}-errore` });
  const form = h(
    'form',
    { novalidate: true, class: 'row align-items-end', 'aria-label': 'Riapri la raccolta' },
    h(
      'div',
      { class: 'form-group col-md-5' },
      h('label', { for: inputId, class: 'active' }, 'Nuova scadenza della raccolta', h('span', { class: 'fw-normal text-secondary' }, ' (facoltativa)')),
      input,
      h('small', { id: `${inputId}-aiuto`, class: 'form-text' }, `Vuota: resta il ${formatDate(c.deadline)}. I collegamenti già inviati valgono fino a 30 giorni dopo la scadenza di quando sono stati generati: con una scadenza lontana, generali di nuovo.`),
      h('div', { id: `${inputId}-errore`, class: 'invalid-feedback' }),
    ),
    h('div', { class: 'col-md-4 mb-4' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Riapri la raccolta')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    const iso = text ? parseItalianDate(text) : null;
    const error = text && !iso ? 'Scrivi la data come gg/mm/aaaa, per esempio 31/03/2027.' : null;
    input.classList.toggle('is-invalid', Boolean(error));
    if (error) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    byId(`${inputId}-errore`).textContent = error ?? '';
    if (error) {
      input.focus();
      return;
    }
    void closeOrReopen('reopen', iso ?? undefined);
  });
  fill(box, h('p', {}, `La raccolta è chiusa${c.closedAt ? ` dal ${formatDate(c.closedAt)}` : ''}.`), form);
}

async function closeOrReopen(action: 'close' | 'reopen', deadline?: string): Promise<void> {
  const out = byId('esito-chiusura');
  try {
    await api<Campaign>(`/campaigns/${encodeURIComponent(id)}/${action}`, { method: 'POST', body: action === 'reopen' && deadline ? { deadline } : {} });
    await load();
    fill(out, alertBox('success', action === 'close' ? 'Raccolta chiusa.' : `Raccolta riaperta${deadline ? ` con scadenza ${formatDate(deadline)}` : ''}.`));
    byId('chiusura').querySelector<HTMLElement>('button, input')?.focus();
  } catch (err) {
    showError(out, err);
  }
}

// ——— A body's own slot ———

function showOwnSlot(name: string, code: string, submissions: Submission[]): void {
  const sorted = submissions.slice().sort((a, b) => b.version - a.version);
  const latest = sorted[0];
  const state = !latest ? 'mancante' : latest.outcome === 'rejected' ? 'rifiutato' : latest.late ? 'in-ritardo' : 'ricevuto';
  fill(
    byId('ente-stato'),
    h('p', {}, `Ente: `, h('strong', {}, name), ` (${code}). Stato: `, stateBadge(state)),
    latest
      ? h('p', {}, `Conta l’ultimo invio, versione ${latest.version} del ${formatDateTime(latest.receivedAt)}: `, outcomeBadge(latest.outcome), latest.protocol ? `, protocollo ${protocolText(latest.protocol)}` : '', '.')
      : h('p', {}, 'Il tuo ente non ha ancora inviato nulla per questa raccolta.'),
    h('p', { class: 'small' }, 'Per inviare o correggere usa il collegamento personale che il tuo ente ha ricevuto da chi promuove la raccolta: da lì scarichi il modulo e lo invii.'),
  );
  fill(
    byId('ente-invii'),
    sorted.length
      ? dataTable({
          id: 'tabella-invii',
          caption: 'I tuoi invii, dal più recente',
          captionClass: 'caption-top',
          headings: ['Versione', 'Ricevuto il', 'Canale', 'Esito', 'Protocollo'],
          rows: sorted.map((s) => [
            String(s.version),
            [formatDateTime(s.receivedAt), s.late ? h('span', { class: 'd-block small' }, 'dopo la scadenza') : null],
            viaName(s.via),
            [outcomeBadge(s.outcome), reasonsList(s.reasons, 'mt-1')],
            s.protocol ? protocolText(s.protocol) : none(),
          ]),
          rowHeader: true,
        })
      : null,
  );
}

if (mountShell()) void start();
