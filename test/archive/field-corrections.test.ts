import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctField } from '../../shared/archive/correct-field.ts';
import { effectiveFields } from '../../shared/archive/effective-fields.ts';
import { ArchiveError, CorrectionError } from '../../shared/archive/errors.ts';
import { fieldsToReview } from '../../shared/archive/fields-to-review.ts';
import type { DocumentRecord, Receipt } from '../../shared/records/document-record.ts';
import type { ExtractedFields, Extraction, FieldEvidence } from '../../shared/records/extracted-fields.ts';
import type { FieldCorrection } from '../../shared/records/field-correction.ts';
import type { CorrectionStore } from '../../shared/storage/correction-store.ts';
import type { DocumentStore } from '../../shared/storage/document-store.ts';
import { DynamoCorrectionStore } from '../../shared/storage/dynamo-correction-store.ts';
import { MemoryCorrectionStore } from '../../shared/storage/memory-correction-store.ts';
import { startEmbeddedStack, type EmbeddedStack } from '../support/embedded-stack.ts';

/** The document records the domain reads, in memory: only what correcting a field uses. */
class MemoryDocumentStore implements DocumentStore {
  private readonly docs = new Map<string, DocumentRecord>();
  async getDocument(id: string) {
    const d = this.docs.get(id);
    return d ? structuredClone(d) : null;
  }
  async putDocumentIfAbsent(doc: DocumentRecord) {
    if (this.docs.has(doc.id)) return false;
    this.docs.set(doc.id, structuredClone(doc));
    return true;
  }
  async replaceDocument(doc: DocumentRecord) {
    this.docs.set(doc.id, structuredClone(doc));
  }
  async addReceipt(): Promise<boolean> {
    throw new Error('not used by these tests');
  }
  async listReceipts(): Promise<Receipt[]> {
    throw new Error('not used by these tests');
  }
  async addKeyVersion(): Promise<boolean> {
    throw new Error('not used by these tests');
  }
  async listKeyVersions(): Promise<never[]> {
    throw new Error('not used by these tests');
  }
  async listDocuments(): Promise<DocumentRecord[]> {
    return [...this.docs.values()];
  }
}

let env: EmbeddedStack | undefined;
beforeAll(async () => {
  env = await startEmbeddedStack();
});
afterAll(async () => {
  await env?.stop();
});

interface Backend {
  documents: DocumentStore;
  corrections: CorrectionStore;
}
const backends: { name: string; make: () => Backend }[] = [
  { name: 'in memory', make: () => ({ documents: new MemoryDocumentStore(), corrections: new MemoryCorrectionStore() }) },
  { name: 'DynamoDB (dynalite, real SDK)', make: () => ({ documents: env!.documents, corrections: new DynamoCorrectionStore(env!.dynamo, env!.config.table) }) },
];

/** A fresh document id per test: the DynamoDB table is shared by every test in this file. */
const newId = () => createHash('sha256').update(randomUUID()).digest('hex');

const FIELDS: ExtractedFields = {
  docType: 'circolare',
  sender: 'Ministero del Lavoro e delle Politiche Sociali',
  protocol: { number: '0001234', date: '2025-05-12' },
  documentDate: '2025-05-12',
  subject: 'Supervisione del personale dei servizi sociali',
  recipients: ['Ambiti Territoriali Sociali'],
  cc: [],
  deadlines: [{ date: '2025-06-30' }],
  meetings: [],
  legalReferences: ['D.Lgs. 147/2017'],
  emails: [],
  signatories: [{ role: 'Il Direttore Generale', name: 'Mario Rossi' }],
  amounts: [],
};

const line = (n: number, snippet: string, more: Partial<FieldEvidence[string][number]> = {}) => ({ page: 1, line: n, snippet, ocr: false, ...more });

function extraction(fields: Partial<ExtractedFields> = {}, evidence: FieldEvidence = {}): Extraction {
  return { fields: { ...FIELDS, ...fields }, tags: [], evidence: { subject: [line(8, 'Oggetto: Supervisione del personale dei servizi sociali')], ...evidence } };
}

function record(id: string, x: Extraction | null = extraction()): DocumentRecord {
  return {
    id,
    status: x ? 'extracted' : 'rejected',
    rejection: x ? null : { code: 'encrypted', message: 'Il PDF è protetto da password.' },
    fileName: 'circolare.pdf',
    size: 1000,
    original: { bucket: 'carteggio-archive', key: `originals/${id}` },
    text: null,
    facts: null,
    extraction: x,
    readerVersion: 2,
    receivedAt: '2026-01-02T10:00:00.000Z',
    processedAt: '2026-01-02T10:00:01.000Z',
    durationMs: 5,
  };
}

