/**
 * One document: the PDF page by page beside its fields. Choosing a value shows where it was read
 * (page and line, highlighted); each field can be corrected, and the corrections are listed with who
 * made them and when. Downloads: the original, its text, and the arrivals (receipts) it came with.
 */
import { api, ApiError } from '../lib/api.ts';
import { alertBox, announce, errorText, showError } from '../lib/alerts.ts';
import { append, byId, fill, h, icon, none, saveBlob, uid } from '../lib/dom.ts';
import { dataTable } from '../lib/data-table.ts';
import { formatDate, formatDateTime, formatEuro, parseItalianDate, parseItalianNumber } from '../lib/format.ts';
import { DOC_TYPES, FIELD_NAMES, docTypeName, fieldName } from '../lib/labels.ts';
import { PdfViewer } from '../lib/pdf-viewer.ts';
import { findLine, lineBox } from '../lib/evidence.ts';
import { mountShell } from '../lib/shell.ts';
import type { Correction, DocumentDetail, ExtractedFields, TextObject } from '../lib/types.ts';

type FieldKey = keyof ExtractedFields;
const FIELDS = Object.keys(FIELD_NAMES) as FieldKey[];

const id = new URLSearchParams(location.search).get('id') ?? '';
const box = byId('documento');
const messages = byId('messaggi');

let detail: DocumentDetail;
let viewer: PdfViewer | null = null;
let textPromise: Promise<TextObject | null> | null = null;

async function load(): Promise<void> {
  if (!/^[0-9a-f]{64}$/.test(id)) {
    fill(box, h('div', { class: 'col-12' }, alertBox('danger', 'Indirizzo non valido: manca l’identificativo del documento.'), backLink()));
    return;
  }
  try {
    detail = await api<DocumentDetail>(`/documents/${id}`);
  } catch (err) {
    const text = err instanceof ApiError && (err.status === 404 || err.status === 403) ? 'Documento non trovato: non esiste oppure non è visibile al tuo ente.' : errorText(err);
    fill(box, h('div', { class: 'col-12' }, alertBox('danger', text), backLink()));
    byId('titolo').textContent = 'Documento non disponibile';
    document.title = 'Documento non disponibile · Carteggio';
    return;
  }
  render();
}

function backLink(): HTMLElement {
  return h('p', {}, h('a', { href: '/index.html' }, 'Torna all’archivio'));
}

function render(): void {
  const d = detail.document;
  const title = detail.fields?.subject || d.fileName;
  byId('titolo').textContent = title;
  document.title = `${title.slice(0, 80)} · Carteggio`;
  const isPdf = !/\.(eml|p7m)$/i.test(d.fileName);

  const left = h('div', { class: 'col-lg-7 mb-4' });
  const right = h('div', { class: 'col-lg-5' });
  const below = h('div', { class: 'col-12' });

  const meta = h(
    'p',
    { class: 'col-12' },
    `File ${d.fileName} · ricevuto il ${formatDateTime(d.receivedAt)}`,
    d.facts ? ` · ${d.facts.pageCount === 1 ? '1 pagina' : `${d.facts.pageCount} pagine`}` : '',
    d.extraction?.tags.length ? ` · temi: ${d.extraction.tags.join(', ')}` : '',
  );

  if (d.status === 'rejected') {
    fill(
      box,
      h('div', { class: 'col-12' }, alertBox('danger', h('p', { class: 'mb-0' }, h('strong', {}, 'Documento rifiutato: '), d.rejection?.message ?? 'motivo non indicato.'))),
      meta,
      h('div', { class: 'col-12' }, downloads(), receipts()),
    );
    return;
  }

  if (isPdf) {
    viewer = new PdfViewer('Documento originale');
    append(left, h('section', { 'aria-labelledby': 'titolo-pdf' }, h('h2', { id: 'titolo-pdf', class: 'visually-hidden' }, 'Documento originale'), viewer.el));
    viewer.open(detail.links.original).catch(() => {
      fill(left, alertBox('warning', 'Anteprima del PDF non disponibile: scarica l’originale per leggerlo.'));
      viewer = null;
    });
  } else {
    append(left, alertBox('info', 'Questo file è un messaggio o una busta firmata: non ha un’anteprima di pagina. Scarica l’originale per aprirlo.'));
  }
  append(right, fieldsSection());
  append(below, notes(), historySection(), downloads(), receipts());
  fill(box, meta, left, right, below);
}

