/** The gradient-descent widget's URL table and its fixed problem: the chapter's valley and start. */
import { VALLEY_EXAMPLE } from '../../core';
import { defineUrlTable } from '../kit/url-state';

export const ETA_MIN = 0.001;
export const ETA_MAX = 0.5;
/** The seminar's three pictures. */
export const DECK_ETAS: readonly number[] = VALLEY_EXAMPLE.deckEtas;
/** θ₀ of the chapter's worked comparison. */
export const THETA_0: readonly number[] = VALLEY_EXAMPLE.theta0;
/** Steps per second offered. One step is one update of θ. */
export const SPEEDS: readonly number[] = [2, 8, 32, 128];
/** J below this counts as having reached the minimum. */
export const CONVERGED = 1e-6;
/** The second stopping rule, for η so small that J crawls. */
export const MAX_STEPS = 5000;
/** The plotted window of the (θ₁, θ₂) plane. */
export const PLANE_X: readonly [number, number] = [-5, 5];
export const PLANE_Y: readonly [number, number] = [-2.5, 2.5];

export const GD_TABLE = defineUrlTable([
  { key: 'eta', type: 'number', default: VALLEY_EXAMPLE.eta, min: ETA_MIN, max: ETA_MAX },
  { key: 'speed', type: 'enum', values: ['2', '8', '32', '128'], default: '8' },
]);
