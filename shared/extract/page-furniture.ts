import type { Line } from '../read/page-text.ts';
import { fold } from './source-text.ts';

/**
 * The lines that repeat at the top or the foot of several pages (two lines at each end; numbers do not
 * count, so "pag. 1/2" and "pag. 2/2" are one line): a running header or footer, by identity.
 */
export function pageFurniture(lines: Line[]): Set<Line> {
  const ends: Line[] = [];
  const byPage = new Map<number, Line[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  if (byPage.size < 2) return new Set();
  for (const page of byPage.values()) ends.push(...page.slice(0, 2), ...page.slice(-2));
  const key = (l: Line) => fold(l.text).toLowerCase().replace(/\d+/g, '#');
  const pages = new Map<string, Set<number>>();
  for (const l of ends) pages.set(key(l), (pages.get(key(l)) ?? new Set()).add(l.page));
  return new Set(ends.filter((l) => (pages.get(key(l))?.size ?? 0) >= 2));
}
