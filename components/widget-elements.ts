/**
 * Every widget's custom element and the loader of its class (a dynamic import: the widget's own
 * chunks). WidgetFrame's one script defines, on demand, those whose elements are on the page
 * (src/widgets/kit/lazy-define.ts), so a widget's component only places its element in its frame.
 * The imports live here, outside src/widgets/, so the kit never imports a widget.
 */
type Loader = () => Promise<CustomElementConstructor>;

export const WIDGET_ELEMENTS: Readonly<Record<string, Loader>> = {
  'nn-linear-collapse': () => import('../src/widgets/linear-collapse/element').then((m) => m.LinearCollapseWidget),
  'nn-activation-bench': () => import('../src/widgets/activation-bench/element').then((m) => m.ActivationBenchWidget),
  'nn-backprop-chain': () => import('../src/widgets/backprop-chain/element').then((m) => m.BackpropChainWidget),
  'nn-backprop-deeper': () => import('../src/widgets/backprop-deeper/element').then((m) => m.BackpropDeeperWidget),
  'nn-backprop-stepper': () => import('../src/widgets/stepper/element').then((m) => m.BackpropStepperWidget),
  'nn-dropout-mask': () => import('../src/widgets/dropout-mask/element').then((m) => m.DropoutMaskWidget),
  'nn-dropout-overfit': () => import('../src/widgets/dropout-overfit/element').then((m) => m.DropoutOverfitWidget),
  'nn-delta-rule': () => import('../src/widgets/delta-rule/element').then((m) => m.DeltaRuleWidget),
  'nn-forward-pass': () => import('../src/widgets/forward-pass/element').then((m) => m.ForwardPassWidget),
  'nn-bn-test-time': () => import('../src/widgets/bn-test-time/element').then((m) => m.BnTestTimeWidget),
  'nn-bn-scale-shift': () => import('../src/widgets/bn-scale-shift/element').then((m) => m.BnScaleShiftWidget),
  'nn-bn-algorithm': () => import('../src/widgets/bn-algorithm/element').then((m) => m.BnAlgorithmWidget),
  'nn-bn-backward': () => import('../src/widgets/bn-backward/element').then((m) => m.BnBackwardWidget),
  'nn-huber': () => import('../src/widgets/huber/element').then((m) => m.HuberWidget),
  'nn-one-step': () => import('../src/widgets/one-step/element').then((m) => m.OneStepWidget),
  'nn-hidden-weight': () => import('../src/widgets/hidden-weight/element').then((m) => m.HiddenWeightWidget),
  'nn-delta-reuse': () => import('../src/widgets/delta-reuse/element').then((m) => m.DeltaReuseWidget),
  'nn-layer-matrices': () => import('../src/widgets/layer-matrices/element').then((m) => m.LayerMatricesWidget),
  'nn-xor-line': () => import('../src/widgets/xor-line/element').then((m) => m.XorLineWidget),
  'nn-neuron-model': () => import('../src/widgets/neuron-model/element').then((m) => m.NeuronModelWidget),
  'nn-lms-gradient': () => import('../src/widgets/lms-gradient/element').then((m) => m.LmsGradientWidget),
  'nn-dropout-scale': () => import('../src/widgets/dropout-scale/element').then((m) => m.DropoutScaleWidget),
  'nn-dropout-vote': () => import('../src/widgets/dropout-vote/element').then((m) => m.DropoutVoteWidget),
  'nn-bn-with-without': () => import('../src/widgets/bn-with-without/element').then((m) => m.BnWithWithoutWidget),
  'nn-gd-steps': () => import('../src/widgets/gd-steps/element').then((m) => m.GdStepsWidget),
  'nn-sgd-vs-gd': () => import('../src/widgets/sgd-vs-gd/element').then((m) => m.SgdVsGdWidget),
  'nn-mae-vs-mse': () => import('../src/widgets/mae-vs-mse/element').then((m) => m.MaeVsMseWidget),
  'nn-cross-entropy': () => import('../src/widgets/cross-entropy/element').then((m) => m.CrossEntropyWidget),
  'nn-loss-example': () => import('../src/widgets/loss-example/element').then((m) => m.LossExampleWidget),
  'nn-mse-vs-ce': () => import('../src/widgets/mse-vs-ce/element').then((m) => m.MseVsCeWidget),
  'nn-neuron': () => import('../src/widgets/neuron/element').then((m) => m.NeuronWidget),
  'nn-same-network': () => import('../src/widgets/same-network/element').then((m) => m.SameNetworkWidget),
  'nn-softmax-lab': () => import('../src/widgets/softmax-lab/element').then((m) => m.SoftmaxLabWidget),
  'nn-training-loop': () => import('../src/widgets/training-loop/element').then((m) => m.TrainingLoopWidget),
  'nn-xor-gates': () => import('../src/widgets/xor-gates/element').then((m) => m.XorGatesWidget),
  'nn-optimizer-race': () => import('../src/widgets/optimizer-race/element').then((m) => m.OptimizerRaceWidget),
  'nn-learning-rates': () => import('../src/widgets/learning-rates/element').then((m) => m.LearningRatesWidget),
  'nn-momentum-knobs': () => import('../src/widgets/momentum-knobs/element').then((m) => m.MomentumKnobsWidget),
  'nn-inspect-nag': () => import('../src/widgets/step-inspector/element').then((m) => m.stepInspectorElement('nag')),
  'nn-inspect-adagrad': () => import('../src/widgets/step-inspector/element').then((m) => m.stepInspectorElement('adagrad')),
  'nn-inspect-rmsprop': () => import('../src/widgets/step-inspector/element').then((m) => m.stepInspectorElement('rmsprop')),
  'nn-inspect-adadelta': () => import('../src/widgets/step-inspector/element').then((m) => m.stepInspectorElement('adadelta')),
  'nn-inspect-adam': () => import('../src/widgets/step-inspector/element').then((m) => m.stepInspectorElement('adam')),
};
