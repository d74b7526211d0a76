import * as z from 'zod';
import type { ShelfEntry, ShelfStore } from '../storage/shelf-store.ts';
import type { DocumentSummary } from './document-summary.ts';
import { ArchiveSearch } from './archive-search.ts';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'una data AAAA-MM-GG' });
const STATUS: Record<string, DocumentSummary['status']> = { acquisito: 'extracted', extracted: 'extracted', rifiutato: 'rejected', rejected: 'rejected' };

/** The archive list's query, as the web page puts it in its address (every value a string). */
export const ArchiveQuery = z.object({
  status: z.preprocess((v) => (typeof v === 'string' ? (STATUS[v.toLowerCase()] ?? v) : v), z.enum(['extracted', 'rejected'], { error: 'acquisito oppure rifiutato' })).optional(),
  type: z.string().toLowerCase().optional(),
  sender: z.string().max(200).optional(),
  text: z.string().max(200).optional(),
  from: IsoDay.optional(),
  to: IsoDay.optional(),
  law: z.string().max(200).optional(),
  tag: z.string().max(100).optional(),
  scadenze: z.enum(['prossime'], { error: 'solo «prossime»' }).optional(),
  sort: z.enum(['ricevuto', 'data', 'mittente'], { error: 'ricevuto, data oppure mittente' }).default('ricevuto'),
  order: z.enum(['asc', 'desc'], { error: 'asc oppure desc' }).default('desc'),
  limit: z.coerce.number({ error: 'un numero da 1 a 100' }).int({ error: 'un numero da 1 a 100' }).min(1, { error: 'un numero da 1 a 100' }).max(100, { error: 'un numero da 1 a 100' }).default(25),
  cursor: z.string().max(400).optional(),
});
export type ArchiveQuery = z.output<typeof ArchiveQuery>;

export interface ArchivePage {
  items: DocumentSummary[];
  /** Pass as `cursor` for the next page; null on the last. */
  next: string | null;
}

/** Entries read from DynamoDB per query page while filtering (one page is ≤ 1 MB anyway). */
const READ_PAGE = 200;

/**
 * One page of a body's archive. Unfiltered and by arrival (the archive's first page), it reads the
 * body's shelf in order, one DynamoDB page at a time, so the cost follows the page, not the archive.
 * With filters, a full-text query or another order, it works on the body's catalogue: every summary
 * of the shelf held in memory by this process (a warm Lambda, the local API), loaded once and then
 * topped up with what arrived since, so a filter that matches nothing does not read the shelf again.
 */
