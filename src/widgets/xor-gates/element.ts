/**
 * <nn-xor-gates>: XOR as a 2-2-1 step network (NAND, OR → AND). The network diagram with the weights
 * on the edges and each unit's output for the traced input (units that output 1 light up); the input
 * plane with both hidden units' decision lines and the region where the network outputs 1; the truth
 * table of all four inputs (nets in brackets, the traced row picked by a radio button, a click on the
 * row or on a corner of the plane, or the keys 1–4); the nine parameters as number fields; and the
 * verdict "computes XOR: yes/no" over all four rows, with a reset to the working weights. All
 * outputs come from the core (model.ts → evaluateStepNetwork).
 */
import { renderInputPlane } from '../charts/input-plane';
import { renderNetwork } from '../charts/network-diagram';
import { disposeChart } from '../charts/chart-frame';
import { h, setText, uniqueId } from '../kit/controls/dom';
import { createNumberField, type NumberField } from '../kit/controls/number-field';
import { frameOf, showUrlNotice } from '../kit/frame';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { readUrlState, writeUrlState } from '../kit/page-url';
import { defaults } from '../kit/url-state';
import { NnWidget } from '../kit/widget-element';
import { formatShort } from '../kit/format-short';
import { computesXor, hiddenLines, INPUTS, layersOf, outputRegions, PARAM_LIMIT, PLANE, rowOf, truthTable, UNITS, XOR_TABLE, type ParamKey, type XorState } from './model';

const UNIT_TITLES: Record<'h1' | 'h2' | 'y', WidgetStringKey> = { h1: 'xorUnitNand', h2: 'xorUnitOr', y: 'xorUnitAnd' };
const FIELD_LABELS: Record<'h1' | 'h2' | 'y', [WidgetStringKey, WidgetStringKey]> = {
  h1: ['xorWeightFromX1', 'xorWeightFromX2'],
  h2: ['xorWeightFromX1', 'xorWeightFromX2'],
  y: ['xorWeightFromH1', 'xorWeightFromH2'],
};

