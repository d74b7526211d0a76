#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx carteggio` and `npm link` need no build step.
import { register } from 'tsx/esm/api';

// Node 20 is supported here (Lambda runs nodejs22.x); the SDK's notice about 2027 is not for users.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
// `carteggio list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../cli/carteggio.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(`Errore: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
