/**
 * The points y_i against their index i, the constant prediction c as a horizontal line, and each
 * residual y_i − c drawn twice: as a vertical segment (its length |y_i − c| is MAE's term) and as the
 * square on that segment (its area (y_i − c)² is MSE's term — a square in screen pixels, so a residual
 * twice as long gives four times the area). Every point and the line are focusable role="slider"s:
 * ↑/↓ move them one step, PageUp/PageDown ten, Home/End to the ends. Dragging a point moves it;
 * pressing anywhere else on the plot moves c there.
 *
 * The chart draws only; the widget owns the values (onPoint / onC) and renders again.
 */
import type { Selection } from 'd3-selection';
import { pointer } from 'd3-selection';
import { part, renderAxes } from '../charts/axes';
import { chartFrame, margins } from '../charts/chart-frame';
import { plotArea } from '../charts/plot-area';
import { linearScale } from '../charts/scale';
import { roundToStep } from '../kit/controls/numeric';

export interface ResidualPlotData {
  readonly ys: readonly number[];
  readonly c: number;
}

export interface ResidualPlotOptions {
  readonly label: string;
  readonly yDomain: readonly [number, number];
  readonly step: number;
  readonly xLabel: string;
  readonly yLabel: string;
  /** Accessible names: of point i (0-based) and of the line. */
  readonly pointLabel: (i: number) => string;
  readonly cLabel: string;
  readonly onPoint: (i: number, y: number) => void;
  readonly onC: (c: number) => void;
}

type G = Selection<SVGGElement, unknown, null, undefined>;
/** A handle: 'c' or a point's index. */
type Target = 'c' | number;

export function renderResidualPlot(target: HTMLElement, data: ResidualPlotData, options: ResidualPlotOptions): void {
  const frame = chartFrame(target, { kind: 'nn-residual-plot', label: options.label, aspect: 1.25, role: 'group' }, () =>
    renderResidualPlot(target, data, options),
  );
  const m = margins(frame, { top: 1.6, bottom: 3.2, right: 1.2 });
  const area = plotArea(frame, m);
  const n = data.ys.length;
  const x = linearScale([0.5, n + 0.5], [0, area.width]);
  const y = linearScale(options.yDomain, [area.height, 0]);
  renderAxes(area.g, {
    x,
    y,
    width: area.width,
    height: area.height,
    em: frame.em,
    xLabel: options.xLabel,
    yLabel: options.yLabel,
    grid: true,
    // The axis's own ticks thin out on a narrow plot; every index is labelled below instead.
    xFormat: () => '',
  });
  part(area.g, 'g', 'nn-mvm-indices')
    .attr('transform', `translate(0,${area.height})`)
    .selectAll('text')
    .data(data.ys.map((_, i) => i + 1))
    .join('text')
    .attr('x', (i) => x(i))
    .attr('y', 1.3 * frame.em)
    .attr('text-anchor', 'middle')
    .text((i) => String(i));

  part(area.g, 'rect', 'nn-press').attr('width', area.width).attr('height', area.height).attr('fill', 'transparent');

  const pc = y(data.c);
  const marks = part(area.g, 'g', 'nn-marks').attr('clip-path', area.clip);
  // Squares first (under the segments): side |y_i − c| in px, standing on the segment, to its right.
  marks
    .selectAll('rect.nn-mvm-square')
    .data(data.ys)
    .join('rect')
    .attr('class', 'nn-mvm-square')
    .attr('x', (_, i) => x(i + 1))
    .attr('y', (v) => Math.min(y(v), pc))
    .attr('width', (v) => Math.abs(y(v) - pc))
    .attr('height', (v) => Math.abs(y(v) - pc));
  marks
    .selectAll('line.nn-mvm-segment')
    .data(data.ys)
    .join('line')
    .attr('class', 'nn-mvm-segment')
    .attr('x1', (_, i) => x(i + 1))
    .attr('x2', (_, i) => x(i + 1))
    .attr('y1', (v) => y(v))
    .attr('y2', pc);
  part(marks, 'line', 'nn-mvm-line').attr('x1', 0).attr('x2', area.width).attr('y1', pc).attr('y2', pc);

  const [lo, hi] = options.yDomain;
  const slider = (sel: Selection<SVGGElement, number, SVGGElement, unknown>, name: (i: number) => string) =>
    sel
      .attr('tabindex', 0)
      .attr('role', 'slider')
      .attr('aria-orientation', 'vertical')
      .attr('aria-valuemin', lo)
      .attr('aria-valuemax', hi)
      .attr('aria-label', (_, i) => name(i))
      .attr('aria-valuenow', (v) => v)
      .attr('aria-valuetext', (v, i) => `${name(i)} = ${v}`);
  const handle = (enter: Selection<import('d3-selection').EnterElement, number, SVGGElement, unknown>, cls: string) => {
    const g = enter.append('g').attr('class', `nn-handle ${cls}`);
    g.append('circle').attr('class', 'nn-handle-hit');
    g.append('circle').attr('class', 'nn-handle-dot');
    return g;
  };
  const handles = part(area.g, 'g', 'nn-mvm-handles');
  const points = handles
    .selectAll<SVGGElement, number>('g.nn-mvm-point')
    .data(data.ys)
    .join((enter) => handle(enter, 'nn-mvm-point'))
    .attr('data-index', (_, i) => i)
    .attr('transform', (v, i) => `translate(${x(i + 1)},${y(v)})`);
  slider(points, options.pointLabel);
  const line = handles
    .selectAll<SVGGElement, number>('g.nn-mvm-c')
    .data([data.c])
    .join((enter) => handle(enter, 'nn-mvm-c'))
    .attr('transform', (v) => `translate(${area.width - 0.6 * frame.em},${y(v)})`);
  slider(line, () => options.cLabel);
  handles.selectAll('.nn-handle-hit').attr('r', Math.max(12, 0.9 * frame.em));
  handles.selectAll('.nn-handle-dot').attr('r', 0.45 * frame.em);

  frame.memo.set('options', options);
  frame.memo.set('y', y);
  frame.memo.set('data', data);
  if (!frame.memo.has('wired')) {
    frame.memo.set('wired', true);
    wire(area.g, () => frame.memo.get('options') as ResidualPlotOptions, () => frame.memo.get('y') as typeof y, () => frame.memo.get('data') as ResidualPlotData);
  }
}

