import { readFileSync } from 'node:fs';
import { pdfjs } from '/work/main/shared/read/pdfjs.ts';
const f = process.argv[2];
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(f)), isEvalSupported:false, enableXfa:false, disableFontFace:true, useSystemFonts:false, verbosity:0, cMapUrl: '/work/main/node_modules/pdfjs-dist/cmaps/', standardFontDataUrl: '/work/main/node_modules/pdfjs-dist/standard_fonts/' }).promise;
console.log('pages', doc.numPages, 'xfa', (doc as any).isPureXfa, 'allXfa', !!(doc as any).allXfaHtml);
for (let n=1;n<=Math.min(doc.numPages,2);n++){ const p = await doc.getPage(n); const vp=p.getViewport({scale:1});
 console.log('page',n,'rotate',p.rotate,'vp',vp.width,vp.height, vp.transform);
 const tc = await p.getTextContent();
 for (const it of tc.items.slice(0,12) as any[]) console.log(JSON.stringify(it.str), it.transform.map((x:number)=>Math.round(x*10)/10), it.fontName);
 const an = await p.getAnnotations();
 for (const a of an as any[]) console.log('annot', a.subtype, a.fieldType, a.fieldName, JSON.stringify(a.fieldValue), a.textContent, a.contentsObj?.str, a.rect);
}