export class XorGatesWidget extends NnWidget {
  protected start(): void {
    const lang = this.uiLang;
    const t = (key: WidgetStringKey) => widgetString(key, lang);
    const id = frameOf(this)?.id ?? 'xor-gates';
    const parsed = readUrlState(id, XOR_TABLE);
    showUrlNotice(this, parsed.ignored, lang);
    let state: XorState = { ...parsed.state };

    const fields = {} as Record<ParamKey, NumberField>;
    const editors = UNITS.map(({ unit, keys }) =>
      h(
        'fieldset',
        { class: 'nn-xor-unit', 'data-unit': unit },
        h('legend', {}, t(UNIT_TITLES[unit])),
        ...keys.map((key, k) => {
          fields[key] = createNumberField({ guard: this.guarded,
            label: k < 2 ? t(FIELD_LABELS[unit][k]) : t('xorBias'),
            value: state[key],
            min: -PARAM_LIMIT,
            max: PARAM_LIMIT,
            step: 0.5,
            size: 5,
            lang,
            onChange: this.guard((value: number) => set({ [key]: value })) as (value: number) => void,
          });
          fields[key].input.dataset.param = key;
          return fields[key].element;
        }),
      ),
    );
    const reset = h('button', { type: 'button', class: 'nn-xor-reset' }, t('xorReset'));
    this.listen(reset, 'click', () => resetWeights());

    const verdict = h('p', { class: 'nn-xor-verdict', role: 'status' });
    const network = h('div', { class: 'nn-xor-network' });
    const plane = h('div', { class: 'nn-xor-plane' });

    const radioName = uniqueId('xor-input');
    const head = ['xorColumnPick', null, null, 'xorUnitNand', 'xorUnitOr', 'xorUnitAnd', 'xorColumnTarget'] as const;
    const table = h(
      'table',
      { class: 'nn-xor-table' },
      h('caption', {}, t('xorTableCaption')),
      h('thead', {}, h('tr', {}, ...head.map((key, k) => h('th', { scope: 'col' }, key ? t(key) : k === 1 ? 'x₁' : 'x₂')))),
    );
    const body = h('tbody');
    table.append(body);
    const rows = INPUTS.map((input, r) => {
      const [x1, x2] = [input[0], input[1]];
      const radio = h('input', { type: 'radio', name: radioName, value: input, id: uniqueId('xor-row') });
      const label = h('label', { for: radio.id, class: 'visually-hidden' }, fill(t('xorPickRow'), { x1, x2 }));
      const cells = [h('td', {}), h('td', {}), h('td', {}), h('td', {})];
      const tr = h('tr', { 'data-row': r }, h('td', { class: 'nn-xor-pick' }, radio, label), h('td', {}, x1), h('td', {}, x2), ...cells);
      body.append(tr);
      this.listen(radio, 'change', () => pick(input));
      this.listen(tr, 'click', (event: MouseEvent) => {
        if (event.target !== radio) pick(input);
      });
      return { tr, radio, cells };
    });

    const root = h(
      'div',
      { class: 'nn-xor' },
      h('div', { class: 'nn-xor-figures' }, network, plane),
      verdict,
      h('div', { class: 'nn-xor-table-wrap' }, table),
      h('div', { class: 'nn-xor-editors' }, ...editors, reset),
    );
    this.append(root);
    this.own(() => {
      disposeChart(network);
      disposeChart(plane);
      root.remove();
    });

    const set = (patch: Partial<XorState>) => {
      state = { ...state, ...patch };
      writeUrlState(id, XOR_TABLE, state);
      render();
    };
    const pick = (input: XorState['input']) => set({ input });
    const resetWeights = () => {
      const working = defaults(XOR_TABLE);
      for (const { keys } of UNITS) for (const key of keys) fields[key].set(working[key]);
      set({ ...working, input: state.input });
    };

    const render = () => {
      const layers = layersOf(state);
      const truth = truthTable(layers);
      const ok = computesXor(truth);
      const selected = rowOf(state.input);
      const row = truth[selected];
      const out = (v: number, net: number) => `${v} (${formatShort(net)})`;

      rows.forEach(({ tr, radio, cells }, r) => {
        const line = truth[r];
        radio.checked = r === selected;
        tr.classList.toggle('nn-selected', r === selected);
        tr.classList.toggle('nn-wrong', !line.correct);
        setText(cells[0], out(line.hidden[0], line.hiddenNets[0]));
        setText(cells[1], out(line.hidden[1], line.hiddenNets[1]));
        setText(cells[2], `${out(line.y, line.outputNet)} ${line.correct ? '✓' : '✗'}`);
        setText(cells[3], String(line.target));
      });
      const wrongRows = truth.filter((l) => !l.correct).map((l) => `(${l.x[0]}, ${l.x[1]})`);
      const verdictText = ok ? t('xorYes') : fill(t('xorNo'), { rows: wrongRows.join(', ') });
      setText(verdict, verdictText);
      verdict.classList.toggle('nn-xor-ok', ok);
      verdict.classList.toggle('nn-xor-broken', !ok);
      verdict.dataset.computesXor = ok ? 'yes' : 'no';

      const coords = { x1: String(row.x[0]), x2: String(row.x[1]) };
      const activations = [row.x, row.hidden, [row.y]];
      renderNetwork(
        network,
        {
          layers: [2, 2, 1],
          weights: [layers[0].weights.data, layers[1].weights.data],
          unitLabels: [
            ['x₁', 'x₂'],
            ['NAND', 'OR'],
            ['AND'],
          ],
          unitValues: activations.map((a) => Float64Array.from(a)),
        },
        {
          label: fill(t('xorNetworkLabel'), coords),
          lang,
          edgeLabels: true,
          aspect: 1.3,
          format: formatShort,
          unitClass: (u) => (activations[u.layer][u.index] === 1 ? 'nn-on' : null),
        },
      );

      const [nand, or] = hiddenLines(state);
      renderInputPlane(
        plane,
        {
          regions: outputRegions(state, layers),
          lines: [
            { id: 'h1', line: nand, label: 'NAND', series: 3 },
            { id: 'h2', line: or, label: 'OR', series: 2 },
          ],
          corners: truth.map((l) => ({ x: l.x[0], y: l.x[1], cls: l.y as 0 | 1 })),
          input: { x: row.x[0], y: row.x[1], cls: row.y as 0 | 1 },
        },
        {
          label: fill(t('xorPlaneLabel'), coords),
          lang,
          box: PLANE,
          classLabels: [t('planeOutput0'), t('planeOutput1')],
          xLabel: 'x₁',
          yLabel: 'x₂',
          onPickCorner: this.guard((index: number) => pick(INPUTS[index])) as (index: number) => void,
        },
      );

      this.announce(fill(t('xorSummary'), { ...coords, h1: String(row.hidden[0]), h2: String(row.hidden[1]), y: String(row.y), verdict: verdictText }));
    };

    INPUTS.forEach((input, r) => {
      this.shortcut(String(r + 1), (l) => fill(widgetString('xorKeysRow', l), { n: String(r + 1) }), () => pick(input));
    });
    this.shortcut('r', 'xorKeysReset', () => resetWeights());
    render();
  }
}
