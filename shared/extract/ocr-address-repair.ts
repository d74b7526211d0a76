import { distance } from 'fastest-levenshtein';

/**
 * The domains of the mail providers and certified-mail (PEC) services offices write from: an address read by OCR
 * whose domain is one letter off exactly one of them, and is not itself one, is that one ("gmeil.com").
 */
export const PROVIDER_DOMAINS = [
  'gmail.com', 'libero.it', 'virgilio.it', 'hotmail.it', 'hotmail.com', 'outlook.it', 'outlook.com', 'yahoo.it', 'yahoo.com',
  'ymail.com', 'email.it', 'tiscali.it', 'alice.it', 'tin.it', 'fastwebnet.it', 'live.it', 'icloud.com', 'pec.it',
  'legalmail.it', 'postacert.it', 'postecert.it', 'arubapec.it', 'pec.aruba.it', 'cert.legalmail.it', 'pecveneto.it',
  'pec.libero.it', 'registerpec.it', 'sicurezzapostale.it', 'istruzione.it', 'pec.istruzione.it', 'governo.it', 'inps.it',
  'postacert.inps.gov.it', 'inail.it', 'postacert.inail.it',
  // The Regions' own domains, as their offices write from them (a short code such as "fvg" is too short for a word).
  'regione.abruzzo.it', 'regione.basilicata.it', 'regione.calabria.it', 'regione.campania.it', 'regione.emilia-romagna.it',
  'regione.fvg.it', 'certregione.fvg.it', 'regione.lazio.it', 'regione.liguria.it', 'regione.lombardia.it', 'regione.marche.it',
  'regione.molise.it', 'regione.piemonte.it', 'regione.puglia.it', 'regione.sardegna.it', 'regione.sicilia.it',
  'regione.toscana.it', 'regione.umbria.it', 'regione.veneto.it', 'regione.vda.it', 'provincia.tn.it', 'provincia.bz.it',
];

/**
 * Words of the addresses of public bodies: what a word of an address read by OCR most likely spells when one of its
 * letters is a look-alike ("regiane", "protocallo"). Lower case, letters only.
 */
const ADDRESS_WORDS = [
  'regione', 'comune', 'provincia', 'prefettura', 'istruzione', 'interno', 'lavoro', 'governo', 'ministero', 'unione',
  'consorzio', 'ambito', 'sanita', 'salute', 'scuola', 'istituto', 'universita', 'comunita', 'protocollo', 'segreteria',
  'commerciale', 'amministrazione', 'ufficio', 'servizi', 'sociali', 'servizisociali', 'direzione', 'ragioneria',
  'personale', 'presidenza', 'sindaco', 'ufficiodipiano', 'tributi', 'anagrafe', 'abruzzo', 'basilicata', 'calabria',
  'campania', 'emilia', 'romagna', 'friuli', 'venezia', 'giulia', 'lazio', 'liguria', 'lombardia', 'marche', 'molise',
  'piemonte', 'puglia', 'sardegna', 'sicilia', 'toscana', 'umbria', 'veneto', 'trentino', 'aosta', 'info',
  // The certified-mail words of the bodies' own PEC domains ("postacert.regione.emilia-romagna.it", "cert.legalmail.it").
  'postacert', 'legalmail', 'certificata',
];

/** Shorter words are left as read: one letter off turns too many of them into another word (but "infa" is no word: "info"). */
const MIN_LENGTH = 5;
const MIN_LENGTH_OF_ADDRESS_WORD = 4;
/** From this length a word may have two look-alike letters misread ("protacallo" → "protocollo"). */
const TWO_OFF_LENGTH = 9;

/**
 * Letters OCR takes for one another in an address (its lower case, sans-serif): "a"/"o" ("protocallo"), "e"/"c",
 * "i"/"l"/"1", "o"/"0", "s"/"5". Any other difference is a different word ("segretaria", "postecert", "russo").
 */
// "tomune" for "comune": a c's open curve read as a t on a grey scan.
const LOOK_ALIKE = [new Set('ao'), new Set('ec'), new Set('ct'), new Set('il1'), new Set('o0'), new Set('s5')];

/**
 * An e-mail or PEC address read by OCR with its misread letters put back. Its domain becomes a provider's when one
 * edit from exactly one ("gmeil.com" → "gmail.com"); a word of it (between dots, "@", "-" and "_") becomes a known
 * word when they differ in one letter, and the two letters look alike ("regiane" → "regione"; in two, for a word of nine
 * letters or more: "protacallo" → "protocollo"; a four-letter word only into a word of public bodies' addresses: "infa" →
 * "info"). Known words are those
 * of public bodies' addresses (above) and `printed`: the words the document's own text layer prints. A known word is
 * never changed, and nothing else is: an address read right is left as read.
 *
 * Input: the address as read (lower case); the printed words (lower case). Output: the address repaired, or as read.
 */
export function repairOcrAddress(address: string, printed: ReadonlySet<string>): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  const domain = address.slice(at + 1);
  const provider = PROVIDER_DOMAINS.includes(domain) ? domain : one(PROVIDER_DOMAINS.filter((d) => distance(d, domain) === 1));
  const known = new Set([...ADDRESS_WORDS, ...printed]);
  const repaired = `${address.slice(0, at)}@${provider ?? domain}`
    .split(/([.@_-])/)
    .map((part) => {
      if (part.length < MIN_LENGTH_OF_ADDRESS_WORD || !/^[a-z0-9]+$/.test(part) || known.has(part)) return part;
      const candidates = part.length >= MIN_LENGTH ? [...known] : ADDRESS_WORDS;
      return (
        one(candidates.filter((k) => lookAlike(k, part))) ??
        (part.length >= TWO_OFF_LENGTH ? one(candidates.filter((k) => lookAlike(k, part, 2))) : null) ??
        // A letter OCR added ("comunce" → "comune"), to a word of public bodies' addresses only.
        (part.length > MIN_LENGTH ? one(ADDRESS_WORDS.filter((k) => k.length >= MIN_LENGTH + 1 && oneExtra(k, part))) : null) ??
        part
      );
    })
    .join('');
  return repaired;
}

/**
 * `b` is `a` with one letter more inside it: "comunce" is "comune" with a "c". Not at either end, where the longer word is
 * often a word of its own ("servizio" beside "servizi").
 */
function oneExtra(a: string, b: string): boolean {
  if (b.length !== a.length + 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i > 0 && i < a.length && a.slice(i) === b.slice(i + 1);
}

function one<T>(items: T[]): T | null {
  return items.length === 1 ? items[0] : null;
}

/** Same length, one letter different (or up to `most`), and each pair of different letters looks alike. */
function lookAlike(a: string, b: string, most = 1): boolean {
  if (a.length !== b.length) return false;
  let diffs = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (++diffs > most || !LOOK_ALIKE.some((set) => set.has(a[i]) && set.has(b[i]))) return false;
  }
  return diffs > 0;
}
