/**
 * The optimizer race's URL table: the surface (the core's race surfaces and the line-fit loss), the
 * valley's κ, the line fit's N, batch size B and seed, the start (the surface's own unless the reader
 * picked one), which of the deck's eight run, one shared η or each optimizer's own hyperparameters
 * (every one of them, defaults from the core's optimizerHyperparameters), the loss threshold of the
 * leaderboard and the speed.
 */
import { optimizerHyperparameters, type HyperparameterName, type OptimizerName, type RaceSurfaceId } from '../../core';
import { defineUrlTable } from '../kit/url-state';

export type RaceSurfaceChoice = RaceSurfaceId | 'line-fit';
export const SURFACES: readonly RaceSurfaceChoice[] = ['valley', 'rosenbrock', 'saddle', 'beale', 'two-minima', 'plateau', 'line-fit'];

/** The core's default of one hyperparameter of one optimizer. */
export function coreDefault(name: OptimizerName, hyper: HyperparameterName): number {
  const spec = optimizerHyperparameters[name].find((row) => row.name === hyper);
  if (!spec) throw new Error(`${name} has no ${hyper}`);
  return spec.default;
}

/** Bounds of the editable fields: the core's control bounds (hyperparameters.ts). */
export const LR = { min: 1e-4, max: 1 } as const;
export const GAMMA = { min: 0, max: 0.999 } as const;
export const EPS = { min: 1e-10, max: 0.1 } as const;
export const BETA1 = { min: 0, max: 0.999 } as const;
export const BETA2 = { min: 0, max: 0.9999 } as const;
/** The start may be typed anywhere in this square (every surface's view lies inside it). */
export const START_LIMIT = 10;
export const N_MAX = 200;
/** Steps per second offered; one step moves every optimizer once. */
export const SPEEDS: readonly number[] = [8, 32, 128, 512];

const lr = (name: OptimizerName) => ({ key: `${name}-lr`, type: 'number', default: coreDefault(name, 'lr'), ...LR }) as const;

export const RACE_TABLE = defineUrlTable([
  { key: 'surface', type: 'enum', values: SURFACES, default: 'valley' },
  { key: 'kappa', type: 'number', default: 10, min: 1, max: 100 },
  { key: 'n', type: 'int', default: 40, min: 5, max: N_MAX },
  { key: 'batch', type: 'int', default: 4, min: 1, max: N_MAX },
  { key: 'seed', type: 'int', default: 1, min: 0, max: 2 ** 32 - 1 },
  { key: 'custom', type: 'boolean', default: false },
  // The start fields show the surface's own start until the reader picks one (custom); the valley's by default.
  { key: 'x0', type: 'number', default: -4, min: -START_LIMIT, max: START_LIMIT },
  { key: 'y0', type: 'number', default: 1, min: -START_LIMIT, max: START_LIMIT },
  { key: 'mode', type: 'enum', values: ['shared', 'own'], default: 'shared' },
  { key: 'eta', type: 'number', default: 0.05, ...LR },
  { key: 'threshold', type: 'number', default: 1e-3, min: 1e-12, max: 1 },
  { key: 'on-gd', type: 'boolean', default: true },
  { key: 'on-sgd', type: 'boolean', default: true },
  { key: 'on-momentum', type: 'boolean', default: true },
  { key: 'on-nag', type: 'boolean', default: true },
  { key: 'on-adagrad', type: 'boolean', default: true },
  { key: 'on-rmsprop', type: 'boolean', default: true },
  { key: 'on-adadelta', type: 'boolean', default: true },
  { key: 'on-adam', type: 'boolean', default: true },
  lr('gd'),
  lr('sgd'),
  lr('momentum'),
  { key: 'momentum-gamma', type: 'number', default: coreDefault('momentum', 'gamma'), ...GAMMA },
  lr('nag'),
  { key: 'nag-gamma', type: 'number', default: coreDefault('nag', 'gamma'), ...GAMMA },
  lr('adagrad'),
  { key: 'adagrad-eps', type: 'number', default: coreDefault('adagrad', 'eps'), ...EPS },
  lr('rmsprop'),
  { key: 'rmsprop-gamma', type: 'number', default: coreDefault('rmsprop', 'gamma'), ...GAMMA },
  { key: 'rmsprop-eps', type: 'number', default: coreDefault('rmsprop', 'eps'), ...EPS },
  { key: 'adadelta-gamma', type: 'number', default: coreDefault('adadelta', 'gamma'), ...GAMMA },
  { key: 'adadelta-eps', type: 'number', default: coreDefault('adadelta', 'eps'), ...EPS },
  lr('adam'),
  { key: 'adam-beta1', type: 'number', default: coreDefault('adam', 'beta1'), ...BETA1 },
  { key: 'adam-beta2', type: 'number', default: coreDefault('adam', 'beta2'), ...BETA2 },
  { key: 'adam-eps', type: 'number', default: coreDefault('adam', 'eps'), ...EPS },
  { key: 'speed', type: 'enum', values: ['8', '32', '128', '512'], default: '32' },
] as const);
