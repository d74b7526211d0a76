/**
 * The page a body opens from its link (raccolta.html#<token>), without an account: the campaign, who
 * asks, the deadline, its own form to download, the upload (a presigned S3 POST, with a progress bar),
 * then the outcome once the answer has been read and registered, in plain Italian, with the protocol
 * number and the receipt; and what it sent before. The token stays in the address's fragment, which
 * the browser never sends to a server: only the API calls carry it, in their path.
 */
import { api, ApiError, loadConfig } from '../lib/api.ts';
import { alertBox, announce, errorText } from '../lib/alerts.ts';
import { byId, fill, h, none } from '../lib/dom.ts';
import { dataTable } from '../lib/data-table.ts';
import { formatBytes, formatDate, formatDateTime, todayIso } from '../lib/format.ts';
import { progressBar, type Progress } from '../lib/progress.ts';
import { mountShell } from '../lib/shell.ts';
import { daysBetween, daysLeftText, displayFileName, outcomeBadge, protocolText, reasonsList, viaName, type LinkSlot, type LinkSubmission, type PresignedPost } from '../lib/collect.ts';

const POLL_MS = 1500;
const POLL_LIMIT = 40;

const messages = byId('messaggi');
let token = '';
let slot: LinkSlot | null = null;
let uploading = false;

function tokenFromAddress(): string {
  try {
    return decodeURIComponent(location.hash.slice(1)).trim();
  } catch {
    return '';
  }
}

const base = () => `/raccolta/${encodeURIComponent(token)}`;

async function start(): Promise<void> {
  token = tokenFromAddress();
  byId<HTMLFormElement>('invio').addEventListener('submit', (ev) => {
    ev.preventDefault();
    void send();
  });
  const input = byId<HTMLInputElement>('file');
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    byId('file-scelto').textContent = f ? `File scelto: ${f.name} (${formatBytes(f.size)})` : 'Nessun file scelto.';
  });
  addEventListener('hashchange', () => {
    token = tokenFromAddress();
    void load(true);
  });
  await load(true);
}

async function fetchSlot(): Promise<LinkSlot> {
  return api<LinkSlot>(base(), { auth: false });
}

async function load(showLatest: boolean): Promise<void> {
  if (!token) {
    fail('Collegamento incompleto: apri l’indirizzo ricevuto per intero, compresa la parte dopo il simbolo «#».');
    return;
  }
  try {
    slot = await fetchSlot();
  } catch (err) {
    fail(errorText(err));
    return;
  }
  messages.replaceChildren();
  byId('pagina').hidden = false;
  await header(slot);
  showVersions(slot.submissions);
  const latest = slot.submissions[0];
  if (showLatest && latest) fill(byId('esito'), outcomeBox(latest, 'Esito dell’ultimo invio'));
}

function fail(message: string): void {
  byId('pagina').hidden = true;
  document.title = 'Collegamento non valido · Carteggio';
  byId('titolo').textContent = 'Collegamento non valido';
  // The server's sentence says what to do (copy it whole, ask for a new one, send it by PEC).
  fill(messages, alertBox('danger', message));
}

async function header(s: LinkSlot): Promise<void> {
  const c = s.campaign;
  document.title = `${c.title} · Invio del modulo · Carteggio`;
  byId('titolo').textContent = c.title;
  const days = daysBetween(todayIso(), c.deadline);
  fill(
    byId('intestazione'),
    h(
      'dl',
      { class: 'row mb-4' },
      h('dt', { class: 'col-sm-3' }, 'Richiesta da'),
      h('dd', { class: 'col-sm-9' }, c.issuer),
      h('dt', { class: 'col-sm-3' }, 'Per l’ente'),
      h('dd', { class: 'col-sm-9', 'data-testid': 'ente' }, `${s.body.name} (${s.body.code})`),
      h('dt', { class: 'col-sm-3' }, 'Modulo'),
      h('dd', { class: 'col-sm-9' }, c.form.title),
      h('dt', { class: 'col-sm-3' }, 'Scadenza'),
      h('dd', { class: 'col-sm-9', 'data-testid': 'scadenza' }, h('strong', {}, formatDate(c.deadline)), ` – ${days < 0 ? 'scaduta: puoi ancora inviare, il modulo sarà segnato in ritardo' : daysLeftText(days)}`),
      h('dt', { class: 'col-sm-3' }, 'Collegamento valido fino al'),
      h('dd', { class: 'col-sm-9' }, formatDateTime(s.scadeIl)),
    ),
    c.state === 'chiusa' ? alertBox('info', 'L’ente che ha chiesto il modulo ha chiuso la raccolta. Il collegamento funziona ancora: se devi inviare o correggere, contatta l’ente.') : null,
  );
  const config = await loadConfig();
  const link = byId<HTMLAnchorElement>('scarica-modulo');
  link.href = `${config.apiBase}${base()}/modulo`;
  link.setAttribute('download', `${c.form.id}-${s.body.code}.pdf`);
}

