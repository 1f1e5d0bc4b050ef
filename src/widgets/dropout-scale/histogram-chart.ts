/**
 * The widget's picture: a histogram of the training-time z (bins from model.ts) with two vertical
 * lines — the sample mean z̄ (dashed) and the test-time z (solid, thick) — each labelled with its
 * value at the top. The labels sit on opposite sides of their lines (mean to the left, test to the
 * right, one row apart), so when the lines coincide — the two correct forms — both stay readable.
 * One picture (role img): its label states every number the lines show.
 */
import type { Lang } from '../../i18n';
import { part, renderAxes } from '../charts/axes';
import { chartFrame, margins } from '../charts/chart-frame';
import { seriesClass } from '../charts/palette';
import { plotArea } from '../charts/plot-area';
import { linearScale, niceDomain } from '../charts/scale';
import type { Bin } from './model';

export interface ScaleHistogramData {
  readonly bins: readonly Bin[];
  readonly domain: readonly [number, number];
  readonly sampleMean: number;
  readonly test: number;
}

export interface ScaleHistogramOptions {
  readonly label: string;
  readonly lang: Lang;
  readonly meanText: string;
  readonly testText: string;
  readonly aspect?: number;
}

interface Mark {
  readonly id: 'mean' | 'test';
  readonly x: number;
  readonly text: string;
  readonly row: number;
  /** The label's preferred side of its line. */
  readonly side: 'left' | 'right';
}

export function renderScaleHistogram(target: HTMLElement, data: ScaleHistogramData, options: ScaleHistogramOptions): void {
  const frame = chartFrame(target, { kind: 'nn-ds-histogram', label: options.label, aspect: options.aspect ?? 2 }, () =>
    renderScaleHistogram(target, data, options),
  );
  const em = frame.em;
  const m = margins(frame, { top: 2.8, bottom: 2.2, left: 3.4, right: 1 });
  const area = plotArea(frame, m);
  const x = linearScale(data.domain, [0, area.width]);
  const tallest = Math.max(1, ...data.bins.map((b) => b.count));
  const y = linearScale(niceDomain([0, tallest]), [area.height, 0]);
  renderAxes(area.g, { x, y, width: area.width, height: area.height, em, grid: true });

  const gap = data.bins.length > 1 ? Math.min(2, (0.15 * area.width) / data.bins.length) : 0;
  part(area.g, 'g', 'nn-bars')
    .attr('clip-path', area.clip)
    .selectAll<SVGRectElement, Bin>('rect')
    .data(data.bins, (_, i) => String(i))
    .join('rect')
    .attr('class', `nn-bar ${seriesClass(0)}`)
    .attr('x', (b) => x(b.x0) + gap / 2)
    .attr('width', (b) => Math.max(0, x(b.x1) - x(b.x0) - gap))
    .attr('y', (b) => y(b.count))
    .attr('height', (b) => Math.max(0, area.height - y(b.count)));

  const marks: Mark[] = [
    { id: 'test', x: x(data.test), text: options.testText, row: 0, side: 'right' },
    { id: 'mean', x: x(data.sampleMean), text: options.meanText, row: 1, side: 'left' },
  ];
  const pad = 0.3 * em;
  const groups = part(area.g, 'g', 'nn-ds-marks')
    .selectAll<SVGGElement, Mark>('g.nn-ds-mark')
    .data(marks, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g');
      g.append('line');
      g.append('text').attr('class', 'nn-halo');
      return g;
    })
    .attr('class', (d) => `nn-ds-mark nn-ds-${d.id}`)
    .attr('data-mark', (d) => d.id);
  groups
    .select('line')
    .attr('x1', (d) => d.x)
    .attr('x2', (d) => d.x)
    .attr('y1', (d) => -(2 - d.row) * 1.3 * em + 0.5 * em)
    .attr('y2', area.height);
  groups
    .select<SVGTextElement>('text')
    .text((d) => d.text)
    .attr('y', (d) => -(2 - d.row) * 1.3 * em + 0.4 * em)
    .each(function (d) {
      // The preferred side, unless the label would leave the plot there (about 0.55 em a character).
      const width = d.text.length * 0.55 * em;
      const side = d.side === 'right' ? (d.x + pad + width <= area.width + m.right ? 'right' : 'left') : d.x - pad - width >= -m.left ? 'left' : 'right';
      this.setAttribute('x', String(side === 'right' ? d.x + pad : d.x - pad));
      this.setAttribute('text-anchor', side === 'right' ? 'start' : 'end');
    });
}
