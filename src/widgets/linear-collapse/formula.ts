/**
 * The live formula of the linear-collapse widget, in the chapter's letters ("Two layers collapse into
 * one"): A = W₂W₁ with the current weights written out, c = W₂b₁ + b₂, and at the traced input x the
 * network's own W₂h + b₂ beside Ax + c. Shared by the frame (components/LinearCollapse.astro, which
 * typesets it with the defaults' numbers at build time) and the widget (which refills the numbers).
 */
import type { Collapse } from './model';

export const COLLAPSE_TEX = String.raw`\begin{aligned}
A &= W_2 W_1 = \begin{bmatrix} \live[2]{v1} & \live[2]{v2} \end{bmatrix} \begin{bmatrix} \live[2]{w11} & \live[2]{w12} \\ \live[2]{w21} & \live[2]{w22} \end{bmatrix} = \begin{bmatrix} \live[2]{a1} & \live[2]{a2} \end{bmatrix}, \quad c = W_2 b_1 + b_2 = \live[2]{c} \\
W_2 h + b_2 &= \live[3]{z}, \qquad A x + c = \live[3]{za} \qquad \text{at } x = (\live[2]{x1}, \live[2]{x2})
\end{aligned}`;

/**
 * The same statement without W₂ and W₁ written out, for full screen, where the full one is wider than
 * a 1280 px projector at the projector theme's type size. Same placeholders, so one update fills both.
 */
export const COLLAPSE_TEX_SHORT = String.raw`\begin{gathered}
A = W_2 W_1 = \begin{bmatrix} \live[2]{a1} & \live[2]{a2} \end{bmatrix}, \quad c = W_2 b_1 + b_2 = \live[2]{c} \\
W_2 h + b_2 = \live[3]{z}, \quad A x + c = \live[3]{za} \quad \text{at } x = (\live[2]{x1}, \live[2]{x2})
\end{gathered}`;

/** The formula's numbers for the model's current weights and the traced input x. */
export function formulaValues(collapse: Collapse, x: readonly [number, number]): Record<string, number> {
  const [hidden, output] = collapse.layers;
  const w = hidden.weights.data;
  const v = output.weights.data;
  const { a, c } = collapse.affine();
  const trace = collapse.trace(x);
  return {
    v1: v[0],
    v2: v[1],
    w11: w[0],
    w12: w[1],
    w21: w[2],
    w22: w[3],
    a1: a.data[0],
    a2: a.data[1],
    c: c[0],
    z: trace.z,
    za: trace.zA,
    x1: x[0],
    x2: x[1],
  };
}
