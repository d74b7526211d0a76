// Lets a worker thread run the TypeScript sources directly (development and tests); bundles skip this.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
