import { distance } from 'fastest-levenshtein';

/**
 * Words that make up the e-mail and PEC addresses of Italian public bodies and their mail providers:
 * what an address read by OCR most likely spells when one letter of it is off ("gmeil", "regiane",
 * "protocallo"). Lower case, letters only.
 */
const ADDRESS_WORDS = [
  // providers and certified-mail domains
  'gmail', 'libero', 'virgilio', 'hotmail', 'outlook', 'yahoo', 'tiscali', 'alice', 'fastwebnet', 'aruba', 'arubapec',
  'legalmail', 'postacert', 'pecveneto', 'cert', 'pec', 'posta', 'mail',
  // bodies and offices
  'regione', 'comune', 'provincia', 'prefettura', 'istruzione', 'interno', 'lavoro', 'governo', 'ministero', 'inps',
  'inail', 'unione', 'consorzio', 'ambito', 'sanita', 'salute', 'scuola', 'istituto', 'universita', 'comunita',
  'protocollo', 'segreteria', 'commerciale', 'amministrazione', 'ufficio', 'servizi', 'sociali', 'servizisociali',
  'direzione', 'ragioneria', 'personale', 'presidenza', 'sindaco', 'info', 'ufficiodipiano', 'tributi', 'anagrafe',
  // regions, as their domains spell them
  'abruzzo', 'basilicata', 'calabria', 'campania', 'emilia', 'romagna', 'friuli', 'venezia', 'giulia', 'lazio',
  'liguria', 'lombardia', 'marche', 'molise', 'piemonte', 'puglia', 'sardegna', 'sicilia', 'toscana', 'umbria',
  'veneto', 'trentino', 'aosta',
];

/** Shorter words are left as read: one letter off turns too many of them into another word. */
const MIN_LENGTH = 5;

/**
 * An e-mail or PEC address read by OCR with its misread letters put back: each word of it (between
 * dots, "@", "-" and "_") that is one edit away from exactly one known word becomes that word, as does
 * a word made of a known word and one a letter off ("tendotecnicapiemaonte" beside a printed "Tendotecnica
 * Piemonte"). Known words are those of public bodies' addresses (above) and `printed`: the words the
 * document's own text layer prints, which OCR did not read. A word that is known is never changed.
 *
 * Input: the address as read (lower case); the printed words (lower case). Output: the address repaired,
 * or as read when nothing is one edit from a single known word.
 */
export function repairOcrAddress(address: string, printed: ReadonlySet<string>): string {
  const known = new Set([...ADDRESS_WORDS, ...printed]);
  return address
    .split(/([.@_-])/)
    .map((part) => (part.length >= MIN_LENGTH && /^[a-z]+$/.test(part) && !known.has(part) ? (nearest(part, known) ?? joined(part, known) ?? part) : part))
    .join('');
}

/** The one known word one edit from `word`, or null when none or several are. */
function nearest(word: string, known: ReadonlySet<string>): string | null {
  let found: string | null = null;
  for (const k of known) {
    if (k.length < MIN_LENGTH || Math.abs(k.length - word.length) > 1 || distance(k, word) !== 1 || inflected(k, word)) continue;
    if (found) return null;
    found = k;
  }
  return found;
}

/**
 * Two forms of one Italian word, differing in their last vowel ("metropolitana", "metropolitane"; "vincenza",
 * "vincenzo"): both are words, and OCR seldom confuses those vowels at a word's end. Never corrected.
 */
function inflected(a: string, b: string): boolean {
  return a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && /[aeio]/.test(a.at(-1)!) && /[aeio]/.test(b.at(-1)!);
}

/** `word` as a known word followed by one a letter off, or the other way round; null when no split does. */
function joined(word: string, known: ReadonlySet<string>): string | null {
  for (let at = MIN_LENGTH; at <= word.length - MIN_LENGTH; at++) {
    const [head, tail] = [word.slice(0, at), word.slice(at)];
    if (known.has(head)) {
      const t = nearest(tail, known);
      if (t) return head + t;
    }
    if (known.has(tail)) {
      const h = nearest(head, known);
      if (h) return h + tail;
    }
  }
  return null;
}
