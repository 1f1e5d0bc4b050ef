/**
 * The English UI strings, whole: the site's and the kit's (en/site.ts) and each widget's (en/<id>.ts).
 * Build time uses this; the browser loads site.ts and, with a widget's code, that widget's module
 * (src/widgets/kit/strings.ts). Korean (ko.ts) must carry the same keys; the type checker enforces it,
 * and a unit test that no key is in two modules.
 */
import { strings as site } from './en/site';
import { strings as softmaxLab } from './en/softmax-lab';
import { strings as gdSteps } from './en/gd-steps';
import { strings as sgdVsGd } from './en/sgd-vs-gd';
import { strings as stepInspector } from './en/step-inspector';
import { strings as mseVsCe } from './en/mse-vs-ce';
import { strings as maeVsMse } from './en/mae-vs-mse';
import { strings as sameNetwork } from './en/same-network';
import { strings as crossEntropy } from './en/cross-entropy';
import { strings as lossExample } from './en/loss-example';
import { strings as linearCollapse } from './en/linear-collapse';
import { strings as activationBench } from './en/activation-bench';
import { strings as neuron } from './en/neuron';
import { strings as xorGates } from './en/xor-gates';
import { strings as forwardPass } from './en/forward-pass';
import { strings as trainingLoop } from './en/training-loop';
import { strings as deltaRule } from './en/delta-rule';
import { strings as backpropChain } from './en/backprop-chain';
import { strings as backpropDeeper } from './en/backprop-deeper';
import { strings as backpropStepper } from './en/backprop-stepper';
import { strings as huber } from './en/huber';
import { strings as oneStep } from './en/one-step';
import { strings as hiddenWeight } from './en/hidden-weight';
import { strings as deltaReuse } from './en/delta-reuse';
import { strings as lmsGradient } from './en/lms-gradient';
import { strings as layerMatrices } from './en/layer-matrices';
import { strings as xorLine } from './en/xor-line';
import { strings as neuronModel } from './en/neuron-model';
import { strings as optimizerRace } from './en/optimizer-race';
import { strings as bnTestTime } from './en/bn-test-time';
import { strings as dropoutScale } from './en/dropout-scale';
import { strings as dropoutVote } from './en/dropout-vote';
import { strings as bnScaleShift } from './en/bn-scale-shift';
import { strings as bnWithWithout } from './en/bn-with-without';
import { strings as bnAlgorithm } from './en/bn-algorithm';
import { strings as bnBackward } from './en/bn-backward';
import { strings as dropoutMask } from './en/dropout-mask';
import { strings as dropoutOverfit } from './en/dropout-overfit';
import { strings as learningRates } from './en/learning-rates';
import { strings as momentumKnobs } from './en/momentum-knobs';
import type { Translation } from './translation';

export const en = {
  ...site,
  ...softmaxLab,
  ...gdSteps,
  ...sgdVsGd,
  ...stepInspector,
  ...mseVsCe,
  ...maeVsMse,
  ...sameNetwork,
  ...crossEntropy,
  ...lossExample,
  ...linearCollapse,
  ...activationBench,
  ...neuron,
  ...xorGates,
  ...forwardPass,
  ...trainingLoop,
  ...deltaRule,
  ...backpropChain,
  ...backpropDeeper,
  ...backpropStepper,
  ...huber,
  ...oneStep,
  ...hiddenWeight,
  ...deltaReuse,
  ...lmsGradient,
  ...layerMatrices,
  ...xorLine,
  ...neuronModel,
  ...optimizerRace,
  ...bnTestTime,
  ...dropoutScale,
  ...dropoutVote,
  ...bnScaleShift,
  ...bnWithWithout,
  ...bnAlgorithm,
  ...bnBackward,
  ...dropoutMask,
  ...dropoutOverfit,
  ...learningRates,
  ...momentumKnobs,
} as const;

export type Dictionary = Translation<typeof en>;
