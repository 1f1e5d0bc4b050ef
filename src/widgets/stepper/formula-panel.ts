/**
 * The current step as formulas: the quantity and its general formula in the deck's notation, then the
 * same formula with the numbers substituted (the operands that are earlier steps marked `data-step`
 * by the trace and highlighted here, as "uses") and the value.
 */
import type { TraceStep } from '../../core';
import type { Lang } from '../../i18n';
import { h, setText } from '../kit/controls/dom';
import { widgetString, type WidgetStringKey } from '../kit/strings';
import { setMath } from './set-math';

export interface FormulaPanel {
  readonly element: HTMLElement;
  /** The step just computed; `hideNumbers` while the quiz waits for the reader's value of it. */
  show(step: TraceStep | undefined, decimals: number, hideNumbers?: boolean): void;
}

/** The value as the trace writes it in formulas ('-0.0927', never '-0.0000'). */
export function texValue(v: number, decimals: number): string {
  const text = v.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

export function createFormulaPanel(lang: Lang): FormulaPanel {
  const title = h('h3', { class: 'nn-st-panel-title' }, widgetString('stepperFormulaTitle', lang));
  const start = h('p', { class: 'nn-st-start' }, widgetString('stepperStart', lang));
  const generalLabel = h('span', { class: 'nn-st-line-label' }, widgetString('stepperGeneral', lang));
  const numbersLabel = h('span', { class: 'nn-st-line-label' }, widgetString('stepperNumbers', lang));
  // A long formula scrolls sideways on a phone; a scrolling region must be reachable by keyboard.
  const region = (className: string, key: WidgetStringKey) =>
    h('div', { class: `nn-st-math ${className}`, tabindex: 0, role: 'group', 'aria-label': widgetString(key, lang) });
  const general = region('nn-st-general', 'stepperGeneral');
  const numbers = region('nn-st-numbers', 'stepperNumbers');
  const result = h('div', { class: 'nn-st-math nn-st-result' });
  const note = h('p', { class: 'nn-st-note' }, widgetString('stepperUsesNote', lang));
  const lines = h('div', { class: 'nn-st-lines' }, generalLabel, general, numbersLabel, numbers, result);
  const element = h('section', { class: 'nn-st-formula' }, title, start, lines, note);

  return {
    element,
    show(step, decimals, hideNumbers = false) {
      start.hidden = step !== undefined;
      lines.hidden = step === undefined;
      if (!step) {
        note.hidden = true;
        element.dataset.phase = 'start';
        return;
      }
      element.dataset.phase = step.phase;
      const same = step.generalFormula === step.symbol;
      setMath(general, same ? step.symbol : `${step.symbol} = ${step.generalFormula}`, true);
      numbersLabel.hidden = numbers.hidden = result.hidden = hideNumbers;
      note.hidden = hideNumbers || step.dependsOn.length === 0;
      if (!hideNumbers) {
        // The value on a line of its own, so a long substituted formula never pushes it out of view.
        setMath(numbers, `= ${step.formula}`, true);
        setMath(result, `${step.symbol} = ${texValue(step.value, decimals)}`, true);
      }
      setText(numbersLabel, widgetString('stepperNumbers', lang));
    },
  };
}
