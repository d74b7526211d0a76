/**
 * npm run bench:read-memory [-- <kind names…>]
 *
 * Peak RSS of reading one input of each kind, each in a fresh process, against the 512 MB cap:
 *   - through the reader pool with one worker, as ingestion reads a file (the process's peak: main
 *     thread and worker, JavaScript heap and everything outside it: decoded images, canvases,
 *     tesseract's WebAssembly memory);
 *   - the one-page letter also through the CLI (`carteggio extract x.pdf --json`, read in its thread).
 * Peak RSS is the child's own VmHWM (its maxRSS where /proc is missing), or `/usr/bin/time -f %M` for the CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CAP_MB = 512;
const here = fileURLToPath(import.meta.url);

if (process.argv[2] === '--one') {
  // The child: reads one file through a one-worker pool and prints its outcome and peak RSS.
  const { ReaderPool } = await import('../../shared/read/reader-pool.ts');
  const { defaultReadLimits } = await import('../../shared/read/read-limits.ts');
  const pool = new ReaderPool(defaultReadLimits, 1);
  const t0 = performance.now();
  const o = await pool.read(new Uint8Array(readFileSync(process.argv[3])));
  await pool.close();
  const outcome = o.ok ? `ok, ${o.facts.pageCount} pag., OCR ${o.facts.ocrPages.length ? 'sì' : 'no'}, ${o.pages.reduce((s, p) => s + p.lines.length, 0)} righe` : `${o.code}: ${o.message}`;
  console.log(JSON.stringify({ outcome, ms: Math.round(performance.now() - t0), rssMb: Math.round(peakRssKb() / 1024) }));
  process.exit(0);
}

/**
 * The process's peak RSS in kB. On Linux, VmHWM: getrusage's maxRSS survives exec, so a child forked
 * from a large parent would report the parent's size.
 */
function peakRssKb(): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '');
  return hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS;
}

const kinds = await import('../support/reading-kinds/index.ts');
const { decompressionBomb } = await import('../support/hostile-pdfs.ts');
const cases = new URL('../../../shared/cases/reading/', import.meta.url);

const inputs: { name: string; what: string; make: () => Promise<Uint8Array> | Uint8Array }[] = [
  { name: 'lettera', what: 'lettera di una pagina, testo', make: kinds.plainLetter },
  { name: 'bomba-flate', what: 'bomba Flate di ~400 KB sotto il limite dei byte decompressi', make: () => decompressionBomb(400 * 1024 * 1024) },
  { name: 'scansione-600dpi', what: 'scansione A4 a colori, 600 dpi (~100 MB decodificata)', make: kinds.colourScan600 },
  { name: 'scansione-a4', what: 'scansione A4 con righe stampate', make: kinds.scanWithPrintedText },
  { name: 'scansione-capovolta', what: 'scansione A4 capovolta (pagina disegnata, quattro versi)', make: () => readFileSync(new URL('G16b_upside_down_scan.pdf', cases)) },
  { name: 'testo-tracciati', what: 'testo convertito in tracciati (pagina disegnata)', make: kinds.outlinedText },
  { name: 'scansione-alta', what: 'scansione 595×14.400 pt', make: () => readFileSync(new URL('G19b_long_single_page_scan.pdf', cases)) },
  { name: 'pagina-alta', what: 'immagine 595×12.000 pt', make: kinds.tallImagePage },
  { name: 'pagina-larga', what: 'immagine 14.000×595 pt', make: kinds.wideImagePage },
];

const wanted = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'carteggio-read-memory-'));
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
console.log(`RSS di picco per tipo di input, ciascuno in un processo nuovo (limite ${CAP_MB} MB).`);
let over = 0;
for (const input of inputs.filter((i) => !wanted.length || wanted.includes(i.name))) {
  const path = join(work, `${input.name}.pdf`);
  writeFileSync(path, await input.make());
  const size = `${Math.round(readFileSync(path).length / 1024)} KB`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', here, '--one', path], { encoding: 'utf8', maxBuffer: 16 << 20 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  let report: { outcome: string; ms: number; rssMb: number } | null = null;
  try {
    report = JSON.parse(line);
  } catch {
    report = null;
  }
  if (!report) {
    over++;
    console.log(`  ${input.name.padEnd(20)} ${input.what} (${size}): processo fallito (uscita ${r.status}, ${r.signal ?? ''}) ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    continue;
  }
  if (report.rssMb > CAP_MB) over++;
  console.log(`  ${input.name.padEnd(20)} pool, 1 worker  ${String(report.rssMb).padStart(5)} MB ${report.rssMb <= CAP_MB ? 'OK ' : 'NO '} ${(report.ms / 1000).toFixed(1).padStart(5)} s  ${input.what} (${size}) → ${report.outcome}`);
  if (input.name === 'lettera' && gnuTime) {
    const rss = join(work, 'rss.txt');
    const cli = spawnSync(gnuTime, ['-f', '%M', '-o', rss, process.execPath, fileURLToPath(new URL('../../bin/carteggio.js', import.meta.url)), 'extract', path, '--json'], { encoding: 'utf8', maxBuffer: 16 << 20 });
    const mb = Math.round(Number(readFileSync(rss, 'utf8').trim().split('\n').pop()) / 1024);
    if (mb > CAP_MB) over++;
    console.log(`  ${input.name.padEnd(20)} CLI, nel thread ${String(mb).padStart(5)} MB ${mb <= CAP_MB ? 'OK ' : 'NO '}        carteggio extract ${input.name}.pdf --json (uscita ${cli.status})`);
  }
}
rmSync(work, { recursive: true, force: true });
console.log(over ? `${over} input oltre ${CAP_MB} MB.` : `Ogni input entro ${CAP_MB} MB.`);
