import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentSummary, type DocumentSummary } from '../../shared/archive/document-summary.ts';
import { ArchiveQuery, forgetSearchIndexes, listArchive } from '../../shared/archive/list-archive.ts';
import { archiveAgenda } from '../../shared/archive/archive-agenda.ts';
import { agendaCalendar } from '../../shared/archive/agenda-calendar.ts';
import { romeInstant } from '../../shared/calendar/rome-date.ts';
import { bodyOfKey } from '../../shared/archive/shelve-document.ts';
import type { DocumentRecord } from '../../shared/records/document-record.ts';
import type { ExtractedFields } from '../../shared/records/extracted-fields.ts';
import { DynamoShelfStore } from '../../shared/storage/dynamo-shelf-store.ts';
import { MemoryShelfStore } from '../../shared/storage/memory-shelf-store.ts';
import type { ShelfStore } from '../../shared/storage/shelf-store.ts';
import { startEmbeddedStack, type EmbeddedStack } from '../support/embedded-stack.ts';

let env: EmbeddedStack | undefined;
beforeAll(async () => {
  env = await startEmbeddedStack();
});
afterAll(async () => {
  await env?.stop();
});

const adapters: { name: string; make: () => ShelfStore }[] = [
  { name: 'in memory', make: () => new MemoryShelfStore() },
  { name: 'DynamoDB (dynalite, real SDK)', make: () => new DynamoShelfStore(env!.dynamo, env!.config.table) },
];

let bodies = 0;
/** A body of its own per test: the DynamoDB table is shared by the whole file. */
const newBody = () => `ente_${process.pid}_${++bodies}`;

function summary(i: number, fields: Partial<ExtractedFields> = {}): DocumentSummary {
  const id = createHash('sha256').update(`doc-${i}-${bodies}`).digest('hex');
  const doc = {
    id,
    status: 'extracted',
    rejection: null,
    fileName: `doc-${i}.pdf`,
    receivedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    extraction: {
      fields: { docType: 'nota', sender: 'Regione Puglia', protocol: null, documentDate: '2026-01-10', subject: `Comunicazione ${i}`, recipients: [], cc: [], deadlines: [], meetings: [], legalReferences: [], emails: [], signatories: [], amounts: [], ...fields },
      tags: [],
      evidence: {},
    },
  } as unknown as DocumentRecord;
  return documentSummary(doc);
}

const query = (q: Record<string, string> = {}) => ArchiveQuery.parse(q);

describe.each(adapters)('a body’s shelf ($name)', ({ make }) => {
  it('pages through every document once, newest first, by the cursor it gives', async () => {
    // Prepare
    const shelves = make();
    const body = newBody();
    for (let i = 0; i < 60; i++) await shelves.shelve({ body, summary: summary(i), text: '' });
    // Act
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listArchive(shelves, body, query({ limit: '25', ...(cursor ? { cursor } : {}) }), '2026-01-01');
      seen.push(...page.items.map((d) => d.fileName));
      cursor = page.next ?? undefined;
    } while (cursor);
    // Assess
    expect(seen).toEqual(Array.from({ length: 60 }, (_, i) => `doc-${59 - i}.pdf`));
  });

  it('keeps each body’s documents on its own shelf', async () => {
    const shelves = make();
    const [a, b] = [newBody(), newBody()];
    await shelves.shelve({ body: a, summary: summary(1), text: '' });
    expect((await listArchive(shelves, b, query(), '2026-01-01')).items).toEqual([]);
    expect(await shelves.holds(b, summary(1).id)).toBe(false);
    expect(await shelves.holds(a, summary(1).id)).toBe(true);
  });

  it('names every body holding a document', async () => {
    const shelves = make();
    const [a, b] = [newBody(), newBody()];
    const s = summary(7);
    await shelves.shelve({ body: a, summary: s, text: '' });
    await shelves.shelve({ body: b, summary: s, text: '' });
    expect((await shelves.holders(s.id)).sort()).toEqual([a, b].sort());
  });

  it('replaces an entry shelved again, rather than listing it twice', async () => {
    const shelves = make();
    const body = newBody();
    await shelves.shelve({ body, summary: summary(3), text: '' });
    await shelves.shelve({ body, summary: { ...summary(3), subject: 'Corretto' }, text: '' });
    const items = (await listArchive(shelves, body, query(), '2026-01-01')).items;
    expect(items.map((d) => d.subject)).toEqual(['Corretto']);
  });
});

