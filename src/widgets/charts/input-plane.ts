/**
 * The input plane of a step unit or a small step network: the (x₁, x₂) plane with regions shaded by
 * the output (class 0 blue, class 1 orange, Okabe–Ito, with "output 1" / "output 0" written in the
 * larger regions and a legend), decision lines drawn across it, the four corners of the unit square
 * marked with their outputs (circle 0, triangle 1, and the digit), the current input ringed, and,
 * optionally, draggable handles on a line.
 *
 * Regions come as exact polygons (half-planes.ts), not a sampled grid, so boundaries are crisp at any
 * size. The chart computes nothing about outputs: regions, corners and classes are the widget's
 * (from the core).
 *
 * Handles: focusable role="button" marks with aria-roledescription "draggable point"; pointer drags
 * and arrow keys (Shift: five times further) report through `drag.onMove(id, x, y)` — the widget
 * decides what the line becomes and renders again. Arrow-key events on a handle are consumed, so
 * a lecture's ←/→ do not also change slide. Corners can be picked with the pointer
 * (`onPickCorner`); the widget offers the same choice with native controls for the keyboard.
 */
import type { Lang } from '../../i18n';
import { pointer, type Selection } from 'd3-selection';
import { widgetString } from '../kit/strings';
import { part, renderAxes } from './axes';
import { chartFrame, margins } from './chart-frame';
import { labelPoint, polygonArea, segmentInBox, type Box, type Line, type Point } from './half-planes';
import { renderLegend } from './legend';
import { classClass, seriesClass } from './palette';
import { symbolPath } from './paths';
import { equalUnits, plotArea } from './plot-area';
import { linearScale } from './scale';

export interface PlaneRegion {
  readonly polygon: readonly Point[];
  readonly cls: 0 | 1;
}

export interface PlaneLine {
  readonly id: string;
  readonly line: Line;
  /** Written near the line's end, e.g. 'NAND'. */
  readonly label?: string;
  /** Series (colour and dash); default 0 drawn in the text colour. */
  readonly series?: number;
  /** Draw the weight vector w from the line's middle, pointing to the output-1 side. */
  readonly normal?: boolean;
}

export interface PlaneCorner {
  readonly x: number;
  readonly y: number;
  readonly cls: 0 | 1;
}

export interface PlaneHandle {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Accessible name with the position, e.g. 'Line handle 1 at (0.25, 1.00)'. */
  readonly label: string;
}

export interface InputPlaneData {
  readonly regions: readonly PlaneRegion[];
  readonly lines: readonly PlaneLine[];
  readonly corners: readonly PlaneCorner[];
  /** The current input, ringed; its class picks the colour. */
  readonly input?: { readonly x: number; readonly y: number; readonly cls: 0 | 1 };
  readonly handles?: readonly PlaneHandle[];
}

