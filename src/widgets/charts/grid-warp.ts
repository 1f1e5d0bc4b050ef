/**
 * A plane with a family of polylines drawn on it — a square grid, or its image under a map — plus
 * labelled points, an optional straight border w₁x + w₂y + b = 0 cut to the box, and an optional
 * marked point (a traced input). One chart draws the input plane and another the same grid after a
 * layer, so the reader sees whether the map keeps lines straight.
 *
 * Grid lines are classed by family ('v' for lines that were vertical in the input, 'h' horizontal) so
 * CSS can tell them apart by colour and dash (widgets.css). Points use the class symbols of the
 * decision map (class 0 circles, class 1 triangles).
 */
import type { Lang } from '../../i18n';
import { part, renderAxes } from './axes';
import { chartFrame, margins } from './chart-frame';
import { segmentInBox, type Line } from './half-planes';
import { classClass } from './palette';
import { linePath, range, symbolPath } from './paths';
import { plotArea } from './plot-area';
import { extentOf, linearScale } from './scale';

export interface WarpLine {
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly kind: 'v' | 'h';
}

export interface GridWarpData {
  readonly lines: readonly WarpLine[];
  readonly points: { readonly xs: ArrayLike<number>; readonly ys: ArrayLike<number>; readonly labels: ArrayLike<number> };
  readonly border?: Line | null;
  readonly marker?: readonly [number, number] | null;
}

export interface GridWarpOptions {
  readonly label: string;
  readonly lang: Lang;
  /** Fixed ranges; default: the lines' and points' extent, widened to nice numbers. */
  readonly x?: readonly [number, number];
  readonly y?: readonly [number, number];
  readonly xLabel?: string;
  readonly yLabel?: string;
}

export function renderGridWarp(target: HTMLElement, data: GridWarpData, options: GridWarpOptions): void {
  const frame = chartFrame(target, { kind: 'nn-grid-warp', label: options.label, aspect: 1 }, () => renderGridWarp(target, data, options));
  const xDomain = options.x ?? extentOf([...data.lines.map((l) => l.xs), data.points.xs]);
  const yDomain = options.y ?? extentOf([...data.lines.map((l) => l.ys), data.points.ys]);
  const m = margins(frame, { top: options.yLabel ? 1.6 : 0.8, bottom: options.xLabel ? 3.2 : 2 });
  const area = plotArea(frame, m);
  const x = linearScale(xDomain, [0, area.width]);
  const y = linearScale(yDomain, [area.height, 0]);
  renderAxes(area.g, { x, y, width: area.width, height: area.height, em: frame.em, xLabel: options.xLabel, yLabel: options.yLabel });

  part(area.g, 'g', 'nn-warp-lines')
    .attr('clip-path', area.clip)
    .selectAll('path')
    .data(data.lines)
    .join('path')
    .attr('class', (line) => `nn-warp-line nn-warp-${line.kind}`)
    .attr('d', (line) => linePath(range(line.xs.length), (k) => x(line.xs[k]), (k) => y(line.ys[k])));

  const segment = data.border ? segmentInBox(data.border, { x: xDomain, y: yDomain }) : null;
  part(area.g, 'g', 'nn-warp-border')
    .selectAll('line')
    .data(segment ? [segment] : [])
    .join('line')
    .attr('x1', (s) => x(s[0][0]))
    .attr('y1', (s) => y(s[0][1]))
    .attr('x2', (s) => x(s[1][0]))
    .attr('y2', (s) => y(s[1][1]));

  const size = (0.7 * frame.em) ** 2;
  const { points } = data;
  part(area.g, 'g', 'nn-points')
    .attr('clip-path', area.clip)
    .selectAll('path')
    .data(Array.from({ length: points.xs.length }, (_, k) => k))
    .join('path')
    .attr('class', (k) => `nn-point ${classClass(points.labels[k])}`)
    .attr('d', (k) => symbolPath(points.labels[k] ? 'triangle' : 'circle', size))
    .attr('transform', (k) => `translate(${x(points.xs[k])},${y(points.ys[k])})`);

  const marker = data.marker && data.marker.every(Number.isFinite) ? [data.marker] : [];
  part(area.g, 'g', 'nn-warp-marker')
    .attr('clip-path', area.clip)
    .selectAll('path')
    .data(marker)
    .join('path')
    .attr('d', () => {
      const s = 0.55 * frame.em;
      return `M${-s},0H${s}M0,${-s}V${s}`;
    })
    .attr('transform', (p) => `translate(${x(p[0])},${y(p[1])})`);
}
