// The render thread's entry: plain JavaScript that teaches this thread TypeScript (tsx, a dependency)
// and then loads the worker itself. Worker threads do not inherit the parent's loaders.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./render-worker.ts', import.meta.url).href);