// ——— Upload ———

function contentType(name: string): string {
  return name.toLowerCase().endsWith('.p7m') ? 'application/pkcs7-mime' : 'application/pdf';
}

/** POSTs the form S3 expects (every field, then the file), reporting progress. */
function post(target: PresignedPost, file: File, progress: Progress): Promise<void> {
  return new Promise((resolve, reject) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(target.fields)) data.append(k, v);
    data.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', target.url);
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable) progress.set(ev.loaded / ev.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve();
      const code = /<Code>([^<]+)<\/Code>/.exec(xhr.responseText ?? '')?.[1];
      const why =
        code === 'EntityTooLarge'
          ? `il file supera il limite di ${formatBytes(target.maxBytes)}`
          : code === 'AccessDenied' || code === 'ExpiredToken'
            ? 'l’autorizzazione all’invio è scaduta, riprova'
            : `il deposito dei file ha risposto con il codice ${xhr.status}`;
      reject(new ApiError(xhr.status, `Invio non riuscito: ${why}.`));
    };
    xhr.onerror = () => reject(new ApiError(0, 'Invio non riuscito: il deposito dei file non risponde. Controlla la connessione e riprova.'));
    xhr.send(data);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function send(): Promise<void> {
  if (uploading || !slot) return;
  const input = byId<HTMLInputElement>('file');
  const file = input.files?.[0];
  const out = byId('esito');
  const box = byId('avanzamento');
  if (!file) {
    fill(out, alertBox('danger', 'Scegli prima il file del modulo compilato.'));
    return;
  }
  if (!/\.(pdf|p7m)$/i.test(file.name)) {
    fill(out, alertBox('danger', `«${file.name}» non è un PDF né un file firmato .p7m: invia il modulo scaricato da questa pagina, compilato.`));
    return;
  }
  uploading = true;
  const button = byId<HTMLButtonElement>('invia');
  button.disabled = true;
  out.replaceChildren();
  const progress = progressBar(`Invio di ${file.name}`);
  fill(box, h('p', { class: 'mb-1' }, h('strong', {}, file.name), ` (${formatBytes(file.size)})`), progress.el);
  const before = Math.max(0, ...slot.submissions.map((s) => s.version));
  announce(`Invio di ${file.name} avviato.`);
  try {
    const target = await api<PresignedPost>(`${base()}/caricamento`, { method: 'POST', auth: false, body: { fileName: file.name, contentType: contentType(file.name) } });
    if (file.size > target.maxBytes) throw new ApiError(413, `Il file è troppo grande (${formatBytes(file.size)}): il limite è ${formatBytes(target.maxBytes)}.`);
    await post(target, file, progress);
    progress.waiting('Ricevuto: verifica del modulo in corso…');
    announce('File ricevuto: verifica del modulo in corso.');
    const done = await waitForVersion(before);
    progress.finish();
    box.replaceChildren();
    if (!done) {
      fill(out, alertBox('warning', 'Il file è arrivato, ma la verifica non è ancora conclusa. Ricarica questa pagina tra qualche minuto per vederne l’esito. Se hai inviato lo stesso file di prima, vale l’invio precedente.'));
      return;
    }
    input.value = '';
    byId('file-scelto').textContent = 'Nessun file scelto.';
    const result = outcomeBox(done, 'Esito dell’invio');
    fill(out, result);
    result.focus();
    announce(`${spokenOutcome(done)}${done.protocol ? ` Protocollo ${protocolText(done.protocol)}.` : ''}`);
  } catch (err) {
    progress.finish();
    box.replaceChildren();
    fill(out, alertBox('danger', errorText(err)));
  } finally {
    uploading = false;
    button.disabled = false;
  }
}

/** Polls the slot until a version after `before` has been read and registered (null after ~60 s). */
async function waitForVersion(before: number): Promise<LinkSubmission | null> {
  for (let i = 0; i < POLL_LIMIT; i++) {
    await sleep(POLL_MS);
    let fresh: LinkSlot;
    try {
      fresh = await fetchSlot();
    } catch {
      continue;
    }
    slot = fresh;
    const sub = fresh.submissions.find((s) => s.version > before);
    if (sub && sub.outcome !== 'in-lettura' && sub.protocol) {
      showVersions(fresh.submissions);
      return sub;
    }
  }
  return null;
}

