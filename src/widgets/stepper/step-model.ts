/**
 * What the stepper shows for a position in the trace, decided without the DOM: which units and edges
 * the current step lights on the diagram, the numbers written on the diagram so far, where each phase
 * starts. A position is the number of steps revealed (0 = nothing yet, steps.length = all).
 */
import type { TracePhase, TraceStep } from '../../core';
import type { NetworkHighlight } from '../charts/network-diagram';
import { edgeId, unitId } from '../charts/network-layout';
import { subscript } from './format';

export const PHASES: readonly TracePhase[] = ['forward', 'loss', 'delta', 'gradient', 'update'];

/** A step id taken apart: 'grad.W.2.1.2' → { kind: 'grad.W', layer: 2, unit: 1, input: 2 } (1-based). */
export interface StepRef {
  kind: 'net' | 'out' | 'E' | 'delta' | 'grad.W' | 'grad.b' | 'new.W' | 'new.b';
  layer: number;
  unit: number;
  input: number;
}

export function parseStepId(id: string): StepRef {
  if (id === 'E') return { kind: 'E', layer: 0, unit: 0, input: 0 };
  const parts = id.split('.');
  const twoPart = parts[0] === 'grad' || parts[0] === 'new';
  const kind = (twoPart ? `${parts[0]}.${parts[1]}` : parts[0]) as StepRef['kind'];
  const [layer, unit, input] = parts.slice(twoPart ? 2 : 1).map(Number);
  return { kind, layer, unit, input: input ?? 0 };
}

/** The index of the first step of each phase present in the trace. */
export function phaseStarts(steps: readonly TraceStep[]): Map<TracePhase, number> {
  const starts = new Map<TracePhase, number>();
  steps.forEach((step, index) => {
    if (!starts.has(step.phase)) starts.set(step.phase, index);
  });
  return starts;
}

/** The units and edges the step is about (sizes = inputs, then units per layer). */
export function highlightOf(step: TraceStep | undefined, sizes: readonly number[]): NetworkHighlight {
  if (!step) return {};
  const ref = parseStepId(step.id);
  const layers = sizes.length - 1;
  const j = ref.unit - 1;
  const range = (n: number) => Array.from({ length: n }, (_, k) => k);
  switch (ref.kind) {
    case 'net': {
      const sources = range(sizes[ref.layer - 1]);
      return {
        units: [unitId(ref.layer, j), ...sources.map((i) => unitId(ref.layer - 1, i))],
        edges: sources.map((i) => edgeId(ref.layer, i, j)),
      };
    }
    case 'out':
    case 'grad.b':
    case 'new.b':
      return { units: [unitId(ref.layer, j)] };
    case 'E':
      return { units: range(sizes[layers]).map((k) => unitId(layers, k)) };
    case 'delta': {
      if (ref.layer === layers) return { units: [unitId(ref.layer, j)] };
      const above = range(sizes[ref.layer + 1]);
      return {
        units: [unitId(ref.layer, j), ...above.map((k) => unitId(ref.layer + 1, k))],
        edges: above.map((k) => edgeId(ref.layer + 1, j, k)),
      };
    }
    case 'grad.W':
    case 'new.W':
      return { units: [unitId(ref.layer - 1, ref.input - 1), unitId(ref.layer, j)], edges: [edgeId(ref.layer, ref.input - 1, j)] };
  }
}

export interface DiagramNumbers {
  /** Per layer l ≥ 1, row-major: the weights, with updated ones once their update is revealed. */
  weights: number[][];
  /** Per layer l ≥ 1 (index l − 1): the biases, with updated ones once their update is revealed. */
  biases: number[][];
  /** Edge ids whose update has been revealed. */
  updatedEdges: Set<string>;
  /** Per layer: x for the inputs; each unit's output once revealed (undefined before). */
  unitValues: (number | undefined)[][];
}

/** The numbers on the diagram after `position` steps. */
export function diagramNumbers(
  steps: readonly TraceStep[],
  position: number,
  sizes: readonly number[],
  weights: readonly (readonly (readonly number[])[])[],
  input: readonly number[],
  biases: readonly (readonly number[])[],
): DiagramNumbers {
  const flat = weights.map((rows) => rows.flat());
  const b = biases.map((layer) => [...layer]);
  const updatedEdges = new Set<string>();
  const unitValues: (number | undefined)[][] = sizes.map((n, l) => Array.from({ length: n }, (_, k) => (l === 0 ? input[k] : undefined)));
  for (const step of steps.slice(0, position)) {
    const ref = parseStepId(step.id);
    if (ref.kind === 'out') unitValues[ref.layer][ref.unit - 1] = step.value;
    if (ref.kind === 'new.W') {
      flat[ref.layer - 1][(ref.unit - 1) * sizes[ref.layer - 1] + ref.input - 1] = step.value;
      updatedEdges.add(edgeId(ref.layer, ref.input - 1, ref.unit - 1));
    }
    if (ref.kind === 'new.b') b[ref.layer - 1][ref.unit - 1] = step.value;
  }
  return { weights: flat, biases: b, updatedEdges, unitValues };
}

/** x₁ x₂ | h₁ h₂ | y₁ y₂ (h₁⁽ˡ⁾ when there is more than one hidden layer). */
export function unitLabels(sizes: readonly number[]): string[][] {
  return sizes.map((n, l) =>
    Array.from({ length: n }, (_, k) => {
      const index = subscript(k + 1);
      if (l === 0) return `x${index}`;
      if (l === sizes.length - 1) return `y${index}`;
      return sizes.length > 3 ? `h${index}⁽${l}⁾` : `h${index}`;
    }),
  );
}
