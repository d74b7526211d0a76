import { describe, expect, it } from 'vitest';
import { addDays, romeDate, romeDateText, romeDateTimeText, romeInstant, romeWallClock, romeYear, typedDate } from '../../shared/calendar/rome-date.ts';
import { registerYear } from '../../shared/register/protocol-register.ts';
import { deadlineRange } from '../../functions/archive/handler.ts';

describe('the date of an instant in Europe/Rome', () => {
  it.each([
    ['2025-12-31T22:59:59Z', '2025-12-31'], // 23:59:59 CET
    ['2025-12-31T23:00:00Z', '2026-01-01'], // midnight in Rome, still 31 December in UTC
    ['2025-12-31T23:30:00Z', '2026-01-01'],
    ['2026-03-28T22:59:00Z', '2026-03-28'], // 23:59 CET
    ['2026-03-28T23:00:00Z', '2026-03-29'], // 00:00 CET, the night summer time starts (01:00 UTC)
    ['2026-03-29T00:30:00Z', '2026-03-29'], // 01:30 CET
    ['2026-03-29T01:30:00Z', '2026-03-29'], // 03:30 CEST
    ['2026-03-29T21:59:00Z', '2026-03-29'], // 23:59 CEST: UTC+2 from now on
    ['2026-03-29T22:00:00Z', '2026-03-30'], // 00:00 CEST
    ['2026-10-24T21:59:00Z', '2026-10-24'], // 23:59 CEST
    ['2026-10-24T22:30:00Z', '2026-10-25'], // 00:30 CEST, the night summer time ends (01:00 UTC)
    ['2026-10-25T00:30:00Z', '2026-10-25'], // 02:30 CEST, the first of the two 02:30
    ['2026-10-25T01:30:00Z', '2026-10-25'], // 02:30 CET, the second
    ['2026-10-25T22:59:00Z', '2026-10-25'], // 23:59 CET: UTC+1 again
    ['2026-10-25T23:00:00Z', '2026-10-26'], // 00:00 CET
    ['2024-02-28T23:00:00Z', '2024-02-29'], // a leap day
  ])('%s is %s in Rome', (instant, day) => {
    expect(romeDate(new Date(instant))).toBe(day);
  });

  it('gives the year of the protocol register from the Rome date', () => {
    expect(romeYear(new Date('2025-12-31T23:30:00Z'))).toBe(2026);
    expect(registerYear(romeDate(new Date('2025-12-31T23:30:00Z')))).toBe(2026);
    expect(registerYear(romeDate(new Date('2025-12-31T22:30:00Z')))).toBe(2025);
    expect(() => registerYear('31/12/2025')).toThrow(RangeError);
  });

  it('does not depend on the time zone of the machine', () => {
    // Intl computes the Rome date on its own: the process's TZ (UTC on Lambda) plays no part.
    const tz = process.env.TZ;
    try {
      for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        expect(romeDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
      }
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('refuses an invalid instant rather than print NaN', () => {
    expect(() => romeDate(new Date('nonsense'))).toThrow(RangeError);
  });

  it('moves a calendar date by whole days across months, years and leap days', () => {
    expect(addDays('2024-02-15', 30)).toBe('2024-03-16');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('an instant as an Italian office reads it', () => {
  it('writes the day in Rome as dd/mm/yyyy, and the time as HH:MM on a 24-hour clock', () => {
    expect(romeDateText(new Date('2024-03-31T23:30:00Z'))).toBe('01/04/2024'); // 01:30 CEST
    expect(romeDateTimeText(new Date('2025-12-31T23:05:00Z'))).toBe('01/01/2026 00:05'); // midnight is 00, not 24
    expect(romeDateTimeText(new Date('2026-10-25T00:30:00Z'))).toBe('25/10/2026 02:30'); // the first 02:30 (CEST)
    expect(romeDateTimeText(new Date('2026-10-25T01:30:00Z'))).toBe('25/10/2026 02:30'); // the second (CET)
    expect(romeDateTimeText(new Date('2026-07-01T12:07:00Z'), ' alle ')).toBe('01/07/2026 alle 14:07');
  });

  it('reads Rome’s wall clock as numbers, the inverse of romeInstant', () => {
    expect(romeWallClock(new Date('2026-03-29T01:30:00Z'))).toEqual({ year: 2026, month: 3, day: 29, hour: 3, minute: 30 });
    expect(romeWallClock(romeInstant('2026-08-15', '09:45'))).toEqual({ year: 2026, month: 8, day: 15, hour: 9, minute: 45 });
  });

  it('refuses an invalid instant', () => {
    expect(() => romeDateText(new Date('nonsense'))).toThrow(RangeError);
    expect(() => romeDateTimeText(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('the default period of GET /deadlines', () => {
  it('starts today in Rome and covers 30 days', () => {
    expect(deadlineRange(undefined, undefined, new Date('2025-12-31T23:30:00Z'))).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(deadlineRange(undefined, undefined, new Date('2026-10-24T22:30:00Z'))).toEqual({ from: '2026-10-25', to: '2026-11-24' });
  });

  it('takes the dates given, as people and programs write them', () => {
    expect(deadlineRange('01/06/2025', '2025-07-31', new Date())).toEqual({ from: '2025-06-01', to: '2025-07-31' });
    expect(deadlineRange('2025-06-01', undefined, new Date())).toEqual({ from: '2025-06-01', to: '2025-07-01' });
    expect(deadlineRange('31/02/2025', undefined, new Date())).toEqual({ from: null, to: null });
  });
});

describe('a date as typed', () => {
  it('reads dd/mm/yyyy and yyyy-mm-dd alike', () => {
    expect([typedDate('1/6/2025'), typedDate('2025-06-01')]).toEqual(['2025-06-01', '2025-06-01']);
  });

  it('refuses a day that is not in the calendar, and any other form', () => {
    expect([typedDate('31/02/2025'), typedDate('2025-13-01'), typedDate('ieri'), typedDate(undefined)]).toEqual([null, null, null, null]);
  });
});
