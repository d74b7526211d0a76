import {
  callerOf,
  json
} from "./chunk-G55EN3HZ.mjs";
import {
  addDays,
  generateDeps,
  romeDate
} from "./chunk-VTOYIYNU.mjs";
import {
  isoDate
} from "./chunk-QQRSKFDS.mjs";
import {
  powertools
} from "./chunk-HJDAX52B.mjs";
import "./chunk-LOKZRF34.mjs";
import "./chunk-ESUQXGFM.mjs";
import "./chunk-3ZU32EMF.mjs";
import {
  DocumentFilter
} from "./chunk-72CTS6HY.mjs";
import "./chunk-FJXWYZKE.mjs";
import "./chunk-2FCZO4LF.mjs";
import "./chunk-I7AODTRW.mjs";

// shared/archive/upcoming-deadlines.ts
async function upcomingDeadlines(documents, from, to) {
  const docs = await documents.listDocuments({ status: "extracted", limit: 1e3 });
  const out = [];
  for (const doc of docs) {
    const x = doc.extraction;
    x.fields.deadlines.forEach((d, i) => {
      if (d.date >= from && d.date <= to) {
        out.push({ date: d.date, documentId: doc.id, sender: x.fields.sender, subject: x.fields.subject, fileName: doc.fileName, snippet: x.evidence.deadlines?.[i]?.snippet ?? null });
      }
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.documentId.localeCompare(b.documentId));
}

// functions/archive/handler.ts
var { tracer } = powertools("carteggio-archive");
var handler = async (event) => {
  const caller = callerOf(event);
  if (!caller) return json(401, { errore: "Autenticazione richiesta." });
  if (!caller.roles.length) return json(403, { errore: "Utente senza ruolo: serve il gruppo ministero, regione o ambito." });
  const deps = generateDeps(tracer);
  const q = event.queryStringParameters ?? {};
  switch (event.routeKey) {
    case "GET /documents": {
      const filter = DocumentFilter.safeParse({ status: q.status, docType: q.type, sender: q.sender, text: q.text, limit: q.limit });
      if (!filter.success) return json(400, { errore: "Filtri non validi.", dettagli: filter.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) });
      return json(200, await deps.documents.listDocuments(filter.data));
    }
    case "GET /documents/{id}": {
      const id = (event.pathParameters?.id ?? "").toLowerCase();
      if (!/^[0-9a-f]{64}$/.test(id)) return json(400, { errore: "L\u2019id di un documento \xE8 la sua impronta SHA-256: 64 cifre esadecimali." });
      const doc = await deps.documents.getDocument(id);
      if (!doc) return json(404, { errore: `Nessun documento con id ${id}.` });
      return json(200, { document: doc, receipts: await deps.documents.listReceipts(id) });
    }
    case "GET /deadlines": {
      const { from, to } = deadlineRange(q.from, q.to, /* @__PURE__ */ new Date());
      if (!from || !to) return json(400, { errore: "from e to: date esistenti, nel formato GG/MM/AAAA o AAAA-MM-GG." });
      return json(200, await upcomingDeadlines(deps.documents, from, to));
    }
    default:
      return json(404, { errore: `Percorso sconosciuto: ${event.routeKey}` });
  }
};
var DEADLINES_AHEAD_DAYS = 30;
function deadlineRange(fromText, toText, now) {
  const from = fromText === void 0 ? romeDate(now) : queryDate(fromText);
  const to = toText === void 0 ? from ? addDays(from, DEADLINES_AHEAD_DAYS) : null : queryDate(toText);
  return { from, to };
}
function queryDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  return isoDate(Number(y), Number(mo), Number(d));
}
export {
  DEADLINES_AHEAD_DAYS,
  deadlineRange,
  handler
};
//# sourceMappingURL=chunk-QHRUYFEC.mjs.map
