/**
 * <nn-backprop-chain>: the deck's chain x → h = sig(w₁x) → y = sig(w₂h), E = ½(y − y′)², with every
 * line of the chapter's derivation of ∂E/∂w₂ and ∂E/∂w₁ showing the current numbers (the lines are
 * typeset at build time inside the element, components/BackpropChain.astro; this fills in their
 * \live numbers). The factors (y − y′), y(1 − y), h, w₂, h(1 − h), x are colour-linked to a diagram of
 * the chain: hovering or focusing a factor lights its part of the diagram, and the other way round.
 * Beside it, E over (w₁, w₂) as a contour plot with the current point, the trail of earlier points
 * and the downhill direction −∇E; "Take a step" applies w ← w − η∂E/∂w to both weights at once (the
 * core's gd optimizer on the core's chainSurface) and says how E changed.
 */
import { chainSurface, createOptimizer, sampleSurface, type PlaneGrid, type Surface2d } from '../../core';
import { disposeChart } from '../charts/chart-frame';
import { renderContourPlot } from '../charts/contour-plot';
import { h, setText } from '../kit/controls/dom';
import { createNumberField, type NumberField } from '../kit/controls/number-field';
import { frameOf, showUrlNotice } from '../kit/frame';
import { formatLiveNumber } from '../kit/live-formula-tex';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { readUrlState, writeUrlState } from '../kit/page-url';
import type { UrlState } from '../kit/url-state';
import { NnWidget } from '../kit/widget-element';
import { createChainDiagram } from '../charts/chain-diagram';
import { FACTORS, chainLineValues, factorOfPart, stepOutcome, type FactorId } from './lines';
import { CHAIN_TABLE, ETA_MAX, ETA_MIN, W_MAX, W_MIN, X_MAX, X_MIN } from './state';

/** Samples per side of the contour grid. */
const GRID = 61;
/** The arrow −∇E is drawn at this length (in weight units), whatever |∇E| is. */
const ARROW_LENGTH = 1;
const PLANE: readonly [number, number] = [W_MIN, W_MAX];

const num = (v: number, digits = 4) => formatLiveNumber(v, digits);

