/**
 * The set-up's and the print view's words for an activation and a loss: the core's identifiers
 * ('half-squared-error', 'leaky-relu') are URL values, not text for a reader, and Korean has its own.
 */
import type { ActivationName, LossName } from '../../core';
import type { WidgetStringKey } from '../kit/strings';

const ACTIVATION_KEYS: Record<ActivationName, WidgetStringKey> = {
  step: 'stepperActStep',
  sigmoid: 'stepperActSigmoid',
  tanh: 'stepperActTanh',
  relu: 'stepperActRelu',
  'leaky-relu': 'stepperActLeakyRelu',
  linear: 'stepperActLinear',
  softmax: 'stepperActSoftmax',
};

const LOSS_KEYS: Record<LossName, WidgetStringKey> = {
  'half-squared-error': 'stepperLossHalfSquared',
  mae: 'stepperLossMae',
  mse: 'stepperLossMse',
  'cross-entropy': 'stepperLossCrossEntropy',
};

/** "Activations: sigmoid; loss: …" filled in the reader's words (each distinct activation once, in layer order). */
export function activationAndLoss(
  t: (key: WidgetStringKey) => string,
  activations: readonly ActivationName[],
  loss: LossName,
): { activations: string; loss: string } {
  return { activations: [...new Set(activations)].map((name) => t(ACTIVATION_KEYS[name])).join(', '), loss: t(LOSS_KEYS[loss]) };
}
