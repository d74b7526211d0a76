import { readFileSync } from 'node:fs';
import { readPdf } from '/work/main/shared/read/read-pdf.ts';
import { defaultReadLimits } from '/work/main/shared/read/read-limits.ts';
import { closeOcr } from '/work/main/shared/read/ocr-page.ts';
const r = await readPdf(readFileSync(process.argv[2]), defaultReadLimits);
console.log(JSON.stringify(r.facts));
for (const p of r.pages) { console.log('--- page', p.page, p.ocr); for (const l of p.lines.slice(0, Number(process.argv[3] ?? 40))) console.log(l.origins?.join(',') ?? '', l.ocr?'O':' ', l.text); }
await closeOcr();
