import MiniSearch from 'minisearch';
import { stemmer } from '@orama/stemmers/italian';
import type { ShelfEntry } from '../storage/shelf-store.ts';

/** Words too common in Italian letters to tell documents apart. */
const STOP_WORDS = new Set('il lo la i gli le un una uno di a da in con su per tra fra e ed o od del dello della dei degli delle al allo alla ai agli alle dal dalla dai dalle nel nella nei nelle sul sulla che non si è sono come anche'.split(' '));

/** Stems already computed: letters repeat the same few thousand words, and stemming is most of indexing. */
const stems = new Map<string, string>();

/** Lower case, no accents, stemmed the Italian way: "convocazioni" finds "convocazione". */
export function italianTerm(term: string): string | null {
  const t = term.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (t.length < 2 || STOP_WORDS.has(t)) return null;
  if (/^\d/.test(t)) return t;
  let stem = stems.get(t);
  if (stem === undefined) {
    stem = stemmer(t);
    if (stems.size < 200_000) stems.set(t, stem);
  }
  return stem;
}

/**
 * A full-text index of one body's shelf (MiniSearch, in memory): subject, sender, file name, cited
 * laws and the text. Built from the shelf entries; ranked results, prefix and typo-tolerant.
 */
export class ArchiveSearch {
  private readonly index = new MiniSearch<{ id: string; subject: string; sender: string; fileName: string; laws: string; text: string }>({
    fields: ['subject', 'sender', 'fileName', 'laws', 'text'],
    storeFields: [],
    processTerm: italianTerm,
    searchOptions: { boost: { subject: 3, sender: 2, fileName: 2, laws: 1.5 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });
  private readonly known = new Set<string>();

  add(entries: ShelfEntry[]): void {
    for (const e of entries) {
      if (this.known.has(e.summary.id)) this.index.discard(e.summary.id);
      this.known.add(e.summary.id);
      this.index.add({ id: e.summary.id, subject: e.summary.subject ?? '', sender: e.summary.sender ?? '', fileName: e.summary.fileName, laws: e.summary.legalReferences.join(' '), text: e.text });
    }
  }

  /** Ids of matching documents, best first. */
  search(query: string): string[] {
    return this.index.search(query).map((r) => String(r.id));
  }

  get size(): number {
    return this.known.size;
  }
}
