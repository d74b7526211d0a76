import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { setImmediate as turn } from 'node:timers/promises';

let gc: (() => void) | null | undefined;

/**
 * Runs a full garbage collection now. A decoded scan is an ArrayBuffer of up to a hundred MB whose
 * last reference was just dropped; the collector, which sees only this thread's allocations, may
 * not run before the OCR engine (another thread) grows its own memory, and the two would add up.
 * Node exposes `gc` only under --expose-gc: the flag is set for a fresh context that hands it over.
 * It runs after a turn of the event loop: a value just passed through promises is still held until then.
 * Does nothing where that is not possible.
 */
export async function collectGarbage(): Promise<void> {
  await turn();
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
