/**
 * A contour plot of a 2-D surface — a loss over two weights — with optimizer trajectories on it:
 * each a polyline with a dot at its current point, optionally an arrow (the step −η∇E about to be
 * taken) and a mark at the known minimum.
 *
 * The surface is filled level by level with the same translucent tint, so overlapping levels build
 * up: the darker, the higher; the lines between them are thin. Levels default to 12, log-spaced
 * (loss valleys hide under linear levels; contour-levels.ts). Contours are computed by d3-contour on
 * the flat row-major grid and cached until the grid's values change, so a render per training step
 * only moves the trajectories.
 *
 * Trajectories differ by series class — colour and dash pattern — and are listed in the legend.
 *
 * Picking a point (optional, `onPick`): a click on the plot reports the data point under the pointer;
 * a `cursor` ring marks a point the widget is moving by keyboard (the widget owns the keys).
 */
import type { Lang } from '../../i18n';
import { contours } from 'd3-contour';
import { pointer } from 'd3-selection';
import { widgetString } from '../kit/strings';
import { part, renderAxes } from './axes';
import { chartFrame, margins } from './chart-frame';
import { arrowHead, contourLevels, gridToData, multiPolygonPath, type Grid, type LevelScale } from './contour-levels';
import { renderLegend } from './legend';
import { seriesClass } from './palette';
import { linePath, range } from './paths';
import { equalUnits, planeAspect, plotArea } from './plot-area';
import { linearScale } from './scale';

export interface Trajectory {
  readonly id: string;
  readonly label: string;
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  /** How many leading points count. Default: the shorter array's length. */
  readonly length?: number;
  readonly series?: number;
}

export interface ContourPlotData {
  readonly grid: Grid;
  readonly trajectories?: readonly Trajectory[];
  /** An arrow from (x, y) by (dx, dy), in data units. */
  readonly arrow?: { readonly x: number; readonly y: number; readonly dx: number; readonly dy: number };
  /** More arrows, each in its series' colour and listed in the legend (a step, a gradient, a velocity). */
  readonly arrows?: readonly ContourArrow[];
  readonly minimum?: { readonly x: number; readonly y: number };
  /** A ring at a point being chosen (a start moved by the arrow keys). */
  readonly cursor?: { readonly x: number; readonly y: number };
}

export interface ContourArrow {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly dx: number;
  readonly dy: number;
  readonly series: number;
}

export interface ContourPlotOptions {
  readonly label: string;
  readonly lang: Lang;
  /** A count (default 12) or the exact levels. */
  readonly levels?: number | readonly number[];
  /** Spacing of counted levels. Default 'log'. */
  readonly levelScale?: LevelScale;
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** Width ÷ height of the plot box. Default: the surface's own (x span ÷ y span). */
  readonly aspect?: number;
  /** Default: when there is more than one trajectory. */
  readonly legend?: boolean;
  /** One unit as long across as up (default true), so a gradient looks perpendicular to the contours. */
  readonly equalAxes?: boolean;
  /** Called with the data point under a click on the plot. */
  readonly onPick?: (x: number, y: number) => void;
}

interface Level {
  readonly value: number;
  readonly d: string;
}

