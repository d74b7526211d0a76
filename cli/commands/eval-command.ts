import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { scannedCopy } from '../scanned-copy.ts';
import { join, basename, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { extractFiles } from './extract-command.ts';
import { EVAL_SETS } from '../eval-sets.ts';

/**
 * `carteggio eval [--dir D] [--scans]`: extracts every PDF of the labelled set and runs the shared
 * scorer on it. With --scans each PDF also gets an image-only copy (NAME.scan.pdf, rendered at 200 dpi)
 * scored against the same labels, which measures the OCR path.
 */
export async function evalCommand(dir: string, verbose: boolean, scans = false): Promise<number> {
  const evalDir = scans ? await withScans(resolve(dir)) : resolve(dir);
  const out = resolve('out/predictions');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // A signed "NAME.pdf.p7m" is scored as NAME, like the PDF inside it.
  const pdfs = readdirSync(evalDir).filter((f) => /\.pdf(\.p7m)?$/i.test(f)).sort();
  // Always the pool: the scorer runs after, in a process that must not be ended by a stuck file.
  const results = await extractFiles(pdfs.map((f) => ({ path: join(evalDir, f), key: f })), undefined, undefined, { pool: true });
  for (const { file, outcome, fault } of results) {
    const name = basename(file.path).replace(/\.pdf(\.p7m)?$/i, '');
    if (!outcome) console.error(`${name}: errore interno di Carteggio (non del file): ${fault}`);
    else if (outcome.ok) writeFileSync(join(out, `${name}.json`), JSON.stringify(outcome.extraction.fields, null, 2));
    else console.error(`${name}: rifiutato (${outcome.code}) – ${outcome.message}`);
  }
  // The scorer lives beside the labels' parent (../shared/eval/score.mjs); reference data, never copied.
  const scorer = new URL('../../../shared/eval/score.mjs', import.meta.url).pathname;
  const run = spawnSync(process.execPath, [scorer, evalDir, out, ...(verbose ? ['--verbose'] : [])], { stdio: 'inherit' });
  return run.status ?? 1;
}

/** `carteggio eval --all`: every set of EVAL_SETS in turn, per field; exit 1 if any could not be scored. */
export async function evalAllSets(verbose: boolean): Promise<number> {
  let status = 0;
  for (const set of EVAL_SETS) {
    console.log(`\n=== ${set.name}: ${set.dir}`);
    status = Math.max(status, await evalCommand(set.dir, verbose));
  }
  return status;
}

async function withScans(labelled: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'carteggio-eval-'));
  for (const f of readdirSync(labelled)) {
    if (f.endsWith('.labels.json')) copyFileSync(join(labelled, f), join(dir, f));
    if (/\.pdf$/i.test(f) && f.split('.').length === 2) {
      copyFileSync(join(labelled, f), join(dir, f));
      writeFileSync(join(dir, f.replace(/\.pdf$/i, '.scan.pdf')), await scannedCopy(new Uint8Array(readFileSync(join(labelled, f)))));
    }
  }
  return dir;
}
