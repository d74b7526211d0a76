import {
  openStack
} from "./chunk-VBP4CN4G.mjs";
import {
  formatListRow,
  plural
} from "./chunk-FFGSP6IW.mjs";
import "./chunk-QQRSKFDS.mjs";
import "./chunk-LOKZRF34.mjs";
import "./chunk-PLAQXLXT.mjs";
import "./chunk-ESUQXGFM.mjs";
import "./chunk-3ZU32EMF.mjs";
import "./chunk-72CTS6HY.mjs";
import "./chunk-FJXWYZKE.mjs";
import "./chunk-2FCZO4LF.mjs";
import "./chunk-I7AODTRW.mjs";

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
//# sourceMappingURL=chunk-MZ6QSXHM.mjs.map
