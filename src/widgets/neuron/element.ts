/**
 * <nn-neuron>: one perceptron with two inputs. Sliders (with typed boxes) for w₁, w₂, b, x₁, x₂;
 * presets for AND, OR and NAND; the input plane with the decision line w₁x₁ + w₂x₂ + b = 0, its two
 * half-planes, the corners with their outputs and the current input; two handles that drag the line
 * (line-drag.ts says how handles become weights). Every number shown — net, y, the corners' outputs,
 * each region's output — comes from the core (perceptronNet, perceptronOutput); the live formula in
 * the frame (components/OneNeuron.astro) shows net and y with the current numbers substituted.
 *
 * Flow: a control or a handle → setState → URL + render. Handles are kept where they were dragged
 * (projected onto the rounded line) until a slider, a box or a preset sets the line, which puts them
 * back at a quarter and three quarters of the visible line.
 */
import { createPerceptron, perceptronNet, perceptronOutput } from '../../core';
import { boxPolygon, clipToSide, isLine, polygonCentroid, segmentInBox, type Line, type Point } from '../charts/half-planes';
import { renderInputPlane, type PlaneRegion } from '../charts/input-plane';
import { disposeChart } from '../charts/chart-frame';
import { h, setText } from '../kit/controls/dom';
import { createSliderField, type SliderField } from '../kit/controls/slider-field';
import { frameOf, showUrlNotice } from '../kit/frame';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { readUrlState, writeUrlState } from '../kit/page-url';
import { defaults } from '../kit/url-state';
import { NnWidget } from '../kit/widget-element';
import { formatShort } from '../kit/format-short';
import { defaultHandles, handlesOnLine, lineThroughHandles, moveHandle } from './line-drag';
import { gateOf, NEURON_TABLE, PARAM_LIMIT, PLANE, PRESETS, type NeuronState, type PresetName } from './state';

const CORNERS: readonly Point[] = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];
/** Arrow-key step of a handle, in input units. */
const HANDLE_STEP = 0.05;

type Key = keyof NeuronState;

