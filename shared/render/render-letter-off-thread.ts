import { Worker } from 'node:worker_threads';
import type { renderLetter } from './render-letter.ts';

type Rendered = Awaited<ReturnType<typeof renderLetter>>;

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { ok: (r: Rendered) => void; fail: (e: Error) => void }>();

/**
 * renderLetter on a thread of its own: where one process also serves the API (the local server), a
 * long letter's typesetting no longer holds up every other request. Same arguments, same result.
 * The thread runs the TypeScript sources through tsx (a dependency, registered by render-worker-boot.mjs); it is started on first use
 * and does not keep the process alive. On Lambda, one request per instance, renderLetter is called
 * directly.
 */
export function renderLetterOffThread(...args: Parameters<typeof renderLetter>): Promise<Rendered> {
  const id = ++nextId;
  return new Promise((ok, fail) => {
    waiting.set(id, { ok, fail });
    thread().postMessage({ id, args });
  });
}

function thread(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./render-worker-boot.mjs', import.meta.url), { execArgv: [] });
  w.unref();
  w.on('message', (msg: { id: number; rendered?: Rendered; error?: { message: string; name?: string } }) => {
    const job = waiting.get(msg.id);
    if (!job) return;
    waiting.delete(msg.id);
    if (msg.rendered) job.ok({ ...msg.rendered, pdf: new Uint8Array(msg.rendered.pdf) });
    else job.fail(Object.assign(new Error(msg.error?.message ?? 'impaginazione non riuscita'), { name: msg.error?.name ?? 'Error' }));
  });
  // A thread that dies fails its jobs (Carteggio's fault, a 500) and is replaced on the next letter.
  w.on('error', (err) => {
    for (const job of waiting.values()) job.fail(err);
    waiting.clear();
    worker = null;
  });
  w.on('exit', () => {
    if (worker === w) worker = null;
  });
  worker = w;
  return w;
}

/** Ends the render thread (on shutdown): jobs still waiting fail; the next letter starts a new one. */
export async function stopRenderThread(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