function correction(documentId: string, at: string, over: Partial<FieldCorrection> = {}): FieldCorrection {
  return { recordVersion: 1, documentId, field: 'subject', before: FIELDS.subject, after: `Oggetto corretto alle ${at}`, user: 'dev-ambito', at, motivo: null, ...over };
}

/** A clock that gives these instants, one per call. */
const clock = (...instants: string[]) => {
  let i = 0;
  return () => new Date(instants[Math.min(i++, instants.length - 1)]);
};

describe.each(backends)('correction store contract: $name', ({ make }) => {
  it('lists a document’s corrections newest first, whatever order they were added in', async () => {
    // Prepare
    const { corrections } = make();
    const id = newId();
    for (const at of ['2026-03-02T09:00:00.000Z', '2026-03-01T09:00:00.000Z', '2026-03-03T09:00:00.000Z']) await corrections.addCorrection(correction(id, at));
    // Act
    const listed = await corrections.listCorrections(id);
    // Assess
    expect(listed.map((c) => c.at)).toEqual(['2026-03-03T09:00:00.000Z', '2026-03-02T09:00:00.000Z', '2026-03-01T09:00:00.000Z']);
  });

  it('keeps both corrections of the same field, each with its own before and after', async () => {
    // Prepare
    const { corrections } = make();
    const id = newId();
    const first = correction(id, '2026-03-01T09:00:00.000Z', { before: 'A', after: 'B' });
    const second = correction(id, '2026-03-01T10:00:00.000Z', { before: 'B', after: 'C' });
    // Act
    await corrections.addCorrection(first);
    await corrections.addCorrection(second);
    // Assess
    expect(await corrections.listCorrections(id)).toEqual([second, first]);
  });

  it('never overwrites: two corrections of the same field at the same instant are both kept', async () => {
    // Prepare
    const { corrections } = make();
    const id = newId();
    const at = '2026-03-01T09:00:00.000Z';
    // Act
    await corrections.addCorrection(correction(id, at, { user: 'dev-ministero', after: 'da un ufficio' }));
    await corrections.addCorrection(correction(id, at, { user: 'dev-regione', after: 'da un altro' }));
    // Assess
    expect((await corrections.listCorrections(id)).map((c) => c.after).sort()).toEqual(['da un altro', 'da un ufficio']);
  });

  it('lists only the corrections of the document asked for', async () => {
    // Prepare
    const { corrections } = make();
    const [mine, other] = [newId(), newId()];
    await corrections.addCorrection(correction(mine, '2026-03-01T09:00:00.000Z'));
    await corrections.addCorrection(correction(other, '2026-03-01T09:00:00.000Z'));
    // Act
    const listed = await corrections.listCorrections(mine);
    // Assess
    expect(listed.map((c) => c.documentId)).toEqual([mine]);
  });

  it('lists nothing for a document never corrected', async () => {
    // Prepare
    const { corrections } = make();
    // Act
    const listed = await corrections.listCorrections(newId());
    // Assess
    expect(listed).toEqual([]);
  });

  it('refuses, and does not store, a correction whose value does not fit the field', async () => {
    // Prepare
    const { corrections } = make();
    const id = newId();
    // Act
    const adding = corrections.addCorrection(correction(id, '2026-03-01T09:00:00.000Z', { field: 'deadlines', before: [], after: [{ date: '30/06/2025' }] }));
    // Assess
    await expect(adding).rejects.toThrow();
    expect(await corrections.listCorrections(id)).toEqual([]);
  });
});

describe('DynamoDB: corrections beside the document in the same table', () => {
  it('leaves the document’s record, receipts and place in the list as they were', async () => {
    // Prepare
    const { documents } = env!;
    const corrections = new DynamoCorrectionStore(env!.dynamo, env!.config.table);
    const id = newId();
    const receipt: Receipt = { documentId: id, bucket: 'carteggio-inbox', key: 'circolare.pdf', arrival: '1', receivedAt: '2026-01-02T10:00:00.000Z' };
    await documents.putDocumentIfAbsent(record(id));
    await documents.addReceipt(receipt);
    const before = { doc: await documents.getDocument(id), receipts: await documents.listReceipts(id) };
    // Act
    await corrections.addCorrection(correction(id, '2026-03-01T09:00:00.000Z'));
    // Assess
    const listed = (await documents.listDocuments({ limit: 1000 })).filter((d) => d.id === id);
    expect({ doc: await documents.getDocument(id), receipts: await documents.listReceipts(id), listed: listed.length }).toEqual({ ...before, listed: 1 });
  });
});

