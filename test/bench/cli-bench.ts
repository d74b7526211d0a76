/**
 * npm run bench:cli  (builds dist/ first, then measures the installed bin: `node bin/carteggio.js`)
 *
 * Prints, each against its target (a figure, never a pass/fail: the machine's load is printed too):
 *   1. `carteggio --help`: median wall time of 9 runs;
 *   2. one-page `carteggio extract x.pdf --json`: median wall time of 7 runs and peak RSS, beside the floor under it (Node
 *      starting with nothing to do; Node loading pdf.js and reading the same page with it alone);
 *   3. the corpus (../shared/eval/dev, ../shared/eval/real, test/fixtures/letters-eval; the *.pdf
 *      files, which pdftotext can read too), whole process, against `pdftotext -layout` run as many at
 *      a time as there are cores: the ratio; OCR off, since pdftotext has none (with OCR on: printed);
 *   4. the same corpus through a warm reader pool (best of 3 passes) against pdftotext; then, one file at a
 *      time in this thread, pdf.js alone (getDocument and getTextContent on every page, nothing of Carteggio's) and
 *      Carteggio's reading and extraction against pdftotext one file at a time: the floor pdf.js sets under the ratio;
 *   5. a 300-page PDF (made here with pdf-lib) through the CLI: time and peak RSS.
 * Peak RSS is `/usr/bin/time -f %M` when present, else the child's own `process.resourceUsage().maxRSS`
 * (worker threads are in the same process: both count them).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import { makePdf } from '../support/make-pdf.ts';
import { pdfjs } from '../../shared/read/pdfjs.ts';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { freshBuilt } from '../../bin/dist-fresh.mjs';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/carteggio.js');
const work = mkdtempSync(join(tmpdir(), 'carteggio-cli-bench-'));
const cores = availableParallelism();
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0 ? '/usr/bin/time' : null;
const run = promisify(execFile);
// Without GNU time: the child writes its own peak RSS (kB) as it exits.
const rssHook = join(work, 'rss-hook.mjs');
writeFileSync(rssHook, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.CARTEGGIO_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n");
const env: NodeJS.ProcessEnv = { ...process.env, CARTEGGIO_DATA_DIR: join(work, 'dati'), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
delete env.NODE_OPTIONS; // the bin runs as a user runs it, without this bench's --import tsx

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${n.toFixed(0)} ms`;
const verdict = (ok: boolean) => (ok ? '✓' : '✗');

let rebuilds = 0;

/**
 * One run of the bin (from dist/, rebuilt first, outside the timing, if a source changed meanwhile:
 * the built CLI is what is measured): wall time, peak RSS in MB, exit code, output.
 */
function carteggio(args: string[], extraEnv: Record<string, string> = {}): { ms: number; rssMb: number; code: number | null; out: string; err: string } {
  if (!freshBuilt('carteggio.mjs')) {
    spawnSync(process.execPath, [join(root, 'bin/build-dist.mjs'), '--quiet'], { stdio: 'inherit' });
    rebuilds++;
  }
  const rssFile = join(work, 'rss.txt');
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const r = gnuTime
    ? spawnSync(gnuTime, ['-f', '%M', '-o', rssFile, process.execPath, bin, ...args], { env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync(process.execPath, ['--import', rssHook, bin, ...args], { env: { ...env, ...extraEnv, CARTEGGIO_BENCH_RSS: rssFile }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = performance.now() - t0;
  const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return { ms: wall, rssMb: kb / 1024, code: r.status, out: r.stdout, err: r.stderr };
}

function corpus(): string[] {
  const dirs = [join(root, '../shared/eval/dev'), join(root, '../shared/eval/real'), join(root, 'test/fixtures/letters-eval')];
  return dirs.filter((d) => existsSync(d)).flatMap((d) => readdirSync(d).filter((f) => /\.pdf$/i.test(f)).sort().map((f) => join(d, f)));
}

const hasPdftotext = !spawnSync('pdftotext', ['-v']).error;

/** One pass of pdftotext over the files, as many at a time as there are cores (or as `parallel` says). */
async function pdftotext(files: string[], parallel = cores): Promise<number> {
  const queue = [...files];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let f = queue.shift(); f; f = queue.shift()) await run('pdftotext', ['-layout', f, '-']);
    }),
  );
  return performance.now() - t0;
}

