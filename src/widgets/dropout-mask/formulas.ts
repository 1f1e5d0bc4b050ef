/**
 * The live formulas of the four cases (components/DropoutMask.astro typesets all four at build time;
 * the widget shows the one that applies and fills in the numbers), in the chapter's symbols:
 * r_j ~ Bernoulli(1 − p), ỹ = r ⊙ y, z = Σ w_j ỹ_j, and the two scaling rules of #test-time,
 * y_test = (1 − p) y (original form at inference) and ỹ = (r ⊙ y)/(1 − p) (inverted form in training).
 * Names (model.ts formulaValues): keep = 1 − p; r1…r5; v1…v5 the values passed on (ỹ_j or y_test,j);
 * w1…w5 the weights; t1…t5 the terms w_j·v_j; z.
 */
import type { DropoutVariant, Mode } from '../../core';

export const CASES = [
  ['train', 'deck'],
  ['train', 'inverted'],
  ['inference', 'deck'],
  ['inference', 'inverted'],
] as const satisfies readonly (readonly [Mode, DropoutVariant])[];

const list = (name: string, digits: number) => `(${[1, 2, 3, 4, 5].map((j) => String.raw`\live[${digits}]{${name}${j}}`).join(', ')})`;
const J = [1, 2, 3, 4, 5];
const products = J.map((j) => String.raw`\live[3p]{w${j}} \cdot \live[3p]{v${j}}`).join(' + ');
const sum = J.map((j) => String.raw`\live[3p]{t${j}}`).join(' + ');
/** z term by term: the products w_j · (value passed on), then their values, then z. */
const zRows = (symbol: string) => [String.raw`z &= \textstyle\sum_{j} w_j\, ${symbol} = ${products}`, String.raw`&= ${sum} = \live[3]{z}`];

/** The formula shown in `mode` with `form`. */
export function maskFormula(mode: Mode, form: DropoutVariant): string {
  const rows: string[] = [];
  if (mode === 'train') {
    rows.push(String.raw`r_j &\sim \text{Bernoulli}(1 - p) = \text{Bernoulli}(\live[3]{keep}), \quad r = ${list('r', 0)}`);
    rows.push(
      form === 'deck'
        ? String.raw`\tilde{y} &= r \odot y = ${list('v', 3)}`
        : String.raw`\tilde{y} &= \frac{r \odot y}{1 - p} = \frac{r \odot y}{\live[3]{keep}} = ${list('v', 3)}`,
    );
    rows.push(...zRows(String.raw`\tilde{y}_j`));
  } else {
    rows.push(form === 'deck' ? String.raw`y_{\text{test}} &= (1 - p)\, y = \live[3]{keep} \cdot y = ${list('v', 3)}` : String.raw`y_{\text{test}} &= y = ${list('v', 3)}`);
    rows.push(...zRows(String.raw`y_{\text{test},j}`));
  }
  return String.raw`\begin{aligned} ${rows.join(String.raw` \\ `)} \end{aligned}`;
}

/**
 * The same formula, narrower, for full screen (components/DropoutMask.astro shows it only there): a
 * projected formula is ~34 px, and the full one (up to ~1140 px wide) does not fit beside the
 * network's tall column on a 1280 px screen. What the room sees elsewhere is left out: the mask r
 * (its buttons and the dashed units) and the products w_j · ỹ_j (the weights are on the edges); z is
 * the sum of its terms, the chapter's 0.4 + 0 + 0.4 + 0.27 + 0 = 1.07.
 */
export function maskFormulaShort(mode: Mode, form: DropoutVariant): string {
  const rows: string[] = [];
  // z's terms on their own row at inference: y_test,j is a long symbol and all five terms are there.
  const zRows = (symbol: string, split: boolean) =>
    split ? [String.raw`z &= \textstyle\sum_{j} w_j\, ${symbol}`, String.raw`&= ${sum} = \live[3]{z}`] : [String.raw`z &= \textstyle\sum_{j} w_j\, ${symbol} = ${sum} = \live[3]{z}`];
  if (mode === 'train') {
    rows.push(String.raw`r_j &\sim \text{Bernoulli}(1 - p) = \text{Bernoulli}(\live[3]{keep})`);
    rows.push(
      form === 'deck'
        ? String.raw`\tilde{y} &= r \odot y = ${list('v', 3)}`
        : String.raw`\tilde{y} &= \frac{r \odot y}{1 - p} = \frac{r \odot y}{\live[3]{keep}} = ${list('v', 3)}`,
    );
    rows.push(...zRows(String.raw`\tilde{y}_j`, false));
  } else {
    // The original form's scaling and its numbers on two rows; the inverted form's y_test = y is short.
    if (form === 'deck') rows.push(String.raw`y_{\text{test}} &= (1 - p)\, y = \live[3]{keep} \cdot y`, String.raw`&= ${list('v', 3)}`);
    else rows.push(String.raw`y_{\text{test}} &= y = ${list('v', 3)}`);
    rows.push(...zRows(String.raw`y_{\text{test},j}`, true));
  }
  return String.raw`\begin{aligned} ${rows.join(String.raw` \\ `)} \end{aligned}`;
}
