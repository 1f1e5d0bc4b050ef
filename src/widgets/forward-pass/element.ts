/**
 * <nn-forward-pass>: the chapter's 2-2-1 sigmoid network computed one quantity at a time — each unit's
 * net input, then its output, layer by layer — on the network diagram (the unit in use and its
 * incoming edges highlighted, outputs written under the units), in a table, and as a formula with the
 * numbers substituted. Stepped (Previous/Next/Reset) or animated (Play). Every number is the core's
 * (forwardValues); the inputs x₁, x₂ are editable and validated.
 */
import { Network, forwardValues, type ForwardValues } from '../../core';
import { renderNetwork, type NetworkHighlight } from '../charts/network-diagram';
import { edgeId, unitId } from '../charts/network-layout';
import { disposeChart } from '../charts/chart-frame';
import { h, setText } from '../kit/controls/dom';
import { icon, setIcon } from '../kit/controls/icons';
import { createNumberField } from '../kit/controls/number-field';
import { frameOf, showUrlNotice } from '../kit/frame';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { readUrlState, writeUrlState } from '../kit/page-url';
import type { UrlState } from '../kit/url-state';
import { NnWidget } from '../kit/widget-element';
import { EXAMPLE_LAYERS, EXAMPLE_SPEC, FORWARD_TABLE, INPUT_MAX, INPUT_MIN, STEP_COUNT } from './state';
import { compact, fixed, forwardSteps, isShown, stepFormula, unitName, type ForwardStep } from './steps';

/** Quantities per second while playing. */
const PLAY_SPEED = 1.25;

