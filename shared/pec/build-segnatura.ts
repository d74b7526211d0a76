import { XMLBuilder } from 'fast-xml-parser';

export interface SegnaturaInput {
  codiceAmministrazione: string;
  codiceAoo: string;
  codiceRegistro: string;
  numero: string;
  data: string;
  oggetto: string;
  mittente: { denominazione: string; pec: string };
  destinatari: { denominazione: string; pec?: string }[];
  documento: { nome: string; sha256: Uint8Array };
}

/**
 * The protocol signature that travels with a PEC between administrations, in the shape of AgID's
 * SegnaturaInformatica (Linee guida sul documento informatico, allegato 6): Identificatore, the
 * document's SHA-256 Impronta, Oggetto, Mittente and Destinatari. Every value is XML-escaped by the builder.
 */
export function buildSegnatura(s: SegnaturaInput): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true, processEntities: true });
  const body = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    Segnatura: {
      '@xmlns': 'http://www.agid.gov.it/protocollo/',
      '@versione': '2021-03-15',
      '@xml:lang': 'it',
      Intestazione: {
        Identificatore: {
          CodiceAmministrazione: s.codiceAmministrazione,
          CodiceAOO: s.codiceAoo,
          CodiceRegistro: s.codiceRegistro,
          NumeroRegistrazione: s.numero,
          DataRegistrazione: s.data,
        },
        Origine: {
          IndirizzoTelematico: { '@tipo': 'smtp', '#text': s.mittente.pec },
          Mittente: { Amministrazione: { Denominazione: s.mittente.denominazione, CodiceAmministrazione: s.codiceAmministrazione }, AOO: { CodiceAOO: s.codiceAoo } },
        },
        Destinazione: s.destinatari.map((d) => ({
          '@confermaRicezione': 'si',
          ...(d.pec ? { IndirizzoTelematico: { '@tipo': 'smtp', '#text': d.pec } } : {}),
          Destinatario: { Denominazione: d.denominazione },
        })),
        Oggetto: s.oggetto,
      },
      Descrizione: {
        Documento: {
          '@nome': s.documento.nome,
          '@tipoRiferimento': 'MIME',
          Impronta: { '@algoritmo': 'SHA-256', '@codifica': 'base64', '#text': Buffer.from(s.documento.sha256).toString('base64') },
        },
      },
    },
  };
  return builder.build(body) as string;
}
