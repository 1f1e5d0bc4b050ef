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
import type { Lang } from '../../../i18n';
import { h, uniqueId, type Guard } from './dom';
import { createNumberInput } from './number-input';

export interface NumberFieldOptions {
  /** The visible label, e.g. 'η (learning rate)'. */
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  /** ArrowUp/ArrowDown step (Shift ×10). Default 1 for integers, none otherwise. */
  readonly step?: number;
  readonly lang: Lang;
  readonly format?: (value: number) => string;
  /** Text after the box: a unit or the range. */
  readonly hint?: string;
  readonly size?: number;
  /** Each committed, valid, changed value. */
  readonly onChange?: (value: number) => void;
  /** The widget's error boundary: every listener this control attaches runs inside it. */
  readonly guard: Guard;
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
