/**
 * The step inspector's URL tables, one per method (each placed in its own section under its own demo
 * id): the method's hyperparameters — ranges from the core's control bounds
 * (optimizerHyperparameters), defaults the core's except where the chapter's worked example or a
 * visible path on the valley needs another η — the step t shown, and for Adam the bias-correction switch.
 */
import { optimizerHyperparameters, VALLEY_EXAMPLE, type HyperparameterName, type OptimizerName } from '../../core';
import type { UrlField, UrlTable } from '../kit/url-state';
import { defineUrlTable } from '../kit/url-state';

/** The methods the inspector is placed for, in the deck's order. */
export const INSPECTED = ['nag', 'adagrad', 'rmsprop', 'adadelta', 'adam'] as const satisfies readonly OptimizerName[];
export type InspectedMethod = (typeof INSPECTED)[number];

/** Steps computed (and the step bar's last position): the chapter's pictures' 50. */
export const STEPS = VALLEY_EXAMPLE.steps;
/** θ₀ of the chapter's valley examples. */
export const THETA_0: readonly number[] = VALLEY_EXAMPLE.theta0;
/** The plotted window of the (θ₁, θ₂) plane. */
export const PLANE_X: readonly [number, number] = [-5, 5];
export const PLANE_Y: readonly [number, number] = [-2.5, 2.5];

/**
 * η where the core's default would hide the method on the valley in 50 steps: Adagrad's 0.1 is the
 * chapter's "two steps by hand"; RMSProp and Adam at 0.1 cross most of the valley (their usual 0.001
 * would move 0.05). NAG keeps the core's 0.01, the chapter's valley counts.
 */
const ETA: Partial<Record<InspectedMethod, number>> = { adagrad: 0.1, rmsprop: 0.1, adam: 0.1 };

function hyperField(method: InspectedMethod, name: HyperparameterName): UrlField {
  const spec = optimizerHyperparameters[method].find((s) => s.name === name);
  if (!spec) throw new Error(`${method} has no ${name}`);
  const value = name === 'lr' ? (ETA[method] ?? spec.default) : spec.default;
  return { key: name, type: 'number', default: value, min: spec.control.min, max: spec.control.max };
}

/** The hyperparameter names of a method, in the core's order. */
export const hyperNames = (method: InspectedMethod): HyperparameterName[] => optimizerHyperparameters[method].map((s) => s.name);

export function inspectorTable(method: InspectedMethod): UrlTable {
  return defineUrlTable([
    ...hyperNames(method).map((name) => hyperField(method, name)),
    ...(method === 'adam' ? [{ key: 'bias', type: 'boolean', default: true } as const] : []),
    { key: 't', type: 'int', default: 0, min: 0, max: STEPS },
  ]);
}

/** What the model reads from the state: the hyperparameters by name, t, and (Adam) the switch. */
export interface InspectorState {
  readonly t: number;
  readonly bias?: boolean;
  readonly lr?: number;
  readonly gamma?: number;
  readonly eps?: number;
  readonly beta1?: number;
  readonly beta2?: number;
}
