/**
 * A plot of functions sampled by the core (sigmoid and its slope, a loss along one weight), with an
 * optional point the reader moves along x — by dragging it, by pressing on the plot, or with the
 * keyboard — and an optional tangent through it.
 *
 * The chart never computes the function: `onMove(x)` hands the new x to the widget, the widget asks
 * the core for y (and the slope), and renders again with the new point. The point is a focusable
 * role="slider" (aria-valuenow = x, aria-valuetext from the widget, e.g. "w = 0.50, E = 0.12"), so
 * the svg is a labelled group here rather than role="img" (an img's children are hidden from
 * assistive technology). Keys on the focused point: ←/↓ and →/↑ one step, PageDown/PageUp ten,
 * Home/End the ends; the key events are consumed, so a lecture's → does not also change slide.
 *
 * Touch: the point itself takes any drag (touch-action: none); the plot behind it allows vertical
 * scrolling (pan-y) so a phone can still scroll past a full-width plot, and horizontal presses
 * move the point.
 */
import type { Lang } from '../../i18n';
import { pointer, type Selection } from 'd3-selection';
import { roundToStep } from '../kit/controls/numeric';
import { widgetString } from '../kit/strings';
import { part, renderAxes } from './axes';
import { chartFrame, margins } from './chart-frame';
import { renderLegend } from './legend';
import { seriesClass } from './palette';
import { linePath, range } from './paths';
import { plotArea } from './plot-area';
import { linearScale, niceDomain } from './scale';
import { finiteExtent } from './ticks';

export interface Curve {
  readonly id: string;
  readonly label?: string;
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly series?: number;
}

export interface FunctionPlotData {
  readonly curves: readonly Curve[];
  /** Where the movable point is (y from the core). */
  readonly point?: { readonly x: number; readonly y: number };
  /** A tangent line through (x, y) with this slope, drawn over `span` (default: a third of the x domain around x). */
  readonly tangent?: { readonly x: number; readonly y: number; readonly slope: number; readonly span?: readonly [number, number] };
  /** Fixed points drawn as dots in their series' colour (e.g. where a step lands). */
  readonly marks?: readonly Mark[];
  /** Straight segments, styled by their kind (class nn-segment-<kind>). */
  readonly segments?: readonly Segment[];
}

export interface Mark {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly series: number;
}

