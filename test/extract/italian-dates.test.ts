import { describe, expect, it } from 'vitest';
import { findDates, formatItalianDate } from '../../shared/extract/italian-dates.ts';

const iso = (text: string, reference: string | null = null) => findDates(text, { reference }).map((d) => d.iso);

describe('Italian dates', () => {
  it('reads numeric dates with slashes, dots and dashes, two- or four-digit years', () => {
    expect(iso('entro il 17/04/2023, il 3.5.2024 e il 01-02-21')).toEqual(['2023-04-17', '2024-05-03', '2021-02-01']);
  });

  it('reads a day and month in figures without a year only after a weekday', () => {
    expect(iso('le riunioni si terranno martedì 12/5, alle h. 15:00', '2026-05-05')).toEqual(['2026-05-12']);
    expect(iso('ai sensi dell’art. 12/5 del regolamento', '2026-05-05')).toEqual([]);
  });

  it('reads written dates, with the ordinal sign and a weekday', () => {
    expect(iso('dal 10 febbraio 2021 al 1° marzo 2022, poi mercoledì 19 aprile 2023')).toEqual(['2021-02-10', '2022-03-01', '2023-04-19']);
  });

  it('takes the year of a date printed without one from the reference date', () => {
    expect(iso('mercoledì 19 aprile p.v.', '2023-03-10')).toEqual(['2023-04-19']);
  });

  it('moves "p.v." (prossimo venturo) into the next year when the day has passed', () => {
    expect(iso('il 10 gennaio p.v.', '2023-12-05')).toEqual(['2024-01-10']);
  });

  it('moves "u.s." (ultimo scorso) into the previous year when the day is still ahead', () => {
    expect(iso('la riunione del 20 dicembre u.s.', '2024-01-08')).toEqual(['2023-12-20']);
  });

  it('leaves a yearless date unresolved when nothing gives the year', () => {
    expect(iso('il 19 aprile')).toEqual([null]);
  });

  it('rejects impossible dates', () => {
    expect(iso('il 31/02/2023')).toEqual([null]);
  });

  it('prints ISO dates as dd/mm/yyyy', () => {
    expect(formatItalianDate('2023-04-07')).toBe('07/04/2023');
  });
});

describe('a date written all in words, as minutes and deliberations write it', () => {
  it.each([
    ['Valdora, lì quindici aprile duemilatrentuno', '2031-04-15'],
    ["il giorno ventidue del mese di aprile dell'anno duemilatrentuno", '2031-04-22'],
    ['primo maggio duemilaventitré', '2023-05-01'],
    ['trentuno dicembre millenovecentonovantotto', '1998-12-31'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(findDates(text, { reference: null }).map((d) => d.iso)).toEqual([iso]);
  });

  it('reads no date without its year ("addì quindici del mese di aprile")', () => {
    expect(findDates('addì quindici del mese di aprile', { reference: null })).toEqual([]);
  });
});
