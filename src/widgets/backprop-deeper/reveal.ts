/**
 * The deeper chain's numbers and the order in which its factors are revealed.
 *
 *   δ_y = (y − y′)·y(1 − y)
 *   δ₂  = δ_y · sig(w₂h₁)′ · w₃ = δ_y · h₂(1 − h₂) · w₃      (the deck prints sig(w₃h₂)′; the chapter's
 *   δ₁  = δ₂ · sig(w₁x)′ · w₂  = δ₂ · h₁(1 − h₁) · w₂         note: the slope is h₂'s)
 *   ∂E/∂w₃ = δ_y h₂,   ∂E/∂w₂ = δ₂ h₁,   ∂E/∂w₁ = δ₁ x
 *
 * Values come from the core's trace of the 1-1-1-1 sigmoid network with zero, fixed biases
 * (traceTrainingStep); the slopes a(1 − a) from the core's sigmoidDerivativeFromOutput on the
 * trace's outputs. Each reveal step shows one factor (a \live placeholder of the lines in
 * components/BackpropDeeper.astro); the line's result appears with its last factor.
 */
import { sigmoidDerivativeFromOutput, traceTrainingStep, type NetworkSpec } from '../../core';

export interface DeeperInputs {
  readonly x: number;
  readonly w1: number;
  readonly w2: number;
  readonly w3: number;
  /** y′ */
  readonly yt: number;
}

/** The chain as a network spec for the trace: three 1×1 sigmoid layers, zero biases. */
export function deeperSpec(inputs: DeeperInputs): NetworkSpec {
  return { layers: [inputs.w1, inputs.w2, inputs.w3].map((w) => ({ weights: [[w]], bias: [0], activation: 'sigmoid' as const })) };
}

/** Every number of the lines, by \live placeholder name. */
export function deeperValues(inputs: DeeperInputs): Record<string, number> {
  const { summary } = traceTrainingStep(deeperSpec(inputs), { input: [inputs.x], target: [inputs.yt] }, { learningRate: 1, updateBias: false });
  const [h1, h2, y] = summary.forward.map((layer) => layer.out[0]);
  const byLayer = (l: number) => summary.backward.find((b) => b.layer === l)!;
  const [d1, d2, dy] = [1, 2, 3].map((l) => byLayer(l).delta[0]);
  const [g1, g2, g3] = [1, 2, 3].map((l) => byLayer(l).gradWeights[0][0]);
  const [s1, s2, sy] = [h1, h2, y].map(sigmoidDerivativeFromOutput);
  return {
    // the forward pass, always shown
    x: inputs.x,
    h1,
    h2,
    y,
    yt: inputs.yt,
    E: summary.loss,
    // δ_y = (y − y′)·y(1 − y)
    aerr: y - inputs.yt,
    asy: sy,
    dy,
    // δ₂ = δ_y·h₂(1 − h₂)·w₃
    bdy: dy,
    bs2: s2,
    bw3: inputs.w3,
    d2,
    // δ₁ = δ₂·h₁(1 − h₁)·w₂
    cd2: d2,
    cs1: s1,
    cw2: inputs.w2,
    d1,
    // ∂E/∂w₃ = δ_y h₂, ∂E/∂w₂ = δ₂ h₁, ∂E/∂w₁ = δ₁ x
    edy: dy,
    eh2: h2,
    g3,
    fd2: d2,
    fh1: h1,
    g2,
    gd1: d1,
    gx: inputs.x,
    g1,
  };
}

export type FactorRole = 'error' | 'slope' | 'weight' | 'input' | 'delta';

export interface RevealStep {
  /** The \live placeholder this step reveals. */
  readonly name: string;
  readonly role: FactorRole;
  /** The factor as written: 'h₂(1 − h₂)'. */
  readonly symbol: string;
  /** The diagram parts lit (diagram.ts ids). */
  readonly parts: readonly string[];
  /** A δ reused from a line above: that line's result placeholder. */
  readonly reuses?: string;
  /** The unit a slope belongs to, or the weight a factor travels along. */
  readonly of?: string;
  /** The line's result, complete with this factor: its placeholder and symbol. */
  readonly completes?: { readonly name: string; readonly symbol: string; readonly part: string };
}

export const REVEAL: readonly RevealStep[] = [
  { name: 'aerr', role: 'error', symbol: '(y − y′)', parts: ['error'] },
  { name: 'asy', role: 'slope', symbol: 'y(1 − y)', of: 'y', parts: ['slope:3'], completes: { name: 'dy', symbol: 'δ_y', part: 'delta:3' } },
  { name: 'bdy', role: 'delta', symbol: 'δ_y', reuses: 'dy', parts: ['delta:3'] },
  { name: 'bs2', role: 'slope', symbol: 'h₂(1 − h₂)', of: 'h₂', parts: ['slope:2'] },
  { name: 'bw3', role: 'weight', symbol: 'w₃', of: 'w₃', parts: ['edge:3'], completes: { name: 'd2', symbol: 'δ₂', part: 'delta:2' } },
  { name: 'cd2', role: 'delta', symbol: 'δ₂', reuses: 'd2', parts: ['delta:2'] },
  { name: 'cs1', role: 'slope', symbol: 'h₁(1 − h₁)', of: 'h₁', parts: ['slope:1'] },
  { name: 'cw2', role: 'weight', symbol: 'w₂', of: 'w₂', parts: ['edge:2'], completes: { name: 'd1', symbol: 'δ₁', part: 'delta:1' } },
  { name: 'edy', role: 'delta', symbol: 'δ_y', reuses: 'dy', parts: ['delta:3'] },
  { name: 'eh2', role: 'input', symbol: 'h₂', of: 'w₃', parts: ['unit:2', 'edge:3'], completes: { name: 'g3', symbol: '∂E/∂w₃', part: 'edge:3' } },
  { name: 'fd2', role: 'delta', symbol: 'δ₂', reuses: 'd2', parts: ['delta:2'] },
  { name: 'fh1', role: 'input', symbol: 'h₁', of: 'w₂', parts: ['unit:1', 'edge:2'], completes: { name: 'g2', symbol: '∂E/∂w₂', part: 'edge:2' } },
  { name: 'gd1', role: 'delta', symbol: 'δ₁', reuses: 'd1', parts: ['delta:1'] },
  { name: 'gx', role: 'input', symbol: 'x', of: 'w₁', parts: ['unit:0', 'edge:1'], completes: { name: 'g1', symbol: '∂E/∂w₁', part: 'edge:1' } },
];

/** The placeholders visible after the first `shown` steps: the forward pass, revealed factors, completed results. */
export function visibleNames(shown: number): Set<string> {
  const visible = new Set(['x', 'h1', 'h2', 'y', 'yt', 'E']);
  for (const step of REVEAL.slice(0, Math.max(0, shown))) {
    visible.add(step.name);
    if (step.completes) visible.add(step.completes.name);
  }
  return visible;
}

/** Diagram δ tags filled after `shown` steps: 'delta:3' once δ_y is complete, and so on. */
export function revealedDeltas(shown: number): Set<string> {
  return new Set(
    REVEAL.slice(0, Math.max(0, shown))
      .map((s) => s.completes?.part)
      .filter((p): p is string => p !== undefined && p.startsWith('delta:')),
  );
}
