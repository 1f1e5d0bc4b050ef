/**
 * <nn-neuron>: one perceptron with two inputs. Sliders (with typed boxes) for w₁, w₂, b, x₁, x₂;
 * presets for AND, OR and NAND; the input plane with the decision line w₁x₁ + w₂x₂ + b = 0, its two
 * half-planes, the corners with their outputs and the current input; two handles that drag the line
 * (charts/line-drag.ts says how handles become weights). Every number shown comes from the model
 * (model.ts, core calls); the live formula in the frame (components/OneNeuron.astro) shows net and
 * y with the current numbers substituted.
 *
 * A drag sets (w₁, w₂, b) and keeps the handles where they were dragged (local state, not in the
 * URL) until a slider, a box or a preset sets the line, which puts them back at a quarter and three
 * quarters of the visible line.
 */
import { disposeChart } from '../charts/chart-frame';
import { renderInputPlane } from '../charts/input-plane';
import { h, setText } from '../kit/controls/dom';
import { formatShort } from '../kit/format-short';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { defaults } from '../kit/url-state';
import { widgetElement } from '../kit/widget';
import { CORNERS, dragHandle, neuronModel, type Drag } from './model';
import { NEURON_TABLE, PLANE, PRESETS, type NeuronState, type PresetName } from './state';

/** Arrow-key step of a handle, in input units. */
const HANDLE_STEP = 0.05;

export const NeuronWidget = widgetElement({
  id: 'neuron',
  table: NEURON_TABLE,
  local: { drag: null as Drag | null },
  // A drag may move a handle without changing the rounded line: the drag rebuilds the model too.
  modelKeys: ['w1', 'w2', 'b', 'x1', 'x2', 'drag'],
  model: neuronModel,

  view(kit) {
    const slider = (key: keyof NeuronState, label: string, step: number) => kit.slider(key, { label, step, format: String });
    const preset = (name: PresetName) => kit.set({ ...PRESETS[name], drag: null });
    const reset = () => kit.set({ ...defaults(NEURON_TABLE), drag: null });

    const presetButtons = (Object.keys(PRESETS) as PresetName[]).map((name) => {
      const button = kit.button(name.toUpperCase(), () => preset(name), 'nn-preset');
      button.dataset.preset = name;
      return button;
    });
    const plane = h('div', { class: 'nn-neuron-plane' });
    kit.own(() => disposeChart(plane));
    const result = h('p', { class: 'nn-neuron-result' });
    const corners = h('p', { class: 'nn-neuron-corners' });
    const note = h('p', { class: 'nn-neuron-note', hidden: true });

    kit.shortcut('a', 'neuronKeysAnd', () => preset('and'));
    kit.shortcut('o', 'neuronKeysOr', () => preset('or'));
    kit.shortcut('n', 'neuronKeysNand', () => preset('nand'));
    kit.shortcut('r', 'neuronKeysReset', reset);

    const root = kit.layout({
      className: 'nn-neuron',
      controls: [
        h('fieldset', {}, h('legend', {}, kit.t('neuronWeights')), slider('w1', kit.t('neuronW1'), 0.1), slider('w2', kit.t('neuronW2'), 0.1), slider('b', kit.t('neuronBias'), 0.1)),
        h('fieldset', {}, h('legend', {}, kit.t('neuronInput')), slider('x1', kit.t('neuronX1'), 0.05), slider('x2', kit.t('neuronX2'), 0.05)),
        h(
          'div',
          { class: 'nn-neuron-presets', role: 'group', 'aria-label': kit.t('neuronPresets') },
          h('span', { class: 'nn-neuron-presets-label', 'aria-hidden': 'true' }, kit.t('neuronPresets')),
          ...presetButtons,
          kit.button(kit.t('neuronReset'), reset, 'nn-neuron-reset'),
        ),
      ],
      visual: [plane, h('p', { class: 'nn-neuron-hint' }, kit.t('neuronDragHint'))],
      readouts: [result, corners, note],
    });
    /** A handle dragged by the pointer or the arrow keys (the chart reports its new place). */
    const onMove = kit.guard((id: string, x: number, y: number) => {
      const moved = dragHandle(kit.model(), id === 'h2' ? 1 : 0, [x, y]);
      if (moved) kit.set(moved);
    });
    return { root, plane, result, corners, note, onMove, formulas: liveFormulas(kit.id) };
  },

  render({ plane, result, corners, note, onMove, formulas }, { state, model, lang, t }) {
    const { line, net, y, pattern } = model;
    const values = { w1: formatShort(state.w1), w2: formatShort(state.w2), b: formatShort(state.b), x1: formatShort(state.x1), x2: formatShort(state.x2) };
    renderInputPlane(
      plane,
      {
        regions: model.regions,
        lines: model.lineNote === 'no-line' ? [] : [{ id: 'line', line, normal: true }],
        corners: CORNERS.map((p, i) => ({ x: p[0], y: p[1], cls: pattern[i] })),
        input: { x: state.x1, y: state.x2, cls: y },
        handles: model.shownHandles?.map((p, i) => ({
          id: `h${i + 1}`,
          x: p[0],
          y: p[1],
          label: fill(t('neuronHandle'), { n: String(i + 1), x: p[0].toFixed(2), y: p[1].toFixed(2) }),
        })),
      },
      {
        label: fill(t('neuronPlaneLabel'), values),
        lang,
        box: PLANE,
        classLabels: [t('planeOutput0'), t('planeOutput1')],
        xLabel: 'x₁',
        yLabel: 'x₂',
        drag: { step: HANDLE_STEP, roleDescription: t('neuronHandleRole'), onMove },
      },
    );

    updateLiveFormulas(formulas, { w1: state.w1, w2: state.w2, b: state.b, x1: state.x1, x2: state.x2, net, y });
    setText(result, `net = ${formatShort(net)}, y = step(${formatShort(net)}) = ${y}`);
    const patternText = pattern.join(', ');
    setText(corners, fill(t('neuronCorners'), { pattern: patternText }) + (model.gate ? fill(t('neuronGate'), { gate: model.gate }) : t('neuronNoGate')));
    const noteText =
      model.lineNote === 'no-line'
        ? fill(t('neuronNoLine'), { b: formatShort(state.b), y: String(pattern[0]) })
        : model.lineNote === 'off-plane'
          ? fill(t('neuronOffPlane'), { y: String(pattern[0]) })
          : '';
    setText(note, noteText);
    note.hidden = noteText === '';
    return fill(t('neuronSummary'), { net: formatShort(net), y: String(y), pattern: patternText, w1: values.w1, w2: values.w2, b: values.b });
  },
});
