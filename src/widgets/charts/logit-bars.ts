/**
 * The softmax lab's picture: one column per class k. Upper panel: the logit z_k as a bar from 0 on a
 * fixed range, with a handle on its end that the pointer drags up and down (the sliders beside the
 * chart are the keyboard's way to the same values). Lower panel: the probability y_k as a bar on
 * [0, 1] with its value written above it, so the two rows read as "scores in, probabilities out".
 *
 * Pointer only: the svg stays one picture (role img, its label says every value), because each
 * logit already has a labelled slider and box.
 */
import type { Selection } from 'd3-selection';
import { part } from './axes';
import { chartFrame, margins } from './chart-frame';
import { seriesClass } from './palette';
import { linearScale } from './scale';

export interface LogitBarsData {
  /** z_k, k = 1 … K (what the handles set). */
  readonly logits: readonly number[];
  /** y_k, the same length; NaN is drawn as no bar and written as "NaN". */
  readonly probabilities: ArrayLike<number>;
  /** The column to mark (the class whose formula is written out), 0-based. */
  readonly selected: number;
}

export interface LogitBarsOptions {
  readonly label: string;
  /** The logits' range (symmetric about 0 is best: bars grow up and down from 0). */
  readonly range: readonly [number, number];
  /** Resolution of a dragged value. */
  readonly step: number;
  /** The names under the columns (z₁ … or y₁ …) and the panels' titles. */
  readonly logitTitle: string;
  readonly probabilityTitle: string;
  readonly columnLabel: (k: number) => string;
  readonly format: (value: number) => string;
  readonly aspect?: number;
  /** A logit dragged to a new value. */
  readonly onDrag: (k: number, value: number) => void;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

export function renderLogitBars(target: HTMLElement, data: LogitBarsData, options: LogitBarsOptions): void {
  const frame = chartFrame(target, { kind: 'nn-logit-bars', label: options.label, aspect: options.aspect ?? 1.5 }, () =>
    renderLogitBars(target, data, options),
  );
  const em = frame.em;
  const m = margins(frame, { top: 2, bottom: 1.6, left: 2.6, right: 0.5 });
  const width = Math.max(1, frame.width - m.left - m.right);
  const height = Math.max(1, frame.height - m.top - m.bottom);
  const gap = 3.2 * em;
  const upper = Math.max(1, (height - gap) * 0.55);
  const lower = Math.max(1, height - gap - upper);
  const K = data.logits.length;
  const band = width / K;
  const barWidth = Math.min(band * 0.6, 5 * em);
  const cx = (k: number) => (k + 0.5) * band;

  const svg = frame.svg as unknown as G;
  const g = part(svg, 'g', 'nn-logit-area').attr('transform', `translate(${m.left},${m.top})`);
  const zScale = linearScale(options.range, [upper, 0]);
  const top = upper + gap;
  const pScale = linearScale([0, 1], [top + lower, top]);

  // Panel titles and the two axes' end labels (few ticks: large type on a projector).
  const titles = [
    { id: 'z', x: -m.left + 0.2 * em, y: -1 * em, text: options.logitTitle },
    { id: 'p', x: -m.left + 0.2 * em, y: top - 1 * em, text: options.probabilityTitle },
  ];
  part(g, 'g', 'nn-logit-titles')
    .selectAll('text')
    .data(titles, (d) => (d as { id: string }).id)
    .join('text')
    .attr('class', 'nn-axis-title')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .text((d) => d.text);
  const ticks = [
    ...[options.range[1], 0, options.range[0]].map((v) => ({ id: `z${v}`, y: zScale(v), text: options.format(v) })),
    ...[1, 0].map((v) => ({ id: `p${v}`, y: pScale(v), text: String(v) })),
  ];
  part(g, 'g', 'nn-logit-ticks')
    .selectAll('text')
    .data(ticks, (d) => (d as { id: string }).id)
    .join('text')
    .attr('class', 'nn-tick-label')
    .attr('x', -0.4 * em)
    .attr('y', (d) => d.y)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((d) => d.text);
  const rules = [
    { id: 'z0', y: zScale(0) },
    { id: 'p0', y: pScale(0) },
    { id: 'p1', y: pScale(1), faint: true },
  ];
  part(g, 'g', 'nn-logit-rules')
    .selectAll('line')
    .data(rules, (d) => (d as { id: string }).id)
    .join('line')
    .attr('class', (d) => (d.faint ? 'nn-grid-line' : 'nn-baseline'))
    .attr('x1', 0)
    .attr('x2', width)
    .attr('y1', (d) => d.y)
    .attr('y2', (d) => d.y);

  const columns = part(g, 'g', 'nn-logit-columns')
    .selectAll<SVGGElement, number>('g.nn-logit-column')
    .data(Array.from({ length: K }, (_, k) => k), (k) => String(k))
    .join((enter) => {
      const column = enter.append('g').attr('class', 'nn-logit-column');
      column.append('rect').attr('class', 'nn-logit-selected');
      column.append('rect').attr('class', 'nn-bar nn-logit-bar');
      column.append('rect').attr('class', 'nn-bar nn-prob-bar');
      column.append('text').attr('class', 'nn-prob-value').attr('text-anchor', 'middle');
      column.append('text').attr('class', 'nn-column-label').attr('text-anchor', 'middle');
      const handle = column.append('g').attr('class', 'nn-logit-handle');
      handle.append('rect').attr('class', 'nn-logit-hit');
      handle.append('circle').attr('class', 'nn-handle-dot');
      return column;
    });

  columns.attr('transform', (k) => `translate(${cx(k)},0)`).attr('data-k', (k) => k + 1);
  columns
    .select('.nn-logit-selected')
    .attr('x', -band / 2 + 2)
    .attr('width', Math.max(0, band - 4))
    .attr('y', -0.2 * em)
    .attr('height', top + lower + 1.6 * em)
    .attr('visibility', (k) => (k === data.selected ? 'visible' : 'hidden'));
  const zOf = (k: number) => Math.min(options.range[1], Math.max(options.range[0], data.logits[k]));
  columns
    .select('.nn-logit-bar')
    .attr('class', (k) => `nn-bar nn-logit-bar ${seriesClass(k)}`)
    .attr('x', -barWidth / 2)
    .attr('width', barWidth)
    .attr('y', (k) => Math.min(zScale(zOf(k)), zScale(0)))
    .attr('height', (k) => Math.abs(zScale(zOf(k)) - zScale(0)));
  const pOf = (k: number) => data.probabilities[k];
  columns
    .select('.nn-prob-bar')
    .attr('class', (k) => `nn-bar nn-prob-bar ${seriesClass(k)}`)
    .attr('x', -barWidth / 2)
    .attr('width', barWidth)
    .attr('y', (k) => (Number.isFinite(pOf(k)) ? pScale(pOf(k)) : pScale(0)))
    .attr('height', (k) => (Number.isFinite(pOf(k)) ? pScale(0) - pScale(pOf(k)) : 0));
  columns
    .select('.nn-prob-value')
    .attr('y', (k) => (Number.isFinite(pOf(k)) ? pScale(pOf(k)) : pScale(0)) - 0.3 * em)
    .text((k) => (Number.isNaN(pOf(k)) ? 'NaN' : pOf(k).toFixed(3)));
  columns
    .select('.nn-column-label')
    .attr('y', top + lower + 1.2 * em)
    .text((k) => options.columnLabel(k));
  columns
    .select('.nn-logit-hit')
    .attr('x', -band / 2)
    .attr('width', band)
    .attr('y', -0.5 * em)
    .attr('height', upper + em);
  columns
    .select('.nn-handle-dot')
    .attr('cy', (k) => zScale(zOf(k)))
    .attr('r', 0.45 * em);

  // Dragging: the pointer's height in the upper panel becomes z_k, rounded to the step.
  const valueAt = (event: PointerEvent) => {
    const box = (frame.svg.node() as SVGSVGElement).getBoundingClientRect();
    const y = event.clientY - box.top - m.top;
    const raw = zScale.invert(Math.min(upper, Math.max(0, y)));
    return Math.round(raw / options.step) * options.step;
  };
  columns
    .select<SVGGElement>('.nn-logit-handle')
    .on('pointerdown', function (event: PointerEvent, k) {
      event.preventDefault();
      this.setPointerCapture(event.pointerId);
      this.dataset.dragging = '';
      options.onDrag(k, valueAt(event));
    })
    .on('pointermove', function (event: PointerEvent, k) {
      if (this.dataset.dragging === undefined) return;
      options.onDrag(k, valueAt(event));
    })
    .on('pointerup pointercancel', function (event: PointerEvent) {
      delete this.dataset.dragging;
      if (this.hasPointerCapture(event.pointerId)) this.releasePointerCapture(event.pointerId);
    });
}
