import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { XMLParser } from 'fast-xml-parser';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LocalStack } from '../../cli/local-stack.ts';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { resetIngestDeps } from '../../functions/ingest/ingest-deps.ts';
import { buildGenerateDeps } from '../../functions/generate/generate-deps.ts';
import { LetterInputError, generateLetter, type GenerateDeps } from '../../shared/generate/generate-letter.ts';
import { DynamoProtocolRegister } from '../../shared/register/dynamo-protocol-register.ts';
import { DynamoDocumentStore } from '../../shared/storage/dynamo-document-store.ts';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { defaultReadLimits } from '../../shared/read/read-limits.ts';
import type { DocumentRecord } from '../../shared/records/document-record.ts';

const example = (t: string) => JSON.parse(readFileSync(new URL(`../../templates/examples/${t}.json`, import.meta.url), 'utf8'));

describe('letter generation against the local S3 and DynamoDB', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'carteggio-gen-'));
  const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off' });
  const stack = new LocalStack(config, async () => (await import('../../functions/ingest/handler.ts')).handler);
  let s3: S3Client;
  let dynamo: DynamoDBClient;
  let deps: GenerateDeps;
  const now = new Date('2024-03-05T10:00:00Z');

  beforeAll(async () => {
    const info = await stack.start({ s3: 0, dynamo: 0 });
    const local = { ...config, s3Endpoint: info.s3Endpoint, dynamoEndpoint: info.dynamoEndpoint };
    const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    s3 = new S3Client({ region: config.region, endpoint: info.s3Endpoint, forcePathStyle: true, credentials });
    dynamo = new DynamoDBClient({ region: config.region, endpoint: info.dynamoEndpoint, credentials });
    deps = { ...buildGenerateDeps(local, { s3, dynamo }), now: () => now };
  });

  afterAll(async () => {
    await stack.stop();
    await resetIngestDeps();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = async (ref: { bucket: string; key: string }) =>
    Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key }))).Body!.transformToByteArray());

  describe('the protocol register', () => {
    it('gives parallel requests distinct, consecutive, zero-padded numbers', async () => {
      const register = new DynamoProtocolRegister(dynamo, config.table);
      const numbers = await Promise.all(Array.from({ length: 40 }, () => register.next('c_test', 2025)));
      const sorted = numbers.map((n) => n.numero).sort();
      expect(sorted).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1).padStart(7, '0')));
    });

    it('restarts at 0000001 each year and keeps bodies apart', async () => {
      const register = new DynamoProtocolRegister(dynamo, config.table);
      await register.next('c_anno', 2025);
      expect((await register.next('c_anno', 2026)).numero).toBe('0000001');
      expect((await register.next('c_altro', 2025)).numero).toBe('0000001');
    });
  });

  it('takes no protocol number when the input is invalid', async () => {
    const register = new DynamoProtocolRegister(dynamo, config.table);
    const before = await register.next('c_invalid', 2024);
    const bad = { ...example('lettera'), mittente: { ...example('lettera').mittente, codiceIpa: 'c_invalid' }, corpo: '' };
    await expect(generateLetter({ template: 'lettera', data: bad }, deps)).rejects.toBeInstanceOf(LetterInputError);
    expect((await register.next('c_invalid', 2024)).progressivo).toBe(before.progressivo + 1);
  });

  it('keeps a number whose letter could not be stored as annulled, with the reason, and never reuses it', async () => {
    // Prepare: an outputs bucket that cannot be written, for a body with its own register.
    const register = new DynamoProtocolRegister(dynamo, config.table);
    const before = await register.next('c_annul', 2024);
    const failing = Object.create(deps.objects, { put: { value: async () => Promise.reject(new Error('S3 non raggiungibile')) } });
    const data = { ...example('lettera'), mittente: { ...example('lettera').mittente, codiceIpa: 'c_annul' } };
    // Act
    await expect(generateLetter({ template: 'lettera', data }, { ...deps, objects: failing })).rejects.toThrow('S3 non raggiungibile');
    // Assess
    const taken = String(before.progressivo + 1).padStart(7, '0');
    const annulled = await deps.letters.getAnnulled(`c_annul-2024-${taken}`);
    expect(annulled?.motivo).toContain('S3 non raggiungibile');
    expect((await generateLetter({ template: 'lettera', data }, deps)).record.protocol.numero).toBe(String(before.progressivo + 2).padStart(7, '0'));
  });

  describe('when the store cannot write the annulment', () => {
    // Prepare: an outputs bucket that cannot be written, and a letter store whose annulments fail.
    const failingObjects = () => Object.create(deps.objects, { put: { value: async () => Promise.reject(new Error('S3 non raggiungibile')) } });
    const flakyLetters = (failures: number) => {
      let calls = 0;
      const letters = Object.create(deps.letters, {
        putAnnulled: { value: async (entry: never) => (++calls <= failures ? Promise.reject(new Error('DynamoDB non raggiungibile')) : deps.letters.putAnnulled(entry)) },
      });
      return { letters, calls: () => calls };
    };
    const recorder = () => {
      const lines: { level: string; message: string; details: Record<string, unknown> }[] = [];
      return { lines, log: { warn: (message: string, details: Record<string, unknown>) => lines.push({ level: 'warn', message, details }), error: (message: string, details: Record<string, unknown>) => lines.push({ level: 'error', message, details }) } };
    };

    it('tries again, and records the annulment once the store answers', async () => {
      const register = new DynamoProtocolRegister(dynamo, config.table);
      const before = await register.next('c_retry', 2024);
      const data = { ...example('lettera'), mittente: { ...example('lettera').mittente, codiceIpa: 'c_retry' } };
      const flaky = flakyLetters(2);
      const { lines, log } = recorder();
      // Act
      await expect(generateLetter({ template: 'lettera', data }, { ...deps, objects: failingObjects(), letters: flaky.letters, log, annulmentRetryDelays: [1, 1] })).rejects.toThrow('S3 non raggiungibile');
      // Assess: three attempts, two failures told, the annulment stored with the reason of the failure.
      const taken = String(before.progressivo + 1).padStart(7, '0');
      expect(flaky.calls()).toBe(3);
      expect((await deps.letters.getAnnulled(`c_retry-2024-${taken}`))?.motivo).toContain('S3 non raggiungibile');
      expect(lines.filter((l) => l.level === 'warn' && l.details.errore === 'DynamoDB non raggiungibile')).toHaveLength(2);
      expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    });

    it('logs an error with the whole annulment when every attempt fails, and still reports the original failure', async () => {
      const register = new DynamoProtocolRegister(dynamo, config.table);
      const before = await register.next('c_lost', 2024);
      const data = { ...example('lettera'), mittente: { ...example('lettera').mittente, codiceIpa: 'c_lost' } };
      const flaky = flakyLetters(Infinity);
      const { lines, log } = recorder();
      // Act
      await expect(generateLetter({ template: 'lettera', data }, { ...deps, objects: failingObjects(), letters: flaky.letters, log, annulmentRetryDelays: [1, 1] })).rejects.toThrow('S3 non raggiungibile');
      // Assess
      const id = `c_lost-2024-${String(before.progressivo + 1).padStart(7, '0')}`;
      expect(flaky.calls()).toBe(3);
      const errors = lines.filter((l) => l.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0].details).toMatchObject({ id, errore: 'DynamoDB non raggiungibile', annullamento: { id, motivo: expect.stringContaining('S3 non raggiungibile') } });
      expect(await deps.letters.getAnnulled(id)).toBeNull();
    });
  });

  it('refuses a logo that does not decode before taking a number', async () => {
    const register = new DynamoProtocolRegister(dynamo, config.table);
    const before = await register.next('c_logo', 2024);
    const data = { ...example('lettera'), mittente: { ...example('lettera').mittente, codiceIpa: 'c_logo', logo: 'data:image/png;base64,bm9uIMOoIHVuIFBORw==' } };
    await expect(generateLetter({ template: 'lettera', data }, deps)).rejects.toBeInstanceOf(LetterInputError);
    expect((await register.next('c_logo', 2024)).progressivo).toBe(before.progressivo + 1);
  });

  it('records a warning, in Italian, for a meeting already past on the letter\'s date', async () => {
    const data = { ...example('convocazione'), data: '2024-03-05' };
    data.riunione = { ...data.riunione, data: '2024-03-01' };
    const { record } = await generateLetter({ template: 'convocazione', data }, deps);
    expect(record.warnings).toContain('La riunione (01/03/2024) è anteriore alla data della lettera (05/03/2024).');
  });

  describe('the calendar of Rome, not of UTC', () => {
    const ipa = (name: string) => ({ ...example('lettera'), mittente: { ...example('lettera').mittente, codiceIpa: name } });
    const textOf = async (pdf: Uint8Array) => {
      const outcome = await readAndExtract(pdf, defaultReadLimits);
      if (!outcome.ok) throw new Error(outcome.message);
      return outcome.pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
    };

    it('dates a letter registered at 00:30 on 1 January in Rome 2026-01-01, in the 2026 register', async () => {
      // Prepare: 23:30 UTC on 31 December is 00:30 on 1 January in Rome (UTC+1).
      const newYear = new Date('2025-12-31T23:30:00Z');
      const register = new DynamoProtocolRegister(dynamo, config.table);
      // Act
      const letter = await generateLetter({ template: 'lettera', data: ipa('c_capodanno') }, { ...deps, now: () => newYear });
      // Assess: the record, the register, the files, the printed lines, the PEC subject and the segnatura.
      const r = letter.record;
      expect(r.protocol).toMatchObject({ data: '2026-01-01', anno: 2026, numero: '0000001' });
      expect(r.id).toBe('c_capodanno-2026-0000001');
      expect(r.outputs.pdf.key).toBe('letters/c_capodanno/2026/0000001.pdf');
      expect((await register.next('c_capodanno', 2026)).numero).toBe('0000002');
      expect((await register.next('c_capodanno', 2025)).numero).toBe('0000001');
      const text = await textOf(letter.pdf);
      expect(text).toContain('San Severo, 1° gennaio 2026');
      expect(text).toContain('Prot. n. 0000001 del 01/01/2026');
      expect((await simpleParser(letter.eml)).subject).toContain('Prot. n. 0000001 del 01/01/2026');
      expect(letter.segnatura).toMatch(/<(\w+:)?DataRegistrazione>2026-01-01<\/(\w+:)?DataRegistrazione>/);
    });

    it('still dates 31 December in the 2025 register at 23:59 in Rome', async () => {
      const letter = await generateLetter({ template: 'lettera', data: ipa('c_sanSilvestro') }, { ...deps, now: () => new Date('2025-12-31T22:59:00Z') });
      expect(letter.record.protocol).toMatchObject({ data: '2025-12-31', anno: 2025 });
    });

    // Summer time in 2026 starts at 01:00 UTC on 29 March and ends at 01:00 UTC on 25 October.
    it.each([
      ['2026-03-28T23:30:00Z', '2026-03-29'], // 00:30 CET, the night the clocks go forward
      ['2026-03-29T00:30:00Z', '2026-03-29'], // 01:30 CET, half an hour before the change
      ['2026-03-29T21:59:00Z', '2026-03-29'], // 23:59 CEST, first evening of summer time (UTC+2)
      ['2026-03-29T22:30:00Z', '2026-03-30'], // 00:30 CEST
      ['2026-10-24T21:59:00Z', '2026-10-24'], // 23:59 CEST
      ['2026-10-24T22:30:00Z', '2026-10-25'], // 00:30 CEST, the night the clocks go back
      ['2026-10-25T22:30:00Z', '2026-10-25'], // 23:30 CET: UTC+1 again
      ['2026-10-25T23:00:00Z', '2026-10-26'], // 00:00 CET
    ])('dates a letter registered at %s on %s', async (instant, day) => {
      const { record } = await generateLetter({ template: 'lettera', data: ipa('c_ora_legale') }, { ...deps, now: () => new Date(instant) });
      expect(record.protocol.data).toBe(day);
    });
  });

  describe('a generated convocation', async () => {
    let letter: Awaited<ReturnType<typeof generateLetter>>;
    beforeAll(async () => {
      letter = await generateLetter({ template: 'convocazione', data: example('convocazione') }, deps);
    });

    it('stores the PDF, the .eml and the segnatura, and records where they are', async () => {
      const r = letter.record;
      expect(r.protocol).toMatchObject({ codiceIpa: 'c_i158', data: '2024-03-05', anno: 2024 });
      expect(r.protocol.numero).toMatch(/^\d{7}$/);
      expect(createHash('sha256').update(await get(r.outputs.pdf)).digest('hex')).toBe(r.pdfSha256);
      expect((await get(r.outputs.eml)).length).toBe(r.emlBytes);
      expect((await get(r.outputs.segnatura)).toString('utf8')).toBe(letter.segnatura);
      expect(await deps.letters.getLetter(r.id)).toEqual(r);
    });

    it('builds a MIME message to the PEC addresses, with the subject and the PDF attached', async () => {
      const mail = await simpleParser(letter.eml);
      const to = (Array.isArray(mail.to) ? mail.to : [mail.to!]).flatMap((a) => a.value.map((v) => v.address));
      expect(to).toEqual(example('convocazione').destinatari.map((d: { pec: string }) => d.pec));
      expect(mail.from?.value[0].address).toBe(example('convocazione').mittente.pec);
      expect(mail.subject).toBe(`Prot. n. ${letter.record.protocol.numero} del 05/03/2024 – ${example('convocazione').oggetto}`);
      const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf')!;
      expect(pdf.filename).toBe(`${letter.record.protocol.numero}.pdf`);
      expect(createHash('sha256').update(pdf.content).digest('hex')).toBe(letter.record.pdfSha256);
      expect(mail.attachments.map((a) => a.filename)).toContain('Segnatura.xml');
    });

    it('writes an AgID SegnaturaInformatica 3.0.0 whose Impronta is the SHA-256 of the PDF', () => {
      const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: (name) => name === 'Destinatario' }).parse(letter.segnatura);
      const root = xml.SegnaturaInformatica;
      expect(root['@versione']).toBe('3.0.0');
      const id = root.Intestazione.Identificatore;
      expect(id).toMatchObject({ CodiceAmministrazione: 'c_i158', CodiceAOO: 'AOO_SS', DataRegistrazione: '2024-03-05' });
      expect(String(id.NumeroRegistrazione).padStart(7, '0')).toBe(letter.record.protocol.numero);
      expect(root.Intestazione.Oggetto).toBe(example('convocazione').oggetto);
      expect(root.Intestazione.Classifica).toEqual({ Denominazione: example('convocazione').classifica.denominazione, CodiceFlat: example('convocazione').classifica.codice });
      const documento = root.Descrizione.DocumentoPrimario;
      expect(documento).toMatchObject({ '@nomeFile': `${letter.record.protocol.numero}.pdf`, '@mimeType': 'application/pdf' });
      expect(Buffer.from(documento.Impronta['#text'], 'base64').toString('hex')).toBe(letter.record.pdfSha256);
      expect(root.Descrizione.Destinatario.map((d: Record<string, string>) => [d['@confermaRicezione'], d['@perConoscenza']])).toEqual(
        example('convocazione').destinatari.map(() => ['true', 'false']),
      );
    });

    it('reads back through Carteggio’s own extraction with its subject, meeting and deadline', async () => {
      const outcome = await readAndExtract(letter.pdf, defaultReadLimits);
      if (!outcome.ok) throw new Error(outcome.message);
      const f = outcome.extraction.fields;
      expect(f.docType).toBe('convocazione');
      expect(f.sender).toBe('Città di San Severo');
      expect(f.protocol).toEqual({ number: letter.record.protocol.numero, date: '2024-03-05' });
      expect(f.subject).toBe(example('convocazione').oggetto);
      expect(f.meetings).toEqual([{ date: example('convocazione').riunione.data, time: example('convocazione').riunione.ora }]);
      expect(f.deadlines).toEqual([...new Set(example('convocazione').scadenze.map((s: { data: string }) => s.data))].map((date) => ({ date })));
      expect(f.signatories.map((s) => s.name)).toEqual(['Antonella Tortorella', 'Simona Venditti']);
    });
  });

  it('pre-fills a reminder from an ingested circular: reference, subject and deadline', async () => {
    const circular: DocumentRecord = {
      id: 'a'.repeat(64),
      status: 'extracted',
      rejection: null,
      fileName: 'circolare.pdf',
      readerVersion: 2,
      size: 1,
      original: { bucket: config.archiveBucket, key: 'originals/x' },
      text: null,
      facts: null,
      extraction: {
        fields: {
          docType: 'circolare', sender: 'Regione Calabria', protocol: { number: '0032047', date: '2021-01-26' }, documentDate: '2021-01-26',
          subject: 'Piani di Zona – rendicontazione', recipients: [], cc: [], deadlines: [{ date: '2021-02-10' }], meetings: [],
          legalReferences: [], emails: [], signatories: [], amounts: [],
        },
        tags: [],
        evidence: {},
      },
      receivedAt: now.toISOString(),
      processedAt: now.toISOString(),
      durationMs: 1,
    };
    await new DynamoDocumentStore(dynamo, config.table).putDocumentIfAbsent(circular);
    const { oggetto, riferimento, scadenzaOriginale, ...rest } = example('sollecito');
    void oggetto; void riferimento; void scadenzaOriginale;
    const letter = await generateLetter({ template: 'sollecito', data: rest, fromDocumentId: circular.id }, deps);
    const outcome = await readAndExtract(letter.pdf, defaultReadLimits);
    if (!outcome.ok) throw new Error(outcome.message);
    const text = outcome.pages.flatMap((p) => p.lines.map((l) => l.text)).join(' ');
    expect(letter.record.oggetto).toBe('Sollecito – Piani di Zona – rendicontazione');
    expect(text).toContain('Rif. nota prot. n. 0032047 del 26/01/2021');
    expect(text).toContain('entro il 10/02/2021');
  });
});
