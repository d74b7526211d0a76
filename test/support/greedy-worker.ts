import { parentPort } from 'node:worker_threads';

// A reader that never stops allocating: it stands in for a file that needs more memory than allowed.
parentPort!.on('message', () => {
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array(1_000_000).fill(Math.random()));
});
parentPort!.postMessage({ ready: true });
