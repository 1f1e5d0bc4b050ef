/**
 * The paper's six backward lines (Ioffe and Szegedy, as the chapter writes them) with the current
 * numbers substituted for the selected i: components/BnBackward.astro typesets them at build time,
 * the element fills in the numbers. PAGE: each line in full, then its numbers. FULL_SCREEN: shorter
 * forms for the room (the symbol, the numbers, the result; the fourth line as its three paths).
 * Names: model.ts formulaValues.
 */
const dl = (x: string) => String.raw`\frac{\partial \ell}{\partial ${x}}`;
const sl = (x: string) => String.raw`\partial \ell / \partial ${x}`;
const I = String.raw`\live[0]{i}`;

export const PAGE_FORMULAS: readonly string[] = [
  String.raw`${dl(String.raw`\hat{x}_{${I}}`)} = ${dl(String.raw`y_{${I}}`)} \cdot \gamma = \live[4p]{dyi} \cdot \live[4p]{gamma} = \live[4]{dxhati}`,
  String.raw`\begin{aligned} ${dl('\\sigma_B^2')} &= \sum_{i=1}^m ${dl('\\hat{x}_i')} \cdot (x_i - \mu_B) \cdot \frac{-1}{2} (\sigma_B^2 + \epsilon)^{-3/2} \\ &= \live[4p]{sumdevs} \cdot \frac{-1}{2} \cdot \live[5]{ve}^{-3/2} = \live[4]{dv} \end{aligned}`,
  String.raw`\begin{aligned} ${dl('\\mu_B')} &= \left( \sum_{i=1}^m ${dl('\\hat{x}_i')} \cdot \frac{-1}{\sqrt{\sigma_B^2 + \epsilon}} \right) + ${dl('\\sigma_B^2')} \cdot \frac{\sum_{i=1}^m -2 (x_i - \mu_B)}{m} \\ &= \live[4p]{sumdxhat} \cdot \frac{-1}{\live[4]{sd}} + \live[4p]{dv} \cdot \live[4p]{mf} = \live[4]{dm} \end{aligned}`,
  String.raw`\begin{aligned} ${dl(String.raw`x_{${I}}`)} &= ${dl(String.raw`\hat{x}_{${I}}`)} \cdot \frac{1}{\sqrt{\sigma_B^2 + \epsilon}} + ${dl('\\sigma_B^2')} \cdot \frac{2 (x_{${I}} - \mu_B)}{m} + ${dl('\\mu_B')} \cdot \frac{1}{m} \\ &= \frac{\live[4]{dxhati}}{\live[4]{sd}} + \live[4p]{dv} \cdot \frac{2 \cdot \live[4p]{dev}}{\live[0]{m}} + \frac{\live[4]{dm}}{\live[0]{m}} \\ &= \live[4]{t1} + \live[4p]{t2} + \live[4p]{t3} = \live[4]{dxi} \end{aligned}`,
  String.raw`${dl('\\gamma')} = \sum_{i=1}^m ${dl('y_i')} \cdot \hat{x}_i = \live[4]{dg}`,
  String.raw`${dl('\\beta')} = \sum_{i=1}^m ${dl('y_i')} = \live[4]{db}`,
];

export const FULL_SCREEN_FORMULAS: readonly string[] = [
  String.raw`${sl(String.raw`\hat{x}_{${I}}`)} = \live[4p]{dyi} \cdot \live[4p]{gamma} = \live[4]{dxhati}`,
  String.raw`${sl('\\sigma_B^2')} = \live[4p]{sumdevs} \cdot (-\tfrac{1}{2}) \cdot \live[5]{ve}^{-3/2} = \live[4]{dv}`,
  // The second term is ∂ℓ/∂σ²_B · 0 (the deviations sum to 0), written + 0 as the chapter does.
  String.raw`${sl('\\mu_B')} = \live[4p]{sumdxhat} \cdot (-1 / \live[4]{sd}) + 0 = \live[4]{dm}`,
  String.raw`${sl(String.raw`x_{${I}}`)} = \live[4]{t1} + \live[4p]{t2} + \live[4p]{t3} = \live[4]{dxi}`,
  String.raw`${sl('\\gamma')} = \live[4]{dg}, \quad ${sl('\\beta')} = \live[4]{db}`,
];

/** Numbers as the formulas and the table print them: fixed decimals, the true minus sign. */
export function formatBnb(_name: string, value: number, digits: number, parens: boolean): string {
  const fixed = Math.abs(value).toFixed(digits);
  const negative = value < 0 && Number(fixed) !== 0;
  let text = negative ? `−${fixed}` : fixed;
  if (negative && parens) text = `(${text})`;
  return text;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A small number as 2.1×10⁻¹¹ (exactly 0 as 0): for differences and sums that are 0 up to rounding. */
export function formatSmall(value: number): string {
  if (value === 0) return '0';
  const [mantissa, exponent] = Math.abs(value).toExponential(1).split('e');
  const sup = exponent.replace('+', '').replace('-', '⁻').replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);
  return `${value < 0 ? '−' : ''}${mantissa}×10${sup}`;
}
