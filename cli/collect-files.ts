import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';

export interface InputFile {
  path: string;
  /** The object key it gets in the inbox: its path under the folder given, or its name. */
  key: string;
}

/**
 * Files named on the command line (whatever they are: a non-PDF is rejected with its reason), and
 * the PDFs, signed .p7m files and saved messages (.eml, PEC) under the folders named (other files there are counted in `skipped`, not uploaded). Two
 * files that would share a key get distinct ones ("lettera (2).pdf"), so neither overwrites the other.
 */
export function collectFiles(args: string[]): InputFile[] & { skipped: number } {
  const out: InputFile[] = [];
  const skipped = { count: 0 };
  for (const arg of args) {
    const st = statSync(arg, { throwIfNoEntry: false });
    if (!st) throw new Error(`File o cartella non trovato: ${arg}`);
    if (st.isFile()) out.push({ path: arg, key: basename(arg) });
    else if (st.isDirectory()) walk(arg, arg, out, skipped);
  }
  return Object.assign(distinctKeys(out), { skipped: skipped.count });
}

function walk(root: string, dir: string, out: InputFile[], skipped: { count: number }): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) walk(root, path, out, skipped);
    else if (st.isFile() && !/\.(pdf|p7m|eml)$/i.test(name)) skipped.count++;
    else if (st.isFile()) out.push({ path, key: join(basename(root), relative(root, path)).split('\\').join('/') });
  }
}

function distinctKeys(files: InputFile[]): InputFile[] {
  const seen = new Map<string, number>();
  return files.map((f) => {
    const n = (seen.get(f.key) ?? 0) + 1;
    seen.set(f.key, n);
    if (n === 1) return f;
    const ext = extname(f.key);
    return { ...f, key: `${f.key.slice(0, f.key.length - ext.length)} (${n})${ext}` };
  });
}
