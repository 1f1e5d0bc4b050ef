/**
 * Types shared by the deck's eight optimizers.
 *
 * θ is the parameter vector (a Float64Array, updated in place); ∇θJ(θ) is the gradient of the loss J
 * at the point θ, supplied by the caller as a function so that NAG can ask for it at its look-ahead
 * point θ − γv.
 */

/** The deck's optimizers, in the deck's order. */
export type OptimizerName = 'gd' | 'sgd' | 'momentum' | 'nag' | 'adagrad' | 'rmsprop' | 'adadelta' | 'adam';

/** Hyperparameter names: lr = η, gamma = γ, eps = ε, beta1 = β₁, beta2 = β₂. */
export type HyperparameterName = 'lr' | 'gamma' | 'eps' | 'beta1' | 'beta2';

/** Hyperparameter values by name; a missing value takes the optimizer's default. */
export type Hyperparameters = Partial<Record<HyperparameterName, number>>;

/**
 * ∇θJ at the point `params`; the returned array has params.length entries. It is read before the
 * next call, so a caller may return the same buffer every time.
 */
export type GradientAt = (params: Float64Array) => Float64Array;

/** Internal state for display, under the deck's names (v, G, s, m, mHat, vHat, deltaTheta, t …). */
export type OptimizerState = Record<string, Float64Array | number>;

export interface Optimizer {
  readonly name: OptimizerName;
  /** The hyperparameters in use: the caller's values with the defaults filled in. */
  readonly hyperparameters: Readonly<Hyperparameters>;
  /** One update of `params`, in place. State buffers are allocated at the first step for params.length. */
  step(params: Float64Array, gradAt: GradientAt): void;
  /**
   * A copy of the state after the last step: `t` (steps taken), `gradient` (the last ∇θJ evaluated)
   * and the optimizer's own vectors. Before the first step (and after reset) the vectors are empty.
   */
  state(): OptimizerState;
  /** Back to the state of a new optimizer: t = 0, no buffers (the next step may use another length). */
  reset(): void;
}

/** Valid values of a hyperparameter: min < x < max, with each end included or not. */
export interface HyperparameterRange {
  readonly min: number;
  readonly max: number;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

/** Bounds for a control (a slider): narrower than the valid range; `log` = logarithmic scale. */
export interface HyperparameterControl {
  readonly min: number;
  readonly max: number;
  readonly scale: 'linear' | 'log';
}

/** One row of an optimizer's hyperparameter table, for building controls. */
export interface HyperparameterSpec<N extends HyperparameterName = HyperparameterName> {
  readonly name: N;
  /** The deck's symbol, in LaTeX (`\eta`, `\gamma`, `\epsilon`, `\beta_1`, `\beta_2`). */
  readonly symbol: string;
  readonly default: number;
  readonly range: HyperparameterRange;
  readonly control: HyperparameterControl;
  /** Where the default comes from. */
  readonly source: string;
}