console.log(`Macchina: ${cores} core, Node ${process.version}; carico medio (1, 5, 15 min) all'inizio: ${load()}`);
console.log(`RSS di picco misurato con ${gnuTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS del processo figlio'}.`);
console.log('CLI da dist/ (JavaScript costruito prima, ricostruito fuori dalle misure se un sorgente cambia nel frattempo).');

// 1. --help
carteggio(['--help']);
const help = median(Array.from({ length: 9 }, () => carteggio(['--help']).ms));
console.log(`\n1. carteggio --help: ${ms(help)} (mediana di 9)  obiettivo ≤ 150 ms ${verdict(help <= 150)}`);

// 2. one page
const onePage = join(work, 'una-pagina.pdf');
writeFileSync(onePage, await makePdf([['REGIONE MOLISE', '', 'Oggetto: richiesta dati', '', 'Rispondere entro il 10/02/2025.']]));
carteggio(['extract', onePage, '--json']);
const runs = Array.from({ length: 7 }, () => carteggio(['extract', onePage, '--json']));
if (runs.some((r) => r.code !== 0)) console.log(`   estrazione fallita: ${runs.find((r) => r.code !== 0)!.err}`);
const oneMs = median(runs.map((r) => r.ms));
const oneRss = Math.max(...runs.map((r) => r.rssMb));
console.log(`2. carteggio extract una-pagina.pdf --json: ${ms(oneMs)} (mediana di 7)  obiettivo ≤ 300 ms ${verdict(oneMs <= 300)}`);
console.log(`   RSS di picco: ${oneRss.toFixed(0)} MB (massimo di 7)  obiettivo ≤ 120 MB ${verdict(oneRss <= 120)}`);
// The floor under it on this machine: Node starting with nothing to do, then Node loading pdf.js and reading the same page
// with it alone (no Carteggio code): what any CLI built on pdf.js pays before its own work.
const floorScript = join(work, 'pavimento-pdfjs.mjs');
const pdfjsDir = join(root, 'node_modules/pdfjs-dist/legacy/build');
writeFileSync(
  floorScript,
  `import { readFileSync } from 'node:fs';\nconst pdfjs = await import(${JSON.stringify(join(pdfjsDir, 'pdf.min.mjs'))});\nglobalThis.pdfjsWorker = await import(${JSON.stringify(join(pdfjsDir, 'pdf.worker.min.mjs'))});\nconst doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;\nawait (await doc.getPage(1)).getTextContent();\n`,
);
const wall = (args: string[]) => {
  const t0 = performance.now();
  spawnSync(process.execPath, args, { env });
  return performance.now() - t0;
};
wall(['-e', '0']);
const nodeMs = median(Array.from({ length: 7 }, () => wall(['-e', '0'])));
wall([floorScript, onePage]);
const floorMs = median(Array.from({ length: 7 }, () => wall([floorScript, onePage])));
console.log(`   Pavimento: Node senza far nulla ${ms(nodeMs)}; Node che carica pdf.js e legge la stessa pagina (nient'altro) ${ms(floorMs)} (mediane di 7); Carteggio oltre il pavimento: ${ms(oneMs - floorMs)}`);

// 3. corpus, whole process
const files = corpus();
console.log(`\n3. Corpus: ${files.length} PDF (${files.length ? 'dev, real, letters-eval' : 'cartelle non trovate'}); carico medio: ${load()}`);
// Alternated, best of 3 each: a burst of load from elsewhere weighs on both sides alike.
const cliRuns: ReturnType<typeof carteggio>[] = [];
const popplerRuns: number[] = [];
for (let pass = 0; pass < 3; pass++) {
  if (hasPdftotext) popplerRuns.push(await pdftotext(files));
  cliRuns.push(carteggio(['extract', ...files, '--json'], { CARTEGGIO_OCR: 'off' }));
}
const popplerMs = hasPdftotext ? Math.min(...popplerRuns) : null;
const cliMs = Math.min(...cliRuns.map((r) => r.ms));
const rejected = cliRuns[0].out.trim().split('\n').filter((l) => l && JSON.parse(l).status !== 'ok').length;
console.log(`   carteggio extract <corpus> --json, OCR spento, processo intero: ${ms(cliMs)} (migliore di 3), RSS di picco ${Math.max(...cliRuns.map((r) => r.rssMb)).toFixed(0)} MB, ${rejected} rifiutati`);
if (popplerMs === null) console.log('   pdftotext non installato (Debian: apt-get install poppler-utils): rapporto non calcolato.');
else {
  console.log(`   pdftotext -layout, ${cores} alla volta: ${ms(popplerMs)} (migliore di 3, alternato con la CLI)`);
  const ratio = cliMs / popplerMs;
  console.log(`   Rapporto processo intero / pdftotext: ${ratio.toFixed(2)}×  obiettivo ≤ 5× ${verdict(ratio <= 5)}`);
}
const withOcr = carteggio(['extract', ...files, '--json']);
console.log(`   Con OCR (le pagine scansionate o senza codifica vengono riconosciute; pdftotext non lo fa): ${ms(withOcr.ms)}, RSS di picco ${withOcr.rssMb.toFixed(0)} MB`);