// ——— Values, shown and edited ———

function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (field) {
    case 'docType':
      return docTypeName(String(value));
    case 'documentDate':
      return formatDate(String(value));
    case 'protocol': {
      const p = value as ExtractedFields['protocol'];
      return p ? `n. ${p.number}${p.date ? ` del ${formatDate(p.date)}` : ''}` : '';
    }
    case 'deadlines':
      return formatDate((value as { date: string }).date);
    case 'meetings': {
      const m = value as { date: string; time: string };
      return `${formatDate(m.date)} ore ${m.time}`;
    }
    case 'signatories': {
      const s = value as { role: string | null; name: string | null };
      return [s.role, s.name].filter(Boolean).join(' – ');
    }
    case 'amounts':
      return formatEuro(Number(value));
    default:
      return String(value);
  }
}

/** A field's value as a list of shown items (lists item by item, a single value as one). */
function items(field: string, value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => formatValue(field, v));
  const one = formatValue(field, value);
  return one ? [one] : [];
}

/** A whole field's value as one text, for the history table. */
function summary(field: string, value: unknown): string {
  return items(field, value).join('; ');
}

// ——— Evidence ———

function loadText(): Promise<TextObject | null> {
  textPromise ??= detail.links.text
    ? fetch(detail.links.text)
        .then((r) => (r.ok ? (r.json() as Promise<TextObject>) : null))
        .catch(() => null)
    : Promise.resolve(null);
  return textPromise;
}

async function showEvidence(field: string, index: number, shown: string): Promise<void> {
  const ev = detail.document.extraction?.evidence[field]?.[index];
  if (!ev || !viewer) return;
  const label = `${fieldName(field)} «${shown}»: pagina ${ev.page}${ev.ocr ? ' (testo letto con OCR)' : ''} – «${ev.snippet}»`;
  const text = await loadText();
  const found = text ? findLine(text.pages, ev) : null;
  if (!found) {
    await viewer.setHighlight(null);
    await viewer.show(ev.page);
    announce(label);
    return;
  }
  await viewer.setHighlight({ page: ev.page, ...lineBox(found.line, found.page), pageWidth: found.page.width, label });
  announce(label);
}

// ——— Fields ———

function fieldsSection(): HTMLElement {
  const list = h('div', { id: 'campi' });
  for (const f of FIELDS) list.append(fieldBlock(f));
  return h('section', { 'aria-labelledby': 'titolo-campi' }, h('h2', { id: 'titolo-campi', class: 'h3' }, 'Campi estratti'), h('p', { class: 'small' }, 'Scegli un valore per vedere dove è scritto nel documento.'), list);
}

