import { readFileSync } from 'node:fs';

/** Reads a file the user named, with an Italian message that says which file and what is wrong. */
export function readUserFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'il file non esiste' : code === 'EACCES' ? 'permesso negato' : code === 'EISDIR' ? 'è una cartella' : (code ?? 'errore di lettura');
    throw new Error(`${what}: impossibile leggere ${path} (${why}).`);
  }
}

/** Parses a JSON file the user named; a syntax error is reported with its line and column. */
export function readJsonFile(path: string, what: string): unknown {
  const text = readUserFile(path, what).toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (err) {
    const at = /position (\d+)/.exec((err as Error).message);
    const where = at ? lineColumn(text, Number(at[1])) : 'contenuto incompleto o vuoto';
    throw new Error(`${what}: ${path} non è JSON valido (${where}).`);
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `riga ${before.length}, colonna ${before[before.length - 1].length + 1}`;
}
