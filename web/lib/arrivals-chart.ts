/**
 * The arrivals of a campaign over time against its deadline, drawn as an inline SVG: how many bodies
 * had answered by the end of each day (a step line), the bodies expected (a dashed line), and the
 * deadline (a vertical line). The image has a <title> and a <desc> saying what it shows in words,
 * and the same figures are in a table below it (in a <details>, for whoever prefers numbers).
 */
import { h, uid } from './dom.ts';
import { dataTable } from './data-table.ts';
import { addDays, formatDate } from './format.ts';
import { daysBetween, type ArrivalDay } from './collect.ts';

const NS = 'http://www.w3.org/2000/svg';

type SvgAttrs = Record<string, string | number>;

function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: SvgAttrs = {}, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

export interface ChartInput {
  arrivals: ArrivalDay[];
  /** Bodies expected. */
  expected: number;
  /** AAAA-MM-GG */
  deadline: string;
  /** The first day to show (the campaign's creation, in Rome). */
  start: string;
  /** Today in Rome. */
  today: string;
}

/** "1 ente su 2 ha inviato", "3 enti su 5 hanno inviato". */
function answeredText(answered: number, expected: number): string {
  return `${answered} ${answered === 1 ? 'ente' : 'enti'} su ${expected} ${answered === 1 ? 'ha' : 'hanno'} inviato`;
}

const W = 760;
const H = 300;
const M = { top: 28, right: 24, bottom: 48, left: 52 };
const COLORS = { line: '#0066cc', deadline: '#cc334d', expected: '#5c6f82', axis: '#5c6f82', text: '#1a1a1a', grid: '#e6e9f2' };

