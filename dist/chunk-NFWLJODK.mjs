import {
  openStack
} from "./chunk-DKEK6MGX.mjs";
import {
  formatListRow,
  plural
} from "./chunk-LZPNN5HQ.mjs";
import "./chunk-J5GB6C54.mjs";
import "./chunk-LOKZRF34.mjs";
import "./chunk-4HA2ETLT.mjs";
import "./chunk-ZPRFXBUE.mjs";
import "./chunk-Z7E7XR3S.mjs";
import "./chunk-PG7XFHJ6.mjs";
import "./chunk-45G62YNT.mjs";
import "./chunk-CBKE2XB5.mjs";

// cli/commands/list-command.ts
async function listCommand(filter, json) {
  const stack = await openStack();
  try {
    const docs = await stack.documents.listDocuments(filter);
    if (json) for (const d of docs) console.log(JSON.stringify(d));
    else if (!docs.length) console.log("Nessun documento.");
    else {
      console.log(`${"Ricevuto".padEnd(16)}  ${"Id".padEnd(12)}  ${"Tipo/stato".padEnd(20)}  ${"Mittente".padEnd(28)}  Oggetto o file`);
      for (const d of docs) console.log(formatListRow(d));
      console.log(`${plural(docs.length, "documento", "documenti")}.`);
    }
    return 0;
  } finally {
    await stack.close();
  }
}
export {
  listCommand
};
//# sourceMappingURL=chunk-NFWLJODK.mjs.map
