import { z } from 'zod';
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
/** Beyond this many matches a sort other than by arrival is refused rather than read whole. */
const MAX_SORTED = 20_000;
/** How long a body's full-text index is reused before it is read again whole, in ms. */
const INDEX_TTL_MS = 60_000;

/**
 * One page of a body's archive. By arrival (the default) it reads the body's shelf in order and
 * stops as soon as the page is full, so the cost follows the page, not the archive. Full-text
 * search ranks by relevance over the body's in-memory index; sorting by date or sender reads the
 * matches whole (bounded), then pages by offset.
 */
export async function listArchive(shelves: ShelfStore, body: string, query: ArchiveQuery, today: string): Promise<ArchivePage> {
  const keep = (s: DocumentSummary) => matches(s, query, today);
  if (query.text?.trim()) {
    const index = await searchIndex(shelves, body);
    const byId = index.entries;
    const hits = index.search.search(query.text).map((id) => byId.get(id)!).filter((s) => s && keep(s));
    return byOffset(hits, query);
  }
  if (query.sort !== 'ricevuto') {
    const all: DocumentSummary[] = [];
    await eachEntry(shelves, body, true, null, (e) => {
      if (keep(e.summary)) all.push(e.summary);
      return all.length < MAX_SORTED;
    });
    const key = query.sort === 'data' ? (s: DocumentSummary) => s.documentDate ?? '' : (s: DocumentSummary) => (s.sender ?? '').toLocaleLowerCase('it');
    all.sort((a, b) => key(a).localeCompare(key(b), 'it') || b.receivedAt.localeCompare(a.receivedAt));
    if (query.order === 'desc') all.reverse();
    return byOffset(all, query);
  }
  const items: DocumentSummary[] = [];
  let last: string | null = null;
  let more = false;
  await eachEntry(shelves, body, query.order === 'desc', query.cursor ? decodeCursor(query.cursor) : null, (e) => {
    if (items.length === query.limit) {
      more = true;
      return false;
    }
    last = e.position;
    if (keep(e.summary)) items.push(e.summary);
    return true;
  });
  return { items, next: more && last ? encodeCursor(last) : null };
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

/** Per body, the index of its shelf, reused for INDEX_TTL_MS within one process (a warm Lambda, the local API). */
const indexes = new Map<string, { builtAt: number; search: ArchiveSearch; entries: Map<string, DocumentSummary> }>();

async function searchIndex(shelves: ShelfStore, body: string) {
  const cached = indexes.get(body);
  if (cached && Date.now() - cached.builtAt < INDEX_TTL_MS) return cached;
  const search = new ArchiveSearch();
  const entries = new Map<string, DocumentSummary>();
  const batch: ShelfEntry[] = [];
  await eachEntry(shelves, body, true, null, (e) => {
    batch.push(e);
    entries.set(e.summary.id, e.summary);
    return true;
  });
  search.add(batch);
  const built = { builtAt: Date.now(), search, entries };
  indexes.set(body, built);
  return built;
}

/** Forgets the cached full-text indexes (after an upload in the same process, in tests). */
export function forgetSearchIndexes(): void {
  indexes.clear();
}
