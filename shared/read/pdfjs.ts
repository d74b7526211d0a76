import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { installSyncInflate } from './sync-inflate-stream.ts';
import { defaultReadLimits } from './read-limits.ts';

// pdfjs's legacy build (the one meant for Node) bundles core-js, which on Node 20 swaps
// Array.prototype.push, JSON.parse and JSON.stringify, process-wide, for spec polyfills several
// times slower than V8's own. pdfjs runs correctly on the natives, so they are put back once it has loaded:
// text extraction (and every JSON call in the process) runs at native speed. Import pdfjs only from here.
const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };

deferCanvas();
// Flate streams inflated in one zlib call (see sync-inflate-stream.ts); a stream over the default
// per-stream cap errors there and pdf.js's own decoder takes it, as it does any stream Node refuses.
installSyncInflate(defaultReadLimits.maxStreamBytes);
// pdf.js's own minified builds of the same code: ~15 ms and ~9 MB less at every start than the plain ones.
export const pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.mjs') = await withoutUndici(async () => {
  const api = await import('pdfjs-dist/legacy/build/pdf.min.mjs');
  // pdfjs runs its parser in this thread (readers already run in a worker): loading it now, not on the
  // first file, keeps the first file's clock honest.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
  return api;
});

Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
JSON.parse = natives.parse;
JSON.stringify = natives.stringify;

/**
 * As it loads, pdfjs requires @napi-rs/canvas (a native library: ~20 MB resident, ~10 ms) to provide
 * DOMMatrix, ImageData and Path2D, which only drawing uses; reading text draws nothing, and only a
 * scan's OCR draws a page. So the globals are set first (DOMMatrix is the library's own pure-JS class;
 * ImageData and Path2D stand in for the native ones and load them on first use), and pdfjs's require
 * gets a stand-in module (require.cache may be filled in, as Node documents) that loads the library
 * the first time anything of it is used. If the library is laid out otherwise, nothing is deferred.
 */
function deferCanvas(): void {
  const require = createRequire(import.meta.url);
  let index: string;
  try {
    index = require.resolve('@napi-rs/canvas');
  } catch {
    return; // not installed: pdfjs says so itself, and reading text does not need it
  }
  if (require.cache[index] || 'ImageData' in globalThis || 'Path2D' in globalThis || 'DOMMatrix' in globalThis) return;
  let geometry: { DOMMatrix?: unknown };
  try {
    geometry = require(join(dirname(index), 'geometry.js')) as { DOMMatrix?: unknown };
  } catch {
    return;
  }
  if (typeof geometry.DOMMatrix !== 'function') return;
  let real: Record<PropertyKey, unknown> | null = null;
  const load = () => {
    if (!real) {
      delete require.cache[index];
      real = require(index) as Record<PropertyKey, unknown>;
    }
    return real;
  };
  const standIn = (name: 'ImageData' | 'Path2D') =>
    new Proxy(function () {}, {
      construct: (_target, args) => new (load()[name] as new (...a: unknown[]) => object)(...args),
      get: (_target, key) => Reflect.get(load()[name] as object, key),
      has: (_target, key) => Reflect.has(load()[name] as object, key),
    });
  Object.assign(globalThis, { DOMMatrix: geometry.DOMMatrix, ImageData: standIn('ImageData'), Path2D: standIn('Path2D') });
  const exports = new Proxy({} as Record<PropertyKey, unknown>, {
    get: (_target, key) => load()[key],
    has: (_target, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(load(), key);
      return d && { ...d, configurable: true };
    },
  });
  const standInModule = { id: index, filename: index, loaded: true, exports, children: [], paths: [], path: dirname(index) };
  require.cache[index] = standInModule as unknown as NodeJS.Module;
}

/**
 * As it loads, pdfjs looks at `Response.prototype.bytes` (to polyfill it where missing), and Node
 * loads the global Response lazily, with its whole HTTP client (undici: ~20 ms). Reading from bytes
 * never fetches anything, so while pdfjs loads the global is a stand-in that has `bytes`; Node's own
 * lazy Response is put back right after, untouched.
 */
async function withoutUndici<T>(load: () => Promise<T>): Promise<T> {
  // Node 22 holds the global as a lazy data property that any look at it (its descriptor too) loads, and that cannot be saved
  // to be put back: there pdfjs's check loads undici (~40 ms on a slow core), as it would anyway.
  if (Number(process.versions.node.split('.')[0]) >= 22) return load();
  const lazy = Object.getOwnPropertyDescriptor(globalThis, 'Response');
  if (!lazy?.get || !lazy.configurable) return load(); // already loaded, or not Node's lazy global
  const standIn = class Response {
    bytes(): void {}
  };
  Object.defineProperty(globalThis, 'Response', { value: standIn, writable: true, configurable: true, enumerable: false });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'Response', lazy);
  }
}
