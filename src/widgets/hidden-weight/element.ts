/**
 * <nn-hidden-weight>: the chapter's ten-line derivation of ∂E/∂w₁ on the chain x → h = sig(w₁x) →
 * y = sig(w₂h), E = ½(y − y′)², live. The lines are typeset at build time inside the element
 * (components/HiddenWeight.astro) and this fills in their \live numbers as x, w₁, w₂, y′ change.
 * Every factor — ∂E/∂y = (y − y′), ∂y/∂h = y(1 − y)·w₂, ∂h/∂w₁ = h(1 − h)·x and their pieces — is
 * linked both ways with the chain diagram (charts/chain-factor-key.ts). Below: the group shared with
 * ∂E/∂w₂, the central-difference check of the product, and a step on w₁ alone with E before and after.
 */
import { createChainDiagram } from '../charts/chain-diagram';
import { createFactorKey } from '../charts/chain-factor-key';
import { h, setText } from '../kit/controls/dom';
import { formatLiveNumber } from '../kit/live-formula-tex';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { scientific, showNumeral, writeNumeral } from '../kit/numeral';
import { keepFocusableWhenWide } from '../kit/scroll-focus';
import { fill, type WidgetStringKey } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { W1_FACTORS, hiddenWeightValues, stepFits, stepOnW1 } from './model';
import { ETA_MAX, HIDDEN_WEIGHT_TABLE, W_MAX, W_MIN, X_MAX, X_MIN } from './state';

/** Agreement the check calls "they agree" (gradcheck.ts: a correct gradient gives well under 1e-6). */
const AGREE = 1e-6;
const num = (v: number, digits = 4) => formatLiveNumber(v, digits);
/** Full screen's tabs: the derivation's four panels (components/HiddenWeight.astro), in order. */
const PANEL_TABS = ['hwTabOuter', 'hwTabInner', 'hwTabThree', 'hwTabCheck'] as const;

/** What the last step on w₁ did (local state, not in the URL). */
export type LastStep =
  | { readonly kind: 'down' | 'up'; readonly before: number; readonly after: number; readonly eb: number; readonly ea: number; readonly eta: number }
  | { readonly kind: 'refused'; readonly after: number };

interface Local {
  readonly last: LastStep | null;
}
const FRESH: Local = { last: null };

