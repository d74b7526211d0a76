import { describe, expect, it } from 'vitest';
import { formatDocument } from '../../cli/format-document.ts';
import type { DocumentRecord } from '../../shared/records/document-record.ts';

const doc: DocumentRecord = {
  recordVersion: 2,
  id: 'e'.repeat(64),
  status: 'extracted',
  rejection: null,
  fileName: 'circolare.pdf.p7m',
  size: 1_279_385,
  original: { bucket: 'carteggio-archive', key: `originals/${'e'.repeat(64)}` },
  text: null,
  facts: {
    pageCount: 1,
    encryption: 'none',
    hasJavaScript: false,
    ocrPages: [],
    title: null,
    producer: null,
    signers: [{ name: 'ROSSI MARIA', issuer: 'ArubaPEC S.p.A. NG CA 3', signingTime: '2025-12-31T23:30:00.000Z' }],
    repairs: [{ code: 'cades-envelope', message: 'busta di firma CAdES (.p7m) aperta: letto il documento firmato' }],
    warnings: [{ code: 'undecodable-text', page: 1, message: 'pagina 1: testo senza codifica dei caratteri, riletto con OCR' }],
    attachments: [],
    readerVersion: 2,
  },
  extraction: {
    fields: { docType: 'nota', sender: null, protocol: { number: '0004521', date: '2025-03-12' }, documentDate: null, subject: null, recipients: [], cc: [], deadlines: [], meetings: [], legalReferences: [], emails: [], signatories: [], amounts: [] },
    tags: [],
    evidence: { protocol: [{ page: 1, line: 22, snippet: 'PROT. N. 0004521', ocr: false, origins: ['annotation'] }] },
  },
  readerVersion: 2,
  receivedAt: '2025-12-31T23:30:00.000Z',
  processedAt: '2025-12-31T23:30:01.000Z',
  durationMs: 800,
};

describe('a document as a person reads it', () => {
  it('shows when it arrived in Rome time, not UTC', () => {
    expect(formatDocument(doc, [])).toContain('ricevuto il 01/01/2026 00:30');
  });

  it('shows who signed the envelope, what was repaired and what to check', () => {
    const text = formatDocument(doc, []);
    expect(text).toContain('ROSSI MARIA');
    expect(text).toContain('busta di firma CAdES');
    expect(text).toContain('riletto con OCR');
  });

  it('says when a value was read from an annotation', () => {
    expect(formatDocument(doc, [])).toMatch(/Protocollo: n\. 0004521 del 12\/03\/2025 {2}\(p\. 1, r\. 23, da un’annotazione\)/);
  });

  it('writes sizes with the Italian decimal comma', () => {
    expect(formatDocument(doc, [])).toContain('1.249,4 kB');
  });
});
