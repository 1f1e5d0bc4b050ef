/**
 * <nn-backprop-chain>: the deck's chain x → h = sig(w₁x) → y = sig(w₂h), E = ½(y − y′)², with every
 * line of the chapter's derivation of ∂E/∂w₂ and ∂E/∂w₁ showing the current numbers (the lines are
 * typeset at build time inside the element, components/BackpropChain.astro; this fills in their
 * \live numbers). The factors (y − y′), y(1 − y), h, w₂, h(1 − h), x are colour-linked to a diagram of
 * the chain (charts/chain-factor-key.ts). Beside it, E over (w₁, w₂) as a contour plot with the current point, the
 * trail of earlier points and the downhill direction −∇E; "Take a step" applies w ← w − η∂E/∂w to
 * both weights at once (model.ts) and says how E changed.
 */
import { createChainDiagram } from '../charts/chain-diagram';
import { disposeChart } from '../charts/chart-frame';
import { renderContourPlot } from '../charts/contour-plot';
import { h, setText } from '../kit/controls/dom';
import { showNumeral, writeNumeral } from '../kit/numeral';
import { formatLiveNumber } from '../kit/live-formula-tex';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill, type WidgetStringKey } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { createFactorKey } from '../charts/chain-factor-key';
import { chainLineValues } from '../charts/chain-lines';
import { FRESH, chainModel, resetTrail, takeStep, trailPath, type StepRecord } from './model';
import { CHAIN_TABLE, ETA_MAX, W_MAX, W_MIN, X_MAX, X_MIN } from './state';

/** The arrow −∇E is drawn at this length (in weight units), whatever |∇E| is. */
const ARROW_LENGTH = 1;

const num = (v: number, digits = 4) => formatLiveNumber(v, digits);
/** Full screen's tabs: the derivation's four groups (components/BackpropChain.astro), in order, then the map. */
const PANEL_TABS = ['chainTabForward', 'chainTabW2', 'chainTabW1', 'chainTabUpdate', 'chainTabMap'] as const;

/** The status line's sentence for the last step. */
function describeStep(outcome: StepRecord, t: (key: WidgetStringKey) => string): string {
  if (outcome.kind === 'refused') return fill(t('chainRefused'), { w1: num(outcome.w1), w2: num(outcome.w2), max: String(W_MAX) });
  const { step, before, after, eta } = outcome;
  const params = { step, before: num(before, 6), after: num(after, 6), change: num(Math.abs(after - before), 6), eta: String(eta) };
  return fill(t(outcome.kind === 'down' ? 'chainDown' : 'chainUp'), params);
}

