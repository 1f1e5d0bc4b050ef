/**
 * <nn-neuron-model>: one artificial neuron, number by number (chapter 1, #neuron). Three inputs xᵢ
 * with their weights wᵢ, the bias b and the activation f: the diagram draws each weight on its edge
 * (colour its sign, thickness its size), the bars add w₁x₁, w₂x₂, w₃x₃ and b one at a time to reach
 * net, and the plot of f shows where net lands and what comes out. The live formula (typeset at build
 * time, components/NeuronModel.astro) carries the same numbers. Dragging the point along f moves net
 * and so the bias (the inputs and weights stay), which is the chapter's "how easily the neuron fires".
 * Every number from the core (model.ts).
 */
import { disposeChart } from '../charts/chart-frame';
import { renderFunctionPlot } from '../charts/function-plot';
import { renderNetwork } from '../charts/network-diagram';
import { renderSumBars } from '../charts/sum-bars';
import { h, setText } from '../kit/controls/dom';
import { formatShort } from '../kit/format-short';
import { formatSignificant, formatSignificantLive } from '../kit/format-significant';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { keepFocusableWhenWide } from '../kit/scroll-focus';
import { fill, type WidgetStringKey } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { biasFor, formulaValues, neuronModel, type Role } from './model';
import { ACTIVATIONS, NEURON_MODEL_TABLE, PRESETS, STEP, type NeuronActivation, type PresetName } from './state';

const NAMES: Record<NeuronActivation, WidgetStringKey> = {
  step: 'nmActStep',
  sigmoid: 'nmActSigmoid',
  tanh: 'nmActTanh',
  relu: 'nmActRelu',
  linear: 'nmActLinear',
};
const DEFINITIONS: Record<NeuronActivation, WidgetStringKey> = {
  step: 'nmDefStep',
  sigmoid: 'nmDefSigmoid',
  tanh: 'nmDefTanh',
  relu: 'nmDefRelu',
  linear: 'nmDefLinear',
};
const PRESET_NAMES: Record<PresetName, WidgetStringKey> = { and: 'nmAnd', or: 'nmOr', veto: 'nmVeto' };
const SUB = ['₁', '₂', '₃'];
const show = formatSignificant;

export const NeuronModelWidget = widgetElement({
  id: 'neuron-model',
  table: NEURON_MODEL_TABLE,
  model: neuronModel,

  view(kit) {
    const slider = (key: 'x1' | 'x2' | 'x3' | 'w1' | 'w2' | 'w3' | 'b', label: string) => kit.slider(key, { label, step: STEP, format: formatShort });
    const presets = (Object.keys(PRESETS) as PresetName[]).map((name) => kit.button(kit.t(PRESET_NAMES[name]), () => kit.set(PRESETS[name]), 'nn-nm-preset'));
    const diagram = h('div', { class: 'nn-nm-diagram' });
    const bars = h('div', { class: 'nn-nm-bars' });
    const plot = h('div', { class: 'nn-nm-plot' });
    for (const chart of [diagram, bars, plot]) kit.own(() => disposeChart(chart));
    const box = kit.host.querySelector<HTMLElement>('.nn-nm-formulas') ?? h('div', { class: 'nn-nm-formulas' });
    const formulas = liveFormulas(kit.id, box);
    const definition = h('p', { class: 'nn-nm-definition' });
    const verdict = h('p', { class: 'nn-nm-verdict', role: 'status' });
    const roles = h('p', { class: 'nn-nm-roles' });
    const root = kit.layout({
      className: 'nn-nm',
      controls: [
        h('div', { class: 'nn-nm-pairs' },
          h('fieldset', {}, h('legend', {}, kit.t('nmInputs')), slider('x1', 'x₁'), slider('x2', 'x₂'), slider('x3', 'x₃')),
          h('fieldset', {}, h('legend', {}, kit.t('nmWeights')), slider('w1', 'w₁'), slider('w2', 'w₂'), slider('w3', 'w₃')),
        ),
        slider('b', kit.t('nmBias')),
        kit.select('f', { label: kit.t('nmF'), options: ACTIVATIONS.map((value) => ({ value, label: kit.t(NAMES[value]) })) }),
        h('div', { class: 'nn-nm-presets', role: 'group', 'aria-label': kit.t('nmPresets') }, h('span', { 'aria-hidden': 'true' }, kit.t('nmPresets')), ...presets),
      ],
      visual: [diagram, bars, plot, box],
      readouts: [definition, verdict, roles],
    });
    // The point dragged along f sets net; the inputs and weights stay, so the bias takes the difference.
    const onNet = kit.guard((net: number) => {
      const b = biasFor(kit.model().reading, net);
      if (b !== null) kit.set({ b });
    });
    return { root, diagram, bars, plot, box, formulas, definition, verdict, roles, onNet };
  },

  render(view, { state, model, lang, t }) {
    const { reading } = model;
    const values = formulaValues(state, reading);
    const text: Record<string, string> = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, show(v)]));

    renderNetwork(
      view.diagram,
      {
        layers: [3, 1],
        weights: [[state.w1, state.w2, state.w3]],
        unitLabels: [['x₁', 'x₂', 'x₃'], ['y']],
        unitValues: [[state.x1, state.x2, state.x3], [reading.y]],
        biases: [undefined, [state.b]],
      },
      { label: fill(t('nmDiagramLabel'), text), lang, edgeLabels: true, format: show, aspect: 1.7 },
    );
    renderSumBars(
      view.bars,
      {
        terms: [
          ...reading.products.map((value, i) => ({ id: `p${i + 1}`, label: `w${SUB[i]}x${SUB[i]}`, value })),
          { id: 'b', label: 'b', value: state.b },
        ],
        totalLabel: t('nmBarsTotal'),
      },
      { label: fill(t('nmBarsLabel'), text), domain: [-2, 2], format: show },
    );
    renderFunctionPlot(
      view.plot,
      { curves: [{ id: 'f', label: 'f', xs: model.xs, ys: model.ys, series: 0 }], point: { x: reading.net, y: reading.y } },
      {
        label: fill(t('nmPlotLabel'), text),
        lang,
        xDomain: [-model.view, model.view],
        yDomain: model.yDomain,
        xLabel: 'net',
        yLabel: 'y',
        aspect: 1.9,
        move: {
          label: t('nmPoint'),
          min: -model.view,
          max: model.view,
          step: STEP,
          valueText: (net, y) => fill(t('nmPointText'), { net: show(net), y: show(y) }),
          onMove: view.onNet,
        },
      },
    );
    updateLiveFormulas(view.formulas, values, formatSignificantLive);

    setText(view.definition, t(DEFINITIONS[state.f]));
    const verdictKey: WidgetStringKey = state.f === 'step' ? (reading.y === 1 ? 'nmFires' : 'nmQuiet') : 'nmSmooth';
    const verdict = fill(t(verdictKey), text);
    setText(view.verdict, verdict);
    view.verdict.dataset.fires = String(state.f === 'step' && reading.y === 1);
    const inputs = (role: Role) => model.roles.flatMap((r, i) => (r === role ? [`x${SUB[i]} (${show(reading.products[i])})`] : [])).join(', ') || t('nmNobody');
    setText(view.roles, fill(t('nmRoles'), { push: inputs('push'), hold: inputs('hold'), none: inputs('none') }));
    keepFocusableWhenWide(view.box.querySelectorAll<HTMLElement>('.katex-display'));
    return verdict;
  },
});
