/**
 * <nn-layer-matrices>: the backprop stepper's network (2-2-2, or chapter 1's 2-2-1) with its backward
 * pass taken a whole layer at a time, as the chapter's section "Whole layers at once" writes it:
 * δ⁽ᴸ⁾ = (y − y′) ⊙ f′(net⁽ᴸ⁾), δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾ᵀδ⁽ˡ⁺¹⁾) ⊙ f′(net⁽ˡ⁾), ∂E/∂W⁽ˡ⁾ = δ⁽ˡ⁾(a⁽ˡ⁻¹⁾)ᵀ and
 * ∂E/∂b⁽ˡ⁾ = δ⁽ˡ⁾, with the live matrices and vectors (an HTML grid per matrix). Each entry of a result
 * is a button: pointing at it or focusing it shows the per-unit sum or product it is (Σₖ wₖⱼδₖ,
 * δⱼ·aᵢ) with its numbers, marks the entries it uses and the units and edges on the diagram, and
 * shows the stepper's step it equals (the core's per-unit trace, typeset as MathML). Walked with the
 * kit's step bar; the network, x and y′ are in a fold. Every number from the core (model.ts).
 */
import { disposeChart } from '../charts/chart-frame';
import { renderNetwork } from '../charts/network-diagram';
import { h, setText } from '../kit/controls/dom';
import { texToMathml } from '../kit/math/tex-mathml';
import { keepFocusableWhenWide } from '../kit/scroll-focus';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { fixed, given, layerMark as m, paren, sub } from './format';
import { defaultPick, entryDetail, layerMatricesModel, picksOf, type EntryDetail, type LayerMatricesModel, type MatrixStep } from './model';
import { activationName, backName, entryName, entrySymbols, ruleOf } from './symbols';
import { INPUT_MAX, INPUT_MIN, LAYER_MATRICES_TABLE, NETWORKS, STEP_COUNT, TARGET_MAX, TARGET_MIN } from './state';

interface Cell {
  readonly key: string;
  readonly text: string;
  /** A result's entry: a button the reader can point at. */
  readonly pick?: boolean;
  readonly name?: string;
}

const column = (prefix: string, values: readonly number[], format = fixed): Cell[][] => values.map((v, j) => [{ key: `${prefix}.${j}`, text: format(v) }]);

/** One matrix: a grid of entries between brackets, its name under it. */
function matrix(name: string, rows: readonly (readonly Cell[])[]): HTMLElement {
  const cols = rows[0]?.length ?? 1;
  const grid = h('span', { class: 'nn-lm-mat', style: `--cols: ${cols}`, role: 'group', 'aria-label': name });
  for (const row of rows) {
    for (const cell of row) {
      const attrs = { class: 'nn-lm-cell', 'data-cell': cell.key };
      grid.append(
        cell.pick
          ? h('button', { ...attrs, type: 'button', 'data-pick': cell.key, 'aria-label': `${cell.name} = ${cell.text}` }, cell.text)
          : h('span', attrs, cell.text),
      );
    }
  }
  return h('span', { class: 'nn-lm-term' }, grid, h('span', { class: 'nn-lm-name', 'aria-hidden': 'true' }, name));
}
const op = (text: string) => h('span', { class: 'nn-lm-op', 'aria-hidden': text === '' ? 'true' : null }, text);
/** A piece of an equation that does not break inside; `first` begins an equation (set apart from the last). */
const chunk = (...parts: HTMLElement[]) => h('span', { class: 'nn-lm-chunk' }, ...parts);
const first = (...parts: HTMLElement[]) => h('span', { class: 'nn-lm-chunk nn-lm-first' }, ...parts);

/**
 * The step's equations as one flow of unbreakable pieces (or the forward pass's vectors, before the
 * first step), which wraps to the width it has: on a projector two rows, on a phone more.
 */
