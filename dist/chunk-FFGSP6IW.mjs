import {
  formatItalianDate
} from "./chunk-QQRSKFDS.mjs";

// cli/format-document.ts
var it = (iso) => iso ? formatItalianDate(iso.slice(0, 10)) : "\u2014";
var when = (iso) => `${formatItalianDate(iso.slice(0, 10))} ${iso.slice(11, 16)}`;
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
function printable(s) {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function formatDocument(doc, receipts, versions = []) {
  const out = [];
  out.push(`Documento ${doc.id}`);
  out.push(`  File: ${doc.fileName} (${(doc.size / 1024).toFixed(1)} KB), ricevuto il ${when(doc.receivedAt)}`);
  if (doc.status === "rejected") {
    out.push(`  Stato: RIFIUTATO [${doc.rejection?.code}]`);
    out.push(`  Motivo: ${doc.rejection?.message}`);
  } else {
    out.push(`  Stato: acquisito in ${doc.durationMs} ms, ${plural(doc.facts?.pageCount ?? 0, "pagina", "pagine")}${doc.facts?.ocrPages.length ? `, OCR sulle pagine ${doc.facts.ocrPages.join(", ")}` : ""}`);
    if (doc.facts?.hasJavaScript) out.push("  Attenzione: il PDF contiene JavaScript (mai eseguito).");
    if (doc.facts?.encryption === "owner-password-only") out.push("  Nota: il PDF ha solo restrizioni d\u2019uso (password del proprietario); letto normalmente.");
  }
  if (doc.extraction) out.push(...formatExtraction(doc.extraction));
  list(out, "Ricevute", receipts, (r) => `${r.bucket}/${r.key} il ${when(r.receivedAt)}`);
  if (versions.some((v) => v.documentId !== doc.id)) {
    list(out, "Versioni delle stesse chiavi", versions, (v) => `${v.key}: ${v.documentId.slice(0, 12)} il ${when(v.receivedAt)}${v.documentId === doc.id ? " (questo documento)" : ""}`);
  }
  return printable(out.join("\n"));
}
function formatExtraction(x) {
  const out = [];
  const f = x.fields;
  const ev = (name, i = 0) => {
    const e = x.evidence[name]?.[i];
    return e ? `  (p. ${e.page}, r. ${e.line + 1}${e.ocr ? ", OCR" : ""})` : "";
  };
  out.push(`  Tipo: ${f.docType}`);
  out.push(`  Mittente: ${f.sender ?? "\u2014"}${ev("sender")}`);
  out.push(`  Protocollo: ${f.protocol ? `n. ${f.protocol.number} del ${it(f.protocol.date)}` : "\u2014"}${ev("protocol")}`);
  out.push(`  Data: ${it(f.documentDate)}${ev("documentDate")}`);
  out.push(`  Oggetto: ${f.subject ?? "\u2014"}${ev("subject")}`);
  list(out, "Destinatari", f.recipients, (v, i) => v + ev("recipients", i));
  list(out, "Per conoscenza", f.cc, (v, i) => v + ev("cc", i));
  list(out, "Scadenze", f.deadlines, (d, i) => `entro il ${it(d.date)}` + ev("deadlines", i));
  list(out, "Riunioni", f.meetings, (m, i) => `${it(m.date)} ore ${m.time}` + ev("meetings", i));
  list(out, "Riferimenti normativi", f.legalReferences, (v, i) => v + ev("legalReferences", i));
  list(out, "Indirizzi e-mail/PEC", f.emails, (v) => v);
  list(out, "Firmatari", f.signatories, (s, i) => `${s.role ?? ""}${s.name ? ` \u2013 ${s.name}` : " (nome non indicato)"}` + ev("signatories", i));
  list(out, "Importi", f.amounts, (a, i) => `\u20AC ${a.toLocaleString("it-IT", { minimumFractionDigits: 2 })}` + ev("amounts", i));
  if (x.tags.length) out.push(`  Temi: ${x.tags.join(", ")}`);
  return out;
}
function list(out, title, items, fmt) {
  if (!items.length) return;
  out.push(`  ${title}:`);
  items.forEach((v, i) => out.push(`    - ${fmt(v, i)}`));
}
function formatListRow(doc) {
  const f = doc.extraction?.fields;
  const status = doc.status === "rejected" ? `RIFIUTATO (${doc.rejection?.code})` : f?.docType ?? "";
  const what = f?.subject ?? doc.fileName;
  return printable(`${when(doc.receivedAt)}  ${doc.id.slice(0, 12)}  ${status.padEnd(20)}  ${(f?.sender ?? "\u2014").slice(0, 28).padEnd(28)}  ${what.slice(0, 70)}`);
}

export {
  plural,
  printable,
  formatDocument,
  formatExtraction,
  formatListRow
};
//# sourceMappingURL=chunk-FFGSP6IW.mjs.map
