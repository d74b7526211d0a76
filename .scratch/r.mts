import { readFileSync } from 'node:fs';
import { pdfjs } from '/work/main/shared/read/pdfjs.ts';
import { textRuns } from '/work/main/shared/read/text-runs.ts';
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), isEvalSupported:false, verbosity:0 }).promise;
const p = await doc.getPage(Number(process.argv[3] ?? 1)); const vp = p.getViewport({scale:1});
for (const r of await textRuns(p, vp)) if (process.argv[4] ? new RegExp(process.argv[4]).test(r.text) || r.angle : true) console.log(JSON.stringify(r.text).slice(0,80), [...r.text].slice(0,3).map(c=>c.codePointAt(0)!.toString(16)), Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.size), Math.round(r.angle!));
