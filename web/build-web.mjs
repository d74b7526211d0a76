// Builds the web interface into one folder that the local HTTP API (and, on AWS, the S3 bucket behind
// CloudFront) serves as is: the pages' HTML, one ES module per page in assets/ (esbuild: bundled,
// minified, with source maps; code shared by pages in a chunk), the style sheet, Bootstrap Italia's
// CSS, script, fonts and icons in bootstrap-italia/, and pdf.js with its worker in pdfjs/.
// Nothing is fetched from the internet, at build time or at run time.
//
// Skipped when nothing it reads changed since the last build into the same folder (web/, this file,
// shared/, package-lock.json): a stamp file in the output records the newest of their modification times.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const web = dirname(fileURLToPath(import.meta.url));
const root = join(web, '..');
const require = createRequire(import.meta.url);
const STAMP = '.build-web.json';

/** The newest modification time of the files under `dir` (recursively), and their count. */
function newest(dir) {
  let max = 0;
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = newest(path);
      max = Math.max(max, inner.max);
      count += inner.count;
    } else {
      max = Math.max(max, statSync(path).mtimeMs);
      count += 1;
    }
  }
  return { max, count };
}

function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`));
}

/**
 * Builds the web interface into `outdir`.
 * @param {{ outdir: string, quiet?: boolean, force?: boolean }} options
 */
export async function buildWeb({ outdir, quiet = false, force = false }) {
  const t0 = performance.now();
  // The pages bundle code of shared/ too (types, schemas, Rome dates): a change there is a change of the pages.
  const sources = [newest(web), newest(join(root, 'shared'))].reduce((a, b) => ({ max: Math.max(a.max, b.max), count: a.count + b.count }));
  const lock = join(root, 'package-lock.json');
  const stamp = JSON.stringify({ sources: sources.max, files: sources.count, lock: existsSync(lock) ? statSync(lock).mtimeMs : 0 });
  const stampPath = join(outdir, STAMP);
  if (!force && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp) {
    // Still touched, so a sweep of old build files by age (bin/build-dist.mjs) sees it as current.
    const now = new Date();
    utimesSync(outdir, now, now);
    return { skipped: true };
  }

  // Built beside the target and swapped in whole: a server never serves half a build. Leftovers of a
  // build that died are removed once surely abandoned (another process may be building right now).
  const parent = dirname(outdir);
  if (existsSync(parent)) {
    for (const name of readdirSync(parent)) {
      if (!name.startsWith(`${basename(outdir)}.tmp-`) && !name.startsWith(`${basename(outdir)}.old-`)) continue;
      const path = join(parent, name);
      if (Date.now() - statSync(path).mtimeMs > 10 * 60_000) rmSync(path, { recursive: true, force: true });
    }
  }
  const tmp = `${outdir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'assets'), { recursive: true });

  const pagesDir = join(web, 'pages');
  const pages = readdirSync(pagesDir);
  for (const name of pages.filter((n) => n.endsWith('.html'))) cpSync(join(pagesDir, name), join(tmp, name));
  for (const name of readdirSync(join(web, 'static'))) cpSync(join(web, 'static', name), join(tmp, 'assets', name));

  const entries = pages.filter((n) => n.endsWith('.ts')).map((n) => ({ in: join(pagesDir, n), out: basename(n, '.ts') }));
  await build({
    entryPoints: entries,
    outdir: join(tmp, 'assets'),
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox115', 'safari16'],
    minify: true,
    sourcemap: 'linked',
    // pdf.js is loaded at run time from /pdfjs/ (its own module and worker, copied below).
    external: ['/pdfjs/*'],
    logLevel: 'error',
    legalComments: 'none',
  });

  const bi = join(packageDir('bootstrap-italia'), 'dist');
  for (const part of ['css', 'js', 'fonts', 'svg']) cpSync(join(bi, part), join(tmp, 'bootstrap-italia', part), { recursive: true });
  // The style sheet embeds video.js's icon font as a data: URL, which font-src 'self' refuses (and the
  // pages show no video): the rule is dropped, so the browser does not report a blocked font on every page.
  const css = join(tmp, 'bootstrap-italia', 'css', 'bootstrap-italia.min.css');
  writeFileSync(css, readFileSync(css, 'utf8').replace(/@font-face\{font-family:VideoJS;src:url\(data:[^)]*\)[^}]*\}/, ''));

  const pdfjs = join(packageDir('pdfjs-dist'), 'build');
  mkdirSync(join(tmp, 'pdfjs'));
  for (const name of ['pdf.min.mjs', 'pdf.worker.min.mjs']) cpSync(join(pdfjs, name), join(tmp, 'pdfjs', name));

  writeFileSync(join(tmp, STAMP), stamp);
  const old = `${outdir}.old-${process.pid}`;
  if (existsSync(outdir)) renameSync(outdir, old);
  renameSync(tmp, outdir);
  rmSync(old, { recursive: true, force: true });
  if (!quiet) console.error(`dist/web: ${entries.length} pagine in ${Math.round(performance.now() - t0)} ms`);
  return { skipped: false };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outdir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(root, 'dist', 'web');
  await buildWeb({ outdir, quiet: process.argv.includes('--quiet'), force: true });
}
