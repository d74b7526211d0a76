import type { DocumentStore } from '../storage/document-store.ts';

export interface UpcomingDeadline {
  date: string;
  documentId: string;
  sender: string | null;
  subject: string | null;
  fileName: string;
  snippet: string | null;
}

/** Deadlines of archived documents between two dates, soonest first: what an office must not miss. */
export async function upcomingDeadlines(documents: DocumentStore, from: string, to: string): Promise<UpcomingDeadline[]> {
  const docs = await documents.listDocuments({ status: 'extracted', limit: 1000 });
  const out: UpcomingDeadline[] = [];
  for (const doc of docs) {
    const x = doc.extraction!;
    x.fields.deadlines.forEach((d, i) => {
      if (d.date >= from && d.date <= to) {
        out.push({ date: d.date, documentId: doc.id, sender: x.fields.sender, subject: x.fields.subject, fileName: doc.fileName, snippet: x.evidence.deadlines?.[i]?.snippet ?? null });
      }
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.documentId.localeCompare(b.documentId));
}
