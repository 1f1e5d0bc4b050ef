import type { DenseLayer } from '../../../../src/core/layers/dense';
import { fromRows, toRows } from '../../../../src/core/matrix';
import { Network } from '../../../../src/core/network';
import type { TraceSummary } from '../../../../src/core/trace/types';
import type { TraceCase } from './cases';

/**
 * The same step through the network's fast path: Network.computeGradient on a batch of one, then
 * W − η ∂E/∂W and b − η ∂E/∂b (b unchanged when biases are fixed), in the trace summary's layout.
 */
export function fastPathStep(c: TraceCase): TraceSummary {
  const network = Network.fromSpec(c.spec, { loss: c.loss });
  const loss = network.computeGradient(fromRows([c.input]), fromRows([c.target]));
  const layers = network.layers as DenseLayer[];
  const step = (value: number, gradient: number) => value - c.learningRate * gradient;
  return {
    forward: layers.map((layer, l) => ({ layer: l + 1, net: Array.from(layer.net.data), out: Array.from(layer.output.data) })),
    loss,
    backward: layers.map((layer, l) => ({
      layer: l + 1,
      delta: Array.from(layer.delta.data),
      gradWeights: toRows(layer.gradWeights),
      gradBias: Array.from(layer.gradBias.data),
    })),
    updated: layers.map((layer, l) => ({
      layer: l + 1,
      weights: toRows(layer.weights).map((row, j) => row.map((w, i) => step(w, layer.gradWeights.data[j * row.length + i]))),
      bias: Array.from(layer.bias.data, (b, j) => (c.updateBias ? step(b, layer.gradBias.data[j]) : b)),
    })),
  };
}

/** Every number of a summary, flattened in a fixed order with a label each. */
export function summaryNumbers(summary: TraceSummary): [string, number][] {
  const out: [string, number][] = [['loss', summary.loss]];
  const push = (label: string, values: number[] | number[][]) =>
    values.flat().forEach((v, k) => out.push([`${label}[${k}]`, v]));
  for (const f of summary.forward) {
    push(`net${f.layer}`, f.net);
    push(`out${f.layer}`, f.out);
  }
  for (const b of summary.backward) {
    push(`delta${b.layer}`, b.delta);
    push(`gradW${b.layer}`, b.gradWeights);
    push(`gradb${b.layer}`, b.gradBias);
  }
  for (const u of summary.updated) {
    push(`W${u.layer}`, u.weights);
    push(`b${u.layer}`, u.bias);
  }
  return out;
}
