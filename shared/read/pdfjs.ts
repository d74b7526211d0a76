// pdfjs's legacy build (the one meant for Node) bundles core-js, which on Node 20 swaps
// Array.prototype.push, JSON.parse and JSON.stringify, process-wide, for spec polyfills several
// times slower than V8's own. pdfjs runs correctly on the natives, so they are put back once it has loaded:
// text extraction (and every JSON call in the process) runs at native speed. Import pdfjs only from here.
const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };

export const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
// pdfjs runs its parser in this thread (readers already run in a worker): loading it now, not on the
// first file, keeps the first file's clock honest.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');

Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
JSON.parse = natives.parse;
JSON.stringify = natives.stringify;
