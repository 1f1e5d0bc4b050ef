/**
 * The shared skeleton of every chart: a container inside the caller's target, an <svg> (and a
 * <canvas> under it when asked) sized to the container in CSS pixels, and the bookkeeping that lets a
 * render function be called again and again.
 *
 *   target
 *   └ div.nn-chart.<kind>            one per target; the chart's legend (if any) goes here
 *     └ div.nn-plot                  CSS sizes it (width 100 %, aspect-ratio --chart-aspect, capped)
 *       ├ canvas (optional)          absolutely positioned, device-pixel sharp
 *       └ svg                        absolutely positioned, role=img (or group) + aria-label
 *
 * Sizes come from CSS and a ResizeObserver, not a viewBox: drawing at the real pixel size keeps text
 * at the theme's font size (the projector theme's large type reaches the tick labels) and strokes at
 * exactly --stroke px, on a phone and in full screen alike. When the plot's size changes — a window
 * resize, fullscreen, the projector theme — or the theme changes, the chart's latest render is run
 * again; renders are keyed D3 joins, so re-running one is safe and cheap.
 *
 * One chart per target: a second chart kind rendered into the same target replaces the first.
 */
import { select, type Selection } from 'd3-selection';
import { onThemeChange } from './palette';

export interface FrameOptions {
  /** 'nn-line-chart', 'nn-contour-plot', …: the container's class, also the chart's identity. */
  readonly kind: string;
  /** The accessible name of the drawing. */
  readonly label: string;
  /** Width ÷ height of the plot box. Default 1.6. */
  readonly aspect?: number;
  /** 'img' (default): the svg is one picture. 'group': it holds focusable parts (a draggable point). */
  readonly role?: 'img' | 'group';
  /** Put a <canvas> under the svg (dense heatmaps). */
  readonly canvas?: boolean;
}

export interface Frame {
  readonly root: HTMLDivElement;
  readonly plot: HTMLDivElement;
  readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  readonly canvas: HTMLCanvasElement | null;
  /** The plot's size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** The plot's font size in px: margins are set in ems so large type gets room. */
  readonly em: number;
  /** Per-chart memory that survives re-renders (last domains, cached contours, …). */
  readonly memo: Map<string, unknown>;
  /** Counts theme changes, so canvas colours resolved from CSS can be cached until the next one. */
  readonly theme: number;
}

interface FrameState {
  frame: Frame;
  kind: string;
  redraw: () => void;
  dispose: () => void;
}

const DEFAULT_SIZE = { width: 640, height: 400 };
const frames = new WeakMap<HTMLElement, FrameState>();

/**
 * The frame of `target` for a chart of `options.kind`, created on first use. `redraw` is the
 * caller's latest render with its latest data; it runs again on resize and theme change.
 */
export function chartFrame(target: HTMLElement, options: FrameOptions, redraw: () => void): Frame {
  let state = frames.get(target);
  if (state && state.kind !== options.kind) {
    disposeChart(target);
    state = undefined;
  }
  if (!state) state = createFrame(target, options);
  state.redraw = redraw;
  const svg = state.frame.svg.node() as SVGSVGElement;
  if (svg.getAttribute('aria-label') !== options.label) svg.setAttribute('aria-label', options.label);
  state.frame.plot.style.setProperty('--chart-aspect', String(options.aspect ?? 1.6));
  return state.frame;
}

/** Removes the chart from `target` and stops observing it. Widgets call it from their cleanup. */
export function disposeChart(target: HTMLElement): void {
  const state = frames.get(target);
  if (!state) return;
  state.dispose();
  state.frame.root.remove();
  frames.delete(target);
}

function createFrame(target: HTMLElement, options: FrameOptions): FrameState {
  const doc = target.ownerDocument;
  const root = doc.createElement('div');
  root.className = `nn-chart ${options.kind}`;
  const plot = doc.createElement('div');
  plot.className = 'nn-plot';
  root.append(plot);
  target.append(root);

  let canvas: HTMLCanvasElement | null = null;
  if (options.canvas) {
    canvas = doc.createElement('canvas');
    canvas.setAttribute('role', 'img');
    plot.append(canvas);
  }
  const svg = select(plot)
    .append('svg')
    .attr('role', options.role ?? 'img')
    .attr('xmlns', 'http://www.w3.org/2000/svg');

  const measure = () => {
    const width = plot.clientWidth || DEFAULT_SIZE.width;
    const height = plot.clientHeight || DEFAULT_SIZE.height;
    const em = parseFloat(getComputedStyle(plot).fontSize) || 16;
    return { width, height, em };
  };
  const size = measure();
  const frame: Frame = { root, plot, svg, canvas, ...size, memo: new Map(), theme: 0 };
  const mutable = frame as { -readonly [K in keyof Frame]: Frame[K] };

  const state: FrameState = { frame, kind: options.kind, redraw: () => undefined, dispose: () => undefined };
  const apply = (next: { width: number; height: number; em: number }, force: boolean) => {
    const changed = next.width !== frame.width || next.height !== frame.height || next.em !== frame.em;
    Object.assign(mutable, next);
    svg.attr('width', frame.width).attr('height', frame.height);
    if (!changed && !force) return;
    // Observer callbacks are outside any widget's guard: hand a failure to the widget (NnWidget
    // listens for nn-chart-error and shows its error box) instead of letting it reach the console.
    try {
      state.redraw();
    } catch (error) {
      target.dispatchEvent(new CustomEvent('nn-chart-error', { bubbles: true, detail: { error } }));
    }
  };
  svg.attr('width', frame.width).attr('height', frame.height);

  const observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1].contentRect;
    if (box.width === 0 || box.height === 0) return; // hidden (display: none): keep the last size
    apply({ width: Math.round(box.width), height: Math.round(box.height), em: measure().em }, false);
  });
  observer.observe(plot);
  // A theme can change colours (canvas) and type size (margins) without changing the box.
  const stopTheme = onThemeChange(() => {
    mutable.theme += 1;
    apply(measure(), true);
  });
  state.dispose = () => {
    observer.disconnect();
    stopTheme();
  };
  frames.set(target, state);
  return state;
}

/**
 * Sizes a canvas's backing store to its CSS box × devicePixelRatio and returns its 2-D context with
 * the scale applied (draw in CSS pixels), or null where canvas is unavailable.
 */
export function canvasContext(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const ratio = Math.min(2, window.devicePixelRatio || 1);
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const context = canvas.getContext('2d');
  context?.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}

/** Margins in px from ems: room for tick labels at the current type size. */
export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export function margins(frame: Pick<Frame, 'em'>, ems: { top?: number; right?: number; bottom?: number; left?: number }): Margins {
  const m = (v: number | undefined, fallback: number) => Math.round((v ?? fallback) * frame.em);
  return { top: m(ems.top, 0.8), right: m(ems.right, 1), bottom: m(ems.bottom, 2.6), left: m(ems.left, 3.4) };
}
