import { statfsSync } from 'node:fs';

/** Below this much free space (bytes) the local stack does not start, and warns while running. */
export const MIN_FREE_BYTES = 200 * 1024 * 1024;

/** A disk too full for the local stack: said in Italian, with where and how much. */
export class DiskFullError extends Error {
  constructor(readonly dir: string, readonly free: number) {
    super(`Spazio su disco insufficiente per la cartella dati ${dir}: liberi ${megabytes(free)}, ne servono almeno ${megabytes(MIN_FREE_BYTES)}. Liberare spazio (o indicare un'altra cartella con CARTEGGIO_DATA_DIR) e riavviare: i dati già salvati non vanno persi.`);
    this.name = 'DiskFullError';
  }
}

/** Free bytes on the disk holding `dir` (for an unprivileged user), or null when the system cannot say. */
export function freeBytes(dir: string): number | null {
  try {
    const s = statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
}

/** Throws DiskFullError when the disk holding `dir` has less than MIN_FREE_BYTES free. */
export function checkFreeSpace(dir: string): void {
  const free = freeBytes(dir);
  if (free !== null && free < MIN_FREE_BYTES) throw new DiskFullError(dir, free);
}

/** Whether an error is the disk being full (ENOSPC), however deep it is wrapped. */
export function isDiskFull(err: unknown): boolean {
  for (let e = err as { code?: string; message?: string; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (e.code === 'ENOSPC' || /ENOSPC|no space left on device/i.test(e.message ?? '')) return true;
  }
  return false;
}

function megabytes(n: number): string {
  return `${Math.max(0, Math.floor(n / (1024 * 1024))).toLocaleString('it-IT')} MB`;
}
