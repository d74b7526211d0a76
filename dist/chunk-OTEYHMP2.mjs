import {
  pdfjs,
  renderTile
} from "./chunk-H7IXCBNB.mjs";
import {
  READER_VERSION
} from "./chunk-WUC6FMH6.mjs";
import {
  ReaderFault
} from "./chunk-L45P3VEQ.mjs";
import {
  DATE_SOURCE,
  dateOf,
  dateRegex,
  findDates,
  isoDate
} from "./chunk-J5GB6C54.mjs";
import {
  BLOCK_GAP,
  SUBJECT_LABEL,
  SourceText,
  evidenceOf,
  fold,
  isParagraphBreak,
  subjectLineIndex
} from "./chunk-OO544RZY.mjs";
import {
  Rejection,
  italianBytes,
  italianCount
} from "./chunk-CBKE2XB5.mjs";

// shared/read/read-pdf.ts
import { createRequire as createRequire2 } from "node:module";
import { dirname, join } from "node:path";

// shared/read/inspect-raw-pdf.ts
import { createInflate, constants } from "node:zlib";
var STREAM = Buffer.from("stream");
var ENDSTREAM = Buffer.from("endstream");
var JS_MARK = /\/(JavaScript|JS)\b/;
var XFA_MARK = /\/XFA\b/;
async function inspectRawPdf(bytes, limits) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = 0;
  const whole = buf.toString("latin1");
  let hasJavaScript = JS_MARK.test(whole);
  let hasXfa = XFA_MARK.test(whole);
  let depthFrom = header;
  const mayExceed = buf.length * MAX_DEFLATE_RATIO > limits.maxDecompressedBytes;
  let decompressedBytes = 0;
  let at = buf.indexOf(STREAM, header);
  while (at >= 0) {
    const isEnd = at >= 3 && buf.toString("latin1", at - 3, at) === "end";
    let dataStart = at + STREAM.length;
    if (!isEnd && (buf[dataStart] === 13 || buf[dataStart] === 10)) {
      if (buf[dataStart] === 13) dataStart++;
      if (buf[dataStart] === 10) dataStart++;
      const end = buf.indexOf(ENDSTREAM, dataStart);
      const dataEnd = end < 0 ? buf.length : end;
      checkNesting(buf, depthFrom, at);
      depthFrom = end < 0 ? buf.length : end + ENDSTREAM.length;
      if (buf[dataStart] === 120) {
        const objectStream = dict(buf, at).includes("/ObjStm");
        if (mayExceed || objectStream) {
          const budget = limits.maxDecompressedBytes - decompressedBytes;
          const inflated = await inflateCapped(buf.subarray(dataStart, dataEnd), budget, objectStream);
          if (inflated === "over") throw new Rejection("decompression-bomb", `oltre ${italianBytes(limits.maxDecompressedBytes)}`);
          if (inflated) {
            decompressedBytes += inflated.size;
            if (inflated.text && JS_MARK.test(inflated.text)) hasJavaScript = true;
            if (inflated.text && XFA_MARK.test(inflated.text)) hasXfa = true;
          }
        }
      }
      at = buf.indexOf(STREAM, end < 0 ? buf.length : end + ENDSTREAM.length);
    } else {
      at = buf.indexOf(STREAM, at + STREAM.length);
    }
  }
  checkNesting(buf, depthFrom, buf.length);
  return { hasJavaScript, hasXfa, decompressedBytes };
}
function dict(buf, streamAt) {
  return buf.toString("latin1", Math.max(0, streamAt - 400), streamAt);
}
function inflateCapped(data, budget, keepText) {
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 64 * 1024 });
    let size = 0;
    const kept = [];
    let settled = false;
    const settle = (v) => {
      if (settled) return;
      settled = true;
      resolve(v);
    };
    inflate.on("data", (chunk) => {
      size += chunk.length;
      if (keepText && size < 16 * 1024 * 1024) kept.push(chunk);
      if (size > budget) {
        inflate.destroy();
        settle("over");
      }
    });
    inflate.on("end", () => settle({ size, text: keepText ? Buffer.concat(kept).toString("latin1") : null }));
    inflate.on("error", () => settle(size > 0 ? { size, text: null } : null));
    inflate.end(data);
  });
}
var MAX_DEPTH = 256;
var MAX_DEFLATE_RATIO = 1032;
function checkNesting(buf, from, to) {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = buf[i];
    if (c === 40) {
      let level = 1;
      for (i++; i < to && level > 0; i++) {
        if (buf[i] === 92) i++;
        else if (buf[i] === 40) level++;
        else if (buf[i] === 41) level--;
      }
      i--;
    } else if (c === 37) {
      while (i < to && buf[i] !== 10 && buf[i] !== 13) i++;
    } else if (c === 91 || c === 60 && buf[i + 1] === 60) {
      if (c === 60) i++;
      if (++depth > MAX_DEPTH) throw new Rejection("too-deep", `oltre ${MAX_DEPTH} livelli`);
    } else if (c === 93 || c === 62 && buf[i + 1] === 62) {
      if (c === 62) i++;
      if (depth > 0) depth--;
    } else if (c === 111 && buf[i + 1] === 98 && buf[i + 2] === 106 && buf[i - 1] !== 100) {
      depth = 0;
    }
  }
}

