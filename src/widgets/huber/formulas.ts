/**
 * The live formula of each case (components/Huber.astro typesets both at build time; the widget shows
 * the one that applies and fills in the numbers): the chapter's cases with r and δ substituted, a ◀ at
 * the case that applies, the value, and the slope. The chapter writes the second condition as
 * "otherwise"; here it is |r| > δ, the same in both languages. Names: r, delta, loss = L_δ(r),
 * grad = dL_δ/dr (model.ts formulaValues).
 *
 * Left-aligned lines: in projector full screen the formula must fit a column of about 600 px.
 */

export const HUBER_CASES = ['quadratic', 'linear'] as const;
export type HuberCase = (typeof HUBER_CASES)[number];

const mark = String.raw`\;\blacktriangleleft`;

function cases(which: HuberCase): string {
  const inside = String.raw`\tfrac{1}{2} \cdot \live[0p]{r}^2 & |\live[0]{r}| \le \live[0]{delta}${which === 'quadratic' ? mark : ''}`;
  const outside = String.raw`\live[0]{delta}\,(|\live[0]{r}| - \tfrac{1}{2} \cdot \live[0]{delta}) & |\live[0]{r}| > \live[0]{delta}${which === 'linear' ? mark : ''}`;
  return String.raw`L_\delta(\live[0]{r}) = \begin{cases} ${inside} \\ ${outside} \end{cases}`;
}

const slope: Record<HuberCase, string> = {
  quadratic: String.raw`L_\delta'(\live[0]{r}) = r = \live[0]{grad}`,
  linear: String.raw`L_\delta'(\live[0]{r}) = \delta\,\operatorname{sign}(r) = \live[0]{grad}`,
};

/** The formula shown while `which` case applies. */
export function huberFormula(which: HuberCase): string {
  const rows = [cases(which), String.raw`\phantom{L_\delta(r)} = \live[1]{loss}`, slope[which]];
  return String.raw`\begin{aligned} ${rows.map((row) => `& ${row}`).join(String.raw` \\ `)} \end{aligned}`;
}
