/**
 * The points y_i against their index i (drawn at x_i = i), the prediction as a line
 * y^p(x) = c + m(x − x̄) (m = 0: the constant c, horizontal), and each residual y_i − y_i^p drawn twice:
 * as a vertical segment (its length |y_i − y_i^p| is MAE's term) and as the square on that segment (its
 * area (y_i − y_i^p)² is MSE's term — a square in screen pixels, so a residual twice as long gives four
 * times the area). Optionally the best line for each loss, dashed. Every point and the line's handle
 * (at its right end) are focusable role="slider"s: ↑/↓ move them one step, PageUp/PageDown ten,
 * Home/End to the ends (the line's handle moves c, its height at x̄). Dragging a point moves it;
 * pressing anywhere else on the plot moves the line, keeping its slope, to pass there.
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
import { middle, type Line } from './line-model';

export interface ResidualPlotData {
  readonly ys: readonly number[];
  /** The line: its height c at x̄ = (n + 1)/2 and its slope m (0 for the constant predictor). */
  readonly c: number;
  readonly m: number;
  /** The best lines for MAE and for MSE, drawn dashed; null draws none. */
  readonly best: { readonly mae: Line; readonly mse: Line } | null;
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

  const xbar = middle(n);
  /** The line's height in px at the index position xi. */
  const at = (line: Line, xi: number) => y(line.c + line.m * (xi - xbar));
  const line = { c: data.c, m: data.m };
  const pc = (i: number) => at(line, i + 1);
  const marks = part(area.g, 'g', 'nn-marks').attr('clip-path', area.clip);
  // Squares first (under the segments): side |y_i − y_i^p| in px, standing on the segment, to its right.
  marks
    .selectAll('rect.nn-mvm-square')
    .data(data.ys)
    .join('rect')
    .attr('class', 'nn-mvm-square')
    .attr('x', (_, i) => x(i + 1))
    .attr('y', (v, i) => Math.min(y(v), pc(i)))
    .attr('width', (v, i) => Math.abs(y(v) - pc(i)))
    .attr('height', (v, i) => Math.abs(y(v) - pc(i)));
  marks
    .selectAll('line.nn-mvm-segment')
    .data(data.ys)
    .join('line')
    .attr('class', 'nn-mvm-segment')
    .attr('x1', (_, i) => x(i + 1))
    .attr('x2', (_, i) => x(i + 1))
    .attr('y1', (v) => y(v))
    .attr('y2', (_, i) => pc(i));
  // Lines across the whole plot, x from 0.5 to n + 0.5: the best ones dashed under the prediction.
  const ends = [0.5, n + 0.5];
  const best: { id: string; line: Line }[] = data.best ? [{ id: 'mae', line: data.best.mae }, { id: 'mse', line: data.best.mse }] : [];
  marks
    .selectAll('line.nn-mvm-best')
    .data(best, (d) => (d as { id: string }).id)
    .join('line')
    .attr('class', (d) => `nn-mvm-best nn-mvm-best-${d.id}`)
    .attr('x1', 0)
    .attr('x2', area.width)
    .attr('y1', (d) => at(d.line, ends[0]!))
    .attr('y2', (d) => at(d.line, ends[1]!));
  part(marks, 'line', 'nn-mvm-line').attr('x1', 0).attr('x2', area.width).attr('y1', at(line, ends[0]!)).attr('y2', at(line, ends[1]!));

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
  // The line's handle near its right end, on the line.
  const handleX = area.width - 0.6 * frame.em;
  const cHandle = handles
    .selectAll<SVGGElement, number>('g.nn-mvm-c')
    .data([data.c])
    .join((enter) => handle(enter, 'nn-mvm-c'))
    .attr('transform', `translate(${handleX},${at(line, x.invert(handleX))})`);
  slider(cHandle, () => options.cLabel);
  handles.selectAll('.nn-handle-hit').attr('r', Math.max(12, 0.9 * frame.em));
  handles.selectAll('.nn-handle-dot').attr('r', 0.45 * frame.em);

  frame.memo.set('options', options);
  frame.memo.set('y', y);
  frame.memo.set('x', x);
  frame.memo.set('data', data);
  frame.memo.set('pending', new Map<Target, number>());
  if (!frame.memo.has('wired')) {
    frame.memo.set('wired', true);
    wire(area.g, {
      options: () => frame.memo.get('options') as ResidualPlotOptions,
      x: () => frame.memo.get('x') as typeof x,
      y: () => frame.memo.get('y') as typeof y,
      data: () => frame.memo.get('data') as ResidualPlotData,
      pending: () => frame.memo.get('pending') as Map<Target, number>,
    });
  }
}

interface Latest {
  readonly options: () => ResidualPlotOptions;
  readonly x: () => { invert(px: number): number };
  readonly y: () => { invert(px: number): number };
  readonly data: () => ResidualPlotData;
  /**
   * Values sent since the last render: the widget redraws once a frame, so keys pressed faster than
   * that step on from here rather than from the drawn value (which would lose all but one).
   */
  readonly pending: () => Map<Target, number>;
}

/** Pointer and keyboard handlers, attached once; they read the latest options, scales and data. */
function wire(g: G, latest: Latest): void {
  const { options: getOptions, y: getY, data: getData } = latest;
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
    latest.pending().set(which, v);
    if (which === 'c') o.onC(v);
    else o.onPoint(which, v);
  };
  const valueOf = (which: Target) => latest.pending().get(which) ?? (which === 'c' ? getData().c : getData().ys[which]!);
  const focus = (which: Target) => {
    const sel = which === 'c' ? '.nn-mvm-c' : `.nn-mvm-point[data-index="${which}"]`;
    (area.querySelector(sel) as SVGGElement | null)?.focus({ preventScroll: true });
  };

  /**
   * The value a pointer at (px, py) gives: a point's value is the height there; the line's c is the
   * height its line, slope kept, has at x̄ when it passes there (c = y − m(x − x̄); m = 0: just y).
   */
  const valueAt = (which: Target, [px, py]: [number, number]) => {
    const v = getY().invert(py);
    if (which !== 'c') return v;
    const { ys, m } = getData();
    return v - m * (latest.x().invert(px) - middle(ys.length));
  };

  let dragging: { id: number; which: Target } | null = null;
  g.on('pointerdown', (event: PointerEvent) => {
    const el = event.target as Element;
    if (event.button !== 0 || !el.closest('.nn-press, .nn-handle')) return;
    const which = targetOf(el) ?? 'c';
    dragging = { id: event.pointerId, which };
    area.setPointerCapture?.(event.pointerId);
    moveTo(which, valueAt(which, pointer(event, area)));
    focus(which);
    event.preventDefault();
  })
    .on('pointermove', (event: PointerEvent) => {
      if (dragging && dragging.id === event.pointerId) moveTo(dragging.which, valueAt(dragging.which, pointer(event, area)));
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