describe('archive filters and search', () => {
  it('finds a document whose type no other has, among many', async () => {
    forgetSearchIndexes();
    const shelves = new MemoryShelfStore();
    const body = newBody();
    for (let i = 0; i < 300; i++) await shelves.shelve({ body, summary: summary(i, i === 123 ? { docType: 'decreto' } : {}), text: '' });
    const page = await listArchive(shelves, body, query({ type: 'decreto' }), '2026-01-01');
    expect(page.items.map((d) => d.fileName)).toEqual(['doc-123.pdf']);
  });

  it('finds a word in another inflection and without its accent', async () => {
    forgetSearchIndexes();
    const shelves = new MemoryShelfStore();
    const body = newBody();
    await shelves.shelve({ body, summary: summary(1), text: 'Convocazione del tavolo di coordinamento per la città' });
    await shelves.shelve({ body, summary: summary(2), text: 'Rendicontazione delle risorse' });
    const page = await listArchive(shelves, body, query({ text: 'convocazioni citta' }), '2026-01-01');
    expect(page.items.map((d) => d.fileName)).toEqual(['doc-1.pdf']);
  });

  it('sees a document shelved after the catalogue was first read', async () => {
    forgetSearchIndexes();
    const shelves = new MemoryShelfStore();
    const body = newBody();
    await shelves.shelve({ body, summary: summary(1), text: '' });
    await listArchive(shelves, body, query({ type: 'nota' }), '2026-01-01');
    await shelves.shelve({ body, summary: summary(2, { docType: 'decreto' }), text: '' });
    expect((await listArchive(shelves, body, query({ type: 'decreto' }), '2026-01-01')).items).toHaveLength(1);
  });

  it('keeps only documents with a deadline from today on when asked for upcoming deadlines', async () => {
    forgetSearchIndexes();
    const shelves = new MemoryShelfStore();
    const body = newBody();
    await shelves.shelve({ body, summary: summary(1, { deadlines: [{ date: '2025-12-31' }] }), text: '' });
    await shelves.shelve({ body, summary: summary(2, { deadlines: [{ date: '2026-02-01' }] }), text: '' });
    const page = await listArchive(shelves, body, query({ scadenze: 'prossime' }), '2026-01-15');
    expect(page.items.map((d) => d.fileName)).toEqual(['doc-2.pdf']);
  });

  it('sorts by the document’s date when asked, oldest first', async () => {
    forgetSearchIndexes();
    const shelves = new MemoryShelfStore();
    const body = newBody();
    await shelves.shelve({ body, summary: summary(1, { documentDate: '2026-03-01' }), text: '' });
    await shelves.shelve({ body, summary: summary(2, { documentDate: '2025-03-01' }), text: '' });
    const page = await listArchive(shelves, body, query({ sort: 'data', order: 'asc' }), '2026-01-15');
    expect(page.items.map((d) => d.documentDate)).toEqual(['2025-03-01', '2026-03-01']);
  });

  it('refuses an unknown order with an Italian reason', () => {
    const parsed = ArchiveQuery.safeParse({ sort: 'peso' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].message).toBe('ricevuto, data oppure mittente');
  });
});

describe('the agenda', () => {
  it('lists deadlines and meetings of a period, soonest first', async () => {
    const shelves = new MemoryShelfStore();
    const body = newBody();
    await shelves.shelve({ body, summary: summary(1, { deadlines: [{ date: '2026-02-10' }], meetings: [{ date: '2026-02-05', time: '10:30' }] }), text: '' });
    const items = await archiveAgenda(shelves, body, '2026-02-01', '2026-02-28');
    expect(items.map((i) => [i.kind, i.date, i.time])).toEqual([
      ['riunione', '2026-02-05', '10:30'],
      ['scadenza', '2026-02-10', null],
    ]);
  });

  it('places a meeting at its Rome time in winter and in summer', () => {
    expect(romeInstant('2026-01-15', '10:30').toISOString()).toBe('2026-01-15T09:30:00.000Z');
    expect(romeInstant('2026-07-15', '10:30').toISOString()).toBe('2026-07-15T08:30:00.000Z');
  });

  it('writes a meeting as a timed event and a deadline as an all-day one', () => {
    const ics = agendaCalendar(
      [
        { kind: 'riunione', date: '2026-07-15', time: '10:30', documentId: 'a'.repeat(64), sender: 'Regione', subject: 'Tavolo', fileName: 'c.pdf' },
        { kind: 'scadenza', date: '2026-07-31', time: null, documentId: 'b'.repeat(64), sender: null, subject: null, fileName: 'n.pdf' },
      ],
      { name: 'Prova', documentUrl: (id) => `http://x/documento.html?id=${id}` },
    );
    expect(ics).toMatch(/DTSTART:20260715T083000Z/);
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20260731/);
  });
});

describe('the body an upload belongs to', () => {
  it('is the IPA code in an enti/<codice>/ key', () => {
    expect(bodyOfKey('enti/C_I158/web/2026-01-01/x/a.pdf', 'm_lps')).toBe('c_i158');
  });

  it('is the deployment’s own body for any other key', () => {
    expect(bodyOfKey('circolare.pdf', 'm_lps')).toBe('m_lps');
  });
});