export const BackpropChainWidget = widgetElement({
  id: 'backprop-chain',
  table: CHAIN_TABLE,
  local: FRESH,
  // The weights, η and the trail move on the same surface.
  modelKeys: ['x', 'yt'],
  model: chainModel,

  view(kit) {
    // The derivation lines, typeset at build time inside the element: kept, moved into the layout.
    const derivation = kit.host.querySelector<HTMLElement>('.nn-bc-derivation') ?? h('div', { class: 'nn-bc-derivation' });
    const field = (key: 'x' | 'w1' | 'w2' | 'yt' | 'eta', label: WidgetStringKey, hint: string) =>
      kit.number(key, {
        label: kit.t(label),
        step: 0.1,
        size: 7,
        hint,
        format: writeNumeral,
        // A value typed for x, y′ or a weight starts a new trail there; η keeps the trail.
        alsoSet: key === 'eta' ? undefined : () => FRESH,
      });
    const range = (min: number, max: number) => `${num(min, 0)} … ${num(max, 0)}`;
    const step = () => kit.set(takeStep(kit.model().surface, kit.get()));
    const reset = () => kit.set(resetTrail(kit.get()));
    kit.shortcut('s', 'chainKeysStep', step);
    kit.shortcut('r', 'keysReset', reset);

    const diagram = createChainDiagram({
      units: ['x', 'h', 'y'],
      weights: ['w₁', 'w₂'],
      slopes: ['h(1 − h)', 'y(1 − y)'],
      label: kit.t('chainDiagram'),
      unitRoles: ['input', 'input', 'unit'],
    });
    const key = createFactorKey(kit, diagram, derivation, { label: kit.t('chainFactors') });
    const status = h('p', { class: 'nn-bc-status' });
    const plot = h('div', { class: 'nn-bc-plot' });
    const arrowNote = h('p', { class: 'nn-bc-note' });
    const map = h('div', { class: 'nn-bc-map' }, plot, arrowNote);
    kit.own(() => disposeChart(plot));

    // Full screen shows one panel under the chain at a time — a group of the derivation, or the map of
    // E — since the room reads large type and the four groups do not fit beside the chain: these tabs
    // choose it. On the page every panel is shown and the tabs are not.
    const panels = [...derivation.querySelectorAll<HTMLElement>('.nn-bc-group'), map];
    const tabs = PANEL_TABS.map((label, i) => kit.button(kit.t(label), () => showPanel(i), 'nn-bc-tab'));
    const showPanel = (shown: number) =>
      panels.forEach((panel, i) => {
        panel.toggleAttribute('data-shown', i === shown);
        tabs[i]!.setAttribute('aria-pressed', String(i === shown));
      });
    if (panels.length !== PANEL_TABS.length) throw new Error(`backprop-chain: ${panels.length} panels for ${PANEL_TABS.length} tabs`);
    showPanel(0);

    // A fold (kit/fold.ts): the fields open on the page, closed to their summary line in full screen,
    // where the chain diagram carries x, the weights and E in large type.
    const valuesSummary = h('summary', { class: 'nn-bc-values-summary' });
    const root = kit.layout({
      className: 'nn-bc',
      controls: [
        h(
          'details',
          { class: 'nn-bc-values', open: true, 'data-nn-fold': '' },
          valuesSummary,
          h(
            'div',
            { class: 'nn-bc-fields' },
            field('x', 'chainX', range(X_MIN, X_MAX)),
            field('w1', 'chainW1', range(W_MIN, W_MAX)),
            field('w2', 'chainW2', range(W_MIN, W_MAX)),
            field('yt', 'chainTarget', range(0, 1)),
            field('eta', 'chainEta', `0 < η ≤ ${ETA_MAX}`),
          ),
        ),
      ],
      bar: h('div', { class: 'nn-bc-bar' }, h('div', { class: 'nn-bc-buttons' }, kit.button(kit.t('chainStep'), step, 'nn-bc-step'), kit.button(kit.t('transportReset'), reset, 'nn-reset')), status),
      visual: h(
        'div',
        { class: 'nn-bc-main' },
        h('div', { class: 'nn-bc-chain' }, diagram.element),
        map,
        h('div', { class: 'nn-bc-key' }, h('p', { class: 'nn-bc-note' }, kit.t('chainFactorsNote')), key.element),
      ),
      readouts: [h('div', { class: 'nn-bc-tabs', role: 'group', 'aria-label': kit.t('chainTabs') }, ...tabs), derivation],
    });
    return { root, diagram, factors: key.values, status, plot, arrowNote, valuesSummary, formulas: liveFormulas(kit.id, derivation) };
  },

  render({ diagram, factors, status, plot, arrowNote, valuesSummary, formulas }, { state, model, lang, t }) {
    setText(valuesSummary, fill(t('chainValuesSummary'), { x: showNumeral(state.x), w1: showNumeral(state.w1), w2: showNumeral(state.w2), yt: showNumeral(state.yt), eta: showNumeral(state.eta) }));
    const values = chainLineValues(state);
    updateLiveFormulas(formulas, values);
    for (const [id, value] of factors) setText(value, num(values[id]));
    diagram.setValues({
      'unit:0': num(values.x),
      'unit:1': num(values.h),
      'unit:2': num(values.y),
      'edge:1': num(values.w1),
      'edge:2': num(values.w2),
      'slope:1': num(values.sh),
      'slope:2': num(values.sy),
      error: num(values.E, 6),
    });

    const gradient = model.surface.gradient([state.w1, state.w2], new Float64Array(2));
    const norm = Math.hypot(gradient[0], gradient[1]);
    const path = trailPath(state);
    renderContourPlot(
      plot,
      {
        grid: model.grid,
        trajectories: [{ id: 'chain', label: t('chainTrail'), xs: path.xs, ys: path.ys }],
        arrow: norm > 1e-12 ? { x: state.w1, y: state.w2, dx: (-gradient[0] / norm) * ARROW_LENGTH, dy: (-gradient[1] / norm) * ARROW_LENGTH } : undefined,
      },
      { label: t('chainPlot'), lang, xLabel: 'w₁', yLabel: 'w₂', levelScale: 'linear' },
    );
    setText(arrowNote, fill(t('chainArrow'), { norm: num(norm, 6), g1: num(gradient[0], 6), g2: num(gradient[1], 6) }));

    const outcome = state.outcome ? describeStep(state.outcome, t) : '';
    setText(status, outcome || fill(t('chainNoStep'), { E: num(values.E, 6) }));
    status.dataset.kind = state.outcome?.kind ?? 'none';
    return (outcome ? `${outcome} ` : '') + fill(t('chainSummary'), { w1: num(state.w1), w2: num(state.w2), E: num(values.E, 6), g1: num(values.g1, 6), g2: num(values.g2, 6) });
  },
});
