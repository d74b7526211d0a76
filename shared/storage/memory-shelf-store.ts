import type { ShelfEntry, ShelfPage, ShelfStore } from './shelf-store.ts';
import { SHELF_TEXT_CHARS } from './shelf-store.ts';

/** Shelves in memory, ordered as DynamoDB orders them: for the domain's unit tests and the contract test. */
export class MemoryShelfStore implements ShelfStore {
  private readonly shelves = new Map<string, Map<string, ShelfEntry & { position: string }>>();

  async shelve(entry: ShelfEntry): Promise<void> {
    const position = `DOC#${entry.summary.receivedAt}#${entry.summary.id}`;
    const shelf = this.shelves.get(entry.body) ?? new Map();
    shelf.set(position, structuredClone({ ...entry, text: entry.text.slice(0, SHELF_TEXT_CHARS), position }));
    this.shelves.set(entry.body, shelf);
  }

  async holds(body: string, documentId: string): Promise<boolean> {
    return [...(this.shelves.get(body)?.values() ?? [])].some((e) => e.summary.id === documentId);
  }

  async holders(documentId: string): Promise<string[]> {
    return [...this.shelves.entries()].filter(([, shelf]) => [...shelf.values()].some((e) => e.summary.id === documentId)).map(([body]) => body);
  }

  async page(body: string, options: { newestFirst: boolean; limit: number; after?: string | null }): Promise<ShelfPage> {
    const all = [...(this.shelves.get(body)?.values() ?? [])].sort((a, b) => (a.position < b.position ? -1 : 1));
    if (options.newestFirst) all.reverse();
    const from = options.after ? all.findIndex((e) => (options.newestFirst ? e.position < options.after! : e.position > options.after!)) : 0;
    const entries = from < 0 ? [] : all.slice(from, from + options.limit);
    const more = from >= 0 && from + options.limit < all.length;
    return { entries: structuredClone(entries), next: more ? entries.at(-1)!.position : null };
  }
}
