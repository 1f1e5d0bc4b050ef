/**
 * The Astro component of each demo in src/data/demos.ts, by id, so the demo pages can render any of
 * them. A unit test checks that the two lists name the same demos.
 */
import ActivationBench from './ActivationBench.astro';
import BnTestTime from './BnTestTime.astro';
import LinearCollapse from './LinearCollapse.astro';
import BackpropChain from './BackpropChain.astro';
import BackpropDeeper from './BackpropDeeper.astro';
import BackpropStepper from './BackpropStepper.astro';
import DeltaRule from './DeltaRule.astro';
import ForwardPass from './ForwardPass.astro';
import GdSteps from './GdSteps.astro';
import LearningRates from './LearningRates.astro';
import SgdVsGd from './SgdVsGd.astro';
import InspectNag from './InspectNag.astro';
import InspectAdagrad from './InspectAdagrad.astro';
import InspectRmsprop from './InspectRmsprop.astro';
import InspectAdadelta from './InspectAdadelta.astro';
import InspectAdam from './InspectAdam.astro';
import Huber from './Huber.astro';
import OneStep from './OneStep.astro';
import HiddenWeight from './HiddenWeight.astro';
import DeltaReuse from './DeltaReuse.astro';
import LayerMatrices from './LayerMatrices.astro';
import XorLine from './XorLine.astro';
import NeuronModel from './NeuronModel.astro';
import OptimizerRace from './OptimizerRace.astro';
import LmsGradient from './LmsGradient.astro';
import DropoutScale from './DropoutScale.astro';
import DropoutVote from './DropoutVote.astro';
import BnScaleShift from './BnScaleShift.astro';
import BnWithWithout from './BnWithWithout.astro';
import BnAlgorithm from './BnAlgorithm.astro';
import BnBackward from './BnBackward.astro';
import DropoutMask from './DropoutMask.astro';
import DropoutOverfit from './DropoutOverfit.astro';
import MseVsCe from './MseVsCe.astro';
import CrossEntropy from './CrossEntropy.astro';
import LossExample from './LossExample.astro';
import MaeVsMse from './MaeVsMse.astro';
import OneNeuron from './OneNeuron.astro';
import SameNetwork from './SameNetwork.astro';
import SoftmaxLab from './SoftmaxLab.astro';
import TrainingLoop from './TrainingLoop.astro';
import XorGates from './XorGates.astro';
import MomentumKnobs from './MomentumKnobs.astro';

export const DEMO_COMPONENTS: Record<string, (props: { lang: 'en' | 'ko' }) => unknown> = {
  'neuron': OneNeuron,
  'delta-rule': DeltaRule,
  'xor-gates': XorGates,
  'training-loop': TrainingLoop,
  'forward-pass': ForwardPass,
  'backprop-chain': BackpropChain,
  'hidden-weight': HiddenWeight,
  'backprop-deeper': BackpropDeeper,
  'backprop-stepper': BackpropStepper,
  'linear-collapse': LinearCollapse,
  'activation-bench': ActivationBench,
  'softmax-lab': SoftmaxLab,
  'same-network': SameNetwork,
  'gd-steps': GdSteps,
  'sgd-vs-gd': SgdVsGd,
  'loss-example': LossExample,
  'mae-vs-mse': MaeVsMse,
  'cross-entropy': CrossEntropy,
  'mse-vs-ce': MseVsCe,
  'huber': Huber,
  'one-step': OneStep,
  'delta-reuse': DeltaReuse,
  'layer-matrices': LayerMatrices,
  'xor-line': XorLine,
  'neuron-model': NeuronModel,
  'lms-gradient': LmsGradient,
  'bn-test-time': BnTestTime,
  'dropout-scale': DropoutScale,
  'dropout-vote': DropoutVote,
  'bn-scale-shift': BnScaleShift,
  'bn-with-without': BnWithWithout,
  'bn-algorithm': BnAlgorithm,
  'bn-backward': BnBackward,
  'dropout-mask': DropoutMask,
  'dropout-overfit': DropoutOverfit,
  'optimizer-race': OptimizerRace,
  'learning-rates': LearningRates,
  'momentum-knobs': MomentumKnobs,
  'inspect-nag': InspectNag,
  'inspect-adagrad': InspectAdagrad,
  'inspect-rmsprop': InspectRmsprop,
  'inspect-adadelta': InspectAdadelta,
  'inspect-adam': InspectAdam,
};