export class ForwardPassWidget extends NnWidget {
  protected start(): void {
    const lang = this.uiLang;
    const t = (key: WidgetStringKey) => widgetString(key, lang);
    const id = frameOf(this)?.id ?? 'forward-pass';
    const { state: initial, ignored } = readUrlState(id, FORWARD_TABLE);
    showUrlNotice(this, ignored, lang);
    const state: UrlState<typeof FORWARD_TABLE> = { ...initial };

    const layers = EXAMPLE_LAYERS;
    const network = Network.fromSpec(EXAMPLE_SPEC);
    const numbers = {
      layers,
      weights: [network.parameter('layer1.W').data, network.parameter('layer2.W').data],
      biases: [network.parameter('layer1.b').data, network.parameter('layer2.b').data],
    };
    const steps = forwardSteps(layers);
    let values: ForwardValues = forwardValues(network, [state.x1, state.x2]);

    // ——— controls ———
    const inputField = (key: 'x1' | 'x2', index: number) =>
      createNumberField({ guard: this.guarded,
        label: fill(t('forwardInput'), { name: unitName(layers, 0, index) }),
        value: state[key],
        min: INPUT_MIN,
        max: INPUT_MAX,
        step: 0.1,
        lang,
        size: 6,
        hint: `${compact(INPUT_MIN)} … ${compact(INPUT_MAX)}`,
        onChange: (v) => {
          state[key] = v;
          values = forwardValues(network, [state.x1, state.x2]);
          render();
        },
      });
    const x1 = inputField('x1', 0);
    const x2 = inputField('x2', 1);

    const button = (className: string, label: string, iconName?: Parameters<typeof icon>[0]) =>
      h('button', { type: 'button', class: className }, iconName ? icon(iconName) : null, h('span', { class: 'nn-label' }, label));
    const previous = button('nn-fp-previous', t('forwardPrevious'));
    const next = button('nn-fp-next', t('forwardNext'), 'step');
    const play = button('nn-play', t('transportPlay'), 'play');
    const reset = button('nn-reset', t('transportReset'), 'reset');
    const counter = h('span', { class: 'nn-fp-counter' });

    const diagram = h('div', { class: 'nn-fp-diagram' });
    const symbols = h('span', { class: 'nn-fp-symbols' });
    const substituted = h('span', { class: 'nn-fp-numbers' });
    const formula = h('p', { class: 'nn-fp-formula', 'aria-label': t('forwardFormula') }, symbols, substituted);

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
    const table = h(
      'table',
      { class: 'nn-fp-table' },
      h('caption', {}, t('forwardTable')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('forwardUnit')), h('th', { scope: 'col' }, t('forwardNet')), h('th', { scope: 'col' }, t('forwardOut')))),
      body,
    );

    this.replaceChildren(
      h(
        'div',
        { class: 'nn-fp' },
        h('div', { class: 'nn-fp-inputs' }, x1.element, x2.element),
        h('div', { class: 'nn-fp-buttons', role: 'group', 'aria-label': t('transportLabel') }, previous, next, play, reset, counter),
        h(
          'div',
          { class: 'nn-fp-main' },
          h('div', {}, diagram, h('p', { class: 'nn-fp-note' }, t('forwardDiagramNote'))),
          h('div', { class: 'nn-fp-side' }, formula, table),
        ),
      ),
    );
    this.own(() => disposeChart(diagram));

    // ——— stepping ———
    const runner = this.makeRunner({
      stepFn: () => {
        state.step = Math.min(STEP_COUNT, state.step + 1);
        render();
        return 0;
      },
      stepsPerSecond: PLAY_SPEED,
      isDone: () => state.step >= STEP_COUNT,
    });
    /** Leaves play and any finished run, so the buttons work again. */
    const halt = () => {
      if (runner.state.get().status === 'stopped') runner.reset(0);
      else runner.pause();
    };
    const go = (step: number) => {
      halt();
      state.step = Math.max(0, Math.min(STEP_COUNT, step));
      render();
    };
    const togglePlay = () => {
      const status = runner.state.get().status;
      if (status === 'playing') return runner.pause();
      if (status === 'stopped') runner.reset(0);
      if (state.step >= STEP_COUNT) {
        state.step = 0;
        render();
      }
      runner.play();
    };
    this.listen(previous, 'click', () => go(state.step - 1));
    this.listen(next, 'click', () => go(state.step + 1));
    this.listen(reset, 'click', () => go(0));
    this.listen(play, 'click', togglePlay);
    this.shortcut('ArrowRight', 'forwardKeysNext', () => go(state.step + 1));
    this.shortcut('.', 'forwardKeysNext', () => go(state.step + 1));
    this.shortcut('ArrowLeft', 'forwardKeysPrevious', () => go(state.step - 1));
    this.shortcut(',', 'forwardKeysPrevious', () => go(state.step - 1));
    this.shortcut(' ', 'forwardKeysPlay', togglePlay);
    this.shortcut('k', 'forwardKeysPlay', togglePlay);
    this.shortcut('r', 'keysReset', () => go(0));
    const unsubscribe = runner.state.subscribe(() => renderPlay());
    this.own(unsubscribe);

    const formulas = liveFormulas(id);
    const labels = [0, 1, 2].map((layer) => Array.from({ length: layers[layer] }, (_, unit) => unitName(layers, layer, unit)));

    function renderPlay(): void {
      const playing = runner.state.get().status === 'playing';
      setText(play.querySelector('.nn-label') as Element, t(playing ? 'transportPause' : 'transportPlay'));
      setIcon(play, playing ? 'pause' : 'play');
      play.dataset.state = playing ? 'playing' : 'paused';
      play.hidden = runner.state.get().reducedMotion;
    }

    const render = (): void => {
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
        diagram,
        { layers, weights: numbers.weights, unitLabels: labels, unitValues },
        {
          label: t('forwardDiagram'),
          lang,
          edgeLabels: true,
          format: (v) => compact(v, 2),
          highlight: highlightOf(current),
          unitClass: (u) => (summing(u.layer, u.index) ? 'nn-fp-summing' : null),
        },
      );

      for (const [key, cells] of rows) {
        const [layer, unit] = key.slice(1).split('.').map(Number);
        setText(cells.net, isShown(steps, shown, layer, unit, 'net') ? fixed(values.nets[layer - 1][unit]) : '·');
        setText(cells.out, isShown(steps, shown, layer, unit, 'out') ? fixed(values.outputs[layer][unit]) : '·');
        cells.row.classList.toggle('nn-fp-current', current !== null && current.layer === layer && current.unit === unit);
      }

      if (current) {
        const f = stepFormula(numbers, values, current);
        setText(symbols, f.symbols);
        setText(substituted, f.numbers);
      } else {
        setText(symbols, fill(t('forwardStart'), { name: unitName(layers, 1, 0) }));
        setText(substituted, '');
      }
      formula.dataset.phase = current?.phase ?? 'start';
      setText(counter, fill(t('forwardStepOf'), { step: String(shown), total: String(STEP_COUNT) }));
      previous.disabled = shown === 0;
      next.disabled = shown === STEP_COUNT;

      // The chapter's live formula follows the unit in use (or the next one).
      const unit = current ?? upcoming;
      const W = numbers.weights[unit.layer - 1];
      const inputs = values.outputs[unit.layer - 1];
      updateLiveFormulas(formulas, {
        w1: W[unit.unit * 2],
        a1: inputs[0],
        w2: W[unit.unit * 2 + 1],
        a2: inputs[1],
        b: numbers.biases[unit.layer - 1][unit.unit],
        net: values.nets[unit.layer - 1][unit.unit],
        out: values.outputs[unit.layer][unit.unit],
      });

      this.announce(summary(current, shown));
      writeUrlState(id, FORWARD_TABLE, state);
    };

    const summary = (current: ForwardStep | null, shown: number): string => {
      if (!current) return fill(t('forwardSummaryStart'), { x1: compact(state.x1), x2: compact(state.x2) });
      const name = unitName(layers, current.layer, current.unit);
      const net = values.nets[current.layer - 1][current.unit];
      const params = { step: String(shown), total: String(STEP_COUNT), name, net: fixed(net) };
      const text =
        current.phase === 'net'
          ? fill(t('forwardSummaryNet'), { ...params, value: fixed(net) })
          : fill(t('forwardSummaryOut'), { ...params, value: fixed(values.outputs[current.layer][current.unit]) });
      return shown === STEP_COUNT ? `${text} ${fill(t('forwardDone'), { y: fixed(values.outputs[2][0]) })}` : text;
    };

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

    render();
    renderPlay();
  }
}
