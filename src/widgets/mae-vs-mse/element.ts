/**
 * <nn-mae-vs-mse>: MAE against MSE for a constant prediction c (every y_i^p = c), chapter 4 #mae/#mse.
 * Left: the points y_i and the line c with each residual as a segment (MAE's term |y_i − c|) and as a
 * square (MSE's term (y_i − c)²); points and line drag, or move by keyboard. Right: MAE(c), a V made
 * of straight pieces with kinks at the points, and MSE(c), a parabola, each with the current c, its
 * tangent (slope = dL/dc) and its minimiser — the median for MAE, the mean for MSE. Moving one point
 * far away moves only the mean. The live formula in the frame (components/MaeVsMse.astro) carries the
 * deck's MAE and MSE with the numbers, and both gradients: a count of signs against 2(c − mean).
 */
import { disposeChart } from '../charts/chart-frame';
import { renderFunctionPlot } from '../charts/function-plot';
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { constantFit, descendStep, formulaValues, lossCurve, lossWindow } from './model';
import { CHAPTER_OUTLIER, CHAPTER_THREE, MAE_TABLE, N_MAX, N_MIN, SLOT_DEFAULT_VALUES, Y_KEYS, Y_MAX, Y_MIN, Y_STEP } from './state';
import { renderResidualPlot } from './residual-plot';
import { compactTick } from './tick-format';

type YKey = (typeof Y_KEYS)[number];
/** A number for a sentence: fixed decimals, the typeset minus sign. */
const num = (value: number, digits: number) => value.toFixed(digits).replace('-', '−');
/** Samples of L(c) across the value axis (plus the points themselves, model.ts lossCurve). */
const SAMPLES = 200;
/** y₁ … y₇ as the deck prints them. */
const SUB = '₀₁₂₃₄₅₆₇₈₉';
const subscriptDigits = (i: number) => [...String(i)].map((d) => SUB[Number(d)]).join('');
const C_DOMAIN: readonly [number, number] = [Y_MIN, Y_MAX];
/** The L(c) charts' window around the points and c (model.ts lossWindow): at least 100 either side, in 100s. */
const WINDOW_PAD = 100;
const WINDOW_GRAIN = 100;
/**
 * The step sizes of the descend buttons. They differ because the gradients do: MAE's is a fraction
 * (at most 1 in size), MSE's is in the targets' units. ¼ takes MSE halfway to the mean each step.
 */
export const ETA_MAE = 100;
export const ETA_MSE = 0.25;

/** The first n point values of a state. */
export function pointsOf(state: { n: number } & Record<YKey, number>): number[] {
  return Y_KEYS.slice(0, state.n).map((k) => state[k]);
}

/** A state patch setting the points to `ys` (n = ys.length); later slots go back to their defaults. */
function pointsPatch(ys: readonly number[]): Partial<Record<YKey | 'n', number>> {
  const patch: Partial<Record<YKey | 'n', number>> = { n: ys.length };
  Y_KEYS.forEach((k, i) => (patch[k] = i < ys.length ? ys[i] : SLOT_DEFAULT_VALUES[i]));
  return patch;
}

