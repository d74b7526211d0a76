#!/usr/bin/env node
// Runs the CLI from dist/ (plain JavaScript built by `npm ci`, and again before `npm start` and
// `npm test`) while that build is newer than every source it came from; otherwise from the
// TypeScript sources through tsx, so whoever edits a source never runs stale code.
import module from 'node:module';
import { freshBuilt } from './dist-fresh.mjs';

// Node 22 keeps the code V8 compiled for the CLI and pdf.js between runs (in the system's temporary folder): ~40 ms less at
// each start on a slow core (npm run bench:cli). Node 20 has no such cache.
module.enableCompileCache?.();

// Node 20 is supported here (Lambda runs nodejs22.x); the SDK's notice about 2027 is not for users.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// `carteggio list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const built = freshBuilt('carteggio.mjs');
let cli;
if (built) cli = await import(built.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../cli/carteggio.ts');
}
try {
  process.exitCode = await cli.main(process.argv.slice(2));
} catch (err) {
  console.error(`Errore: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
