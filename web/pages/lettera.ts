/**
 * Nuova lettera: a template, optionally pre-filled from an archived document, a form generated from
 * its schema, a live preview (no protocol number taken), then "Genera e protocolla" and the files.
 */
import { api, ApiError, currentClaims, query } from '../lib/api.ts';
import { alertBox, announce, errorText, showError } from '../lib/alerts.ts';
import { byId, debounce, fill, h } from '../lib/dom.ts';
import { formatDate } from '../lib/format.ts';
import { PdfViewer } from '../lib/pdf-viewer.ts';
import { SchemaForm } from '../lib/schema-form.ts';
import { mountShell } from '../lib/shell.ts';
import type { DocumentSummary, LetterFiles, LetterRecord, Page, TemplateInfo } from '../lib/types.ts';

const params = new URLSearchParams(location.search);
const messages = byId('messaggi');
const templateSelect = byId<HTMLSelectElement>('modello');
const documentSelect = byId<HTMLSelectElement>('documento');
const formBox = byId<HTMLFormElement>('lettera');
const summaryBox = byId('riepilogo-errori');
const outcome = byId('esito');
const previewStatus = byId('stato-anteprima');
const previewBox = byId('anteprima');

let templates: TemplateInfo[] = [];
let form: SchemaForm | null = null;
let viewer: PdfViewer | null = null;
let previewRun = 0;
let submitting = false;

async function start(): Promise<void> {
  try {
    templates = await api<TemplateInfo[]>('/templates');
  } catch (err) {
    showError(messages, err);
    return;
  }
  fill(
    templateSelect,
    templates.map((t) => h('option', { value: t.name }, t.titolo)),
  );
  const wanted = params.get('modello');
  if (wanted && templates.some((t) => t.name === wanted)) templateSelect.value = wanted;
  templateSelect.addEventListener('change', () => {
    setAddress();
    buildForm();
  });
  byId<HTMLFormElement>('scelta').addEventListener('submit', (ev) => {
    ev.preventDefault();
    setAddress();
    void prefill();
  });
  byId('usa-esempio').addEventListener('click', () => {
    const t = current();
    if (!t || !form) return;
    // The example's sender is a real body's: the letter is protocolled in the user's own register.
    const claims = currentClaims();
    const example = structuredClone(t.esempio) as Record<string, unknown>;
    const sender = { ...((example.mittente as Record<string, unknown> | undefined) ?? {}) };
    if (claims?.codiceIpa) {
      sender.codiceIpa = claims.codiceIpa;
      if (claims.ente) sender.ente = claims.ente;
      delete sender.righeIntestazione;
    }
    example.mittente = sender;
    form.set(example);
    announce('Modulo compilato con i dati di esempio del modello, con il tuo ente come mittente: controlla intestazione e firmatari.');
    schedulePreview();
  });
  buildForm();
  await loadDocuments();
  if (params.get('documento')) await prefill();
}

function current(): TemplateInfo | undefined {
  return templates.find((t) => t.name === templateSelect.value);
}

function setAddress(): void {
  history.replaceState(null, '', `${location.pathname}${query({ modello: templateSelect.value, documento: documentSelect.value })}`);
}

async function loadDocuments(): Promise<void> {
  const wanted = params.get('documento') ?? '';
  try {
    const page = await api<Page<DocumentSummary>>(`/documents${query({ status: 'acquisito', limit: 30 })}`);
    for (const d of page.items) {
      const label = [formatDate(d.documentDate ?? d.receivedAt), d.sender, d.subject ?? d.fileName].filter(Boolean).join(' – ');
      documentSelect.append(h('option', { value: d.id }, label.length > 110 ? `${label.slice(0, 107)}…` : label));
    }
  } catch {
    /* the list is a convenience: a document can still come from the address */
  }
  if (/^[0-9a-f]{64}$/.test(wanted)) {
    if (![...documentSelect.options].some((o) => o.value === wanted)) documentSelect.append(h('option', { value: wanted }, `Documento ${wanted.slice(0, 12)}…`));
    documentSelect.value = wanted;
  }
}

function buildForm(): void {
  const t = current();
  if (!t) return;
  byId('modello-descrizione').textContent = t.descrizione;
  form = new SchemaForm(t.schema, schedulePreview);
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Genera e protocolla');
  fill(formBox, form.el, h('div', { class: 'mt-4 d-flex flex-wrap gap-2' }, submit));
  summaryBox.replaceChildren();
  outcome.replaceChildren();
  fill(previewStatus, 'L’anteprima appare quando i campi obbligatori sono compilati.');
  previewBox.replaceChildren();
  viewer = null;
}

async function prefill(): Promise<void> {
  const t = current();
  const documentId = documentSelect.value;
  if (!t || !form) return;
  if (!documentId) {
    buildForm();
    announce('Modulo vuoto: si parte da zero.');
    return;
  }
  try {
    const { data } = await api<{ data: Record<string, unknown> }>(`/templates/${encodeURIComponent(t.name)}/prefill${query({ documentId })}`);
    form.set({ ...form.value(), ...data });
    const filled = Object.keys(data);
    fill(messages, alertBox('info', filled.length ? `Precompilati dal documento: ${filled.map((k) => k).join(', ')}. Completa gli altri campi.` : 'Il documento non ha dati utili per questo modello: compila i campi.'));
    schedulePreview();
  } catch (err) {
    showError(messages, err);
  }
}

// ——— Preview ———

const schedulePreview = debounce(() => void preview(), 900);

