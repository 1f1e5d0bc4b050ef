/**
 * The live formula of each case (components/Huber.astro typesets both at build time; the widget shows
 * the one that applies and fills in the numbers): the chapter's cases with r and δ substituted into
 * each piece and a ◀ at the case that applies, then the value beside that case's condition with the
 * numbers (|150| > 100), then the slope. The chapter writes the second condition as "otherwise";
 * here it is |r| > δ, the same in both languages. Names: r, delta, loss = L_δ(r), grad = dL_δ/dr
 * (model.ts formulaValues). Numbers are written by format.ts formatLive (165,000).
 *
 * Left-aligned lines, the conditions of the cases in symbols: in projector full screen the formula is
 * set at 34 px beside the table and must stay within about 640 px with r = −1999, δ = 999.
 */

export const HUBER_CASES = ['quadratic', 'linear'] as const;
export type HuberCase = (typeof HUBER_CASES)[number];

const mark = String.raw`\;\blacktriangleleft`;

function cases(which: HuberCase): string {
  const inside = String.raw`\tfrac{1}{2} \cdot \live[0p]{r}^2 & |r| \le \delta${which === 'quadratic' ? mark : ''}`;
  const outside = String.raw`\live[0]{delta}\,(|\live[0]{r}| - \tfrac{1}{2} \cdot \live[0]{delta}) & |r| > \delta${which === 'linear' ? mark : ''}`;
  return String.raw`L_\delta(\live[0]{r}) = \begin{cases} ${inside} \\ ${outside} \end{cases}`;
}

const condition: Record<HuberCase, string> = {
  quadratic: String.raw`|\live[0]{r}| \le \live[0]{delta}`,
  linear: String.raw`|\live[0]{r}| > \live[0]{delta}`,
};

const slope: Record<HuberCase, string> = {
  quadratic: String.raw`L_\delta'(\live[0]{r}) = r = \live[0]{grad}`,
  linear: String.raw`L_\delta'(\live[0]{r}) = \delta\,\operatorname{sign}(r) = \live[0]{grad}`,
};

/** The formula shown while `which` case applies. */
export function huberFormula(which: HuberCase): string {
  const rows = [cases(which), String.raw`\phantom{L_\delta(r)} = \live[1]{loss} \qquad ${condition[which]}`, slope[which]];
  return String.raw`\begin{aligned} ${rows.map((row) => `& ${row}`).join(String.raw` \\ `)} \end{aligned}`;
}
