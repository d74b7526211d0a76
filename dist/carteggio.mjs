import "./chunk-I7AODTRW.mjs";

// cli/carteggio.ts
import { parseArgs } from "node:util";
var USAGE = `Carteggio \u2013 archivio e lettere della pubblica amministrazione

Uso:
  carteggio start                         avvia lo stack locale (S3 e DynamoDB emulati) e resta in ascolto
  carteggio ingest <file o cartelle\u2026>     carica i PDF nel bucket in arrivo e attende l'acquisizione
  carteggio show <id>                     mostra un documento: campi, provenienza, ricevute
  carteggio list [--status S] [--type T] [--sender M] [--text Q] [--limit N]
  carteggio extract <file\u2026>               legge ed estrae i campi senza archiviare
  carteggio reprocess <id\u2026> | --code C | --older | --all
                                          rilegge gli originali archiviati con il lettore attuale
  carteggio eval [--dir D] [--scans] [--verbose]
                                          misura l'estrazione sul set etichettato (--scans: anche su copie scansionate)
  carteggio generate <modello> --data dati.json [--from-document <id>] [--out DIR] [--csv righe.csv] [--profile profilo.json]
                                          genera lettere protocollate (PDF/A, .eml PEC, segnatura.xml);
                                          modelli: convocazione, lettera, sollecito, riepilogo-poa

Opzioni comuni: --json (output per script, un oggetto JSON per riga), --help
Configurazione: variabili d'ambiente CARTEGGIO_* (vedi README).`;
async function main(argv) {
  const [first, ...others] = argv;
  const [command, rest] = first?.startsWith("-") ? ["help", others] : [first, others];
  let parsed;
  try {
    parsed = parseCliArgs(rest);
  } catch (err) {
    const option = /'([^']+)'/.exec(err.message)?.[1] ?? "";
    console.error(`Opzione non valida: ${option}. Le opzioni di ogni comando sono elencate da \xABcarteggio help\xBB.`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (!command || values.help || command === "help") {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  switch (command) {
    case "start":
      return (await import("./chunk-74UK4DE3.mjs")).startCommand();
    case "ingest":
      return (await import("./chunk-RAFMVUPF.mjs")).ingestCommand(positionals, values.json);
    case "show":
      return (await import("./chunk-POBLGV5C.mjs")).showCommand(positionals[0], values.json);
    case "list": {
      const filter = await listFilter(values);
      if (typeof filter === "string") {
        console.error(filter);
        return 1;
      }
      return (await import("./chunk-MZ6QSXHM.mjs")).listCommand(filter, values.json);
    }
    case "extract":
      if (!positionals.length) {
        console.error("Uso: carteggio extract <file o cartelle\u2026> [--json]");
        return 1;
      }
      return (await import("./chunk-EIX6GC2Z.mjs")).extractCommand(positionals, values.json);
    case "generate":
      return (await import("./chunk-DEBDIEOS.mjs")).generateCommand(positionals[0], {
        data: values.data,
        fromDocument: values["from-document"],
        out: values.out,
        csv: values.csv,
        profile: values.profile,
        json: values.json
      });
    case "reprocess":
      return (await import("./chunk-7UEXP3AQ.mjs")).reprocessCommand({ ids: positionals, rejectionCode: values.code, olderReader: values.older, all: values.all }, values.json);
    case "eval":
      return (await import("./chunk-45JMOYQM.mjs")).evalCommand(values.dir ?? "../shared/eval/dev", values.verbose, values.scans);
    default:
      console.error(`Comando sconosciuto: ${command}

${USAGE}`);
      return 1;
  }
}
function parseCliArgs(args) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      status: { type: "string" },
      type: { type: "string" },
      sender: { type: "string" },
      text: { type: "string" },
      limit: { type: "string" },
      dir: { type: "string" },
      scans: { type: "boolean", default: false },
      data: { type: "string" },
      "from-document": { type: "string" },
      out: { type: "string" },
      csv: { type: "string" },
      profile: { type: "string" },
      code: { type: "string" },
      older: { type: "boolean", default: false },
      all: { type: "boolean", default: false }
    }
  });
}
async function listFilter(values) {
  const { DocumentFilter } = await import("./chunk-SINRHF2E.mjs");
  const filter = DocumentFilter.safeParse({ status: values.status, docType: values.type, sender: values.sender, text: values.text, limit: values.limit });
  if (filter.success) return filter.data;
  return filter.error.issues.map((i) => `--${i.path[0] === "docType" ? "type" : String(i.path[0])}: ${i.message} (indicato: ${values[i.path[0] === "docType" ? "type" : i.path[0]]}).`).join("\n");
}
export {
  main
};
//# sourceMappingURL=carteggio.mjs.map
