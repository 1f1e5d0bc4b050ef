/**
 * <nn-backprop-deeper>: the deck's longer chain x → h₁ → h₂ → y, E = ½(y − y′)², backwards one factor
 * at a time: δ_y, then δ₂ = δ_y·sig(w₂h₁)′·w₃ (reusing δ_y), δ₁ = δ₂·sig(w₁x)′·w₂ (reusing δ₂), then
 * ∂E/∂w₃ = δ_y h₂, ∂E/∂w₂ = δ₂h₁, ∂E/∂w₁ = δ₁x. The lines are typeset at build time inside the element
 * (components/BackpropDeeper.astro); this fills in the revealed numbers ('?' for the rest), lights
 * each factor's part of the chain diagram, and marks a reused δ "from the step above" together with
 * the line it comes from. Numbers: the core's trace (reveal.ts).
 */
import { h, setText } from '../kit/controls/dom';
import { icon } from '../kit/controls/icons';
import { createNumberField, type NumberField } from '../kit/controls/number-field';
import { frameOf, showUrlNotice } from '../kit/frame';
import { formatLiveNumber } from '../kit/live-formula-tex';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { readUrlState, writeUrlState } from '../kit/page-url';
import type { UrlState } from '../kit/url-state';
import { NnWidget } from '../kit/widget-element';
import { createChainDiagram } from '../charts/chain-diagram';
import { subscriptPieces } from '../charts/subscript';
import { REVEAL, deeperValues, revealedDeltas, visibleNames, type RevealStep } from './reveal';
import { DEEPER_TABLE, W_MAX, W_MIN, X_MAX, X_MIN } from './state';

const HIDDEN = '?';
const num = (v: number, digits = 4) => formatLiveNumber(v, digits);
/** δ's and gradients get 6 decimals (they are small), as in the lines. */
const digitsOf = (name: string) => (/^(dy|d1|d2|g1|g2|g3|bdy|cd2|edy|fd2|gd1|E)$/.test(name) ? 6 : 4);

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

export class BackpropDeeperWidget extends NnWidget {
  protected start(): void {
    const lang = this.uiLang;
    const t = (key: WidgetStringKey) => widgetString(key, lang);
    const id = frameOf(this)?.id ?? 'backprop-deeper';
    const { state: initial, ignored } = readUrlState(id, DEEPER_TABLE);
    showUrlNotice(this, ignored, lang);
    const state: UrlState<typeof DEEPER_TABLE> = { ...initial };
    const total = REVEAL.length;

    const derivation = this.querySelector<HTMLElement>('.nn-bd-derivation') ?? h('div', { class: 'nn-bd-derivation' });
    const formulas = liveFormulas(id, derivation);
    // Colour each factor's number by its role (underline; ChainDiagramStyles.astro).
    for (const step of REVEAL) {
      for (const node of derivation.querySelectorAll(`[data-live-value="${step.name}"]`)) node.setAttribute('data-role', step.role);
    }
    let values = deeperValues(state);

    const field = (key: 'x' | 'w1' | 'w2' | 'w3' | 'yt', label: WidgetStringKey, min: number, max: number): NumberField =>
      createNumberField({ guard: this.guarded,
        label: t(label),
        value: state[key],
        min,
        max,
        step: 0.1,
        lang,
        size: 7,
        hint: `${num(min, 0)} … ${num(max, 0)}`,
        format: (v) => String(Number(v.toFixed(6))),
        onChange: (v) => {
          state[key] = v;
          values = deeperValues(state);
          render();
        },
      });
    const fields = [
      field('x', 'chainX', X_MIN, X_MAX),
      field('w1', 'deeperW1', W_MIN, W_MAX),
      field('w2', 'deeperW2', W_MIN, W_MAX),
      field('w3', 'deeperW3', W_MIN, W_MAX),
      field('yt', 'chainTarget', 0, 1),
    ];

    const button = (className: string, label: string, iconName?: Parameters<typeof icon>[0]) =>
      h('button', { type: 'button', class: className }, iconName ? icon(iconName) : null, h('span', { class: 'nn-label' }, label));
    const previous = button('nn-bd-previous', t('forwardPrevious'));
    const next = button('nn-bd-next', t('forwardNext'), 'step');
    const reset = button('nn-reset', t('transportReset'), 'reset');
    const counter = h('span', { class: 'nn-bd-counter' });
    const current = h('p', { class: 'nn-bd-current' });

    const diagram = createChainDiagram({
      units: ['x', 'h₁', 'h₂', 'y'],
      weights: ['w₁', 'w₂', 'w₃'],
      slopes: ['h₁(1 − h₁)', 'h₂(1 − h₂)', 'y(1 − y)'],
      deltas: ['δ₁', 'δ₂', 'δ_y'],
      label: t('deeperDiagram'),
    });

    this.replaceChildren(
      h(
        'div',
        { class: 'nn-bd' },
        h('div', { class: 'nn-bc-fields' }, ...fields.map((f) => f.element)),
        h('div', { class: 'nn-bd-buttons', role: 'group', 'aria-label': t('deeperSteps') }, previous, next, reset, counter),
        current,
        h('div', { class: 'nn-bd-main' }, h('div', { class: 'nn-bd-diagram' }, diagram.element), derivation),
      ),
    );

    const go = (step: number) => {
      state.step = Math.max(0, Math.min(total, step));
      render();
    };
    this.listen(previous, 'click', () => go(state.step - 1));
    this.listen(next, 'click', () => go(state.step + 1));
    this.listen(reset, 'click', () => go(0));
    this.shortcut('ArrowRight', 'deeperKeysNext', () => go(state.step + 1));
    this.shortcut('.', 'deeperKeysNext', () => go(state.step + 1));
    this.shortcut('ArrowLeft', 'deeperKeysPrevious', () => go(state.step - 1));
    this.shortcut(',', 'deeperKeysPrevious', () => go(state.step - 1));
    this.shortcut('r', 'keysReset', () => go(0));

    const describe = (step: RevealStep, k: number): string => {
      const value = num(values[step.name], digitsOf(step.name));
      let what: string;
      if (step.reuses) what = fill(t('deeperWhatReused'), { delta: step.symbol, value });
      else if (step.role === 'error') what = t('deeperWhatError');
      else if (step.role === 'slope') what = fill(t(step.of === 'h₂' ? 'deeperWhatSlopeH2' : 'deeperWhatSlope'), { unit: step.of ?? '' });
      else if (step.role === 'weight') what = fill(t('deeperWhatWeight'), { w: step.of ?? '' });
      else what = fill(t('deeperWhatInput'), { w: step.of ?? '' });
      const text = fill(t('deeperFactor'), { step: k, total, symbol: step.symbol, value, what });
      return step.completes
        ? `${text} ${fill(t('deeperComplete'), { symbol: step.completes.symbol, value: num(values[step.completes.name], 6) })}`
        : text;
    };

    const render = (): void => {
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
      const lit = step ? [...step.parts, ...(step.completes ? [step.completes.part] : [])] : [];
      diagram.highlight(lit);

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

      const text = step ? describe(step, shown) : t('deeperStart');
      setSubscriptText(current, text);
      current.dataset.reused = String(Boolean(step?.reuses));
      setText(counter, fill(t('deeperStepOf'), { step: shown, total }));
      previous.disabled = shown === 0;
      next.disabled = shown === total;
      this.announce(text.replace(/δ_y/g, 'δ y'));
      writeUrlState(id, DEEPER_TABLE, state);
    };
    render();
  }
}
