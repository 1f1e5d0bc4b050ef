/**
 * The Adam section's numbers. Two steps by hand: one parameter, the paper's defaults, gradients
 * g₁ = 0.5 and g₂ = 0.3, run by the core's Adam. Without the bias correction, the first step would be
 * η·m₁/(√v₁ + ε). The ε note: the first step for a tiny gradient in the deck's form against
 * TensorFlow's "epsilon hat" form (Kingma & Ba, end of section 2):
 *   η_t = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ),  θ = θ − η_t·m_t/(√v_t + ε̂).
 */
import { optimizerHyperparameters } from '../optimizers';
import { first, runOnGradients } from './run';

export const ADAM_EXAMPLE = { gradients: [0.5, 0.3], tinyGradient: 1e-6 } as const;

function adamDefaults() {
  const spec = (name: string) => optimizerHyperparameters.adam.find((h) => h.name === name)!.default;
  return { lr: spec('lr'), beta1: spec('beta1'), beta2: spec('beta2'), eps: spec('eps') };
}

export function adamSteps() {
  const hyper = adamDefaults();
  const run = runOnGradients('adam', hyper, ADAM_EXAMPLE.gradients);
  const at = (t: number, key: string) => first(run.states[t - 1], key);
  const moment = (t: number) => ({ m: at(t, 'm'), v: at(t, 'v'), mHat: at(t, 'mHat'), vHat: at(t, 'vHat') });
  const step = (t: number) => run.thetas[t - 1] - run.thetas[t];
  const m1 = at(1, 'm');
  const v1 = at(1, 'v');
  return {
    hyper,
    moments: [moment(1), moment(2)],
    steps: [step(1), step(2)],
    /** 1 − β₁² and 1 − β₂², the step-2 corrections. */
    corrections2: [1 - hyper.beta1 ** 2, 1 - hyper.beta2 ** 2] as const,
    rootVHat2: Math.sqrt(at(2, 'vHat')),
    moved: run.thetas[0] - run.thetas[2],
    /** The first step without the correction: η·m₁/(√v₁ + ε). */
    uncorrectedFirst: (hyper.lr * m1) / (Math.sqrt(v1) + hyper.eps),
    /** How much √v₁ underestimates √v̂₁: 1/√(1 − β₂). */
    rootVShrink: 1 / Math.sqrt(1 - hyper.beta2),
  } as const;
}

/**
 * The first step for gradient g in the deck's form (the paper's Algorithm 1, run by the core's Adam) and
 * in the epsilon-hat form (ε̂ = the deck's ε).
 */
export function adamFirstStepForms(g: number = ADAM_EXAMPLE.tinyGradient) {
  const { lr, beta1, beta2, eps } = adamDefaults();
  const paper = runOnGradients('adam', { lr, beta1, beta2, eps }, [g]);
  const m1 = (1 - beta1) * g;
  const v1 = (1 - beta2) * g * g;
  const eta1 = (lr * Math.sqrt(1 - beta2)) / (1 - beta1);
  return { algorithm1: paper.thetas[0] - paper.thetas[1], epsilonHat: (eta1 * m1) / (Math.sqrt(v1) + eps) } as const;
}