async function preview(): Promise<void> {
  const t = current();
  if (!t || !form) return;
  const run = ++previewRun;
  fill(previewStatus, 'Aggiornamento dell’anteprima…');
  try {
    const res = await api<{ pdf: string; pagine: number }>('/letters/preview', { method: 'POST', body: { template: t.name, data: form.value() } });
    if (run !== previewRun) return;
    const bytes = Uint8Array.from(atob(res.pdf), (c) => c.charCodeAt(0));
    if (!viewer) {
      viewer = new PdfViewer('Anteprima della lettera');
      fill(previewBox, viewer.el);
    }
    await viewer.open(bytes);
    // Valid data: whatever errors an earlier attempt listed are gone.
    form.clearErrors();
    summaryBox.replaceChildren();
    fill(previewStatus, `Anteprima aggiornata: ${res.pagine === 1 ? '1 pagina' : `${res.pagine} pagine`}. Il numero di protocollo sarà assegnato alla generazione.`);
  } catch (err) {
    if (run !== previewRun) return;
    if (err instanceof ApiError && err.status === 422) {
      const n = err.dettagli.length;
      fill(previewStatus, `Anteprima in attesa: ${n === 1 ? '1 campo da completare o correggere' : `${n} campi da completare o correggere`}.`);
    } else fill(previewStatus, `Anteprima non disponibile. ${errorText(err)}`);
  }
}

// ——— Generate ———

function showSummary(errors: { text: string; target: string }[], title: string): void {
  fill(
    summaryBox,
    h(
      'div',
      { class: 'alert alert-danger', role: 'alert', tabindex: -1, id: 'errori' },
      h('h2', { class: 'h5' }, title),
      h(
        'ul',
        { class: 'mb-0' },
        errors.map((e) => h('li', {}, e.target ? h('a', { href: `#${e.target}` }, e.text) : e.text)),
      ),
    ),
  );
  byId('errori').focus();
}

formBox.addEventListener('input', () => schedulePreview());
formBox.addEventListener('change', () => schedulePreview());

formBox.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const t = current();
  if (!t || !form || submitting) return;
  summaryBox.replaceChildren();
  outcome.replaceChildren();
  const local = form.checkLocally();
  if (local.length) {
    showSummary(local, local.length === 1 ? 'C’è un campo da correggere' : `Ci sono ${local.length} campi da correggere`);
    return;
  }
  const button = formBox.querySelector<HTMLButtonElement>('button[type=submit]')!;
  submitting = true;
  button.disabled = true;
  fill(outcome, h('p', {}, 'Generazione e protocollazione in corso…'));
  try {
    const documentId = documentSelect.value || undefined;
    const letter = await api<LetterRecord>('/letters', {
      method: 'POST',
      body: { template: t.name, data: form.value(), fromDocumentId: documentId },
      headers: { 'idempotency-key': crypto.randomUUID() },
    });
    form.clearErrors();
    await showLetter(letter);
  } catch (err) {
    button.disabled = false;
    outcome.replaceChildren();
    if (err instanceof ApiError && err.dettagli.length) {
      const errors = form.showErrors(err.dettagli);
      showSummary(errors, `${err.message} ${errors.length === 1 ? '1 campo da correggere' : `${errors.length} campi da correggere`}.`);
    } else showError(outcome, err);
  } finally {
    submitting = false;
  }
});

async function showLetter(letter: LetterRecord): Promise<void> {
  const p = letter.protocol;
  const box = h(
    'div',
    { class: 'alert alert-success', tabindex: -1, id: 'lettera-generata' },
    h('h2', { class: 'h4' }, `Lettera protocollata: n. ${p.numero} del ${formatDate(p.data)}`),
    h('p', {}, `Oggetto: ${letter.oggetto}`),
    letter.warnings.length ? h('ul', {}, letter.warnings.map((w) => h('li', {}, w))) : null,
    letter.sigilloSegnatura && !letter.sigilloSegnatura.apposto ? h('p', { class: 'small' }, letter.sigilloSegnatura.nota) : null,
    h('p', { class: 'mb-0', id: 'file-lettera' }, 'Preparazione dei collegamenti ai file…'),
  );
  fill(outcome, box);
  box.focus();
  formBox.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled = true;
  try {
    const files = await api<LetterFiles>(`/letters/${encodeURIComponent(letter.id)}/files`);
    const name = `lettera-${p.anno}-${p.numero}`;
    byId('file-lettera').replaceWith(
      h(
        'ul',
        { class: 'mb-0' },
        h('li', {}, h('a', { href: files.pdf, download: `${name}.pdf`, 'data-file': 'pdf' }, 'Scarica il PDF')),
        h('li', {}, h('a', { href: files.eml, download: `${name}.eml`, 'data-file': 'eml' }, 'Scarica il messaggio PEC (.eml)')),
        h('li', {}, h('a', { href: files.segnatura, download: `${name}-segnatura.xml`, 'data-file': 'segnatura' }, 'Scarica la segnatura (XML)')),
      ),
    );
    box.append(h('p', { class: 'mt-3 mb-0' }, h('a', { href: '/lettere.html' }, 'Vai al registro delle lettere'), ' · ', h('a', { href: location.pathname + location.search }, 'Scrivi un’altra lettera')));
    announce(`Lettera protocollata con il numero ${p.numero}.`);
  } catch (err) {
    byId('file-lettera').replaceWith(alertBox('warning', `La lettera è protocollata, ma i file non sono raggiungibili ora: li trovi nel registro. ${errorText(err)}`));
  }
}

if (mountShell()) void start();
