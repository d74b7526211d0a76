import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, basename, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { extractFiles } from './extract-command.ts';

/** `carteggio eval [--dir D]`: extracts every PDF of the labelled set and runs the shared scorer on it. */
export async function evalCommand(dir: string, verbose: boolean): Promise<number> {
  const evalDir = resolve(dir);
  const out = resolve('out/predictions');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const pdfs = readdirSync(evalDir).filter((f) => f.toLowerCase().endsWith('.pdf')).sort();
  const results = await extractFiles(pdfs.map((f) => ({ path: join(evalDir, f), key: f })));
  for (const { file, outcome } of results) {
    const name = basename(file.path).replace(/\.pdf$/i, '');
    if (outcome.ok) writeFileSync(join(out, `${name}.json`), JSON.stringify(outcome.extraction.fields, null, 2));
    else console.error(`${name}: rifiutato (${outcome.code}) – ${outcome.message}`);
  }
  // The scorer lives beside the labels' parent (../shared/eval/score.mjs); reference data, never copied.
  const scorer = new URL('../../../shared/eval/score.mjs', import.meta.url).pathname;
  const run = spawnSync(process.execPath, [scorer, evalDir, out, ...(verbose ? ['--verbose'] : [])], { stdio: 'inherit' });
  return run.status ?? 1;
}
