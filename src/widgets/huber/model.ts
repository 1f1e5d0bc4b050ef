/**
 * The Huber widget's numbers, every one from the core (src/core/huber.ts). Pure, no DOM
 * (tests/unit/widgets/huber/model.test.ts).
 *
 * Three per-residual losses are compared, each with its slope in r:
 * - Huber   L_δ(r) = ½r² (|r| ≤ δ), δ(|r| − ½δ) otherwise;  slope r clipped to [−δ, δ];
 * - squared ½r² (MSE's term with the chapter's ½);        slope r;
 * - absolute δ|r| (MAE's term scaled by δ, so that outside ±δ it is Huber's line plus ½δ²: the two
 *   run parallel);                                        slope δ·sign(r).
 */
import { huberGradient, huberIsQuadratic, huberLoss } from '../../core';
import { CHAPTER_RESIDUALS, R_MAX } from './state';

export interface Reading {
  /** |r| ≤ δ: the quadratic piece applies. */
  readonly quadratic: boolean;
  /** L_δ(r). */
  readonly huber: number;
  /** ½r². */
  readonly squared: number;
  /** δ|r|. */
  readonly absolute: number;
  /** dL_δ/dr. */
  readonly grad: number;
  /** d(½r²)/dr = r. */
  readonly gradSquared: number;
  /** d(δ|r|)/dr = δ·sign(r) (0 at r = 0). */
  readonly gradAbsolute: number;
}

export function reading(r: number, delta: number): Reading {
  return {
    quadratic: huberIsQuadratic(r, delta),
    huber: huberLoss(r, delta),
    squared: 0.5 * r * r,
    absolute: delta * Math.abs(r),
    grad: huberGradient(r, delta),
    gradSquared: r,
    gradAbsolute: delta * Math.sign(r),
  };
}

/** The numbers of the live formula (components/Huber.astro, formulas.ts). */
export function formulaValues(r: number, delta: number): Record<string, number> {
  const { huber, grad } = reading(r, delta);
  return { r, delta, loss: huber, grad };
}

export interface Curve {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

export interface HuberCurves {
  readonly huber: Curve;
  readonly squared: Curve;
  readonly absolute: Curve;
  readonly gradHuber: Curve;
  readonly gradSquared: Curve;
  readonly gradAbsolute: Curve;
}

/** Samples over [−R_MAX, R_MAX]: 5 apart, plus ±δ exactly, where Huber's pieces meet. */
export const SAMPLES = 801;

function residuals(delta: number): Float64Array {
  const xs = Array.from({ length: SAMPLES }, (_, k) => -R_MAX + (2 * R_MAX * k) / (SAMPLES - 1));
  xs.push(-delta, delta);
  return Float64Array.from(new Set(xs)).sort();
}

const curve = (xs: Float64Array, g: (r: number) => number): Curve => ({ xs, ys: xs.map(g) });

/**
 * The plots' vertical ranges, set by δ alone (dragging r never rescales them). Losses: up to δ|r| at
 * the edge, δ·R_MAX, with room above; ½r² leaves the top. Slopes: ±4δ (at most ±R_MAX), so the clipped
 * ±δ stays clearly off the axis while r runs out of the plot.
 */
export function domains(delta: number): { loss: [number, number]; grad: [number, number] } {
  const top = 1.08 * delta * R_MAX;
  const reach = 1.1 * Math.min(4 * delta, R_MAX);
  return { loss: [-0.03 * top, top], grad: [-reach, reach] };
}

/**
 * The three losses and their slopes over the plotted residuals. ½r² and its slope r end where they
 * leave the plot (domains), so no drawn path reaches past it. δ·sign(r) jumps at 0: it is drawn as two
 * pieces (a NaN between them breaks the line), with no vertical segment.
 */
export function curves(delta: number): HuberCurves {
  const xs = residuals(delta);
  const ends = Float64Array.of(-R_MAX, 0, R_MAX);
  const { loss, grad } = domains(delta);
  // ½r² = top at |r| = √(2·top); r = reach at |r| = reach.
  const squaredEdge = Math.min(R_MAX, Math.sqrt(2 * loss[1]));
  const slopeEdge = Math.min(R_MAX, grad[1]);
  const inside = Float64Array.from([-squaredEdge, ...xs.filter((r) => Math.abs(r) < squaredEdge), squaredEdge]);
  return {
    huber: curve(xs, (r) => huberLoss(r, delta)),
    squared: curve(inside, (r) => 0.5 * r * r),
    absolute: curve(ends, (r) => delta * Math.abs(r)),
    gradHuber: curve(xs, (r) => huberGradient(r, delta)),
    gradSquared: curve(Float64Array.of(-slopeEdge, slopeEdge), (r) => r),
    gradAbsolute: { xs: Float64Array.of(-R_MAX, 0, 0, 0, R_MAX), ys: Float64Array.of(-delta, -delta, Number.NaN, delta, delta) },
  };
}

export interface ChapterRow {
  readonly r: number;
  readonly squared: number;
  readonly huber: number;
}

export interface ChapterTable {
  readonly rows: readonly ChapterRow[];
  readonly totalSquared: number;
  readonly totalHuber: number;
}

/** The chapter's four residuals at this δ: ½r² and L_δ(r) each, and their sums. */
export function chapterTable(delta: number): ChapterTable {
  const rows = CHAPTER_RESIDUALS.map((r) => {
    const { squared, huber } = reading(r, delta);
    return { r, squared, huber };
  });
  return {
    rows,
    totalSquared: rows.reduce((sum, row) => sum + row.squared, 0),
    totalHuber: rows.reduce((sum, row) => sum + row.huber, 0),
  };
}
