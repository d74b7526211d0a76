/** LEPS, funds and platforms that circulars mention, each with the ways it is written. */
const TAGS: [string, RegExp][] = [
  ['LEPS supervisione', /supervisione\s+(?:del\s+personale|professionale)|leps\s+supervisione/i],
  ['LEPS pronto intervento sociale', /pronto\s+intervento\s+sociale/i],
  ['LEPS dimissioni protette', /dimissioni\s+protette/i],
  ['LEPS prevenzione allontanamento familiare', /prevenzione\s+dell['’]allontanamento/i],
  ['LEPS residenza fittizia', /residenza\s+fittizia|residenza\s+virtuale/i],
  ['LEPS dopo di noi e vita indipendente', /dopo\s+di\s+noi|vita\s+indipendente/i],
  ['FNPS', /\bFNPS\b|fondo\s+nazionale\s+(?:per\s+le\s+)?politiche\s+sociali/i],
  ['Fondo Povertà', /fondo\s+(?:per\s+la\s+lotta\s+alla\s+)?povert[àa]|\bfondo\s+povert/i],
  ['FNA', /\bFNA\b|fondo\s+(?:per\s+le\s+)?non\s+autosufficienz/i],
  ['PNRR', /\bPNRR\b|piano\s+nazionale\s+di\s+ripresa\s+e\s+resilienza/i],
  ['PNRR M5C2 1.1.4', /M5\s*C2[^\n]{0,40}1\.1\.4|investimento\s+1\.1\.4|linea\s+1\.1\.4/i],
  ['PN Inclusione', /\bPN\s+inclusione|programma\s+nazionale\s+inclusione/i],
  ['Multifondo', /multifondo/i],
  ['SIOSS', /\bSIOSS\b/u],
  ['SIUSS', /\bSIUSS\b/u],
  ['GePI', /\bGePI\b/i],
  ['ADI', /\bADI\b|assegno\s+di\s+inclusione/u],
  ['POA', /\bPOA\b|piano\s+operativo\s+analitico/i],
];

export function extractTags(text: string): string[] {
  return TAGS.filter(([, re]) => re.test(text)).map(([tag]) => tag);
}
