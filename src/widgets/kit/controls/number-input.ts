/**
 * A typed number box and its inline message: the part shared by the numeric field, the slider pair
 * and the seed field. Bad input never leaves it: the typed text is read by parseNumberInput
 * (validate.ts) when the reader commits it (Enter or leaving the field — not on every keystroke, so
 * "-" on the way to "-0.5" is not an error), and what goes on is always a valid number: the text's
 * value, or the clamped value / the last good value with a message saying which and why.
 *
 * `type="text"` rather than `type="number"`: a number input hides what was typed
 * (its value is '' for "abc" and for "1e999"), so the message could not say what was wrong; the
 * grammar is numeral.ts's either way. ArrowUp/ArrowDown step the value (Shift: ten steps), as a
 * number input would. The on-screen keyboard: a numeric or decimal keypad for a field that takes no
 * negative number; otherwise the full one, since iPhones' keypads have no minus key.
 *
 * The message element has role="status" (announced politely when it appears) and is the input's
 * aria-describedby, so it is read again when the reader comes back to the field.
 */
import type { Lang } from '../../../i18n';
import { formatMessage } from '../strings';
import { parseNumberInput } from '../validate';
import { coerce, decimalsOf } from './numeric';
import { h, setText, uniqueId, type Guard } from './dom';

export interface NumberInputOptions {
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (seeds, epochs, units). */
  readonly integer?: boolean;
  /** ArrowUp/ArrowDown move by this much (Shift: ×10). Default 1 for integers; none otherwise. */
  readonly step?: number;
  readonly lang: Lang;
  /** How a value is written into the box. Default String: the shortest text that reads back the same. */
  readonly format?: (value: number) => string;
  /** Width of the box in characters. Default 8. */
  readonly size?: number;
  /** Called with each committed value that differs from the previous one (Object.is). */
  readonly onCommit?: (value: number) => void;
  /** The widget's error boundary: every listener this control attaches runs inside it. */
  readonly guard: Guard;
}

export interface NumberInput {
  readonly input: HTMLInputElement;
  /** The inline message (empty while all is well). */
  readonly message: HTMLElement;
  /** The last committed, valid value. */
  readonly value: number;
  /** Sets the value from the program (URL state, a slider, a reset): coerced into the rule, no onCommit, message cleared. */
  set(value: number): void;
  /** Shows a message (or clears it with null). */
  showMessage(text: string | null): void;
}

export function createNumberInput(options: NumberInputOptions): NumberInput {
  const { min, max, lang } = options;
  const format = options.format ?? String;
  const step = options.step ?? (options.integer ? 1 : undefined);
  let value = coerce(options.value, options, min);

  const messageId = uniqueId('message');
  const message = h('span', { class: 'nn-field-message', id: messageId, role: 'status' });
  const input = h('input', {
    type: 'text',
    inputmode: min < 0 ? 'text' : options.integer ? 'numeric' : 'decimal',
    autocomplete: 'off',
    spellcheck: 'false',
    size: options.size ?? 8,
    'aria-describedby': messageId,
  });
  input.value = format(value);

  function showMessage(text: string | null): void {
    setText(message, text ?? '');
    input.closest('.nn-field')?.classList.toggle('nn-field--corrected', text !== null);
  }

  function accept(next: number): void {
    input.value = format(next);
    if (Object.is(next, value)) return;
    value = next;
    options.onCommit?.(next);
  }

  function commit(): void {
    // Unchanged text (e.g. the `change` that follows an Enter already handled) keeps the message.
    if (input.value === format(value)) return;
    const result = parseNumberInput(input.value, { min, max, integer: options.integer, fallback: value });
    if (result.ok) showMessage(null);
    else {
      // The numbers in the message written as the field writes them (a seed's 4294967295, not 4.29e+9),
      // with a true minus as in running text ("−5 to 5"); the box itself keeps the typable "-".
      const text = (v: number) => format(v).replace(/^-/, '−');
      const params = { ...result.message.params, min: text(min), max: text(max), value: text(result.value) };
      showMessage(formatMessage({ key: result.message.key, params }, lang));
    }
    accept(result.value);
  }

  input.addEventListener('change', options.guard(commit));
  input.addEventListener('keydown', options.guard((event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      commit();
    } else if (step !== undefined && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      commit();
      const delta = (event.key === 'ArrowUp' ? 1 : -1) * step * (event.shiftKey ? 10 : 1);
      showMessage(null);
      // Rounded to the step's decimals, so 0.1 + 0.2 shows as 0.3.
      accept(coerce(Number((value + delta).toFixed(decimalsOf(step))), options, value));
    }
  }));

  return {
    input,
    message,
    get value() {
      return value;
    },
    set(next) {
      value = coerce(next, options, value);
      input.value = format(value);
      showMessage(null);
    },
    showMessage,
  };
}
