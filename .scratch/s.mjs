import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFDict, PDFRawStream } from 'pdf-lib';
import { inflateSync } from 'node:zlib';
const doc = await PDFDocument.load(readFileSync(process.argv[2]), { ignoreEncryption: true, updateMetadata: false });
const page = doc.getPages()[0];
const annots = page.node.Annots()?.asArray() ?? [];
for (const ref of annots) { const a = doc.context.lookup(ref); if (a.get(PDFName.of('Subtype'))?.toString() !== '/Stamp') continue;
  const ap = a.lookup(PDFName.of('AP')); const n = ap.lookup(PDFName.of('N'));
  const show = (s, depth) => { let b = s.contents; try { b = inflateSync(b) } catch {}; console.log(depth, s.dict.toString().slice(0,300)); console.log(Buffer.from(b).toString('latin1').slice(0,600));
    const res = s.dict.lookup(PDFName.of('Resources')); const xo = res?.lookup(PDFName.of('XObject')); if (xo) for (const [k,v] of xo.entries()) { const o = doc.context.lookup(v); if (o instanceof PDFRawStream && depth < 3) show(o, depth+1); } };
  show(n, 0);
}
