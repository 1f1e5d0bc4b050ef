/**
 * traceTrainingStep: one gradient-descent step of a dense network on one example, as the ordered list
 * of every quantity a hand calculation writes down (types.ts), plus the same numbers by layer.
 *
 * For layers l = 1…L with W^{(l)} (units × inputs), b^{(l)} and activation f, a^{(0)} = x:
 *   forward   net^{(l)}_j = Σ_i w^{(l)}_{ji} a^{(l−1)}_i + b^{(l)}_j,   a^{(l)}_j = f(net^{(l)}_j)   (a^{(L)} = y)
 *   loss      E(y, y')
 *   δ output  δ^{(L)}_j = ∂E/∂y_j · f'(net^{(L)}_j)   (sigmoid + ½(y − y')²: the deck's δ_y = (y − y')y(1 − y));
 *             softmax: y_j(∂E/∂y_j − Σ_k y_k ∂E/∂y_k), or y_j − y'_j with cross-entropy (fused, as the network)
 *   δ hidden  δ^{(l)}_j = (Σ_k δ^{(l+1)}_k w^{(l+1)}_{kj}) · f'(net^{(l)}_j)   (the deck's δ_h = δ_y · sig'(w₁x) · w₂)
 *   gradient  ∂E/∂w^{(l)}_{ji} = δ^{(l)}_j a^{(l−1)}_i,   ∂E/∂b^{(l)}_j = δ^{(l)}_j
 *   update    w ← w − η ∂E/∂w, and b likewise unless biases are fixed.
 * Order: forward by layer then unit (net, then out; a softmax layer's nets all before its outs), E,
 * δ's from the output layer back, gradients and then updates from the output layer back.
 */

import { Network } from '../network';
import type { NetworkSpec } from '../network-spec';
import { outputTerm, slopeTerm, softmaxOutputTerm } from './activation-terms';
import { lossGradientTerm, lossTerm } from './loss-terms';
import { roundTo } from '../rounding';
import { fixedText, givenText } from './numbers';
import { validateTraceProblem } from './problem';
import { type Operand, type Term, renderNumbers, renderSymbols } from './render';
import {
  ETA,
  biasSymbol,
  deltaSymbol,
  gradientSymbol,
  inputSymbol,
  netSymbol,
  outputSymbol,
  targetSymbol,
  updatedSymbol,
  weightSymbol,
} from './symbols';
import { TRACE_DECIMALS, type Trace, type TraceExample, type TraceOptions, type TraceStep, type TraceSummary } from './types';

type StepHead = Pick<TraceStep, 'phase' | 'id' | 'layer' | 'unit'> & { input?: number };

/** Appends steps; returns each step as an operand for the formulas after it. */
class StepList {
  readonly steps: TraceStep[] = [];
  constructor(
    private readonly decimals: number,
    private readonly fromRounded: boolean,
    private readonly markOperands: boolean,
  ) {}

  add(head: StepHead, symbol: string, term: Term): Operand {
    const { latex: generalFormula, dependsOn } = renderSymbols(term.template);
    const formula = renderNumbers(term.template, this.markOperands);
    const value = this.fromRounded ? roundTo(term.value, this.decimals) : term.value;
    this.steps.push({ ...head, symbol, formula, generalFormula, value, dependsOn });
    return { symbol, text: fixedText(value, this.decimals), value, id: head.id };
  }
}

