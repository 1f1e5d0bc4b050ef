/**
 * <nn-mae-vs-mse>: MAE against MSE for a constant prediction c (every y_i^p = c), chapter 4 #mae/#mse,
 * then for a line y_i^p = c + m(x_i − x̄) (fit=line, line-model.ts).
 * Left: the points y_i and the prediction with each residual as a segment (MAE's term |y_i − y_i^p|)
 * and as a square (MSE's term (y_i − y_i^p)²); points and line drag, or move by keyboard; for a line,
 * the best line for each loss dashed. Right: MAE(c), a V made of straight pieces with kinks at the
 * points, and MSE(c), a parabola (at the line's slope: loss-plot.ts), each with the current c, its
 * tangent (slope = dL/dc) and its minimiser — the median for MAE, the mean for MSE. Moving one point
 * far away moves only the mean, and tilts only the least-squares line. The live formula in the frame
 * (components/MaeVsMse.astro, one block per predictor) carries the deck's MAE and MSE with the
 * numbers, and the gradients: a count of signs against 2(c − mean).
 */
import { disposeChart } from '../charts/chart-frame';
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { leastAbsolute, leastSquares, levelled, lineFit, lineFormulaValues, lineLoss } from './line-model';
import { num, renderLossPlot } from './loss-plot';
import { descendStep, lossCurve, lossWindow } from './model';
import { CHAPTER_OUTLIER, CHAPTER_THREE, FITS, M_STEP, MAE_TABLE, N_MAX, N_MIN, SLOT_DEFAULT_VALUES, Y_KEYS, Y_MAX, Y_MIN, Y_STEP } from './state';
import { renderResidualPlot } from './residual-plot';

type YKey = (typeof Y_KEYS)[number];
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

