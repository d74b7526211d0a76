import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freshBuilt } from '../../bin/dist-fresh.mjs';
import { makePdf } from '../support/make-pdf.ts';

const bin = new URL('../../bin/carteggio.js', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'carteggio-cli-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function carteggio(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, CARTEGGIO_DATA_DIR: join(work, 'dati'), CARTEGGIO_OCR: 'off', ...env },
    timeout: 120_000,
  });
  return { code: run.status, signal: run.signal, out: run.stdout, err: run.stderr };
}

describe('dist/ is used only while it is newer than every source it was built from', () => {
  // Prepare: a project folder of its own, with one source and a build record.
  const root = join(work, 'progetto');
  mkdirSync(join(root, 'dist'), { recursive: true });
  mkdirSync(join(root, 'cli'), { recursive: true });
  writeFileSync(join(root, 'cli', 'main.ts'), 'export {};');
  const builtAt = Date.now() - 60_000;
  const record = (inputs: string[]) => writeFileSync(join(root, 'dist', 'build.json'), JSON.stringify({ startedAt: builtAt, entries: { 'carteggio.mjs': 'carteggio-ABCD1234.mjs' }, inputs }));
  const rootUrl = pathToFileURL(`${root}/`);

  it('gives the built entry when no source changed since the build', () => {
    utimesSync(join(root, 'cli', 'main.ts'), new Date(builtAt - 10_000), new Date(builtAt - 10_000));
    record(['cli/main.ts']);
    expect(freshBuilt('carteggio.mjs', rootUrl)?.href).toBe(new URL('dist/carteggio-ABCD1234.mjs', rootUrl).href);
  });

  it('gives nothing once a source is edited after the build, or is gone, or for an entry not built', () => {
    record(['cli/main.ts']);
    expect(freshBuilt('read-worker.mjs', rootUrl)).toBeNull();
    utimesSync(join(root, 'cli', 'main.ts'), new Date(), new Date());
    expect(freshBuilt('carteggio.mjs', rootUrl)).toBeNull();
    record(['cli/main.ts', 'cli/removed.ts']);
    utimesSync(join(root, 'cli', 'main.ts'), new Date(builtAt - 10_000), new Date(builtAt - 10_000));
    expect(freshBuilt('carteggio.mjs', rootUrl)).toBeNull();
  });

  it('gives nothing when there is no build record', () => {
    rmSync(join(root, 'dist', 'build.json'));
    expect(freshBuilt('carteggio.mjs', rootUrl)).toBeNull();
  });
});

describe('carteggio extract reads the same, in its own thread, from the pool and from the sources', async () => {
  const letters = await Promise.all(
    ['prima', 'seconda', 'terza'].map(async (name, i) => {
      const path = join(work, `${name}.pdf`);
      writeFileSync(path, await makePdf([['REGIONE MOLISE', '', `Oggetto: ${name} richiesta`, '', `Rispondere entro il 1${i}/02/2025.`]]));
      return path;
    }),
  );
  const fields = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l).fields);

  it('one or two files (read in this thread) and three (read by the pool) give the same fields', () => {
    const one = carteggio(['extract', letters[0], '--json']);
    const three = carteggio(['extract', ...letters, '--json']);
    expect(one.code).toBe(0);
    expect(three.code).toBe(0);
    expect(fields(three.out)[0]).toEqual(fields(one.out)[0]);
    expect(fields(three.out).map((f) => f.deadlines[0].date)).toEqual(['2025-02-10', '2025-02-11', '2025-02-12']);
  });

  it('runs from the TypeScript sources when told to (as when dist/ is stale), with the same output', () => {
    const fromSource = carteggio(['extract', letters[1], '--json'], { CARTEGGIO_FROM_SOURCE: '1' });
    expect(fromSource.code).toBe(0);
    expect(fields(fromSource.out)).toEqual(fields(carteggio(['extract', letters[1], '--json']).out));
  });

  it('imports no command statically in the entry point: each is loaded when it runs', () => {
    // A static import here would be loaded (with pdfjs, the AWS SDK…) by every command, --help included.
    const entry = readFileSync(new URL('../../cli/carteggio.ts', import.meta.url), 'utf8');
    const staticImports = [...entry.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(staticImports.filter((m) => !m.startsWith('node:'))).toEqual([]);
  });

  it('answers --help without loading any command', () => {
    const help = carteggio(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('carteggio extract <file…>');
  });
});

describe('the time cap of a file read in the CLI’s own thread', async () => {
  const long = join(work, 'lunga.pdf');
  writeFileSync(long, await makePdf(Array.from({ length: 80 }, (_, p) => Array.from({ length: 40 }, (_, l) => `Pagina ${p + 1}, riga ${l + 1}: testo della relazione annuale.`))));

  it('reports a file still being read when its time is up as timeout, and the process ends', () => {
    // Act: 20 ms is far less than 80 pages take.
    const run = carteggio(['extract', long, '--json'], { CARTEGGIO_MAX_SECONDS: '0.02' });
    // Assess
    expect(run.code).toBe(2);
    expect(JSON.parse(run.out.trim())).toMatchObject({ file: long, status: 'rejected', reason: 'timeout' });
  });

  it('ends the process from the watchdog thread when the reading never yields (a synchronous loop)', () => {
    // Prepare: a reader stuck in a loop; 0.2 s cap, 0.3 s of grace.
    const script = `
      import { InThreadReader } from ${JSON.stringify(new URL('../../cli/in-thread-reader.ts', import.meta.url).pathname)};
      const reader = new InThreadReader({ maxSeconds: 0.2 }, { graceMs: 300, read: async () => { for (;;); } });
      await reader.read(new Uint8Array(1));
      console.log('non raggiunto');`;
    // Act
    const t0 = Date.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    // Assess
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('ha superato il tempo massimo (0.2 s)');
    expect(Date.now() - t0).toBeLessThan(30_000);
  });
});
