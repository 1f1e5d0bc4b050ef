/** Small text helpers of the stepper: subscript digits for labels, values as the trace rounds them. */

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** 12 → '₁₂'. */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]);
}

/** 2 → '⁽²⁾', the layer index of w⁽²⁾₁₂. */
export function layerSuperscript(layer: number): string {
  return `⁽${String(layer).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)])}⁾`;
}

/** A value with `decimals` places and a true minus sign ('−0.0927'); never '−0.0000'. */
export function fixedValue(v: number, decimals: number): string {
  const text = v.toFixed(decimals);
  if (/^-0(\.0*)?$/.test(text)) return text.slice(1);
  return text.replace(/^-/, '−');
}

const SUPERSCRIPTS: Record<string, string> = { '(': '⁽', ')': '⁾', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/**
 * A trace symbol as plain text for sentences and screen readers: '\delta^{(2)}_{1}' → 'δ⁽²⁾₁',
 * '\frac{\partial E}{\partial w^{(1)}_{12}}' → '∂E/∂w⁽¹⁾₁₂', "y'_{1}" → 'y′₁', '\text{new}\ b^{(2)}_{1}' → 'new b⁽²⁾₁'.
 */
export function symbolText(tex: string): string {
  return tex
    .replace(/\\frac\{([^{}]*)\}\{(.*)\}$/, '$1/$2')
    .replace(/\\partial\s*/g, '∂')
    .replace(/\\delta/g, 'δ')
    .replace(/\\eta/g, 'η')
    .replace(/\\text\{([^{}]*)\}/g, '$1')
    .replace(/\\ /g, ' ')
    .replace(/'/g, '′')
    .replace(/\^\{([^{}]*)\}/g, (_, s: string) => [...s].map((c) => SUPERSCRIPTS[c] ?? c).join(''))
    .replace(/_\{([^{}]*)\}/g, (_, s: string) => s.replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]))
    .replace(/[{}]/g, '');
}
