// Whether dist/ (built by bin/build-dist.mjs, in `npm ci`'s prepare step and before `npm start` and
// `npm test`) still matches the sources. Plain JavaScript with no dependencies: it runs before
// anything else, on every start of the CLI, and costs one stat per source file (about 1 ms).
import { readFileSync, statSync } from 'node:fs';

export const projectRoot = new URL('../', import.meta.url);

/**
 * The URL of a built entry point (`carteggio.mjs`, `read-worker.mjs`; build.json names its file,
 * `carteggio-HASH.mjs`) when dist/ was built after the last change to every file it was built from,
 * else null: a developer editing a source is never served code built from an older one.
 * CARTEGGIO_FROM_SOURCE=1 ignores dist/ altogether.
 * @param {string} entry
 * @param {URL} [root] the project folder (tests use another)
 * @returns {URL | null}
 */
export function freshBuilt(entry, root = projectRoot) {
  if (process.env.CARTEGGIO_FROM_SOURCE === '1') return null;
  const dist = new URL('dist/', root);
  let build;
  try {
    build = JSON.parse(readFileSync(new URL('build.json', dist), 'utf8'));
  } catch {
    return null; // never built, or being replaced right now
  }
  const file = build.entries?.[entry];
  if (!Array.isArray(build.inputs) || typeof file !== 'string' || typeof build.startedAt !== 'number') return null;
  for (const input of build.inputs) {
    const st = statSync(new URL(input, root), { throwIfNoEntry: false });
    if (!st || st.mtimeMs > build.startedAt) return null;
  }
  return new URL(file, dist);
}
