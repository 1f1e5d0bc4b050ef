/**
 * A slider with a typed number box beside it, both for one value: drag for a feel of the range,
 * type for an exact number. The slider gives values on every `input` event (a drag updates the
 * demo live); the box validates what is typed on commit (number-input.ts) and moves the slider.
 * Either way only valid values go on — a slider cannot leave its range, and the box never passes
 * what parseNumberInput refused.
 *
 * `scale: 'log'` puts the slider on log₁₀(value) (numeric.ts), for η and friends; the box still takes
 * any value in range, so 0.0123 can be typed even if the slider would land on 0.0123's neighbours.
 *
 * The slider is labelled by the visible <label>; the box by "η, typed value" (fieldTyped), so the
 * two controls have distinct names. The slider's aria-valuetext is the box's text, not the exponent.
 */
import type { Lang } from '../../../i18n';
import { fill, widgetString } from '../strings';
import { h, uniqueId, type Guard } from './dom';
import { createNumberInput } from './number-input';
import { sliderRange, sliderToValue, valueToSlider, type SliderScale } from './numeric';

export interface SliderFieldOptions {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly lang: Lang;
  /** Default 'linear'. 'log' needs min > 0. */
  readonly scale?: SliderScale;
  /** The linear slider's step (default: 1/100 of the range, 1 for integers); also the box's arrow-key step. */
  readonly step?: number;
  readonly format?: (value: number) => string;
  /** Each valid changed value, from the slider (while dragging) or the box (on commit). */
  readonly onChange?: (value: number) => void;
  /** The widget's error boundary: every listener this control attaches runs inside it. */
  readonly guard: Guard;
}

export interface SliderField {
  readonly element: HTMLElement;
  readonly slider: HTMLInputElement;
  readonly input: HTMLInputElement;
  readonly value: number;
  /** From the program: coerced into range, no onChange. */
  set(value: number): void;
  setDisabled(disabled: boolean): void;
}

export function createSliderField(options: SliderFieldOptions): SliderField {
  const scale = options.scale ?? 'linear';
  const format = options.format ?? String;
  const range = sliderRange(options, scale, options.step);

  const slider = h('input', { type: 'range', id: uniqueId('slider'), min: range.min, max: range.max, step: range.step });
  const showOnSlider = (value: number) => {
    slider.value = String(valueToSlider(value, options, scale));
    slider.setAttribute('aria-valuetext', format(value));
  };

  const box = createNumberInput({
    ...options,
    step: scale === 'linear' ? range.step : undefined,
    onCommit: (value) => {
      showOnSlider(value);
      options.onChange?.(value);
    },
  });
  box.input.setAttribute('aria-label', fill(widgetString('fieldTyped', options.lang), { label: options.label }));
  slider.setAttribute('aria-describedby', box.message.id);
  showOnSlider(box.value);

  slider.addEventListener('input', options.guard(() => {
    const value = sliderToValue(Number(slider.value), options, scale, options.step);
    slider.setAttribute('aria-valuetext', format(value));
    if (Object.is(value, box.value)) return;
    box.set(value);
    options.onChange?.(value);
  }));

  const element = h(
    'div',
    { class: 'nn-field nn-slider-field' },
    h('label', { for: slider.id }, options.label),
    slider,
    box.input,
    box.message,
  );

  return {
    element,
    slider,
    input: box.input,
    get value() {
      return box.value;
    },
    set(value) {
      box.set(value);
      showOnSlider(box.value);
    },
    setDisabled(disabled) {
      slider.disabled = disabled;
      box.input.disabled = disabled;
    },
  };
}
