import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractedFields } from '../../shared/records/extracted-fields.ts';
import { makePdf } from '../support/make-pdf.ts';

const bin = new URL('../../bin/carteggio.js', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'carteggio-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function carteggio(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, CARTEGGIO_DATA_DIR: join(work, 'dati'), CARTEGGIO_OCR: 'off', ...env },
    timeout: 120_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('carteggio extract --json', async () => {
  const letter = join(work, 'lettera.pdf');
  writeFileSync(letter, await makePdf([['Oggetto: richiesta dati', '', 'Rispondere entro il 10/02/2025.']]));
  const notPdf = join(work, 'nota.txt');
  writeFileSync(notPdf, 'testo semplice');

  it('prints one JSON object per file with fields in the label shape, and exits 0', () => {
    const run = carteggio(['extract', letter, '--json']);
    expect(run.code, run.err).toBe(0);
    const line = JSON.parse(run.out.trim());
    expect(line).toMatchObject({ file: letter, status: 'ok' });
    expect(ExtractedFields.parse(line.fields).deadlines).toEqual([{ date: '2025-02-10' }]);
  });

  it('reports a rejected file with a code and an Italian message, and exits 2', () => {
    const run = carteggio(['extract', letter, notPdf, '--json']);
    expect(run.code, run.err).toBe(2);
    const lines = run.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[1]).toMatchObject({ file: notPdf, status: 'rejected', reason: 'not-pdf' });
    expect(lines[1].message).toMatch(/non è un PDF/);
  });
});

describe('carteggio ingest, list and show without a running stack', async () => {
  const folder = join(work, 'arrivi');
  rmSync(folder, { recursive: true, force: true });
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder);
  writeFileSync(join(folder, 'piano zona.pdf'), await makePdf([['REGIONE MOLISE', '', 'Oggetto: piano di zona 2025', '', 'Trasmettere entro il 31/03/2025.']]));
  writeFileSync(join(folder, 'foto.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));

  it('ingests the PDFs of a folder, and a non-PDF named on the command line as rejected', () => {
    const run = carteggio(['ingest', folder, join(folder, 'foto.jpg'), '--json']);
    expect(run.code, run.err).toBe(2);
    const lines = run.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.status).sort()).toEqual(['extracted', 'rejected']);
    expect(run.err).toContain('1 file non PDF nelle cartelle indicate: ignorati.');
  });

  it('lists what the earlier command stored in the same data folder', () => {
    const run = carteggio(['list', '--json']);
    expect(run.code, run.err).toBe(0);
    const docs = run.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.fileName).sort()).toEqual(['foto.jpg', 'piano zona.pdf']);
  });

  it('shows a document by an id prefix, in Italian with dd/mm/yyyy dates', () => {
    const id = JSON.parse(carteggio(['list', '--json', '--type', 'lettera']).out.trim().split('\n')[0]).id;
    const run = carteggio(['show', id.slice(0, 10)]);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('Mittente: Regione Molise');
    expect(run.out).toContain('entro il 31/03/2025');
  });
});

describe('carteggio ingest with two files of the same name', async () => {
  const { mkdirSync } = await import('node:fs');
  for (const [dir, subject] of [['ufficio-a', 'prima lettera'], ['ufficio-b', 'seconda lettera']]) {
    mkdirSync(join(work, dir), { recursive: true });
    writeFileSync(join(work, dir, 'lettera.pdf'), await makePdf([[`Oggetto: ${subject}`]]));
  }

  it('gives each its own key, so both are recorded', () => {
    const env = { CARTEGGIO_DATA_DIR: join(work, 'dati-omonimi') };
    const run = carteggio(['ingest', join(work, 'ufficio-a', 'lettera.pdf'), join(work, 'ufficio-b', 'lettera.pdf'), '--json'], env);
    expect(run.code, run.err).toBe(0);
    const listed = carteggio(['list', '--json'], env).out.trim().split('\n').map((l) => JSON.parse(l));
    expect(listed.map((d) => d.fileName).sort()).toEqual(['lettera (2).pdf', 'lettera.pdf']);
  });
});

