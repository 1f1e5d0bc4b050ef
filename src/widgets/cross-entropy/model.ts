/**
 * The cross-entropy widget's model, every number from the core. Pure (no DOM).
 *
 * One example: p is the probability the model gives the true class. Its cross-entropy is −log p (the
 * core's cross-entropy of prediction [p] against target [1]), its squared error (1 − p)² (the core's
 * 'mse' of [p] against [1], one value), and its 0/1 accuracy with two classes is 1 when p > 0.5 (the
 * true class has the larger probability), else 0 — flat on both sides, so its gradient says nothing.
 *
 * Several classes: logits z → ŷ = softmax(z) (activations.ts), one-hot y for the true class c, and
 * the deck's L(ŷ, y) = −Σ_k y⁽ᵏ⁾ log ŷ⁽ᵏ⁾ term by term (each term the core's cross-entropy of the
 * one value ŷ⁽ᵏ⁾ against y⁽ᵏ⁾; a term with y⁽ᵏ⁾ = 0 is 0).
 *
 * Since then (beyond the seminar): with γ > 0 the one example also costs the focal loss
 * −(1 − p)^γ log p (core focalLoss), and with ε > 0 the target y is label-smoothed to
 * (1 − ε)y + ε/K (core smoothLabels) before the terms are taken. γ = 0 and ε = 0 leave everything as
 * above (focalLoss(p, 0) = −log p; smoothLabels(y, 0) = y exactly).
 */
import { focalLoss, getLoss, smoothLabels, softmax } from '../../core';

const crossEntropy = getLoss('cross-entropy');
const squared = getLoss('mse');

export interface OneExample {
  readonly p: number;
  /** −log p */
  readonly crossEntropy: number;
  /** (1 − p)² */
  readonly squared: number;
  /** 1 if p > 0.5, else 0 (two classes). */
  readonly accuracy: number;
  /** The focal loss's γ (0: plain cross-entropy). */
  readonly gamma: number;
  /** (1 − p)^γ, the factor focal loss puts on −log p. */
  readonly factor: number;
  /** −(1 − p)^γ log p */
  readonly focal: number;
}

export function oneExample(p: number, gamma = 0): OneExample {
  return {
    p,
    crossEntropy: crossEntropy.value([p], [1]),
    squared: squared.value([p], [1]),
    accuracy: p > 0.5 ? 1 : 0,
    gamma,
    factor: (1 - p) ** gamma,
    focal: focalLoss(p, gamma),
  };
}

export interface SeveralClasses {
  /** ŷ = softmax(z) */
  readonly predicted: readonly number[];
  /** The target y: one-hot, label-smoothed to (1 − ε)y + ε/K when ε > 0. */
  readonly target: readonly number[];
  /** The label smoothing's ε (0: the one-hot target). */
  readonly epsilon: number;
  /** −y⁽ᵏ⁾ log ŷ⁽ᵏ⁾ for each k. */
  readonly terms: readonly number[];
  /** L = the terms' sum (= −log ŷ⁽ᶜ⁾ when ε = 0). */
  readonly loss: number;
}

/** `trueClass` is 0-based. */
export function severalClasses(logits: readonly number[], trueClass: number, epsilon = 0): SeveralClasses {
  const predicted = Array.from(softmax(logits));
  const target = Array.from(smoothLabels(predicted.map((_, k) => (k === trueClass ? 1 : 0)), epsilon));
  const terms = predicted.map((q, k) => crossEntropy.value([q], [target[k]]));
  return { predicted, target, epsilon, terms, loss: crossEntropy.value(predicted, target) };
}

/** The focal loss −(1 − p)^γ log p sampled on p ∈ [from, 1]. */
export function focalCurve(from: number, samples: number, gamma: number): { ps: number[]; focal: number[] } {
  const ps: number[] = [];
  for (let i = 0; i < samples; i++) ps.push(from + ((1 - from) * i) / (samples - 1));
  return { ps, focal: ps.map((p) => focalLoss(Math.min(p, 1), gamma)) };
}

/** The three curves of the one-example plot, sampled on p ∈ [from, 1]. */
export function oneExampleCurves(from: number, samples: number): { ps: number[]; crossEntropy: number[]; squared: number[]; accuracy: number[] } {
  const ps: number[] = [];
  for (let i = 0; i < samples; i++) ps.push(from + ((1 - from) * i) / (samples - 1));
  // The accuracy's jump at 0.5 drawn as a vertical step: the sample just below and at 0.5.
  const withJump = [...ps.filter((p) => p < 0.5), 0.5, 0.5 + 1e-9, ...ps.filter((p) => p > 0.5)];
  const values = withJump.map(oneExample);
  return {
    ps: withJump,
    crossEntropy: values.map((v) => v.crossEntropy),
    squared: values.map((v) => v.squared),
    accuracy: values.map((v) => v.accuracy),
  };
}
