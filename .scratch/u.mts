import { readFileSync } from 'node:fs';
import { unwrapEnvelope } from '/work/main/shared/read/unwrap-envelope.ts';
for (const f of process.argv.slice(2)) { const r = unwrapEnvelope(readFileSync(f)); console.log(f, r && { len: r.pdf.length, head: Buffer.from(r.pdf.subarray(0,8)).toString(), notes: r.notes, signers: r.signers }); }
