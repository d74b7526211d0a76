/**
 * A form generated from a template's JSON Schema (made from its zod schema): objects become fieldsets
 * with a legend, arrays repeatable groups (Aggiungi / Rimuovi), enums a select, dates dd/mm/yyyy text
 * fields sent as AAAA-MM-GG, optional fields marked "facoltativo". Errors from the API
 * ("destinatari[1].nome: motivo", or dotted with 0-based indices) are shown beside their field.
 */
import { h, uid } from './dom.ts';
import { formatDate, parseItalianDate, parseItalianNumber } from './format.ts';
import type { JsonSchema } from './types.ts';

const LABELS: Record<string, string> = {
  mittente: 'Mittente',
  ente: 'Ente',
  righeIntestazione: 'Righe di intestazione',
  ufficio: 'Ufficio',
  indirizzo: 'Indirizzo',
  pec: 'PEC',
  email: 'E-mail',
  telefono: 'Telefono',
  codiceIpa: 'Codice IPA',
  codiceAoo: 'Codice AOO',
  logo: 'Logo (immagine PNG o JPEG)',
  luogo: 'Luogo',
  data: 'Data',
  oggetto: 'Oggetto',
  destinatari: 'Destinatari',
  perConoscenza: 'Per conoscenza',
  nome: 'Nome',
  righe: 'Righe sotto il nome',
  riferimento: 'Riferimento a un documento ricevuto',
  protocollo: 'Protocollo',
  firmatari: 'Firmatari',
  ruolo: 'Ruolo',
  titolo: 'Titolo (dott., avv.…)',
  allegati: 'Allegati',
  classifica: 'Classifica (titolario)',
  codice: 'Codice',
  denominazione: 'Denominazione',
  corpo: 'Testo della lettera',
  premessa: 'Premessa',
  scadenze: 'Scadenze',
  adempimento: 'Adempimento',
  riunione: 'Riunione',
  ora: 'Ora',
  modalita: 'Modalità',
  link: 'Collegamento alla riunione',
  secondaConvocazione: 'Seconda convocazione',
  ordineDelGiorno: 'Ordine del giorno',
  scadenzaOriginale: 'Scadenza originale',
  nuovaScadenza: 'Nuova scadenza',
  anno: 'Anno',
  ambiti: 'Ambiti',
  ambito: 'Ambito',
  abitanti: 'Abitanti',
  assistentiSociali: 'Assistenti sociali',
  gruppiSupervisione: 'Gruppi di supervisione',
  ore: 'Ore di supervisione',
  gruppo: 'Di gruppo',
  individuale: 'Individuali',
  organizzativa: 'Organizzative',
  fonte: 'Fonte di finanziamento',
  note: 'Note',
};

/** What one item of a list is called ("Aggiungi destinatario"). */
const ITEM_LABELS: Record<string, string> = {
  destinatari: 'Destinatario',
  perConoscenza: 'Destinatario per conoscenza',
  firmatari: 'Firmatario',
  allegati: 'Allegato',
  scadenze: 'Scadenza',
  ordineDelGiorno: 'Punto',
  righeIntestazione: 'Riga',
  righe: 'Riga',
  ambiti: 'Ambito',
};

/** Text long enough, or with line breaks that matter, to need a text area. */
const MULTILINE = new Set(['corpo', 'premessa', 'note', 'oggetto', 'adempimento', 'ruolo']);

