/**
 * The forward-propagation widget's script, pure: the order in which the quantities appear (each unit's
 * net, then its output, layer by layer, top unit first), what is visible after k steps, and the
 * plain-text formulas with the numbers substituted. The numbers themselves come from the core
 * (forwardValues); nothing here computes a net or a sigmoid.
 */
import type { ForwardValues } from '../../core';
import { roundTo } from '../../core/rounding';

export type Phase = 'net' | 'out';

export interface ForwardStep {
  /** 1 … L (layer 0 is the input). */
  readonly layer: number;
  readonly unit: number;
  readonly phase: Phase;
}

/** Every step for layer sizes [inputs, …, outputs]: (layer 1 unit 0: net, out), (layer 1 unit 1: net, out), … */
export function forwardSteps(layers: readonly number[]): ForwardStep[] {
  const steps: ForwardStep[] = [];
  for (let layer = 1; layer < layers.length; layer++) {
    for (let unit = 0; unit < layers[layer]; unit++) {
      steps.push({ layer, unit, phase: 'net' }, { layer, unit, phase: 'out' });
    }
  }
  return steps;
}

/** Whether the quantity (layer, unit, phase) is shown after the first `shown` steps. */
export function isShown(steps: readonly ForwardStep[], shown: number, layer: number, unit: number, phase: Phase): boolean {
  const k = steps.findIndex((s) => s.layer === layer && s.unit === unit && s.phase === phase);
  return k !== -1 && k < shown;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const digitsIn = (n: number, table: string) => String(n).replace(/\d/g, (d) => table[Number(d)]);
export const sub = (n: number): string => digitsIn(n, SUBSCRIPTS);
export const sup = (n: number): string => digitsIn(n, SUPERSCRIPTS);

/** Unit names: x₁, x₂ (inputs), h₁, h₂ (hidden; h⁽ˡ⁾ⱼ when there are several hidden layers), y (or y₁, y₂). */
export function unitName(layers: readonly number[], layer: number, unit: number): string {
  const last = layers.length - 1;
  if (layer === 0) return `x${sub(unit + 1)}`;
  if (layer === last) return layers[last] === 1 ? 'y' : `y${sub(unit + 1)}`;
  return last > 2 ? `h⁽${sup(layer)}⁾${sub(unit + 1)}` : `h${sub(unit + 1)}`;
}

/** A number as the formulas print it: at most `digits` decimals, trailing zeros dropped, true minus. */
export function compact(v: number, digits = 4): string {
  const text = String(roundTo(v, digits));
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** A computed value: exactly `digits` decimals, true minus ("0.1000", "−0.2500"). */
export function fixed(v: number, digits = 4): string {
  const text = Math.abs(v).toFixed(digits);
  return v < 0 && Number(text) !== 0 ? `−${text}` : text;
}

const operand = (v: number) => (v < 0 ? `(${compact(v)})` : compact(v));

export interface NetworkNumbers {
  readonly layers: readonly number[];
  /** Per layer l ≥ 1, row-major units × inputs (the core's layout). */
  readonly weights: readonly ArrayLike<number>[];
  readonly biases: readonly ArrayLike<number>[];
}

export interface StepFormula {
  /** The symbols: "net(h₁) = W⁽¹⁾₁₁·x₁ + W⁽¹⁾₁₂·x₂ + b⁽¹⁾₁". */
  readonly symbols: string;
  /** The numbers: "= 0.1·1 + (−0.2)·0.5 + 0.1 = 0.1000". */
  readonly numbers: string;
}

/** The formula of one step, with the core's values substituted. */
export function stepFormula(net: NetworkNumbers, values: ForwardValues, step: ForwardStep): StepFormula {
  const { layers } = net;
  const { layer, unit } = step;
  const name = unitName(layers, layer, unit);
  const value = values.nets[layer - 1][unit];
  if (step.phase === 'out') {
    const out = values.outputs[layer][unit];
    return {
      symbols: `${name} = sig(net(${name})) = 1 / (1 + e^(−net))`,
      numbers: `= 1 / (1 + e^(${compact(-value)})) = ${fixed(out)}`,
    };
  }
  const inputs = layers[layer - 1];
  const W = net.weights[layer - 1];
  const terms: string[] = [];
  const numbers: string[] = [];
  for (let i = 0; i < inputs; i++) {
    terms.push(`W⁽${sup(layer)}⁾${sub(unit + 1)}${sub(i + 1)}·${unitName(layers, layer - 1, i)}`);
    numbers.push(`${operand(W[unit * inputs + i])}·${operand(values.outputs[layer - 1][i])}`);
  }
  terms.push(`b⁽${sup(layer)}⁾${sub(unit + 1)}`);
  numbers.push(operand(net.biases[layer - 1][unit]));
  return {
    symbols: `net(${name}) = ${terms.join(' + ')}`,
    numbers: `= ${numbers.join(' + ')} = ${fixed(value)}`,
  };
}
