// shared/read/rejection.ts
import { z } from "zod";
var RejectionCode = z.enum([
  "not-pdf",
  "empty",
  "too-large",
  "truncated",
  "corrupt",
  "encrypted",
  "too-many-pages",
  "decompression-bomb",
  "too-deep",
  "timeout",
  "out-of-memory",
  "ocr-failed",
  "unreadable-text",
  "xfa-form"
]);
var messages = {
  "not-pdf": "Il file non \xE8 un PDF: non inizia con l\u2019intestazione %PDF.",
  empty: "Il file \xE8 vuoto (0 byte).",
  "too-large": "Il file supera la dimensione massima consentita.",
  truncated: "Il PDF \xE8 incompleto o troncato: manca la parte finale del file.",
  corrupt: "Il PDF \xE8 danneggiato e non pu\xF2 essere letto.",
  encrypted: "Il PDF \xE8 protetto da una password di apertura: inviare una copia senza password.",
  "too-many-pages": "Il PDF ha pi\xF9 pagine del massimo consentito.",
  "decompression-bomb": "Il PDF contiene dati compressi che si espandono oltre il limite consentito (possibile \xABdecompression bomb\xBB).",
  "too-deep": "Il PDF ha una struttura annidata troppo profonda o ciclica.",
  timeout: "La lettura del PDF ha superato il tempo massimo consentito.",
  "out-of-memory": "La lettura del PDF ha superato la memoria massima consentita.",
  "ocr-failed": "Il PDF \xE8 una scansione senza testo e il riconoscimento ottico (OCR) non \xE8 riuscito.",
  "unreadable-text": "Il testo del PDF non \xE8 leggibile: i caratteri non hanno una codifica (font senza mappa ToUnicode) e non \xE8 stato possibile rileggerli con l\u2019OCR.",
  "xfa-form": "Il PDF \xE8 un modulo XFA senza contenuto leggibile: la pagina mostra solo un avviso. Inviare il modulo stampato in PDF."
};
var Rejection = class extends Error {
  code;
  constructor(code, detail) {
    super(detail ? `${messages[code].replace(/\.$/, "")}: ${detail.replace(/\.$/, "")}.` : messages[code]);
    this.name = "Rejection";
    this.code = code;
  }
};
function rejectionMessage(code) {
  return messages[code];
}
function italianBytes(n) {
  const fmt = (v) => v.toLocaleString("it-IT", { maximumFractionDigits: 1, useGrouping: "always" });
  if (n >= 1024 * 1024) return `${fmt(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${fmt(n / 1024)} kB`;
  return `${n} byte`;
}
function italianCount(n) {
  return n.toLocaleString("it-IT", { useGrouping: "always" });
}

export {
  RejectionCode,
  Rejection,
  rejectionMessage,
  italianBytes,
  italianCount
};
//# sourceMappingURL=chunk-CBKE2XB5.mjs.map