export interface Segment {
  readonly id: string;
  readonly kind: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface MovablePoint {
  /** Accessible name, e.g. 'Weight w'. */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** Keyboard step and the grid the pointer snaps to. */
  readonly step: number;
  /** aria-valuetext, e.g. (x, y) => `w = ${x}, E = ${y}`. Default: x. */
  readonly valueText?: (x: number, y: number) => string;
  readonly onMove: (x: number) => void;
}

export interface FunctionPlotOptions {
  readonly label: string;
  readonly lang: Lang;
  readonly xDomain?: readonly [number, number];
  readonly yDomain?: readonly [number, number];
  readonly xLabel?: string;
  readonly yLabel?: string;
  readonly aspect?: number;
  /** Makes `data.point` movable. */
  readonly move?: MovablePoint;
  /** Default: when more than one curve has a label. */
  readonly legend?: boolean;
  /** The x ticks' labels (default: the scale's own), e.g. η for an axis of log₁₀ η. */
  readonly xFormat?: (v: number) => string;
  /** The y ticks' labels (default: the scale's own), e.g. a compact 80k for a loss in the tens of thousands. */
  readonly yFormat?: (v: number) => string;
  /** Room right of the plot, in em (default 1): more where the last x tick is wide (2000). */
  readonly right?: number;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

export function renderFunctionPlot(target: HTMLElement, data: FunctionPlotData, options: FunctionPlotOptions): void {
  const frame = chartFrame(target, { kind: 'nn-function-plot', label: options.label, aspect: options.aspect, role: options.move ? 'group' : 'img' }, () =>
    renderFunctionPlot(target, data, options),
  );
  const m = margins(frame, { top: options.yLabel ? 1.6 : 0.8, bottom: options.xLabel ? 3.2 : 2, right: options.right });
  const area = plotArea(frame, m);

  const xDomain = options.xDomain ?? finiteExtent(data.curves.flatMap((c) => Array.from(c.xs))) ?? [0, 1];
  const yDomain = options.yDomain ?? finiteExtent(data.curves.flatMap((c) => Array.from(c.ys))) ?? [0, 1];
  const x = linearScale(xDomain, [0, area.width]);
  const y = linearScale(options.yDomain ? yDomain : niceDomain(yDomain), [area.height, 0]);
  renderAxes(area.g, { x, y, width: area.width, height: area.height, em: frame.em, xLabel: options.xLabel, yLabel: options.yLabel, grid: true, xFormat: options.xFormat, yFormat: options.yFormat });

  // Under the curves: the surface that takes presses when the point is movable.
  part(area.g, 'rect', 'nn-press')
    .attr('width', area.width)
    .attr('height', area.height)
    .attr('fill', 'transparent')
    .attr('visibility', options.move ? 'visible' : 'hidden');

  const marks = part(area.g, 'g', 'nn-marks').attr('clip-path', area.clip);
  marks
    .selectAll<SVGPathElement, Curve>('path.nn-line')
    .data(data.curves, (c) => c.id)
    .join('path')
    .attr('class', (c, k) => `nn-line ${seriesClass(c.series ?? k)}`)
    .attr('d', (c) =>
      linePath(
        range(Math.min(c.xs.length, c.ys.length)),
        (i) => x(c.xs[i]),
        (i) => y(c.ys[i]),
      ),
    );

  const t = data.tangent;
  const half = (xDomain[1] - xDomain[0]) / 6;
  const span = (d: NonNullable<FunctionPlotData['tangent']>) => d.span ?? [d.x - half, d.x + half];
  marks
    .selectAll('line.nn-tangent')
    .data(t && Number.isFinite(t.slope) ? [t] : [])
    .join('line')
    .attr('class', 'nn-tangent')
    .attr('x1', (d) => x(span(d)[0]))
    .attr('y1', (d) => y(d.y + (span(d)[0] - d.x) * d.slope))
    .attr('x2', (d) => x(span(d)[1]))
    .attr('y2', (d) => y(d.y + (span(d)[1] - d.x) * d.slope));
  const finite = (...vs: number[]) => vs.every(Number.isFinite);
  marks
    .selectAll<SVGLineElement, Segment>('line.nn-segment')
    .data((data.segments ?? []).filter((d) => finite(d.x1, d.y1, d.x2, d.y2)), (d) => d.id)
    .join('line')
    .attr('class', (d) => `nn-segment nn-segment-${d.kind}`)
    .attr('x1', (d) => x(d.x1))
    .attr('y1', (d) => y(d.y1))
    .attr('x2', (d) => x(d.x2))
    .attr('y2', (d) => y(d.y2));
  marks
    .selectAll<SVGCircleElement, Mark>('circle.nn-mark')
    .data((data.marks ?? []).filter((d) => finite(d.x, d.y)), (d) => d.id)
    .join('circle')
    .attr('class', (d) => `nn-mark ${seriesClass(d.series)}`)
    .attr('data-mark', (d) => d.id)
    .attr('r', 0.4 * frame.em)
    .attr('cx', (d) => x(d.x))
    .attr('cy', (d) => y(d.y));

  frame.memo.set('move', options.move);
  frame.memo.set('x', x);
  renderPoint(area.g, data.point, options.move, x, y, frame.em);
  if (options.move && !frame.memo.has('wired')) {
    frame.memo.set('wired', true);
    wire(area.g, () => frame.memo.get('move') as MovablePoint | undefined, () => frame.memo.get('x') as typeof x);
  }

  const labelled = data.curves.filter((c) => c.label);
  renderLegend(
    frame.root,
    (options.legend ?? labelled.length > 1) ? labelled.map((c) => ({ id: c.id, label: c.label as string, series: c.series ?? data.curves.indexOf(c) })) : [],
    widgetString('chartLegend', options.lang),
  );
}

function renderPoint(g: G, point: FunctionPlotData['point'], move: MovablePoint | undefined, x: (v: number) => number, y: (v: number) => number, em: number): void {
  const shown = point && Number.isFinite(point.x) && Number.isFinite(point.y) ? [point] : [];
  const handle = g
    .selectAll<SVGGElement, { x: number; y: number }>('g.nn-handle')
    .data(shown, () => 'point')
    .join((enter) => {
      const h = enter.append('g').attr('class', 'nn-handle');
      h.append('circle').attr('class', 'nn-handle-hit');
      h.append('circle').attr('class', 'nn-handle-dot');
      return h;
    })
    .attr('transform', (d) => `translate(${x(d.x)},${y(d.y)})`);
  handle.select('.nn-handle-hit').attr('r', Math.max(12, 0.9 * em));
  handle.select('.nn-handle-dot').attr('r', 0.5 * em);
  if (move) {
    handle
      .attr('tabindex', 0)
      .attr('role', 'slider')
      .attr('aria-label', move.label)
      .attr('aria-orientation', 'horizontal')
      .attr('aria-valuemin', move.min)
      .attr('aria-valuemax', move.max)
      .attr('aria-valuenow', (d) => d.x)
      .attr('aria-valuetext', (d) => (move.valueText ? move.valueText(d.x, d.y) : String(d.x)));
  } else {
    handle.attr('tabindex', null).attr('role', null).attr('aria-label', null);
  }
}

/** Pointer and keyboard handlers, attached once; they read the latest options through the getters. */
function wire(g: G, getMove: () => MovablePoint | undefined, getX: () => { invert(px: number): number }): void {
  const area = g.node() as SVGGElement;
  const moveTo = (value: number) => {
    const move = getMove();
    if (!move) return;
    const snapped = Math.min(move.max, Math.max(move.min, roundToStep(value, move.step, move.min)));
    move.onMove(snapped);
  };
  const current = () => Number((g.select('g.nn-handle').node() as SVGGElement | null)?.getAttribute('aria-valuenow'));

  let dragging: number | null = null;
  g.on('pointerdown', (event: PointerEvent) => {
    const inside = (event.target as Element).closest('.nn-press, .nn-handle');
    if (!inside || !getMove() || event.button !== 0) return;
    dragging = event.pointerId;
    area.setPointerCapture?.(event.pointerId);
    moveTo(getX().invert(pointer(event, area)[0]));
    (g.select('g.nn-handle').node() as SVGGElement | null)?.focus({ preventScroll: true });
    event.preventDefault();
  })
    .on('pointermove', (event: PointerEvent) => {
      if (dragging === event.pointerId) moveTo(getX().invert(pointer(event, area)[0]));
    })
    .on('pointerup pointercancel', (event: PointerEvent) => {
      if (dragging === event.pointerId) dragging = null;
    })
    .on('keydown', (event: KeyboardEvent) => {
      const move = getMove();
      if (!move || !(event.target as Element).closest('.nn-handle')) return;
      const steps: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 };
      const now = current();
      let next: number | null = null;
      if (event.key in steps) next = now + steps[event.key] * move.step;
      else if (event.key === 'Home') next = move.min;
      else if (event.key === 'End') next = move.max;
      if (next === null || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      moveTo(next);
    });
}