function labelFor(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const DATE_RE = /\\d\{4\}-\\d\{2\}-\\d\{2\}/;
const isDate = (s: JsonSchema) => s.type === 'string' && typeof s.pattern === 'string' && DATE_RE.test(s.pattern) && s.pattern.length < 30;
const isTime = (s: JsonSchema) => s.type === 'string' && typeof s.pattern === 'string' && s.pattern.includes('[0-5]\\d') && (s.maxLength ?? 99) <= 5;

/** The schema itself, without a null or undefined alternative (zod's optional/nullable). */
function plain(s: JsonSchema, root: JsonSchema): JsonSchema {
  if (s.$ref?.startsWith('#/$defs/')) return plain(root.$defs?.[s.$ref.slice(8)] ?? {}, root);
  const alts = s.anyOf ?? s.oneOf;
  if (alts) {
    const real = alts.filter((a) => a.type !== 'null');
    if (real.length === 1) return plain(real[0]!, root);
  }
  if (s.allOf?.length === 1) return plain(s.allOf[0]!, root);
  return s;
}

export interface Control {
  readonly key: string;
  readonly label: string;
  el: HTMLElement;
  /** The value for the API; undefined when left empty. */
  get(): unknown;
  set(value: unknown): void;
  /** The control an error path names (`destinatari`, then `0`, then `nome`). */
  child(key: string): Control | undefined;
  /** Shows an error beside the control (null clears); returns the id of the element to link to. */
  setError(message: string | null): string;
  /** Problems the page can tell before asking the API (a date not written as dd/mm/yyyy). */
  localErrors(): { control: Control; message: string }[];
  clearErrors(): void;
}

interface Ctx {
  root: JsonSchema;
  onChange: () => void;
}

function build(schema: JsonSchema, key: string, label: string, required: boolean, ctx: Ctx): Control {
  const s = plain(schema, ctx.root);
  if (s.type === 'object' || s.properties) return objectControl(s, key, label, required, ctx);
  if (s.type === 'array') return arrayControl(s, key, label, required, ctx);
  return fieldControl(s, key, label, required, ctx);
}

function optionalMark(required: boolean): HTMLElement | null {
  return required ? null : h('span', { class: 'fw-normal text-secondary' }, ' (facoltativo)');
}

function groupError(): { box: HTMLElement; id: string; set: (m: string | null) => void } {
  const id = uid('err');
  const box = h('div', { id, class: 'text-danger small fw-semibold mb-2', tabindex: -1, hidden: true });
  return {
    box,
    id,
    set(m) {
      box.textContent = m ?? '';
      box.hidden = !m;
    },
  };
}

function objectControl(s: JsonSchema, key: string, label: string, required: boolean, ctx: Ctx, asRoot = false): Control {
  const req = new Set(s.required ?? []);
  const children = Object.entries(s.properties ?? {}).map(([k, sub]) => build(sub, k, labelFor(k), req.has(k), ctx));
  const err = groupError();
  const el = asRoot
    ? h('div', {}, err.box, children.map((c) => c.el))
    : h('fieldset', { class: 'mb-5' }, h('legend', { class: 'h5' }, label, optionalMark(required)), err.box, children.map((c) => c.el));
  const self: Control = {
    key,
    label,
    el,
    get() {
      const out: Record<string, unknown> = {};
      for (const c of children) {
        const v = c.get();
        if (v !== undefined) out[c.key] = v;
      }
      const filled = Object.values(out).some((v) => !(Array.isArray(v) && v.length === 0));
      return filled || required ? out : undefined;
    },
    set(value) {
      const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
      for (const c of children) c.set(v[c.key]);
    },
    child: (k) => children.find((c) => c.key === k),
    setError(m) {
      err.set(m);
      return err.id;
    },
    localErrors: () => children.flatMap((c) => c.localErrors()),
    clearErrors() {
      err.set(null);
      for (const c of children) c.clearErrors();
    },
  };
  return self;
}

function arrayControl(s: JsonSchema, key: string, label: string, required: boolean, ctx: Ctx): Control {
  const itemSchema = plain(s.items ?? { type: 'string' }, ctx.root);
  const itemLabel = ITEM_LABELS[key] ?? 'Voce';
  const min = s.minItems ?? 0;
  const max = s.maxItems ?? Infinity;
  const list = h('div', {});
  const err = groupError();
  const add = h('button', { type: 'button', class: 'btn btn-outline-primary btn-sm' }, `Aggiungi ${itemLabel.toLowerCase()}`);
  let items: Control[] = [];
  const isObject = itemSchema.type === 'object' || Boolean(itemSchema.properties);

  const render = (values: unknown[]) => {
    items = values.map((v, i) => {
      const name = `${itemLabel} ${i + 1}`;
      const c = build(itemSchema, String(i), name, true, ctx);
      c.set(v);
      const remove = h('button', { type: 'button', class: 'btn btn-outline-danger btn-xs btn-sm mt-1' }, 'Rimuovi', h('span', { class: 'visually-hidden' }, ` ${name.toLowerCase()}`));
      remove.addEventListener('click', () => {
        const current = items.map((x) => x.get());
        current.splice(i, 1);
        render(current);
        ctx.onChange();
        const neighbour = items[Math.min(i, items.length - 1)];
        (neighbour?.el.querySelector<HTMLElement>('input, textarea, select') ?? add).focus();
      });
      const wrap = h('div', { class: 'gruppo-ripetibile' }, c.el, values.length > min ? remove : null);
      return Object.assign(c, { wrapper: wrap });
    });
    list.replaceChildren(...items.map((c) => (c as Control & { wrapper: HTMLElement }).wrapper));
    add.disabled = items.length >= max;
  };
  add.addEventListener('click', () => {
    render([...items.map((c) => c.get()), undefined]);
    ctx.onChange();
    const last = items[items.length - 1];
    last?.el.querySelector<HTMLElement>('input, textarea, select')?.focus();
  });
  render(Array.from({ length: Math.max(min, 0) }, () => undefined));
  const el = h(
    'fieldset',
    { class: 'mb-5' },
    h('legend', { class: isObject ? 'h5' : 'h6' }, label, optionalMark(min > 0)),
    err.box,
    list,
    add,
  );
  return {
    key,
    label,
    el,
    get() {
      const values = items.map((c) => c.get()).filter((v) => v !== undefined && v !== '');
      return values;
    },
    set(value) {
      const v = Array.isArray(value) ? value : [];
      render(v.length >= min ? v : [...v, ...Array.from({ length: min - v.length }, () => undefined)]);
    },
    child(k) {
      return items[Number(k)];
    },
    setError(m) {
      err.set(m);
      return err.id;
    },
    localErrors: () => items.flatMap((c) => c.localErrors()),
    clearErrors() {
      err.set(null);
      for (const c of items) c.clearErrors();
    },
  };
}

function fieldControl(s: JsonSchema, key: string, label: string, required: boolean, ctx: Ctx): Control {
  const id = uid(`f-${key}`);
  const errorId = `${id}-errore`;
  const helpId = `${id}-aiuto`;
  const error = h('div', { class: 'invalid-feedback', id: errorId });
  const date = isDate(s);
  const time = isTime(s);
  const numeric = s.type === 'number' || s.type === 'integer';
  let help: string | null = null;
  if (date) help = 'gg/mm/aaaa';
  else if (time) help = 'HH:MM, per esempio 09:30';
  else if (s.format === 'email') help = 'indirizzo e-mail, per esempio protocollo@pec.comune.it';
  else if (s.maxLength && s.maxLength >= 1000 && s.maxLength < 100_000) help = `al massimo ${s.maxLength.toLocaleString('it-IT')} caratteri`;
  if (key === 'corpo') help = `Una riga vuota separa i paragrafi; al massimo ${(s.maxLength ?? 0).toLocaleString('it-IT')} caratteri.`;
  const describedBy = [help ? helpId : '', errorId].filter(Boolean).join(' ');
  const labelEl = h('label', { for: id, class: 'active' }, label, optionalMark(required));
  let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  let wrapClass = 'form-group';
  let dataUrl: string | undefined;
  let chosen: HTMLElement | null = null;

  if (s.enum) {
    input = h(
      'select',
      { id, 'aria-describedby': describedBy, 'aria-required': required ? 'true' : null },
      h('option', { value: '' }, required ? 'Scegli…' : 'Nessuno'),
      s.enum.map((v) => h('option', { value: String(v) }, String(v))),
    );
    wrapClass = 'select-wrapper mt-5 mb-5';
  } else if (key === 'logo') {
    // Bootstrap Italia's upload button: the label is the button, the chosen file's name beside it.
    input = h('input', { type: 'file', id, accept: 'image/png,image/jpeg', class: 'upload', 'aria-describedby': describedBy });
    wrapClass = 'mb-5';
    labelEl.className = 'btn btn-outline-primary btn-sm';
    labelEl.replaceChildren(`Scegli: ${label.charAt(0).toLowerCase()}${label.slice(1)}${required ? '' : ' (facoltativo)'}`);
    chosen = h('span', { class: 'ms-2 small', id: helpId }, 'nessun file scelto');
    input.setAttribute('aria-describedby', `${helpId} ${errorId}`);
    input.addEventListener('change', () => {
      const file = (input as HTMLInputElement).files?.[0];
      chosen!.textContent = file ? file.name : 'nessun file scelto';
      if (!file) {
        dataUrl = undefined;
        return;
      }
      const reader = new FileReader();
      reader.onload = () => {
        dataUrl = String(reader.result);
        ctx.onChange();
      };
      reader.readAsDataURL(file);
    });
  } else if (MULTILINE.has(key) || (s.maxLength ?? 0) > 1000) {
    input = h('textarea', { id, class: 'form-control', rows: key === 'corpo' ? 10 : key === 'ruolo' ? 2 : 3, maxlength: s.maxLength ?? null, 'aria-describedby': describedBy, 'aria-required': required ? 'true' : null });
  } else {
    input = h('input', {
      type: s.format === 'email' ? 'email' : s.format === 'uri' ? 'url' : 'text',
      id,
      class: 'form-control',
      maxlength: date ? 10 : (s.maxLength ?? null),
      inputmode: date || time || s.type === 'integer' ? 'numeric' : s.type === 'number' ? 'decimal' : null,
      placeholder: date ? 'gg/mm/aaaa' : time ? 'HH:MM' : null,
      autocomplete: 'off',
      'aria-describedby': describedBy,
      'aria-required': required ? 'true' : null,
    });
  }
  const el =
    key === 'logo'
      ? h('div', { class: wrapClass }, input, labelEl, chosen, error)
      : h('div', { class: wrapClass }, labelEl, input, help ? h('small', { class: 'form-text', id: helpId }, help) : null, error);

  const raw = () => (input instanceof HTMLInputElement && input.type === 'file' ? '' : input.value.trim());
  // An error shown beside the field goes away as soon as the field is changed (the summary stays until the next try).
  input.addEventListener('input', () => self.setError(null));
  const self: Control = {
    key,
    label,
    el,
    get() {
      if (key === 'logo') return dataUrl;
      const v = raw();
      if (!v) return undefined;
      if (date) return parseItalianDate(v) ?? v;
      if (time) return v.replace('.', ':');
      if (numeric) return parseItalianNumber(v) ?? v;
      return input instanceof HTMLTextAreaElement ? input.value.replace(/\s+$/, '') : v;
    },
    set(value) {
      if (key === 'logo') {
        dataUrl = typeof value === 'string' ? value : undefined;
        return;
      }
      if (value === undefined || value === null) input.value = '';
      else if (date) input.value = formatDate(String(value));
      else if (numeric && typeof value === 'number') input.value = value.toLocaleString('it-IT', { useGrouping: false, maximumFractionDigits: 10 });
      else input.value = String(value);
    },
    child: () => undefined,
    setError(m) {
      error.textContent = m ?? '';
      input.classList.toggle('is-invalid', Boolean(m));
      if (m) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      return id;
    },
    localErrors() {
      const v = raw();
      if (date && v && !parseItalianDate(v)) return [{ control: self, message: 'scrivi la data come gg/mm/aaaa, per esempio 31/03/2027' }];
      if (numeric && v && parseItalianNumber(v) === null) return [{ control: self, message: 'scrivi un numero' }];
      return [];
    },
    clearErrors() {
      self.setError(null);
    },
  };
  return self;
}

/** The whole form: its controls, and the errors of a 422 placed beside them. */
export class SchemaForm {
  readonly root: Control;

  constructor(
    readonly schema: JsonSchema,
    onChange: () => void,
  ) {
    this.root = objectControl(schema, '', 'Dati', true, { root: schema, onChange }, true);
  }

  get el(): HTMLElement {
    return this.root.el;
  }

  value(): Record<string, unknown> {
    return (this.root.get() as Record<string, unknown>) ?? {};
  }

  set(data: Record<string, unknown>): void {
    this.root.set(data);
  }

  /**
   * Places each "path: message" beside its control (or the nearest enclosing group) and returns
   * what a summary lists: the message with the field's full name and the id to jump to.
   */
  showErrors(dettagli: string[]): { text: string; target: string }[] {
    this.root.clearErrors();
    const out: { text: string; target: string }[] = [];
    const perControl = new Map<Control, string[]>();
    const names = new Map<Control, string>();
    for (const line of dettagli) {
      const m = /^([^\s:]+):\s*(.*)$/s.exec(line);
      const path = m && m[1] !== 'dati' ? parsePath(m[1]!) : [];
      const message = m ? m[2]! : line;
      let c: Control = this.root;
      const trail: string[] = [];
      for (const part of path) {
        const next = c.child(part);
        if (!next) break;
        c = next;
        trail.push(next.label);
      }
      // "ordine del giorno: almeno un punto" beside the field called "Ordine del giorno" says its name twice.
      const own = message.toLowerCase().startsWith(`${c.label.toLowerCase()}: `) ? message.slice(c.label.length + 2) : message;
      perControl.set(c, [...(perControl.get(c) ?? []), own]);
      names.set(c, trail.join(' › ') || 'Dati della lettera');
    }
    for (const [c, messages] of perControl) {
      const target = c.setError(messages.join('; '));
      for (const msg of messages) out.push({ text: `${names.get(c)}: ${msg}`, target });
    }
    return out;
  }

  /** Problems found before asking the API, shown like the API's. */
  checkLocally(): { text: string; target: string }[] {
    this.root.clearErrors();
    return this.root.localErrors().map(({ control, message }) => ({ text: `${control.label}: ${message}`, target: control.setError(message) }));
  }

  clearErrors(): void {
    this.root.clearErrors();
  }
}

/** "destinatari[1].nome" (1-based, as the API writes it) or "destinatari.0.nome" (0-based) → ["destinatari", "0", "nome"]. */
export function parsePath(path: string): string[] {
  const parts: string[] = [];
  for (const token of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(token);
    if (!m) {
      parts.push(token);
      continue;
    }
    if (m[1]) parts.push(m[1]);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) parts.push(String(Number(idx[1]) - 1));
  }
  return parts;
}
