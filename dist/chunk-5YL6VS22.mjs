import {
  extractFiles
} from "./chunk-2WK6HHLV.mjs";
import "./chunk-XOBSEYEN.mjs";
import "./chunk-GZAF5JGN.mjs";
import "./chunk-FFGSP6IW.mjs";
import {
  pdfjs,
  renderPage
} from "./chunk-H7IXCBNB.mjs";
import "./chunk-GHDDRC22.mjs";
import "./chunk-L45P3VEQ.mjs";
import {
  PDFDocument_default
} from "./chunk-M3DNIK25.mjs";
import "./chunk-QQRSKFDS.mjs";
import "./chunk-3ZU32EMF.mjs";
import "./chunk-2FCZO4LF.mjs";
import "./chunk-I7AODTRW.mjs";

// cli/commands/eval-command.ts
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";

// cli/scanned-copy.ts
async function scannedCopy(pdf, dpi = 200) {
  const src = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const out = await PDFDocument_default.create();
  for (let n = 1; n <= src.numPages; n++) {
    const page = await src.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const png = await out.embedPng(await renderPage(page, dpi / 72));
    out.addPage([width, height]).drawImage(png, { x: 0, y: 0, width, height });
  }
  await src.destroy();
  return out.save();
}

// cli/commands/eval-command.ts
import { join, basename, resolve } from "node:path";
import { spawnSync } from "node:child_process";
async function evalCommand(dir, verbose, scans = false) {
  const evalDir = scans ? await withScans(resolve(dir)) : resolve(dir);
  const out = resolve("out/predictions");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const pdfs = readdirSync(evalDir).filter((f) => /\.pdf(\.p7m)?$/i.test(f)).sort();
  const results = await extractFiles(pdfs.map((f) => ({ path: join(evalDir, f), key: f })));
  for (const { file, outcome } of results) {
    const name = basename(file.path).replace(/\.pdf(\.p7m)?$/i, "");
    if (outcome.ok) writeFileSync(join(out, `${name}.json`), JSON.stringify(outcome.extraction.fields, null, 2));
    else console.error(`${name}: rifiutato (${outcome.code}) \u2013 ${outcome.message}`);
  }
  const scorer = new URL("../../../shared/eval/score.mjs", "file:///work/main/cli/commands/eval-command.ts").pathname;
  const run = spawnSync(process.execPath, [scorer, evalDir, out, ...verbose ? ["--verbose"] : []], { stdio: "inherit" });
  return run.status ?? 1;
}
async function withScans(labelled) {
  const dir = mkdtempSync(join(tmpdir(), "carteggio-eval-"));
  for (const f of readdirSync(labelled)) {
    if (f.endsWith(".labels.json")) copyFileSync(join(labelled, f), join(dir, f));
    if (/\.pdf$/i.test(f) && f.split(".").length === 2) {
      copyFileSync(join(labelled, f), join(dir, f));
      writeFileSync(join(dir, f.replace(/\.pdf$/i, ".scan.pdf")), await scannedCopy(new Uint8Array(readFileSync(join(labelled, f)))));
    }
  }
  return dir;
}
export {
  evalCommand
};
//# sourceMappingURL=chunk-5YL6VS22.mjs.map
