import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { LocalStack } from '../../cli/local-stack.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { resetIngestDeps } from '../../functions/ingest/ingest-deps.ts';
import { buildGenerateDeps, resetGenerateDeps } from '../../functions/generate/generate-deps.ts';
import { generateLetter, type GenerateDeps } from '../../shared/generate/generate-letter.ts';
import { registerCheck } from '../../shared/register/register-check.ts';
import { INTERRUPTED, annulStaleReservations } from '../../shared/register/sweep-reservations.ts';
import { letterId } from '../../shared/register/protocol-register.ts';

const example = JSON.parse(readFileSync(new URL('../../templates/examples/lettera.json', import.meta.url), 'utf8'));
const letterFor = (codiceIpa: string, oggetto = example.oggetto) => ({ template: 'lettera' as const, data: { ...example, oggetto, mittente: { ...example.mittente, codiceIpa } } });
const minutesLater = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

/** The register accounts for every number it gives: as a letter, as an annulment, or as an open reservation the sweep closes. */
describe('a protocol number never vanishes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-reg-'));
  const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off' });
  const stack = new LocalStack(config, async () => (await import('../../functions/ingest/handler.ts')).handler);
  let deps: GenerateDeps;
  let dynamo: DynamoDBClient;
  let endpoints: { s3: string; dynamo: string };
  const now = new Date('2024-03-05T10:00:00Z');
  const check = (ente: string) => registerCheck(ente, 2024, deps);
  const sweep = (at: Date) => annulStaleReservations(deps, { now: at });
  const failingPut = () => Object.create(deps.objects, { put: { value: async () => Promise.reject(new Error('S3 non raggiungibile')) } });

  beforeAll(async () => {
    const info = await stack.start({ s3: 0, dynamo: 0 });
    endpoints = { s3: info.s3Endpoint, dynamo: info.dynamoEndpoint };
    const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    const s3 = new S3Client({ region: config.region, endpoint: info.s3Endpoint, forcePathStyle: true, credentials });
    dynamo = new DynamoDBClient({ region: config.region, endpoint: info.dynamoEndpoint, credentials });
    deps = { ...buildGenerateDeps({ ...config, s3Endpoint: info.s3Endpoint, dynamoEndpoint: info.dynamoEndpoint }, { s3, dynamo }), now: () => now, annulmentRetryDelays: [1, 1] };
  });

  afterAll(async () => {
    await stack.stop();
    await resetIngestDeps();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('annuls, by the sweep, the number of a generation killed (SIGKILL) after taking it', async () => {
    // Prepare: one letter before, so the killed one's number sits between two letters.
    const first = await generateLetter(letterFor('c_kill'), deps);
    // Act: a process takes the next number and is killed before its letter is stored.
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./support/die-after-reservation.ts', import.meta.url)), 'c_kill', now.toISOString()], {
      env: { ...process.env, CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_S3_ENDPOINT: endpoints.s3, CARTEGGIO_DYNAMODB_ENDPOINT: endpoints.dynamo, CARTEGGIO_OCR: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const killedId = await new Promise<string>((ok, fail) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /RISERVATO (\S+)\n/.exec(out);
        if (m) {
          child.kill('SIGKILL');
          ok(m[1]);
        }
      });
      child.on('exit', (code) => fail(new Error(`il processo è uscito (${code}) senza prenotare: ${stderr}`)));
    });
    await new Promise((ok) => child.once('exit', ok));
    const after = await generateLetter(letterFor('c_kill'), deps);
    // Assess: before the sweep the number is reserved, not lost; a sweep within the limit leaves it;
    // past the limit it is annulled with its reason, and the register is whole.
    expect(killedId).toBe(letterId('c_kill', 2024, 2));
    expect([first.record.protocol.numero, after.record.protocol.numero]).toEqual(['0000001', '0000003']);
    expect(await check('c_kill')).toMatchObject({ ultimo: 3, lettere: 2, annullati: 0, inCorso: [2], mancanti: [], completo: false });
    expect((await sweep(minutesLater(now, 5))).annullate).toEqual([]);
    expect((await sweep(minutesLater(now, 11))).annullate).toEqual([killedId]);
    const annulled = await deps.letters.getAnnulled(killedId);
    expect(annulled).toMatchObject({ motivo: INTERRUPTED, template: 'lettera', oggetto: example.oggetto, protocol: { codiceIpa: 'c_kill', numero: '0000002', data: '2024-03-05', anno: 2024 } });
    expect(await check('c_kill')).toMatchObject({ ultimo: 3, lettere: 2, annullati: 1, inCorso: [], mancanti: [], doppi: [], completo: true });
    // A second sweep finds nothing more to do.
    expect(await sweep(minutesLater(now, 20))).toEqual({ annullate: [], protocollate: [], giaAnnullate: [] });
  }, 30_000);

  it('finds no gap after 20 concurrent letters with 3 forced failures', async () => {
    // Act: 20 letters at once for one body; three cannot store their files.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => generateLetter(letterFor('c_conc', `Lettera ${i + 1}`), [4, 11, 17].includes(i) ? { ...deps, objects: failingPut() } : deps)),
    );
    // Assess
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(3);
    const numbers = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [Number(o.value.record.protocol.numero)] : []));
    expect(new Set(numbers).size).toBe(17);
    const result = await check('c_conc');
    expect(result).toEqual({ ente: 'c_conc', anno: 2024, ultimo: 20, lettere: 17, entrate: 0, annullati: 3, inCorso: [], mancanti: [], doppi: [], completo: true });
    for (const n of Array.from({ length: 20 }, (_, i) => i + 1).filter((n) => !numbers.includes(n))) {
      expect((await deps.letters.getAnnulled(letterId('c_conc', 2024, n)))?.motivo).toContain('S3 non raggiungibile');
    }
  }, 30_000);

  it('closes as a letter a reservation whose letter was stored before its run died', async () => {
    // Prepare: the register cannot be reached when the letter is confirmed (the run dies there).
    const register = Object.create(deps.register, { markLetter: { value: async () => Promise.reject(new Error('DynamoDB non raggiungibile')) } });
    const warnings: string[] = [];
    const log = { warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) };
    const letter = await generateLetter(letterFor('c_confirm'), { ...deps, register, log });
    expect(await check('c_confirm')).toMatchObject({ lettere: 1, inCorso: [], completo: true });
    expect(warnings.join('\n')).toContain('prenotazione del numero non chiusa');
    // Act
    const swept = await sweep(minutesLater(now, 11));
    // Assess: the letter stands, nothing is annulled.
    expect(swept.protocollate).toContain(letter.record.id);
    expect(await deps.letters.getAnnulled(letter.record.id)).toBeNull();
    expect((await deps.register.entries('c_confirm', 2024))[0].stato).toBe('protocollato');
  });

  it('annuls, rather than keeps as both, a run that outlived the sweep’s limit', async () => {
    // Prepare: storing the files waits until the sweep has run.
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    let stored!: () => void;
    const reached = new Promise<void>((ok) => (stored = ok));
    const slow = Object.create(deps.objects, { put: { value: async (...args: Parameters<GenerateDeps['objects']['put']>) => (stored(), await gate, deps.objects.put(...args)) } });
    // Act
    const running = generateLetter(letterFor('c_slow'), { ...deps, objects: slow });
    await reached;
    const swept = await sweep(minutesLater(now, 11));
    release();
    // Assess: the number is an annulment only; the run is told, and its letter is not kept.
    await expect(running).rejects.toThrow(/annullato perché la generazione ha superato il tempo massimo/);
    const id = letterId('c_slow', 2024, 1);
    expect(swept.annullate).toEqual([id]);
    expect(await deps.letters.getLetter(id)).toBeNull();
    expect((await deps.letters.getAnnulled(id))?.motivo).toBe(INTERRUPTED);
    expect(await check('c_slow')).toMatchObject({ lettere: 0, annullati: 1, doppi: [], completo: true });
  });

  it('shows the gaps of a register numbered without reservations (a process killed before this change)', async () => {
    // Prepare: a counter at 3, as the old register left it, with one letter written for number 2.
    await DynamoDBDocumentClient.from(dynamo).send(
      new UpdateCommand({ TableName: config.table, Key: { pk: 'REG#c_old#2024', sk: 'REG' }, UpdateExpression: 'SET #last = :n', ExpressionAttributeNames: { '#last': 'last' }, ExpressionAttributeValues: { ':n': 3 } }),
    );
    const next = await generateLetter(letterFor('c_old'), deps);
    // Assess: numbering continues after the old counter; the check names the numbers unaccounted for.
    expect(next.record.protocol.numero).toBe('0000004');
    expect(await check('c_old')).toMatchObject({ ultimo: 4, lettere: 1, mancanti: [1, 2, 3], completo: false });
  });

  it('sweeps on a schedule through its own function', async () => {
    // Prepare: a reservation taken an hour ago and never closed.
    const r = await deps.register.reserve('c_cron', 2024, { template: 'sollecito', oggetto: 'Sollecito' }, new Date(Date.now() - 3_600_000));
    resetGenerateDeps();
    const { handler } = await import('../../functions/generate/sweep-handler.ts');
    // Act
    const result = await handler();
    // Assess
    expect(result.annullate).toBeGreaterThanOrEqual(1);
    expect((await deps.letters.getAnnulled(r.id))?.motivo).toBe(INTERRUPTED);
    expect(await check('c_cron')).toMatchObject({ annullati: 1, completo: true });
  });

  it('keeps numbering in order with no gap when runs die between reservation and counter', async () => {
    // Prepare: reservations written by hand beyond a counter left behind (a run killed after its put).
    const register = deps.register;
    await register.reserve('c_lag', 2024);
    await DynamoDBDocumentClient.from(dynamo).send(
      new UpdateCommand({ TableName: config.table, Key: { pk: 'REG#c_lag#2024', sk: 'REG' }, UpdateExpression: 'SET #last = :n', ExpressionAttributeNames: { '#last': 'last' }, ExpressionAttributeValues: { ':n': 0 } }),
    );
    // Act
    const numbers = await Promise.all(Array.from({ length: 12 }, () => register.reserve('c_lag', 2024)));
    // Assess
    expect(numbers.map((n) => n.progressivo).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
    expect(await register.last('c_lag', 2024)).toBe(13);
  });
});