// shared/read/clean-text.ts
function cleanText(s) {
  return s.replace(SPACING_ACCENT, (_, vowel, mark) => vowel + (GRAVE.test(mark) ? "\u0300" : "\u0301")).normalize("NFC").replace(SYMBOL_FONT, "\u2022").replace(NO_TEXT, "");
}
function undecodableCount(s) {
  let n = 0;
  for (const _ of s.matchAll(NO_TEXT_GLOBAL)) n++;
  return n;
}
var SPACING_ACCENT = /([aeiouAEIOU])\s?([`\u00b4\u02ca\u02cb])(?=$|[\s.,;:!?)»”"'’]|\u0000)/g;
var GRAVE = /[`\u02cb]/;
var SYMBOL_FONT = /[\uf020-\uf0ff]/g;
var NO_TEXT_SOURCE = "[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\ue000-\\uf01f\\uf100-\\uf8ff\\ufffd\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]";
var NO_TEXT = new RegExp(NO_TEXT_SOURCE, "g");
var NO_TEXT_GLOBAL = new RegExp(NO_TEXT_SOURCE, "g");

// shared/read/layout-lines.ts
function layoutLines(runs, page, pageWidth, ocr = false) {
  const visible = withoutShadows(runs.filter((r) => r.text.trim() !== "").map((r) => ocr ? { ...r, ocr: true } : r));
  const stamped = (r) => r.origin === "annotation";
  const lines = blockLines(visible.filter((r) => !isVertical(r) && !stamped(r)), page, pageWidth, []);
  const stamps = visible.filter((r) => !isVertical(r) && stamped(r));
  if (stamps.length) lines.push(...blockLines(stamps, page, pageWidth, lines, "apart"));
  for (const dir of [90, 270]) {
    const up = visible.filter((r) => isVertical(r) && direction(r) === dir).map((r) => turn(r, dir));
    if (up.length) lines.push(...blockLines(up, page, Infinity, lines, dir));
  }
  return lines;
}
function blockLines(runs, page, pageWidth, before, turned2) {
  const rows = groupRows(runs);
  const built = rows.map((row) => ({ row, segments: segmentsOf(row) }));
  const ordered = twoColumnOrder(built, pageWidth) ?? built;
  const lines = [];
  const pitch = linePitch(ordered.map((o) => o.row));
  let prevY = null;
  for (const { row, segments } of ordered) {
    const text = segments.map((s) => s.text).join("	");
    if (!text.trim()) continue;
    const gap = prevY === null ? turned2 ? 2 : 0 : Math.max(0, (prevY - row.y) / (row.size || 10) - pitch);
    prevY = row.y;
    const origins = new Set(row.runs.flatMap((r) => r.origin ? [r.origin] : []));
    if (turned2 && turned2 !== "apart") origins.add("vertical");
    const [x, y] = turned2 && turned2 !== "apart" ? unturn(segments[0].x, row.y, turned2) : [segments[0].x, row.y];
    lines.push({
      page,
      index: before.length + lines.length,
      x: round(x),
      y: round(y),
      size: round(row.size),
      gapBefore: round(gap),
      text,
      segments,
      ...row.runs.some((r) => r.ocr) ? { ocr: true } : {},
      ...origins.size ? { origins: [...origins].sort() } : {}
    });
  }
  return lines;
}
function direction(r) {
  return (Math.round((r.angle ?? 0) / 90) * 90 % 360 + 360) % 360;
}
function isVertical(r) {
  const d = direction(r);
  return d === 90 || d === 270;
}
function turn(r, dir) {
  return dir === 90 ? { ...r, x: r.y, y: -r.x, angle: 0 } : { ...r, x: -r.y, y: r.x, angle: 0 };
}
function unturn(x, y, dir) {
  return dir === 90 ? [-y, x] : [y, -x];
}
function withoutShadows(runs) {
  const byText = /* @__PURE__ */ new Map();
  const out = [];
  for (const r of runs) {
    const same = byText.get(r.text);
    const near = (o) => Math.abs(o.x - r.x) <= r.size * 0.25 && Math.abs(o.y - r.y) <= r.size * 0.25 && (o.angle ?? 0) === (r.angle ?? 0);
    if (same?.some(near)) continue;
    if (same) same.push(r);
    else byText.set(r.text, [r]);
    out.push(r);
  }
  return out;
}
function linePitch(rows) {
  const ratios = [];
  for (let i = 1; i < rows.length; i++) {
    const r = (rows[i - 1].y - rows[i].y) / (rows[i].size || 10);
    if (r >= 0.9 && r <= 2.5) ratios.push(r);
  }
  if (ratios.length < 3) return 1.2;
  ratios.sort((a, b) => a - b);
  return Math.min(1.6, ratios[Math.floor(ratios.length / 4)]);
}
function groupRows(runs) {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows = [];
  for (const run of sorted) {
    const size = run.size || 10;
    const row = rows.length ? rows[rows.length - 1] : void 0;
    const layered = row?.runs.some((o) => Math.min(o.x + o.width, run.x + run.width) - Math.max(o.x, run.x) > Math.max(size, 2 * size * 0.5));
    if (row && !layered && Math.abs(row.y - run.y) <= Math.max(row.size, size) * 0.35) {
      row.runs.push(run);
      if (size > row.size) row.size = size;
    } else {
      rows.push({ y: run.y, size, runs: [run] });
    }
  }
  return rows;
}
function segmentsOf(row) {
  const runs = [...row.runs].sort((a, b) => a.x - b.x);
  const segments = [];
  let current = null;
  for (const run of runs) {
    const size = run.size || row.size;
    if (current) {
      const gap = run.x - current.end;
      if (gap > Math.max(1.5 * size, 12)) {
        segments.push({ x: round(current.x), end: round(current.end), text: tidy(current.text) });
        current = null;
      } else {
        const needsSpace = gap > size * 0.12 && !current.text.endsWith(" ") && !run.text.startsWith(" ");
        current.text += (needsSpace ? " " : "") + run.text;
        current.end = Math.max(current.end, run.x + run.width);
        continue;
      }
    }
    current = { x: run.x, end: run.x + run.width, text: run.text };
  }
  if (current) segments.push({ x: round(current.x), end: round(current.end), text: tidy(current.text) });
  return segments.filter((s) => s.text !== "");
}
function twoColumnOrder(rows, pageWidth) {
  if (rows.length < 12) return null;
  const mid = pageWidth / 2;
  const split = rows.filter(
    (r) => r.segments.length === 2 && r.segments[0].x < mid * 0.6 && Math.abs(r.segments[1].x - mid) < pageWidth * 0.12
  );
  if (split.length < rows.length * 0.6) return null;
  const gutter = Math.min(...split.map((r) => r.segments[1].x)) - 1;
  const left = [];
  const right = [];
  for (const r of rows) {
    const l = r.segments.filter((s) => s.x < gutter);
    const rr = r.segments.filter((s) => s.x >= gutter);
    if (l.length) left.push({ ...r, segments: l });
    if (rr.length) right.push({ ...r, segments: rr });
  }
  return [...left, ...right];
}
function tidy(s) {
  return cleanText(s.replace(new RegExp(" (?=\\p{M})", "gu"), "")).replace(/[ \u00a0]+/g, " ").trim();
}
function round(n) {
  return Math.round(n * 10) / 10;
}

// shared/read/ocr-page.ts
import { createRequire } from "node:module";

// shared/read/text-quality.ts
var FUNCTION_WORDS = new Set(
  "ad al alla alle ai agli all allo anche che chi ci come con da dal dalla dalle dai dagli degli dei del della delle dello di ed gli ha hanno il in la le lo ma ne nei nel nella nelle non per pi\xF9 pu\xF2 quale quali questo questa se si sono su sua sue suo sul sulla tra un una uno the of and to in for is on that with by as are be this from or at".split(" ")
);
function textQuality(text) {
  const words = (text.toLowerCase().match(new RegExp("\\p{L}+", "gu")) ?? []).filter((w) => w.length > 1);
  let functionWords = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) functionWords++;
  const symbols = text.match(/[!-/:-@[-`{-~]/g)?.length ?? 0;
  return { chars: text.replace(/\s+/g, "").length, undecodable: undecodableCount(text), words: words.length, functionWords, symbols };
}
function isUndecodable(q) {
  if (q.chars === 0) return false;
  if (q.undecodable / q.chars > 0.1) return true;
  if (q.chars >= 30 && q.symbols / q.chars > 0.45) return true;
  return q.words >= 40 && q.functionWords / q.words < 0.03;
}

// shared/read/ocr-page.ts
var require2 = createRequire("file:///work/main/shared/read/ocr-page.ts");
var DPI = 200;
var TILE = 2400;
var OVERLAP = 240;
var MAX_PIXELS = 12e7;
var worker = null;
function ocrWorker() {
  worker ??= (async () => {
    try {
      const { createWorker, OEM } = require2("tesseract.js");
      const ita = require2("@tesseract.js-data/ita");
      return await createWorker("ita", OEM.LSTM_ONLY, { langPath: ita.langPath, gzip: ita.gzip, cacheMethod: "none" });
    } catch (err) {
      worker = null;
      throw new ReaderFault("motore OCR non disponibile", { cause: err });
    }
  })();
  return worker;
}
async function ocrPage(page) {
  const base = page.getViewport({ scale: 1 });
  const scale = Math.max(100 / 72, Math.min(DPI / 72, Math.sqrt(MAX_PIXELS / (base.width * base.height))));
  const engine = await ocrWorker();
  const single = base.width * scale <= TILE + OVERLAP && base.height * scale <= TILE + OVERLAP;
  try {
    if (!single) return { ...await readTiles(engine, page, scale), turn: 0, width: base.width, height: base.height };
    const canvas = await renderTile(page, scale, 0, 0, Math.ceil(base.width * scale), Math.ceil(base.height * scale));
    let best = null;
    let bestScore = -1;
    for (const turn2 of [0, 180, 90, 270]) {
      const image = turn2 === 0 ? canvas : turned(canvas, turn2);
      const words = await recognise(engine, image.toBuffer("image/png"));
      const width = turn2 % 180 ? base.height : base.width;
      const height = turn2 % 180 ? base.width : base.height;
      const result = { runs: toRuns(words, scale, height, 0, 0), turn: turn2, width, height, confidence: meanConfidence(words) };
      const score = readability(words);
      if (score > bestScore) [best, bestScore] = [result, score];
      if (reads(words)) break;
    }
    return best;
  } catch (err) {
    if (err instanceof ReaderFault || err instanceof Rejection) throw err;
    throw new Rejection("ocr-failed", err.message);
  }
}
async function ocrBox(page, box2) {
  const base = page.getViewport({ scale: 1 });
  const scale = 300 / 72;
  const engine = await ocrWorker();
  try {
    const left = Math.max(0, Math.floor(box2.left * scale));
    const top = Math.max(0, Math.floor((base.height - box2.bottom - box2.height) * scale));
    const canvas = await renderTile(page, scale, left, top, Math.max(1, Math.ceil(box2.width * scale)), Math.max(1, Math.ceil(box2.height * scale)));
    const words = await recognise(engine, canvas.toBuffer("image/png"));
    return toRuns(words, scale, base.height, left, top);
  } catch (err) {
    if (err instanceof ReaderFault || err instanceof Rejection) throw err;
    throw new Rejection("ocr-failed", err.message);
  }
}
async function recognise(engine, png) {
  const { data } = await engine.recognize(png, {}, { blocks: true, text: false });
  const words = [];
  for (const line of (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines))) {
    const base = line.baseline && line.baseline.y1 > 0 ? (line.baseline.y0 + line.baseline.y1) / 2 : line.bbox.y1;
    for (const w of line.words) {
      if (w.confidence < 30 || !w.text.trim()) continue;
      words.push({ text: w.text, confidence: w.confidence, x0: w.bbox.x0, x1: w.bbox.x1, base, height: line.bbox.y1 - line.bbox.y0 });
    }
  }
  return words;
}
async function readTiles(engine, page, scale) {
  const base = page.getViewport({ scale: 1 });
  const W = Math.ceil(base.width * scale);
  const H = Math.ceil(base.height * scale);
  const step = TILE - OVERLAP;
  const runs = [];
  const all = [];
  for (let top = 0; top < H; top += step) {
    for (let left = 0; left < W; left += step) {
      const w = Math.min(TILE, W - left);
      const h = Math.min(TILE, H - top);
      const canvas = await renderTile(page, scale, left, top, w, h);
      const words = await recognise(engine, canvas.toBuffer("image/png"));
      const own = words.filter((wd) => {
        const cx = (wd.x0 + wd.x1) / 2;
        const cy = wd.base - wd.height / 2;
        return (left === 0 || cx >= OVERLAP / 2) && (left + w >= W || cx < w - OVERLAP / 2) && (top === 0 || cy >= OVERLAP / 2) && (top + h >= H || cy < h - OVERLAP / 2);
      });
      all.push(...own);
      runs.push(...toRuns(own, scale, base.height, left, top));
    }
  }
  return { runs, confidence: meanConfidence(all) };
}
function toRuns(words, scale, pageHeight, left, top) {
  const sizes = words.map((w) => w.height / scale).sort((a, b) => a - b);
  const size = Math.max(4, sizes[Math.floor(sizes.length / 2)] ?? 10);
  return words.map((w) => ({ text: w.text, x: (w.x0 + left) / scale, y: pageHeight - (w.base + top) / scale, width: (w.x1 - w.x0) / scale, size, ocr: true }));
}
function turned(src, turn2) {
  const { createCanvas } = require2("@napi-rs/canvas");
  const sideways = turn2 % 180 !== 0;
  const out = createCanvas(sideways ? src.height : src.width, sideways ? src.width : src.height);
  const ctx = out.getContext("2d");
  ctx.translate(out.width / 2, out.height / 2);
  ctx.rotate(turn2 * Math.PI / 180);
  ctx.drawImage(src, -src.width / 2, -src.height / 2);
  return out;
}
function readability(words) {
  const q = textQuality(words.map((w) => w.text).join(" "));
  return words.filter((w) => w.confidence >= 70 && w.text.length >= 3).length + 2 * q.functionWords;
}
function reads(words) {
  if (words.length < 8) return words.length > 0 && meanConfidence(words) >= 70;
  const q = textQuality(words.map((w) => w.text).join(" "));
  return meanConfidence(words) >= 65 && q.functionWords / Math.max(1, q.words) >= 0.15;
}
function meanConfidence(words) {
  return words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0;
}

// shared/read/unwrap-envelope.ts
import * as asn1js from "asn1js";
import { ContentInfo, SignedData, Certificate } from "pkijs";
var PDF_HEADER = Buffer.from("%PDF-");
var HEADER_WINDOW = 1024 * 1024;
var MAX_ENVELOPES = 4;
function unwrapEnvelope(bytes) {
  const notes = [];
  const signers = [];
  let buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let depth = 0; depth < MAX_ENVELOPES; depth++) {
    const header = buf.subarray(0, HEADER_WINDOW).indexOf(PDF_HEADER);
    if (header === 0 || header > 0 && !looksLikeDer(buf) && !looksLikeBase64(buf)) {
      if (header > 0) notes.push({ code: "leading-bytes", message: `ignorati ${header} byte prima dell\u2019intestazione %PDF (ad es. intestazioni di posta)` });
      return { pdf: withTailNotes(buf.subarray(header), notes), notes, signers };
    }
    const der = looksLikeDer(buf) ? buf : decodeBase64(buf);
    if (der && der !== buf) notes.push({ code: "base64-envelope", message: "busta firmata codificata in Base64, decodificata" });
    const opened = der ? openSignedData(der) : null;
    if (!opened) return null;
    notes.push({ code: "cades-envelope", message: "busta di firma CAdES (.p7m) aperta: letto il documento firmato" });
    signers.push(...opened.signers);
    buf = opened.content;
  }
  return null;
}
function withTailNotes(pdf, notes) {
  const tail = pdf.toString("latin1", Math.max(0, pdf.length - 8192));
  const eof = tail.lastIndexOf("%%EOF");
  if (eof < 0) notes.push({ code: "missing-eof", message: "manca il marcatore finale %%EOF: letto come fanno i comuni lettori PDF" });
  else if (tail.slice(eof + 5).replace(/[\r\n\s\0]/g, "").length > 0 || /\0{16}/.test(tail.slice(eof))) {
    notes.push({ code: "trailing-bytes", message: "byte in eccesso dopo il marcatore finale %%EOF, ignorati" });
  }
  return pdf;
}
function looksLikeDer(buf) {
  return buf.length > 16 && buf[0] === 48 && (buf[1] === 128 || buf[1] >= 129 && buf[1] <= 132);
}
function looksLikeBase64(buf) {
  const head = buf.toString("latin1", 0, 256);
  return /^\s*(-----BEGIN [A-Z0-9 ]+-----\s*)?MI[A-Za-z0-9+/]/.test(head);
}
function decodeBase64(buf) {
  if (!looksLikeBase64(buf)) return null;
  const text = buf.toString("latin1").replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, "").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+=*$/.test(text)) return null;
  const der = Buffer.from(text, "base64");
  return looksLikeDer(der) ? der : null;
}
var SIGNED_DATA = "1.2.840.113549.1.7.2";
var SIGNING_TIME = "1.2.840.113549.1.9.5";
var CN = "2.5.4.3";
var GIVEN_NAME = "2.5.4.42";
var SURNAME = "2.5.4.4";
function openSignedData(der) {
  try {
    const ab = der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength);
    const info = new ContentInfo({ schema: asn1js.fromBER(ab).result });
    if (info.contentType !== SIGNED_DATA) return null;
    const signed = new SignedData({ schema: info.content });
    const eContent = signed.encapContentInfo.eContent;
    if (!eContent) return null;
    const content = Buffer.from(octets(eContent));
    const certificates = (signed.certificates ?? []).filter((c) => c instanceof Certificate);
    const signers = signed.signerInfos.map((si) => {
      const sid = si.sid;
      const cert = certificates.find((c) => sid.serialNumber && c.serialNumber.isEqual(sid.serialNumber)) ?? (certificates.length === 1 ? certificates[0] : void 0);
      const time = (si.signedAttrs?.attributes ?? []).find((a) => a.type === SIGNING_TIME)?.values[0];
      return {
        name: cert ? personName(cert) : null,
        issuer: cert ? attribute(cert.issuer.typesAndValues, CN) : null,
        signingTime: time?.toDate ? time.toDate().toISOString() : null
      };
    });
    return { content, signers };
  } catch {
    return null;
  }
}
function octets(value) {
  if (value.idBlock.isConstructed) {
    const parts = value.valueBlock.value.map(octets);
    return Buffer.concat(parts);
  }
  return new Uint8Array(value.valueBlock.valueHexView);
}
function personName(cert) {
  const attrs = cert.subject.typesAndValues;
  const cn = attribute(attrs, CN);
  if (cn) return cn;
  const given = attribute(attrs, GIVEN_NAME);
  const surname = attribute(attrs, SURNAME);
  return given || surname ? [given, surname].filter(Boolean).join(" ") : null;
}
function attribute(attrs, oid) {
  const v = attrs.find((a) => a.type === oid)?.value.valueBlock.value;
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

// shared/read/text-runs.ts
async function textRuns(page, viewport) {
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const runs = [];
  for (const item of content.items) {
    if (!("str" in item) || !item.str) continue;
    const m = pdfjs.Util.transform(viewport.transform, item.transform);
    const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]) || item.height || 10;
    const angle = Math.atan2(-m[1], m[0]) * 180 / Math.PI;
    runs.push({ text: item.str, x: m[4], y: viewport.height - m[5], width: item.width, size, angle });
  }
  return runs;
}

// shared/read/annotation-runs.ts
var PRINTED = /* @__PURE__ */ new Set(["FreeText", "Stamp"]);
async function annotationRuns(page, viewport) {
  const annotations = await page.getAnnotations({ intent: "display" });
  const runs = [];
  const pictures = [];
  for (const a of annotations) {
    if (!a.rect) continue;
    const lines = a.subtype === "Widget" ? fieldText(a) : a.textContent?.filter((t) => t.trim());
    if (!lines?.length) {
      if (a.subtype && PRINTED.has(a.subtype) && a.hasAppearance) pictures.push(box(viewport, a.rect));
      continue;
    }
    const [x1, y1, x2, y2] = viewport.convertToViewportRectangle(a.rect);
    const left = Math.min(x1, x2);
    const top = viewport.height - Math.min(y1, y2);
    const height = Math.abs(y2 - y1);
    const pitch = height / lines.length;
    const size = Math.min(a.defaultAppearanceData?.fontSize || 11, pitch * 0.8) || 10;
    const origin = a.subtype === "Widget" ? "form-field" : "annotation";
    lines.forEach((text, i) => {
      const y = lines.length === 1 && a.subtype === "Widget" ? top - height / 2 - size * 0.3 : top - pitch * i - Math.min(pitch, size * 1.2) * 0.8;
      runs.push({ text, x: left + 2, y, width: text.length * size * 0.5, size, origin });
    });
  }
  return { runs, pictures };
}
function box(viewport, rect) {
  const [x1, y1, x2, y2] = viewport.convertToViewportRectangle(rect);
  return { left: Math.min(x1, x2), bottom: viewport.height - Math.max(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}
function fieldText(a) {
  const v = a.fieldValue;
  if (a.fieldType === "Btn") {
    if (a.checkBox) return v && v !== "Off" ? ["\u2612"] : [];
    if (a.radioButton) return v && v !== "Off" && v === a.buttonValue ? ["\u25C9"] : [];
    return [];
  }
  const values = Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : [];
  return values.flatMap((s) => s.split(/\r\n|\r|\n/)).filter((s) => s.trim());
}

// shared/read/image-coverage.ts
async function imageCoverage(page) {
  const { OPS } = pdfjs;
  const images = /* @__PURE__ */ new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  const ops = await page.getOperatorList();
  const [x0, y0, x1, y1] = page.view;
  const pageArea = Math.abs((x1 - x0) * (y1 - y0)) || 1;
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack = [];
  let covered = 0;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args[0];
      if (m) ctm = multiply(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (images.has(fn)) covered += clippedArea(ctm, page.view);
    if (covered >= pageArea) return 1;
  }
  return Math.min(1, covered / pageArea);
}
function multiply(m, n) {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5]
  ];
}
function clippedArea(m, view) {
  const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];
  const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];
  const w = Math.min(Math.max(...xs), view[2]) - Math.max(Math.min(...xs), view[0]);
  const h = Math.min(Math.max(...ys), view[3]) - Math.max(Math.min(...ys), view[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

// shared/read/xfa-lines.ts
import { inflateSync } from "node:zlib";
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFStream } from "pdf-lib";
import { XMLParser } from "fast-xml-parser";
async function xfaLines(pdf) {
  const packets = await xfaPackets(pdf).catch(() => /* @__PURE__ */ new Map());
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", removeNSPrefix: true, trimValues: true, processEntities: true, parseTagValue: false, parseAttributeValue: false });
  const parse = (xml) => {
    try {
      return xml ? parser.parse(xml) : [];
    } catch {
      return [];
    }
  };
  const data = /* @__PURE__ */ new Map();
  collectData(parse(packets.get("datasets")), data);
  const lines = [];
  walkTemplate(parse(packets.get("template")), data, lines);
  if (!lines.length) for (const [name, value] of data) lines.push(`${name}: ${value}`);
  return lines.map((l) => cleanText(l).replace(/\s+/g, " ").trim()).filter(Boolean);
}
async function xfaPackets(pdf) {
  const doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  const form = doc.catalog.lookup(PDFName.of("AcroForm"));
  const xfa = form && "lookup" in form ? form.lookup(PDFName.of("XFA")) : void 0;
  const packets = /* @__PURE__ */ new Map();
  if (xfa instanceof PDFArray) {
    const items = xfa.asArray();
    for (let i = 0; i + 1 < items.length; i += 2) {
      const name = doc.context.lookup(items[i])?.toString().replace(/^\(|\)$/g, "") ?? "";
      const stream = doc.context.lookup(items[i + 1]);
      if (stream instanceof PDFStream) packets.set(name, streamText(stream));
    }
  } else if (xfa instanceof PDFStream) {
    const xml = streamText(xfa);
    for (const name of ["template", "datasets"]) {
      const m = new RegExp(`<(?:\\w+:)?${name}[\\s>][\\s\\S]*?</(?:\\w+:)?${name}>`).exec(xml);
      if (m) packets.set(name, m[0]);
    }
  }
  return packets;
}
function streamText(stream) {
  const raw = stream instanceof PDFRawStream ? stream.contents : stream.getContents();
  try {
    return Buffer.from(inflateSync(raw, { maxOutputLength: 32 * 1024 * 1024 })).toString("utf8");
  } catch {
    return Buffer.from(raw).toString("utf8");
  }
}
function tagOf(n) {
  return Object.keys(n).find((k) => k !== ":@" && k !== "#text");
}
function childrenOf(n) {
  const tag = tagOf(n);
  return tag ? n[tag] ?? [] : [];
}
function textOf(nodes) {
  return nodes.map((n) => n["#text"] !== void 0 ? String(n["#text"]) : textOf(childrenOf(n))).join(" ");
}
function collectData(nodes, out) {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (!tag) continue;
    const kids = childrenOf(n);
    if (kids.length && kids.every((k) => k["#text"] !== void 0)) {
      const v = textOf(kids).trim();
      if (v && !out.has(tag)) out.set(tag, v);
    } else collectData(kids, out);
  }
}
function walkTemplate(nodes, data, out) {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (!tag) continue;
    const kids = childrenOf(n);
    if (tag === "draw") {
      const value = kids.find((k) => tagOf(k) === "value");
      const text = value ? textOf(childrenOf(value)).trim() : "";
      if (text) out.push(text);
    } else if (tag === "field") {
      const name = n[":@"]?.name ?? "";
      const caption = kids.find((k) => tagOf(k) === "caption");
      const label = caption ? textOf(childrenOf(caption)).trim() : "";
      const own = kids.find((k) => tagOf(k) === "value");
      const value = data.get(name) ?? (own ? textOf(childrenOf(own)).trim() : "");
      if (label || value) out.push(label && value ? `${label.replace(/:\s*$/, "")}: ${value}` : label || value);
    } else walkTemplate(kids, data, out);
  }
}

// shared/read/read-pdf.ts
var pdfjsRoot = process.env.CARTEGGIO_PDFJS_ASSETS ?? dirname(createRequire2("file:///work/main/shared/read/read-pdf.ts").resolve("pdfjs-dist/package.json"));
var assets = {
  cMapUrl: join(pdfjsRoot, "cmaps") + "/",
  standardFontDataUrl: join(pdfjsRoot, "standard_fonts") + "/",
  wasmUrl: join(pdfjsRoot, "wasm") + "/"
};
var SCAN_TEXT_MAX = 400;
var SCAN_COVERAGE = 0.5;
async function readPdf(bytes, limits, onPage) {
  if (bytes.length === 0) throw new Rejection("empty");
  if (bytes.length > limits.maxBytes) throw new Rejection("too-large", `${italianBytes(bytes.length)}, massimo ${italianBytes(limits.maxBytes)}`);
  const envelope = unwrapEnvelope(bytes);
  if (!envelope) throw new Rejection("not-pdf");
  const raw = await inspectRawPdf(envelope.pdf, limits);
  const task = pdfjs.getDocument({
    data: new Uint8Array(envelope.pdf),
    // pdfjs transfers (detaches) the buffer it is given
    ...assets,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    throw fileCause(err, envelope.notes.some((n) => n.code === "missing-eof"));
  }
  try {
    if (doc.numPages > limits.maxPages) {
      throw new Rejection("too-many-pages", `${italianCount(doc.numPages)} pagine, massimo ${italianCount(limits.maxPages)}`);
    }
    const permissions = await doc.getPermissions().catch(() => null);
    const meta = await doc.getMetadata().catch(() => null);
    const info = meta?.info ?? {};
    const scripts = await doc.getJSActions().catch(() => null);
    const repairs = envelope.notes.map((n) => ({ code: n.code, message: n.message }));
    const warnings = [];
    let pages = [];
    const ocrPages = [];
    let unrecovered = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await fromPdfjs(doc.getPage(n));
      const read = await readPage(page, n, limits, ocrPages.length < limits.ocrMaxPages && limits.ocr);
      if (read.ocr) ocrPages.push(n);
      if (read.turn) repairs.push({ code: "scan-turned", page: n, message: `pagina ${n}: scansione ruotata di ${read.turn}\xB0 prima dell\u2019OCR` });
      if (read.undecodable && read.ocr) warnings.push({ code: "undecodable-text", page: n, message: `pagina ${n}: testo senza codifica dei caratteri, riletto con OCR` });
      if (read.undecodable && !read.ocr) {
        unrecovered++;
        warnings.push({ code: "undecodable-text", page: n, message: `pagina ${n}: il testo non ha una codifica dei caratteri leggibile e l\u2019OCR non \xE8 stato eseguito` });
      }
      if (read.scanned && !read.ocr) warnings.push({ code: "ocr-skipped", page: n, message: `pagina ${n}: scansione non letta (OCR disattivato o oltre il massimo di ${limits.ocrMaxPages} pagine)` });
      if (read.ocr && read.confidence < 50) warnings.push({ code: "ocr-low-confidence", page: n, message: `pagina ${n}: OCR poco affidabile (confidenza media ${Math.round(read.confidence)}%)` });
      pages.push(read.text);
      page.cleanup();
      onPage?.(n, doc.numPages);
    }
    const hasText = pages.some((p) => p.lines.length > 0);
    const fieldValues = pages.some((p) => p.lines.some((l) => l.origins?.includes("form-field")));
    if (raw.hasXfa && !fieldValues) {
      const lines = await xfaLines(envelope.pdf);
      if (!lines.length) throw new Rejection("xfa-form");
      pages = [{ page: 1, width: pages[0]?.width ?? 595, height: pages[0]?.height ?? 842, ocr: false, lines: layoutXfa(lines) }];
      warnings.push({ code: "xfa-form", message: "modulo XFA: testo e valori letti dai dati del modulo, non dalla pagina (che mostra solo un avviso)" });
    } else if (!hasText && unrecovered > 0) {
      throw new Rejection("unreadable-text");
    }
    return {
      facts: {
        pageCount: doc.numPages,
        encryption: permissions ? "owner-password-only" : "none",
        hasJavaScript: raw.hasJavaScript || scripts !== null && Object.keys(scripts).length > 0,
        ocrPages,
        title: typeof info.Title === "string" && info.Title.trim() ? info.Title.trim() : null,
        producer: typeof info.Producer === "string" && info.Producer.trim() ? info.Producer.trim() : null,
        signers: envelope.signers,
        repairs,
        warnings,
        readerVersion: READER_VERSION
      },
      pages
    };
  } catch (err) {
    if (err instanceof Rejection || err instanceof ReaderFault) throw err;
    throw new ReaderFault(`errore interno nella lettura: ${err?.message ?? String(err)}`, { cause: err });
  } finally {
    await doc.destroy();
  }
}
async function readPage(page, n, limits, mayOcr) {
  const viewport = page.getViewport({ scale: 1 });
  const printed = await fromPdfjs(textRuns(page, viewport));
  const annotated = await annotationRuns(page, viewport).catch(() => ({ runs: [], pictures: [] }));
  const annotations = annotated.runs;
  if (mayOcr) for (const b of annotated.pictures) annotations.push(...(await ocrBox(page, b)).map((r) => ({ ...r, origin: "annotation" })));
  const quality = textQuality(printed.map((r) => r.text).join(" "));
  const pageGarbled = isUndecodable(quality);
  const garbled = printed.filter((r) => pageGarbled || undecodableCount(r.text) > 0);
  const clean = printed.filter((r) => !garbled.includes(r));
  const coverage = quality.chars - garbledChars(garbled) < SCAN_TEXT_MAX ? await fromPdfjs(imageCoverage(page)) : 0;
  const usable = quality.chars - garbledChars(garbled);
  const scanned = coverage >= SCAN_COVERAGE && usable < SCAN_TEXT_MAX || usable < 20 && coverage > 0.05;
  const undecodable = garbled.length > 0;
  let ocr = null;
  if ((scanned || undecodable) && mayOcr) ocr = await ocrPage(page);
  let runs;
  let width = viewport.width;
  let height = viewport.height;
  if (ocr) {
    const kept = [...clean, ...annotations].map((r) => turnRun(r, ocr.turn, viewport.width, viewport.height));
    runs = [...kept, ...ocr.runs.filter((w) => !kept.some((p) => overlaps(w, p)))];
    [width, height] = [ocr.width, ocr.height];
  } else {
    runs = [...pageGarbled ? clean : printed, ...annotations];
  }
  const lines = layoutLines(runs, n, width);
  return {
    text: { page: n, width: round2(width), height: round2(height), ocr: ocr !== null, lines },
    ocr: ocr !== null,
    scanned,
    undecodable,
    turn: ocr?.turn ?? 0,
    confidence: ocr?.confidence ?? 100
  };
}
function garbledChars(runs) {
  return runs.reduce((s, r) => s + r.text.replace(/\s+/g, "").length, 0);
}
function turnRun(r, turn2, w, h) {
  if (turn2 === 0) return r;
  if (turn2 === 180) return { ...r, x: w - r.x - r.width, y: h - r.y };
  if (turn2 === 90) return { ...r, x: r.y, y: w - r.x, angle: (r.angle ?? 0) + 90 };
  return { ...r, x: h - r.y, y: r.x, angle: (r.angle ?? 0) - 90 };
}
function overlaps(word, printed) {
  const box2 = (r) => {
    const vertical = Math.abs(Math.round((r.angle ?? 0) / 90)) % 2 === 1;
    return vertical ? [r.x - r.size * 0.85, r.y, r.x + r.size * 0.25, r.y + r.width] : [r.x, r.y - r.size * 0.25, r.x + r.width, r.y + r.size * 0.85];
  };
  const [a0, a1, a2, a3] = box2(word);
  const [b0, b1, b2, b3] = box2(printed);
  const w = Math.min(a2, b2) - Math.max(a0, b0);
  const h = Math.min(a3, b3) - Math.max(a1, b1);
  return w > 0 && h > 0 && w * h >= 0.3 * (a2 - a0) * (a3 - a1);
}
function layoutXfa(texts) {
  return texts.map((text, index) => ({ page: 1, index, x: 56, y: 800 - index * 14, size: 11, gapBefore: 0, text, segments: [{ x: 56, end: 56 + text.length * 5.5, text }], origins: ["xfa"] }));
}
function fromPdfjs(call) {
  return call.catch((err) => {
    throw fileCause(err, false);
  });
}
function fileCause(err, missingEof) {
  if (err instanceof Rejection) return err;
  const e = err;
  if (e?.name === "PasswordException") return new Rejection("encrypted");
  if (err instanceof RangeError && /call stack/i.test(e.message ?? "")) return new Rejection("too-deep");
  return new Rejection(missingEof ? "truncated" : "corrupt", `dettaglio tecnico di pdf.js \xAB${e?.message ?? String(err)}\xBB`);
}
function round2(n) {
  return Math.round(n * 10) / 10;
}

// shared/extract/subject.ts
var CELL_LABEL = /^\s*oggetto\s*[:\-–.]?\s*$/i;
function extractSubject(lines) {
  const at = lines.findIndex((l) => SUBJECT_LABEL.test(l.text) || l.segments.length > 1 && CELL_LABEL.test(l.segments[0].text));
  if (at < 0) return null;
  const first = lines[at];
  const head = CELL_LABEL.test(first.segments[0].text) && first.segments.length > 1 ? first.segments.slice(1).map((s) => s.text).join(" ") : first.text.replace(SUBJECT_LABEL, "");
  const parts = [head];
  for (let i = at + 1; i < lines.length && i < at + 8; i++) {
    if (isParagraphBreak(lines[i], lines[i - 1])) break;
    parts.push(lines[i].text);
  }
  const value = fold(parts.join(" ").replace(/\t/g, " "));
  return value ? { value, evidence: evidenceOf(lines[at]) } : null;
}

// shared/extract/addressees.ts
var OPENER = /^\s*(?:e\s+)?(?:alla|allo|alle|all['’]|agli|ai|al)/i;
function opensBlock(text) {
  const m = OPENER.exec(text);
  return m !== null && new RegExp("^\\s*\\p{Lu}", "u").test(text) && new RegExp("^(?:$|[\\s'\u2019]|\\p{Lu})", "u").test(text.slice(m[0].length));
}
var CC_MARK = /^\s*(?:e\s*[,.]?\s*)?(?:p\.?\s?c\.?|per\s+conoscenza)\s*[,.:;]?\s*/i;
var TRAILER = /^\s*(?:loro\s+(?:sedi|sede|pec|indirizzi(?:\s+pec)?)|sede|sedi|(?:indirizzi\s+)?pec|e-?mail)\s*[.,;:]?\s*$/i;
var EMAIL_LINE = /^\s*(?:(?:pec|e-?mail|posta\s+certificata)\s*[:.]?\s*)?[^\s@]+@[^\s@]+\s*$/i;
var EMAIL = /\s*(?:(?:pec|e-?mail)\s*:?\s*)?[^\s@]+@[^\s@]+\.[a-z]{2,}/gi;
var LETTER_DATA = /^\s*(?:allegat[io]|circolare|messaggio|prot(?:ocollo)?|oggetto|classifica|class\.|fascicolo|rif(?:erimento)?\.?|n\.)\b/i;
var CC_LIST_END = 1.5;
function extractAddressees(lines, pageWidth) {
  const firstPage = lines.filter((l) => l.page === lines[0]?.page);
  const subjectAt = subjectLineIndex(firstPage);
  const region = subjectAt >= 0 ? firstPage.slice(0, subjectAt) : firstPage.slice(0, 30);
  const split = pageWidth * 0.35;
  const left = (s) => s.x < split;
  const right = (s) => s.x >= split;
  const out = { recipients: [], cc: [] };
  for (const inColumn of subjectAt >= 0 ? [left, right] : [right]) readColumn(region, inColumn, out);
  return { recipients: distinct(out.recipients), cc: distinct(out.cc) };
}
function readColumn(region, inColumn, out) {
  let inCc = false;
  let block = null;
  const close = () => {
    if (block) {
      const value = fold(block.lines.join(" ").replace(EMAIL, " ")).replace(/[\s,;]+$/, "");
      if (value) (inCc ? out.cc : out.recipients).push({ value, evidence: evidenceOf(block.first, value) });
    }
    block = null;
  };
  let prev;
  for (const line of region) {
    const segs = line.segments.filter(inColumn);
    if (!segs.length) continue;
    const text = segs.map((s) => s.text).join(" ");
    const x = segs[0].x;
    const end = segs[segs.length - 1].end;
    const cc0 = CC_MARK.exec(text);
    if (cc0) {
      close();
      inCc = true;
      const rest = text.slice(cc0[0].length).trim();
      if (rest) block = { lines: [rest], first: line, x, end };
      prev = line;
      continue;
    }
    if (TRAILER.test(text) || EMAIL_LINE.test(text)) {
      close();
      prev = line;
      continue;
    }
    const opens = opensBlock(text);
    const aligned = block !== null && (Math.abs(x - block.x) < 30 || Math.abs(end - block.end) < 6);
    const continues = aligned && !isParagraphBreak(line, prev);
    if (opens) {
      close();
      block = { lines: [text], first: line, x, end };
    } else if (continues && block) {
      block.lines.push(text);
    } else if (inCc && !block && text.length < 90 && line.gapBefore < CC_LIST_END && !LETTER_DATA.test(text)) {
      block = { lines: [text], first: line, x, end };
    } else {
      close();
    }
    prev = line;
  }
  close();
}
function distinct(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((i) => {
    const k = String(i.value).toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// shared/extract/sender.ts
var BODY = new RegExp(
  "^(?:" + [
    "ministero",
    "presidenza\\s+del\\s+consiglio",
    "regione",
    "provincia(?:\\s+autonoma)?",
    "citt[\xE0a](?:\\s+metropolitana)?",
    "comune",
    "unione\\s+(?:dei\\s+)?comuni",
    "comunit[\xE0a]\\s+montana",
    "consorzio",
    "azienda",
    "a\\.?s\\.?l\\.?\\b",
    "a\\.?s\\.?p\\.?\\b",
    "asst\\b",
    "ulss\\b",
    "ausl\\b",
    "istituto",
    "liceo",
    "scuola",
    "circolo\\s+didattico",
    "convitto",
    "universit[\xE0a]",
    "agenzia",
    "inps\\b",
    "inail\\b",
    "anci\\b",
    "prefettura",
    "questura",
    "tribunale",
    "procura",
    "corte",
    "camera\\s+di\\s+commercio",
    "ordine",
    "consiglio\\s+nazionale",
    "ufficio\\s+scolastico",
    "ufficio\\s+di\\s+piano",
    "ambito\\s+(?:territoriale|sociale)",
    "ente\\b",
    "garante",
    "autorit[\xE0a]",
    "dipartimento",
    "roma\\s+capitale",
    "ats\\b",
    "societ[\xE0a]\\s+della\\s+salute",
    "camera\\s+dei\\s+deputati",
    "senato\\b"
  ].join("|") + ")",
  "i"
);
var SCHOOL = /^(?:istituto|liceo|scuola|circolo\s+didattico|convitto|i\.\s?c\.|i\.\s?i\.\s?s\.)/i;
var SKIP = /^(?:repubblica\s+italiana|unione\s+europea)$/i;
var CONTINUATION = /^(?:e|ed|del|della|delle|dei|degli|dello|di|per|in)\s/i;
var ACRONYM = /^(?:asl|asp|ats|asst|ulss|ausl|inps|inail|anci|usr|ipab|ssn|aoo|uti|uoc)$/i;
var PARTICLE = /^(?:di|del|della|delle|dei|degli|dello|e|ed|per|in|a|al|alla|alle|ai|agli|con|su|da|dal|sul|sulla|nel|nella)$/i;
function extractSender(lines) {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const subjectAt = subjectLineIndex(first);
  const head = first.slice(0, subjectAt >= 0 ? Math.min(subjectAt, 14) : 10);
  const candidates = [];
  for (let i = 0; i < head.length; i++) {
    head[i].segments.forEach((seg, k) => {
      const text = unspaced(fold(seg.text));
      if (SKIP.test(text) || !BODY.test(text) || text.length > 90) return;
      if (/[.;:]$/.test(text) && !/\b[A-Z]\.$/.test(text)) return;
      let name = text;
      const next = head[i + 1]?.segments[k];
      if (next && CONTINUATION.test(next.text) && Math.abs(head[i + 1].size - head[i].size) < 1.5) name += " " + fold(next.text);
      candidates.push({ value: titleCase(stripTail(name)), evidence: evidenceOf(head[i], seg.text) });
    });
  }
  if (!candidates.length) return null;
  return candidates.find((c) => SCHOOL.test(c.value)) ?? candidates[0];
}
function unspaced(text) {
  if (!new RegExp("^(?:\\p{L}{1,2} ){4,}\\p{L}{1,2}$", "u").test(text)) return text;
  const joined = text.replace(/ /g, "");
  const m = new RegExp("^(citt[\xE0a]|comune|regione|provincia|ministero|prefettura|azienda|unione)(metropolitana)?(di|del|della|dei|delle|degli|dell['\u2019])?(\\p{L}{3,})$", "iu").exec(joined);
  return m ? [m[1], m[2], m[3], m[4]].filter(Boolean).join(" ") : text;
}
function stripTail(name) {
  return name.split(/\s+[–—-]\s+|\s*\|\s*/)[0].trim();
}
function titleCase(s) {
  const letters = s.replace(/[^\p{L}]/gu, "");
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  if (upper < letters.length * 0.5) return s;
  return s.split(/(\s+|(?<=['’]))/u).map((w, i) => {
    if (!new RegExp("\\p{L}", "u").test(w)) return w;
    if (ACRONYM.test(w) || !/[aeiouàèéìòùAEIOUÀÈÉÌÒÙ]/u.test(w)) return w.toUpperCase();
    const lower = w.toLocaleLowerCase("it");
    if (i > 0 && (PARTICLE.test(lower) || /^(?:dell|dall|nell|sull|all|d|l)['’]$/.test(lower))) return lower;
    return lower.charAt(0).toLocaleUpperCase("it") + lower.slice(1);
  }).join("");
}

// shared/extract/protocol.ts
var LABEL = /\bprot(?:ocollo)?\.?(?:\s*(?:generale|in\s+(?:uscita|entrata)|n\.?\s*(?:di\s+)?prot\.?))?\s*(?:n(?:r|um|umero)?\.?\s*°?|°)?(?:\s*\/\s*n\.?)?\s*[:.]?\s*/gi;
var DATE_FIRST = /^(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})\s*[-–,]\s*(?:n\.?\s*)?(?<num>\d{3,})\b/u;
var NUMBER = /^(?:(?:[A-Z][A-Z0-9_.]*[A-Z_]|[a-z]_[a-z]+)[\s.:-]+|AOO[A-Z0-9_.-]*\s*\/\s*)*(?<num>\d+(?:\s*\/\s*[\dA-Za-z]+(?:\.[\dA-Za-z]+)*)*)/u;
var SEGNATURA = /REGISTRO\s+UFFICIALE\s*(?:\.\s*|\(\s*)(?<dir>[UIE])\s*\)?\s*\.\s*(?<num>\d+)\s*\.\s*(?<d>\d{2})-(?<m>\d{2})-(?<y>\d{4})/i;
var REGISTER_STAMP = /\b[A-Z][A-Z_]*PROT[A-Z_]*\s*[-–:]?\s*(?<num>\d{3,})\s*[-–]?\s*(?<dir>Uscita|Ingresso|Entrata|Interno)\b\s*[-–]?\s*(?:del\s+)?(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})/i;
var INCOMING = /\b(?:ingresso|entrata|in\s+arrivo|arrivo)\b/i;
var GENERAL_REGISTER = /\bPG\s*\/\s*\d{4}\s*\/\s*(?<num>\d{3,})\s+del\s+(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})\b/;
var STAMP_NUMBER = /^\s*(?:n(?:r|um)?\.?|numero)\s*[:°]?\s*(?<num>\d[\d/]*)/i;
function extractProtocol(lines) {
  const firstPage = lines.filter((l) => l.page === lines[0]?.page);
  const head = [...firstPage.slice(0, 40), ...firstPage.slice(40).filter((l) => l.origins?.length)];
  for (let i = 0; i < head.length; i++) {
    for (const seg of head[i].segments) {
      const s = SEGNATURA.exec(seg.text) ?? REGISTER_STAMP.exec(seg.text) ?? GENERAL_REGISTER.exec(seg.text);
      if (s?.groups?.dir && !/^(?:U|uscita|interno)$/i.test(s.groups.dir)) continue;
      if (s?.groups) {
        const g = s.groups;
        return { value: { number: g.num, date: isoDate(Number(g.y), Number(g.m), Number(g.d)) }, evidence: evidenceOf(head[i], seg.text) };
      }
    }
  }
  for (let i = 0; i < head.length; i++) {
    for (const seg of head[i].segments) {
      LABEL.lastIndex = 0;
      if (INCOMING.test(seg.text)) continue;
      for (let m = LABEL.exec(seg.text); m; m = LABEL.exec(seg.text)) {
        if (!/prot/i.test(m[0])) continue;
        if (/\b(?:rif|riferimento|riscontro|risposta|vs|vostr[ao]|nota|vostra\s+nota)\b\.?[^]{0,25}$/i.test(seg.text.slice(0, m.index))) continue;
        const rest = seg.text.slice(m.index + m[0].length);
        const df = DATE_FIRST.exec(rest);
        if (df?.groups) {
          const g = df.groups;
          return { value: { number: g.num, date: isoDate(Number(g.y), Number(g.m), Number(g.d)) }, evidence: evidenceOf(head[i], seg.text) };
        }
        const n = NUMBER.exec(rest);
        if (n?.groups && !looksLikeDate(rest)) {
          const sameLine = head[i].segments.filter((s) => s !== seg).map((s) => s.text).join(" ");
          const date = dateAfter(rest.slice(n[0].length), head, i) ?? firstDate(sameLine) ?? firstDate(seg.text.slice(0, m.index));
          return { value: { number: n.groups.num.replace(/\s+/g, ""), date }, evidence: evidenceOf(head[i], seg.text) };
        }
        const found = numberNearby(head, i);
        if (found) return found;
      }
    }
  }
  return null;
}
function numberNearby(head, at) {
  for (let j = at + 1; j < Math.min(head.length, at + 4); j++) {
    for (const seg of head[j].segments) {
      const n = STAMP_NUMBER.exec(seg.text);
      if (n?.groups) {
        return { value: { number: n.groups.num, date: dateAfter(seg.text.slice(n[0].length), head, j) }, evidence: evidenceOf(head[j], seg.text) };
      }
    }
  }
  return null;
}
function firstDate(text) {
  const m = dateRegex().exec(text);
  return m ? dateOf(m, { reference: null }).iso : null;
}
function looksLikeDate(rest) {
  return /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(rest);
}
function dateAfter(rest, lines, at) {
  const re = dateRegex();
  const m = re.exec(rest);
  if (m && m.index < 30) return dateOf(m, { reference: null }).iso;
  for (const seg of lines[at + 1]?.segments ?? []) {
    if (!/^\s*(?:del|data|in\s+data)\b/i.test(seg.text)) continue;
    const m2 = dateRegex().exec(seg.text);
    if (m2) return dateOf(m2, { reference: null }).iso;
  }
  return null;
}

// shared/extract/document-date.ts
var PLACE_AND_DATE = new RegExp(`^\\s*(?<place>[\\p{L}'\u2019.-]+(?:\\s+[\\p{L}'\u2019.-]+){0,3}?)\\s*,?\\s*(?:l[i\xEC]|add[i\xEC])?\\s*,?\\s*(?:${DATE_SOURCE})\\s*(?:\\.|\\s[\u2013\u2014-]\\s.*)?\\s*$`, "iu");
var PLACE = new RegExp("^\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|di|del|della|sul|sulla|in|d['\u2019]\\p{L}+))*$", "u");
var STAMP_LABEL = /^(?:data|del|in\s+data|prot(?:ocollo)?|n|nr|num|numero|registro|reg|class|pg|arrivo|partenza)\.?$/i;
var ACT_HEADING = new RegExp(
  `\\b(?:decreto|deliberazione|delibera|determinazione|determina|ordinanza|provvedimento|d\\.?\\s?g\\.?\\s?r\\.?|d\\.?\\s?d\\.?)\\b[^\\n]{0,60}?\\bn\\.?\\s*[A-Z]{0,3}\\d+[^\\n]{0,10}?\\bdel\\s+(?:${DATE_SOURCE})`,
  "i"
);
var PUBLISHED = new RegExp(`\\b(?:pubblicat[oa]\\s+(?:il|in\\s+data)|data\\s+(?:di\\s+)?pubblicazione\\s*:?)\\s*(?:${DATE_SOURCE})`, "i");
function extractDocumentDate(lines, protocol) {
  for (const line of lines) {
    for (const seg of line.segments) {
      const m = PLACE_AND_DATE.exec(seg.text);
      if (m && PLACE.test(m.groups.place) && !STAMP_LABEL.test(m.groups.place)) {
        const iso = dateOf(shift(m, DATE_SOURCE, seg.text), { reference: null }).iso;
        if (iso) return { value: iso, evidence: evidenceOf(line, seg.text) };
      }
    }
  }
  if (protocol?.value.date) return { value: protocol.value.date, evidence: protocol.evidence };
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const subjectAt = subjectLineIndex(first);
  const head = first.slice(0, subjectAt >= 0 ? subjectAt : 8);
  for (let i = 0; i < head.length; i++) {
    const text = head[i].text + " " + (head[i + 1]?.text ?? "");
    const m = ACT_HEADING.exec(text);
    if (m && m.index < head[i].text.length) {
      const iso = dateOf(shift(m, DATE_SOURCE, text), { reference: null }).iso;
      if (iso) return { value: iso, evidence: evidenceOf(head[i]) };
    }
  }
  for (const line of lines) {
    const m = PUBLISHED.exec(line.text);
    if (m) {
      const iso = dateOf(shift(m, DATE_SOURCE, line.text), { reference: null }).iso;
      if (iso) return { value: iso, evidence: evidenceOf(line) };
    }
  }
  return null;
}
function shift(m, source, text) {
  const re = new RegExp(source, "gi");
  let last = null;
  const end = m.index + m[0].length;
  re.lastIndex = m.index;
  for (let d = re.exec(text); d && d.index < end; d = re.exec(text)) last = d;
  return last ?? m;
}

// shared/extract/deadlines.ts
var CUE = String.raw`(?:entro(?:\s+e\s+non\s+oltre)?|non\s+oltre|(?:sino|fino)\s+alle\s+ore\s+\d{1,2}(?:[:.]\d{2})?|termine\s+(?:ultimo|perentorio|massimo)|scadenza|improrogabilmente|inderogabilmente)`;
var DEADLINE = new RegExp(`\\b${CUE}\\b(?<gap>(?:[^\\n.;]|(?<=\\d)\\.(?=\\d)){0,90}?(?:\\n(?:[^\\n.;]|(?<=\\d)\\.(?=\\d)){0,60}?)?)(?:${DATE_SOURCE})`, "gi");
function extractDeadlines(source, ctx) {
  const out = /* @__PURE__ */ new Map();
  const re = new RegExp(DEADLINE.source, DEADLINE.flags);
  for (let m = re.exec(source.text); m; m = re.exec(source.text)) {
    const gap = m.groups?.gap ?? "";
    if (/\bgiorni\b|\bmesi\b|\bdall?[a']?\b/i.test(gap)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const at = m.index + m[0].length;
    const date = dateOf(lastDateIn(m[0], m.index), ctx);
    if (!date.iso || out.has(date.iso)) continue;
    out.set(date.iso, { value: date.iso, evidence: source.evidenceAt(m.index, at - m.index) });
  }
  if (ctx.reference) {
    const [y, mo] = ctx.reference.split("-").map(Number);
    for (const m of source.text.matchAll(CURRENT_MONTH)) {
      const iso = isoDate(y, mo, Number(m.groups.d));
      if (iso && !out.has(iso)) out.set(iso, { value: iso, evidence: source.evidenceAt(m.index, m[0].length) });
    }
  }
  for (const column of source.tables) {
    if (!DEADLINE_HEADER.test(column.header)) continue;
    for (const cell of column.cells) {
      const m = dateRegex("i").exec(cell.text);
      if (!m || /\b(?:dal|dall[oa']|a\s+decorrere|a\s+partire)\b/i.test(cell.text.slice(0, m.index))) continue;
      const date = dateOf(m, ctx);
      if (date.iso && !out.has(date.iso)) out.set(date.iso, { value: date.iso, evidence: evidenceOf(cell.line) });
    }
  }
  return [...out.values()];
}
var CURRENT_MONTH = new RegExp(`\\b${CUE}\\s+(?:il\\s+(?:giorno\\s+)?)?(?<d>\\d{1,2})\\s+(?:c\\.\\s?m\\.|corrente\\s+mese|del\\s+mese\\s+corrente)`, "gi");
var DEADLINE_HEADER = /^(?:termine|termini|scadenz[ae]|data\s+(?:di\s+)?scadenza|entro\s+il|entro)\b/i;
function lastDateIn(text, offset) {
  const re = new RegExp(DATE_SOURCE, "gi");
  let last = null;
  for (let d = re.exec(text); d; d = re.exec(text)) last = d;
  const m = last;
  m.index += offset;
  return m;
}

// shared/extract/meetings.ts
var CONVENES = /\b(?:convoca(?:t[aoie])?|convocazione|è\s+indett[ao]|si\s+terr[àa]|avr[àa]\s+luogo|riunione|incontro|seduta|assemblea|conferenza\s+(?:dei\s+servizi|dei\s+sindaci)|tavolo|comitato|videoconferenza|webinar)\b/i;
var PAST = /\b(?:a\s+seguito|si\s+è\s+(?:svolt|tenut|riunit)|(?:si\s+)?sono\s+riunit|svoltosi|tenutosi|nel\s+corso\s+del(?:l['’])?|in\s+occasione|nella\s+seduta\s+del)/i;
var TIME = /\b(?:(?:ore|h\.?|ora(?:rio)?\s*:)\s*(?<h>[012]?\d)(?:[:.,](?<m>[0-5]\d))?|alle\s+(?<h2>[012]?\d)[:.](?<m2>[0-5]\d))(?!\s*(?:giorni|mesi))\b/gi;
var END_TIME = /\bdalle\s+(?:ore\s*)?[012]?\d(?:[:.,][0-5]\d)?\s+alle\s+$/i;
var NEXT_DAY = /^\s*,?\s*(?:del|il|nel)\s+giorno\s+(?:successivo|seguente|dopo)\b|^\s*,?\s*dell['’]indomani\b/i;
var DEADLINE_TIME = /(?:entro|sino|fino|non\s+oltre)\s+(?:alle\s+)?(?:le\s+)?$/i;
function extractMeetings(source, ctx) {
  const out = /* @__PURE__ */ new Map();
  for (const sentence of sentencesOf(source.text)) {
    if (!CONVENES.test(sentence.text)) continue;
    const dates = [...sentence.text.matchAll(dateRegex())].map((m) => ({ at: m.index, iso: dateOf(m, ctx).iso, text: m[0] }));
    if (!dates.length) continue;
    for (const t of sentence.text.matchAll(TIME)) {
      const before = sentence.text.slice(Math.max(0, t.index - 20), t.index);
      if (DEADLINE_TIME.test(before)) continue;
      if (END_TIME.test(sentence.text.slice(Math.max(0, t.index - 40), t.index))) continue;
      if (/\ba\s+partire\s+dalle\s+$/i.test(sentence.text.slice(Math.max(0, t.index - 20), t.index))) continue;
      const h = Number(t.groups.h ?? t.groups.h2);
      if (h > 23) continue;
      const clauseStart = Math.max(0, t.index - 200);
      const context = sentence.text.slice(clauseStart, t.index + 80);
      if (PAST.test(context) && !/\bconvoca/i.test(context)) continue;
      const date = nearest(dates, t.index);
      if (!date?.iso) continue;
      const time = `${String(h).padStart(2, "0")}:${t.groups.m ?? t.groups.m2 ?? "00"}`;
      const iso = NEXT_DAY.test(sentence.text.slice(t.index + t[0].length, t.index + t[0].length + 40)) ? dayAfter(date.iso) : date.iso;
      const key = `${iso} ${time}`;
      if (!out.has(key)) out.set(key, { value: { date: iso, time }, evidence: source.evidenceAt(sentence.start + t.index, t[0].length) });
    }
  }
  return [...out.values()];
}
function dayAfter(iso) {
  const d = /* @__PURE__ */ new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
function nearest(dates, at) {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (dates[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? dates[lo - 1] : void 0;
  const after = dates[lo];
  if (before && at - before.at < 160) return before;
  if (after && after.at - at < 80) return after;
  return before;
}
function sentencesOf(text) {
  const out = [];
  const re = new RegExp("[^]*?(?:(?<!\\b(?:p\\.v|n|art|artt|ss|prot|dott|sig|ecc|c\\.a|u\\.s|ore|h))\\.(?=\\s+\\p{Lu})|$)", "gu");
  let m;
  let start = 0;
  while (start < text.length && (m = re.exec(text)) && m[0].length) {
    out.push({ text: m[0], start: m.index });
    start = m.index + m[0].length;
  }
  return out;
}

// shared/extract/legal-references.ts
var TYPES = [
  ["L.R.", /l\.\s*r\.|legge\s+regionale/],
  ["D.Lgs.", /d\.?\s*(?:lgs|lsg)\.?|d\.?\s*leg\.?vo|decreto\s+legislativo|t\.?\s*u\.?\s*e\.?\s*l\.?|testo\s+unico\s+(?:delle\s+leggi\s+sull['’]ordinamento\s+)?degli\s+enti\s+locali/],
  ["D.P.C.M.", /d\.?\s*p\.?\s*c\.?\s*m\.?|decreto\s+del\s+presidente\s+del\s+consiglio\s+dei\s+ministri/],
  ["D.P.R.", /d\.?\s*p\.?\s*r\.?|decreto\s+del\s+presidente\s+della\s+repubblica/],
  ["D.L.", /d\.\s*l\.|dl|decreto[\s-]+legge/],
  // "DGRT", "DGRV": a deliberation of the Giunta regionale with its region's initial.
  ["D.G.R.", /d\.?\s*g\.?\s*r\.?(?:t\.?|v\.?)?|delib(?:era(?:zione)?)?\.?\s+(?:della\s+|di\s+)?giunta\s+regionale/],
  ["D.C.R.", /d\.?\s*c\.?\s*r\.?|delib(?:era(?:zione)?)?\.?\s+(?:del\s+|di\s+)?consiglio\s+regionale/],
  ["D.M.", /d\.\s*m\.|dm|decreto\s+(?:inter)?ministeriale|decreto\s+del\s+ministro(?:\s+(?:del|della|dell['’]|per\s+(?:il|la|le|gli|i)|degli|delle)\s*[a-zàèéìòù'’ ,\s]{3,80}?)?(?=\s+(?:\d|n\.))/],
  ["D.D.", /d\.\s*d\.|decreto\s+(?:dirigenziale|direttoriale)/],
  ["R.R.", /r\.\s*r\.|regolamento\s+regionale/],
  ["Reg. UE", /reg(?:olamento)?\.?\s*\((?:ue|ce)\)|reg(?:olamento)?\.?\s+(?:ue|ce)/],
  ["L.", /l\.|legge(?:\s+(?:delega|quadro))?/]
];
var REGION = String.raw`(?:(?:della\s+)?regione\s+|(?:del|della|dell['’])\s*)?(?:abruzzo|basilicata|calabria|campania|emilia[\s-]romagna|friuli[\s-]venezia[\s-]giulia|lazio|liguria|lombardia|marche|molise|piemonte|puglia|sardegna|sicilia(?:na)?|toscana|trentino[\s-]alto[\s-]adige|umbria|valle\s+d['’]aosta|veneto)`;
var TYPE_SOURCE = TYPES.map(([, re], i) => `(?<t${i}>${re.source})`).join("|");
var REF = new RegExp(
  `(?<![A-Za-z\xC0-\xD6\xD8-\xF6\xF8-\xFF.])(?:${TYPE_SOURCE})\\s*(?:\\((?:ue|ce)\\)\\s*)?(?:${REGION}\\s*)?(?:(?:del\\s+)?(?<date>${DATE_SOURCE.replace(/\?<(\w+)>/g, "?<a_$1>")})\\s*,?\\s*)?(?:n(?:r|um)?\\.?\\s*\xB0?\\s*)?(?:[IVXL]{1,5}\\s*\\/\\s*)?(?<num>(?:\\d{1,3}-)?\\d{1,5})(?!\\d)(?:\\s*(?:bis|ter))?(?:\\s*\\/\\s*(?<y1>\\d{4}|\\d{2})(?!\\d)|\\s+del(?:l['\u2019])?\\s+(?:anno\\s+)?(?<y2>\\d{4})(?!\\d|\\s*[/.-]\\d)|\\s+del\\s+(?<date2>${DATE_SOURCE.replace(/\?<(\w+)>/g, "?<b_$1>")}))?`,
  "gi"
);
var EU_YEAR_FIRST = /(?<![A-Za-zÀ-ÖØ-öø-ÿ.])reg(?:olamento)?\.?\s*\(?(?:ue|ce)\)?\s*(?:n\.?\s*)?(?<y>(?:19|20)\d{2})\s*\/\s*(?<num>\d{1,5})(?!\d)/gi;
var DELIBERATION = new RegExp(`(?<![A-Za-z\xC0-\xD6\xD8-\xF6\xF8-\xFF])deliberazione\\s+n\\.?\\s*(?<num>\\d{1,5})\\s+del\\s+(?<date>${DATE_SOURCE})(?<after>[^.]{0,80})`, "gi");
function extractLegalReferences(source) {
  const found = [];
  const text = source.text;
  for (const m of text.matchAll(REF)) {
    const g = m.groups;
    const ti = TYPES.findIndex((_, i) => g[`t${i}`] !== void 0);
    const type = TYPES[ti][0];
    const year = yearOf(g);
    if (!year || year < 1850 || year > 2100) continue;
    if (type === "Reg. UE" && g.y1 && Number(g.num) >= 1950 && Number(g.num) <= 2100) continue;
    found.push({ value: `${type} ${actNumber(g.num)}/${year}`, evidence: source.evidenceAt(m.index, m[0].length) });
  }
  for (const m of text.matchAll(EU_YEAR_FIRST)) {
    found.push({ value: `Reg. UE ${Number(m.groups.num)}/${m.groups.y}`, evidence: source.evidenceAt(m.index, m[0].length) });
  }
  for (const m of text.matchAll(DELIBERATION)) {
    const organ = /consiglio\s+regionale/i.test(m.groups.after) ? "D.C.R." : /giunta\s+regionale/i.test(m.groups.after) ? "D.G.R." : null;
    const iso = dateOf(reparse(m.groups.date), { reference: null }).iso;
    if (organ && iso) found.push({ value: `${organ} ${Number(m.groups.num)}/${iso.slice(0, 4)}`, evidence: source.evidenceAt(m.index, m[0].length) });
  }
  return distinctCorrected(found);
}
function actNumber(num) {
  return num.split("-").map((part) => String(Number(part))).join("-");
}
function yearOf(g) {
  if (g.y1) return g.y1.length === 2 ? (Number(g.y1) >= 40 ? 1900 : 2e3) + Number(g.y1) : Number(g.y1);
  if (g.y2) return Number(g.y2);
  for (const prefix of ["b_", "a_"]) {
    if (g[`${prefix}ny`]) return g[`${prefix}ny`].length === 2 ? 2e3 + Number(g[`${prefix}ny`]) : Number(g[`${prefix}ny`]);
    if (g[`${prefix}wy`]) return Number(g[`${prefix}wy`]);
  }
  return null;
}
function reparse(dateText) {
  return new RegExp(DATE_SOURCE, "i").exec(dateText);
}
function distinctCorrected(found) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of found) counts.set(f.value, (counts.get(f.value) ?? 0) + 1);
  const out = /* @__PURE__ */ new Map();
  for (const f of found) {
    const [type, ref] = splitRef(f.value);
    const twin = type === "D.L." ? "D.Lgs." : type === "D.Lgs." ? "D.L." : null;
    if (twin && (counts.get(`${twin} ${ref}`) ?? 0) > (counts.get(f.value) ?? 0)) continue;
    if (!out.has(f.value)) out.set(f.value, f);
  }
  return [...out.values()];
}
function splitRef(v) {
  const i = v.lastIndexOf(" ");
  return [v.slice(0, i), v.slice(i + 1)];
}

// shared/extract/emails.ts
var EMAIL2 = /(?:mailto:)?([a-z0-9](?:[a-z0-9._%+-]*[a-z0-9_])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,})/gi;
var MAX = 254;
function extractEmails(source) {
  const out = /* @__PURE__ */ new Map();
  const text = source.text;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let from = at;
    while (from > 0 && at - from < MAX && !/\s/.test(text[from - 1])) from--;
    let to = at + 1;
    while (to < text.length && to - at < MAX && !/\s/.test(text[to])) to++;
    const window = text.slice(from, to);
    EMAIL2.lastIndex = 0;
    for (const m of window.matchAll(EMAIL2)) {
      const value = m[1].toLowerCase();
      if (!out.has(value)) out.set(value, { value, evidence: source.evidenceAt(from + m.index, m[0].length) });
    }
  }
  return [...out.values()];
}

// shared/extract/signatories.ts
var ROLE_WORD = String.raw`(?:dirigente|direttore|direttrice|responsabile|presidente|sindac[oa]|segretari[oa]|coordinat(?:ore|rice)|funzionari[oa]|assessore|commissari[oa]|capo|ministr[oa]|sottosegretari[oa]|referente|istruttore|vice\s*\S+|dirigente\s+scolastic[oa]|rettore|prefetto|questore|garante|delegat[oa]|amministratore|legale\s+rappresentante|titolare|incaricat[oa]|rup|ufficiale)`;
var ROLE = new RegExp(String.raw`^(?:(?:il|la|lo|l['’])\s*)?${ROLE_WORD}\b`, "i");
var ROLE_CONTINUATION = /^(?:del|della|delle|dei|degli|dello|dell['’]|di|e|ed|per|alla|alle|al|ai|agli|servizi|area|settore|ufficio|u\.?o\.?[cs]?\.?d?|p\.?o\.?)\b/i;
var TITLES = /\b(?:f\.?\s?to|firmato(?:\s+digitalmente)?(?:\s+da\s*:?)?|(?:il|la)\s+sottoscritt[oa]|dott\.?\s?ssa|dott\.?|dr\.?\s?ssa|dr\.?|avv\.?|prof\.?\s?ssa|prof\.?|ing\.?|arch\.?|sig\.?\s?ra|sig\.?|rag\.?|geom\.?|on\.?|cons\.?|pres\.?|gen\.?|col\.?|sen\.?|mons\.?|p\.\s?i\.?|d\.ssa)(?=\s|$)/gi;
var SIGNED_LINE = new RegExp(String.raw`^((?:il|la|lo|l['’])\s*${ROLE_WORD}\b[^–—]{0,80}?)\s+[–—-]\s+(f\.?\s?to\s.+)$`, "i");
var CONTACT = /@|\bwww\.|\btel\.|\bfax\b|\bp\.?\s?iva\b/i;
var OFFICE_WORD = /\b(?:social[ei]|servizi?o?|sezione|area|settore|ufficio|politiche|programmazione|inclusione|integrazione|direzione|dipartimento|ambito|attiva|territoriale|generale|regionale|amministrativ[oa]|finanziari[oa]|tecnic[oa]|sociosanitari[ao]|u\.?o\.?c\.?)\b/i;
var CLOSING = /\b(?:cordiali\s+saluti|distinti\s+saluti|saluti\s+cordiali|si\s+porgono|si\s+inviano|con\s+osservanza|ringrazi|restando\s+a\s+disposizione)/i;
var NOT_NAME = /\d|@|\b(?:documento|firmat[oa]\s+digitalmente\s+ai|sensi|codice|art\.|d\.?\s?lgs|pagina|www\.|tel\.|fax|via\b|piazza|pec\b|siglato)\b/i;
function extractSignatories(lines, pageWidth) {
  if (!lines.length) return [];
  const lastPage = lines[lines.length - 1].page;
  const pageLines = lines.filter((l) => l.page >= lastPage - 1);
  let from = pageLines.findLastIndex((l) => CLOSING.test(l.text));
  if (from < 0) from = Math.max(0, pageLines.length - 25);
  const after = pageLines.slice(from + (CLOSING.test(pageLines[from]?.text ?? "") ? 1 : 0));
  const firstRole = Math.max(0, after.findIndex((l) => l.segments.some((s) => ROLE.test(s.text.trim()))));
  const tail = after.slice(firstRole);
  const columns = splitColumns(tail, pageWidth);
  const out = pageLines.flatMap((line) => {
    const m = SIGNED_LINE.exec(fold(line.text));
    const name = m ? nameOf(m[2]) : null;
    return m && name ? [{ value: { role: m[1].trim(), name }, evidence: evidenceOf(line) }] : [];
  });
  for (const column of columns) out.push(...blocksOf(column));
  const seen = /* @__PURE__ */ new Set();
  return out.filter((s) => {
    const k = `${s.value.role}|${s.value.name}`.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function splitColumns(tail, pageWidth) {
  const cells = [];
  for (const line of tail) {
    for (const seg of line.segments) {
      if (seg.end - seg.x > pageWidth * 0.45 || seg.text.split(/\s+/).length > 8 && !ROLE.test(seg.text)) continue;
      if (CONTACT.test(seg.text)) continue;
      cells.push({ text: seg.text, line, x: seg.x, end: seg.end });
    }
  }
  const spans = [...cells].sort((a, b) => a.x - b.x);
  const columns = [];
  for (const c of spans) {
    const last = columns[columns.length - 1];
    if (last && c.x <= last.end + 2) last.end = Math.max(last.end, c.end);
    else columns.push({ x: c.x, end: c.end });
  }
  return columns.map((col) => cells.filter((c) => c.x >= col.x && c.x <= col.end));
}
function blocksOf(cells) {
  const out = [];
  let role = null;
  let roleLine = null;
  const flush = (name) => {
    if (role && roleLine) out.push({ value: { role: fold(role.join(" ")), name }, evidence: evidenceOf(roleLine) });
    role = null;
    roleLine = null;
  };
  let prev = null;
  for (const cell of cells) {
    const text = fold(cell.text);
    if (!text) continue;
    const gapBreak = prev && cell.line.gapBefore >= BLOCK_GAP;
    const sentenceEnd = /[;:]$/.test(text) || /\.$/.test(text) && !new RegExp("(?:\\b\\p{Lu}\\.)+$", "u").test(text);
    if (ROLE.test(text) && text.length <= 80 && !sentenceEnd && !/:|@/.test(text) && !/\b(?:è|sono|ha|hanno|deve|può|provvede)\b/i.test(text)) {
      flush(null);
      role = [text];
      roleLine = cell.line;
    } else if (role && !gapBreak && (ROLE_CONTINUATION.test(text) || OFFICE_WORD.test(text)) && text.length <= 80 && !TITLES.test(resetting(text))) {
      role.push(text);
    } else if (role) {
      const name = nameOf(text);
      if (name) flush(name);
      else if (text.length > 60 || /[;:]$/.test(text) || /^(?:vist[oaie]|richiamat[oaie]|considerat[oaie]|premesso|rilevat[oaie]|decreta|determina|delibera)\b/i.test(text)) {
        role = null;
        roleLine = null;
      } else if (gapBreak || NOT_NAME.test(text)) flush(null);
    }
    prev = cell;
  }
  flush(null);
  return out;
}
function resetting(text) {
  TITLES.lastIndex = 0;
  return text;
}
function nameOf(text) {
  if (NOT_NAME.test(text)) return null;
  const bracketed = new RegExp("^\\(\\s*(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,3})\\s*\\)$", "u").exec(text.trim());
  if (bracketed) return bracketed[1];
  const bare = fold(text.replace(/[()[\]]/g, " ").replace(TITLES, " ").replace(/^[\s,.:-]+|[\s,.:-]+$/g, ""));
  const words = bare.split(" ").filter(Boolean);
  if (words.length < 2 || words.length > 5) return null;
  if (!words.every((w) => new RegExp("^\\p{Lu}[\\p{L}'\u2019.-]*$", "u").test(w) || new RegExp("^[dl]['\u2019]\\p{Lu}", "u").test(w) || /^(?:de|di|da|del|della|dello|van|von|la|lo)$/i.test(w))) return null;
  return bare;
}

// shared/extract/amounts.ts
var NUMBER2 = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?`;
var SCALE = String.raw`(?:\s*(?<scale>mila|milioni|mln|miliardi|mld|mln\.|k)\b)?`;
var BEFORE = new RegExp(String.raw`(?:€|\beuro\b|\beur\b)[^\S\t]*(?<n>${NUMBER2})${SCALE}`, "gi");
var AFTER = new RegExp(String.raw`(?<![\d.,])(?<n>${NUMBER2})${SCALE}[^\S\t]*(?:di\s+)?(?:€|euro\b|eur\b)`, "gi");
var RANGE = new RegExp(String.raw`\b(?:da|tra)[^\S\t]+(?<from>${NUMBER2})[^\S\t]+(?:a|e)[^\S\t]+(?:${NUMBER2})(?:[^\S\t]*(?<scale>mila|milioni|mln|miliardi|mld)\b)?[^\S\t]*(?:di[^\S\t]+)?(?:€|euro\b)`, "gi");
var TABLE_FIGURE = /(?<![\d.,/])(\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d+,\d{2})(?![\d.,/%])/g;
var NOT_MONEY_HEADER = /\b(?:popolazione|abitanti|residenti|utenti|beneficiari|nuclei|famiglie|minori|anziani|persone|posti|ore|giorni|mesi|anni|numero|n\.|codice|cap|percentuale|quota\s*%)|%/i;
var MONEY_HEADER = /€|\beuro\b|\bimport[oi]\b|\bassegnazion|\bstanziament|\bfinanziament|\bcontribut|\brisorse\b|\bbudget\b|\bspesa\b|\bcost[oi]\b/i;
var MONEY_CELL = /^\s*(?:€\s*)?(\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d+,\d{2})(?:\s*€)?\s*$/;
var CENTS_CELL = /^\s*(?:€\s*)?(\d{1,3}(?:\.\d{3})+,\d{2}|\d{4,},\d{2})(?:\s*€)?\s*$/;
var IN_CENTS = /\d,\d{2}(?!\d)/;
var MONEY_CONTEXT = /€|\beuro\b|\bimport[oi]\b|\brisorse\b|\bstanziament|\bfinanziament|\bfondo\b|\bbudget\b|\bquota\b|\bcontribut/i;
function extractAmounts(source) {
  const out = /* @__PURE__ */ new Map();
  const add = (value, at, len) => {
    if (value === null || !(value > 0) || out.has(value)) return;
    out.set(value, { value, evidence: source.evidenceAt(at, len) });
  };
  const addFromLine = (figure, line) => {
    const value = figure === void 0 ? null : toEuros(figure, void 0);
    if (value !== null && value > 0 && !out.has(value)) out.set(value, { value, evidence: evidenceOf(line) });
  };
  for (const re of [BEFORE, AFTER]) {
    for (const m of source.text.matchAll(re)) add(toEuros(m.groups.n, m.groups.scale), m.index, m[0].length);
  }
  for (const m of source.text.matchAll(RANGE)) add(toEuros(m.groups.from, m.groups.scale), m.index, m[0].length);
  const columns = source.tables;
  const notMoney = /* @__PURE__ */ new Map();
  for (const column of columns) {
    if (isMoneyColumn(column)) {
      for (const cell of column.cells) addFromLine(MONEY_CELL.exec(cell.text)?.[1], cell.line);
    } else if (NOT_MONEY_HEADER.test(column.header) || countsBesideCents(column, columns)) {
      for (const { line, index } of column.cells) notMoney.set(line, (notMoney.get(line) ?? /* @__PURE__ */ new Set()).add(index));
    }
  }
  const moneyPages = moneyPagesOf(source.lines);
  for (const line of source.lines) {
    if (!moneyPages.has(line.page)) continue;
    line.segments.forEach((seg, c) => {
      if (!notMoney.get(line)?.has(c)) addFromLine(CENTS_CELL.exec(seg.text)?.[1], line);
    });
  }
  for (const line of tableRows(source.lines, moneyPages)) {
    const cells = line.segments.filter((_, c) => !notMoney.get(line)?.has(c)).map((s) => s.text).join("	");
    const inCents = IN_CENTS.test(cells);
    for (const m of cells.matchAll(TABLE_FIGURE)) {
      if (inCents && !m[1].includes(",")) continue;
      if ((toEuros(m[1], void 0) ?? 0) >= 1e3) addFromLine(m[1], line);
    }
  }
  return [...out.values()];
}
function isMoneyColumn(column) {
  return MONEY_HEADER.test(column.header) && !/%|\bpercentual/i.test(column.header);
}
function countsBesideCents(column, columns) {
  const whole = column.cells.length > 0 && column.cells.every((c) => /^\d{1,3}(?:\.\d{3})*$/.test(c.text));
  return whole && columns.some((o) => o.table === column.table && o !== column && o.cells.some((c) => IN_CENTS.test(c.text)));
}
function moneyPagesOf(lines) {
  const byPage = /* @__PURE__ */ new Map();
  for (const l of lines) (byPage.get(l.page) ?? byPage.set(l.page, []).get(l.page)).push(l.text);
  return new Set([...byPage].filter(([, texts]) => MONEY_CONTEXT.test(texts.join("\n"))).map(([page]) => page));
}
function tableRows(lines, moneyPages) {
  return lines.filter((l) => moneyPages.has(l.page) && (l.text.match(TABLE_FIGURE) ?? []).length >= 2);
}
function toEuros(n, scale) {
  const value = Number(n.replace(/\./g, "").replace(",", "."));
  if (!Number.isFinite(value)) return null;
  const k = (scale ?? "").toLowerCase().replace(".", "");
  const factor = k === "mila" || k === "k" ? 1e3 : k === "milioni" || k === "mln" ? 1e6 : k === "miliardi" || k === "mld" ? 1e9 : 1;
  return Math.round(value * factor * 100) / 100;
}

// shared/extract/tags.ts
var TAGS = [
  ["LEPS supervisione", /supervisione\s+(?:del\s+personale|professionale)|leps\s+supervisione/i],
  ["LEPS pronto intervento sociale", /pronto\s+intervento\s+sociale/i],
  ["LEPS dimissioni protette", /dimissioni\s+protette/i],
  ["LEPS prevenzione allontanamento familiare", /prevenzione\s+dell['’]allontanamento/i],
  ["LEPS residenza fittizia", /residenza\s+fittizia|residenza\s+virtuale/i],
  ["LEPS dopo di noi e vita indipendente", /dopo\s+di\s+noi|vita\s+indipendente/i],
  ["FNPS", /\bFNPS\b|fondo\s+nazionale\s+(?:per\s+le\s+)?politiche\s+sociali/i],
  ["Fondo Povert\xE0", /fondo\s+(?:per\s+la\s+lotta\s+alla\s+)?povert[àa]|\bfondo\s+povert/i],
  ["FNA", /\bFNA\b|fondo\s+(?:per\s+le\s+)?non\s+autosufficienz/i],
  ["PNRR", /\bPNRR\b|piano\s+nazionale\s+di\s+ripresa\s+e\s+resilienza/i],
  ["PNRR M5C2 1.1.4", /M5\s*C2[^\n]{0,40}1\.1\.4|investimento\s+1\.1\.4|linea\s+1\.1\.4/i],
  ["PN Inclusione", /\bPN\s+inclusione|programma\s+nazionale\s+inclusione/i],
  ["Multifondo", /multifondo/i],
  ["SIOSS", /\bSIOSS\b/u],
  ["SIUSS", /\bSIUSS\b/u],
  ["GePI", /\bGePI\b/i],
  ["ADI", /\bADI\b|assegno\s+di\s+inclusione/u],
  ["POA", /\bPOA\b|piano\s+operativo\s+analitico/i]
];
function extractTags(text) {
  return TAGS.filter(([, re]) => re.test(text)).map(([tag]) => tag);
}

// shared/extract/doc-type.ts
var HEADINGS = [
  ["circolare", /^\s*circolare\b/i],
  ["decreto", /^\s*(?:decreto|determinazione|il\s+(?:direttore|dirigente|ministro|presidente)[^\n]{0,80}\bdecreta\b)|^\s*decreta\s*:?\s*$/i],
  ["delibera", /^\s*(?:delibera(?:zione)?|verbale\s+di\s+delibera)/i],
  // "AVVISO DI CONVOCAZIONE": a notice that calls a meeting is a convocation.
  ["convocazione", /^\s*(?:avviso\s+di\s+)?convocazione\b/i],
  ["avviso", /^\s*avviso\b/i],
  ["comunicato", /^\s*comunicato(?:\s+stampa)?\b/i],
  ["modulo", /^\s*(?:modulo|modello|schema\s+di\s+domanda|domanda\s+di|format\b|scheda\s+di\s+rilevazione)/i]
];
var ISSUES_CIRCULARS = /^(?:ministero|presidenza\s+del\s+consiglio|regione|provincia\s+autonoma|dipartimento|istituto\s+nazionale|inps|inail|agenzia)\b/i;
function classifyDocType(c) {
  const first = c.lines.filter((l) => l.page === c.lines[0]?.page);
  const subjectAt = subjectLineIndex(first);
  const head = first.slice(0, subjectAt >= 0 ? subjectAt : 12);
  for (const [type, re] of HEADINGS) if (head.some((l) => re.test(l.text))) return type;
  for (const l of c.lines) {
    const verb = l.text.replace(/[\s:]/g, "").toLowerCase();
    if (verb === "decreta" || verb === "determina") return "decreto";
    if (verb === "delibera") return "delibera";
  }
  if (c.meetings > 0 || c.subject && /\bconvoca(?:zione)?\b/i.test(c.subject)) return "convocazione";
  const own = /\b(?:la|alla|della|dalla|nella|questa)\s+presente\s+(nota|circolare)\b/i.exec(c.lines.map((l) => l.text).join("\n"))?.[1];
  if (own) return own.toLowerCase();
  const addressed = c.recipients.length > 0;
  if (c.subject && addressed) {
    const toMany = c.recipients.length > 1 || c.recipients.some((r) => /^(?:ai|agli|alle)\b|\bloro\s+sedi\b|\bin\s+indirizzo\b/i.test(r));
    if (toMany && c.sender && ISSUES_CIRCULARS.test(c.sender)) return "circolare";
    return c.protocol ? "nota" : "lettera";
  }
  const title = head.slice(0, 6).map((l) => l.text).join(" ");
  if (/\bpiano\s+(?:nazionale|regionale|sociale|di\s+zona|operativo|triennale|annuale)\b/i.test(title) && !addressed) return "piano";
  if (subjectAt < 0 && !addressed && !c.sender) return "comunicato";
  if (c.subject) return c.protocol ? "nota" : "lettera";
  return "altro";
}

// shared/extract/extract-fields.ts
function extractFields(pages) {
  const source = new SourceText(pages);
  const lines = source.lines;
  const width = pages[0]?.width ?? 595;
  const subject = extractSubject(lines);
  const { recipients, cc } = extractAddressees(lines, width);
  const sender = extractSender(lines);
  const protocol = extractProtocol(lines);
  const documentDate = extractDocumentDate(lines, protocol);
  const reference = documentDate?.value ?? protocol?.value.date ?? findDates(source.text, { reference: null }).find((d) => d.iso && !d.inferred)?.iso ?? null;
  const ctx = { reference };
  const deadlines = extractDeadlines(source, ctx);
  const meetings = extractMeetings(source, ctx);
  const cited = extractLegalReferences(source);
  const emails = extractEmails(source);
  const signatories = extractSignatories(lines, width);
  const amounts = extractAmounts(source);
  const docType = classifyDocType({
    lines,
    subject: subject?.value ?? null,
    sender: sender?.value ?? null,
    recipients: recipients.map((r) => r.value),
    meetings: meetings.length,
    protocol: protocol !== null
  });
  const firstPage = lines.filter((l) => l.page === lines[0]?.page);
  const recitals = firstPage.findIndex((l) => /^\s*(?:vist[oaie]|premess[oa]|considerat[oaie]|richiamat[oaie]|(?:il|la)\s+(?:dirigente|direttore|direttrice|capo|ministro|presidente|sindaco|giunta|responsabile))\b/i.test(l.text));
  const headingEnd = Math.min(...[subjectLineIndex(firstPage), recitals, 8].filter((i) => i >= 0));
  const ownAct = docType === "decreto" || docType === "delibera";
  const legalReferences = ownAct ? cited.filter((r) => !(r.evidence.page === lines[0]?.page && r.evidence.line < headingEnd)) : cited;
  const fields = {
    docType,
    sender: sender?.value ?? null,
    protocol: protocol?.value ?? null,
    documentDate: documentDate?.value ?? null,
    subject: subject?.value ?? null,
    recipients: recipients.map((r) => r.value),
    cc: cc.map((r) => r.value),
    deadlines: deadlines.map((d) => ({ date: d.value })),
    meetings: meetings.map((m) => m.value),
    legalReferences: legalReferences.map((r) => r.value),
    emails: emails.map((e) => e.value),
    signatories: signatories.map((s) => s.value),
    amounts: amounts.map((a) => a.value)
  };
  const evidence = {};
  const put = (name, found) => {
    const list = found === null ? [] : Array.isArray(found) ? found : [found];
    if (list.length) evidence[name] = list.map((f) => f.evidence);
  };
  put("sender", sender);
  put("protocol", protocol);
  put("documentDate", documentDate);
  put("subject", subject);
  put("recipients", recipients);
  put("cc", cc);
  put("deadlines", deadlines);
  put("meetings", meetings);
  put("legalReferences", legalReferences);
  put("emails", emails);
  put("signatories", signatories);
  put("amounts", amounts);
  return { fields, tags: extractTags(source.text), evidence };
}

// shared/read/read-and-extract.ts
async function readAndExtract(bytes, limits, onProgress) {
  const t0 = performance.now();
  try {
    const { facts, pages } = await readPdf(bytes, limits, onProgress);
    const extraction = extractFields(pages);
    return { ok: true, facts, pages, extraction, ms: performance.now() - t0 };
  } catch (err) {
    if (err instanceof Rejection) return { ok: false, code: err.code, message: err.message, ms: performance.now() - t0 };
    throw err;
  }
}

export {
  readAndExtract
};
//# sourceMappingURL=chunk-OTEYHMP2.mjs.map