/** A c or m in its box: at most two decimals (a least-squares line's c = ȳ is often a third). */
const twoDecimals = (v: number) => String(Number(v.toFixed(2)));

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
    const line = state.fit === 'line';
    // The constant predictor is the line with m = 0; m stays in the state for when the line comes back.
    const m = line ? state.m : 0;
    // L(c) at this slope is the constant predictor's L on the levelled points (line-model.ts).
    const zs = levelled(ys, m);
    const window = lossWindow(zs, state.c, Y_MIN, Y_MAX, WINDOW_PAD, WINDOW_GRAIN);
    const lad = leastAbsolute(ys);
    const ls = leastSquares(ys);
    return {
      ys,
      zs,
      line,
      window,
      fit: lineFit(ys, { c: state.c, m }),
      best: { mae: lad, mse: ls, ladMae: lineLoss('mae', ys, lad), lsMse: lineLoss('mse', ys, ls) },
      mae: lossCurve('mae', zs, window[0], window[1], SAMPLES),
      mse: lossCurve('mse', zs, window[0], window[1], SAMPLES),
    };
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
        { class: 'nn-mvm-buttons nn-mvm-pair' },
        kit.button(kit.t('mvmChapter'), () => kit.set(pointsPatch(CHAPTER_THREE))),
        kit.button(kit.t('mvmOutlier'), () => kit.set(pointsPatch(CHAPTER_OUTLIER))),
        addPoint,
        removePoint,
      ),
    );
    const fitLabels = { constant: kit.t('mvmFitConstant'), line: kit.t('mvmFitLine') };
    const fitField = kit.select('fit', { label: kit.t('mvmFit'), options: FITS.map((value) => ({ value, label: fitLabels[value] })) });
    const cField = kit.slider('c', { label: kit.t('mvmC'), step: Y_STEP, format: twoDecimals });
    const mField = kit.slider('m', { label: kit.t('mvmM'), step: M_STEP, format: twoDecimals });
    // The best constant (median, mean) or, for a line, the best line for each loss.
    const bestConstant = h(
      'div',
      { class: 'nn-mvm-buttons nn-mvm-pair' },
      kit.button(kit.t('mvmToMedian'), () => kit.set({ c: kit.model().fit.median })),
      kit.button(kit.t('mvmToMean'), () => kit.set({ c: kit.model().fit.mean })),
    );
    const bestLine = h(
      'div',
      { class: 'nn-mvm-buttons nn-mvm-pair' },
      kit.button(kit.t('mvmBestMae'), () => kit.set({ ...kit.model().best.mae })),
      kit.button(kit.t('mvmBestMse'), () => kit.set({ ...kit.model().best.mse })),
    );
    const step = (name: 'mae' | 'mse', eta: number) => () => {
      const { zs, fit } = kit.model();
      kit.set({ c: descendStep(name, zs, fit.c, eta, Y_MIN, Y_MAX) });
    };
    const descend = h(
      'div',
      { class: 'nn-mvm-buttons nn-mvm-more' },
      kit.button(fill(kit.t('mvmStepMae'), { eta: ETA_MAE }), step('mae', ETA_MAE)),
      kit.button(fill(kit.t('mvmStepMse'), { eta: ETA_MSE }), step('mse', ETA_MSE)),
    );
    const residuals = h('div', { class: 'nn-mvm-residuals' });
    const keyBest = h('span', { class: 'nn-mvm-key-best' }, h('span', { class: 'nn-mvm-key-dash', 'aria-hidden': 'true' }), ` ${kit.t('mvmKeyBest')}`);
    const key = h(
      'p',
      { class: 'nn-mvm-key' },
      h('span', { class: 'nn-mvm-key-segment', 'aria-hidden': 'true' }),
      ` ${kit.t('mvmKeySegment')} `,
      h('span', { class: 'nn-mvm-key-square', 'aria-hidden': 'true' }),
      ` ${kit.t('mvmKeySquare')} `,
      keyBest,
    );
    const maePlot = h('div', { class: 'nn-mvm-loss nn-mvm-loss-mae' });
    const msePlot = h('div', { class: 'nn-mvm-loss nn-mvm-loss-mse' });
    for (const el of [residuals, maePlot, msePlot]) kit.own(() => disposeChart(el));
    const verdict = h('p', { class: 'nn-mvm-verdict' });
    const root = kit.layout({
      className: 'nn-mvm',
      // The line's controls in a group of their own after c's, so the constant predictor's controls keep their order.
      controls: [points, h('div', { class: 'nn-mvm-group nn-mvm-c-group' }, cField, bestConstant, descend), h('div', { class: 'nn-mvm-group nn-mvm-line-group' }, fitField, mField, bestLine)],
      visual: h('div', { class: 'nn-mvm-visuals' }, h('div', { class: 'nn-mvm-left' }, residuals, key), h('div', { class: 'nn-mvm-right' }, maePlot, msePlot)),
      readouts: [verdict],
    });
    // The formula block of each predictor, in the frame above the widget (components/MaeVsMse.astro).
    const formulaBlocks = [...(kit.host.closest('figure')?.querySelectorAll<HTMLElement>('.nn-mvm-formula [data-fit]') ?? [])];
    return {
      root,
      residuals,
      maePlot,
      msePlot,
      verdict,
      addPoint,
      removePoint,
      lineOnly: [mField, bestLine, keyBest],
      constantOnly: [bestConstant],
      formulaBlocks,
      setPoint: (i: number, y: number) => kit.set({ [Y_KEYS[i]]: y } as Partial<Record<YKey, number>>),
      setC: (c: number) => kit.set({ c }),
      formulas: liveFormulas(kit.id),
    };
  },

  render(view, { model, lang, t }) {
    const { ys, fit, line, best } = model;
    view.addPoint.disabled = fit.n >= N_MAX;
    view.removePoint.disabled = fit.n <= N_MIN;
    for (const el of view.lineOnly) el.hidden = !line;
    for (const el of view.constantOnly) el.hidden = line;
    for (const block of view.formulaBlocks) block.hidden = block.dataset.fit !== (line ? 'line' : 'constant');
    const lines = { ladC: num(best.mae.c, 2), ladM: num(best.mae.m, 2), lsC: num(best.mse.c, 2), lsM: num(best.mse.m, 2) };
    renderResidualPlot(
      view.residuals,
      { ys, c: fit.c, m: fit.m, best: line ? best : null },
      {
        label: line
          ? fill(t('mvmResidualPlotLine'), { n: fit.n, c: num(fit.c, 2), m: num(fit.m, 2), ...lines })
          : fill(t('mvmResidualPlot'), { n: fit.n, c: num(fit.c, 0) }),
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
    for (const which of ['mae', 'mse'] as const) {
      renderLossPlot(view[which === 'mae' ? 'maePlot' : 'msePlot'], { which, curve: model[which], window: model.window, fit, line }, { lang, t, onC: view.setC });
    }

    updateLiveFormulas(view.formulas, lineFormulaValues(fit));

    setText(
      view.verdict,
      line
        ? fill(t('mvmVerdictLine'), { below: fit.below, above: fit.above, ...lines, ladMae: num(best.ladMae, 2), lsMse: num(best.lsMse, 2) })
        : fill(t('mvmVerdict'), {
            median: num(fit.median, 2),
            mean: num(fit.mean, 2),
            below: fit.below,
            above: fit.above,
            gmae: num(fit.gradMae, 4),
            gmse: num(fit.gradMse, 2),
          }),
    );
    const sums = { n: fit.n, c: num(fit.c, 2), mae: num(fit.mae, 2), mse: num(fit.mse, 2) };
    return line
      ? fill(t('mvmSummaryLine'), { ...sums, m: num(fit.m, 2), ...lines })
      : fill(t('mvmSummary'), { ...sums, c: num(fit.c, 0), median: num(fit.median, 2), mean: num(fit.mean, 2) });
  },
});
