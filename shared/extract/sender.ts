import type { Line } from '../read/page-text.ts';
import { evidenceOf, fold, type Found } from './source-text.ts';
import { subjectLineIndex } from './layout-rules.ts';

/** The kinds of body that issue PA letters, as their letterheads begin. */
const BODY = new RegExp(
  '^(?:' +
    [
      'ministero', 'presidenza\\s+del\\s+consiglio', 'regione', 'provincia(?:\\s+autonoma)?', 'citt[àa](?:\\s+metropolitana)?', 'comune',
      'unione\\s+(?:dei\\s+)?comuni', 'comunit[àa]\\s+montana', 'consorzio', 'azienda', 'a\\.?s\\.?l\\.?\\b', 'a\\.?s\\.?p\\.?\\b', 'asst\\b', 'ulss\\b', 'ausl\\b',
      'istituto', 'liceo', 'scuola', 'circolo\\s+didattico', 'convitto', 'universit[àa]', 'agenzia', 'inps\\b', 'inail\\b', 'anci\\b',
      'prefettura', 'questura', 'tribunale', 'procura', 'corte', 'camera\\s+di\\s+commercio', 'ordine', 'consiglio\\s+nazionale',
      'ufficio\\s+scolastico', 'ufficio\\s+di\\s+piano', 'ambito\\s+(?:territoriale|sociale)', 'ente\\b', 'garante', 'autorit[àa]', 'dipartimento',
      'roma\\s+capitale', 'ats\\b', 'societ[àa]\\s+della\\s+salute', 'camera\\s+dei\\s+deputati', 'senato\\b',
    ].join('|') +
    ')',
  'i',
);
const SCHOOL = /^(?:istituto|liceo|scuola|circolo\s+didattico|convitto|i\.\s?c\.|i\.\s?i\.\s?s\.)/i;
const SKIP = /^(?:repubblica\s+italiana|unione\s+europea)$/i;
/** Lines continuing a name across a line break: "MINISTERO del LAVORO" / "e delle POLITICHE SOCIALI". */
const CONTINUATION = /^(?:e|ed|del|della|delle|dei|degli|dello|di|per|in)\s/i;
const ACRONYM = /^(?:asl|asp|ats|asst|ulss|ausl|inps|inail|anci|usr|ipab|ssn|aoo|uti|uoc)$/i;
const QUOTED = /^\s*[“"«][^”"»]{2,60}[”"»]/;
const PARTICLE = /^(?:di|del|della|delle|dei|degli|dello|e|ed|per|in|a|al|alla|alle|ai|agli|con|su|da|dal|sul|sulla|nel|nella)$/i;

/**
 * The issuing body as printed in the letterhead of page 1 (a repeated page header counts): the first
 * line that names a kind of PA body, joined with its continuation, in the shortest full form.
 */
export function extractSender(lines: Line[]): Found<string> | null {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const subjectAt = subjectLineIndex(first);
  const head = first.slice(0, subjectAt >= 0 ? Math.min(subjectAt, 14) : 10);
  const candidates: Found<string>[] = [];
  for (let i = 0; i < head.length; i++) {
    // Each column of the letterhead: a bilingual one prints the Italian name beside the German.
    head[i].segments.forEach((seg, k) => {
      // A logo drawn as a symbol glyph ("❀ Regione Lombardia", "⚖ Settore II") is no part of the name.
      const text = unspaced(fold(seg.text).replace(/^[^\p{L}\p{N}“"«]+/u, ''));
      if (SKIP.test(text) || !BODY.test(text) || text.length > 90) return;
      // A letterhead line is short or set apart; a sentence of the body is neither.
      if (/[.;:]$/.test(text) && !/\b[A-Z]\.$/.test(text)) return;
      let name = text;
      const next = head[i + 1]?.segments[k];
      if (next && CONTINUATION.test(next.text) && Math.abs(head[i + 1].size - head[i].size) < 1.5) name += ' ' + fold(next.text);
      // The body's own name in quotes on the next line: "CONSORZIO DEI SERVIZI SOCIALI" / "“Vallo di Lauro Baianese” – Ambito A6".
      else if (next && /^\s*[“"«]/.test(next.text) && !/[“"«]/.test(name)) name += ' ' + (QUOTED.exec(fold(next.text))?.[0] ?? '');
      candidates.push({ value: titleCase(stripTail(name)), evidence: evidenceOf(head[i], seg.text) });
    });
  }
  if (!candidates.length) return null;
  return candidates.find((c) => SCHOOL.test(c.value)) ?? candidates[0];
}

/**
 * Letterheads set in spaced capitals ("C I T T À  D I  R A G U S A") read as single letters: the
 * letters are joined again and split after the kind of body and its preposition ("CITTÀ DI RAGUSA").
 */
function unspaced(text: string): string {
  if (!/^(?:\p{L}{1,2} ){4,}\p{L}{1,2}$/u.test(text)) return text;
  const joined = text.replace(/ /g, '');
  const m = /^(citt[àa]|comune|regione|provincia|ministero|prefettura|azienda|unione)(metropolitana)?(di|del|della|dei|delle|degli|dell['’])?(\p{L}{3,})$/iu.exec(joined);
  return m ? [m[1], m[2], m[3], m[4]].filter(Boolean).join(' ') : text;
}

/** "Regione Calabria - Dipartimento…" → "Regione Calabria": the body, not its office. */
function stripTail(name: string): string {
  // A dash inside quotes belongs to the name: Istituto “Verona - Trento”.
  const masked = name.replace(/[“"«][^”"»]*[”"»]/g, (q) => q.replace(/[–—|-]/g, '\u0000'));
  const cut = masked.split(/\s+[–—-]\s+|\s*\|\s*/)[0].length;
  return name.slice(0, cut).trim();
}

/** Letterheads are often in capitals; the name is kept in the form it is written in prose. */
export function titleCase(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (upper < letters.length * 0.5) return s; // already in mixed case
  return s
    .split(/(\s+|(?<=['’]))/u)
    .map((w, i) => {
      if (!/\p{L}/u.test(w)) return w;
      if (ACRONYM.test(w) || !/[aeiouàèéìòùAEIOUÀÈÉÌÒÙ]/u.test(w)) return w.toUpperCase();
      const lower = w.toLocaleLowerCase('it');
      if (i > 0 && (PARTICLE.test(lower) || /^(?:dell|dall|nell|sull|all|d|l)['’]$/.test(lower))) return lower;
      return lower.charAt(0).toLocaleUpperCase('it') + lower.slice(1);
    })
    .join('');
}
