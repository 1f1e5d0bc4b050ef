/**
 * Names in the delta-reuse widget, as the core's trace writes them: x_i for inputs, h^{(l)}_j for
 * hidden units, y_k for outputs; and, for the two chains of the chapter, the section's own names of
 * their δ's (δ_y, δ_h; δ_y, δ₂, δ₁).
 */
import type { WidgetStringKey } from '../kit/strings';

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const digits = (n: number, set: string) => [...String(n)].map((d) => set[Number(d)]).join('');

/** Unit j (from 1) of layer l (0 = inputs): x₁, h₂⁽¹⁾, y₁. */
export function unitName(layer: number, unit: number, sizes: readonly number[]): string {
  if (layer === 0) return `x${digits(unit, SUB)}`;
  if (layer === sizes.length - 1) return `y${digits(unit, SUB)}`;
  return `h${digits(unit, SUB)}⁽${digits(layer, SUP)}⁾`;
}

/** Every unit's name, by layer. */
export function unitLabels(sizes: readonly number[]): string[][] {
  return sizes.map((n, l) => Array.from({ length: n }, (_, k) => unitName(l, k + 1, sizes)));
}

/** The menu's text of a shape: '2–3–3–1', the two chains named. */
export function shapeLabel(shape: string, t: (key: WidgetStringKey) => string): string {
  const text = shape.replace(/-/g, '–');
  if (shape === '1-1-1') return t('drShapeChain').replace('{shape}', text);
  if (shape === '1-1-1-1') return t('drShapeDeeper').replace('{shape}', text);
  return text;
}

/** The section's names of the chains' δ's, in LaTeX, or null for the other shapes. */
export function deltaNames(shape: string): string | null {
  if (shape === '1-1-1') return String.raw`\delta^{(2)}_{1} = \delta_y, \quad \delta^{(1)}_{1} = \delta_h`;
  if (shape === '1-1-1-1') return String.raw`\delta^{(3)}_{1} = \delta_y, \quad \delta^{(2)}_{1} = \delta_2, \quad \delta^{(1)}_{1} = \delta_1`;
  return null;
}