export const MaeVsMseWidget = widgetElement({
  id: 'mae-vs-mse',
  table: MAE_TABLE,
  model: (state) => {
    const ys = pointsOf(state);
    const window = lossWindow(ys, state.c, Y_MIN, Y_MAX, WINDOW_PAD, WINDOW_GRAIN);
    return { ys, window, fit: constantFit(ys, state.c), mae: lossCurve('mae', ys, window[0], window[1], SAMPLES), mse: lossCurve('mse', ys, window[0], window[1], SAMPLES) };
  },

  view(kit) {
    const addPoint = kit.button(kit.t('mvmAdd'), () => {
      const s = kit.get();
      if (s.n < N_MAX) kit.set({ n: s.n + 1 });
    }, 'nn-mvm-more');
    const removePoint = kit.button(kit.t('mvmRemove'), () => {
      const s = kit.get();
      if (s.n > N_MIN) kit.set({ n: s.n - 1 });
    }, 'nn-mvm-more');
    const points = h(
      'fieldset',
      { class: 'nn-mvm-group' },
      h('legend', {}, kit.t('mvmPoints')),
      h(
        'div',
        { class: 'nn-mvm-buttons' },
        kit.button(kit.t('mvmChapter'), () => kit.set(pointsPatch(CHAPTER_THREE))),
        kit.button(kit.t('mvmOutlier'), () => kit.set(pointsPatch(CHAPTER_OUTLIER))),
        addPoint,
        removePoint,
      ),
    );
    const cField = kit.slider('c', { label: kit.t('mvmC'), step: Y_STEP });
    const best = h(
      'div',
      { class: 'nn-mvm-buttons' },
      kit.button(kit.t('mvmToMedian'), () => kit.set({ c: kit.model().fit.median })),
      kit.button(kit.t('mvmToMean'), () => kit.set({ c: kit.model().fit.mean })),
    );
    const step = (name: 'mae' | 'mse', eta: number) => () => {
      const { ys, fit } = kit.model();
      kit.set({ c: descendStep(name, ys, fit.c, eta, Y_MIN, Y_MAX) });
    };
    const descend = h(
      'div',
      { class: 'nn-mvm-buttons nn-mvm-more' },
      kit.button(fill(kit.t('mvmStepMae'), { eta: ETA_MAE }), step('mae', ETA_MAE)),
      kit.button(fill(kit.t('mvmStepMse'), { eta: ETA_MSE }), step('mse', ETA_MSE)),
    );
    const residuals = h('div', { class: 'nn-mvm-residuals' });
    const key = h(
      'p',
      { class: 'nn-mvm-key' },
      h('span', { class: 'nn-mvm-key-segment', 'aria-hidden': 'true' }),
      ` ${kit.t('mvmKeySegment')} `,
      h('span', { class: 'nn-mvm-key-square', 'aria-hidden': 'true' }),
      ` ${kit.t('mvmKeySquare')}`,
    );
    const maePlot = h('div', { class: 'nn-mvm-loss nn-mvm-loss-mae' });
    const msePlot = h('div', { class: 'nn-mvm-loss nn-mvm-loss-mse' });
    for (const el of [residuals, maePlot, msePlot]) kit.own(() => disposeChart(el));
    const verdict = h('p', { class: 'nn-mvm-verdict' });
    const root = kit.layout({
      className: 'nn-mvm',
      controls: [points, h('div', { class: 'nn-mvm-group nn-mvm-c-group' }, cField, best, descend)],
      visual: h('div', { class: 'nn-mvm-visuals' }, h('div', { class: 'nn-mvm-left' }, residuals, key), h('div', { class: 'nn-mvm-right' }, maePlot, msePlot)),
      readouts: [verdict],
    });
    return {
      root,
      residuals,
      maePlot,
      msePlot,
      verdict,
      addPoint,
      removePoint,
      setPoint: (i: number, y: number) => kit.set({ [Y_KEYS[i]]: y } as Partial<Record<YKey, number>>),
      setC: (c: number) => kit.set({ c }),
      formulas: liveFormulas(kit.id),
    };
  },

  render(view, { model, lang, t }) {
    const { ys, fit } = model;
    view.addPoint.disabled = fit.n >= N_MAX;
    view.removePoint.disabled = fit.n <= N_MIN;
    renderResidualPlot(
      view.residuals,
      { ys, c: fit.c },
      {
        label: fill(t('mvmResidualPlot'), { n: fit.n, c: num(fit.c, 0) }),
        yDomain: C_DOMAIN,
        step: Y_STEP,
        xLabel: 'i',
        yLabel: t('mvmValueAxis'),
        pointLabel: (i) => `y${subscriptDigits(i + 1)}`,
        cLabel: t('mvmC'),
        onPoint: view.setPoint,
        onC: view.setC,
      },
    );
    const lossPlot = (target: HTMLElement, which: 'mae' | 'mse') => {
      const curve = model[which];
      const value = which === 'mae' ? fit.mae : fit.mse;
      const slope = which === 'mae' ? fit.gradMae : fit.gradMse;
      const bestC = which === 'mae' ? fit.median : fit.mean;
      const top = Math.max(...curve.ls) * 1.05;
      const name = which === 'mae' ? 'MAE' : 'MSE';
      const bestName = t(which === 'mae' ? 'mvmMedian' : 'mvmMean');
      renderFunctionPlot(
        target,
        {
          curves: [
            { id: which, label: `${name}(c)`, xs: curve.cs, ys: curve.ls, series: which === 'mae' ? 0 : 1 },
            { id: 'best', label: `${bestName} = ${num(bestC, 2)}`, xs: [bestC, bestC], ys: [0, top], series: 4 },
          ],
          point: { x: fit.c, y: value },
          tangent: { x: fit.c, y: value, slope },
        },
        {
          label: fill(t(which === 'mae' ? 'mvmMaePlot' : 'mvmMsePlot'), { from: model.window[0], to: model.window[1], c: num(fit.c, 0), l: num(value, 2), g: num(slope, 4), best: num(bestC, 2) }),
          lang,
          xDomain: model.window,
          yDomain: [0, top],
          // No axis title: the legend's MAE(c) names the axis, and in full screen the row it would take is the plot's.
          aspect: 1.8,
          yFormat: compactTick,
          move: {
            label: `c (${name})`,
            min: Y_MIN,
            max: Y_MAX,
            step: Y_STEP,
            valueText: (c, l) => `c = ${num(c, 0)}, ${name} = ${num(l, 2)}`,
            onMove: view.setC,
          },
        },
      );
    };
    lossPlot(view.maePlot, 'mae');
    lossPlot(view.msePlot, 'mse');

    updateLiveFormulas(view.formulas, formulaValues(fit));

    setText(
      view.verdict,
      fill(t('mvmVerdict'), {
        median: num(fit.median, 2),
        mean: num(fit.mean, 2),
        below: fit.below,
        above: fit.above,
        gmae: num(fit.gradMae, 4),
        gmse: num(fit.gradMse, 2),
      }),
    );
    return fill(t('mvmSummary'), { n: fit.n, c: num(fit.c, 0), mae: num(fit.mae, 2), mse: num(fit.mse, 2), median: num(fit.median, 2), mean: num(fit.mean, 2) });
  },
});
