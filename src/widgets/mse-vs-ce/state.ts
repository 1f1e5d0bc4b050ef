/** The "why not MSE for classification" widget's URL table and its fixed example (x = 1, y′ = 0). */
import { SATURATED_NEURON_EXAMPLE } from '../../core';
import { defineUrlTable } from '../kit/url-state';

/** Input and target never change: the confidently-wrong neuron is the point of the demo. */
export const EXAMPLE = SATURATED_NEURON_EXAMPLE.example;
/** The run stops here: Nielsen's 300 epochs, by which the squared-error neuron has only just got going at η = 0.15. */
export const MAX_EPOCHS = SATURATED_NEURON_EXAMPLE.epochs;
export const WB_MIN = -6;
export const WB_MAX = 6;
export const ETA_MIN = 0.001;
export const ETA_MAX = 5;
/** Epochs per second offered (one step is one epoch: one update of both neurons). */
export const SPEEDS: readonly number[] = [10, 30, 100, 300];
/** Starting points offered as buttons: saturated (2, 2) and Nielsen's unsaturated (0.6, 0.9). */
export const STARTS: readonly { readonly w: number; readonly b: number }[] = [SATURATED_NEURON_EXAMPLE.start, { w: 0.6, b: 0.9 }];
/** Below this, sig′(a) = y(1 − y) counts as saturated in the readout (at most 0.25, at a = 0). */
export const SATURATED_SLOPE = 0.05;

export const MCE_TABLE = defineUrlTable([
  { key: 'w0', type: 'number', default: SATURATED_NEURON_EXAMPLE.start.w, min: WB_MIN, max: WB_MAX },
  { key: 'b0', type: 'number', default: SATURATED_NEURON_EXAMPLE.start.b, min: WB_MIN, max: WB_MAX },
  { key: 'eta', type: 'number', default: SATURATED_NEURON_EXAMPLE.eta, min: ETA_MIN, max: ETA_MAX },
  { key: 'speed', type: 'enum', values: ['10', '30', '100', '300'], default: '30' },
]);
