import { buildSegnatura } from '../../shared/pec/build-segnatura.ts';

/** A segnatura of a convocation as a Comune's AOO would register it: the input both seal tests sign. */
export function sampleSegnatura(): ReturnType<typeof buildSegnatura> {
  return buildSegnatura({
    codiceAmministrazione: 'c_i158',
    codiceAoo: 'AOO_SS',
    codiceRegistro: 'REG_PROT',
    numero: '0000042',
    data: '2026-11-30',
    oggetto: 'Convocazione del Coordinamento istituzionale',
    classifica: { codice: 'VII.3', denominazione: 'Servizi sociali' },
    mittente: { denominazione: 'Città di San Severo', pec: 'protocollo@pec.comune.it' },
    destinatari: [{ denominazione: 'Regione Puglia', codiceIpa: 'r_puglia', pec: 'inclusione@pec.regione.it', perConoscenza: false }],
    documento: { nome: '0000042.pdf', mimeType: 'application/pdf', sha256: new Uint8Array(32).fill(7) },
  });
}
