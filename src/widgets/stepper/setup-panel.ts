/**
 * The stepper's set-up panel: layer sizes, a compact editable table per layer (a row per unit: its
 * weights from each input, then its bias), the example (x, y′) and η, a seed to draw friendly numbers
 * from, and the options (biases updated or fixed, rounding, compute from rounded values, notation).
 * Every number goes through a validated box (controls/number-input.ts); the sizes through parseSizes.
 * The panel owns the edited problem and reports each valid change; setProblem replaces it from outside
 * (a loaded JSON, a reload).
 */
import { activationAndLoss } from './names';
import { randomTraceProblem, SpecError, type TraceProblem } from '../../core';
import type { Lang } from '../../i18n';
import { h, setText, uniqueId, type Guard } from '../kit/controls/dom';
import { createNumberField } from '../kit/controls/number-field';
import { createNumberInput } from '../kit/controls/number-input';
import { createSeedField } from '../kit/controls/seed-field';
import { createSelectField } from '../kit/controls/select-field';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { ETA_MAX, ETA_MIN, parseSizes, sizesOf, VALUE_LIMIT, type StepperUrlState } from './problem-url';
import { resizeProblem } from './setup-model';
import { layerSuperscript, subscript } from './format';

export type SetupOptions = Pick<StepperUrlState, 'dec' | 'rounded' | 'notation' | 'seed'>;

export interface SetupPanelOptions {
  readonly lang: Lang;
  /** The widget's error boundary, for every control of the panel. */
  readonly guard: Guard;
  readonly problem: TraceProblem;
  readonly options: SetupOptions;
  readonly onProblem: (problem: TraceProblem) => void;
  readonly onOptions: (options: SetupOptions) => void;
}

export interface SetupPanel {
  readonly element: HTMLElement;
  setProblem(problem: TraceProblem): void;
}

const clone = (problem: TraceProblem): TraceProblem => structuredClone(problem);