describe.each(backends)('correcting a field: $name', ({ make }) => {
  it('refuses a date not in AAAA-MM-GG with an Italian message', async () => {
    // Prepare
    const deps = make();
    const id = newId();
    await deps.documents.putDocumentIfAbsent(record(id));
    // Act
    const correcting = correctField(deps, { documentId: id, field: 'deadlines', value: [{ date: '30/06/2025' }], user: 'dev-ambito' });
    // Assess
    await expect(correcting).rejects.toMatchObject({ name: 'CorrectionError', code: 'invalid-value', message: 'Scadenze: ogni data nel formato AAAA-MM-GG' });
  });

  it('stores nothing when the value is refused', async () => {
    // Prepare
    const deps = make();
    const id = newId();
    await deps.documents.putDocumentIfAbsent(record(id));
    // Act
    await correctField(deps, { documentId: id, field: 'documentDate', value: '2025-02-30', user: 'dev-ambito' }).catch(() => {});
    // Assess
    expect(await deps.corrections.listCorrections(id)).toEqual([]);
  });

  it('refuses a field that is not one of the extracted fields', async () => {
    // Prepare
    const deps = make();
    const id = newId();
    await deps.documents.putDocumentIfAbsent(record(id));
    // Act
    const correcting = correctField(deps, { documentId: id, field: 'tags', value: ['LEPS'], user: 'dev-ambito' });
    // Assess
    await expect(correcting).rejects.toMatchObject({ code: 'unknown-field', message: expect.stringMatching(/^Campo sconosciuto «tags»/) });
  });

  it('refuses a rejected document: it has no fields to correct', async () => {
    // Prepare
    const deps = make();
    const id = newId();
    await deps.documents.putDocumentIfAbsent(record(id, null));
    // Act
    const correcting = correctField(deps, { documentId: id, field: 'subject', value: 'Un oggetto', user: 'dev-ambito' });
    // Assess
    await expect(correcting).rejects.toMatchObject({ code: 'no-extraction', message: expect.stringMatching(/rifiutato.*non ha campi estratti/) });
  });

  it('records as "before" the value shown until then, the previous correction’s', async () => {
    // Prepare
    const deps = { ...make(), now: clock('2026-03-01T09:00:00.000Z', '2026-03-01T10:00:00.000Z') };
    const id = newId();
    await deps.documents.putDocumentIfAbsent(record(id));
    await correctField(deps, { documentId: id, field: 'subject', value: 'Prima correzione', user: 'dev-ambito' });
    // Act
    const { corrections } = await correctField(deps, { documentId: id, field: 'subject', value: 'Seconda correzione', user: 'dev-regione', motivo: 'refuso' });
    // Assess
    expect(corrections.map(({ before, after }) => ({ before, after }))).toEqual([
      { before: 'Prima correzione', after: 'Seconda correzione' },
      { before: FIELDS.subject, after: 'Prima correzione' },
    ]);
  });

  it('returns the fields with the latest correction applied, even when the clock has not moved', async () => {
    // Prepare
    const deps = { ...make(), now: clock('2026-03-01T09:00:00.000Z') };
    const id = newId();
    await deps.documents.putDocumentIfAbsent(record(id));
    await correctField(deps, { documentId: id, field: 'deadlines', value: [{ date: '2025-07-15' }], user: 'dev-ambito' });
    // Act
    const { fields } = await correctField(deps, { documentId: id, field: 'deadlines', value: [{ date: '2025-07-31' }], user: 'dev-ambito' });
    // Assess
    expect(fields.deadlines).toEqual([{ date: '2025-07-31' }]);
  });

  it('keeps the correction when the document is extracted again', async () => {
    // Prepare: a document, its subject corrected, then reprocessing rewrites the record with a new extraction.
    const deps = make();
    const id = newId();
    await deps.documents.putDocumentIfAbsent(record(id));
    await correctField(deps, { documentId: id, field: 'subject', value: 'Supervisione professionale: indicazioni operative', user: 'dev-ambito' });
    await deps.documents.replaceDocument({ ...record(id, extraction({ subject: 'Supervisione del personale (riletto)' })), readerVersion: 3 });
    // Act
    const doc = await deps.documents.getDocument(id);
    const fields = effectiveFields(doc!.extraction, await deps.corrections.listCorrections(id));
    // Assess
    expect({ readerVersion: doc!.readerVersion, subject: fields!.subject }).toEqual({ readerVersion: 3, subject: 'Supervisione professionale: indicazioni operative' });
  });
});

