import {
  collectFiles
} from "./chunk-XOBSEYEN.mjs";
import {
  ProgressLine
} from "./chunk-GZAF5JGN.mjs";
import {
  formatExtraction,
  printable
} from "./chunk-LZPNN5HQ.mjs";
import {
  ReaderPool
} from "./chunk-HF4QTIFA.mjs";
import {
  loadConfig
} from "./chunk-Z7E7XR3S.mjs";

// cli/commands/extract-command.ts
import { readFileSync } from "node:fs";
async function extractFiles(files, onDone, onPage) {
  const config = loadConfig();
  const pool = new ReaderPool(config.limits, config.workers);
  let n = 0;
  try {
    return await Promise.all(
      files.map(async (file) => {
        const outcome = await pool.read(new Uint8Array(readFileSync(file.path)), (page, pages) => onPage?.(file, page, pages, n));
        const r = { file, outcome };
        onDone?.(r, ++n);
        return r;
      })
    );
  } finally {
    await pool.close();
  }
}
async function extractCommand(args, json) {
  const files = collectFiles(args);
  const progress = new ProgressLine(files.length);
  const results = await extractFiles(
    files,
    (r, n) => progress.update(n, r.file.path),
    (file, page, pages, n) => progress.note(n, `${file.path}: pagina ${page} di ${pages}`)
  );
  progress.done();
  let rejected = 0;
  for (const { file, outcome } of results) {
    if (!outcome.ok) rejected++;
    const line = outcome.ok ? { file: file.path, status: "ok", fields: outcome.extraction.fields } : { file: file.path, status: "rejected", reason: outcome.code, message: outcome.message };
    if (json) console.log(JSON.stringify(line));
    else if (outcome.ok) console.log(printable([`\u2713 ${file.path}`, ...formatExtraction(outcome.extraction)].join("\n")));
    else console.log(printable(`\u2717 ${file.path}: rifiutato [${outcome.code}] \u2013 ${outcome.message}`));
  }
  return rejected ? 2 : 0;
}

export {
  extractFiles,
  extractCommand
};
//# sourceMappingURL=chunk-5ZDQR2BV.mjs.map
