import { openSync, closeSync, writeSync, readFileSync, rmSync, constants } from 'node:fs';
import { join } from 'node:path';

/**
 * One process at a time opens a data folder's emulators: two would share dynalite's files and one
 * would fail with "Database is closed". The lock is a file holding the owner's pid; a lock whose owner
 * is gone (killed) is taken over. A second command waits for the first to finish, and says so.
 */
export async function lockDataFolder(dataDir: string, say: (msg: string) => void, maxWaitMs = 10 * 60_000): Promise<() => void> {
  const path = join(dataDir, 'lock');
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = Number(readFileSafe(path));
    if (!owner || !alive(owner)) {
      rmSync(path, { force: true }); // left by a process that was killed
      continue;
    }
    if (!told) {
      say(`La cartella dati ${dataDir} è in uso da un altro comando carteggio (processo ${owner}): attendo che termini…`);
      told = true;
    }
    if (Date.now() - started > maxWaitMs) throw new Error(`la cartella dati ${dataDir} è ancora in uso dal processo ${owner}: riprovare più tardi, oppure avviare «npm start» perché i comandi la condividano`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
