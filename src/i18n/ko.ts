import type { Dictionary } from './en';
import { strings as site } from './ko/site';
import { strings as softmaxLab } from './ko/softmax-lab';
import { strings as gdSteps } from './ko/gd-steps';
import { strings as sgdVsGd } from './ko/sgd-vs-gd';
import { strings as stepInspector } from './ko/step-inspector';
import { strings as linearCollapse } from './ko/linear-collapse';
import { strings as activationBench } from './ko/activation-bench';
import { strings as mseVsCe } from './ko/mse-vs-ce';
import { strings as maeVsMse } from './ko/mae-vs-mse';
import { strings as sameNetwork } from './ko/same-network';
import { strings as crossEntropy } from './ko/cross-entropy';
import { strings as lossExample } from './ko/loss-example';
import { strings as neuron } from './ko/neuron';
import { strings as xorGates } from './ko/xor-gates';
import { strings as forwardPass } from './ko/forward-pass';
import { strings as trainingLoop } from './ko/training-loop';
import { strings as deltaRule } from './ko/delta-rule';
import { strings as backpropChain } from './ko/backprop-chain';
import { strings as backpropDeeper } from './ko/backprop-deeper';
import { strings as backpropStepper } from './ko/backprop-stepper';
import { strings as huber } from './ko/huber';
import { strings as oneStep } from './ko/one-step';
import { strings as hiddenWeight } from './ko/hidden-weight';
import { strings as deltaReuse } from './ko/delta-reuse';
import { strings as lmsGradient } from './ko/lms-gradient';
import { strings as layerMatrices } from './ko/layer-matrices';
import { strings as xorLine } from './ko/xor-line';
import { strings as neuronModel } from './ko/neuron-model';
import { strings as optimizerRace } from './ko/optimizer-race';
import { strings as bnTestTime } from './ko/bn-test-time';
import { strings as dropoutScale } from './ko/dropout-scale';
import { strings as dropoutVote } from './ko/dropout-vote';
import { strings as bnScaleShift } from './ko/bn-scale-shift';
import { strings as bnWithWithout } from './ko/bn-with-without';
import { strings as bnAlgorithm } from './ko/bn-algorithm';
import { strings as bnBackward } from './ko/bn-backward';
import { strings as dropoutMask } from './ko/dropout-mask';
import { strings as dropoutOverfit } from './ko/dropout-overfit';
import { strings as learningRates } from './ko/learning-rates';
import { strings as momentumKnobs } from './ko/momentum-knobs';

/** 한국어 UI 문자열 전체. 키는 en.ts와 같아야 한다(타입 검사기가 확인한다). */
export const ko: Dictionary = {
  ...site,
  ...softmaxLab,
  ...gdSteps,
  ...sgdVsGd,
  ...stepInspector,
  ...linearCollapse,
  ...activationBench,
  ...mseVsCe,
  ...maeVsMse,
  ...sameNetwork,
  ...crossEntropy,
  ...lossExample,
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
};