export class BackpropChainWidget extends NnWidget {
  protected start(): void {
    const lang = this.uiLang;
    const t = (key: WidgetStringKey) => widgetString(key, lang);
    const id = frameOf(this)?.id ?? 'backprop-chain';
    const { state: initial, ignored } = readUrlState(id, CHAIN_TABLE);
    showUrlNotice(this, ignored, lang);
    const state: UrlState<typeof CHAIN_TABLE> = { ...initial };

    // The derivation lines, typeset at build time inside the element: kept, moved into the layout.
    const derivation = this.querySelector<HTMLElement>('.nn-bc-derivation') ?? h('div', { class: 'nn-bc-derivation' });
    const formulas = liveFormulas(id, derivation);

    let surface: Surface2d = chainSurface(state.x, state.yt);
    let grid: PlaneGrid = sampleSurface(surface, PLANE, PLANE, GRID);
    /** Where Reset returns to: the weights as last typed (or loaded). */
    let origin = { w1: state.w1, w2: state.w2 };
    const trail = { xs: [state.w1], ys: [state.w2] };
    let steps = 0;
    let outcome = '';
    let outcomeKind: 'none' | 'down' | 'up' | 'refused' = 'none';

    const restartTrail = () => {
      origin = { w1: state.w1, w2: state.w2 };
      trail.xs = [state.w1];
      trail.ys = [state.w2];
      steps = 0;
      outcome = '';
      outcomeKind = 'none';
    };

    // ——— controls ———
    const field = (key: 'x' | 'w1' | 'w2' | 'yt' | 'eta', label: WidgetStringKey, min: number, max: number, onChange: () => void): NumberField =>
      createNumberField({ guard: this.guarded,
        label: t(label),
        value: state[key],
        min,
        max,
        step: 0.1,
        lang,
        size: 7,
        hint: key === 'eta' ? `0 < η ≤ ${max}` : `${num(min, 0)} … ${num(max, 0)}`,
        format: (v) => String(Number(v.toFixed(6))),
        onChange: (v) => {
          state[key] = v;
          onChange();
          render();
        },
      });
    const newSurface = () => {
      surface = chainSurface(state.x, state.yt);
      grid = sampleSurface(surface, PLANE, PLANE, GRID);
      restartTrail();
    };
    const fields = {
      x: field('x', 'chainX', X_MIN, X_MAX, newSurface),
      w1: field('w1', 'chainW1', W_MIN, W_MAX, restartTrail),
      w2: field('w2', 'chainW2', W_MIN, W_MAX, restartTrail),
      yt: field('yt', 'chainTarget', 0, 1, newSurface),
      eta: field('eta', 'chainEta', ETA_MIN, ETA_MAX, () => undefined),
    };

    const stepButton = h('button', { type: 'button', class: 'nn-bc-step' }, t('chainStep'));
    const resetButton = h('button', { type: 'button', class: 'nn-reset' }, t('transportReset'));
    const status = h('p', { class: 'nn-bc-status' });

    const takeStep = () => {
      const theta = Float64Array.of(state.w1, state.w2);
      const before = surface.value(theta);
      const scratch = new Float64Array(2);
      createOptimizer('gd', { lr: state.eta }).step(theta, (p) => surface.gradient(p, scratch));
      const after = surface.value(theta);
      const kind = stepOutcome(before, after, [theta[0], theta[1]], W_MAX);
      outcomeKind = kind;
      if (kind === 'refused') {
        outcome = fill(t('chainRefused'), { w1: num(theta[0]), w2: num(theta[1]), max: String(W_MAX) });
        render();
        return;
      }
      state.w1 = theta[0];
      state.w2 = theta[1];
      fields.w1.set(state.w1);
      fields.w2.set(state.w2);
      trail.xs.push(state.w1);
      trail.ys.push(state.w2);
      steps += 1;
      const params = { step: steps, before: num(before, 6), after: num(after, 6), change: num(Math.abs(after - before), 6), eta: String(state.eta) };
      outcome = fill(t(kind === 'down' ? 'chainDown' : 'chainUp'), params);
      render();
    };
    const reset = () => {
      state.w1 = origin.w1;
      state.w2 = origin.w2;
      fields.w1.set(state.w1);
      fields.w2.set(state.w2);
      restartTrail();
      render();
    };
    this.listen(stepButton, 'click', takeStep);
    this.listen(resetButton, 'click', reset);
    this.shortcut('s', 'chainKeysStep', takeStep);
    this.shortcut('r', 'keysReset', reset);

    // ——— the diagram and the factor key ———
    const diagram = createChainDiagram({
      units: ['x', 'h', 'y'],
      weights: ['w₁', 'w₂'],
      slopes: ['h(1 − h)', 'y(1 − y)'],
      label: t('chainDiagram'),
      unitRoles: ['input', 'input', 'unit'],
    });
    const chips = new Map<FactorId, { button: HTMLButtonElement; value: HTMLElement }>();
    const key = h('ul', { class: 'nn-bc-factors', 'aria-label': t('chainFactors') });
    for (const factor of FACTORS) {
      const value = h('span', { class: 'nn-bc-factor-value' });
      const button = h(
        'button',
        { type: 'button', class: 'nn-bc-factor', 'data-factor': factor.id, 'data-role': factor.role },
        h('span', { class: 'nn-bc-swatch', 'aria-hidden': 'true' }),
        h('span', { class: 'nn-bc-factor-symbol' }, factor.symbol),
        ' = ',
        value,
      );
      chips.set(factor.id, { button, value });
      key.append(h('li', {}, button));
    }

    /** What is lit: the factor under the pointer, else the focused one, else the one clicked to keep lit. */
    const lit = { hover: null as FactorId | null, focus: null as FactorId | null, pinned: null as FactorId | null };
    const light = (change: Partial<typeof lit>) => {
      Object.assign(lit, change);
      const shown = lit.hover ?? lit.focus ?? lit.pinned;
      if (shown) this.dataset.factor = shown;
      else delete this.dataset.factor;
      const part = FACTORS.find((f) => f.id === shown)?.part;
      diagram.highlight(part ? [part] : []);
      for (const [fid, chip] of chips) chip.button.setAttribute('aria-pressed', String(fid === lit.pinned));
    };
    for (const [fid, chip] of chips) {
      this.listen(chip.button, 'pointerenter', () => light({ hover: fid }));
      this.listen(chip.button, 'pointerleave', () => light({ hover: null }));
      this.listen(chip.button, 'focus', () => light({ focus: fid }));
      this.listen(chip.button, 'blur', () => light({ focus: null }));
      this.listen(chip.button, 'click', () => light({ pinned: lit.pinned === fid ? null : fid }));
    }
    const fromTarget = (target: EventTarget | null): FactorId | null => {
      if (!(target instanceof Element)) return null;
      const live = target.closest('[data-live-value]')?.getAttribute('data-live-value');
      if (live && FACTORS.some((f) => f.id === live)) return live as FactorId;
      const part = target.closest('[data-part]')?.getAttribute('data-part');
      return part ? (factorOfPart(part)?.id ?? null) : null;
    };
    this.listen(derivation, 'pointerover', (e) => light({ hover: fromTarget(e.target) }));
    this.listen(derivation, 'pointerleave', () => light({ hover: null }));
    this.listen(diagram.element, 'pointerover', (e) => light({ hover: fromTarget(e.target) }));
    this.listen(diagram.element, 'pointerleave', () => light({ hover: null }));

    const plot = h('div', { class: 'nn-bc-plot' });
    const arrowNote = h('p', { class: 'nn-bc-note' });
    this.replaceChildren(
      h(
        'div',
        { class: 'nn-bc' },
        h('div', { class: 'nn-bc-fields' }, ...Object.values(fields).map((f) => f.element)),
        h('div', { class: 'nn-bc-buttons' }, stepButton, resetButton),
        status,
        h(
          'div',
          { class: 'nn-bc-main' },
          h('div', { class: 'nn-bc-chain' }, diagram.element),
          h('div', { class: 'nn-bc-map' }, plot, arrowNote),
          h('div', { class: 'nn-bc-key' }, h('p', { class: 'nn-bc-note' }, t('chainFactorsNote')), key),
          derivation,
        ),
      ),
    );
    this.own(() => disposeChart(plot));

    const render = (): void => {
      const values = chainLineValues(state);
      updateLiveFormulas(formulas, values);
      for (const [fid, chip] of chips) setText(chip.value, num(values[fid]));
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

      const gradient = surface.gradient([state.w1, state.w2], new Float64Array(2));
      const norm = Math.hypot(gradient[0], gradient[1]);
      renderContourPlot(
        plot,
        {
          grid,
          trajectories: [{ id: 'chain', label: t('chainTrail'), xs: trail.xs, ys: trail.ys }],
          arrow: norm > 1e-12 ? { x: state.w1, y: state.w2, dx: (-gradient[0] / norm) * ARROW_LENGTH, dy: (-gradient[1] / norm) * ARROW_LENGTH } : undefined,
        },
        { label: t('chainPlot'), lang, xLabel: 'w₁', yLabel: 'w₂', levelScale: 'linear' },
      );
      setText(arrowNote, fill(t('chainArrow'), { norm: num(norm, 6), g1: num(gradient[0], 6), g2: num(gradient[1], 6) }));

      setText(status, outcome || fill(t('chainNoStep'), { E: num(values.E, 6) }));
      status.dataset.kind = outcomeKind;
      this.announce((outcome ? `${outcome} ` : '') + fill(t('chainSummary'), { w1: num(state.w1), w2: num(state.w2), E: num(values.E, 6), g1: num(values.g1, 6), g2: num(values.g2, 6) }));
      writeUrlState(id, CHAIN_TABLE, state);
    };
    render();
  }
}
