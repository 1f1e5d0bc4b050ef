/**
 * <nn-xor-gates>: XOR as a 2-2-1 step network (NAND, OR → AND). The network diagram with the weights
 * on the edges and each unit's output for the traced input (units that output 1 light up); the input
 * plane with both hidden units' decision lines and the region where the network outputs 1; the truth
 * table of all four inputs (nets in brackets, the traced row picked by a radio button, a click on the
 * row or on a corner of the plane, or the keys 1–4); the nine parameters as number fields; and the
 * verdict "computes XOR: yes/no" over all four rows, with a reset to the working weights. All
 * outputs come from the model (model.ts → the core's evaluateStepNetwork).
 */
import { disposeChart } from '../charts/chart-frame';
import { renderInputPlane } from '../charts/input-plane';
import { renderNetwork } from '../charts/network-diagram';
import { h, setText, uniqueId } from '../kit/controls/dom';
import { formatShort } from '../kit/format-short';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { defaults } from '../kit/url-state';
import { widgetElement } from '../kit/widget';
import { rowOf, xorModel } from './model';
import { INPUTS, PLANE, UNITS, XOR_TABLE, type ParamKey, type XorState } from './state';

const UNIT_TITLES: Record<'h1' | 'h2' | 'y', WidgetStringKey> = { h1: 'xorUnitNand', h2: 'xorUnitOr', y: 'xorUnitAnd' };
const FIELD_LABELS: Record<'h1' | 'h2' | 'y', [WidgetStringKey, WidgetStringKey]> = {
  h1: ['xorWeightFromX1', 'xorWeightFromX2'],
  h2: ['xorWeightFromX1', 'xorWeightFromX2'],
  y: ['xorWeightFromH1', 'xorWeightFromH2'],
};
const PARAM_KEYS: readonly ParamKey[] = UNITS.flatMap((unit) => unit.keys);

export const XorGatesWidget = widgetElement({
  id: 'xor-gates',
  table: XOR_TABLE,
  // The traced input only picks a row of the model.
  modelKeys: PARAM_KEYS,
  model: xorModel,

  view(kit) {
    const pick = (input: XorState['input']) => kit.set({ input });
    /** The working weights back; the traced input stays. */
    const resetWeights = () => kit.set({ ...defaults(XOR_TABLE), input: kit.get().input });

    const editors = UNITS.map(({ unit, keys }) =>
      h(
        'fieldset',
        { class: 'nn-xor-unit', 'data-unit': unit },
        h('legend', {}, kit.t(UNIT_TITLES[unit])),
        ...keys.map((key, k) => {
          const field = kit.number(key, { label: k < 2 ? kit.t(FIELD_LABELS[unit][k]) : kit.t('xorBias'), step: 0.5, size: 5 });
          field.querySelector('input')!.dataset.param = key;
          return field;
        }),
      ),
    );

    const radioName = uniqueId('xor-input');
    const head = ['xorColumnPick', null, null, 'xorUnitNand', 'xorUnitOr', 'xorUnitAnd', 'xorColumnTarget'] as const;
    const body = h('tbody');
    const table = h(
      'table',
      { class: 'nn-xor-table' },
      h('caption', {}, kit.t('xorTableCaption')),
      h('thead', {}, h('tr', {}, ...head.map((key, k) => h('th', { scope: 'col' }, key ? kit.t(key) : k === 1 ? 'x₁' : 'x₂')))),
      body,
    );
    const rows = INPUTS.map((input, r) => {
      const [x1, x2] = [input[0], input[1]];
      const radio = h('input', { type: 'radio', name: radioName, value: input, id: uniqueId('xor-row') });
      const label = h('label', { for: radio.id, class: 'visually-hidden' }, fill(kit.t('xorPickRow'), { x1, x2 }));
      const cells = [h('td', {}), h('td', {}), h('td', {}), h('td', {})];
      const tr = h('tr', { 'data-row': r }, h('td', { class: 'nn-xor-pick' }, radio, label), h('td', {}, x1), h('td', {}, x2), ...cells);
      body.append(tr);
      kit.listen(radio, 'change', () => pick(input));
      kit.listen<MouseEvent>(tr, 'click', (event) => {
        if (event.target !== radio) pick(input);
      });
      return { tr, radio, cells };
    });

    INPUTS.forEach((input, r) => {
      kit.shortcut(String(r + 1), (lang) => fill(widgetString('xorKeysRow', lang), { n: String(r + 1) }), () => pick(input));
    });
    kit.shortcut('r', 'xorKeysReset', resetWeights);

    const network = h('div', { class: 'nn-xor-network' });
    const plane = h('div', { class: 'nn-xor-plane' });
    kit.own(() => {
      disposeChart(network);
      disposeChart(plane);
    });
    const verdict = h('p', { class: 'nn-xor-verdict', role: 'status' });
    const root = kit.layout({
      className: 'nn-xor',
      controls: [...editors, kit.button(kit.t('xorReset'), resetWeights, 'nn-xor-reset')],
      // The truth table sits with the figures: it is drawn from the same network, and a row is picked there.
      visual: [h('div', { class: 'nn-xor-figures' }, network, plane), h('div', { class: 'nn-xor-table-wrap' }, table)],
      readouts: [verdict],
    });
    /** A corner of the plane clicked: trace that input. */
    const onPickCorner = kit.guard((index: number) => pick(INPUTS[index]));
    return { root, rows, verdict, network, plane, onPickCorner };
  },

  render({ rows, verdict, network, plane, onPickCorner }, { state, model, lang, t }) {
    const { truth, layers } = model;
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
    const verdictText = model.computesXor ? t('xorYes') : fill(t('xorNo'), { rows: wrongRows.join(', ') });
    setText(verdict, verdictText);
    verdict.classList.toggle('nn-xor-ok', model.computesXor);
    verdict.classList.toggle('nn-xor-broken', !model.computesXor);
    verdict.dataset.computesXor = model.computesXor ? 'yes' : 'no';

    const coords = { x1: String(row.x[0]), x2: String(row.x[1]) };
    const activations = [row.x, row.hidden, [row.y]];
    renderNetwork(
      network,
      {
        layers: [2, 2, 1],
        weights: [layers[0].weights.data, layers[1].weights.data],
        unitLabels: [['x₁', 'x₂'], ['NAND', 'OR'], ['AND']],
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

    const [nand, or] = model.lines;
    renderInputPlane(
      plane,
      {
        regions: model.regions,
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
        onPickCorner,
      },
    );

    return fill(t('xorSummary'), { ...coords, h1: String(row.hidden[0]), h2: String(row.hidden[1]), y: String(row.y), verdict: verdictText });
  },
});
