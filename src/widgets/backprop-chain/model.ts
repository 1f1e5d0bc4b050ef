/**
 * The chain widget's model and its steps, pure (no DOM).
 *
 * What is where: x, w₁, w₂, y′ and η are the URL state (a shared link shows the same point). The model
 * is what x and y′ fix — the surface E(w₁, w₂) = ½(sig(w₂·sig(w₁x)) − y′)² (the core's chainSurface)
 * and its contour grid. The trail is local state: the weights before each step taken since the trail
 * began (its first point is where Reset returns), with the outcome of the last step; weights typed in,
 * or a new x or y′, start a new trail (FRESH) at the current weights.
 */
import { chainSurface, createOptimizer, sampleSurface, type PlaneGrid, type Surface2d } from '../../core';
import { stepOutcome } from './lines';
import { W_MAX, W_MIN } from './state';

/** Samples per side of the contour grid. */
const GRID = 61;
const PLANE: readonly [number, number] = [W_MIN, W_MAX];

export interface ChainModel {
  readonly surface: Surface2d;
  readonly grid: PlaneGrid;
}

export function chainModel({ x, yt }: { readonly x: number; readonly yt: number }): ChainModel {
  const surface = chainSurface(x, yt);
  return { surface, grid: sampleSurface(surface, PLANE, PLANE, GRID) };
}

/** (w₁, w₂) */
export type WeightPoint = readonly [number, number];

/** What the last step did: E before and after it (at that step's η), or the weights it refused. */
export type StepRecord =
  | { readonly kind: 'down' | 'up'; readonly step: number; readonly before: number; readonly after: number; readonly eta: number }
  | { readonly kind: 'refused'; readonly w1: number; readonly w2: number };

export interface ChainLocal {
  /** The weights before each step of the trail, oldest first; empty when no step has been taken. */
  readonly trail: readonly WeightPoint[];
  readonly outcome: StepRecord | null;
}

export const FRESH: ChainLocal = { trail: [], outcome: null };

interface Weights {
  readonly w1: number;
  readonly w2: number;
  readonly eta: number;
}

/**
 * One step w ← w − η∂E/∂w for both weights at once (the core's gd optimizer on the surface): the new
 * weights with the trail grown by the old ones, or — when it would leave ±W_MAX — the same weights and
 * a 'refused' outcome.
 */
export function takeStep(surface: Surface2d, state: Weights & ChainLocal): Partial<Weights & ChainLocal> {
  const theta = Float64Array.of(state.w1, state.w2);
  const before = surface.value(theta);
  const scratch = new Float64Array(2);
  createOptimizer('gd', { lr: state.eta }).step(theta, (p) => surface.gradient(p, scratch));
  const after = surface.value(theta);
  const kind = stepOutcome(before, after, [theta[0], theta[1]], W_MAX);
  if (kind === 'refused') return { outcome: { kind, w1: theta[0], w2: theta[1] } };
  const trail = [...state.trail, [state.w1, state.w2] as const];
  return { w1: theta[0], w2: theta[1], trail, outcome: { kind, step: trail.length, before, after, eta: state.eta } };
}

/** Back to the trail's first point (the weights as last typed or loaded), with a fresh trail. */
export function resetTrail(state: Weights & ChainLocal): Partial<Weights & ChainLocal> {
  const [w1, w2] = state.trail[0] ?? [state.w1, state.w2];
  return { w1, w2, ...FRESH };
}

/** The points of the path drawn: the trail, then the current weights. */
export function trailPath(state: Weights & ChainLocal): { xs: number[]; ys: number[] } {
  return { xs: [...state.trail.map((p) => p[0]), state.w1], ys: [...state.trail.map((p) => p[1]), state.w2] };
}
