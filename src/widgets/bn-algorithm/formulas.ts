/**
 * The seminar's four lines with the current numbers substituted (components/BnAlgorithm.astro
 * typesets them at build time; the element fills in the numbers). Names: model.ts formulaValues.
 */
export const BN_FORMULAS: readonly string[] = [
  String.raw`\mu_B \leftarrow \frac{1}{m} \sum_{i=1}^m x_i = \frac{\live[4p]{sum}}{\live[0]{m}} = \live[4]{mu}`,
  String.raw`\sigma_B^2 \leftarrow \frac{1}{m} \sum_{i=1}^m (x_i - \mu_B)^2 = \frac{\live[4]{sq}}{\live[0]{m}} = \live[4]{var}`,
  String.raw`\hat{x}_{\live[0]{i}} = \frac{x_{\live[0]{i}} - \mu_B}{\sqrt{\sigma_B^2 + \epsilon}} = \frac{\live[4p]{xi} - \live[4p]{mu}}{\sqrt{\live[4]{var} + \live[4]{eps}}} = \live[4]{xhat}`,
  String.raw`y_{\live[0]{i}} \leftarrow \gamma \hat{x}_{\live[0]{i}} + \beta = \live[4p]{gamma} \cdot \live[4p]{xhat} + \live[4p]{beta} = \live[4]{y}`,
];

/** Numbers as the formulas print them: four decimals, the true minus sign; ε in powers of ten. */
export function formatBn(name: string, value: number, digits: number, parens: boolean): string {
  let text: string;
  if (name === 'eps' && value < 0.01) {
    const exponent = Math.floor(Math.log10(value) + 1e-9);
    const mantissa = Number((value / 10 ** exponent).toPrecision(3));
    const sup = String(exponent).replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
    text = `${mantissa === 1 ? '' : `${mantissa}×`}10${sup}`;
  } else {
    const fixed = Math.abs(value).toFixed(digits);
    const negative = value < 0 && Number(fixed) !== 0;
    text = negative ? `−${fixed}` : fixed;
    if (negative && parens) text = `(${text})`;
  }
  return text;
}
