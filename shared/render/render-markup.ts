import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { formatItalianDate } from '../extract/italian-dates.ts';
import type { TemplateName } from './letter-schemas.ts';

// A deployed bundle ships the templates beside it (CARTEGGIO_TEMPLATES_DIR).
const templatesDir = process.env.CARTEGGIO_TEMPLATES_DIR ? pathToFileURL(`${process.env.CARTEGGIO_TEMPLATES_DIR}/`) : new URL('../../templates/', import.meta.url);
const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const WEEKDAYS = ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'];

/** Markdown escapes added to data are not part of a date or a number: helpers read the plain value. */
const plain = (v: unknown) => String(v ?? '').replace(/\\(.)/g, '$1');

function environment(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('data', (iso: unknown) => formatItalianDate(plain(iso)));
  hb.registerHelper('dataLunga', (iso: unknown) => {
    const [y, m, d] = plain(iso).split('-').map(Number);
    return `${d === 1 ? '1°' : d} ${MONTHS[m - 1]} ${y}`;
  });
  hb.registerHelper('giorno', (iso: unknown) => WEEKDAYS[new Date(`${plain(iso)}T12:00:00Z`).getUTCDay()]);
  hb.registerHelper('ora', (t: unknown) => {
    const [h, m] = plain(t).split(/[:.]/);
    return `${h.padStart(2, '0')}:${m}`;
  });
  hb.registerHelper('numero', (n: unknown, digits?: unknown) =>
    // 'always': Italian style prints 5.000, not the CLDR default 5000 for four digits.
    Number(plain(n)).toLocaleString('it-IT', { maximumFractionDigits: typeof digits === 'number' ? digits : 1, useGrouping: 'always' } as Intl.NumberFormatOptions),
  );
  hb.registerHelper('piu', (a: unknown, b: unknown) => Number(a) + Number(b));
  const partials = new URL('partials/', templatesDir);
  for (const f of readdirSync(partials).filter((f) => f.endsWith('.hbs'))) {
    hb.registerPartial(f.replace(/\.hbs$/, ''), readFileSync(new URL(f, partials), 'utf8'));
  }
  return hb;
}

let hb: typeof Handlebars | null = null;
const compiled = new Map<string, HandlebarsTemplateDelegate>();

/**
 * Template + data → letter markup. Handlebars' escaping stays on for every value ({{…}}, never
 * {{{…}}}); the data is also escaped for Markdown, so a supplied "**", "#" or "|" prints as itself.
 */
export function renderMarkup(template: TemplateName, view: unknown): string {
  hb ??= environment();
  let fn = compiled.get(template);
  if (!fn) {
    fn = hb.compile(readFileSync(new URL(`${template}.hbs`, templatesDir), 'utf8'), { strict: false, preventIndent: true });
    compiled.set(template, fn);
  }
  return fn(escapeForMarkup(view));
}

/** Backslash-escapes Markdown punctuation in every string (HTML's specials are left to Handlebars). */
export function escapeForMarkup<T>(value: T): T {
  if (typeof value === 'string') {
    return value
      .replace(/[\\*_[\]#|~!{}:$]/g, '\\$&')
      .replace(/^(\s*)([-+])(?=\s)/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/gm, '$1\\$2') as T;
  }
  if (Array.isArray(value)) return value.map(escapeForMarkup) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeForMarkup(v)])) as T;
  }
  return value;
}