function fieldBlock(field: FieldKey): HTMLElement {
  const value = detail.fields?.[field];
  const shown = items(field, value);
  const evidence = detail.document.extraction?.evidence[field] ?? [];
  const review = detail.review.includes(field);
  const headingId = `campo-${field}-titolo`;
  const values = h('ul', { class: 'list-unstyled mb-0' });
  shown.forEach((text, i) => {
    const ev = evidence[i];
    append(
      values,
      h(
        'li',
        { class: 'mb-1' },
        ev && viewer
          ? h('button', { type: 'button', class: 'btn btn-link p-0 campo-valore', 'data-campo': field, onclick: () => void showEvidence(field, i, text) }, text, h('span', { class: 'visually-hidden' }, `, mostra a pagina ${ev.page}`))
          : h('span', {}, text),
      ),
    );
  });
  if (!shown.length) values.append(h('li', { class: 'text-secondary' }, 'Non trovato'));
  const formBox = h('div', { id: `correggi-${field}`, hidden: true });
  const toggle = h('button', { type: 'button', class: 'btn btn-outline-primary btn-sm py-1 px-2', 'aria-expanded': 'false', 'aria-controls': formBox.id, 'aria-describedby': headingId }, icon('it-pencil', 'icon-primary icon-xs me-1'), 'Correggi');
  toggle.addEventListener('click', () => {
    const open = formBox.hidden;
    if (open) {
      fill(formBox, correctionForm(field, () => close()));
      formBox.hidden = false;
      toggle.setAttribute('aria-expanded', 'true');
      formBox.querySelector<HTMLElement>('input, textarea, select')?.focus();
    } else close();
  });
  const close = () => {
    formBox.hidden = true;
    formBox.replaceChildren();
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  };
  return h(
    'div',
    { class: 'campo border-bottom py-2', id: `campo-${field}` },
    h(
      'div',
      { class: 'd-flex justify-content-between align-items-start gap-2' },
      h('h3', { class: 'h6 mb-1', id: headingId }, fieldName(field), review ? h('span', { class: 'badge bg-warning text-dark ms-2' }, 'Da verificare') : null),
      toggle,
    ),
    values,
    formBox,
  );
}

interface Editor {
  controls: HTMLElement;
  /** The value for the API, or an error to show beside the control. */
  read(): { value: unknown } | { error: string };
}

