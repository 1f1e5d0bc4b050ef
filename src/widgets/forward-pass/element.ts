/**
 * <nn-forward-pass>: the chapter's 2-2-1 sigmoid network computed one quantity at a time — each unit's
 * net input, then its output, layer by layer — on the network diagram (the unit in use and its
 * incoming edges highlighted, outputs written under the units), in a table, and as a formula with the
 * numbers substituted. Walked with the kit's step bar (→ ← and . , step, Space/K plays, R or Home
 * back to the start). Every number is the core's (model.ts); the inputs x₁, x₂ are editable and validated.
 */
import type { ForwardValues } from '../../core';
import { renderNetwork, type NetworkHighlight } from '../charts/network-diagram';
import { edgeId, unitId } from '../charts/network-layout';
import { disposeChart } from '../charts/chart-frame';
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill, type WidgetStringKey } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { EXAMPLE_NUMBERS, forwardModel } from './model';
import { EXAMPLE_LAYERS as layers, FORWARD_TABLE, INPUT_MAX, INPUT_MIN, STEP_COUNT } from './state';
import { compact, fixed, forwardSteps, isShown, stepFormula, unitName, type ForwardStep } from './steps';

/** Quantities per second while playing. */
const PLAY_SPEED = 1.25;
const steps = forwardSteps(layers);
/** x₁ x₂ | h₁ h₂ | y: the diagram's unit labels. */
const labels = layers.map((size, layer) => Array.from({ length: size }, (_, unit) => unitName(layers, layer, unit)));

