#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx carteggio` and `npm link` need no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/carteggio.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(`Errore: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
