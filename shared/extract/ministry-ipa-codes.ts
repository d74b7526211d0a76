/**
 * Ministries by the code they have in the IPA index (indicepa.gov.it), which opens their registry
 * segnatura ("m_lps.41.REGISTRO UFFICIALE.U.0012345.12-05-2023"). A ministry's letterhead is often
 * its emblem and name as one picture, with only the office printed as text: the segnatura still names
 * the ministry. Names as the ministries are called today; a new entry is one more line.
 */
export const MINISTRY_IPA_CODES: Readonly<Record<string, string>> = {
  m_lps: 'Ministero del Lavoro e delle Politiche Sociali',
  m_pi: "Ministero dell'Istruzione e del Merito",
  m_ur: "Ministero dell'Università e della Ricerca",
  m_it: "Ministero dell'Interno",
  m_sa: 'Ministero della Salute',
  m_ef: "Ministero dell'Economia e delle Finanze",
  m_dg: 'Ministero della Giustizia',
  m_inf: 'Ministero delle Infrastrutture e dei Trasporti',
};

/**
 * The ministry whose IPA code opens an outgoing registry segnatura standing alone on its line (not cited
 * in a sentence: "nota m_lps…" is another paper), or null.
 */
export function ministryOfSegnatura(text: string): string | null {
  const m = /^\s*(m_[a-z]+)\s*\.\s*[\w.]*\s*\.?\s*REGISTRO\s+UFFICIALE\s*(?:\.\s*|\(\s*)U\b/i.exec(text);
  return m ? (MINISTRY_IPA_CODES[m[1].toLowerCase()] ?? null) : null;
}

/** Words a ministry's name may print or leave out ("Ministero del Lavoro e Politiche Sociali" on a register's stamp). */
const NAME_PARTICLE = /^(?:di|del|della|delle|dei|degli|dello|dell|e|ed|per|il|lo|la|le|i|gli|l)$/i;
const wordsOf = (name: string) => name.toLocaleLowerCase('it').split(/[\s'’]+/).filter((w) => w && !NAME_PARTICLE.test(w)).join(' ');

/**
 * A ministry's name as it is called today when `name` is one of them printed with its articles and prepositions left out or
 * put otherwise ("MINISTERO DEL LAVORO E POLITICHE SOCIALI" → "Ministero del Lavoro e delle Politiche Sociali"); else null.
 */
export function officialMinistryName(name: string): string | null {
  if (!/^ministero\b/i.test(name)) return null;
  const words = wordsOf(name);
  return Object.values(MINISTRY_IPA_CODES).find((official) => wordsOf(official) === words) ?? null;
}
