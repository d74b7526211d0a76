import { parentPort } from 'node:worker_threads';
import { renderLetter } from './render-letter.ts';

/** The thread that typesets letters for renderLetterOffThread: one job at a time, answers in order. */
parentPort!.on('message', async (job: { id: number; args: Parameters<typeof renderLetter> }) => {
  try {
    const rendered = await renderLetter(...job.args);
    parentPort!.postMessage({ id: job.id, rendered }, [rendered.pdf.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: { message: (err as Error)?.message ?? String(err), name: (err as Error)?.name } });
  }
});