describe('correction errors', () => {
  it('are archive errors carrying the schema’s complaint as their cause', async () => {
    // Prepare
    const deps = { documents: new MemoryDocumentStore(), corrections: new MemoryCorrectionStore() };
    const id = newId();
    await deps.documents.putDocumentIfAbsent(record(id));
    // Act
    const error = await correctField(deps, { documentId: id, field: 'meetings', value: [{ date: '2025-06-30', time: '9.30' }], user: 'dev-ambito' }).catch((e: unknown) => e);
    // Assess
    expect(error instanceof CorrectionError && error instanceof ArchiveError && error.cause !== undefined && error.details).toEqual(['Riunioni: ogni ora nel formato HH:MM']);
  });
});

describe('effective fields', () => {
  it('are none for a document without extraction', () => {
    // Act
    const fields = effectiveFields(null, [correction(newId(), '2026-03-01T09:00:00.000Z')]);
    // Assess
    expect(fields).toBeNull();
  });

  it('take, per field, the correction with the latest time, whatever the list’s order', () => {
    // Prepare
    const id = newId();
    const older = correction(id, '2026-03-01T09:00:00.000Z', { after: 'vecchia' });
    const newer = correction(id, '2026-03-02T09:00:00.000Z', { after: 'nuova' });
    // Act
    const fields = effectiveFields(extraction(), [older, newer]);
    // Assess
    expect(fields!.subject).toBe('nuova');
  });

  it('leave uncorrected fields as extracted', () => {
    // Prepare
    const id = newId();
    // Act
    const fields = effectiveFields(extraction(), [correction(id, '2026-03-01T09:00:00.000Z')]);
    // Assess
    expect({ ...fields, subject: FIELDS.subject }).toEqual(FIELDS);
  });
});

describe('fields to review', () => {
  const names = (x: Extraction | null, corrections: FieldCorrection[] = []) => fieldsToReview(x, corrections).map((r) => r.field);

  it('mark nothing on a complete document read from its own text', () => {
    // Act
    const marks = fieldsToReview(extraction(), []);
    // Assess
    expect(marks).toEqual([]);
  });

  it('mark an expected field with no value, saying why in Italian', () => {
    // Act
    const marks = fieldsToReview(extraction({ protocol: null, signatories: [] }), []);
    // Assess
    expect(marks).toEqual([
      { field: 'protocol', motivo: 'nessun valore trovato, ma un documento di questo tipo di solito lo riporta' },
      { field: 'signatories', motivo: 'nessun valore trovato, ma un documento di questo tipo di solito lo riporta' },
    ]);
  });

  it('expect meetings of a convocazione only', () => {
    // Act
    const marked = { convocazione: names(extraction({ docType: 'convocazione' })), circolare: names(extraction({ docType: 'circolare' })) };
    // Assess
    expect(marked).toEqual({ convocazione: ['meetings'], circolare: [] });
  });

  it('mark a value read by OCR', () => {
    // Act
    const marks = fieldsToReview(extraction({}, { documentDate: [line(3, 'Roma, 12 maggio 2025', { ocr: true })] }), []);
    // Assess
    expect(marks).toEqual([{ field: 'documentDate', motivo: expect.stringMatching(/^letto con OCR/) }]);
  });

  it('mark a value read from an annotation or a vertical margin, not from a form field', () => {
    // Prepare
    const evidence = {
      protocol: [line(1, 'Prot. n. 0001234 del 12/05/2025', { origins: ['vertical'] })],
      sender: [line(2, 'Ministero del Lavoro', { origins: ['annotation'] })],
      subject: [line(8, 'Oggetto: Supervisione', { origins: ['form-field'] })],
    } satisfies FieldEvidence;
    // Act
    const marked = names(extraction({}, evidence));
    // Assess
    expect(marked).toEqual(['sender', 'protocol']);
  });

  it('give every reason in one line when several apply', () => {
    // Act
    const [mark] = fieldsToReview(extraction({}, { subject: [line(8, 'Oggetto: Supervisione', { ocr: true, origins: ['annotation'] })] }), []);
    // Assess
    expect(mark.motivo).toMatch(/^letto con OCR.*; letto da un'annotazione/);
  });

  it('leave out a field a person has already corrected', () => {
    // Prepare
    const x = extraction({ protocol: null }, { subject: [line(8, 'Oggetto: Supervisione', { ocr: true })] });
    const corrected = [correction(newId(), '2026-03-01T09:00:00.000Z', { field: 'protocol', before: null, after: null })];
    // Act
    const marked = names(x, corrected);
    // Assess
    expect(marked).toEqual(['subject']);
  });

  it('mark nothing on a rejected document', () => {
    // Act
    const marks = fieldsToReview(null, []);
    // Assess
    expect(marks).toEqual([]);
  });
});
