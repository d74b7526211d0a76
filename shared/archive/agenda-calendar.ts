import ical, { ICalCalendarMethod } from 'ical-generator';
import type { AgendaItem } from './archive-agenda.ts';
import { romeInstant } from '../calendar/rome-date.ts';

/** Minutes a meeting lasts in the calendar when the document does not say (most convocations do not). */
const MEETING_MINUTES = 120;

/**
 * The agenda as an iCalendar file (RFC 5545, written by ical-generator): deadlines as all-day
 * events, meetings at their time in Europe/Rome (given as UTC instants, so every client places them
 * right without a VTIMEZONE), each with a link to its document.
 */
export function agendaCalendar(items: AgendaItem[], options: { name: string; documentUrl: (id: string) => string }): string {
  const cal = ical({ name: options.name, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Carteggio', product: 'scadenze', language: 'IT' } });
  for (const item of items) {
    const what = item.subject ?? item.fileName;
    const summary = item.kind === 'scadenza' ? `Scadenza: ${what}` : `Riunione: ${what}`;
    const common = {
      id: `${item.kind}-${item.date}-${item.time ?? ''}-${item.documentId}@carteggio`,
      summary: summary.slice(0, 250),
      description: [item.sender ? `Mittente: ${item.sender}` : null, `Documento: ${item.fileName}`].filter(Boolean).join('\n'),
      url: options.documentUrl(item.documentId),
    };
    if (item.kind === 'scadenza' || !item.time) {
      const [y, m, d] = item.date.split('-').map(Number);
      cal.createEvent({ ...common, start: new Date(Date.UTC(y, m - 1, d)), allDay: true });
    } else {
      const start = romeInstant(item.date, item.time);
      cal.createEvent({ ...common, start, end: new Date(start.getTime() + MEETING_MINUTES * 60_000) });
    }
  }
  return cal.toString();
}