export async function listArchive(shelves: ShelfStore, body: string, query: ArchiveQuery, today: string): Promise<ArchivePage> {
  const filtered = Boolean(query.status || query.type || query.sender || query.from || query.to || query.law || query.tag || query.scadenze || query.text?.trim());
  if (!filtered && query.sort === 'ricevuto') return byArrival(shelves, body, query);
  const catalogue = await catalogueOf(shelves, body);
  const keep = (s: DocumentSummary) => matches(s, query, today);
  if (query.text?.trim()) {
    const hits = catalogue.search().search(query.text).map((id) => catalogue.summaries.get(id)!).filter((s) => s && keep(s));
    return byOffset(hits, query);
  }
  const all = [...catalogue.summaries.values()].filter(keep);
  const key =
    query.sort === 'data' ? (s: DocumentSummary) => s.documentDate ?? '' : query.sort === 'mittente' ? (s: DocumentSummary) => (s.sender ?? '').toLocaleLowerCase('it') : (s: DocumentSummary) => s.receivedAt;
  all.sort((a, b) => key(a).localeCompare(key(b), 'it') || a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
  if (query.order === 'desc') all.reverse();
  return byOffset(all, query);
}

/** The first pages of an unfiltered archive, newest (or oldest) first, straight from the shelf. */
async function byArrival(shelves: ShelfStore, body: string, query: ArchiveQuery): Promise<ArchivePage> {
  const page = await shelves.page(body, { newestFirst: query.order === 'desc', limit: query.limit, after: query.cursor ? decodeCursor(query.cursor) : null });
  const last = page.entries.at(-1);
  return { items: page.entries.map((e) => e.summary), next: page.next && last ? encodeCursor(last.position) : null };
}

async function eachEntry(shelves: ShelfStore, body: string, newestFirst: boolean, after: string | null, visit: (e: ShelfEntry & { position: string }) => boolean): Promise<void> {
  let cursor = after;
  do {
    const page = await shelves.page(body, { newestFirst, limit: READ_PAGE, after: cursor });
    for (const e of page.entries) if (!visit(e)) return;
    cursor = page.next;
  } while (cursor);
}

function byOffset(all: DocumentSummary[], query: ArchiveQuery): ArchivePage {
  const offset = query.cursor ? Number(/^o(\d+)$/.exec(query.cursor)?.[1] ?? 0) : 0;
  const items = all.slice(offset, offset + query.limit);
  return { items, next: offset + query.limit < all.length ? `o${offset + query.limit}` : null };
}

function matches(s: DocumentSummary, q: ArchiveQuery, today: string): boolean {
  const has = (hay: string | null | undefined, needle: string) => (hay ?? '').toLocaleLowerCase('it').includes(needle.toLocaleLowerCase('it'));
  if (q.status && s.status !== q.status) return false;
  if (q.type && s.docType !== q.type) return false;
  if (q.sender && !has(s.sender, q.sender)) return false;
  if (q.from && !(s.documentDate && s.documentDate >= q.from)) return false;
  if (q.to && !(s.documentDate && s.documentDate <= q.to)) return false;
  if (q.law && !s.legalReferences.some((l) => has(l, q.law!))) return false;
  if (q.tag && !s.tags.some((t) => t.toLowerCase() === q.tag!.toLowerCase())) return false;
  if (q.scadenze === 'prossime' && !s.deadlines.some((d) => d >= today)) return false;
  return true;
}

function encodeCursor(position: string): string {
  return `p${Buffer.from(position).toString('base64url')}`;
}

function decodeCursor(cursor: string): string | null {
  return cursor.startsWith('p') ? Buffer.from(cursor.slice(1), 'base64url').toString('utf8') : null;
}

/** A body's shelf in memory: its summaries, the texts for search, and where the shelf was read up to. */
class Catalogue {
  readonly summaries = new Map<string, DocumentSummary>();
  private readonly texts = new Map<string, string>();
  private index: ArchiveSearch | null = null;
  /** The newest shelf position read: what arrived later is read next time. */
  newest: string | null = null;
  constructor(readonly loadedAt: number) {}

  add(e: ShelfEntry & { position: string }): void {
    this.summaries.set(e.summary.id, e.summary);
    this.texts.set(e.summary.id, e.text);
    this.index?.add([e]);
    if (!this.newest || e.position > this.newest) this.newest = e.position;
  }

  /** The full-text index, built on first use (the stemmer's cost is paid only by searches). */
  search(): ArchiveSearch {
    if (!this.index) {
      this.index = new ArchiveSearch();
      this.index.add([...this.summaries.values()].map((summary) => ({ body: '', summary, text: this.texts.get(summary.id) ?? '' })));
    }
    return this.index;
  }
}

/** Per body, its catalogue; read whole again after CATALOGUE_TTL_MS (corrections made by other instances). */
const catalogues = new Map<string, Catalogue>();
const CATALOGUE_TTL_MS = 10 * 60_000;

async function catalogueOf(shelves: ShelfStore, body: string): Promise<Catalogue> {
  let catalogue = catalogues.get(body);
  if (!catalogue || Date.now() - catalogue.loadedAt > CATALOGUE_TTL_MS) {
    catalogue = new Catalogue(Date.now());
    const loading = catalogue;
    await eachEntry(shelves, body, false, null, (e) => (loading.add(e), true));
    catalogues.set(body, catalogue);
    return catalogue;
  }
  // Only what arrived since the last read: one query, usually empty.
  const current = catalogue;
  await eachEntry(shelves, body, false, current.newest, (e) => (current.add(e), true));
  return current;
}

/** Forgets the cached catalogues (after a correction in this process, in tests). */
export function forgetSearchIndexes(): void {
  catalogues.clear();
}
