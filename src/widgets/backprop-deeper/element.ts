/**
 * <nn-backprop-deeper>: the deck's longer chain x → h₁ → h₂ → y, E = ½(y − y′)², backwards one factor
 * at a time: δ_y, then δ₂ = δ_y·sig(w₂h₁)′·w₃ (reusing δ_y), δ₁ = δ₂·sig(w₁x)′·w₂ (reusing δ₂), then
 * ∂E/∂w₃ = δ_y h₂, ∂E/∂w₂ = δ₂h₁, ∂E/∂w₁ = δ₁x. The lines are typeset at build time inside the element
 * (components/BackpropDeeper.astro); this fills in the revealed numbers ('?' for the rest), lights
 * each factor's part of the chain diagram, and marks a reused δ "from the step above" together with
 * the line it comes from. Walked with the kit's step bar. Numbers: the core's trace (reveal.ts).
 */
import { h } from '../kit/controls/dom';
import { showNumeral, writeNumeral } from '../kit/numeral';
import { formatLiveNumber } from '../kit/live-formula-tex';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill, type WidgetStringKey } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { createChainDiagram } from '../charts/chain-diagram';
import { subscriptPieces } from '../charts/subscript';
import { REVEAL, deeperValues, revealedDeltas, visibleNames, type RevealStep } from './reveal';
import { DEEPER_TABLE, W_MAX, W_MIN, X_MAX, X_MIN } from './state';

const HIDDEN = '?';
const num = (v: number, digits = 4) => formatLiveNumber(v, digits);
/** δ's and gradients get 6 decimals (they are small), as in the lines. */
const digitsOf = (name: string) => (/^(dy|d1|d2|g1|g2|g3|bdy|cd2|edy|fd2|gd1|E)$/.test(name) ? 6 : 4);
const total = REVEAL.length;

/** Writes `text` into an HTML element, δ_y as δ<sub>y</sub> (only when the text changed). */
function setSubscriptText(element: HTMLElement, text: string): void {
  if (element.dataset.text === text) return;
  element.dataset.text = text;
  element.replaceChildren(
    ...subscriptPieces(text).map((p) => {
      if (typeof p === 'string') return p;
      const sub = element.ownerDocument.createElement('sub');
      sub.textContent = p.sub;
      return sub;
    }),
  );
}

