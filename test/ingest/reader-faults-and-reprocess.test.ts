import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestObject } from '../../shared/ingest/ingest-object.ts';
import { isSelected, reprocessDocuments } from '../../shared/ingest/reprocess-documents.ts';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import { ReaderFault } from '../../shared/read/errors.ts';
import { READER_VERSION } from '../../shared/read/reader-version.ts';
import type { DocumentReader } from '../../shared/read/read-outcome.ts';
import type { DocumentRecord } from '../../shared/records/document-record.ts';
import { makePdf } from '../support/make-pdf.ts';
import { startEmbeddedStack, type EmbeddedStack } from '../support/embedded-stack.ts';

/** Through the emulators and the real SDK: a reader's own fault blames no file, and a better reader reads the archive again. */
describe('reader faults and reprocessing', () => {
  let env: EmbeddedStack;
  let reader: ReaderPool;
  let objects: EmbeddedStack['objects'];
  let documents: EmbeddedStack['documents'];
  let config: EmbeddedStack['config'];

  beforeAll(async () => {
    env = await startEmbeddedStack();
    ({ objects, documents, config } = env);
    reader = new ReaderPool(config.limits, 1);
  });

  afterAll(async () => {
    await reader.close();
    await env.stop();
  });

  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

  it('records nothing against the file when the reader itself fails, and keeps the original', async () => {
    // Prepare: a valid letter in the archive bucket (not the inbox: no event fires), and a reader that breaks.
    const pdf = await makePdf([['Oggetto: lettera letta da un lettore guasto']]);
    await objects.put(config.archiveBucket, 'arrivi/guasto.pdf', pdf, 'application/pdf');
    const broken: DocumentReader = { read: () => Promise.reject(new ReaderFault('dati OCR mancanti')), close: async () => {} };
    // Act
    const ingestion = ingestObject({ bucket: config.archiveBucket, key: 'arrivi/guasto.pdf', arrival: '1' }, { objects, documents, reader: broken, archiveBucket: config.archiveBucket });
    // Assess: the message fails (to be retried), no rejection is recorded, the original is kept.
    await expect(ingestion).rejects.toBeInstanceOf(ReaderFault);
    expect(await documents.getDocument(sha(pdf))).toBeNull();
    expect(await objects.exists(config.archiveBucket, `originals/${sha(pdf)}`)).toBe(true);
  });

  it('reads again a document an older reader refused, and records the new reader version', async () => {
    // Prepare: a letter with an incremental update, recorded as the first reader did ("too-deep").
    const pdf = await makePdf([['Oggetto: piano di zona 2025', '', 'Si prega di rispondere entro il 30/06/2025.']]);
    const id = sha(pdf);
    await objects.put(config.archiveBucket, `originals/${id}`, pdf, 'application/octet-stream');
    const old: DocumentRecord = {
      id,
      status: 'rejected',
      rejection: { code: 'too-deep', message: 'Il PDF ha una struttura annidata troppo profonda o ciclica.' },
      fileName: 'piano.pdf',
      size: pdf.length,
      original: { bucket: config.archiveBucket, key: `originals/${id}` },
      text: null,
      facts: null,
      extraction: null,
      readerVersion: 1,
      receivedAt: '2026-01-02T10:00:00.000Z',
      processedAt: '2026-01-02T10:00:01.000Z',
      durationMs: 5,
    };
    await documents.putDocumentIfAbsent(old);
    // Act
    const [result] = await reprocessDocuments([old], { objects, documents, reader, archiveBucket: config.archiveBucket });
    // Assess
    expect(result).toMatchObject({ before: { status: 'rejected', code: 'too-deep', readerVersion: 1 }, after: { status: 'extracted', readerVersion: READER_VERSION }, error: null });
    const now = await documents.getDocument(id);
    expect(now).toMatchObject({ status: 'extracted', readerVersion: READER_VERSION, fileName: 'piano.pdf', receivedAt: old.receivedAt });
    expect(now?.extraction?.fields.deadlines).toEqual([{ date: '2025-06-30' }]);
  });

  it('selects by rejection code and by older reader version, not the rest', () => {
    const doc = { id: 'ab'.repeat(32), rejection: { code: 'too-deep' }, readerVersion: READER_VERSION } as DocumentRecord;
    expect(isSelected(doc, { rejectionCode: 'too-deep' })).toBe(true);
    expect(isSelected(doc, { rejectionCode: 'truncated' })).toBe(false);
    expect(isSelected(doc, { olderReader: true })).toBe(false);
    expect(isSelected({ ...doc, readerVersion: 1 }, { olderReader: true })).toBe(true);
  });
});
