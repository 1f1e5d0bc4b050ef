/**
 * A classifier's decision map: the network's output over a 2-D input grid (e.g. P(class 1) at each
 * point, computed by the core) painted on a canvas in a diverging blue–orange scale (color.ts), the
 * decision boundary as a line at the midpoint level (d3-contour), and the data points on top in SVG.
 *
 * Two classes differ in colour AND shape — class 0 blue circles, class 1 orange triangles — with a
 * background-coloured outline so they stand out on their own side's tint.
 *
 * Drawing: the grid becomes an nx × ny image (one pixel per sample) scaled up with smoothing, placed
 * so each pixel's centre sits on its sample point (grid convention: contour-levels.ts). The image is
 * redrawn only when the values, the size or the theme change; a render that only moves points is
 * cheap. Theme colours are read from CSS (palette.ts resolveColor) once per theme.
 *
 * Accessible names: the canvas gets `label` (what the surface shows), the svg `pointsLabel` (what the
 * points are), both role="img".
 */
import type { Lang } from '../../i18n';
import { contours } from 'd3-contour';
import { widgetString } from '../kit/strings';
import { part, renderAxes } from './axes';
import { canvasContext, chartFrame, margins, type Frame } from './chart-frame';
import { fillImage, type DivergingScale, type Rgb } from './color';
import { gridToData, multiPolygonPath, type Grid } from './contour-levels';
import { renderLegend } from './legend';
import { classClass, resolveColor } from './palette';
import { symbolPath } from './paths';
import { equalUnits, planeAspect, plotArea } from './plot-area';
import { linearScale } from './scale';

export interface LabelledPoints {
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  /** 0 or 1 per point. */
  readonly labels: ArrayLike<number>;
}

export interface DecisionMapData {
  readonly grid: Grid;
  readonly points?: LabelledPoints;
}

export interface DecisionMapOptions {
  /** What the surface shows, e.g. 'Network output over the input plane'. */
  readonly label: string;
  /** What the points are, e.g. 'XOR training points: two of each class'. */
  readonly pointsLabel: string;
  readonly lang: Lang;
  /** [low, mid, high] of the values. Default [0, 0.5, 1] (a probability). */
  readonly domain?: readonly [number, number, number];
  /** Level of the boundary line; null for none. Default: the domain's midpoint. */
  readonly boundary?: number | null;
  /** Legend texts for class 0 and class 1; no legend without them. */
  readonly classLabels?: readonly [string, string];
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** Width ÷ height of the plot box. Default: the input plane's own (x span ÷ y span). */
  readonly aspect?: number;
  /** Index of a point to draw larger, with class nn-point-current (e.g. the sample being trained on). */
  readonly highlight?: number | null;
  /** One unit as long across as up (default true); false for a plane whose axes are different quantities. */
  readonly equalAxes?: boolean;
}

