/**
 * The live formulas of the scale-and-shift widget (components/BnScaleShift.astro typesets them at
 * build time; the element fills in the numbers): the chapter's four lines in the seminar's form with
 * the current batch substituted — followed for one value, the largest, x_k — then the activation at
 * y_k (one formula per function, the one chosen is shown), then the identity choice of γ and β.
 * Names from model.ts formulaValues (idg = the identity's γ, √(σ²_B + ε)).
 */
import type { ScaleShiftActivation } from './state';

export const BN_LINES: readonly string[] = [
  String.raw`\mu_B \leftarrow \frac{1}{m} \sum_{i=1}^m x_i = \live[4]{mean} \qquad (m = \live[0]{m})`,
  String.raw`\sigma_B^2 \leftarrow \frac{1}{m} \sum_{i=1}^m (x_i - \mu_B)^2 = \live[4]{var}`,
  String.raw`\hat{x}_k = \frac{x_k - \mu_B}{\sqrt{\sigma_B^2 + \epsilon}} = \frac{\live[4]{xk} - \live[4p]{mean}}{\sqrt{\live[4]{var} + \live{eps}}} = \live[4]{xhk}`,
  String.raw`y_k \leftarrow \gamma \hat{x}_k + \beta = \live[4]{gamma} \cdot \live[4p]{xhk} + \live[4p]{beta} = \live[4]{yk}`,
];

export const ACTIVATION_LINE: Record<ScaleShiftActivation, string> = {
  sigmoid: String.raw`\text{sigmoid}(y_k) = \live[4]{fk}, \quad \text{sig}'(y_k) = \text{sig}(y_k)\,(1 - \text{sig}(y_k)) = \live[4]{dk}`,
  tanh: String.raw`\tanh(y_k) = \live[4]{fk}, \quad \tanh'(y_k) = 1 - \tanh^2(y_k) = \live[4]{dk}`,
  relu: String.raw`\text{ReLU}(y_k) = \live[4]{fk}, \quad \text{ReLU}'(y_k) = \live[0]{dk}`,
};

export const IDENTITY_LINE = String.raw`\gamma = \sqrt{\sigma_B^2 + \epsilon} = \live[4]{idg}, \quad \beta = \mu_B = \live[4]{mean} \;\Rightarrow\; y_i = x_i`;

/**
 * Full screen only (a room, 34 px type), two short lines: the chain for x_k — x̂_k's value without its
 * fraction (the four lines' tall block does not fit a 720-line screen beside the picture), then
 * y_k = γx̂_k + β with the numbers — and the identity choice, the page's own line.
 */
export const FULL_SCREEN_LINES: readonly string[] = [
  String.raw`x_k = \live[4]{xk} \;\rightarrow\; \hat{x}_k = \live[4]{xhk}, \quad y_k = \gamma \hat{x}_k + \beta = \live[4]{gamma} \cdot \live[4p]{xhk} + \live[4p]{beta} = \live[4]{yk}`,
  IDENTITY_LINE,
];

/** One aligned block of the four lines. */
export const BN_FORMULA = String.raw`\begin{aligned} ${BN_LINES.map((line) => `& ${line}`).join(String.raw` \\[0.3em] `)} \end{aligned}`;
