/**
 * A small decision map without axes (the thinned networks' small multiples): the output over the grid
 * painted in the decision maps' blue–orange scale, the boundary at ½ (on the canvas) and the training
 * points (in the svg). Axes
 * would take most of a small map (their margins are in ems, and the projector's type is large); the
 * large maps beside it have them, over the same plane.
 */
import { contours } from 'd3-contour';
import { part } from '../charts/axes';
import { canvasContext, chartFrame } from '../charts/chart-frame';
import { fillImage, type Rgb } from '../charts/color';
import { gridToData, multiPolygonPath, type Grid } from '../charts/contour-levels';
import type { LabelledPoints } from '../charts/decision-map';
import { classClass, resolveColor } from '../charts/palette';
import { symbolPath } from '../charts/paths';
import { linearScale } from '../charts/scale';

export function renderThumb(target: HTMLElement, grid: Grid, points: LabelledPoints, label: string): void {
  const aspect = (grid.x[1] - grid.x[0]) / (grid.y[1] - grid.y[0]);
  const frame = chartFrame(target, { kind: 'nn-dv-thumb-map', label, aspect, canvas: true }, () => renderThumb(target, grid, points, label));
  const { width, height } = frame;
  const canvas = frame.canvas as HTMLCanvasElement;
  canvas.setAttribute('aria-hidden', 'true');
  const x = linearScale(grid.x, [0, width]);
  const y = linearScale(grid.y, [height, 0]);
  const key = [grid.values, width, height, frame.theme];
  const last = frame.memo.get('image') as unknown[] | undefined;
  if (!last || last.some((v, k) => v !== key[k])) {
    frame.memo.set('image', key);
    const context = canvasContext(canvas, width, height);
    if (context) {
      const colors: [Rgb, Rgb, Rgb] = [resolveColor(frame.root, 'var(--c-blue)'), resolveColor(frame.root, 'var(--bg)'), resolveColor(frame.root, 'var(--c-orange)')];
      const image = new ImageData(grid.nx, grid.ny);
      fillImage(grid.values, grid.nx, grid.ny, { domain: [0, 0.5, 1], low: colors[0], mid: colors[1], high: colors[2], strength: 0.5 }, image.data);
      const source = document.createElement('canvas');
      source.width = grid.nx;
      source.height = grid.ny;
      source.getContext('2d')?.putImageData(image, 0, 0);
      const cellW = width / Math.max(1, grid.nx - 1);
      const cellH = height / Math.max(1, grid.ny - 1);
      context.clearRect(0, 0, width, height);
      context.imageSmoothingEnabled = true;
      context.drawImage(source, -cellW / 2, -cellH / 2, width + cellW, height + cellH);
      // The boundary on the canvas, which clips it: d3-contour closes each region along the grid's
      // edge, half a cell outside the picture, where the canvas ends.
      const toData = gridToData(grid);
      const style = getComputedStyle(frame.root);
      context.strokeStyle = style.color;
      context.lineWidth = parseFloat(style.getPropertyValue('--stroke')) || 1.5;
      for (const contour of contours().size([grid.nx, grid.ny]).thresholds([0.5])(Array.from(grid.values))) {
        if (contour.coordinates.length === 0) continue;
        context.stroke(
          new Path2D(
            multiPolygonPath(contour.coordinates, (gx, gy) => {
              const [dx, dy] = toData(gx, gy);
              return [x(dx), y(dy)];
            }),
          ),
        );
      }
    }
  }
  const g = frame.svg as unknown as Parameters<typeof part>[0];
  const size = (0.4 * frame.em) ** 2;
  const count = Math.min(points.xs.length, points.ys.length, points.labels.length);
  part(g, 'g', 'nn-points')
    .selectAll('path')
    .data(Array.from({ length: count }, (_, i) => i))
    .join('path')
    .attr('class', (i) => `nn-point ${classClass(points.labels[i])}`)
    .attr('d', (i) => symbolPath(points.labels[i] ? 'triangle' : 'circle', size))
    .attr('transform', (i) => `translate(${x(points.xs[i])},${y(points.ys[i])})`);
}
