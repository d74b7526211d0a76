import { readFileSync, statSync } from 'node:fs';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { readerFor } from '../in-thread-reader.ts';
import type { ReadOutcome } from '../../shared/read/read-outcome.ts';
import { collectFiles, type InputFile } from '../collect-files.ts';
import { ProgressLine } from '../progress-line.ts';
import { formatExtraction, printable } from '../format-document.ts';

export interface ExtractedFile {
  file: InputFile;
  /** null when the reader itself failed on this file (`fault` says how): the file is not to blame. */
  outcome: ReadOutcome | null;
  fault?: string;
}

/**
 * Reads and extracts files with no storage; results come back in input order. One or two files are
 * read in this thread (no pool to start), more by the reader pool, both cores busy; `pool` asks for
 * the pool whatever the number. `abandoned`: a file read in this thread ran out of time and could
 * not be stopped, so the process must exit once its output is written.
 */
export async function extractFiles(
  files: InputFile[],
  onDone?: (r: ExtractedFile, n: number) => void,
  onPage?: (file: InputFile, page: number, pages: number, done: number) => void,
  { pool = false } = {},
): Promise<ExtractedFile[] & { abandoned: boolean }> {
  const config = loadConfig();
  const reader = readerFor(pool ? Infinity : files.length, config.limits, config.workers);
  let n = 0;
  try {
    // Largest files first, so that no reader is left with a long file while the others stand idle.
    const order = files.map((file, i) => ({ i, size: statSync(file.path).size })).sort((a, b) => b.size - a.size);
    const results: ExtractedFile[] = new Array(files.length);
    await Promise.all(
      order.map(async ({ i }) => {
        const file = files[i];
        try {
          const outcome = await reader.read(new Uint8Array(readFileSync(file.path)), (page, pages) => onPage?.(file, page, pages, n));
          results[i] = { file, outcome };
        } catch (err) {
          // A fault of the reader on one file: reported for that file, the others go on.
          results[i] = { file, outcome: null, fault: (err as Error).message };
        }
        onDone?.(results[i], ++n);
      }),
    );
    return Object.assign(results, { abandoned: 'abandoned' in reader && reader.abandoned });
  } finally {
    await reader.close();
  }
}

/**
 * `carteggio extract <files…> --json`: one JSON object per line, fields in the shape of the
 * evaluation labels; exit 0 when every file was read, 2 when any was rejected.
 */
export async function extractCommand(args: string[], json: boolean): Promise<number> {
  const files = collectFiles(args);
  const progress = new ProgressLine(files.length);
  const results = await extractFiles(
    files,
    (r, n) => progress.update(n, r.file.path),
    (file, page, pages, n) => progress.note(n, `${file.path}: pagina ${page} di ${pages}`),
  );
  progress.done();
  let rejected = 0;
  let faults = 0;
  for (const { file, outcome, fault } of results) {
    if (!outcome) {
      faults++;
      if (json) console.log(JSON.stringify({ file: file.path, status: 'error', message: `errore interno di Carteggio, non del file: ${fault}` }));
      else console.log(printable(`✗ ${file.path}: errore interno di Carteggio (non del file): ${fault}`));
      continue;
    }
    if (!outcome.ok) rejected++;
    const line = outcome.ok
      ? { file: file.path, status: 'ok', fields: outcome.extraction.fields, ...(outcome.facts.warnings.length ? { warnings: outcome.facts.warnings } : {}), ...(outcome.facts.repairs.length ? { repairs: outcome.facts.repairs } : {}) }
      : { file: file.path, status: 'rejected', reason: outcome.code, message: outcome.message };
    if (json) console.log(JSON.stringify(line));
    else if (outcome.ok) {
      const notes = [...outcome.facts.repairs.map((r) => `  Riparato: ${r.message}`), ...outcome.facts.warnings.map((w) => `  ⚠ Da controllare: ${w.message}`)];
      console.log(printable([`✓ ${file.path}`, ...notes, ...formatExtraction(outcome.extraction)].join('\n')));
    }
    else console.log(printable(`✗ ${file.path}: rifiutato [${outcome.code}] – ${outcome.message}`));
  }
  const code = faults ? 1 : rejected ? 2 : 0;
  // A reading that ran out of time is still running in this thread: end it with the process, once the output is out.
  if (results.abandoned) await exitAfterOutput(code);
  return code;
}

async function exitAfterOutput(code: number): Promise<never> {
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(code);
}