export function renderContourPlot(target: HTMLElement, data: ContourPlotData, options: ContourPlotOptions): void {
  const aspect = options.aspect ?? planeAspect(data.grid.x[1] - data.grid.x[0], data.grid.y[1] - data.grid.y[0]);
  const frame = chartFrame(target, { kind: 'nn-contour-plot', label: options.label, aspect }, () =>
    renderContourPlot(target, data, options),
  );
  const { grid } = data;
  const base = margins(frame, { top: options.yLabel ? 1.6 : 0.8, bottom: options.xLabel ? 3.2 : 2 });
  const m = options.equalAxes === false ? base : equalUnits(frame, base, Math.abs(grid.x[1] - grid.x[0]), Math.abs(grid.y[1] - grid.y[0]));
  const area = plotArea(frame, m);
  const x = linearScale(grid.x, [0, area.width]);
  const y = linearScale(grid.y, [area.height, 0]);

  const sizeKey = `${area.width}x${area.height}@${frame.em}|${options.xLabel}|${options.yLabel}`;
  const levelsKey = [grid.values, grid.nx, grid.ny, String(options.levels), options.levelScale, sizeKey];
  const cached = frame.memo.get('levels') as { key: unknown[]; levels: Level[] } | undefined;
  let levels = cached?.levels ?? [];
  if (!cached || cached.key.some((v, k) => v !== levelsKey[k])) {
    levels = computeLevels(grid, options, (gx, gy) => [x(gx), y(gy)]);
    frame.memo.set('levels', { key: levelsKey, levels });
    renderAxes(area.g, { x, y, width: area.width, height: area.height, em: frame.em, xLabel: options.xLabel, yLabel: options.yLabel });
    part(area.g, 'g', 'nn-contours')
      .attr('clip-path', area.clip)
      .selectAll<SVGPathElement, Level>('path')
      .data(levels, (l) => String(l.value))
      .join('path')
      .attr('d', (l) => l.d);
  }

  const marks = part(area.g, 'g', 'nn-marks').attr('clip-path', area.clip);
  const minimum = data.minimum ? [data.minimum] : [];
  const r = 0.45 * frame.em;
  marks
    .selectAll('path.nn-minimum')
    .data(minimum)
    .join('path')
    .attr('class', 'nn-minimum')
    .attr('d', (p) => `M${x(p.x) - r},${y(p.y) - r}L${x(p.x) + r},${y(p.y) + r}M${x(p.x) - r},${y(p.y) + r}L${x(p.x) + r},${y(p.y) - r}`);

  const trajectories = (data.trajectories ?? []).map((t, k) => ({ t, k, n: Math.min(t.length ?? Infinity, t.xs.length, t.ys.length) }));
  const usable = (t: Trajectory, i: number) => Number.isFinite(t.xs[i]) && Number.isFinite(t.ys[i]);
  marks
    .selectAll<SVGPathElement, (typeof trajectories)[number]>('path.nn-line')
    .data(trajectories, (d) => d.t.id)
    .join('path')
    .attr('class', (d) => `nn-line nn-trajectory ${seriesClass(d.t.series ?? d.k)}`)
    .attr('d', (d) =>
      linePath(
        range(d.n),
        (i) => x(d.t.xs[i]),
        (i) => y(d.t.ys[i]),
        (i) => usable(d.t, i),
      ),
    );
  const heads = trajectories.filter((d) => d.n > 0 && usable(d.t, d.n - 1));
  marks
    .selectAll<SVGCircleElement, (typeof heads)[number]>('circle.nn-last')
    .data(heads, (d) => d.t.id)
    .join('circle')
    .attr('class', (d) => `nn-last ${seriesClass(d.t.series ?? d.k)}`)
    .attr('r', 0.35 * frame.em)
    .attr('cx', (d) => x(d.t.xs[d.n - 1]))
    .attr('cy', (d) => y(d.t.ys[d.n - 1]));

  const cursor = data.cursor && Number.isFinite(data.cursor.x) && Number.isFinite(data.cursor.y) ? [data.cursor] : [];
  marks
    .selectAll('circle.nn-cursor')
    .data(cursor)
    .join('circle')
    .attr('class', 'nn-cursor')
    .attr('r', 0.7 * frame.em)
    .attr('cx', (p) => x(p.x))
    .attr('cy', (p) => y(p.y));

  // One click listener per chart; it reads the latest scales and handler from the memo.
  frame.memo.set('pick', options.onPick ? { onPick: options.onPick, x, y, g: area.g.node() } : null);
  if (options.onPick && !frame.memo.get('pick-listening')) {
    frame.memo.set('pick-listening', true);
    frame.svg.on('click', (event: MouseEvent) => {
      const pick = frame.memo.get('pick') as { onPick: (x: number, y: number) => void; x: typeof x; y: typeof y; g: SVGGElement } | null;
      if (!pick) return;
      const [px, py] = pointer(event, pick.g);
      pick.onPick(pick.x.invert(px), pick.y.invert(py));
    });
  }
  frame.svg.classed('nn-pickable', Boolean(options.onPick));

  const a = data.arrow;
  const drawable = (d: { x: number; y: number; dx: number; dy: number }) => [d.x, d.y, d.dx, d.dy].every(Number.isFinite);
  const arrow: Array<{ id: string; x: number; y: number; dx: number; dy: number; series?: number }> = a && drawable(a) ? [{ id: 'arrow', ...a }] : [];
  const arrows = (data.arrows ?? []).filter(drawable);
  const arrowGroup = marks
    .selectAll<SVGGElement, (typeof arrow)[number]>('g.nn-arrow')
    .data([...arrow, ...arrows], (d) => d.id)
    .join((enter) => {
      const g = enter.append('g');
      g.append('line');
      g.append('polygon');
      return g;
    })
    .attr('class', (d) => (d.series === undefined ? 'nn-arrow' : `nn-arrow nn-series-arrow ${seriesClass(d.series)}`));
  arrowGroup
    .select('line')
    .attr('x1', (d) => x(d.x))
    .attr('y1', (d) => y(d.y))
    .attr('x2', (d) => x(d.x + d.dx))
    .attr('y2', (d) => y(d.y + d.dy));
  arrowGroup.select('polygon').attr('points', (d) => arrowHead(x(d.x), y(d.y), x(d.x + d.dx), y(d.y + d.dy), 0.8 * frame.em));

  renderLegend(
    frame.root,
    (options.legend ?? trajectories.length + arrows.length > 1)
      ? [...trajectories.map(({ t, k }) => ({ id: t.id, label: t.label, series: t.series ?? k })), ...arrows.map((d) => ({ id: d.id, label: d.label, series: d.series }))]
      : [],
    widgetString('chartLegend', options.lang),
  );
}

function computeLevels(grid: Grid, options: ContourPlotOptions, toScreen: (x: number, y: number) => [number, number]): Level[] {
  const values = Array.from(grid.values);
  const thresholds = typeof options.levels === 'object' ? [...options.levels] : contourLevels(values, options.levels ?? 12, options.levelScale ?? 'log');
  const toData = gridToData(grid);
  return contours()
    .size([grid.nx, grid.ny])
    .thresholds(thresholds)(values)
    .map((c) => ({ value: c.value, d: multiPolygonPath(c.coordinates, (gx, gy) => toScreen(...toData(gx, gy))) }));
}
