/**
 * The calendar of the domain is Italy's: a letter registered at 00:30 on 1 January in Rome is dated
 * 1 January and numbered in the new year's register, whatever the clock of the machine (UTC on
 * Lambda). Every "today" of the domain comes from here, never from `toISOString()`.
 */

// en-CA prints year, month and day as numbers; the parts are read by type, not by position.
// Built on first use: the first Intl formatter of a process loads ICU's data (~20 ms), which a command that never
// needs today's date (carteggio extract) should not pay at start.
let romeCalendar: Intl.DateTimeFormat | undefined;

/** The date in Europe/Rome (YYYY-MM-DD) of an instant: daylight saving time included. */
export function romeDate(instant: Date = new Date()): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('romeDate: istante non valido');
  romeCalendar ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = romeCalendar.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/** The calendar year in Europe/Rome of an instant: the year of the protocol register. */
export function romeYear(instant: Date = new Date()): number {
  return Number(romeDate(instant).slice(0, 4));
}

/** A calendar date (YYYY-MM-DD) moved by whole days: plain calendar arithmetic, no time zone involved. */
export function addDays(date: string, days: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`addDays: data non nel formato AAAA-MM-GG: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days)).toISOString().slice(0, 10);
}

/**
 * A calendar date as a person types it (31/12/2026) or a program writes it (2026-12-31), as
 * AAAA-MM-GG; null for anything else or a day not in the calendar (31/02/2026).
 */
export function typedDate(text: string | undefined): string | null {
  const m = text ? (/^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)) : null;
  if (!m) return null;
  const [y, mo, d] = (m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]]).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : null;
}

/** One formatter for every call, built on first use: building one costs far more than using it, and deadlines are checked per answer. */
let romeWallClockFormat: Intl.DateTimeFormat | undefined;

/** Rome's wall clock at an instant, as numbers (month 1 to 12, hour 0 to 23): daylight saving time included. */
export interface RomeWallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The wall clock in Rome at an instant (a RangeError for an invalid one). */
export function romeWallClock(instant: Date): RomeWallClock {
  romeWallClockFormat ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const parts = romeWallClockFormat.formatToParts(instant);
  const get = (t: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === t)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** The instant of a wall-clock time in Rome (daylight saving included). */
export function romeInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  // Rome's offset at that moment, read from Intl: the wall time there minus the UTC guess.
  const w = romeWallClock(new Date(guess));
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return new Date(guess - (wall - guess));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The day in Rome of an instant as an Italian office writes it: dd/mm/yyyy. */
export function romeDateText(instant: Date): string {
  const [y, m, d] = romeDate(instant).split('-');
  return `${d}/${m}/${y}`;
}

/** An instant as an Italian office reads it: dd/mm/yyyy HH:MM in Rome; `between` goes between day and time (" alle ", say). */
export function romeDateTimeText(instant: Date, between = ' '): string {
  const w = romeWallClock(instant);
  return `${pad2(w.day)}/${pad2(w.month)}/${w.year}${between}${pad2(w.hour)}:${pad2(w.minute)}`;
}
