/**
 * A labelled native <select>. Options carry their label in each language (or one label for both,
 * for symbols such as 'tanh'), so a widget declares its choices once:
 *   { value: 'or', label: { en: 'OR', ko: 'OR' } }, { value: 'xor', label: 'XOR' }.
 * The value type is the union of the option values, matching an EnumField of the URL table.
 */
import type { Lang } from '../../../i18n';
import { h, uniqueId, type Guard } from './dom';

export interface SelectOption<V extends string> {
  readonly value: V;
  readonly label: string | Readonly<Record<Lang, string>>;
}

export interface SelectFieldOptions<V extends string> {
  readonly label: string;
  readonly options: readonly SelectOption<V>[];
  readonly value: V;
  readonly lang: Lang;
  readonly onChange?: (value: V) => void;
  /** The widget's error boundary: every listener this control attaches runs inside it. */
  readonly guard: Guard;
}

export interface SelectField<V extends string> {
  readonly element: HTMLElement;
  readonly select: HTMLSelectElement;
  readonly value: V;
  /** From the program; a value that is not an option is ignored. No onChange. */
  set(value: V): void;
  setDisabled(disabled: boolean): void;
}

export function optionLabel(label: SelectOption<string>['label'], lang: Lang): string {
  return typeof label === 'string' ? label : label[lang];
}

export function createSelectField<V extends string>(options: SelectFieldOptions<V>): SelectField<V> {
  const values = options.options.map((o) => o.value);
  if (!values.includes(options.value)) throw new Error(`select: "${options.value}" is not one of ${values.join(', ')}`);
  let value = options.value;

  const select = h('select', { id: uniqueId('select') });
  for (const option of options.options) select.append(h('option', { value: option.value }, optionLabel(option.label, options.lang)));
  select.value = value;
  select.addEventListener('change', options.guard(() => {
    const next = values.find((v) => v === select.value);
    if (next === undefined || next === value) return;
    value = next;
    options.onChange?.(next);
  }));

  const element = h('div', { class: 'nn-field nn-select-field' }, h('label', { for: select.id }, options.label), select);
  return {
    element,
    select,
    get value() {
      return value;
    },
    set(next) {
      if (!values.includes(next)) return;
      value = next;
      select.value = next;
    },
    setDisabled(disabled) {
      select.disabled = disabled;
    },
  };
}
