/** Registro lettere: the protocol register (letters and annulled numbers), searchable; the search lives in the address. */
import { api, query } from '../lib/api.ts';
import { showError } from '../lib/alerts.ts';
import { byId, fill, h, none } from '../lib/dom.ts';
import { formatDate } from '../lib/format.ts';
import { mountShell } from '../lib/shell.ts';
import type { LetterFiles, LetterSummary, Page } from '../lib/types.ts';

const input = byId<HTMLInputElement>('r-text');
const body = document.querySelector<HTMLTableSectionElement>('#registro tbody')!;
const status = byId('esito-elenco');
const more = byId<HTMLButtonElement>('carica-altri');
let next: string | null = null;
let generation = 0;

function files(letter: LetterSummary): HTMLElement {
  const cell = h('td', {});
  const button = h('button', { type: 'button', class: 'btn btn-outline-primary btn-sm' }, 'Mostra i file', h('span', { class: 'visually-hidden' }, ` della lettera n. ${letter.protocol.numero}`));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const f = await api<LetterFiles>(`/letters/${encodeURIComponent(letter.id)}/files`);
      const n = letter.protocol.numero;
      const list = h(
        'ul',
        { class: 'list-unstyled mb-0' },
        h('li', {}, h('a', { href: f.pdf }, 'PDF', h('span', { class: 'visually-hidden' }, ` della lettera n. ${n}`))),
        h('li', {}, h('a', { href: f.eml }, 'Messaggio .eml', h('span', { class: 'visually-hidden' }, ` della lettera n. ${n}`))),
        h('li', {}, h('a', { href: f.segnatura }, 'Segnatura', h('span', { class: 'visually-hidden' }, ` della lettera n. ${n}`))),
      );
      button.replaceWith(list);
      list.querySelector('a')?.focus();
    } catch (err) {
      showError(cell, err);
    }
  });
  if (letter.direzione === 'entrata') cell.append(none('documento ricevuto: vedi Raccolte'));
  else if (letter.annullata) cell.append(none('nessun file: numero annullato'));
  else cell.append(button);
  return cell;
}

function row(l: LetterSummary): HTMLTableRowElement {
  return h(
    'tr',
    {},
    h('td', {}, h('span', { class: 'text-nowrap' }, l.protocol.numero)),
    h('td', {}, formatDate(l.protocol.data)),
    h('td', {}, l.oggetto || none()),
    h('td', {}, l.destinatari.length ? h('ul', { class: 'list-unstyled mb-0' }, l.destinatari.map((d) => h('li', {}, d.nome))) : none()),
    h(
      'td',
      {},
      l.annullata
        ? h('div', {}, h('span', { class: 'badge bg-danger' }, 'Annullata'), l.motivo ? h('p', { class: 'small mb-0 mt-1' }, l.motivo) : null)
        : l.direzione === 'entrata'
          ? h('span', { class: 'badge bg-secondary' }, 'In entrata')
          : h('span', { class: 'badge bg-success' }, 'Protocollata'),
    ),
    files(l),
  );
}

async function load(append: boolean): Promise<void> {
  const mine = ++generation;
  const text = new URLSearchParams(location.search).get('text') ?? '';
  if (!append) fill(status, h('p', { class: 'mb-0' }, 'Caricamento…'));
  more.disabled = true;
  try {
    const page = await api<Page<LetterSummary>>(`/letters${query({ text, limit: 25, cursor: append ? next : null })}`);
    if (mine !== generation) return;
    if (!append) body.replaceChildren();
    body.append(...page.items.map(row));
    next = page.next;
    const shown = body.querySelectorAll('tr:not([data-vuoto])').length;
    if (!shown) body.replaceChildren(h('tr', { 'data-vuoto': '' }, h('td', { colspan: 6 }, text ? 'Nessuna lettera corrisponde alla ricerca.' : 'Il registro è vuoto: nessuna lettera protocollata.')));
    fill(status, h('p', { class: 'mb-0' }, shown === 1 ? '1 voce del registro' : `${shown} voci del registro`, text ? ` per «${text}»` : '', next ? ', altre disponibili.' : '.'));
    more.classList.toggle('d-none', !next);
    more.disabled = false;
  } catch (err) {
    if (mine === generation) showError(status, err);
  }
}

if (mountShell()) {
  input.value = new URLSearchParams(location.search).get('text') ?? '';
  byId<HTMLFormElement>('ricerca').addEventListener('submit', (ev) => {
    ev.preventDefault();
    history.pushState(null, '', `${location.pathname}${query({ text: input.value.trim() })}`);
    void load(false);
  });
  addEventListener('popstate', () => {
    input.value = new URLSearchParams(location.search).get('text') ?? '';
    void load(false);
  });
  more.addEventListener('click', () => void load(true));
  void load(false);
}