export const BackpropDeeperWidget = widgetElement({
  id: 'backprop-deeper',
  table: DEEPER_TABLE,
  model: deeperValues,

  view(kit) {
    const derivation = kit.host.querySelector<HTMLElement>('.nn-bd-derivation') ?? h('div', { class: 'nn-bd-derivation' });
    // Colour each factor's number by its role (underline; ChainDiagramStyles.astro).
    for (const step of REVEAL) {
      for (const node of derivation.querySelectorAll(`[data-live-value="${step.name}"]`)) node.setAttribute('data-role', step.role);
    }
    const field = (key: 'x' | 'w1' | 'w2' | 'w3' | 'yt', label: WidgetStringKey, min: number, max: number) =>
      kit.number(key, { label: kit.t(label), step: 0.1, size: 7, hint: `${num(min, 0)} … ${num(max, 0)}`, format: writeNumeral });
    const bar = kit.stepBar({ key: 'step', count: () => total, counterKey: 'deeperStepOf', nextKeys: ['.'], previousKeys: [','] });
    kit.shortcut('r', 'keysReset', bar.first);

    const current = h('p', { class: 'nn-bd-current' });
    const diagram = createChainDiagram({
      units: ['x', 'h₁', 'h₂', 'y'],
      weights: ['w₁', 'w₂', 'w₃'],
      slopes: ['h₁(1 − h₁)', 'h₂(1 − h₂)', 'y(1 − y)'],
      deltas: ['δ₁', 'δ₂', 'δ_y'],
      label: kit.t('deeperDiagram'),
    });
    // A fold (kit/fold.ts): the fields open on the page, closed to their summary line in full screen,
    // where the diagram carries x, the weights and E in large type.
    const valuesSummary = h('summary', { class: 'nn-bd-values-summary' });
    const fields = h(
      'details',
      { class: 'nn-bd-values', open: true, 'data-nn-fold': '' },
      valuesSummary,
      h(
        'div',
        { class: 'nn-bc-fields' },
        field('x', 'chainX', X_MIN, X_MAX),
        field('w1', 'deeperW1', W_MIN, W_MAX),
        field('w2', 'deeperW2', W_MIN, W_MAX),
        field('w3', 'deeperW3', W_MIN, W_MAX),
        field('yt', 'chainTarget', 0, 1),
      ),
    );
    const root = kit.layout({
      className: 'nn-bd',
      controls: [fields],
      bar: bar.element,
      // What the last step revealed, first: right under the bar when the layout is one column.
      visual: [current, h('div', { class: 'nn-bd-diagram' }, diagram.element), derivation],
    });
    return { root, derivation, formulas: liveFormulas(kit.id, derivation), current, diagram, valuesSummary };
  },

  render({ derivation, formulas, current, diagram, valuesSummary }, { state, model: values, t }) {
    const summary = fill(t('deeperValuesSummary'), { x: showNumeral(state.x), w1: showNumeral(state.w1), w2: showNumeral(state.w2), w3: showNumeral(state.w3), yt: showNumeral(state.yt) });
    if (valuesSummary.textContent !== summary) valuesSummary.textContent = summary;
    const shown = state.step;
    const visible = visibleNames(shown);
    const shownValues: Record<string, number> = {};
    const hiddenValues: Record<string, number> = {};
    for (const [name, value] of Object.entries(values)) (visible.has(name) ? shownValues : hiddenValues)[name] = value;
    updateLiveFormulas(formulas, shownValues);
    updateLiveFormulas(formulas, hiddenValues, () => HIDDEN);

    const step = shown > 0 ? REVEAL[shown - 1] : null;
    for (const node of derivation.querySelectorAll('.nn-bd-now, .nn-bd-source')) node.classList.remove('nn-bd-now', 'nn-bd-source');
    if (step) {
      for (const node of derivation.querySelectorAll(`span[data-live-value="${step.name}"]`)) node.classList.add('nn-bd-now');
      if (step.reuses) for (const node of derivation.querySelectorAll(`span[data-live-value="${step.reuses}"]`)) node.classList.add('nn-bd-source');
    }
    // The line being worked on (the first before any step): full screen shows that line alone.
    const lines = [...derivation.querySelectorAll('li')];
    const now = lines.find((line) => line.querySelector('.nn-bd-now')) ?? lines[0];
    for (const line of lines) line.classList.toggle('nn-bd-line-now', line === now);
    diagram.highlight(step ? [...step.parts, ...(step.completes ? [step.completes.part] : [])] : []);

    const deltas = revealedDeltas(shown);
    const slope = (name: string) => (visible.has(name) ? num(values[name]) : HIDDEN);
    diagram.setValues({
      'unit:0': num(values.x),
      'unit:1': num(values.h1),
      'unit:2': num(values.h2),
      'unit:3': num(values.y),
      'edge:1': num(state.w1),
      'edge:2': num(state.w2),
      'edge:3': num(state.w3),
      'slope:1': slope('cs1'),
      'slope:2': slope('bs2'),
      'slope:3': slope('asy'),
      'delta:1': deltas.has('delta:1') ? num(values.d1, 6) : HIDDEN,
      'delta:2': deltas.has('delta:2') ? num(values.d2, 6) : HIDDEN,
      'delta:3': deltas.has('delta:3') ? num(values.dy, 6) : HIDDEN,
      error: num(values.E, 6),
    });

    const text = step ? describe(t, values, step, shown) : t('deeperStart');
    setSubscriptText(current, text);
    current.dataset.reused = String(Boolean(step?.reuses));
    return text.replace(/δ_y/g, 'δ y');
  },
});

/** "Factor k of 14: {symbol} = {value}, {what}." and, with a line's last factor, the line's result. */
function describe(t: (key: WidgetStringKey) => string, values: Record<string, number>, step: RevealStep, k: number): string {
  const value = num(values[step.name], digitsOf(step.name));
  let what: string;
  if (step.reuses) what = fill(t('deeperWhatReused'), { delta: step.symbol, value });
  else if (step.role === 'error') what = t('deeperWhatError');
  else if (step.role === 'slope') what = fill(t(step.of === 'h₂' ? 'deeperWhatSlopeH2' : 'deeperWhatSlope'), { unit: step.of ?? '' });
  else if (step.role === 'weight') what = fill(t('deeperWhatWeight'), { w: step.of ?? '' });
  else what = fill(t('deeperWhatInput'), { w: step.of ?? '' });
  const text = fill(t('deeperFactor'), { step: k, total, symbol: step.symbol, value, what });
  return step.completes ? `${text} ${fill(t('deeperComplete'), { symbol: step.completes.symbol, value: num(values[step.completes.name], 6) })}` : text;
}