// ——— Outcome and versions ———

const OUTCOME_TEXT: Record<LinkSubmission['outcome'], { kind: 'success' | 'warning' | 'danger' | 'info'; title: string; text: string }> = {
  accepted: { kind: 'success', title: 'Modulo accettato', text: 'Il modulo è completo e rispetta le regole della raccolta. Non devi fare altro.' },
  accepted_with_warnings: { kind: 'warning', title: 'Modulo accettato con osservazioni', text: 'Il modulo è stato accettato. Leggi le osservazioni: se qualcosa non è giusto, correggilo e invia di nuovo il modulo (vale l’ultimo invio).' },
  rejected: { kind: 'danger', title: 'Modulo non accettato', text: 'Il modulo non si può accettare così com’è. Correggi quanto indicato qui sotto e invialo di nuovo.' },
  'in-lettura': { kind: 'info', title: 'Modulo ricevuto, in verifica', text: 'La verifica non è ancora conclusa: ricarica la pagina tra qualche minuto.' },
};

function spokenOutcome(s: LinkSubmission): string {
  return `${OUTCOME_TEXT[s.outcome].title}.`;
}

function outcomeBox(s: LinkSubmission, heading: string): HTMLElement {
  const t = OUTCOME_TEXT[s.outcome];
  return h(
    'div',
    { class: `alert alert-${t.kind}`, tabindex: -1, id: 'esito-invio', 'data-esito': s.outcome },
    h('p', { class: 'small mb-1' }, heading),
    h('h3', { class: 'h4' }, t.title),
    h('p', {}, t.text),
    reasonsList(s.reasons, 'mb-3'),
    s.late ? h('p', {}, 'Arrivato dopo la scadenza: è registrato e segnato in ritardo.') : null,
    h(
      'p',
      { class: 'mb-2' },
      `Versione ${s.version}, ricevuta il ${formatDateTime(s.receivedAt)}${s.fileName ? ` (${displayFileName(s.fileName)})` : ''} tramite ${viaName(s.via)}.`,
      s.protocol ? [h('br'), 'Protocollo di arrivo ', h('strong', { 'data-testid': 'protocollo' }, protocolText(s.protocol)), '.'] : null,
    ),
    s.protocol ? receiptButton(s.version, 'btn-primary') : null,
  );
}

function receiptButton(version: number, style = 'btn-outline-primary btn-sm'): HTMLElement {
  const said = h('span', { class: 'small ms-2', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: `btn ${style}` }, 'Scarica la ricevuta', h('span', { class: 'visually-hidden' }, ` della versione ${version}`), ' (PDF)');
  button.addEventListener('click', async () => {
    said.textContent = '';
    try {
      const { url } = await api<{ url: string }>(`${base()}/ricevuta/${version}`, { auth: false });
      const a = h('a', { href: url, class: 'd-none' });
      document.body.append(a);
      a.click();
      a.remove();
    } catch (err) {
      said.textContent = errorText(err);
    }
  });
  return h('span', { class: 'd-inline-block' }, button, said);
}

function showVersions(list: LinkSubmission[]): void {
  const out = byId('invii');
  if (!list.length) {
    fill(out, h('p', {}, 'Nessun invio finora.'));
    return;
  }
  fill(
    out,
    dataTable({
      id: 'tabella-invii',
      caption: 'I tuoi invii, dal più recente: conta l’ultimo',
      headings: ['Versione', 'Ricevuto il', 'File', 'Esito', 'Protocollo', 'Ricevuta'],
      rows: list.map((s, i) => [
        [String(s.version), i === 0 ? h('span', { class: 'd-block small' }, 'quella che conta') : null],
        [formatDateTime(s.receivedAt), h('span', { class: 'd-block small' }, `tramite ${viaName(s.via)}${s.late ? ', in ritardo' : ''}`)],
        h('td', { class: 'text-break' }, s.fileName ? displayFileName(s.fileName) : none()),
        [outcomeBadge(s.outcome), reasonsList(s.reasons, 'mt-1')],
        s.protocol ? protocolText(s.protocol) : none(),
        s.protocol ? receiptButton(s.version) : none(),
      ]),
      rowHeader: true,
    }),
  );
}

if (mountShell({ public: true })) void start();
