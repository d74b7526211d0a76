import { readFileSync } from 'node:fs';
import { readPdf } from './shared/read/read-pdf.ts';
import { defaultReadLimits } from './shared/read/read-limits.ts';
const r = await readPdf(new Uint8Array(readFileSync(process.argv[2])), { ...defaultReadLimits, ocr: false });
for (const p of r.pages) for (const l of p.lines) console.log(p.page, l.gapBefore.toFixed(2), l.segments.length, JSON.stringify(l.text));