// 4. warm pool
const pool = new ReaderPool(ReadLimits.parse({ ocr: false }), cores);
const bytes = files.map((f) => readFileSync(f));
const readAll = () => Promise.all(bytes.map((b) => pool.read(new Uint8Array(b))));
await readAll();
let warmMs = Infinity;
let popplerWarmMs = Infinity;
for (let pass = 0; pass < 3; pass++) {
  if (hasPdftotext) popplerWarmMs = Math.min(popplerWarmMs, await pdftotext(files));
  const t0 = performance.now();
  await readAll();
  warmMs = Math.min(warmMs, performance.now() - t0);
}
await pool.close();
console.log(`\n4. Pool di ${cores} lettori già avviati (testo + campi, OCR spento): ${ms(warmMs)} (migliore di 3)`);
if (hasPdftotext) console.log(`   pdftotext (alternato): ${ms(popplerWarmMs)}; rapporto a caldo / pdftotext: ${(warmMs / popplerWarmMs).toFixed(2)}×  obiettivo ≤ 1,5× ${verdict(warmMs / popplerWarmMs <= 1.5)}`);

// 4b. The floor: pdf.js alone against pdftotext, one file at a time on one core each (no pool, no parallelism).
/** pdf.js as Carteggio loads it, and nothing of Carteggio's rules: the text of every page of every file. */
async function pdfjsAlone(): Promise<number> {
  const t0 = performance.now();
  for (const b of bytes) {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(b), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
    await doc.destroy();
  }
  return performance.now() - t0;
}
async function carteggioInThread(): Promise<number> {
  const limits = ReadLimits.parse({ ocr: false });
  const t0 = performance.now();
  for (const b of bytes) await readAndExtract(new Uint8Array(b), limits);
  return performance.now() - t0;
}
await pdfjsAlone();
await carteggioInThread();
let aloneMs = Infinity;
let oursMs = Infinity;
let popplerOneMs = Infinity;
for (let pass = 0; pass < 3; pass++) {
  if (hasPdftotext) popplerOneMs = Math.min(popplerOneMs, await pdftotext(files, 1));
  aloneMs = Math.min(aloneMs, await pdfjsAlone());
  oursMs = Math.min(oursMs, await carteggioInThread());
}
const ratioTo = (x: number) => (hasPdftotext ? `, ${(x / popplerOneMs).toFixed(2)}× pdftotext` : '');
console.log(`   Un file alla volta, in un thread (migliore di 3):${hasPdftotext ? ` pdftotext ${ms(popplerOneMs)};` : ''} pdf.js da solo (solo getTextContent) ${ms(aloneMs)}${ratioTo(aloneMs)};`);
console.log(`   Carteggio (lettura ed estrazione) ${ms(oursMs)}${ratioTo(oursMs)}: pdf.js da solo è il pavimento sotto il rapporto a caldo`);

// 5. 300 pages
const big = join(work, 'trecento-pagine.pdf');
writeFileSync(big, await makePdf(Array.from({ length: 300 }, (_, p) => Array.from({ length: 45 }, (_, l) => `Pagina ${p + 1}, riga ${l + 1}: la relazione va trasmessa entro il 30/06/2025 ai sensi della L. 328/2000.`))));
const bigRun = carteggio(['extract', big, '--json'], { CARTEGGIO_OCR: 'off' });
console.log(`\n5. carteggio extract trecento-pagine.pdf --json: ${ms(bigRun.ms)}, RSS di picco ${bigRun.rssMb.toFixed(0)} MB  obiettivo ≤ 256 MB ${verdict(bigRun.rssMb <= 256)}${bigRun.code === 0 ? '' : ` (uscita ${bigRun.code}: ${bigRun.err.trim()})`}`);
console.log(`\nCarico medio alla fine: ${load()}${rebuilds ? `; dist/ ricostruita ${rebuilds} volte durante il bench (sorgenti modificati nel frattempo)` : ''}`);
rmSync(work, { recursive: true, force: true });
