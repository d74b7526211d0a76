/** LEPS, funds and platforms that circulars mention, each with the ways it is written. */
const TAGS: [string, RegExp][] = [
  ['LEPS supervisione', /supervisione\s+(?:del\s+personale|professionale)|leps\s+supervisione/iu],
  ['LEPS pronto intervento sociale', /pronto\s+intervento\s+sociale/iu],
  ['LEPS dimissioni protette', /dimissioni\s+protette/iu],
  ['LEPS prevenzione allontanamento familiare', /prevenzione\s+dell['’]allontanamento/iu],
  ['LEPS residenza fittizia', /residenza\s+fittizia|residenza\s+virtuale/iu],
  ['LEPS dopo di noi e vita indipendente', /dopo\s+di\s+noi|vita\s+indipendente/iu],
  ['FNPS', /\bFNPS\b|fondo\s+nazionale\s+(?:per\s+le\s+)?politiche\s+sociali/iu],
  ['Fondo Povertà', /fondo\s+(?:per\s+la\s+lotta\s+alla\s+)?povert[àa]|\bfondo\s+povert/iu],
  ['FNA', /\bFNA\b|fondo\s+(?:per\s+le\s+)?non\s+autosufficienz/iu],
  ['PNRR', /\bPNRR\b|piano\s+nazionale\s+di\s+ripresa\s+e\s+resilienza/iu],
  ['PNRR M5C2 1.1.4', /M5\s*C2[^\n]{0,40}1\.1\.4|investimento\s+1\.1\.4|linea\s+1\.1\.4/iu],
  ['PN Inclusione', /\bPN\s+inclusione|programma\s+nazionale\s+inclusione/iu],
  ['Multifondo', /multifondo/iu],
  ['SIOSS', /\bSIOSS\b/u],
  ['SIUSS', /\bSIUSS\b/u],
  ['GePI', /\bGePI\b/iu],
  ['ADI', /\bADI\b|assegno\s+di\s+inclusione/u],
  ['POA', /\bPOA\b|piano\s+operativo\s+analitico/iu],
];

export function extractTags(text: string): string[] {
  return TAGS.filter(([, re]) => re.test(text)).map(([tag]) => tag);
}
