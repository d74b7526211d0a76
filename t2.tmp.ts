import { readFileSync } from 'node:fs';
import { readPdf } from './shared/read/read-pdf.ts';
import { defaultReadLimits } from './shared/read/read-limits.ts';
const r = await readPdf(new Uint8Array(readFileSync(process.argv[2])), { ...defaultReadLimits, ocr: false });
const p = r.pages[r.pages.length - 1];
for (const l of p.lines.slice(-7)) console.log(l.segments.map((s) => `[${s.x.toFixed(0)}-${s.end.toFixed(0)}] ${s.text}`).join(' | '));
