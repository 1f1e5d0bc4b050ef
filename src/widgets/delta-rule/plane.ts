/**
 * The input plane of the delta-rule widget: the kit's decision map painted with the perceptron's net
 * input (core: perceptronNet sampled by samplePlane) on a diverging scale centred at net = 0 — orange where y = 1, blue
 * where y = 0 — the decision line net = 0 on top, the four training vectors (class by colour and
 * shape) with the last step's drawn larger, and a sentence under it naming the line, or saying why
 * none is drawn (w₁ = w₂ = 0: net = b everywhere; or the line misses the square shown).
 */
import type { Dictionary, Lang } from '../../i18n';
import { perceptronNet, type Perceptron } from '../../core/perceptron';
import { samplePlane } from '../../core/plane-grid';
import { renderDecisionMap } from '../charts/decision-map';
import { setText } from '../kit/controls/dom';
import { fill } from '../kit/strings';
import { formatValue, lineText } from './numbers';

/** The four training vectors (x₁, x₂), in the order the rule visits them. */
export const SAMPLE_XS = [0, 0, 1, 1];
export const SAMPLE_YS = [0, 1, 0, 1];
/** The input plane drawn: half a unit around the unit square. */
const PLANE = { x: [-0.5, 1.5], y: [-0.5, 1.5], nx: 41, ny: 41 } as const;

export function renderPlane(
  target: HTMLElement,
  lineNote: HTMLElement,
  p: Perceptron,
  gate: string,
  targets: ArrayLike<number>,
  outputs: readonly number[],
  highlight: number | null,
  t: Dictionary,
  lang: Lang,
): void {
  const grid = samplePlane(PLANE, (x) => perceptronNet(p, x));
  const { values } = grid;
  let extent = 0;
  let negative = false;
  let nonNegative = false;
  for (const v of values) {
    extent = Math.max(extent, Math.abs(v));
    if (v < 0) negative = true;
    else nonNegative = true;
  }
  const crosses = negative && nonNegative;
  const [w1, w2] = p.weights;
  const line = lineText(w1, w2, p.bias);
  setText(
    lineNote,
    w1 === 0 && w2 === 0
      ? fill(t.deltaRuleNoLine, { b: formatValue(p.bias), y: String(outputs[0]) })
      : crosses
        ? fill(t.deltaRuleLine, { line })
        : fill(t.deltaRuleLineOutside, { line, y: nonNegative ? '1' : '0' }),
  );
  const spread = extent > 0 ? extent : 1;
  renderDecisionMap(
    target,
    { grid, points: { xs: SAMPLE_XS, ys: SAMPLE_YS, labels: targets } },
    {
      label: t.deltaRulePlane,
      pointsLabel: fill(t.deltaRulePoints, { gate }),
      lang,
      domain: [-spread, 0, spread],
      boundary: crosses ? 0 : null,
      classLabels: [t.deltaRuleClass0, t.deltaRuleClass1],
      xLabel: 'x₁',
      yLabel: 'x₂',
      highlight,
    },
  );
}