function textControl(label: string, value: string, opts: { multiline?: boolean; help?: string; inputmode?: string } = {}): { wrap: HTMLElement; input: HTMLInputElement | HTMLTextAreaElement; error: HTMLElement } {
  const id = uid('c');
  const error = h('div', { class: 'invalid-feedback', id: `${id}-errore` });
  const help = opts.help ? h('small', { class: 'form-text', id: `${id}-aiuto` }, opts.help) : null;
  const describedBy = [help ? `${id}-aiuto` : '', `${id}-errore`].filter(Boolean).join(' ');
  const input = opts.multiline
    ? h('textarea', { class: 'form-control', id, rows: Math.min(8, Math.max(3, value.split('\n').length + 1)), 'aria-describedby': describedBy })
    : h('input', { type: 'text', class: 'form-control', id, inputmode: opts.inputmode ?? null, 'aria-describedby': describedBy });
  input.value = value;
  return { wrap: h('div', { class: 'form-group' }, h('label', { for: id, class: 'active' }, label), input, help, error), input, error };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function editorFor(field: FieldKey): Editor & { inputs: { input: HTMLElement; error: HTMLElement }[] } {
  const value = detail.fields?.[field] as unknown;
  const name = fieldName(field);
  const one = (c: ReturnType<typeof textControl>, read: () => { value: unknown } | { error: string }) => ({ controls: c.wrap, read, inputs: [c] });
  switch (field) {
    case 'docType': {
      const id = uid('c');
      const select = h('select', { id }, Object.entries(DOC_TYPES).map(([k, v]) => h('option', { value: k, selected: k === value }, v)));
      return { controls: h('div', { class: 'select-wrapper mt-4 mb-5' }, h('label', { for: id }, name), select), read: () => ({ value: select.value }), inputs: [] };
    }
    case 'sender':
    case 'subject': {
      const c = textControl(name, String(value ?? ''), { multiline: field === 'subject', help: 'Lascia vuoto se il documento non lo indica.' });
      return one(c, () => ({ value: c.input.value.trim().replace(/\s+/g, ' ') || null }));
    }
    case 'documentDate': {
      const c = textControl(name, formatDate(value as string | null), { help: 'gg/mm/aaaa; vuoto se non indicata.', inputmode: 'numeric' });
      return one(c, () => {
        const t = c.input.value.trim();
        if (!t) return { value: null };
        const iso = parseItalianDate(t);
        return iso ? { value: iso } : { error: 'Scrivi la data come gg/mm/aaaa, per esempio 31/03/2024.' };
      });
    }
    case 'protocol': {
      const p = value as ExtractedFields['protocol'];
      const n = textControl('Numero di protocollo', p?.number ?? '', { help: 'Come stampato, con gli zeri iniziali; vuoto se il documento non ha protocollo.' });
      const d = textControl('Data del protocollo', formatDate(p?.date ?? null), { help: 'gg/mm/aaaa; facoltativa.', inputmode: 'numeric' });
      return {
        controls: h('div', {}, n.wrap, d.wrap),
        inputs: [n, d],
        read: () => {
          const number = n.input.value.trim();
          const dt = d.input.value.trim();
          if (!number) return dt ? { error: 'Manca il numero di protocollo.' } : { value: null };
          const iso = dt ? parseItalianDate(dt) : null;
          if (dt && !iso) return { error: 'Scrivi la data come gg/mm/aaaa, per esempio 31/03/2024.' };
          return { value: { number, date: iso } };
        },
      };
    }
    case 'recipients':
    case 'cc':
    case 'legalReferences':
    case 'emails': {
      const help = { recipients: 'Un destinatario per riga.', cc: 'Un destinatario per riga.', legalReferences: 'Un riferimento per riga, per esempio L. 328/2000.', emails: 'Un indirizzo per riga.' }[field];
      const c = textControl(name, ((value as string[]) ?? []).join('\n'), { multiline: true, help });
      return one(c, () => {
        const list = [...new Set(lines(c.input.value))];
        if (field === 'emails') {
          const bad = list.find((e) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e));
          if (bad) return { error: `Indirizzo non valido: ${bad}` };
          return { value: list.map((e) => e.toLowerCase()) };
        }
        return { value: list };
      });
    }
    case 'deadlines': {
      const c = textControl(name, ((value as { date: string }[]) ?? []).map((d) => formatDate(d.date)).join('\n'), { multiline: true, help: 'Una data per riga, gg/mm/aaaa.' });
      return one(c, () => {
        const out: { date: string }[] = [];
        for (const l of lines(c.input.value)) {
          const iso = parseItalianDate(l);
          if (!iso) return { error: `Data non valida: «${l}». Scrivi gg/mm/aaaa.` };
          if (!out.some((d) => d.date === iso)) out.push({ date: iso });
        }
        return { value: out };
      });
    }
    case 'meetings': {
      const c = textControl(name, ((value as { date: string; time: string }[]) ?? []).map((m) => `${formatDate(m.date)} ${m.time}`).join('\n'), { multiline: true, help: 'Una riunione per riga: data e ora, per esempio 20/01/2027 09:00.' });
      return one(c, () => {
        const out: { date: string; time: string }[] = [];
        for (const l of lines(c.input.value)) {
          const m = /^(\S+)\s+(?:ore\s+)?(\d{1,2})[:.](\d{2})$/i.exec(l);
          const iso = m ? parseItalianDate(m[1]!) : null;
          if (!m || !iso || Number(m[2]) > 23 || Number(m[3]) > 59) return { error: `Riga non valida: «${l}». Scrivi gg/mm/aaaa HH:MM.` };
          out.push({ date: iso, time: `${m[2]!.padStart(2, '0')}:${m[3]}` });
        }
        return { value: out };
      });
    }
    case 'signatories': {
      const c = textControl(name, ((value as { role: string | null; name: string | null }[]) ?? []).map((s) => `${s.role ?? ''}; ${s.name ?? ''}`).join('\n'), {
        multiline: true,
        help: 'Un firmatario per riga: ruolo; nome (per esempio «Il Dirigente; Mario Rossi»). Una parte può restare vuota.',
      });
      return one(c, () => ({
        value: lines(c.input.value).map((l) => {
          const [role = '', ...rest] = l.split(';');
          return { role: role.trim() || null, name: rest.join(';').trim() || null };
        }),
      }));
    }
    case 'amounts': {
      const c = textControl(name, ((value as number[]) ?? []).map((n) => n.toLocaleString('it-IT')).join('\n'), { multiline: true, help: 'Un importo in euro per riga, per esempio 40.000,00.' });
      return one(c, () => {
        const out: number[] = [];
        for (const l of lines(c.input.value)) {
          const n = parseItalianNumber(l);
          if (n === null) return { error: `Importo non valido: «${l}».` };
          out.push(n);
        }
        return { value: out };
      });
    }
  }
}

