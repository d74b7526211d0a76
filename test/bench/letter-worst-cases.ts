/**
 * The largest letters the schemas accept: every text at its maximum length, every list at its maximum
 * number of items, filled with text of one hostile kind. Used by `letter-worst-bench.ts` (the slowest
 * valid POST /letters) and by the typesetting tests.
 */
import { readFileSync } from 'node:fs';
import { LIMITS, type TemplateName } from '../../shared/render/letter-schemas.ts';

/** What a text is made of. */
export type Fill =
  /** One unbreakable run of letters: no space, no syllable break (cut by characters). */
  | 'parola'
  /** Long Italian words and spaces: a hyphenated break at the end of almost every line. */
  | 'sillabe'
  /** Digits and punctuation with no letter: every line cut by characters. */
  | 'cifre'
  /** Markdown's specials, each escaped by the template (a text twice as long to parse). */
  | 'markdown'
  /** Letters with combining accents, and control characters pasted from Word. */
  | 'accenti';

export const FILLS: Fill[] = ['parola', 'sillabe', 'cifre', 'markdown', 'accenti'];

const SEEDS: Record<Fill, string> = {
  parola: 'abcdefghilmnopqrstuvz',
  sillabe: 'precipitevolissimevolmente amministrazione interoperabilità ',
  cifre: '0123456789-./',
  markdown: '*_[]#|~!{}:$ -1. ',
  accenti: 'e\u0301a\u0300o\u0302\u000bu\u0308\u0001',
};

/** A text of exactly `length` UTF-16 units of the given kind (a combining pair never cut at the end). */
export function fill(kind: Fill, length: number): string {
  const seed = SEEDS[kind];
  let out = seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
  if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1) + 'x';
  return out.trim().length === out.length ? out : out.replace(/^\s|\s$/g, 'x');
}

const example = (t: TemplateName) => JSON.parse(readFileSync(new URL(`../../templates/examples/${t}.json`, import.meta.url), 'utf8'));

/** The largest valid input of a template, every field filled with `kind`. */
export function worstInput(template: TemplateName, kind: Fill): Record<string, unknown> {
  const f = (n: number) => fill(kind, n);
  const addressee = (i: number) => ({
    nome: f(LIMITS.nome),
    righe: Array.from({ length: LIMITS.righe }, () => f(LIMITS.riga)),
    pec: `ufficio${i}@pec.comune.example.it`,
    codiceIpa: `c_${i}`,
  });
  const base: Record<string, unknown> = {
    mittente: {
      ente: f(LIMITS.nome),
      righeIntestazione: Array.from({ length: LIMITS.righe }, () => f(LIMITS.riga)),
      ufficio: f(LIMITS.nome),
      indirizzo: f(LIMITS.riga),
      pec: 'protocollo@pec.comune.example.it',
      email: 'protocollo@comune.example.it',
      telefono: f(LIMITS.codice),
      codiceIpa: 'c_worst',
      codiceAoo: f(LIMITS.codice),
    },
    luogo: f(LIMITS.nome),
    data: '2024-03-05',
    oggetto: f(LIMITS.oggetto),
    destinatari: Array.from({ length: LIMITS.destinatari }, (_, i) => addressee(i)),
    perConoscenza: Array.from({ length: LIMITS.perConoscenza }, (_, i) => addressee(1000 + i)),
    riferimento: { protocollo: f(LIMITS.codice), data: '2024-01-10', oggetto: f(LIMITS.oggetto) },
    firmatari: Array.from({ length: LIMITS.firmatari }, () => ({ ruolo: f(LIMITS.riga), nome: f(LIMITS.nome), titolo: f(LIMITS.codice) })),
    allegati: Array.from({ length: LIMITS.allegati }, () => f(LIMITS.oggetto)),
    classifica: { codice: f(LIMITS.codice), denominazione: f(LIMITS.riga) },
  };
  switch (template) {
    case 'lettera':
      return { ...base, corpo: f(LIMITS.corpo) };
    case 'sollecito':
      return { ...base, adempimento: f(LIMITS.oggetto), scadenzaOriginale: '2024-02-01', nuovaScadenza: '2024-04-01' };
    case 'convocazione':
      return {
        ...base,
        premessa: f(LIMITS.premessa),
        scadenze: Array.from({ length: LIMITS.scadenze }, () => ({ data: '2024-04-01', adempimento: f(LIMITS.oggetto) })),
        riunione: {
          data: '2024-04-10',
          ora: '09:00',
          modalita: f(LIMITS.riga),
          link: `https://meet.example.it/${'a'.repeat(LIMITS.url - 30)}`,
          secondaConvocazione: { data: '2024-04-11', ora: '09:00' },
          ordineDelGiorno: Array.from({ length: LIMITS.ordineDelGiorno }, () => f(LIMITS.oggetto)),
        },
      };
    case 'riepilogo-poa': {
      const poa = example('riepilogo-poa');
      return {
        ...base,
        anno: poa.anno,
        note: f(LIMITS.premessa),
        ambiti: Array.from({ length: LIMITS.ambiti }, (_, i) => ({ ...poa.ambiti[i % poa.ambiti.length], ambito: f(LIMITS.nome) })),
      };
    }
  }
}
