import * as z from 'zod';

/** Why a file could not be read. Codes are stable (scripts match on them); messages are for people. */
export const RejectionCode = z.enum([
  'not-pdf',
  'empty',
  'too-large',
  'truncated',
  'corrupt',
  'encrypted',
  'too-many-pages',
  'decompression-bomb',
  'too-deep',
  'timeout',
  'out-of-memory',
  'ocr-failed',
  'unreadable-text',
  'xfa-form',
  'blank',
]);
export type RejectionCode = z.infer<typeof RejectionCode>;

const messages: Record<RejectionCode, string> = {
  'not-pdf': 'Il file non è un PDF: non inizia con l’intestazione %PDF.',
  empty: 'Il file è vuoto (0 byte).',
  'too-large': 'Il file supera la dimensione massima consentita.',
  truncated: 'Il PDF è incompleto o troncato: manca la parte finale del file.',
  corrupt: 'Il PDF è danneggiato e non può essere letto.',
  encrypted: 'Il PDF è protetto da una password di apertura: inviare una copia senza password.',
  'too-many-pages': 'Il PDF ha più pagine del massimo consentito.',
  'decompression-bomb': 'Il PDF contiene dati compressi che si espandono oltre il limite consentito (possibile «decompression bomb»).',
  'too-deep': 'Il PDF ha una struttura annidata troppo profonda o ciclica.',
  timeout: 'La lettura del PDF ha superato il tempo massimo consentito.',
  'out-of-memory': 'La lettura del PDF ha superato la memoria massima consentita.',
  'ocr-failed': 'Il PDF è una scansione senza testo e il riconoscimento ottico (OCR) non è riuscito.',
  'unreadable-text': 'Il testo del PDF non è leggibile: i caratteri non hanno una codifica (font senza mappa ToUnicode) e non è stato possibile rileggerli con l’OCR.',
  blank: 'Il PDF contiene solo pagine bianche: nessun testo né immagine da leggere. Verificare di aver inviato il file giusto.',
  'xfa-form': 'Il PDF è un modulo XFA senza contenuto leggibile: la pagina mostra solo un avviso. Inviare il modulo stampato in PDF.',
};

/** A file refused for a reason the sender can act on; carries an Italian message. */
export class Rejection extends Error {
  readonly code: RejectionCode;
  constructor(code: RejectionCode, detail?: string) {
    super(detail ? `${messages[code].replace(/\.$/, '')}: ${detail.replace(/\.$/, '')}.` : messages[code]);
    this.name = 'Rejection';
    this.code = code;
  }
}

export function rejectionMessage(code: RejectionCode): string {
  return messages[code];
}

/** A size as an Italian reader expects it: "512 MB", "61,6 kB", "950 byte". */
export function italianBytes(n: number): string {
  const fmt = (v: number) => v.toLocaleString('it-IT', { maximumFractionDigits: 1, useGrouping: 'always' } as Intl.NumberFormatOptions);
  if (n >= 1024 * 1024) return `${fmt(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${fmt(n / 1024)} kB`;
  return `${n} byte`;
}

/** A count with Italian thousands separators: "3.000". */
export function italianCount(n: number): string {
  return n.toLocaleString('it-IT', { useGrouping: 'always' } as Intl.NumberFormatOptions);
}