export interface InputPlaneOptions {
  readonly label: string;
  readonly lang: Lang;
  readonly box: Box;
  /** Texts for output 0 and output 1 (legend and region labels). */
  readonly classLabels: readonly [string, string];
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** Makes `data.handles` draggable. */
  readonly drag?: {
    /** Arrow-key step in input units (Shift: ×5). */
    readonly step: number;
    readonly roleDescription: string;
    readonly onMove: (id: string, x: number, y: number) => void;
  };
  /** Pointer picks of a corner (index into data.corners). */
  readonly onPickCorner?: (index: number) => void;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

interface Live {
  options: InputPlaneOptions;
  x: ReturnType<typeof linearScale>;
  y: ReturnType<typeof linearScale>;
  handles: readonly PlaneHandle[];
}

export function renderInputPlane(target: HTMLElement, data: InputPlaneData, options: InputPlaneOptions): void {
  const { box } = options;
  const xSpan = box.x[1] - box.x[0];
  const ySpan = box.y[1] - box.y[0];
  const frame = chartFrame(target, { kind: 'nn-input-plane', label: options.label, aspect: xSpan / ySpan, role: options.drag ? 'group' : 'img' }, () =>
    renderInputPlane(target, data, options),
  );
  const m = equalUnits(frame, margins(frame, { top: options.yLabel ? 1.6 : 0.8, bottom: options.xLabel ? 3.2 : 2 }), xSpan, ySpan);
  const area = plotArea(frame, m);
  const x = linearScale(box.x, [0, area.width]);
  const y = linearScale(box.y, [area.height, 0]);
  const px = (p: Point) => `${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`;
  const em = frame.em;

  part(area.g, 'g', 'nn-regions')
    .attr('clip-path', area.clip)
    .selectAll('path')
    .data(data.regions)
    .join('path')
    .attr('class', (r) => `nn-region ${classClass(r.cls)}`)
    .attr('d', (r) => `M${r.polygon.map(px).join('L')}Z`);

  renderAxes(area.g, { x, y, width: area.width, height: area.height, em, xLabel: options.xLabel, yLabel: options.yLabel });

  // Region labels where there is room for them (area in px²), away from the edges and the marks.
  const marks: Point[] = [
    ...data.corners.map((c): Point => [c.x, c.y]),
    ...(data.input ? [[data.input.x, data.input.y] as Point] : []),
    ...(options.drag ? (data.handles ?? []).map((h): Point => [h.x, h.y]) : []),
  ];
  const labelled = data.regions
    .map((r) => ({ r, pxArea: Math.abs(polygonArea(r.polygon)) * (area.width / xSpan) * (area.height / ySpan), at: labelPoint(r.polygon, marks, { edges: 2, points: 1 }) }))
    .filter((d) => d.pxArea > 40 * em * em);
  part(area.g, 'g', 'nn-region-labels')
    .selectAll('text')
    .data(labelled)
    .join('text')
    .attr('class', (d) => `nn-halo nn-region-label ${classClass(d.r.cls)}`)
    .attr('text-anchor', 'middle')
    .attr('dy', '0.35em')
    .attr('x', (d) => x(d.at[0]))
    .attr('y', (d) => y(d.at[1]))
    .text((d) => options.classLabels[d.r.cls]);

  const lines = data.lines.map((l) => ({ l, seg: segmentInBox(l.line, box) })).filter((d) => d.seg);
  const lineGroup = part(area.g, 'g', 'nn-plane-lines').attr('clip-path', area.clip);
  lineGroup
    .selectAll<SVGLineElement, (typeof lines)[number]>('line')
    .data(lines, (d) => d.l.id)
    .join('line')
    .attr('data-id', (d) => d.l.id)
    .attr('class', (d) => `nn-decision-line ${d.l.series === undefined ? 'nn-decision-fg' : seriesClass(d.l.series)}`)
    .attr('x1', (d) => x(d.seg![0][0]))
    .attr('y1', (d) => y(d.seg![0][1]))
    .attr('x2', (d) => x(d.seg![1][0]))
    .attr('y2', (d) => y(d.seg![1][1]));

  const normals = lines.filter((d) => d.l.normal).map((d) => {
    // From a third of the way along the visible line, not its middle: for the symmetric gates the
    // middle's arrow would point straight at a corner of the unit square.
    const mid: Point = [d.seg![0][0] + 0.35 * (d.seg![1][0] - d.seg![0][0]), d.seg![0][1] + 0.35 * (d.seg![1][1] - d.seg![0][1])];
    const length = Math.hypot(d.l.line.w1, d.l.line.w2);
    const reach = 0.15 * Math.min(xSpan, ySpan);
    const tip: Point = [mid[0] + (reach * d.l.line.w1) / length, mid[1] + (reach * d.l.line.w2) / length];
    return { id: d.l.id, mid, tip };
  });
  const arrows = part(area.g, 'g', 'nn-normals')
    .selectAll<SVGGElement, (typeof normals)[number]>('g.nn-arrow')
    .data(normals, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'nn-arrow');
      g.append('line');
      g.append('polygon');
      g.append('text').attr('class', 'nn-halo nn-normal-label');
      return g;
    });
  arrows
    .select('line')
    .attr('x1', (d) => x(d.mid[0]))
    .attr('y1', (d) => y(d.mid[1]))
    .attr('x2', (d) => x(d.tip[0]))
    .attr('y2', (d) => y(d.tip[1]));
  arrows.select('polygon').attr('points', (d) => arrowHead(x(d.mid[0]), y(d.mid[1]), x(d.tip[0]), y(d.tip[1]), 0.55 * em));
  arrows
    .select('text')
    .attr('x', (d) => x(d.tip[0]) + 0.4 * em)
    .attr('y', (d) => y(d.tip[1]))
    .text('w');

  part(area.g, 'g', 'nn-line-labels')
    .selectAll<SVGTextElement, (typeof lines)[number]>('text')
    .data(lines.filter((d) => d.l.label), (d) => d.l.id)
    .join('text')
    .attr('class', 'nn-halo nn-line-label')
    .attr('text-anchor', 'middle')
    .attr('x', (d, k) => x(labelEnd(d.seg!, k)[0]))
    .attr('y', (d, k) => y(labelEnd(d.seg!, k)[1]))
    .attr('dy', '-0.5em')
    .text((d) => d.l.label ?? '');

  const size = (0.7 * em) ** 2;
  const corners = part(area.g, 'g', 'nn-corners')
    .selectAll<SVGGElement, PlaneCorner>('g.nn-corner')
    .data(data.corners)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'nn-corner');
      g.append('path');
      g.append('text').attr('class', 'nn-halo nn-corner-label');
      return g;
    })
    .attr('data-index', (_, i) => i)
    .attr('transform', (c) => `translate(${x(c.x)},${y(c.y)})`)
    .classed('nn-pickable', Boolean(options.onPickCorner));
  corners
    .select('path')
    .attr('class', (c) => `nn-point ${classClass(c.cls)}`)
    .attr('d', (c) => symbolPath(c.cls ? 'triangle' : 'circle', size));
  corners
    .select('text')
    .attr('x', 0.75 * em)
    .attr('y', -0.55 * em)
    .text((c) => String(c.cls));

  const input = data.input;
  part(area.g, 'g', 'nn-input')
    .selectAll('circle')
    .data(input ? [input] : [])
    .join('circle')
    .attr('class', (d) => `nn-input-ring ${classClass(d.cls)}`)
    .attr('r', 0.95 * em)
    .attr('cx', (d) => x(d.x))
    .attr('cy', (d) => y(d.y));

  const handles = options.drag ? (data.handles ?? []) : [];
  const handleGroup = part(area.g, 'g', 'nn-plane-handles');
  const drawn = handleGroup
    .selectAll<SVGGElement, PlaneHandle>('g.nn-handle')
    .data(handles, (h) => h.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'nn-handle nn-plane-handle').attr('tabindex', 0).attr('role', 'button');
      g.append('circle').attr('class', 'nn-handle-hit');
      g.append('circle').attr('class', 'nn-handle-dot');
      return g;
    })
    .attr('data-id', (h) => h.id)
    .attr('aria-label', (h) => h.label)
    .attr('aria-roledescription', options.drag?.roleDescription ?? null)
    .attr('transform', (h) => `translate(${x(h.x)},${y(h.y)})`);
  drawn.select('.nn-handle-hit').attr('r', Math.max(14, 1.1 * em));
  drawn.select('.nn-handle-dot').attr('r', 0.5 * em);

  const live = frame.memo.get('live') as Live | undefined;
  const next: Live = { options, x, y, handles };
  frame.memo.set('live', next);
  if (!live) wire(area.g, () => frame.memo.get('live') as Live);

  renderLegend(
    frame.root,
    [
      { id: 'class0', label: options.classLabels[0], className: classClass(0), mark: 'circle' as const },
      { id: 'class1', label: options.classLabels[1], className: classClass(1), mark: 'triangle' as const },
    ],
    widgetString('chartLegend', options.lang),
  );
}