export function arrivalsChart(input: ChartInput): HTMLElement {
  const { arrivals, expected, deadline, today } = input;
  const first = arrivals[0]?.date;
  const last = arrivals.at(-1)?.date;
  const start = [input.start, first ?? input.start].sort()[0]!;
  const end = [deadline, today, last ?? today].sort().at(-1)!;
  const days = daysBetween(start, end) + 1;
  const byDay = new Map(arrivals.map((a) => [a.date, a]));
  const answered = arrivals.at(-1)?.cumulativeBodies ?? 0;
  const yMax = Math.max(expected, answered, 1);

  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const step = plotW / days;
  /** The left edge of a day's slot. */
  const x = (date: string) => M.left + daysBetween(start, date) * step;
  const y = (n: number) => M.top + plotH - (n / yMax) * plotH;

  const titleId = uid('grafico-titolo');
  const descId = uid('grafico-desc');
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, class: 'grafico-arrivi', width: '100%', 'font-family': 'Titillium Web, Geneva, Tahoma, sans-serif' });
  svg.style.maxWidth = `${W}px`;
  svg.style.height = 'auto';
  const daysText = input.today > deadline ? `scaduta il ${formatDate(deadline)}` : `scadenza il ${formatDate(deadline)}`;
  svg.append(
    s('title', { id: titleId }, 'Risposte arrivate nel tempo, rispetto alla scadenza'),
    s(
      'desc',
      { id: descId },
      arrivals.length
        ? `Dal ${formatDate(start)} a oggi ${formatDate(today)}: ${answeredText(answered, expected)} almeno un modulo, accettato o no; ${daysText}. Prima risposta il ${formatDate(first)}, ultima il ${formatDate(last)}.`
        : `Nessuna risposta arrivata finora su ${expected} enti attesi; ${daysText}.`,
    ),
  );

  // Grid and the y axis: 0, half, the expected count.
  const ticks = [...new Set([0, yMax >= 4 ? Math.round(yMax / 2) : null, yMax].filter((v): v is number => v !== null))];
  for (const t of ticks) {
    svg.append(
      s('line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), stroke: COLORS.grid, 'stroke-width': 1 }),
      s('text', { x: M.left - 8, y: y(t) + 4, 'text-anchor': 'end', 'font-size': 13, fill: COLORS.text }, String(t)),
    );
  }
  svg.append(
    s('line', { x1: M.left, x2: M.left, y1: M.top, y2: M.top + plotH, stroke: COLORS.axis, 'stroke-width': 1 }),
    s('line', { x1: M.left, x2: W - M.right, y1: M.top + plotH, y2: M.top + plotH, stroke: COLORS.axis, 'stroke-width': 1 }),
    s('text', { x: M.left - 40, y: M.top - 12, 'font-size': 13, fill: COLORS.text }, 'Enti che hanno risposto'),
  );

  // The bodies expected.
  svg.append(
    s('line', { x1: M.left, x2: W - M.right, y1: y(expected), y2: y(expected), stroke: COLORS.expected, 'stroke-width': 1.5, 'stroke-dasharray': '6 4' }),
    s('text', { x: W - M.right, y: y(expected) - 6, 'text-anchor': 'end', 'font-size': 13, fill: COLORS.text }, `Attesi: ${expected}`),
  );

  // The x axis: the first day, the deadline, the last day, when there is room between them.
  const labels: { date: string; anchor: string }[] = [{ date: start, anchor: 'start' }];
  const placed = (d: string) => labels.every((l) => Math.abs(x(l.date) - x(d)) > 90);
  if (end !== deadline && placed(end)) labels.push({ date: end, anchor: 'end' });
  if (today !== end && today !== deadline && placed(today)) labels.push({ date: today, anchor: 'middle' });
  for (const l of labels) {
    const cx = l.anchor === 'start' ? x(l.date) : l.anchor === 'end' ? x(l.date) + step : x(l.date) + step / 2;
    svg.append(
      s('line', { x1: x(l.date) + step / 2, x2: x(l.date) + step / 2, y1: M.top + plotH, y2: M.top + plotH + 5, stroke: COLORS.axis }),
      s('text', { x: cx, y: M.top + plotH + 20, 'text-anchor': l.anchor, 'font-size': 13, fill: COLORS.text }, `${l.date === today ? 'oggi ' : ''}${formatDate(l.date)}`),
    );
  }

  // Bodies answered by the end of each day, up to today.
  const upTo = [today, last ?? today].sort().at(-1)!;
  let c = 0;
  const path: string[] = [`M ${x(start).toFixed(1)} ${y(0).toFixed(1)}`];
  const dots: SVGElement[] = [];
  for (let d = start; d <= upTo; d = addDays(d, 1)) {
    const a = byDay.get(d);
    if (a && a.cumulativeBodies !== c) {
      path.push(`H ${x(d).toFixed(1)}`, `V ${y(a.cumulativeBodies).toFixed(1)}`);
      c = a.cumulativeBodies;
    }
    if (a && a.submissions > 0) {
      dots.push(
        s(
          'circle',
          { cx: (x(d) + step / 2).toFixed(1), cy: y(c).toFixed(1), r: 4, fill: COLORS.line },
          s('title', {}, `${formatDate(d)}: ${a.submissions === 1 ? '1 invio' : `${a.submissions} invii`}, ${c} enti in tutto`),
        ),
      );
    }
  }
  path.push(`H ${(x(upTo) + step).toFixed(1)}`);
  svg.append(s('path', { d: path.join(' '), fill: 'none', stroke: COLORS.line, 'stroke-width': 3, 'stroke-linejoin': 'round' }), ...dots);

  // The deadline: the end of its day.
  const dx = x(deadline) + step;
  svg.append(
    s('line', { x1: dx, x2: dx, y1: M.top - 6, y2: M.top + plotH, stroke: COLORS.deadline, 'stroke-width': 2, 'stroke-dasharray': '4 3' }),
    s('text', { x: dx, y: M.top + plotH + 38, 'text-anchor': dx > W - 120 ? 'end' : dx < 120 ? 'start' : 'middle', 'font-size': 13, 'font-weight': 600, fill: COLORS.deadline }, `Scadenza ${formatDate(deadline)}`),
  );

  const legend = h(
    'ul',
    { class: 'legenda-grafico list-inline small mb-2', 'aria-hidden': 'true' },
    h('li', { class: 'list-inline-item me-3' }, h('span', { class: 'segno segno-linea' }), ' enti che hanno inviato almeno un modulo'),
    h('li', { class: 'list-inline-item me-3' }, h('span', { class: 'segno segno-attesi' }), ' enti attesi'),
    h('li', { class: 'list-inline-item' }, h('span', { class: 'segno segno-scadenza' }), ' scadenza'),
  );
  for (const [cls, style] of [
    ['segno-linea', `border-top: 3px solid ${COLORS.line}`],
    ['segno-attesi', `border-top: 2px dashed ${COLORS.expected}`],
    ['segno-scadenza', `border-left: 2px dashed ${COLORS.deadline}; height: 1em; width: 0`],
  ] as const) {
    const el = legend.querySelector<HTMLElement>(`.${cls}`)!;
    el.style.cssText = `display: inline-block; width: 1.5rem; vertical-align: middle; ${style}`;
  }

  const table = dataTable({
    id: 'tabella-arrivi',
    caption: 'Arrivi giorno per giorno',
    captionClass: 'caption-top',
    class: 'table-sm mt-2',
    headings: ['Giorno', 'Invii ricevuti', 'Enti alla prima risposta', 'Enti che hanno risposto in tutto'],
    rows: arrivals.map((a) => [formatDate(a.date), String(a.submissions), String(a.newBodies), `${a.cumulativeBodies} su ${expected}`]),
    rowHeader: true,
    empty: 'Nessun invio finora.',
  });

  return h(
    'figure',
    { class: 'grafico mb-0' },
    legend,
    svg,
    h('figcaption', { class: 'small mt-1' }, arrivals.length ? `${answeredText(answered, expected)} almeno un modulo, accettato o no; ${daysText}.` : `Nessuna risposta finora; ${daysText}.`),
    h('details', { class: 'mt-2' }, h('summary', {}, 'Dati del grafico in tabella'), table),
  );
}
