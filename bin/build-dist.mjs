#!/usr/bin/env node
// Builds the CLI and the reader's worker thread ahead of time into dist/, so `carteggio` starts from
// plain JavaScript instead of having tsx rewrite TypeScript at every start. Run by `npm ci` (the
// `prepare` script) and before `npm start` and `npm test`; bin/carteggio.js uses dist/ only while it
// is newer than every source it was built from (bin/dist-fresh.mjs), else it runs the sources.
//
// - Packages stay in node_modules (not bundled), and load as Node loads them, except a few pure
//   JavaScript ones on the reading path that Node loads slowly as hundreds of small files (pdf-lib
//   ~140 ms, zod ~40 ms): those are bundled, once, in a shared chunk.
// - Each command is its own chunk (code splitting): `carteggio --help` loads none of them.
// - `import.meta.url` keeps meaning the source file's own URL, so paths resolved from it (templates,
//   the scorer, packages via createRequire) are the same as when running from the sources.
// - Every file is named by its content's hash, written under a temporary name and renamed; build.json,
//   which names the entry points, is written last: a CLI starting during a build runs either the
//   previous build or the new one, whole, never half a file or a mix of the two.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const entries = { carteggio: 'cli/carteggio.ts', 'read-worker': 'shared/read/read-worker.ts' };

/** Replaces `import.meta.url` in project sources with the source file's URL (see above). */
const sourceUrl = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

/** Packages bundled into dist/ (and whatever they import); every other package stays external. */
const BUNDLED = new Set(['pdf-lib', 'zod', 'pkijs', 'asn1js', 'fast-xml-parser']);

const externals = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      const fromPackage = args.importer.includes(`${join('node_modules', '')}`);
      // pako stays one module shared by pdf-lib and shared/render/native-deflate.ts, which replaces its deflate.
      if (name === 'pako') return { path: args.path, external: true };
      return BUNDLED.has(name) || fromPackage ? undefined : { path: args.path, external: true };
    });
  },
};

export async function buildDist({ quiet = false } = {}) {
  const t0 = performance.now();
  // Sources changed after this instant make the build stale (bin/dist-fresh.mjs compares mtimes with it).
  const startedAt = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.entries(entries).map(([out, src]) => ({ in: src, out })),
    outdir: dist,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // ES module builds first (pdf-lib's can be tree-shaken); Node's own resolution otherwise.
    mainFields: ['module', 'main'],
    sourcemap: 'linked',
    // Less to parse at every start (~10 ms, ~2 MB); names are kept, so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    write: false,
    logLevel: 'error',
    plugins: [externals, sourceUrl],
  });
  mkdirSync(dist, { recursive: true });
  const written = new Set();
  for (const f of result.outputFiles) {
    const tmp = `${f.path}.tmp-${process.pid}`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
    written.add(relative(dist, f.path));
  }
  /** "carteggio.mjs" → "carteggio-HASH.mjs" */
  const built = {};
  for (const [out, meta] of Object.entries(result.metafile.outputs)) {
    const name = Object.entries(entries).find(([, src]) => src === meta.entryPoint)?.[0];
    if (name) built[`${name}.mjs`] = relative(dist, join(root, out));
  }
  // Packages bundled in are not listed: npm keeps their files' dates from the registry, so a new
  // version is seen through the lock file instead.
  const sources = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
  const inputs = [...new Set([...sources, 'bin/build-dist.mjs', 'tsconfig.json', 'package-lock.json'])].sort();
  const tmp = join(dist, `build.json.tmp-${process.pid}`);
  writeFileSync(tmp, JSON.stringify({ startedAt, entries: built, inputs }, null, 1));
  renameSync(tmp, join(dist, 'build.json'));
  await (await import('../web/build-web.mjs')).buildWeb({ outdir: join(dist, 'web'), quiet }); // the web pages (skipped when web/ is unchanged)
  // Chunks of earlier builds: kept for an hour, for a process (`npm start`) that may still load one lazily.
  for (const name of readdirSync(dist)) {
    if (written.has(name) || name === 'build.json') continue;
    const path = join(dist, name);
    if (Date.now() - statSync(path).mtimeMs > 3600_000) rmSync(path, { force: true });
  }
  if (!quiet) console.error(`dist/: ${written.size} file da ${inputs.length} sorgenti in ${Math.round(performance.now() - t0)} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await buildDist({ quiet: process.argv.includes('--quiet') });
  } catch (err) {
    // --if-possible (npm ci, npm start, npm test): without dist/ the CLI runs from the sources, only slower.
    if (!process.argv.includes('--if-possible')) throw err;
    console.error(`dist/ non costruita (la CLI girerà dai sorgenti TypeScript): ${err instanceof Error ? err.message : String(err)}`);
  }
}
