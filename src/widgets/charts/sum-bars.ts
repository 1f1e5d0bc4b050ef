/**
 * A sum built term by term (a waterfall): one row per term, its bar running from the total before it
 * to the total after it, and a last row for the whole sum from 0. Blue bars push the total up,
 * orange ones pull it down (the network diagram's sign colours); a dotted line carries each bar's end
 * to the next row's start, and the vertical line at 0 is where the sum changes sign — for a step
 * neuron, where it starts to fire. Every bar has its value written beside it.
 *
 * One picture (role img): the widget's sliders set the terms, and the label says every value.
 */
import type { Selection } from 'd3-selection';
import { part } from './axes';
import { chartFrame, margins } from './chart-frame';
import { linearScale } from './scale';
import { sumRows, type SumRow, type SumBarsData } from './sum-rows';

export interface SumBarsOptions {
  readonly label: string;
  /** The value axis; widened to hold every running total. */
  readonly domain: readonly [number, number];
  readonly format: (value: number) => string;
  readonly aspect?: number;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

export function renderSumBars(target: HTMLElement, data: SumBarsData, options: SumBarsOptions): void {
  const rows = sumRows(data);
  const frame = chartFrame(target, { kind: 'nn-sum-bars', label: options.label, aspect: options.aspect ?? 1.9 }, () => renderSumBars(target, data, options));
  const em = frame.em;
  const m = margins(frame, { top: 0.4, bottom: 1.8, left: 3.6, right: 0.8 });
  const width = Math.max(1, frame.width - m.left - m.right);
  const height = Math.max(1, frame.height - m.top - m.bottom);
  const ends = rows.flatMap((r) => [r.from, r.to]);
  const low = Math.min(options.domain[0], ...ends);
  const high = Math.max(options.domain[1], ...ends);
  const x = linearScale([low, high], [0, width]);
  const band = height / rows.length;
  const barHeight = Math.min(band * 0.62, 1.6 * em);
  const cy = (k: number) => (k + 0.5) * band;

  const svg = frame.svg as unknown as G;
  const g = part(svg, 'g', 'nn-sum-area').attr('transform', `translate(${m.left},${m.top})`);
  const ticks = x.ticks(5);
  const tickFormat = x.tickFormat(5);
  part(g, 'g', 'nn-sum-grid')
    .selectAll('line')
    .data(ticks, (d) => String(d))
    .join('line')
    .attr('class', (d) => (d === 0 ? 'nn-baseline' : 'nn-grid-line'))
    .attr('x1', (d) => x(d))
    .attr('x2', (d) => x(d))
    .attr('y1', 0)
    .attr('y2', height);
  part(g, 'g', 'nn-sum-ticks')
    .selectAll('text')
    .data(ticks, (d) => String(d))
    .join('text')
    .attr('class', 'nn-tick-label')
    .attr('x', (d) => x(d))
    .attr('y', height + 1.2 * em)
    .attr('text-anchor', 'middle')
    .text((d) => tickFormat(d));

  // Each term's end carried down to where the next row starts.
  const links = rows.slice(0, -1).map((r, k) => ({ id: r.id, x: x(r.to), y1: cy(k) + barHeight / 2, y2: cy(k + 1) - barHeight / 2 }));
  part(g, 'g', 'nn-sum-links')
    .selectAll('line')
    .data(links, (d) => (d as { id: string }).id)
    .join('line')
    .attr('class', 'nn-sum-link')
    .attr('x1', (d) => d.x)
    .attr('x2', (d) => d.x)
    .attr('y1', (d) => d.y1)
    .attr('y2', (d) => d.y2);

  const rowGroups = part(g, 'g', 'nn-sum-rows')
    .selectAll<SVGGElement, SumRow>('g.nn-sum-row')
    .data(rows, (r) => r.id)
    .join((enter) => {
      const row = enter.append('g');
      row.append('text').attr('class', 'nn-sum-label').attr('text-anchor', 'end').attr('dy', '0.35em');
      row.append('rect').attr('class', 'nn-sum-bar');
      row.append('text').attr('class', 'nn-sum-value nn-halo').attr('dy', '0.35em');
      return row;
    })
    .attr('class', (r) => `nn-sum-row ${r.total ? 'nn-sum-total' : r.value >= 0 ? 'nn-pos' : 'nn-neg'}`)
    .attr('data-id', (r) => r.id)
    .attr('transform', (_r, k) => `translate(0,${cy(k)})`);
  rowGroups.select('.nn-sum-label').attr('x', -0.5 * em).text((r) => r.label);
  rowGroups
    .select('.nn-sum-bar')
    .attr('x', (r) => Math.min(x(r.from), x(r.to)))
    // A zero term still shows as a hairline where it sits.
    .attr('width', (r) => Math.max(1, Math.abs(x(r.to) - x(r.from))))
    .attr('y', -barHeight / 2)
    .attr('height', barHeight);
  // The value beside the bar's far end, outside it: right of a bar that ends on the right, else left —
  // unless that would leave the plot, then inside.
  const rightOf = (r: SumRow) => {
    const end = Math.max(x(r.from), x(r.to));
    return end + 4.5 * em <= width || Math.min(x(r.from), x(r.to)) < 4.5 * em;
  };
  rowGroups
    .select('.nn-sum-value')
    .attr('x', (r) => (rightOf(r) ? Math.max(x(r.from), x(r.to)) + 0.35 * em : Math.min(x(r.from), x(r.to)) - 0.35 * em))
    .attr('text-anchor', (r) => (rightOf(r) ? 'start' : 'end'))
    .text((r) => options.format(r.value));
}
