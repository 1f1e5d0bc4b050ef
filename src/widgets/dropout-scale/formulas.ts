/**
 * The live formula of each mode (components/DropoutScale.astro typesets all three at build time; the
 * widget shows the one of the current mode and fills in its numbers). The chapter's forms and symbols
 * (#test-time): training z, the test-time rule with p and Σ w_j y_j substituted, the exact E[z] and
 * Var[z] over the masks. The seminar's slides give no test-time formula; these are the chapter's
 * (y_test = (1 − p) y for the original form, ỹ = r ⊙ y / (1 − p) for inverted dropout).
 * Names are model.ts formulaValues: p, keep, full, test, mean, variance, squares, shift.
 */
import type { Mode } from './state';

const sum = String.raw`\textstyle\sum_j`;
const train = String.raw`z_{\text{train}}`;
const test = String.raw`z_{\text{test}}`;

const lines: Record<Mode, string[]> = {
  original: [
    String.raw`${train} = ${sum} w_j\, r_j\, y_j`,
    String.raw`y_{\text{test}} = (1 - p)\, y, \quad ${test} = (1 - \live[2]{p}) \cdot \live[3p]{full} = \live{test}`,
    String.raw`\mathbb{E}[${train}] = (1 - p) ${sum} w_j y_j = \live{mean}`,
    String.raw`\operatorname{Var}[${train}] = p(1 - p) ${sum} (w_j y_j)^2 = \live[2]{p} \cdot \live[2]{keep} \cdot \live{squares} = \live{variance}`,
  ],
  inverted: [
    String.raw`${train} = ${sum} w_j\, \frac{r_j\, y_j}{1 - p}`,
    String.raw`y_{\text{test}} = y, \quad ${test} = ${sum} w_j y_j = \live{test}`,
    String.raw`\mathbb{E}[${train}] = ${sum} w_j y_j = \live{mean}`,
    String.raw`\operatorname{Var}[${train}] = \frac{p}{1 - p} ${sum} (w_j y_j)^2 = \frac{\live[2]{p}}{\live[2]{keep}} \cdot \live{squares} = \live{variance}`,
  ],
  unscaled: [
    String.raw`${train} = ${sum} w_j\, r_j\, y_j`,
    String.raw`y_{\text{test}} = y \ne (1 - p)\, y, \quad ${test} = ${sum} w_j y_j = \live{test}`,
    String.raw`\mathbb{E}[${train}] = (1 - p) ${sum} w_j y_j = \live{mean}`,
    String.raw`${test} - \mathbb{E}[${train}] = p ${sum} w_j y_j = \live[2]{p} \cdot \live[3p]{full} = \live{shift}`,
  ],
};

const aligned = (rows: readonly string[]) => String.raw`\begin{aligned} ${rows.map((row) => `& ${row}`).join(String.raw` \\ `)} \end{aligned}`;

/** The formula shown in `mode`. */
export function scaleFormula(mode: Mode): string {
  return aligned(lines[mode]);
}

/**
 * The same formula one row shorter, for full screen on a wide, low screen: the training z (short) and
 * the test-time rule share the first row, so the histogram above keeps that row's height.
 */
export function scaleFormulaWide(mode: Mode): string {
  const [training, testRule, ...rest] = lines[mode];
  return aligned([String.raw`${training}, \qquad ${testRule}`, ...rest]);
}
