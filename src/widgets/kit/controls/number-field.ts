/**
 * A labelled numeric field: <label>, a typed number box (number-input.ts: validation on commit, the
 * inline message) and, when given, a short hint after the box (a unit, or the range "0.001–10").
 *
 * Markup (hooks for CSS and tests):
 *   <div class="nn-field nn-number-field">
 *     <label for=…>η</label> <input type=text …> <span class="nn-field-hint">…</span>
 *     <span class="nn-field-message" role="status">…</span>
 *   </div>
 */
import { h, uniqueId } from './dom';
import { createNumberInput, type NumberInputOptions } from './number-input';

/** The box's options (number-input.ts) but its commit callback, which the field calls onChange. */
export interface NumberFieldOptions extends Omit<NumberInputOptions, 'onCommit'> {
  /** The visible label, e.g. 'η (learning rate)'. */
  readonly label: string;
  /** Text after the box: a unit or the range. */
  readonly hint?: string;
  /** Each committed, valid, changed value. */
  readonly onChange?: (value: number) => void;
}

export interface NumberField {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  /** The last valid value. */
  readonly value: number;
  /** From the program (URL state, reset): coerced into range, no onChange. */
  set(value: number): void;
  setDisabled(disabled: boolean): void;
}

export function createNumberField(options: NumberFieldOptions): NumberField {
  const box = createNumberInput({ ...options, onCommit: options.onChange });
  box.input.id = uniqueId('field');
  const hint = options.hint ? h('span', { class: 'nn-field-hint', id: uniqueId('hint') }, options.hint) : null;
  if (hint) box.input.setAttribute('aria-describedby', `${hint.id} ${box.message.id}`);
  const element = h(
    'div',
    { class: 'nn-field nn-number-field' },
    h('label', { for: box.input.id }, options.label),
    box.input,
    hint,
    box.message,
  );
  return {
    element,
    input: box.input,
    get value() {
      return box.value;
    },
    set: (value) => box.set(value),
    setDisabled(disabled) {
      box.input.disabled = disabled;
    },
  };
}
