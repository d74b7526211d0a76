import type { ShelfStore } from '../storage/shelf-store.ts';

/** One date an office must keep: a deadline or a meeting, with the document it comes from. */
export interface AgendaItem {
  kind: 'scadenza' | 'riunione';
  date: string;
  /** HH:MM in Rome, for meetings. */
  time: string | null;
  documentId: string;
  sender: string | null;
  subject: string | null;
  fileName: string;
}

/**
 * Deadlines and meetings between two dates (inclusive, AAAA-MM-GG) of the documents on one body's
 * shelf, soonest first. Reads the shelf's summaries only, never the documents.
 */
export async function archiveAgenda(shelves: ShelfStore, body: string, from: string, to: string): Promise<AgendaItem[]> {
  const out = await shelfAgenda(shelves, body, (date) => date >= from && date <= to);
  return out.sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.documentId.localeCompare(b.documentId));
}

/** Dates of the agenda on one side of a period: how many, from the first to the last (AAAA-MM-GG). */
export interface AgendaSpan {
  numero: number;
  dal: string;
  al: string;
}

/**
 * What a page showing the period from–to does not show: the dates before it and after it (null when
 * none), so it can say that older deadlines exist and offer to show them.
 */
export async function agendaOutside(shelves: ShelfStore, body: string, from: string, to: string): Promise<{ precedenti: AgendaSpan | null; successive: AgendaSpan | null }> {
  const dates = (await shelfAgenda(shelves, body, (date) => date < from || date > to)).map((i) => i.date).sort();
  const span = (side: string[]): AgendaSpan | null => (side.length ? { numero: side.length, dal: side[0], al: side.at(-1)! } : null);
  return { precedenti: span(dates.filter((d) => d < from)), successive: span(dates.filter((d) => d > to)) };
}

/** Every deadline and meeting on a body's shelf whose date `keep` takes, in shelf order. */
async function shelfAgenda(shelves: ShelfStore, body: string, keep: (date: string) => boolean): Promise<AgendaItem[]> {
  const out: AgendaItem[] = [];
  let after: string | null = null;
  do {
    const page = await shelves.page(body, { newestFirst: true, limit: 500, after });
    for (const { summary: s } of page.entries) {
      const base = { documentId: s.id, sender: s.sender, subject: s.subject, fileName: s.fileName };
      for (const d of new Set(s.deadlines)) if (keep(d)) out.push({ kind: 'scadenza', date: d, time: null, ...base });
      for (const m of s.meetings) if (keep(m.date)) out.push({ kind: 'riunione', date: m.date, time: m.time, ...base });
    }
    after = page.next;
  } while (after);
  return out;
}
