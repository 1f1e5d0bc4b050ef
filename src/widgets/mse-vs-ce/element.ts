/**
 * <nn-mse-vs-ce>: why classifiers do not train on MSE. One sigmoid neuron y = sig(wx + b), x = 1,
 * target y′ = 0, started confidently wrong (default w = b = 2, y = sig(4) ≈ 0.98), trained side by
 * side on the course's squared error E = ½(y − y′)² and on cross-entropy (model.ts). The output and
 * the loss per epoch are plotted for both; the live formula in the frame (components/MseVsCe.astro)
 * shows the next step's ∂E/∂w = (y − y′)·y(1 − y)·x against ∂L/∂w = (y − y′)·x with the numbers. The
 * factor y(1 − y), tiny while the neuron is saturated, is the only difference — the readout names it.
 */
import { disposeChart } from '../charts/chart-frame';
import { renderLineChart } from '../charts/line-chart';
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { createRace } from './model';
import { EXAMPLE, MAX_EPOCHS, MCE_TABLE, SATURATED_SLOPE, SPEEDS, STARTS, WB_MAX, WB_MIN, ETA_MAX, ETA_MIN } from './state';

/** A number for a sentence: fixed decimals, the typeset minus sign. */
const num = (value: number, digits: number) => value.toFixed(digits).replace('-', '−');
/** The output and loss axes span the whole run, so the lines grow across a fixed frame. */
const EPOCHS: readonly [number, number] = [0, MAX_EPOCHS];
/** Wide charts: a curve over 300 epochs, and in full screen two of them stacked beside the settings. */
const ASPECT = 2.2;

export const MseVsCeWidget = widgetElement({
  id: 'mse-vs-ce',
  table: MCE_TABLE,
  model: (state) => createRace(state),
  training: {
    step: (race) => race.step(),
    initialLoss: (race) => race.mse.now.loss,
    isDone: (_loss, epoch) => epoch >= MAX_EPOCHS,
    speeds: SPEEDS,
    speedKey: 'speed',
  },

  view(kit) {
    // The start (w₀, b₀): typed, or one of the two starts the chapter compares.
    const start = h(
      'fieldset',
      { class: 'nn-mce-start' },
      h('legend', {}, fill(kit.t('mceStart'), { min: num(WB_MIN, 0), max: WB_MAX })),
      h(
        'div',
        { class: 'nn-mce-start-fields' },
        kit.number('w0', { label: 'w₀', size: 4 }),
        kit.number('b0', { label: 'b₀', size: 4 }),
      ),
      h('div', { class: 'nn-mce-presets' }, ...STARTS.map((p) => kit.button(`(${p.w}, ${p.b})`, () => kit.set({ w0: p.w, b0: p.b })))),
    );
    const outputs = h('div', { class: 'nn-mce-chart' });
    const losses = h('div', { class: 'nn-mce-chart' });
    kit.own(() => disposeChart(outputs));
    kit.own(() => disposeChart(losses));
    const now = h('p', { class: 'nn-mce-now' });
    const verdict = h('p', { class: 'nn-mce-verdict' });
    const root = kit.layout({
      className: 'nn-mce',
      controls: [start, kit.number('eta', { label: kit.t('mceEta'), size: 5, hint: `${ETA_MIN}–${ETA_MAX}` })],
      bar: kit.transport(),
      visual: [outputs, losses],
      readouts: [now, verdict],
    });
    return { root, outputs, losses, now, verdict, formulas: liveFormulas(kit.id) };
  },

  render({ root, outputs, losses, now, verdict, formulas }, { model: race, run, lang, t }) {
    const { mse, ce } = race;
    const names = { mse: t('mceMse'), ce: t('mceCe') };
    renderLineChart(
      outputs,
      [
        { id: 'mse', label: names.mse, values: mse.outputs },
        { id: 'ce', label: names.ce, values: ce.outputs },
      ],
      // The epoch axis is named once, under the loss chart below it (same axis, same range).
      { label: t('mceOutputChart'), lang, yLabel: t('mceOutput'), xDomain: EPOCHS, yDomain: [0, 1], aspect: ASPECT },
    );
    renderLineChart(
      losses,
      [
        { id: 'mse', label: 'E', values: mse.losses },
        { id: 'ce', label: 'L', values: ce.losses },
      ],
      // The output chart's legend names both runs (same colours here); the axis names both losses.
      { label: t('mceLossChart'), lang, xLabel: t('mceEpoch'), yLabel: t('mceLoss'), xDomain: EPOCHS, legend: false, aspect: ASPECT },
    );

    updateLiveFormulas(formulas, {
      ym: mse.now.y,
      sm: mse.now.slope,
      gm: mse.now.dw,
      yc: ce.now.y,
      gc: ce.now.dw,
      t: EXAMPLE.target,
      x: EXAMPLE.x,
    });

    const epoch = race.epoch;
    const values = { epoch, ym: num(mse.now.y, 3), em: num(mse.now.loss, 3), yc: num(ce.now.y, 3), lc: num(ce.now.loss, 3) };
    setText(now, fill(t('mceNow'), values));
    // Which case the squared-error neuron is in: confidently wrong and saturated (the slow case), wrong
    // but out of the flat part, or near its target (where both gradients are small anyway).
    const wrong = Math.abs(mse.now.y - EXAMPLE.target) > 0.5;
    const saturated = wrong && mse.now.slope < SATURATED_SLOPE;
    const key = saturated ? 'mceSaturated' : wrong ? 'mceUnsaturated' : 'mceNear';
    let text = fill(t(key), { slope: num(mse.now.slope, 4), ratio: num(1 / mse.now.slope, 0) });
    const stop = run?.stop ?? null;
    if (stop?.kind === 'done') text = `${fill(t('mceDone'), { epochs: MAX_EPOCHS })} ${text}`;
    setText(verdict, text);
    verdict.dataset.kind = saturated ? 'saturated' : '';
    // The kit's "finished at step N, loss …" would name one loss of two; the readout says it instead.
    root.dataset.stop = stop?.kind ?? '';

    return fill(t('mceSummary'), values);
  },
});