export class NeuronWidget extends NnWidget {
  protected start(): void {
    const lang = this.uiLang;
    const t = (key: WidgetStringKey) => widgetString(key, lang);
    const id = frameOf(this)?.id ?? 'neuron';
    const parsed = readUrlState(id, NEURON_TABLE);
    showUrlNotice(this, parsed.ignored, lang);
    let state: NeuronState = { ...parsed.state };
    let handles: [Point, Point] | null = null;
    const formulas = liveFormulas(id);

    const fields = {} as Record<Key, SliderField>;
    const field = (key: Key, label: string, step: number) => {
      const spec = NEURON_TABLE.find((f) => f.key === key)!;
      fields[key] = createSliderField({ guard: this.guarded,
        label,
        value: state[key],
        min: spec.min ?? -PARAM_LIMIT,
        max: spec.max ?? PARAM_LIMIT,
        step,
        lang,
        format: String,
        onChange: this.guard((value: number) => set({ [key]: value }, true)) as (value: number) => void,
      });
      return fields[key].element;
    };

    const presetButtons = (Object.keys(PRESETS) as PresetName[]).map((name) => {
      const button = h('button', { type: 'button', class: 'nn-preset', 'data-preset': name }, name.toUpperCase());
      this.listen(button, 'click', () => preset(name));
      return button;
    });
    const reset = h('button', { type: 'button', class: 'nn-neuron-reset' }, t('neuronReset'));
    this.listen(reset, 'click', () => resetAll());

    const result = h('p', { class: 'nn-neuron-result' });
    const corners = h('p', { class: 'nn-neuron-corners' });
    const note = h('p', { class: 'nn-neuron-note', hidden: true });
    const plane = h('div', { class: 'nn-neuron-plane' });
    const hint = h('p', { class: 'nn-neuron-hint' }, t('neuronDragHint'));

    const root = h(
      'div',
      { class: 'nn-neuron' },
      h(
        'div',
        { class: 'nn-neuron-controls' },
        h('fieldset', {}, h('legend', {}, t('neuronWeights')), field('w1', t('neuronW1'), 0.1), field('w2', t('neuronW2'), 0.1), field('b', t('neuronBias'), 0.1)),
        h('fieldset', {}, h('legend', {}, t('neuronInput')), field('x1', t('neuronX1'), 0.05), field('x2', t('neuronX2'), 0.05)),
        h('div', { class: 'nn-neuron-presets', role: 'group', 'aria-label': t('neuronPresets') }, h('span', { class: 'nn-neuron-presets-label', 'aria-hidden': 'true' }, t('neuronPresets')), ...presetButtons, reset),
        result,
        corners,
        note,
      ),
      h('div', { class: 'nn-neuron-figure' }, plane, hint),
    );
    this.append(root);
    this.own(() => {
      disposeChart(plane);
      root.remove();
    });

    const line = (): Line => ({ w1: state.w1, w2: state.w2, b: state.b });

    const set = (patch: Partial<NeuronState>, fromControl: boolean) => {
      state = { ...state, ...patch };
      if (fromControl && ('w1' in patch || 'w2' in patch || 'b' in patch)) handles = null;
      if (!fromControl) for (const key of Object.keys(patch) as Key[]) fields[key].set(state[key]);
      writeUrlState(id, NEURON_TABLE, state);
      render();
    };

    const preset = (name: PresetName) => {
      handles = null;
      set({ ...PRESETS[name] }, false);
    };

    const resetAll = () => {
      handles = null;
      set(defaults(NEURON_TABLE), false);
    };

    const onMove = (handleId: string, x: number, y: number) => {
      const current = handles ?? defaultHandles(line(), PLANE);
      if (!current) return;
      const k = handleId === 'h2' ? 1 : 0;
      const moved: [Point, Point] = [current[0], current[1]];
      moved[k] = moveHandle([x, y], 0, 0, PLANE);
      const next = lineThroughHandles(moved[0], moved[1], line(), PARAM_LIMIT);
      if (!next) return;
      handles = moved;
      set({ w1: next.w1, w2: next.w2, b: next.b }, false);
    };

    const render = () => {
      const neuron = createPerceptron(2, { weights: [state.w1, state.w2], bias: state.b });
      const net = perceptronNet(neuron, [state.x1, state.x2]);
      const y = perceptronOutput(neuron, [state.x1, state.x2]);
      const outputAt = (p: Point) => perceptronOutput(neuron, p) as 0 | 1;
      const pattern = CORNERS.map(outputAt);
      const l = line();

      // Regions: the box cut by the line; each region's output from the core at its centroid.
      const box = boxPolygon(PLANE);
      const polygons = isLine(l) ? [clipToSide(box, l, 0), clipToSide(box, l, 1)].filter((p) => p.length >= 3) : [box];
      const regions: PlaneRegion[] = polygons.map((polygon) => ({ polygon, cls: outputAt(polygonCentroid(polygon)) }));

      if (!handles) handles = defaultHandles(l, PLANE);
      const shown = handles ? handlesOnLine(l, handles) : null;
      const values = { w1: formatShort(state.w1), w2: formatShort(state.w2), b: formatShort(state.b), x1: formatShort(state.x1), x2: formatShort(state.x2) };

      renderInputPlane(
        plane,
        {
          regions,
          lines: isLine(l) ? [{ id: 'line', line: l, normal: true }] : [],
          corners: CORNERS.map((p, i) => ({ x: p[0], y: p[1], cls: pattern[i] })),
          input: { x: state.x1, y: state.x2, cls: y as 0 | 1 },
          handles: shown?.map((p, i) => ({
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
          drag: { step: HANDLE_STEP, roleDescription: t('neuronHandleRole'), onMove: this.guard(onMove) as typeof onMove },
        },
      );

      updateLiveFormulas(formulas, { w1: state.w1, w2: state.w2, b: state.b, x1: state.x1, x2: state.x2, net, y });
      setText(result, `net = ${formatShort(net)}, y = step(${formatShort(net)}) = ${y}`);
      const gate = gateOf(pattern);
      const patternText = pattern.join(', ');
      setText(corners, fill(t('neuronCorners'), { pattern: patternText }) + (gate ? fill(t('neuronGate'), { gate }) : t('neuronNoGate')));
      const noteText = !isLine(l)
        ? fill(t('neuronNoLine'), { b: formatShort(state.b), y: String(pattern[0]) })
        : !segmentInBox(l, PLANE)
          ? fill(t('neuronOffPlane'), { y: String(pattern[0]) })
          : '';
      setText(note, noteText);
      note.hidden = noteText === '';
      this.announce(fill(t('neuronSummary'), { net: formatShort(net), y: String(y), pattern: patternText, w1: values.w1, w2: values.w2, b: values.b }));
    };

    this.shortcut('a', 'neuronKeysAnd', () => preset('and'));
    this.shortcut('o', 'neuronKeysOr', () => preset('or'));
    this.shortcut('n', 'neuronKeysNand', () => preset('nand'));
    this.shortcut('r', 'neuronKeysReset', () => resetAll());
    render();
  }
}