function equation(model: LayerMatricesModel, step: MatrixStep | null): HTMLElement[] {
  const last = model.sizes.length - 1;
  const { matrices } = model;
  if (!step) {
    return [
      ...matrices.forward.map((f) => first(op(`${activationName(f.layer, last)} =`), matrix(activationName(f.layer, last), column(`a${f.layer}`, f.out)))),
      first(op('y′ ='), matrix('y′', column('t', matrices.target, given))),
    ];
  }
  const v = step.values;
  const l = step.layer;
  const picked = (prefix: string, values: readonly number[]) =>
    values.map((value, j) => [{ key: `${prefix}.${j}`, text: fixed(value), pick: true, name: entryName(step, `${prefix}.${j}`) }]);
  const delta = `δ${m(l)}`;
  if (step.kind === 'grad') {
    const input = activationName(l - 1, last);
    const grad = v.gradWeights.map((row, j) => row.map((g, i) => ({ key: `g.${j}.${i}`, text: fixed(g), pick: true, name: entryName(step, `g.${j}.${i}`) })));
    return [
      first(op(`∂E/∂W${m(l)} =`), matrix(delta, column('d', v.delta)), op(''), matrix(`(${input})ᵀ`, [v.input.map((a, i) => ({ key: `a.${i}`, text: l === 1 ? given(a) : fixed(a) }))])),
      chunk(op('='), matrix(`∂E/∂W${m(l)}`, grad)),
      first(op(`∂E/∂b${m(l)} = ${delta} =`), matrix(`∂E/∂b${m(l)}`, picked('b', v.gradBias))),
    ];
  }
  // δ⁽ˡ⁾ = (first factor) ⊙ f′(net⁽ˡ⁾), after the first factor's own equation.
  const product = [
    first(op(`${delta} =`), matrix(backName(step), column('r', v.back)), op('⊙'), matrix(`f′(net${m(l)})`, column('f', v.slope))),
    chunk(op('='), matrix(delta, picked('d', v.delta))),
  ];
  if (step.output) {
    return [
      first(op('y − y′ ='), matrix('y', column('y', matrices.forward[l - 1].out)), op('−'), matrix('y′', column('t', matrices.target, given))),
      chunk(op('='), matrix('y − y′', picked('r', v.back))),
      ...product,
    ];
  }
  const W = v.weightsAbove!;
  const above = `W${m(l + 1)}`;
  return [
    first(op(`${above} =`), matrix(above, W.map((row, k) => row.map((w, j) => ({ key: `w.${k}.${j}`, text: given(w) }))))),
    first(
      op(`${above}ᵀδ${m(l + 1)} =`),
      matrix(`${above}ᵀ`, v.weightsAboveT!.map((row, j) => row.map((w, k) => ({ key: `wt.${j}.${k}`, text: given(w) })))),
      op(''),
      matrix(`δ${m(l + 1)}`, column('da', v.deltaAbove!)),
    ),
    chunk(op('='), matrix(backName(step), picked('r', v.back))),
    ...product,
  ];
}

/** The entry's per-unit form with its numbers: Σₖ w⁽²⁾ₖ₁δ⁽²⁾ₖ = 0.7 · (−0.1069) + … = −0.1142. */
function detailText(step: MatrixStep, detail: EntryDetail, last: number): string {
  const numbers =
    detail.kind === 'difference'
      ? `${fixed(detail.terms[0][0])} − ${paren(given(detail.terms[0][1]))}`
      : detail.pick.startsWith('b')
        ? fixed(detail.terms[0][0])
        : detail.terms
            .map(([p, q]) => {
              const left = detail.kind === 'sum' ? given(p) : fixed(p);
              const right = detail.pick.startsWith('g') && step.layer === 1 ? given(q) : fixed(q);
              return `${paren(left)} · ${paren(right)}`;
            })
            .join(' + ');
  const name = entryName(step, detail.pick);
  const symbols = entrySymbols(step, detail.pick, last);
  return `${name}${symbols === name ? '' : ` = ${symbols}`} = ${numbers} = ${fixed(detail.value)}`;
}

