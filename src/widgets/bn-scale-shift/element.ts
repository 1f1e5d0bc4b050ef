/**
 * <nn-bn-scale-shift>: why batch normalization scales and shifts (chapter 7, #scale-and-shift). A
 * unit's inputs x over a mini-batch (the chapter's (2, 4, 6, 8) or a seeded random batch), x̂ and
 * y = γx̂ + β as dot strips on one axis with the activation under them; the counts in the activation's
 * near-linear range, the slopes at the extremes, max |y − x| and the button that undoes the
 * normalization. Formulas typeset at build time (components/BnScaleShift.astro); numbers from model.ts.
 */
import { disposeChart } from '../charts/chart-frame';
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { renderScaleShiftChart } from './chart';
import { formatEps, formatError, formatLive, formatNumber } from './format';
import { batchValues, epsValue, formulaValues, nearLinearRange, plotHalfWidth, scaleShift, tangentGap, valueAndSlope } from './model';
import { ACTIVATIONS, SCALE_SHIFT_TABLE, type ScaleShiftActivation } from './state';

const FN_NAME: Record<ScaleShiftActivation, string> = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' };
const CURVE_SAMPLES = 241;
const percent = (count: number, m: number) => `${Math.round((100 * count) / m)} %`;

export const BnScaleShiftWidget = widgetElement({
  id: 'bn-scale-shift',
  table: SCALE_SHIFT_TABLE,
  model: (state) => scaleShift(batchValues(state), state.gamma, state.beta, epsValue(state.eps), state.fn),

  view(kit) {
    const formulas = kit.host.querySelector<HTMLElement>('.nn-ss-formulas') ?? h('div', { class: 'nn-ss-formulas' });
    const blocks = [...formulas.querySelectorAll<HTMLElement>('.nn-ss-formula[data-fn]')].map((block) => ({
      block,
      fn: block.dataset.fn ?? 'all',
    }));
    const live = liveFormulas(kit.id, formulas);
    const plot = h('div', { class: 'nn-ss-plot' });
    kit.own(() => disposeChart(plot));

    // The settings' name, then which batch and ε: a span of its own, which full screen leaves out.
    const summaryDetail = h('span', { class: 'nn-ss-settings-detail' });
    const summary = h('summary', {}, kit.t('ssSettings'), summaryDetail);
    const randomOnly = h('p', { class: 'nn-ss-note' }, kit.t('ssRandomOnly'));
    const randomFields = [
      kit.slider('m', { label: kit.t('ssM'), step: 1 }),
      kit.slider('mu', { label: kit.t('ssMu'), step: 0.1 }),
      kit.slider('spread', { label: kit.t('ssSpread'), step: 0.1 }),
      kit.seed('seed'),
    ];
    const settings = h(
      'details',
      { class: 'nn-ss-settings', 'data-nn-fold': '' },
      summary,
      kit.select('batch', {
        label: kit.t('ssBatch'),
        options: [
          { value: 'random', label: kit.t('ssBatchRandom') },
          { value: 'chapter', label: kit.t('ssBatchChapter') },
        ],
      }),
      randomOnly,
      ...randomFields,
      kit.select('eps', { label: kit.t('ssEps'), options: (['0', '1e-5', '1e-3', '0.1'] as const).map((value) => ({ value, label: formatEps(Number(value)) })) }),
    );
    const identity = kit.button(kit.t('ssIdentity'), () => {
      const { identity: id, identityFits } = kit.model();
      if (identityFits) kit.set({ gamma: id.gamma, beta: id.beta });
    }, 'nn-ss-identity');
    const plain = kit.button(kit.t('ssPlain'), () => kit.set({ gamma: 1, beta: 0 }), 'nn-ss-plain');
    const identityNote = h('p', { class: 'nn-ss-note', role: 'status' });
    // The count sentence in three parts: its explanation (the tangent's gap, ReLU's remark) is a span
    // of its own, which full screen leaves out (components/BnScaleShift.astro).
    const linearParts = [h('span'), h('span', { class: 'nn-ss-why' }), h('span')] as const;
    const linearLine = h('p', { class: 'nn-ss-linear' }, ...linearParts);
    const slopeLine = h('p', { class: 'nn-ss-slopes' });
    // max |y − x|, then (when y = x) what that means and what ε does: a span full screen leaves out.
    const errorParts = [h('span'), h('span', { class: 'nn-ss-why' })] as const;
    const errorLine = h('p', { class: 'nn-ss-error' }, ...errorParts);
    const followLine = h('p', { class: 'nn-ss-follow' });

    const root = kit.layout({
      className: 'nn-ss',
      controls: [
        kit.slider('gamma', { label: kit.t('ssGamma'), step: 0.01 }),
        kit.slider('beta', { label: kit.t('ssBeta'), step: 0.01 }),
        kit.select('fn', { label: kit.t('ssFn'), options: ACTIVATIONS.map((value) => ({ value, label: FN_NAME[value] })) }),
        h('div', { class: 'nn-ss-buttons' }, plain, identity),
        identityNote,
        settings,
      ],
      visual: plot,
      readouts: [linearLine, slopeLine, errorLine, followLine, formulas],
    });
    return { root, blocks, live, plot, summaryDetail, randomFields, randomOnly, identity, identityNote, linearParts, slopeLine, errorParts, errorLine, followLine };
  },

  render(view, { state, model: s, t }) {
    const m = s.x.length;
    const fn = s.fn;
    const name = FN_NAME[fn];
    const r = nearLinearRange(fn);
    const d = plotHalfWidth(s);

    // The activation over the axis, and its panel's range.
    const ts = new Float64Array(CURVE_SAMPLES);
    const fs = new Float64Array(CURVE_SAMPLES);
    for (let i = 0; i < CURVE_SAMPLES; i++) {
      ts[i] = -d + (2 * d * i) / (CURVE_SAMPLES - 1);
      fs[i] = valueAndSlope(fn, ts[i]).value;
    }
    const fDomain: [number, number] = fn === 'sigmoid' ? [-0.05, 1.05] : fn === 'tanh' ? [-1.1, 1.1] : [-0.05 * d, d];
    const zero = valueAndSlope(fn, 0);
    renderScaleShiftChart(
      view.plot,
      {
        strips: [
          { id: 'x', label: t('ssRowX'), values: s.x, series: 'nn-s1' },
          { id: 'xhat', label: t('ssRowXHat'), values: s.xHat, series: 'nn-s2' },
          { id: 'y', label: t('ssRowY'), values: s.y, series: 'nn-s0' },
        ],
        halfWidth: d,
        curve: { ts, fs },
        fDomain,
        points: { ts: s.y, fs: s.out },
        band: r,
        tangent: r === null ? null : zero,
        curveLabel: `${name}(t)`,
        bandLabel: r === null ? '' : fill(t('ssBandLabel'), { r }),
        axisLabel: 't',
      },
      { label: r === null ? fill(t('ssPlotRelu'), { d }) : fill(t('ssPlot'), { d, fn: name, r }) },
    );

    for (const block of view.blocks) block.block.hidden = block.fn !== 'all' && block.fn !== fn;
    updateLiveFormulas(view.live, formulaValues(s), formatLive);
    // A formula wider than its column scrolls sideways; keyboard users can scroll it only if it takes focus.
    for (const box of view.root.ownerDocument.querySelectorAll<HTMLElement>('.nn-ss-formulas .katex-display')) {
      if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
      else box.removeAttribute('tabindex');
    }

    const counts = { m, x: s.linear.x, xh: s.linear.xHat, y: s.linear.y, pxh: percent(s.linear.xHat, m), py: percent(s.linear.y, m) };
    const gap = tangentGap(fn);
    const params = r === null ? counts : { ...counts, r, fn: name, gap: formatNumber(gap ?? 0) };
    const [before, after = ''] = t(r === null ? 'ssLinearRelu' : 'ssLinear').split('{why}');
    const parts = [fill(before, params), fill(t(r === null ? 'ssLinearReluWhy' : 'ssLinearWhy'), params), fill(after, params)];
    parts.forEach((text, i) => setText(view.linearParts[i], text));
    const linear = parts.join('');
    setText(
      view.slopeLine,
      fill(t('ssSlopes'), {
        fn: name,
        lo: formatNumber(s.lowest.y),
        slo: formatNumber(s.lowest.slope),
        hi: formatNumber(s.highest.y),
        shi: formatNumber(s.highest.slope),
        top: formatNumber(zero.slope, 2),
      }),
    );
    const err = formatError(s.maxError);
    const restored = s.maxError < 1e-9;
    let restoredText = restored ? t('ssRestored') : '';
    if (restored && s.eps > 0) restoredText += ` ${fill(t('ssWithoutEps'), { err: formatError(s.errorWithoutEps) })}`;
    setText(view.errorParts[0], fill(t('ssError'), { err }));
    setText(view.errorParts[1], restoredText);
    view.errorLine.dataset.restored = String(restored);
    setText(view.followLine, fill(t('ssFollow'), { xk: formatNumber(s.x[s.k]) }));

    view.identity.disabled = !s.identityFits;
    setText(view.identityNote, s.identityFits ? '' : fill(t('ssIdentityOut'), { gamma: formatNumber(s.identity.gamma), beta: formatNumber(s.identity.beta) }));

    const random = state.batch === 'random';
    view.randomOnly.hidden = random;
    for (const field of view.randomFields) for (const input of field.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) input.disabled = !random;
    const batch = random
      ? fill(t('ssBatchRandomShort'), { m: state.m, mu: formatNumber(state.mu, 1), spread: formatNumber(state.spread, 1), seed: state.seed })
      : t('ssBatchChapterShort');
    setText(view.summaryDetail, fill(t('ssSettingsDetail'), { batch, eps: formatEps(s.eps) }));

    return fill(t('ssSummary'), {
      mean: formatNumber(s.mean),
      var: formatNumber(s.variance),
      gamma: formatNumber(s.gamma),
      beta: formatNumber(s.beta),
      linear,
      err,
    });
  },
});
