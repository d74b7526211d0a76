import { describe, expect, it } from 'vitest';
import { PAGE, paginate, type Item } from '../../shared/render/typeset.ts';

const usable = PAGE.height - PAGE.top - PAGE.bottom;
const line = (group?: number, extra: Partial<Item> = {}): Item => ({ height: 15, spaceBefore: 0, draw: () => {}, group, ...extra });
const paragraph = (group: number, lines: number) => Array.from({ length: lines }, () => line(group));
const filler = (height: number): Item => ({ height, spaceBefore: 0, draw: () => {} });

describe('pagination', () => {
  it('never leaves a single line of a paragraph at the foot of a page', () => {
    const items = [filler(usable - 20), ...paragraph(1, 6)];
    const pages = paginate(items);
    expect(pages[0].filter((p) => p.item.group === 1)).toHaveLength(0);
    expect(pages[1].filter((p) => p.item.group === 1)).toHaveLength(6);
  });

  it('never carries a single last line of a paragraph over to the next page', () => {
    const items = [filler(usable - 15 * 5 - 1), ...paragraph(1, 6)];
    const pages = paginate(items);
    const onSecond = pages[1].filter((p) => p.item.group === 1).length;
    expect(onSecond).toBeGreaterThanOrEqual(2);
    expect(6 - onSecond).toBeGreaterThanOrEqual(2);
  });

  it('moves a heading to the next page together with what follows it', () => {
    const heading = line(9, { keepWithNext: true, height: 20 });
    const items = [filler(usable - 30), heading, ...paragraph(2, 4)];
    const pages = paginate(items);
    expect(pages[1][0].item).toBe(heading);
  });

  it('repeats a table header at the top of the page a table continues on', () => {
    const header: Item = { height: 18, spaceBefore: 0, draw: () => {}, keepWithNext: true };
    const rows = Array.from({ length: 80 }, () => ({ height: 18, spaceBefore: 0, draw: () => {}, repeatHeader: header }));
    const pages = paginate([header, ...rows]);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page[0].item).toBe(header);
  });

  it('starts a new page at an explicit page break', () => {
    const pages = paginate([filler(10), { height: 0, spaceBefore: 0, draw: () => {}, pageBreak: true }, filler(10)]);
    expect(pages).toHaveLength(2);
  });

  it('carries the last two lines of a paragraph over with the signatures they are kept with', () => {
    // Prepare: a closing paragraph ending just above the foot, then a signature block that cannot fit there.
    const closing = paragraph(3, 5);
    closing[4].keepWithNext = true;
    const signatures = filler(60);
    const items = [filler(usable - 15 * 5 - 10), ...closing, signatures];
    // Act
    const pages = paginate(items);
    // Assess: the signatures share their page with the closing lines, which never leave one line behind.
    const last = pages[pages.length - 1];
    expect(last.map((p) => p.item)).toContain(signatures);
    expect(last.filter((p) => p.item.group === 3)).toHaveLength(2);
  });
});
