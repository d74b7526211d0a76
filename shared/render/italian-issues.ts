import type * as z from 'zod';

type Issue = z.core.$ZodRawIssue;

const TYPES: Record<string, string> = {
  string: 'un testo',
  number: 'un numero',
  int: 'un numero intero',
  boolean: 'vero o falso (true/false)',
  array: 'un elenco',
  object: 'un oggetto',
  date: 'una data',
  null: 'null',
  undefined: 'nessun valore',
};

const FORMATS: Record<string, string> = {
  email: 'un indirizzo e-mail valido',
  url: 'un indirizzo web valido',
  regex: 'nella forma richiesta',
  datetime: 'una data e ora ISO',
  date: 'una data AAAA-MM-GG',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'un elenco';
  switch (typeof value) {
    case 'string':
      return 'un testo';
    case 'number':
      return 'un numero';
    case 'boolean':
      return 'vero o falso';
    case 'object':
      return 'un oggetto';
    default:
      return 'nessun valore';
  }
}

const count = (n: number | bigint, unit: string) => `${Number(n).toLocaleString('it-IT')} ${unit}`;
const unitOf = (origin: string | undefined) => (origin === 'string' ? 'caratteri' : origin === 'array' || origin === 'set' ? 'voci' : '');

/**
 * Zod's issues in Italian, for the checks whose schema gives no message of its own (a number where a
 * text was due, `.int()`, an enum): pass it as the `error` option of `safeParse`. A message written
 * in the schema always wins over this one, and no zod English text reaches a person.
 */
export function italianIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'campo obbligatorio mancante';
      if (issue.expected === 'int' && typeof issue.input === 'number') return 'deve essere un numero intero';
      return `deve essere ${TYPES[issue.expected] ?? 'di un altro tipo'}, non ${kindOf(issue.input)}`;
    case 'too_big': {
      const unit = unitOf(issue.origin);
      return unit ? `al massimo ${count(issue.maximum, unit)}` : `al massimo ${Number(issue.maximum).toLocaleString('it-IT')}`;
    }
    case 'too_small': {
      const unit = unitOf(issue.origin);
      if (unit) return Number(issue.minimum) <= 1 && unit === 'caratteri' ? 'non può essere vuoto' : `almeno ${count(issue.minimum, unit)}`;
      if (Number(issue.minimum) === 0 && !issue.inclusive) return 'deve essere un numero positivo';
      return `almeno ${Number(issue.minimum).toLocaleString('it-IT')}`;
    }
    case 'invalid_format':
      return `deve essere ${FORMATS[issue.format] ?? 'nella forma richiesta'}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `valore ammesso: ${String(issue.values[0])}` : `valori ammessi: ${issue.values.map(String).join(', ')}`;
    case 'not_multiple_of':
      return `deve essere un multiplo di ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `campi non previsti: ${issue.keys.join(', ')}`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
    default:
      return 'valore non valido';
  }
}

/** Zod's issues as "where: what", in Italian: `mittente.pec: pec: indirizzo non valido` becomes `mittente.pec: indirizzo non valido`. */
export function italianIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    const where = i.path.length ? i.path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`)).join('').replace(/^\./, '') : 'dati';
    const last = String(i.path[i.path.length - 1] ?? '');
    return `${where}: ${i.message.replace(new RegExp(`^${escapeRegExp(last)}: `), '')}`;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
