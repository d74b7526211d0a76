/**
 * Writes every reading-kind input to a folder, for looking at them:
 *   node --import tsx test/support/reading-kinds/write-all.ts /tmp/reading-kinds
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readingKinds } from './index.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: write-all.ts <folder>');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
for (const k of readingKinds) {
  const started = performance.now();
  const bytes = await k.make();
  const file = join(dir, `${k.name}.${k.ext}`);
  writeFileSync(file, bytes);
  const ms = Math.round(performance.now() - started);
  console.log(`${k.name.padEnd(22)} ${String(bytes.length).padStart(9)} B ${String(ms).padStart(6)} ms  ${file}`);
}