export const LayerMatricesWidget = widgetElement({
  id: 'layer-matrices',
  table: LAYER_MATRICES_TABLE,
  /** The entry pointed at or focused ('' = the step's first result). */
  local: { pick: '' },
  modelKeys: ['net', 'x1', 'x2', 't1', 't2'],
  model: layerMatricesModel,

  view(kit) {
    const number = (key: 'x1' | 'x2' | 't1' | 't2', label: string, min: number, max: number) =>
      kit.number(key, { label, step: 0.1, size: 5, hint: `${given(min)} … ${given(max)}` });
    const target2 = number('t2', fill(kit.t('lmTarget'), { name: 'y′₂' }), TARGET_MIN, TARGET_MAX);
    const summaryLine = h('span', { class: 'nn-lm-fold-line' });
    const fold = h(
      'details',
      { class: 'nn-lm-fold', 'data-nn-fold': '', open: '' },
      h('summary', {}, summaryLine),
      h(
        'div',
        { class: 'nn-lm-settings' },
        kit.select('net', {
          label: kit.t('lmNetwork'),
          options: NETWORKS.map((value) => ({ value, label: kit.t(value === '222' ? 'lmNet222' : 'lmNet221') })),
        }),
        number('x1', fill(kit.t('lmInput'), { name: 'x₁' }), INPUT_MIN, INPUT_MAX),
        number('x2', fill(kit.t('lmInput'), { name: 'x₂' }), INPUT_MIN, INPUT_MAX),
        number('t1', fill(kit.t('lmTarget'), { name: 'y′₁' }), TARGET_MIN, TARGET_MAX),
        target2,
      ),
    );
    const bar = kit.stepBar({ key: 'step', count: () => STEP_COUNT, move: (to) => ({ step: to, pick: '' }) });
    kit.shortcut('r', 'keysReset', bar.first);

    const diagram = h('div', { class: 'nn-lm-diagram' });
    kit.own(() => disposeChart(diagram));
    const rule = h('p', { class: 'nn-lm-rule' });
    const lines = h('div', { class: 'nn-lm-lines', role: 'group', 'aria-label': kit.t('lmMatrices') });
    const explain = h('p', { class: 'nn-lm-explain' });
    const detail = h('p', { class: 'nn-lm-detail' });
    const stepper = h('p', { class: 'nn-lm-stepper' });
    const panel = h('div', { class: 'nn-lm-panel', role: 'group', 'aria-label': kit.t('lmDetailLabel') }, detail, stepper);
    const matrices = h('div', { class: 'nn-lm-eq' }, rule, lines, explain);

    const pickFrom = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLElement>('[data-pick]')?.dataset.pick : undefined);
    const choose = (event: Event) => {
      const pick = pickFrom(event);
      if (pick && pick !== kit.get().pick) kit.set({ pick });
    };
    kit.listen(lines, 'pointerover', choose);
    kit.listen(lines, 'focusin', choose);
    kit.listen(lines, 'click', choose);

    const root = kit.layout({
      className: 'nn-lm',
      controls: [fold],
      bar: bar.element,
      visual: [matrices, panel],
      readouts: [diagram, h('p', { class: 'nn-lm-note' }, kit.t('lmDiagramNote'))],
    });
    return { root, fold, summaryLine, target2, diagram, rule, lines, explain, detail, stepper, built: { key: '' } };
  },

  render(view, { state, model, lang, t }) {
    const last = model.sizes.length - 1;
    const step = state.step > 0 ? model.steps[state.step - 1] : null;
    const { matrices, problem } = model;

    view.target2.hidden = state.net === '221';
    const targets = matrices.target.map(given).join(', ');
    setText(view.summaryLine, fill(t('lmSettingsLine'), { net: state.net.split('').join('-'), x: matrices.input.map(given).join(', '), t: targets }));

    // The equation is rebuilt only when the step or its numbers change, so a focused entry keeps its focus.
    const key = `${state.step}|${state.net}|${state.x1}|${state.x2}|${state.t1}|${state.t2}`;
    if (view.built.key !== key) {
      const hadFocus = view.lines.contains(document.activeElement);
      view.lines.replaceChildren(...equation(model, step));
      view.built.key = key;
      // A focused entry was replaced (→ pressed on it): the focus goes to the new step's entry, so the keys keep working.
      if (hadFocus && step) view.lines.querySelector<HTMLElement>(`[data-pick="${picksOf(step).includes(state.pick) ? state.pick : defaultPick(step)}"]`)?.focus({ preventScroll: true });
    }
    setText(view.rule, step ? ruleOf(step, last) : t('lmForward'));
    if (step) {
      const explainKey = step.kind === 'grad' ? 'lmExplainGrad' : step.output ? 'lmExplainOut' : 'lmExplainHidden';
      const above = step.layer + (step.kind === 'grad' ? 0 : 1);
      setText(view.explain, fill(t(explainKey), { W: `W${m(above)}`, d: `δ${m(above)}` }));
    } else setText(view.explain, '');
    view.explain.hidden = !step;

    const pick = step && picksOf(step).includes(state.pick) ? state.pick : step ? defaultPick(step) : '';
    const detail = step ? entryDetail(model, step, pick) : null;
    for (const cell of view.lines.querySelectorAll<HTMLElement>('.nn-lm-cell')) {
      cell.classList.toggle('nn-lm-used', detail !== null && detail.uses.includes(cell.dataset.cell ?? ''));
      cell.classList.toggle('nn-lm-picked', detail !== null && cell.dataset.pick === detail.pick);
    }
    let said = '';
    if (step && detail) {
      said = detailText(step, detail, last);
      setText(view.detail, said);
      const traced = model.trace.steps[detail.tracePosition - 1];
      // The trace's step in pieces that wrap like words: its symbol, its formula in symbols, with numbers, its value.
      const pieces = [`${traced.symbol} =`, traced.generalFormula, `= ${traced.formula}`, `= ${fixed(traced.value).replace('−', '-')}`];
      view.stepper.replaceChildren(
        h('span', { class: 'nn-lm-stepper-label' }, fill(t('lmStepperStep'), { n: String(detail.tracePosition), total: String(model.trace.steps.length) })),
        ...pieces.map((tex) => {
          const piece = h('span', { class: 'nn-lm-piece' });
          const alt = tex.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
          piece.innerHTML = texToMathml(tex).replace(/^<math\b/, `<math alttext="${alt}" aria-label="${alt}"`);
          return piece;
        }),
      );
      view.stepper.dataset.trace = traced.id;
    } else {
      setText(view.detail, t('lmStart'));
      view.stepper.replaceChildren();
      delete view.stepper.dataset.trace;
    }

    // The diagram: weights on the edges, x under the inputs, each layer's δ once computed.
    const shownDelta = (l: number) => step !== null && model.steps.findIndex((s) => s.kind === 'delta' && s.layer === l) < state.step;
    renderNetwork(
      view.diagram,
      {
        layers: model.sizes,
        weights: problem.layers.map((layer) => layer.weights.flat()),
        unitLabels: model.sizes.map((n, l) => Array.from({ length: n }, (_, j) => `${l === 0 ? 'x' : l === last ? 'y' : 'h'}${sub(j + 1)}`)),
        unitValues: model.sizes.map((_, l) => (l === 0 ? matrices.input : shownDelta(l) ? matrices.steps[last - l].delta : undefined)),
      },
      {
        label: t('lmDiagram'),
        lang,
        edgeLabels: true,
        format: (v) => (Math.abs(v - Number(v.toFixed(2))) < 1e-12 ? given(v) : fixed(v)),
        highlight: detail ? { units: detail.units, edges: detail.edges } : {},
      },
    );

    keepFocusableWhenWide([view.lines, view.stepper]);
    const position = step ? fill(t('lmSummaryStep'), { step: String(state.step), total: String(STEP_COUNT), rule: ruleOf(step, last) }) : fill(t('lmSummaryStart'), { y: matrices.forward[last - 1].out.map(fixed).join(', ') });
    return said ? `${position} ${said}` : position;
  },
});
