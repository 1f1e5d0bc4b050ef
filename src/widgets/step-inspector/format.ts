/** How the inspector writes its numbers, in the page (build time) and in the browser alike. */
import type { HyperparameterName } from '../../core';
import { formatSignificantLive } from '../kit/format-significant';

/** The live formulas' numbers: four significant digits; a quantity step 0 does not have (NaN) is a dash. */
export function formatInspectorLive(name: string, value: number, digits: number, parens: boolean): string {
  return Number.isNaN(value) ? '–' : formatSignificantLive(name, value, digits, parens);
}

/** The deck's symbol of each hyperparameter, as a field's label. */
export const SYMBOLS: Readonly<Record<HyperparameterName, string>> = { lr: 'η', gamma: 'γ', eps: 'ε', beta1: 'β₁', beta2: 'β₂' };
