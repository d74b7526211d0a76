import {
  openStack
} from "./chunk-WI5PUKBW.mjs";
import {
  formatDocument
} from "./chunk-LZPNN5HQ.mjs";
import "./chunk-J5GB6C54.mjs";
import "./chunk-LOKZRF34.mjs";
import "./chunk-SNMZOYCG.mjs";
import "./chunk-3NE2I7LX.mjs";
import "./chunk-Z7E7XR3S.mjs";
import "./chunk-VHOKKCOO.mjs";
import "./chunk-OO544RZY.mjs";
import "./chunk-CBKE2XB5.mjs";

// cli/commands/show-command.ts
async function showCommand(idOrPrefix, json) {
  if (!idOrPrefix || !/^[0-9a-f]{6,64}$/i.test(idOrPrefix)) {
    console.error("Uso: carteggio show <id> (l\u2019impronta SHA-256 del documento, anche solo le prime 6+ cifre)");
    return 1;
  }
  const stack = await openStack();
  try {
    const prefix = idOrPrefix.toLowerCase();
    let doc = prefix.length === 64 ? await stack.documents.getDocument(prefix) : null;
    if (!doc && prefix.length < 64) {
      const matches = (await stack.documents.listDocuments({ limit: 1e3 })).filter((d) => d.id.startsWith(prefix));
      if (matches.length > 1) {
        console.error(`Pi\xF9 documenti iniziano con ${prefix}: indicare pi\xF9 cifre.`);
        return 1;
      }
      doc = matches[0] ?? null;
    }
    if (!doc) {
      console.error(`Nessun documento con id ${idOrPrefix}.`);
      return 1;
    }
    const receipts = await stack.documents.listReceipts(doc.id);
    const keys = [...new Map(receipts.map((r) => [`${r.bucket}/${r.key}`, r])).values()];
    const versions = (await Promise.all(keys.map((r) => stack.documents.listKeyVersions(r.bucket, r.key)))).flat();
    if (json) console.log(JSON.stringify({ document: doc, receipts, versions }));
    else console.log(formatDocument(doc, receipts, versions));
    return 0;
  } finally {
    await stack.close();
  }
}
export {
  showCommand
};
//# sourceMappingURL=chunk-BIXCLMZA.mjs.map
