import { readFileSync } from 'node:fs';
import { pdfjs } from '/work/main/shared/read/pdfjs.ts';
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), isEvalSupported:false, verbosity:0 }).promise;
const p = await doc.getPage(1);
for (const a of await p.getAnnotations({intent:'display'}) as any[]) console.log(a.subtype, a.rect, a.textContent, a.contentsObj?.str, a.hasAppearance, a.noView, a.hidden);
