// shared/read/pdfjs.ts
var natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
var pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
globalThis.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
Object.defineProperty(Array.prototype, "push", { value: natives.push, writable: true, configurable: true, enumerable: false });
JSON.parse = natives.parse;
JSON.stringify = natives.stringify;

// shared/read/render-page.ts
import { createRequire } from "node:module";
var require2 = createRequire("file:///work/main/shared/read/render-page.ts");
async function renderPage(page, scale) {
  const viewport = page.getViewport({ scale });
  const canvas = await renderTile(page, scale, 0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
  return canvas.toBuffer("image/png");
}
async function renderTile(page, scale, left, top, width, height) {
  const viewport = page.getViewport({ scale, offsetX: -left, offsetY: -top });
  const { createCanvas } = require2("@napi-rs/canvas");
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const params = { canvasContext: ctx, viewport, canvas };
  await page.render(params).promise;
  return canvas;
}

export {
  pdfjs,
  renderPage,
  renderTile
};
//# sourceMappingURL=chunk-H7IXCBNB.mjs.map