export function renderDecisionMap(target: HTMLElement, data: DecisionMapData, options: DecisionMapOptions): void {
  const aspect = options.aspect ?? planeAspect(data.grid.x[1] - data.grid.x[0], data.grid.y[1] - data.grid.y[0]);
  const frame = chartFrame(target, { kind: 'nn-decision-map', label: options.pointsLabel, aspect, canvas: true }, () =>
    renderDecisionMap(target, data, options),
  );
  const { grid } = data;
  const domain = options.domain ?? [0, 0.5, 1];
  const base = margins(frame, { top: options.yLabel ? 1.6 : 0.8, bottom: options.xLabel ? 3.2 : 2 });
  const m = options.equalAxes === false ? base : equalUnits(frame, base, Math.abs(grid.x[1] - grid.x[0]), Math.abs(grid.y[1] - grid.y[0]));
  const area = plotArea(frame, m);
  const x = linearScale(grid.x, [0, area.width]);
  const y = linearScale(grid.y, [area.height, 0]);

  const canvas = frame.canvas as HTMLCanvasElement;
  if (canvas.getAttribute('aria-label') !== options.label) canvas.setAttribute('aria-label', options.label);
  const imageKey = [grid.values, grid.nx, grid.ny, frame.width, frame.height, frame.theme, domain.join()];
  const last = frame.memo.get('image') as unknown[] | undefined;
  if (!last || last.some((v, k) => v !== imageKey[k])) {
    frame.memo.set('image', imageKey);
    paint(frame, canvas, grid, scaleOf(frame, domain), { left: m.left, top: m.top, width: area.width, height: area.height });
  }

  renderAxes(area.g, { x, y, width: area.width, height: area.height, em: frame.em, xLabel: options.xLabel, yLabel: options.yLabel });

  const level = options.boundary === undefined ? domain[1] : options.boundary;
  const toData = gridToData(grid);
  const boundary =
    level === null
      ? []
      : contours()
          .size([grid.nx, grid.ny])
          .thresholds([level])(Array.from(grid.values))
          .filter((c) => c.coordinates.length > 0);
  part(area.g, 'g', 'nn-boundary')
    .attr('clip-path', area.clip)
    .selectAll('path')
    .data(boundary)
    .join('path')
    .attr('d', (c) =>
      multiPolygonPath(c.coordinates, (gx, gy) => {
        const [dx, dy] = toData(gx, gy);
        return [x(dx), y(dy)];
      }),
    );

  const pts = data.points;
  const count = pts ? Math.min(pts.xs.length, pts.ys.length, pts.labels.length) : 0;
  const size = (0.75 * frame.em) ** 2;
  const circle = symbolPath('circle', size);
  const triangle = symbolPath('triangle', size);
  part(area.g, 'g', 'nn-points')
    .selectAll('path')
    .data(Array.from({ length: count }, (_, i) => i))
    .join('path')
    .attr('class', (i) => `nn-point ${classClass(pts?.labels[i] ?? 0)}${i === options.highlight ? ' nn-point-current' : ''}`)
    .attr('d', (i) => (pts?.labels[i] ? triangle : circle))
    .attr('transform', (i) => `translate(${x(pts?.xs[i] ?? 0)},${y(pts?.ys[i] ?? 0)})${i === options.highlight ? ' scale(1.6)' : ''}`);

  renderLegend(
    frame.root,
    options.classLabels
      ? [
          { id: 'class0', label: options.classLabels[0], className: classClass(0), mark: 'circle' as const },
          { id: 'class1', label: options.classLabels[1], className: classClass(1), mark: 'triangle' as const },
        ]
      : [],
    widgetString('chartLegend', options.lang),
  );
}

/** The diverging scale in the current theme's colours (cached per theme change). */
function scaleOf(frame: Frame, domain: readonly [number, number, number]): DivergingScale {
  const key = `colors@${frame.theme}`;
  let colors = frame.memo.get(key) as [Rgb, Rgb, Rgb] | undefined;
  if (!colors) {
    colors = [resolveColor(frame.root, 'var(--c-blue)'), resolveColor(frame.root, 'var(--bg)'), resolveColor(frame.root, 'var(--c-orange)')];
    for (const k of frame.memo.keys()) if (k.startsWith('colors@')) frame.memo.delete(k);
    frame.memo.set(key, colors);
  }
  return { domain, low: colors[0], mid: colors[1], high: colors[2], strength: 0.5 };
}

function paint(frame: Frame, canvas: HTMLCanvasElement, grid: Grid, scale: DivergingScale, box: { left: number; top: number; width: number; height: number }): void {
  const context = canvasContext(canvas, frame.width, frame.height);
  if (!context) return;
  context.clearRect(0, 0, frame.width, frame.height);
  const image = new ImageData(grid.nx, grid.ny);
  fillImage(grid.values, grid.nx, grid.ny, scale, image.data);
  const source = document.createElement('canvas');
  source.width = grid.nx;
  source.height = grid.ny;
  source.getContext('2d')?.putImageData(image, 0, 0);
  // Pixel centres on the samples: the image reaches half a cell beyond the first and last sample.
  const cellW = box.width / Math.max(1, grid.nx - 1);
  const cellH = box.height / Math.max(1, grid.ny - 1);
  context.save();
  context.beginPath();
  context.rect(box.left, box.top, box.width, box.height);
  context.clip();
  context.imageSmoothingEnabled = true;
  context.drawImage(source, box.left - cellW / 2, box.top - cellH / 2, box.width + cellW, box.height + cellH);
  context.restore();
}