/**
 * Near the end of a segment nearer the top (or the right), where a label crowds the corners least;
 * the k-th labelled line's label a little further in, so lines that coincide keep readable labels.
 */
function labelEnd(seg: readonly [Point, Point], k: number): Point {
  const [a, c] = seg;
  const end = a[1] > c[1] || (a[1] === c[1] && a[0] > c[0]) ? a : c;
  const other = end === a ? c : a;
  const t = 0.12 + 0.2 * k;
  return [end[0] + t * (other[0] - end[0]), end[1] + t * (other[1] - end[1])];
}

function arrowHead(x0: number, y0: number, x1: number, y1: number, size: number): string {
  const length = Math.hypot(x1 - x0, y1 - y0) || 1;
  const ux = (x1 - x0) / length;
  const uy = (y1 - y0) / length;
  const bx = x1 - ux * size;
  const by = y1 - uy * size;
  const half = size * 0.55;
  return `${x1},${y1} ${bx - uy * half},${by + ux * half} ${bx + uy * half},${by - ux * half}`;
}

/** Pointer and keyboard handlers, attached once; they read the latest render through `get`. */
function wire(g: G, get: () => Live): void {
  const area = g.node() as SVGGElement;
  const toData = (event: PointerEvent): [number, number] => {
    const { x, y, options } = get();
    const [mx, my] = pointer(event, area);
    const clamp = (v: number, r: readonly [number, number]) => Math.min(r[1], Math.max(r[0], v));
    return [clamp(x.invert(mx), options.box.x), clamp(y.invert(my), options.box.y)];
  };
  let dragging: { pointer: number; id: string } | null = null;

  g.on('pointerdown', (event: PointerEvent) => {
    if (event.button !== 0) return;
    const { options } = get();
    const target = event.target as Element;
    const handle = target.closest<SVGGElement>('.nn-plane-handle');
    if (handle && options.drag) {
      dragging = { pointer: event.pointerId, id: handle.getAttribute('data-id') ?? '' };
      area.setPointerCapture?.(event.pointerId);
      handle.focus({ preventScroll: true });
      event.preventDefault();
      return;
    }
    const corner = target.closest<SVGGElement>('.nn-corner');
    if (corner && options.onPickCorner) {
      options.onPickCorner(Number(corner.getAttribute('data-index')));
      event.preventDefault();
    }
  })
    .on('pointermove', (event: PointerEvent) => {
      if (!dragging || dragging.pointer !== event.pointerId) return;
      const [dx, dy] = toData(event);
      get().options.drag?.onMove(dragging.id, dx, dy);
    })
    .on('pointerup pointercancel', (event: PointerEvent) => {
      if (dragging?.pointer === event.pointerId) dragging = null;
    })
    .on('keydown', (event: KeyboardEvent) => {
      const { options, handles } = get();
      const handle = (event.target as Element).closest('.nn-plane-handle');
      if (!handle || !options.drag || event.ctrlKey || event.metaKey || event.altKey) return;
      const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      const id = handle.getAttribute('data-id') ?? '';
      const current = handles.find((h) => h.id === id);
      if (!current) return;
      const step = options.drag.step * (event.shiftKey ? 5 : 1);
      options.drag.onMove(id, current.x + move[0] * step, current.y + move[1] * step);
    });
}