/** The trace of one training step of `network` (dense layers only) on one example. */
export function traceTrainingStep(network: Network | NetworkSpec, example: TraceExample, options: TraceOptions): Trace {
  const isNetwork = network instanceof Network;
  const problem = validateTraceProblem({
    layers: (isNetwork ? network.toSpec() : network).layers,
    input: Array.from(example.input),
    target: Array.from(example.target),
    loss: options.loss ?? (isNetwork ? network.loss.name : 'half-squared-error'),
    learningRate: options.learningRate,
    updateBias: options.updateBias ?? true,
  });
  const notation = options.notation ?? 'delta';
  const decimals = options.rounding?.decimals ?? 4;
  if (!TRACE_DECIMALS.includes(decimals)) {
    throw new RangeError(`rounding.decimals: expected ${TRACE_DECIMALS.join(', ')}, got ${decimals}`);
  }
  const list = new StepList(decimals, options.rounding?.fromRounded ?? false, options.markOperands ?? false);
  const given = (symbol: string, value: number): Operand => ({ symbol, text: givenText(value, decimals), value });
  const { layers, loss, updateBias } = problem;
  const count = layers.length;
  const eta = given(ETA, problem.learningRate);

  // Given numbers as operands: W[l][j][i], b[l][j] (index l = layer − 1).
  const W = layers.map((layer, l) =>
    layer.weights.map((row, j) => row.map((w, i) => given(weightSymbol(l + 1, j + 1, i + 1), w))),
  );
  const b = layers.map((layer, l) => layer.bias.map((v, j) => given(biasSymbol(l + 1, j + 1), v)));

  // Forward. activations[0] = x; activations[l] = outputs of layer l.
  const activations: Operand[][] = [problem.input.map((v, i) => given(inputSymbol(i + 1), v))];
  const nets: Operand[][] = [];
  for (let l = 1; l <= count; l++) {
    const layer = layers[l - 1];
    const isOutputLayer = l === count;
    const inputs = activations[l - 1];
    const units = layer.weights.length;
    const layerNets: Operand[] = [];
    const layerOuts: Operand[] = [];
    const addNet = (j: number) => {
      const weights = W[l - 1][j];
      const bias = b[l - 1][j];
      // A fixed zero bias is left out, as in the deck's chain (net = w₁x).
      const showBias = updateBias || bias.value !== 0;
      let sum = 0;
      for (let i = 0; i < inputs.length; i++) sum += inputs[i].value * weights[i].value;
      const term: Term = {
        template: (r) => {
          const products = weights.map((w, i) => r.juxtapose(i === 0 ? r.lead(w) : r.at(w), r.at(inputs[i])));
          return [...products, ...(showBias ? [r.at(bias)] : [])].join(' + ');
        },
        value: sum + bias.value,
      };
      layerNets.push(list.add({ phase: 'forward', id: `net.${l}.${j + 1}`, layer: l, unit: j + 1 }, netSymbol(l, j + 1), term));
    };
    const addOut = (j: number, term: Term) => {
      const head: StepHead = { phase: 'forward', id: `out.${l}.${j + 1}`, layer: l, unit: j + 1 };
      layerOuts.push(list.add(head, outputSymbol(l, j + 1, isOutputLayer), term));
    };
    if (layer.activation === 'softmax') {
      for (let j = 0; j < units; j++) addNet(j);
      for (let j = 0; j < units; j++) addOut(j, softmaxOutputTerm(layerNets, j));
    } else {
      for (let j = 0; j < units; j++) {
        addNet(j);
        addOut(j, outputTerm(layer.activation, layer.leakySlope, layerNets[j]));
      }
    }
    nets.push(layerNets);
    activations.push(layerOuts);
  }

  // Loss.
  const outputs = activations[count];
  const targets = problem.target.map((v, j) => given(targetSymbol(j + 1), v));
  const lossStep = list.add({ phase: 'loss', id: 'E', layer: count, unit: null }, 'E', lossTerm(loss, outputs, targets));

  // δ's, output layer first. deltas[l − 1] = δ^{(l)}.
  const deltas: Operand[][] = layers.map(() => []);
  const addDelta = (l: number, j: number, term: Term) => {
    const head: StepHead = { phase: 'delta', id: `delta.${l}.${j + 1}`, layer: l, unit: j + 1 };
    deltas[l - 1].push(list.add(head, deltaSymbol(l, j + 1, notation), term));
  };
  const last = layers[count - 1];
  const K = outputs.length;
  for (let j = 0; j < K; j++) {
    const y = outputs[j];
    if (last.activation === 'softmax' && loss === 'cross-entropy') {
      addDelta(count, j, { template: (r) => `${r.lead(y)} - ${r.at(targets[j])}`, value: y.value - targets[j].value });
    } else if (last.activation === 'softmax') {
      // Softmax's Jacobian-vector product: δ_j = y_j (g_j − Σ_k y_k g_k), g = ∂E/∂y.
      const g = outputs.map((yk, k) => lossGradientTerm(loss, yk, targets[k], K));
      let dot = 0;
      for (let k = 0; k < K; k++) dot += outputs[k].value * g[k].value;
      addDelta(count, j, {
        template: (r) => {
          const sum = outputs.map((yk, k) => r.juxtapose(k === 0 ? r.lead(yk) : r.at(yk), r.wrap(g[k].template(r))));
          return r.juxtapose(r.lead(y), `\\left(${g[j].template(r)} - \\left[${sum.join(' + ')}\\right]\\right)`);
        },
        value: y.value * (g[j].value - dot),
      });
    } else {
      const g = lossGradientTerm(loss, y, targets[j], K);
      const slope = slopeTerm(last.activation, last.leakySlope, nets[count - 1][j], y, decimals);
      addDelta(count, j, { template: (r) => r.times(g.template(r), slope.template(r)), value: g.value * slope.value });
    }
  }
  for (let l = count - 1; l >= 1; l--) {
    const layer = layers[l - 1];
    const above = deltas[l];
    const weightsAbove = W[l];
    for (let j = 0; j < layer.weights.length; j++) {
      const slope = slopeTerm(
        // validateTraceProblem allows softmax on the last layer only.
        layer.activation as Exclude<typeof layer.activation, 'softmax'>,
        layer.leakySlope,
        nets[l - 1][j],
        activations[l][j],
        decimals,
      );
      let sum = 0;
      for (let k = 0; k < above.length; k++) sum += above[k].value * weightsAbove[k][j].value;
      addDelta(l, j, {
        template: (r) => {
          const products = above.map((d, k) => r.juxtapose(k === 0 ? r.lead(d) : r.at(d), r.at(weightsAbove[k][j])));
          const back = products.length === 1 ? products[0] : `\\left(${products.join(' + ')}\\right)`;
          return r.times(back, slope.template(r));
        },
        value: sum * slope.value,
      });
    }
  }

  // Gradients, then updates, output layer first.
  const gradW: Operand[][][] = layers.map(() => []);
  const gradB: Operand[][] = layers.map(() => []);
  for (let l = count; l >= 1; l--) {
    const inputs = activations[l - 1];
    deltas[l - 1].forEach((delta, j) => {
      const unit = j + 1;
      gradW[l - 1].push(
        inputs.map((a, i) =>
          list.add(
            { phase: 'gradient', id: `grad.W.${l}.${unit}.${i + 1}`, layer: l, unit, input: i + 1 },
            gradientSymbol(W[l - 1][j][i].symbol),
            { template: (r) => r.juxtapose(r.lead(delta), r.at(a)), value: delta.value * a.value },
          ),
        ),
      );
      if (updateBias) {
        const head: StepHead = { phase: 'gradient', id: `grad.b.${l}.${unit}`, layer: l, unit };
        gradB[l - 1].push(list.add(head, gradientSymbol(b[l - 1][j].symbol), { template: (r) => r.lead(delta), value: delta.value }));
      }
    });
  }
  const update = (head: StepHead, parameter: Operand, gradient: Operand): Operand =>
    list.add(head, updatedSymbol(parameter.symbol), {
      template: (r) => `${r.lead(parameter)} - ${r.juxtapose(r.at(eta), r.at(gradient))}`,
      value: parameter.value - eta.value * gradient.value,
    });
  const newW: number[][][] = layers.map((layer) => layer.weights.map((row) => row.slice()));
  const newB: number[][] = layers.map((layer) => layer.bias.slice());
  for (let l = count; l >= 1; l--) {
    W[l - 1].forEach((row, j) => {
      const unit = j + 1;
      row.forEach((w, i) => {
        const head: StepHead = { phase: 'update', id: `new.W.${l}.${unit}.${i + 1}`, layer: l, unit, input: i + 1 };
        newW[l - 1][j][i] = update(head, w, gradW[l - 1][j][i]).value;
      });
      if (updateBias) {
        const head: StepHead = { phase: 'update', id: `new.b.${l}.${unit}`, layer: l, unit };
        newB[l - 1][j] = update(head, b[l - 1][j], gradB[l - 1][j]).value;
      }
    });
  }

  const values = (operands: readonly Operand[]) => operands.map((o) => o.value);
  const summary: TraceSummary = {
    forward: layers.map((_, l) => ({ layer: l + 1, net: values(nets[l]), out: values(activations[l + 1]) })),
    loss: lossStep.value,
    backward: layers.map((_, l) => {
      const delta = values(deltas[l]);
      return {
        layer: l + 1,
        delta,
        gradWeights: gradW[l].map(values),
        // With fixed biases there are no bias steps; ∂E/∂b = δ still.
        gradBias: updateBias ? values(gradB[l]) : delta,
      };
    }),
    updated: layers.map((_, l) => ({ layer: l + 1, weights: newW[l], bias: newB[l] })),
  };
  return { steps: list.steps, summary };
}