export const ForwardPassWidget = widgetElement({
  id: 'forward-pass',
  table: FORWARD_TABLE,
  model: forwardModel,

  view(kit) {
    const input = (key: 'x1' | 'x2', index: number) =>
      kit.number(key, {
        label: fill(kit.t('forwardInput'), { name: unitName(layers, 0, index) }),
        step: 0.1,
        size: 6,
        hint: `${compact(INPUT_MIN)} … ${compact(INPUT_MAX)}`,
      });
    const bar = kit.stepBar({ key: 'step', count: () => STEP_COUNT, speed: PLAY_SPEED, nextKeys: ['.'], previousKeys: [','] });
    kit.shortcut('r', 'keysReset', bar.first);

    const diagram = h('div', { class: 'nn-fp-diagram' });
    kit.own(() => disposeChart(diagram));
    const symbols = h('span', { class: 'nn-fp-symbols' });
    const substituted = h('span', { class: 'nn-fp-numbers' });
    const formula = h('p', { class: 'nn-fp-formula', 'aria-label': kit.t('forwardFormula') }, symbols, substituted);

    const rows = new Map<string, { net: HTMLElement; out: HTMLElement; row: HTMLElement }>();
    const body = h('tbody');
    for (let layer = 1; layer < layers.length; layer++) {
      for (let unit = 0; unit < layers[layer]; unit++) {
        const net = h('td', { 'data-q': 'net' });
        const out = h('td', { 'data-q': 'out' });
        const row = h('tr', { 'data-unit': unitId(layer, unit) }, h('th', { scope: 'row' }, unitName(layers, layer, unit)), net, out);
        rows.set(unitId(layer, unit), { net, out, row });
        body.append(row);
      }
    }
    const th = (key: WidgetStringKey) => h('th', { scope: 'col' }, kit.t(key));
    const table = h(
      'table',
      { class: 'nn-fp-table' },
      h('caption', {}, kit.t('forwardTable')),
      h('thead', {}, h('tr', {}, th('forwardUnit'), th('forwardNet'), th('forwardOut'))),
      body,
    );

    const root = kit.layout({
      className: 'nn-fp',
      controls: [input('x1', 0), input('x2', 1)],
      bar: bar.element,
      visual: [diagram, h('p', { class: 'nn-fp-note' }, kit.t('forwardDiagramNote'))],
      readouts: [formula, table],
    });
    return { root, diagram, formula, symbols, substituted, rows, formulas: liveFormulas(kit.id) };
  },

  render(view, { state, model: values, lang, t }) {
    const shown = state.step;
    const current: ForwardStep | null = shown > 0 ? steps[shown - 1] : null;
    const upcoming = steps[Math.min(shown, steps.length - 1)];

    // Diagram, under each unit: the input; the net input while it is being summed (in italics);
    // the output once computed.
    const summing = (layer: number, unit: number) => current?.phase === 'net' && current.layer === layer && current.unit === unit;
    const unitValues = layers.map((size, layer) =>
      Array.from({ length: size }, (_, unit) => {
        if (layer === 0 || isShown(steps, shown, layer, unit, 'out')) return values.outputs[layer][unit];
        return summing(layer, unit) ? values.nets[layer - 1][unit] : undefined;
      }),
    ) as unknown as ArrayLike<number>[];
    renderNetwork(
      view.diagram,
      { layers, weights: EXAMPLE_NUMBERS.weights, biases: [undefined, ...EXAMPLE_NUMBERS.biases], unitLabels: labels, unitValues },
      {
        label: t('forwardDiagram'),
        lang,
        edgeLabels: true,
        format: (v) => compact(v, 2),
        highlight: highlightOf(current),
        unitClass: (u) => (summing(u.layer, u.index) ? 'nn-fp-summing' : null),
      },
    );

    for (const [key, cells] of view.rows) {
      const [layer, unit] = key.slice(1).split('.').map(Number);
      setText(cells.net, isShown(steps, shown, layer, unit, 'net') ? fixed(values.nets[layer - 1][unit]) : '·');
      setText(cells.out, isShown(steps, shown, layer, unit, 'out') ? fixed(values.outputs[layer][unit]) : '·');
      cells.row.classList.toggle('nn-fp-current', current !== null && current.layer === layer && current.unit === unit);
    }

    if (current) {
      const f = stepFormula(EXAMPLE_NUMBERS, values, current);
      setText(view.symbols, f.symbols);
      setText(view.substituted, f.numbers);
    } else {
      setText(view.symbols, fill(t('forwardStart'), { name: unitName(layers, 1, 0) }));
      setText(view.substituted, '');
    }
    view.formula.dataset.phase = current?.phase ?? 'start';

    // The chapter's live formula follows the unit in use (or the next one).
    const unit = current ?? upcoming;
    const W = EXAMPLE_NUMBERS.weights[unit.layer - 1];
    const inputs = values.outputs[unit.layer - 1];
    updateLiveFormulas(view.formulas, {
      w1: W[unit.unit * 2],
      a1: inputs[0],
      w2: W[unit.unit * 2 + 1],
      a2: inputs[1],
      b: EXAMPLE_NUMBERS.biases[unit.layer - 1][unit.unit],
      net: values.nets[unit.layer - 1][unit.unit],
      out: values.outputs[unit.layer][unit.unit],
    });

    return summary(t, state, values, current);
  },
});

/** The screen reader's line: what the current step computed, and the output once all are. */
function summary(t: (key: WidgetStringKey) => string, state: { x1: number; x2: number; step: number }, values: ForwardValues, current: ForwardStep | null): string {
  if (!current) return fill(t('forwardSummaryStart'), { x1: compact(state.x1), x2: compact(state.x2) });
  const name = unitName(layers, current.layer, current.unit);
  const net = values.nets[current.layer - 1][current.unit];
  const params = { step: String(state.step), total: String(STEP_COUNT), name, net: fixed(net) };
  const text =
    current.phase === 'net'
      ? fill(t('forwardSummaryNet'), { ...params, value: fixed(net) })
      : fill(t('forwardSummaryOut'), { ...params, value: fixed(values.outputs[current.layer][current.unit]) });
  return state.step === STEP_COUNT ? `${text} ${fill(t('forwardDone'), { y: fixed(values.outputs[2][0]) })}` : text;
}

/** The unit in use; while its net is summed, also the units and edges feeding it. */
function highlightOf(step: ForwardStep | null): NetworkHighlight {
  if (!step) return {};
  const target = unitId(step.layer, step.unit);
  if (step.phase === 'out') return { units: [target] };
  const sources = Array.from({ length: layers[step.layer - 1] }, (_, i) => i);
  return {
    units: [target, ...sources.map((i) => unitId(step.layer - 1, i))],
    edges: sources.map((i) => edgeId(step.layer, i, step.unit)),
  };
}
