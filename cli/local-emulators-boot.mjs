// The emulators thread's entry: plain JavaScript that teaches this thread TypeScript (tsx, a dependency)
// and then loads the thread itself. Worker threads do not inherit the parent's loaders.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./local-emulators-thread.ts', import.meta.url).href);
