/**
 * Loaders of every module of UI strings, by language and name: 'site' (pages, kit, frame,
 * presentation) or a widget's id. Each is a dynamic import, so each module is a chunk of its own that
 * the browser fetches when asked (src/widgets/kit/strings.ts). A unit test checks this table against
 * the files in src/i18n/en/ and src/i18n/ko/.
 */
import type { Lang } from './index';

export interface StringsModule {
  readonly strings: Readonly<Record<string, string>>;
}

export const STRING_MODULES: Readonly<Record<Lang, Readonly<Record<string, () => Promise<StringsModule>>>>> = {
  en: {
    site: () => import('./en/site'),
    'softmax-lab': () => import('./en/softmax-lab'),
    'gd-steps': () => import('./en/gd-steps'),
    'mse-vs-ce': () => import('./en/mse-vs-ce'),
    'mae-vs-mse': () => import('./en/mae-vs-mse'),
    'same-network': () => import('./en/same-network'),
    'cross-entropy': () => import('./en/cross-entropy'),
    'loss-example': () => import('./en/loss-example'),
    'linear-collapse': () => import('./en/linear-collapse'),
    'activation-bench': () => import('./en/activation-bench'),
    neuron: () => import('./en/neuron'),
    'xor-gates': () => import('./en/xor-gates'),
    'forward-pass': () => import('./en/forward-pass'),
    'training-loop': () => import('./en/training-loop'),
    'delta-rule': () => import('./en/delta-rule'),
    'backprop-chain': () => import('./en/backprop-chain'),
    'backprop-deeper': () => import('./en/backprop-deeper'),
    'backprop-stepper': () => import('./en/backprop-stepper'),
    huber: () => import('./en/huber'),
    'one-step': () => import('./en/one-step'),
    'xor-line': () => import('./en/xor-line'),
    'bn-test-time': () => import('./en/bn-test-time'),
    'dropout-scale': () => import('./en/dropout-scale'),
    'dropout-vote': () => import('./en/dropout-vote'),
    'bn-scale-shift': () => import('./en/bn-scale-shift'),
    'bn-with-without': () => import('./en/bn-with-without'),
    'bn-algorithm': () => import('./en/bn-algorithm'),
    'bn-backward': () => import('./en/bn-backward'),
    'dropout-mask': () => import('./en/dropout-mask'),
    'dropout-overfit': () => import('./en/dropout-overfit'),
  },
  ko: {
    site: () => import('./ko/site'),
    'softmax-lab': () => import('./ko/softmax-lab'),
    'gd-steps': () => import('./ko/gd-steps'),
    'mse-vs-ce': () => import('./ko/mse-vs-ce'),
    'mae-vs-mse': () => import('./ko/mae-vs-mse'),
    'same-network': () => import('./ko/same-network'),
    'cross-entropy': () => import('./ko/cross-entropy'),
    'loss-example': () => import('./ko/loss-example'),
    'linear-collapse': () => import('./ko/linear-collapse'),
    'activation-bench': () => import('./ko/activation-bench'),
    neuron: () => import('./ko/neuron'),
    'xor-gates': () => import('./ko/xor-gates'),
    'forward-pass': () => import('./ko/forward-pass'),
    'training-loop': () => import('./ko/training-loop'),
    'delta-rule': () => import('./ko/delta-rule'),
    'backprop-chain': () => import('./ko/backprop-chain'),
    'backprop-deeper': () => import('./ko/backprop-deeper'),
    'backprop-stepper': () => import('./ko/backprop-stepper'),
    huber: () => import('./ko/huber'),
    'one-step': () => import('./ko/one-step'),
    'xor-line': () => import('./ko/xor-line'),
    'bn-test-time': () => import('./ko/bn-test-time'),
    'dropout-scale': () => import('./ko/dropout-scale'),
    'dropout-vote': () => import('./ko/dropout-vote'),
    'bn-scale-shift': () => import('./ko/bn-scale-shift'),
    'bn-with-without': () => import('./ko/bn-with-without'),
    'bn-algorithm': () => import('./ko/bn-algorithm'),
    'bn-backward': () => import('./ko/bn-backward'),
    'dropout-mask': () => import('./ko/dropout-mask'),
    'dropout-overfit': () => import('./ko/dropout-overfit'),
  },
};
