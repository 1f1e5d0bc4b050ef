/**
 * The arithmetic of the numeric controls, pure so it is unit-tested in Node
 * (tests/unit/widgets/controls/numeric.test.ts): coercing a value into a field's rule, and mapping a
 * slider's position to a value on a linear or a logarithmic scale.
 *
 * A log slider is for quantities that matter by their order of magnitude — η from 0.001 to 10 —
 * where a linear slider would give 0.001…1 one percent of its track. Its position is log₁₀(value);
 * the value it gives is rounded to three significant digits (0.0316, not 0.031622776601683794), so
 * what the reader sees, what the URL stores and what the core receives are the same number.
 */

export type SliderScale = 'linear' | 'log';

export interface NumberRuleLike {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

/** `value` within the rule: rounded if integer, clamped to [min, max], NaN → fallback, never −0. */
export function coerce(value: number, rule: NumberRuleLike, fallback: number): number {
  const v = Number.isFinite(value) ? value : fallback;
  const whole = rule.integer ? Math.round(v) : v;
  return Math.min(rule.max, Math.max(rule.min, whole)) || 0;
}

/** Decimal places a step needs: 0.05 → 2, 1e-3 → 3, 5 → 0 (at most 12). */
export function decimalsOf(step: number): number {
  for (let d = 0; d < 12; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(Math.round(scaled) - scaled) < 1e-9 * Math.max(1, scaled)) return d;
  }
  return 12;
}

/** x rounded to `digits` significant digits (0 stays 0). */
export function roundSignificant(x: number, digits = 3): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(digits));
}

/** x rounded to a multiple of `step` counted from `origin`, with the step's decimals (no 0.30000000000000004). */
export function roundToStep(x: number, step: number, origin = 0): number {
  const n = Math.round((x - origin) / step);
  return Number((origin + n * step).toFixed(Math.max(decimalsOf(step), decimalsOf(origin))));
}

export interface SliderRange {
  readonly min: number;
  readonly max: number;
  /** The native range input's `step`. */
  readonly step: number;
}

/**
 * The native range input's min/max/step for a field. Linear: the field's own range, with `step`
 * (default: a hundredth of the range, or 1 for integers). Log: exponents, 100 positions per decade.
 */
export function sliderRange(rule: NumberRuleLike, scale: SliderScale, step?: number): SliderRange {
  if (scale === 'log') {
    if (!(rule.min > 0)) throw new RangeError(`log slider: min must be > 0, got ${rule.min}`);
    return { min: Math.log10(rule.min), max: Math.log10(rule.max), step: 0.01 };
  }
  return { min: rule.min, max: rule.max, step: step ?? (rule.integer ? 1 : (rule.max - rule.min) / 100) };
}

/** The value a slider position stands for, within the rule. */
export function sliderToValue(position: number, rule: NumberRuleLike, scale: SliderScale, step?: number): number {
  const range = sliderRange(rule, scale, step);
  const raw = scale === 'log' ? roundSignificant(10 ** position) : roundToStep(position, range.step, rule.min);
  return coerce(raw, rule, rule.min);
}

/** The slider position that shows `value`. */
export function valueToSlider(value: number, rule: NumberRuleLike, scale: SliderScale): number {
  const v = coerce(value, rule, rule.min);
  return scale === 'log' ? Math.log10(v) : v;
}
