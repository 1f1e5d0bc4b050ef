/**
 * Formula terms of the activations: a unit's output f(net) and its slope f'(net), as the deck writes
 * them (sig'(x) = sig(x)(1 − sig(x)) from the output), and softmax's output for one unit.
 * Slopes at the kinks follow activations.ts (ReLU and Leaky ReLU take the x ≥ 0 branch; step's is 0).
 */

import { type ElementwiseActivationName, createElementwiseActivation, softmax } from '../activations';
import { type Operand, type Term, constant } from './render';
import { givenText } from './numbers';

const NAMES: Record<ElementwiseActivationName, string> = {
  step: '\\text{step}',
  sigmoid: '\\text{sig}',
  tanh: '\\tanh',
  relu: '\\text{ReLU}',
  'leaky-relu': '\\text{Leaky ReLU}',
  linear: '',
};

/** out = f(net) of one unit. */
export function outputTerm(name: ElementwiseActivationName, leakySlope: number | undefined, net: Operand): Term {
  const activation = createElementwiseActivation(name, { slope: leakySlope });
  const value = activation.value(net.value);
  if (name === 'linear') return { template: (r) => r.lead(net), value };
  return { template: (r) => `${NAMES[name]}(${r.lead(net)})`, value };
}

/**
 * f'(net) of one unit. Sigmoid and tanh are written from the unit's output (y(1 − y), 1 − y²); the
 * piecewise ones show the branch's slope as a number, with f'(net) as the general formula.
 */
export function slopeTerm(
  name: ElementwiseActivationName,
  leakySlope: number | undefined,
  net: Operand,
  out: Operand,
  decimals: number,
): Term {
  const activation = createElementwiseActivation(name, { slope: leakySlope });
  const value = activation.derivative(net.value, out.value);
  switch (name) {
    case 'sigmoid':
      return { template: (r) => r.juxtapose(r.lead(out), `(1 - ${r.at(out)})`), value };
    case 'tanh':
      return { template: (r) => `(1 - ${r.square(out)})`, value };
    case 'linear':
      return { template: (r) => r.lead(constant(1)), value };
    default: {
      // The slope of the branch net falls on: a number in the formula, f'(net) in symbols.
      const branch: Operand = {
        symbol: `${NAMES[name]}'(${net.symbol})`,
        text: givenText(value, decimals),
        value,
        id: net.id,
        derived: true,
      };
      return { template: (r) => r.lead(branch), value };
    }
  }
}

/** softmax(net)_j = e^{net_j} / Σ_k e^{net_k} for unit j of a layer with these nets. */
export function softmaxOutputTerm(nets: readonly Operand[], j: number): Term {
  const value = softmax(nets.map((net) => net.value))[j];
  return {
    template: (r) => {
      const sum = nets.map((net) => `e^{${r.lead(net)}}`).join(' + ');
      return `\\frac{e^{${r.lead(nets[j])}}}{${sum}}`;
    },
    value,
  };
}
