import {
  openStack
} from "./chunk-VBP4CN4G.mjs";
import {
  ProgressLine
} from "./chunk-GZAF5JGN.mjs";
import {
  plural
} from "./chunk-FFGSP6IW.mjs";
import {
  LetterInputError,
  generateLetter
} from "./chunk-SHEM34QB.mjs";
import "./chunk-ZIEJ3R4I.mjs";
import "./chunk-M3DNIK25.mjs";
import {
  TemplateName,
  buildGenerateDeps
} from "./chunk-VTOYIYNU.mjs";
import "./chunk-QQRSKFDS.mjs";
import "./chunk-LOKZRF34.mjs";
import "./chunk-PLAQXLXT.mjs";
import "./chunk-ESUQXGFM.mjs";
import "./chunk-3ZU32EMF.mjs";
import "./chunk-72CTS6HY.mjs";
import "./chunk-FJXWYZKE.mjs";
import "./chunk-2FCZO4LF.mjs";
import "./chunk-I7AODTRW.mjs";

// cli/commands/generate-command.ts
import { mkdirSync, writeFileSync } from "node:fs";

// cli/read-json-file.ts
import { readFileSync } from "node:fs";
function readUserFile(path, what) {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = err.code;
    const why = code === "ENOENT" ? "il file non esiste" : code === "EACCES" ? "permesso negato" : code === "EISDIR" ? "\xE8 una cartella" : code ?? "errore di lettura";
    throw new Error(`${what}: impossibile leggere ${path} (${why}).`);
  }
}
function readJsonFile(path, what) {
  const text = readUserFile(path, what).toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (err) {
    const at = /position (\d+)/.exec(err.message);
    const where = at ? lineColumn(text, Number(at[1])) : "contenuto incompleto o vuoto";
    throw new Error(`${what}: ${path} non \xE8 JSON valido (${where}).`);
  }
}
function lineColumn(text, offset) {
  const before = text.slice(0, offset).split("\n");
  return `riga ${before.length}, colonna ${before[before.length - 1].length + 1}`;
}

// cli/commands/generate-command.ts
import { dirname, extname, join, resolve } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
async function generateCommand(template, opts) {
  const name = TemplateName.safeParse(template);
  if (!name.success) {
    console.error(`Modello sconosciuto: ${template ?? "(nessuno)"}. Modelli disponibili: ${TemplateName.options.join(", ")}.`);
    return 1;
  }
  const base = readData(opts);
  const rows = opts.csv ? parseCsv(readUserFile(opts.csv, "CSV dei destinatari"), { columns: true, skip_empty_lines: true, trim: true, bom: true }) : [{}];
  const stack = await openStack();
  const deps = buildGenerateDeps(stack.config, stack);
  const progress = new ProgressLine(rows.length);
  let failed = 0;
  try {
    for (const [i, row] of rows.entries()) {
      const data = opts.csv ? mergeRow(base, row) : base;
      try {
        const letter = await generateLetter({ template: name.data, data, fromDocumentId: opts.fromDocument }, deps);
        if (opts.out) writeOutputs(opts.out, letter);
        report(letter, opts, progress);
      } catch (err) {
        if (!(err instanceof LetterInputError)) throw err;
        failed++;
        progress.done();
        console.error(`${opts.csv ? `Riga ${i + 2} del CSV: ` : ""}${err.message}`);
      }
      if (rows.length > 1) progress.update(i + 1, `lettere generate (${failed} con errori)`);
    }
  } finally {
    progress.done();
    await stack.close();
  }
  if (rows.length > 1 && !opts.json) console.error(`${plural(rows.length - failed, "lettera generata", "lettere generate")}, ${failed} non ${failed === 1 ? "generata" : "generate"}.`);
  return failed ? 1 : 0;
}
function readData(opts) {
  const data = opts.data ? readJsonFile(opts.data, "Dati della lettera") : {};
  const profile = opts.profile ?? process.env.CARTEGGIO_PROFILE;
  if (!data.mittente && profile) data.mittente = readJsonFile(profile, "Profilo del mittente");
  const mittente = data.mittente;
  if (mittente?.logo && !mittente.logo.startsWith("data:")) {
    const path = resolve(dirname(opts.data ?? profile ?? "."), mittente.logo);
    const type = extname(path).toLowerCase() === ".png" ? "png" : "jpeg";
    mittente.logo = `data:image/${type};base64,${readUserFile(path, "Logo del mittente").toString("base64")}`;
  }
  return data;
}
function mergeRow(base, row) {
  const { destinatario, righe, pec, ...fields } = row;
  const out = { ...base, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== "")) };
  if (destinatario) out.destinatari = [{ nome: destinatario, righe: righe ? righe.split("|").map((s) => s.trim()) : [], ...pec ? { pec } : {} }];
  return out;
}
function writeOutputs(dir, letter) {
  mkdirSync(dir, { recursive: true });
  const n = letter.record.protocol.numero;
  writeFileSync(join(dir, `${n}.pdf`), letter.pdf);
  writeFileSync(join(dir, `${n}.eml`), letter.eml);
  writeFileSync(join(dir, `${n}.segnatura.xml`), letter.segnatura);
}
function report(letter, opts, progress) {
  const r = letter.record;
  if (opts.json) {
    console.log(JSON.stringify(r));
    return;
  }
  progress.done();
  console.log(`\u2713 Prot. n. ${r.protocol.numero} (${r.template}, ${r.pages} ${r.pages === 1 ? "pagina" : "pagine"}) \u2192 s3://${r.outputs.pdf.bucket}/${r.outputs.pdf.key}${opts.out ? ` e ${join(opts.out, r.protocol.numero)}.{pdf,eml,segnatura.xml}` : ""}`);
  for (const w of r.warnings) console.log(`  Attenzione: ${w}`);
}
export {
  generateCommand
};
//# sourceMappingURL=chunk-DEBDIEOS.mjs.map
