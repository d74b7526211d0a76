import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFArray, PDFRawStream, PDFStream } from 'pdf-lib';
import { inflateSync } from 'node:zlib';
const doc = await PDFDocument.load(readFileSync(process.argv[2]), { ignoreEncryption: true, updateMetadata: false });
const af = doc.catalog.lookup(PDFName.of('AcroForm'));
const xfa = af?.lookup(PDFName.of('XFA'));
console.log(xfa?.constructor.name);
const parts = xfa instanceof PDFArray ? xfa.asArray().map(o=>doc.context.lookup(o)) : [xfa];
for (const p of parts) { if (p instanceof PDFRawStream) { let b = p.contents; try { b = inflateSync(b) } catch {} ; console.log('---', Buffer.from(b).toString().slice(0,800)); } else console.log(p?.toString().slice(0,50)); }
