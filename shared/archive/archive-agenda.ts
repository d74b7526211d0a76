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
  const out: AgendaItem[] = [];
  let after: string | null = null;
  do {
    const page = await shelves.page(body, { newestFirst: true, limit: 500, after });
    for (const { summary: s } of page.entries) {
      const base = { documentId: s.id, sender: s.sender, subject: s.subject, fileName: s.fileName };
      for (const d of new Set(s.deadlines)) if (d >= from && d <= to) out.push({ kind: 'scadenza', date: d, time: null, ...base });
      for (const m of s.meetings) if (m.date >= from && m.date <= to) out.push({ kind: 'riunione', date: m.date, time: m.time, ...base });
    }
    after = page.next;
  } while (after);
  return out.sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.documentId.localeCompare(b.documentId));
}
