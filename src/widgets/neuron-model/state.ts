/**
 * The neuron-model widget's URL table: three inputs x₁…x₃, their weights w₁…w₃, the bias b and the
 * activation f. It opens on a neuron that only just fires (net = 0.1 under the step), so a small
 * change to any number — the bias most of all — switches it off.
 */
import type { ElementwiseActivationName } from '../../core';
import { defineUrlTable } from '../kit/url-state';

/** The inputs' range: the chapter's 0/1 gates and a little either side. */
export const X_LIMIT = 2;
/** |wᵢ|, |b| ≤ this. */
export const W_LIMIT = 3;
/** Slider step of every number. */
export const STEP = 0.1;
/** Inputs shown (xₙ of the formula with n = 3). */
export const N = 3;

/** The activations a reader can choose: the perceptron's step first (this chapter), then chapter 3's. */
export const ACTIVATIONS = ['step', 'sigmoid', 'tanh', 'relu', 'linear'] as const satisfies readonly ElementwiseActivationName[];
export type NeuronActivation = (typeof ACTIVATIONS)[number];

/** Presets: AND and OR as one neuron over x₁, x₂ (x₃ switched off by w₃ = 0), and a veto input x₃. */
export const PRESETS = {
  and: { x1: 1, x2: 1, x3: 0, w1: 1, w2: 1, w3: 0, b: -1.5, f: 'step' },
  or: { x1: 1, x2: 0, x3: 0, w1: 1, w2: 1, w3: 0, b: -0.5, f: 'step' },
  veto: { x1: 1, x2: 1, x3: 1, w1: 1, w2: 1, w3: -3, b: -0.5, f: 'step' },
} as const;
export type PresetName = keyof typeof PRESETS;

export const NEURON_MODEL_TABLE = defineUrlTable([
  { key: 'x1', type: 'number', default: 1, min: -X_LIMIT, max: X_LIMIT },
  { key: 'x2', type: 'number', default: 0.5, min: -X_LIMIT, max: X_LIMIT },
  { key: 'x3', type: 'number', default: -1, min: -X_LIMIT, max: X_LIMIT },
  { key: 'w1', type: 'number', default: 0.8, min: -W_LIMIT, max: W_LIMIT },
  { key: 'w2', type: 'number', default: -0.4, min: -W_LIMIT, max: W_LIMIT },
  { key: 'w3', type: 'number', default: 0.3, min: -W_LIMIT, max: W_LIMIT },
  { key: 'b', type: 'number', default: -0.2, min: -W_LIMIT, max: W_LIMIT },
  { key: 'f', type: 'enum', values: ACTIVATIONS, default: 'step' },
] as const);