describe('hostile text in a terminal', () => {
  it('shows control characters from a document instead of sending them to the terminal', async () => {
    const { printable } = await import('../../cli/format-document.ts');
    expect(printable('Oggetto \u001b[2J cancella')).toBe('Oggetto \\x1b[2J cancella');
    expect(printable('riga\tcon tab\nnuova riga')).toBe('riga\tcon tab\nnuova riga');
  });
});

describe('carteggio generate with a broken data file', () => {
  it('names the file and the line and column of the JSON error, in Italian, and generates nothing', () => {
    // Prepare
    const data = join(work, 'dati-rotti.json');
    writeFileSync(data, '{\n  "oggetto": "Convocazione",,\n}');
    // Act
    const run = carteggio(['generate', 'lettera', '--data', data]);
    // Assess
    expect(run.code, run.err).toBe(1);
    expect(run.err).toContain(`${data} non è JSON valido (riga 2, colonna`);
  });
});

describe('carteggio reprocess checks what it is asked for', () => {
  it('refuses an id that is not a digest, in Italian, and exits 1', () => {
    const run = carteggio(['reprocess', 'zzzz']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Id non valido: «zzzz»/);
  });

  it('refuses an unknown rejection code and lists the known ones', () => {
    const run = carteggio(['reprocess', '--code', 'foo']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Codice di rifiuto sconosciuto: «foo».*too-deep/);
  });
});

describe('carteggio ingest when the running stack stops answering', async () => {
  const dataDir = join(work, 'dati-fermo');
  const folder = join(work, 'lotto');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(folder, 'a.pdf'), await makePdf([['Oggetto: primo']]));
  writeFileSync(join(folder, 'b.pdf'), await makePdf([['Oggetto: secondo']]));
  // A stack file naming a live process (this one) whose endpoints no longer answer: a stack that died.
  const { createServer } = await import('node:net');
  const closed = await new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
  writeFileSync(join(dataDir, 'stack.json'), JSON.stringify({ pid: process.pid, s3Endpoint: `http://127.0.0.1:${closed}`, dynamoEndpoint: `http://127.0.0.1:${closed}`, dataDir, inboxBucket: 'carteggio-inbox', archiveBucket: 'carteggio-archive', table: 'carteggio' }));

  it('says in Italian that the stack is gone, names the files to send again, and exits 1', () => {
    const run = carteggio(['ingest', folder], { CARTEGGIO_DATA_DIR: dataDir, AWS_MAX_ATTEMPTS: '1' });
    expect(run.code, run.err).toBe(1);
    expect(run.err).toMatch(/non risponde più/);
    expect(run.err).toMatch(/da ripetere: .*a\.pdf/);
    expect(run.err).not.toMatch(/ECONNREFUSED/);
  });
});

describe('carteggio register check', () => {
  const example = new URL('../../templates/examples/lettera.json', import.meta.url).pathname;
  const env = { CARTEGGIO_DATA_DIR: join(work, 'dati-registro') };

  it('proves a register whose every number is a letter, and exits 0', async () => {
    // Prepare: two letters of the example's body
    const ipa = JSON.parse((await import('node:fs')).readFileSync(example, 'utf8')).mittente.codiceIpa;
    for (let i = 0; i < 2; i++) expect(carteggio(['generate', 'lettera', '--data', example, '--out', join(work, `lettere-${i}`)], env).code).toBe(0);
    // Act
    const run = carteggio(['register', 'check', ipa, '--json'], env);
    // Assess
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ ente: ipa, ultimo: 2, lettere: 2, mancanti: [], completo: true });
  });

  it('refuses a year that is not one, in Italian', () => {
    const run = carteggio(['register', 'check', 'c_x', '--anno', 'ieri'], env);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/--anno: un anno di quattro cifre/);
  });
});