export function createSetupPanel(config: SetupPanelOptions): SetupPanel {
  const { lang } = config;
  const t = (key: WidgetStringKey) => widgetString(key, lang);
  let problem = clone(config.problem);
  const options: SetupOptions = { ...config.options };

  const changed = () => config.onProblem(clone(problem));
  const numberBox = (value: number, label: string, onCommit: (v: number) => void, messages: HTMLElement) => {
    const box = createNumberInput({ value, min: -VALUE_LIMIT, max: VALUE_LIMIT, step: 0.1, size: 5, lang, onCommit, guard: config.guard });
    box.input.setAttribute('aria-label', label);
    messages.append(box.message);
    return box.input;
  };

  // ——— sizes ———
  const sizesInput = h('input', { type: 'text', id: uniqueId('sizes'), size: 10, autocomplete: 'off', spellcheck: 'false' }); // "2-3-1": a numeric keypad has no dash
  const sizesHint = h('span', { class: 'nn-field-hint', id: uniqueId('hint') }, t('stepperSizesHint'));
  const sizesMessage = h('span', { class: 'nn-field-message', id: uniqueId('message'), role: 'status' });
  sizesInput.setAttribute('aria-describedby', `${sizesHint.id} ${sizesMessage.id}`);
  const sizesField = h('div', { class: 'nn-field nn-st-sizes' }, h('label', { for: sizesInput.id }, t('stepperSizes')), sizesInput, sizesHint, sizesMessage);
  const commitSizes = () => {
    const text = sizesInput.value.trim().replace(/\s*[-x×,]\s*/g, '-');
    const current = sizesOf(problem).join('-');
    if (text === current) {
      sizesInput.value = current;
      setText(sizesMessage, '');
      sizesField.classList.remove('nn-field--corrected');
      return;
    }
    try {
      const sizes = parseSizes(text);
      problem = resizeProblem(problem, randomTraceProblem(options.seed, sizes, { learningRate: problem.learningRate, updateBias: problem.updateBias }));
      setText(sizesMessage, '');
      sizesField.classList.remove('nn-field--corrected');
      renderNumbers();
      changed();
    } catch (error) {
      if (!(error instanceof SpecError || error instanceof RangeError)) throw error;
      setText(sizesMessage, fill(t('stepperSizesInvalid'), { problem: error.message }));
      sizesField.classList.add('nn-field--corrected');
      sizesInput.value = current;
    }
  };
  sizesInput.addEventListener('change', config.guard(commitSizes));
  sizesInput.addEventListener(
    'keydown',
    config.guard((event: KeyboardEvent) => {
      if (event.key === 'Enter') commitSizes();
    }),
  );

  // ——— the numbers: one table per layer, then the example ———
  const numbers = h('div', { class: 'nn-st-values' });
  const unitName = (layer: number, j: number) => (layer === 0 ? `x${subscript(j + 1)}` : layer === problem.layers.length ? `y${subscript(j + 1)}` : `h${subscript(j + 1)}${layerSuperscript(layer)}`);

  function layerTable(l: number): HTMLElement {
    const layer = problem.layers[l];
    const inputs = layer.weights[0].length;
    const last = l === problem.layers.length - 1;
    const messages = h('div', { class: 'nn-st-messages' });
    const head = h(
      'tr',
      {},
      h('th', { scope: 'col' }, t('stepperUnit')),
      ...Array.from({ length: inputs }, (_, i) => h('th', { scope: 'col' }, fill(t('stepperFrom'), { name: unitName(l, i) }))),
      h('th', { scope: 'col' }, t('stepperBias')),
    );
    const rows = layer.weights.map((row, j) => {
      const to = unitName(l + 1, j);
      return h(
        'tr',
        {},
        h('th', { scope: 'row' }, to),
        ...row.map((w, i) =>
          h(
            'td',
            {},
            numberBox(
              w,
              fill(t('stepperWeightLabel'), { sup: layerSuperscript(l + 1), j: subscript(j + 1), i: subscript(i + 1), from: unitName(l, i), to }),
              (v) => {
                problem.layers[l].weights[j][i] = v;
                changed();
              },
              messages,
            ),
          ),
        ),
        h(
          'td',
          {},
          numberBox(
            layer.bias[j],
            fill(t('stepperBiasLabel'), { sup: layerSuperscript(l + 1), j: subscript(j + 1), to }),
            (v) => {
              problem.layers[l].bias[j] = v;
              changed();
            },
            messages,
          ),
        ),
      );
    });
    const caption = fill(t('stepperLayer'), { layer: l + 1, sup: layerSuperscript(l + 1), kind: t(last ? 'stepperOutput' : 'stepperHidden') });
    return h('div', { class: 'nn-st-layer' }, h('table', { class: 'nn-st-grid' }, h('caption', {}, caption), h('thead', {}, head), h('tbody', {}, ...rows)), messages);
  }

  function exampleTable(): HTMLElement {
    const messages = h('div', { class: 'nn-st-messages' });
    const cells = (values: number[], label: (k: number) => string) =>
      values.map((v, k) => h('td', {}, numberBox(v, label(k), (next) => ((values[k] = next), changed()), messages)));
    const eta = createNumberField({
      label: t('stepperEta'),
      guard: config.guard,
      value: problem.learningRate,
      min: ETA_MIN,
      max: ETA_MAX,
      step: 0.1,
      size: 6,
      lang,
      hint: `${ETA_MIN} … ${ETA_MAX}`,
      onChange: (v) => {
        problem.learningRate = v;
        changed();
      },
    });
    const width = Math.max(problem.input.length, problem.target.length);
    const pad = (n: number) => Array.from({ length: width - n }, () => h('td', {}));
    return h(
      'div',
      { class: 'nn-st-layer' },
      h(
        'table',
        { class: 'nn-st-grid' },
        h('caption', {}, t('stepperExample')),
        h(
          'tbody',
          {},
          h('tr', {}, h('th', { scope: 'row' }, 'x'), ...cells(problem.input, (k) => fill(t('stepperInputLabel'), { i: subscript(k + 1) })), ...pad(problem.input.length)),
          h('tr', {}, h('th', { scope: 'row' }, 'y′'), ...cells(problem.target, (k) => fill(t('stepperTargetLabel'), { j: subscript(k + 1) })), ...pad(problem.target.length)),
        ),
      ),
      messages,
      eta.element,
    );
  }

  const activations = h('p', { class: 'nn-st-activations' });
  function renderNumbers(): void {
    sizesInput.value = sizesOf(problem).join('-');
    numbers.replaceChildren(...problem.layers.map((_, l) => layerTable(l)), exampleTable());
    setText(activations, fill(t('stepperActivation'), activationAndLoss(t, problem.layers.map((layer) => layer.activation), problem.loss)));
    updateBias.checked = problem.updateBias;
  }

  // ——— seed and options ———
  const seed = createSeedField({ guard: config.guard,
    value: options.seed,
    lang,
    label: t('stepperSeed'),
    onChange: (v) => {
      options.seed = v;
      config.onOptions({ ...options });
    },
  });
  const draw = h('button', { type: 'button', class: 'nn-st-draw' }, t('stepperDraw'));
  draw.addEventListener(
    'click',
    config.guard(() => {
      problem = randomTraceProblem(options.seed, sizesOf(problem), { learningRate: problem.learningRate, updateBias: problem.updateBias });
      renderNumbers();
      changed();
    }),
  );
  const checkbox = (label: string, checked: boolean, onChange: (checked: boolean) => void) => {
    const input = h('input', { type: 'checkbox', id: uniqueId('check') });
    input.checked = checked;
    input.addEventListener(
      'change',
      config.guard(() => onChange(input.checked)),
    );
    return { input, element: h('div', { class: 'nn-field nn-st-check' }, input, h('label', { for: input.id }, label)) };
  };
  const bias = checkbox(t('stepperUpdateBias'), problem.updateBias, (checked) => {
    problem.updateBias = checked;
    changed();
  });
  const updateBias = bias.input;
  const decimals = createSelectField({ guard: config.guard,
    label: t('stepperDecimals'),
    options: (['4', '6', '9'] as const).map((n) => ({ value: n, label: fill(t('stepperDecimalsOption'), { n }) })),
    value: options.dec,
    lang,
    onChange: (v) => {
      options.dec = v;
      config.onOptions({ ...options });
    },
  });
  const rounded = checkbox(t('stepperFromRounded'), options.rounded, (checked) => {
    options.rounded = checked;
    config.onOptions({ ...options });
  });
  const notation = createSelectField({ guard: config.guard,
    label: t('stepperNotation'),
    options: [
      { value: 'delta', label: t('stepperNotationDelta') },
      { value: 'partial', label: t('stepperNotationPartial') },
    ],
    value: options.notation,
    lang,
    onChange: (v) => {
      options.notation = v;
      config.onOptions({ ...options });
    },
  });

  const element = h(
    'div',
    { class: 'nn-st-setup-body' },
    h('div', { class: 'nn-st-row' }, sizesField, seed.element, draw),
    numbers,
    activations,
    h('div', { class: 'nn-st-row' }, bias.element, decimals.element, rounded.element, notation.element),
  );
  renderNumbers();

  return {
    element,
    setProblem(next) {
      problem = clone(next);
      setText(sizesMessage, '');
      sizesField.classList.remove('nn-field--corrected');
      renderNumbers();
    },
  };
}
