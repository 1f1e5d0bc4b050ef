/**
 * One of the widget's L(c) charts: MAE(c) — straight pieces, a V — or MSE(c) — a parabola — at the
 * current slope m (line-model.ts: at a fixed m, L(c) is the constant predictor's loss on the levelled
 * points), with the current c as a draggable point, its tangent (slope dL/dc) and the best c as a
 * vertical line: the median (MAE) and the mean (MSE) of the levelled points, which for the constant
 * predictor are the points' own.
 */
import type { Lang } from '../../i18n';
import { renderFunctionPlot } from '../charts/function-plot';
import { fill, type WidgetStringKey } from '../kit/strings';
import type { LineFit } from './line-model';
import { Y_MAX, Y_MIN, Y_STEP } from './state';
import { compactTick } from '../charts/compact-tick';

/** A number for a sentence: fixed decimals, the typeset minus sign. */
export const num = (value: number, digits: number) => value.toFixed(digits).replace('-', '−');

export interface LossPlotInput {
  readonly which: 'mae' | 'mse';
  /** L(c) sampled across the window (model.ts lossCurve). */
  readonly curve: { readonly cs: readonly number[]; readonly ls: readonly number[] };
  readonly window: readonly [number, number];
  readonly fit: LineFit;
  /** The line predictor (else the constant): the best c is then "best c at this m", not the median or mean. */
  readonly line: boolean;
}

export interface LossPlotContext {
  readonly lang: Lang;
  readonly t: (key: WidgetStringKey) => string;
  readonly onC: (c: number) => void;
}

export function renderLossPlot(target: HTMLElement, { which, curve, window, fit, line }: LossPlotInput, { lang, t, onC }: LossPlotContext): void {
  const mae = which === 'mae';
  const value = mae ? fit.mae : fit.mse;
  const slope = mae ? fit.gradMae : fit.gradMse;
  const bestC = mae ? fit.median : fit.mean;
  const top = Math.max(...curve.ls) * 1.05;
  const name = mae ? 'MAE' : 'MSE';
  const bestName = t(line ? 'mvmBestC' : mae ? 'mvmMedian' : 'mvmMean');
  const label: WidgetStringKey = line ? (mae ? 'mvmMaePlotLine' : 'mvmMsePlotLine') : mae ? 'mvmMaePlot' : 'mvmMsePlot';
  renderFunctionPlot(
    target,
    {
      curves: [
        { id: which, label: `${name}(c)`, xs: curve.cs, ys: curve.ls, series: mae ? 0 : 1 },
        { id: 'best', label: `${bestName} = ${num(bestC, 2)}`, xs: [bestC, bestC], ys: [0, top], series: 4 },
      ],
      point: { x: fit.c, y: value },
      tangent: { x: fit.c, y: value, slope },
    },
    {
      label: fill(t(label), { from: window[0], to: window[1], m: num(fit.m, 2), c: num(fit.c, 0), l: num(value, 2), g: num(slope, 4), best: num(bestC, 2) }),
      lang,
      xDomain: window,
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
        onMove: onC,
      },
    },
  );
}