export const HiddenWeightWidget = widgetElement({
  id: 'hidden-weight',
  table: HIDDEN_WEIGHT_TABLE,
  local: FRESH,
  modelKeys: ['x', 'w1', 'w2', 'yt', 'eta'],
  model: hiddenWeightValues,

  view(kit) {
    const derivation = kit.host.querySelector<HTMLElement>('.nn-hw-lines') ?? h('div', { class: 'nn-hw-lines' });
    const field = (key: 'x' | 'w1' | 'w2' | 'yt' | 'eta', label: WidgetStringKey, hint: string) =>
      kit.number(key, { label: kit.t(label), step: 0.1, size: 7, hint, format: writeNumeral, alsoSet: () => FRESH });
    const range = (min: number, max: number) => `${num(min, 0)} … ${num(max, 0)}`;
    const step = () => {
      const s = kit.get();
      const taken = stepOnW1(s);
      if (!stepFits(taken, W_MAX)) return kit.set({ last: { kind: 'refused', after: taken.after } });
      kit.set({
        w1: taken.after,
        last: { kind: taken.errorAfter <= taken.errorBefore ? 'down' : 'up', before: taken.before, after: taken.after, eb: taken.errorBefore, ea: taken.errorAfter, eta: s.eta },
      });
    };
    kit.shortcut('s', 'hwKeysStep', step);

    const diagram = createChainDiagram({
      units: ['x', 'h', 'y'],
      weights: ['w₁', 'w₂'],
      slopes: ['h(1 − h)', 'y(1 − y)'],
      label: kit.t('hwDiagram'),
      unitRoles: ['input', 'input', 'unit'],
    });
    const key = createFactorKey(kit, diagram, derivation, { label: kit.t('hwFactors'), factors: W1_FACTORS });
    const status = h('p', { class: 'nn-hw-status', 'aria-live': 'off' });
    const sharedNote = derivation.querySelector<HTMLElement>('.nn-hw-shared-note') ?? h('p');
    const verdict = derivation.querySelector<HTMLElement>('.nn-hw-verdict') ?? h('p');

    // Full screen shows one panel of the derivation under the chain at a time; these tabs choose it.
    // On the page every panel is shown and the tabs are not.
    const panels = [...derivation.querySelectorAll<HTMLElement>('.nn-hw-group')];
    if (panels.length !== PANEL_TABS.length) throw new Error(`hidden-weight: ${panels.length} panels for ${PANEL_TABS.length} tabs`);
    const tabs = PANEL_TABS.map((label, i) => kit.button(kit.t(label), () => showPanel(i), 'nn-hw-tab'));
    const showPanel = (shown: number) =>
      panels.forEach((panel, i) => {
        panel.toggleAttribute('data-shown', i === shown);
        tabs[i]!.setAttribute('aria-pressed', String(i === shown));
      });
    showPanel(0);

    const valuesSummary = h('summary', { class: 'nn-hw-values-summary' });
    const root = kit.layout({
      className: 'nn-hw',
      controls: [
        h(
          'details',
          { class: 'nn-hw-values', open: true, 'data-nn-fold': '' },
          valuesSummary,
          h(
            'div',
            { class: 'nn-bc-fields' },
            field('x', 'chainX', range(X_MIN, X_MAX)),
            field('w1', 'hwW1', range(W_MIN, W_MAX)),
            field('w2', 'hwW2', range(W_MIN, W_MAX)),
            field('yt', 'chainTarget', range(0, 1)),
            field('eta', 'hwEta', `0 < η ≤ ${ETA_MAX}`),
          ),
        ),
      ],
      bar: h('div', { class: 'nn-hw-bar' }, h('div', { class: 'nn-hw-buttons' }, kit.button(kit.t('hwStep'), step, 'nn-hw-step')), status),
      visual: h(
        'div',
        { class: 'nn-hw-main' },
        h('div', { class: 'nn-hw-chain' }, diagram.element),
        h('div', { class: 'nn-hw-key' }, h('p', { class: 'nn-bc-note' }, kit.t('hwFactorsNote')), key.element),
      ),
      readouts: [h('div', { class: 'nn-hw-tabs', role: 'group', 'aria-label': kit.t('hwTabs') }, ...tabs), derivation],
    });
    const boxes = [...derivation.querySelectorAll<HTMLElement>('.nn-hw-formula')];
    return { root, diagram, factors: key.values, status, sharedNote, verdict, valuesSummary, boxes, formulas: liveFormulas(kit.id, derivation) };
  },

  render({ diagram, factors, status, sharedNote, verdict, valuesSummary, boxes, formulas }, { state, model: v, t }) {
    setText(valuesSummary, fill(t('hwValuesSummary'), { x: showNumeral(state.x), w1: showNumeral(state.w1), w2: showNumeral(state.w2), yt: showNumeral(state.yt), eta: showNumeral(state.eta) }));
    updateLiveFormulas(formulas, v);
    for (const [id, value] of factors) setText(value, num(v[id]!));
    diagram.setValues({
      'unit:0': num(v.x!),
      'unit:1': num(v.h!),
      'unit:2': num(v.y!),
      'edge:1': num(v.w1!),
      'edge:2': num(v.w2!),
      'slope:1': num(v.sh!),
      'slope:2': num(v.sy!),
      error: num(v.E!, 6),
    });
    setText(sharedNote, fill(t('hwSharedNote'), { shared: num(v.shared!) }));
    const agree = v.rel! <= AGREE;
    setText(verdict, fill(t(agree ? 'hwCheckAgree' : 'hwCheckDisagree'), { g1: num(v.g1!, 8), fd: num(v.fd!, 8), rel: scientific(v.rel!) }));
    verdict.dataset.agree = String(agree);

    const last = state.last;
    let said = '';
    if (last?.kind === 'refused') said = fill(t('hwRefused'), { after: num(last.after), max: String(W_MAX) });
    else if (last) said = fill(t(last.kind === 'down' ? 'hwDown' : 'hwUp'), { before: num(last.before), after: num(last.after), eb: num(last.eb, 6), ea: num(last.ea, 6), change: num(Math.abs(last.ea - last.eb), 6), eta: showNumeral(last.eta) });
    setText(status, said || fill(t('hwNoStep'), { E: num(v.E!, 6), next: num(v.nw1!) }));
    status.dataset.kind = last?.kind ?? 'none';
    keepFocusableWhenWide(boxes);

    return (
      (said ? `${said} ` : '') +
      fill(t('hwSummary'), { x: num(v.x!), w1: num(v.w1!), w2: num(v.w2!), yt: num(v.yt!), err: num(v.err!), sy: num(v.sy!), sh: num(v.sh!), g1: num(v.g1!, 6), fd: num(v.fd!, 6) }) +
      ' ' +
      verdict.textContent
    );
  },
});