function correctionForm(field: FieldKey, close: () => void): HTMLElement {
  const editor = editorFor(field);
  const motivo = textControl('Motivo della correzione (facoltativo)', '');
  const feedback = h('div', { 'aria-live': 'polite' });
  const save = h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Salva la correzione');
  const form = h(
    'form',
    { class: 'mt-3 p-3 bg-light', novalidate: true, 'aria-label': `Correggi ${fieldName(field)}` },
    editor.controls,
    motivo.wrap,
    feedback,
    h('div', { class: 'd-flex gap-2' }, save, h('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', onclick: close }, 'Annulla')),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const first = editor.inputs[0];
    for (const i of editor.inputs) {
      i.input.classList.remove('is-invalid');
      i.input.removeAttribute('aria-invalid');
      i.error.textContent = '';
    }
    feedback.replaceChildren();
    const read = editor.read();
    if ('error' in read) {
      if (first) {
        first.input.classList.add('is-invalid');
        first.input.setAttribute('aria-invalid', 'true');
        first.error.textContent = read.error;
        first.input.focus();
      } else fill(feedback, alertBox('danger', read.error));
      return;
    }
    save.disabled = true;
    try {
      const res = await api<{ fields: ExtractedFields; corrections: Correction[] }>(`/documents/${id}/fields/${field}`, {
        method: 'PUT',
        body: { value: read.value, motivo: motivo.input.value.trim() || undefined },
      });
      detail.fields = res.fields;
      detail.corrections = res.corrections;
      detail.review = detail.review.filter((f) => f !== field);
      byId(`campo-${field}`).replaceWith(fieldBlock(field));
      byId('storico').replaceWith(historySection());
      if (field === 'subject') byId('titolo').textContent = res.fields.subject || detail.document.fileName;
      fill(messages, alertBox('success', `Campo «${fieldName(field)}» corretto. La correzione è nello storico.`));
      byId(`campo-${field}`).querySelector<HTMLButtonElement>('button[aria-controls]')?.focus();
    } catch (err) {
      save.disabled = false;
      showError(feedback, err);
    }
  });
  return form;
}

// ——— History, downloads, receipts, notes ———

function historySection(): HTMLElement {
  const list = detail.corrections;
  const section = h('section', { id: 'storico', class: 'mt-5', 'aria-labelledby': 'titolo-storico' }, h('h2', { id: 'titolo-storico', class: 'h3' }, 'Storico delle correzioni'));
  if (!list.length) {
    section.append(h('p', {}, 'Nessuna correzione: i campi sono quelli letti dal documento.'));
    return section;
  }
  const cell = (text: string) => text || none();
  section.append(
    dataTable({
      caption: 'Correzioni dei campi, dalla più recente',
      headings: ['Campo', 'Prima', 'Dopo', 'Chi', 'Quando', 'Motivo'],
      rows: list.map((c) => [cell(fieldName(c.field)), cell(summary(c.field, c.before)), cell(summary(c.field, c.after)), cell(c.user), cell(formatDateTime(c.at)), cell(c.motivo ?? '')]),
    }),
  );
  return section;
}

function plainText(text: TextObject): string {
  return text.pages.map((p) => `— Pagina ${p.page} —\n${p.lines.map((l) => l.text.replace(/\t/g, '    ')).join('\n')}`).join('\n\n');
}

