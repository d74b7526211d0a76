import { XMLBuilder } from 'fast-xml-parser';
import { cleanStrings, xmlText } from './safe-text.ts';

export interface SegnaturaInput {
  codiceAmministrazione: string;
  codiceAoo: string;
  codiceRegistro: string;
  numero: string;
  data: string;
  oggetto: string;
  /** The title of the filing plan (titolario) the letter is filed under. */
  classifica: { codice: string; denominazione: string };
  mittente: { denominazione: string; pec: string };
  /** An addressee with an IPA code is an administration; without one, a body known by name and PEC. */
  destinatari: { denominazione: string; codiceIpa?: string; pec?: string; perConoscenza: boolean }[];
  documento: { nome: string; mimeType: string; sha256: Uint8Array };
}

const NS = 'http://www.agid.gov.it/protocollo/';

/**
 * The protocol signature that travels with a PEC between administrations: AgID's SegnaturaInformatica
 * 3.0.0 (Linee guida sul documento informatico, allegato 6; schema segnatura_protocollo.xsd), with
 * Identificatore, Oggetto, Classifica, Mittente, Destinatari and the SHA-256 Impronta of the letter.
 * The schema's attributes are namespace-qualified (prot:versione…). Its closing ds:Signature, an
 * XAdES-B electronic seal, is left to the sending AOO's sealing service: Carteggio holds no seal.
 * Every value is cleaned of what XML 1.0 cannot hold (`xmlText`: control characters pasted from Word or
 * read from another PDF) and XML-escaped by the builder, so the file is always well-formed.
 */
export function buildSegnatura(input: SegnaturaInput): string {
  const s = cleanStrings(input, xmlText);
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true, suppressBooleanAttributes: false, processEntities: true, commentPropName: '#comment' });
  const telematico = (pec: string) => ({ 'prot:IndirizzoTelematico': { '@prot:tipo': 'smtp', '#text': pec } });
  const body = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    'prot:SegnaturaInformatica': {
      '@xmlns:prot': NS,
      '@xmlns:ds': 'http://www.w3.org/2000/09/xmldsig#',
      '@prot:versione': '3.0.0',
      '@prot:lang': 'it',
      'prot:Intestazione': {
        'prot:Identificatore': {
          'prot:CodiceAmministrazione': s.codiceAmministrazione,
          'prot:CodiceAOO': s.codiceAoo,
          'prot:CodiceRegistro': s.codiceRegistro,
          'prot:NumeroRegistrazione': s.numero,
          'prot:DataRegistrazione': s.data,
        },
        'prot:Oggetto': s.oggetto,
        'prot:Classifica': { 'prot:Denominazione': s.classifica.denominazione, 'prot:CodiceFlat': s.classifica.codice },
      },
      'prot:Descrizione': {
        'prot:Mittente': {
          'prot:Amministrazione': {
            'prot:DenominazioneAmministrazione': s.mittente.denominazione,
            'prot:CodiceIPAAmministrazione': s.codiceAmministrazione,
            'prot:CodiceIPAAOO': s.codiceAoo,
            'prot:ContattiAOO': telematico(s.mittente.pec),
          },
        },
        'prot:Destinatario': s.destinatari.map((d) => ({
          '@prot:confermaRicezione': 'true',
          '@prot:perConoscenza': String(d.perConoscenza),
          ...(d.codiceIpa
            ? {
                'prot:Amministrazione': {
                  'prot:DenominazioneAmministrazione': d.denominazione,
                  'prot:CodiceIPAAmministrazione': d.codiceIpa,
                  ...(d.pec ? { 'prot:ContattiAmministrazione': telematico(d.pec) } : {}),
                },
              }
            : { 'prot:PersonaGiuridica': { 'prot:Denominazione': d.denominazione, ...(d.pec ? { 'prot:ContattiPersonaGiuridica': telematico(d.pec) } : {}) } }),
        })),
        'prot:DocumentoPrimario': {
          '@prot:nomeFile': s.documento.nome,
          '@prot:mimeType': s.documento.mimeType,
          'prot:Impronta': { '@prot:algoritmo': 'SHA-256', '#text': Buffer.from(s.documento.sha256).toString('base64') },
        },
      },
      '#comment': ' ds:Signature (sigillo elettronico XAdES baseline B) da apporre con il servizio di sigillo dell’AOO mittente ',
    },
  };
  return builder.build(body) as string;
}
