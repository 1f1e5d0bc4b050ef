/**
 * The seed of a widget's random draws (initial weights, data, shuffles, dropout masks): a whole-number
 * field (0 … 2³² − 1, validated like every numeric field) and a "New seed" button that draws the
 * next seed deterministically from the current one (seed.ts). Both report through onChange.
 */
import type { Lang } from '../../../i18n';
import { widgetString } from '../strings';
import { h, type Guard } from './dom';
import { createNumberField } from './number-field';
import { nextSeed, SEED_MAX, SEED_MIN } from './seed';

export interface SeedFieldOptions {
  readonly value: number;
  readonly lang: Lang;
  /** Default: "Seed" in the reader's language. */
  readonly label?: string;
  readonly onChange?: (seed: number) => void;
  /** The widget's error boundary: every listener this control attaches runs inside it. */
  readonly guard: Guard;
}

export interface SeedField {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  readonly button: HTMLButtonElement;
  readonly value: number;
  /** From the program: coerced into 0 … 2³² − 1, no onChange. */
  set(seed: number): void;
  setDisabled(disabled: boolean): void;
}

export function createSeedField(options: SeedFieldOptions): SeedField {
  const field = createNumberField({
    label: options.label ?? widgetString('seedLabel', options.lang),
    value: options.value,
    min: SEED_MIN,
    max: SEED_MAX,
    integer: true,
    lang: options.lang,
    size: 10,
    onChange: options.onChange,
    guard: options.guard,
  });
  const button = h('button', { type: 'button', class: 'nn-seed-new' }, widgetString('seedNew', options.lang));
  button.addEventListener('click', options.guard(() => {
    const seed = nextSeed(field.value);
    field.set(seed);
    options.onChange?.(seed);
  }));
  // The button sits before the message, so the message stays last in the row.
  field.element.classList.add('nn-seed-field');
  field.element.insertBefore(button, field.element.querySelector('.nn-field-message'));
  return {
    element: field.element,
    input: field.input,
    button,
    get value() {
      return field.value;
    },
    set: (seed) => field.set(seed),
    setDisabled(disabled) {
      field.setDisabled(disabled);
      button.disabled = disabled;
    },
  };
}
