import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

export interface InputFile {
  path: string;
  /** The object key it gets in the inbox: its path under the folder given, or its name. */
  key: string;
}

/** Files named on the command line, and every non-hidden file under the folders named. */
export function collectFiles(args: string[]): InputFile[] {
  const out: InputFile[] = [];
  for (const arg of args) {
    const st = statSync(arg, { throwIfNoEntry: false });
    if (!st) throw new Error(`File o cartella non trovato: ${arg}`);
    if (st.isFile()) out.push({ path: arg, key: basename(arg) });
    else if (st.isDirectory()) walk(arg, arg, out);
  }
  return out;
}

function walk(root: string, dir: string, out: InputFile[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) walk(root, path, out);
    else if (st.isFile()) out.push({ path, key: join(basename(root), relative(root, path)).split('\\').join('/') });
  }
}
