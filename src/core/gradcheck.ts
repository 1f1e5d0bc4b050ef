/**
 * Gradient check by central finite differences: for each parameter θ_k,
 *   numeric_k = (E(θ + h e_k) − E(θ − h e_k)) / (2h),
 * compared with the analytic ∂E/∂θ_k from backward(). Relative error:
 *   |analytic − numeric| / max(|analytic|, |numeric|, floor),
 * the floor (default 1e-6) keeping near-zero gradients from reporting rounding noise as error: in
 * double precision the numeric estimate carries an absolute error of about ε_machine·|E|/h ≈ 1e-11
 * (h = 1e-5, E ≈ 1) plus h²·|E'''|/6. With h = 1e-5 a correct gradient usually gives a relative error
 * below 1e-6; a wrong one gives 1e-2 or more.
 *
 * The network is frozen during the check (dropout reuses one mask, batch norm leaves its running
 * statistics alone), so every evaluation computes the same function; its parameters are restored.
 */

import type { Mode } from './layers/layer';
import { type LossName, getLoss } from './losses';
import type { Matrix } from './matrix';
import type { Network } from './network';

export interface GradientCheckOptions {
  /** Step h (default 1e-5). */
  epsilon?: number;
  /** Mode of every evaluation (default 'train'). */
  mode?: Mode;
  /** Loss to check instead of the network's own. */
  loss?: LossName;
  /** Denominator floor of the relative error (default 1e-6). */
  floor?: number;
}

export interface GradientCheckEntry {
  /** Parameter name, e.g. 'layer1.W'. */
  name: string;
  /** Index within that parameter (row-major). */
  index: number;
  /** Index within the network's flat parameter buffer. */
  offset: number;
  analytic: number;
  numeric: number;
  relativeError: number;
}

export interface GradientCheckResult {
  entries: GradientCheckEntry[];
  maxRelativeError: number;
  /** The entry with the largest relative error. */
  worst: GradientCheckEntry | null;
}

/** Checks ∂E/∂θ for every parameter of `network` on the batch (x, y). */
export function gradientCheck(
  network: Network,
  x: Matrix,
  y: Matrix,
  options: GradientCheckOptions = {},
): GradientCheckResult {
  const h = options.epsilon ?? 1e-5;
  const mode = options.mode ?? 'train';
  const floor = options.floor ?? 1e-6;
  const savedLoss = network.loss;
  if (options.loss !== undefined) network.loss = getLoss(options.loss);
  const parameters = network.parameters;
  const original = parameters.slice();
  const entries: GradientCheckEntry[] = [];
  let worst: GradientCheckEntry | null = null;
  try {
    // Frozen: the first train-mode pass draws dropout masks (if none yet) and every later pass reuses them.
    network.setFrozen(true);
    network.computeGradient(x, y, mode);
    const analytic = network.gradients.slice();
    for (const entry of network.parameterEntries) {
      for (let index = 0; index < entry.length; index++) {
        const offset = entry.offset + index;
        parameters[offset] = original[offset] + h;
        const plus = network.evaluateLoss(x, y, mode);
        parameters[offset] = original[offset] - h;
        const minus = network.evaluateLoss(x, y, mode);
        parameters[offset] = original[offset];
        const numeric = (plus - minus) / (2 * h);
        const a = analytic[offset];
        const relativeError = Math.abs(a - numeric) / Math.max(Math.abs(a), Math.abs(numeric), floor);
        const result = { name: entry.name, index, offset, analytic: a, numeric, relativeError };
        entries.push(result);
        if (worst === null || relativeError > worst.relativeError) worst = result;
      }
    }
  } finally {
    parameters.set(original);
    network.setFrozen(false);
    network.loss = savedLoss;
  }
  return { entries, maxRelativeError: worst === null ? 0 : worst.relativeError, worst };
}