function downloads(): HTMLElement {
  const d = detail.document;
  const base = d.fileName.replace(/\.[^.]+$/, '');
  const list = h(
    'ul',
    {},
    h('li', {}, h('a', { href: detail.links.original, download: d.fileName }, `Originale (${d.fileName})`)),
    detail.links.text ? h('li', {}, h('a', { href: detail.links.text, download: `${base}.testo.json` }, 'Testo estratto con posizione delle righe (JSON)')) : null,
    detail.links.text
      ? h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-link p-0',
              onclick: async () => {
                const text = await loadText();
                if (text) saveBlob(new Blob([plainText(text)], { type: 'text/plain;charset=utf-8' }), `${base}.txt`);
                else fill(messages, alertBox('danger', 'Testo non disponibile.'));
              },
            },
            'Testo semplice (.txt)',
          ),
        )
      : null,
  );
  return h('section', { class: 'mt-5', 'aria-labelledby': 'titolo-scarica' }, h('h2', { id: 'titolo-scarica', class: 'h3' }, 'Scarica'), list);
}

function receipts(): HTMLElement {
  const section = h('section', { class: 'mt-5', 'aria-labelledby': 'titolo-ricevute' }, h('h2', { id: 'titolo-ricevute', class: 'h3' }, 'Arrivi di questo documento'));
  if (!detail.receipts.length) {
    section.append(h('p', {}, 'Nessun arrivo registrato.'));
    return section;
  }
  section.append(
    h('p', { class: 'small' }, 'Ogni volta che gli stessi byte sono arrivati, anche con un altro nome, è registrato un arrivo.'),
    dataTable({
      caption: 'Arrivi (ricevute) del documento',
      class: 'table-sm',
      headings: ['Ricevuto il', 'Nome nel deposito'],
      rows: detail.receipts.map((r) => [formatDateTime(r.receivedAt), h('code', {}, r.key)]),
    }),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-outline-primary btn-sm',
        onclick: () => saveBlob(new Blob([JSON.stringify(detail.receipts, null, 2)], { type: 'application/json' }), `${detail.document.fileName.replace(/\.[^.]+$/, '')}.arrivi.json`),
      },
      'Scarica gli arrivi (JSON)',
    ),
  );
  const versions = detail.versions ?? [];
  if (versions.some((v) => !v.current)) {
    section.append(
      h('h3', { class: 'h5 mt-4' }, 'Versioni dello stesso file'),
      h('p', { class: 'small' }, 'Lo stesso nome di file è arrivato anche con un contenuto diverso: ogni contenuto è un documento a sé.'),
      h(
        'ul',
        {},
        versions.map((v) =>
          h('li', {}, `${formatDateTime(v.receivedAt)} – `, v.current ? h('strong', {}, 'questa versione') : h('a', { href: `documento.html?id=${v.documentId}` }, `versione ${v.documentId.slice(0, 12)}`), ' ', h('code', {}, v.key)),
        ),
      ),
    );
  }
  return section;
}

function notes(): HTMLElement | null {
  const facts = detail.document.facts;
  const all = [...(facts?.warnings ?? []), ...(facts?.repairs ?? [])];
  const attachments = facts?.attachments ?? [];
  if (!all.length && !attachments.length) return null;
  return h(
    'section',
    { class: 'mt-5', 'aria-labelledby': 'titolo-note' },
    h('h2', { id: 'titolo-note', class: 'h3' }, 'Note di lettura'),
    all.length ? h('ul', {}, all.map((n) => h('li', {}, n.page ? `Pagina ${n.page}: ${n.message}` : n.message))) : null,
    attachments.length ? h('p', {}, `Allegati al messaggio, archiviati come documenti a sé: ${attachments.map((a) => a.fileName).join(', ')}.`) : null,
  );
}

if (mountShell()) void load();