/** Pointer and keyboard handlers, attached once; they read the latest options, scale and data. */
function wire(g: G, getOptions: () => ResidualPlotOptions, getY: () => { invert(px: number): number }, getData: () => ResidualPlotData): void {
  const area = g.node() as SVGGElement;
  const targetOf = (el: Element | null): Target | null => {
    const h = el?.closest('.nn-handle');
    if (!h) return null;
    if (h.classList.contains('nn-mvm-c')) return 'c';
    return Number(h.getAttribute('data-index'));
  };
  const moveTo = (which: Target, value: number) => {
    const o = getOptions();
    const [lo, hi] = o.yDomain;
    const v = Math.min(hi, Math.max(lo, roundToStep(value, o.step, lo)));
    if (which === 'c') o.onC(v);
    else o.onPoint(which, v);
  };
  const valueOf = (which: Target) => (which === 'c' ? getData().c : getData().ys[which]);
  const focus = (which: Target) => {
    const sel = which === 'c' ? '.nn-mvm-c' : `.nn-mvm-point[data-index="${which}"]`;
    (area.querySelector(sel) as SVGGElement | null)?.focus({ preventScroll: true });
  };

  let dragging: { id: number; which: Target } | null = null;
  g.on('pointerdown', (event: PointerEvent) => {
    const el = event.target as Element;
    if (event.button !== 0 || !el.closest('.nn-press, .nn-handle')) return;
    const which = targetOf(el) ?? 'c';
    dragging = { id: event.pointerId, which };
    area.setPointerCapture?.(event.pointerId);
    moveTo(which, getY().invert(pointer(event, area)[1]));
    focus(which);
    event.preventDefault();
  })
    .on('pointermove', (event: PointerEvent) => {
      if (dragging && dragging.id === event.pointerId) moveTo(dragging.which, getY().invert(pointer(event, area)[1]));
    })
    .on('pointerup pointercancel', (event: PointerEvent) => {
      if (dragging && dragging.id === event.pointerId) dragging = null;
    })
    .on('keydown', (event: KeyboardEvent) => {
      const which = targetOf(event.target as Element);
      if (which === null || event.ctrlKey || event.metaKey || event.altKey) return;
      const o = getOptions();
      const steps: Record<string, number> = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1, PageUp: 10, PageDown: -10 };
      let next: number | null = null;
      if (event.key in steps) next = valueOf(which) + steps[event.key] * o.step;
      else if (event.key === 'Home') next = o.yDomain[0];
      else if (event.key === 'End') next = o.yDomain[1];
      if (next === null) return;
      event.preventDefault();
      moveTo(which, next);
    });
}
