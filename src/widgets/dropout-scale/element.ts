/**
 * <nn-dropout-scale>: why dropout needs a scaling factor (chapter 6, #test-time). A layer's outputs y
 * feed one unit with weights w; N masks are drawn (the core's DropoutLayer, seeded) and the histogram
 * counts the training-time z = Σ w_j ỹ_j of each, with its sample mean marked, against the one
 * test-time z as a solid line. Three modes: the original form (× (1 − p) at test time), inverted
 * dropout (÷ (1 − p) in training) and "forgot to scale" (neither), where the line sits p·Σ w_j y_j
 * away. The live formula of the mode (typeset at build time, components/DropoutScale.astro), a table
 * of the exact mean and variance against the sample's, and a verdict. Every number from model.ts.
 */
import { disposeChart } from '../charts/chart-frame';
import { h, setText } from '../kit/controls/dom';
import { nextSeed } from '../kit/controls/seed';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { formatLiveNumber } from '../kit/live-formula-tex';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { renderScaleHistogram } from './histogram-chart';
import { formulaValues, scaleModel } from './model';
import { MODES, P_STEP, SCALE_TABLE, type Mode } from './state';
import { keepFocusableWhenWide } from '../kit/scroll-focus';

const show = (value: number, digits = 3) => formatLiveNumber(value, digits);
const grouped = (value: number) => value.toLocaleString('en-US');

export const DropoutScaleWidget = widgetElement({
  id: 'dropout-scale',
  table: SCALE_TABLE,
  model: (state) => scaleModel(state),

  view(kit) {
    const formulas = kit.host.querySelector<HTMLElement>('.nn-ds-formulas') ?? h('div', { class: 'nn-ds-formulas' });
    const blocks = [...formulas.querySelectorAll<HTMLElement>('.nn-ds-formula[data-mode]')].map((block) => ({
      block,
      mode: block.dataset.mode as Mode,
      formulas: liveFormulas(kit.id, block),
    }));
    const plot = h('div', { class: 'nn-ds-plot' });
    kit.own(() => disposeChart(plot));

    const resample = () => kit.set({ seed: nextSeed(kit.get().seed) });
    const resampleButton = kit.button(kit.t('dsResample'), resample, 'nn-ds-resample');
    kit.shortcut('r', 'dsResample', resample);

    const modeLabels: Record<Mode, string> = { original: kit.t('dsModeOriginal'), inverted: kit.t('dsModeInverted'), unscaled: kit.t('dsModeUnscaled') };
    const layerSummary = h('summary');
    const layerValues = h('p', { class: 'nn-ds-values' });
    const toRandom = () => ({ layer: 'random' as const });
    const layerBox = h(
      'details',
      { class: 'nn-ds-layer', 'data-nn-fold': '' },
      layerSummary,
      kit.select('layer', {
        label: kit.t('dsLayer'),
        options: [
          { value: 'chapter', label: kit.t('dsLayerChapter') },
          { value: 'random', label: kit.t('dsLayerRandomOption') },
        ],
      }),
      kit.number('n', { label: kit.t('dsUnits'), step: 1, alsoSet: toRandom }),
      kit.number('layerSeed', { label: kit.t('dsLayerSeed'), step: 1, alsoSet: toRandom }),
      kit.seed('seed', kit.t('dsSeed')),
      layerValues,
    );

    const cell = () => h('td');
    const cells = { meanExact: cell(), meanSample: cell(), varExact: cell(), varSample: cell(), sdExact: cell(), sdSample: cell() };
    const sampleHead = h('th', { scope: 'col' });
    const table = h(
      'table',
      { class: 'nn-ds-table' },
      h('caption', {}, kit.t('dsTableCaption')),
      h('thead', {}, h('tr', {}, h('td'), h('th', { scope: 'col' }, kit.t('dsColExact')), sampleHead)),
      h(
        'tbody',
        {},
        h('tr', { 'data-row': 'mean' }, h('th', { scope: 'row' }, kit.t('dsRowMean')), cells.meanExact, cells.meanSample),
        h('tr', { 'data-row': 'variance' }, h('th', { scope: 'row' }, kit.t('dsRowVariance')), cells.varExact, cells.varSample),
        h('tr', { 'data-row': 'sd' }, h('th', { scope: 'row' }, kit.t('dsRowSd')), cells.sdExact, cells.sdSample),
      ),
    );
    const verdict = h('p', { class: 'nn-ds-verdict' });

    const root = kit.layout({
      className: 'nn-ds',
      controls: [
        kit.select('mode', { label: kit.t('dsMode'), options: MODES.map((mode) => ({ value: mode, label: modeLabels[mode] })) }),
        kit.slider('p', { label: kit.t('dsP'), step: P_STEP }),
        kit.number('masks', { label: kit.t('dsMasks'), step: 100 }),
        resampleButton,
        layerBox,
      ],
      visual: [plot, formulas],
      readouts: [h('div', { class: 'nn-ds-table-box' }, table), verdict],
    });
    return { root, blocks, plot, layerSummary, layerValues, cells, sampleHead, verdict };
  },

  render(view, { state, model, lang, t }) {
    const values = formulaValues(model);
    const masks = grouped(model.stats.count);
    renderScaleHistogram(
      view.plot,
      { bins: model.bins, domain: model.domain, sampleMean: model.stats.mean, test: model.test },
      {
        label: fill(t('dsPlot'), { masks, lo: show(model.domain[0]), hi: show(model.domain[1]), sampleMean: show(model.stats.mean), test: show(model.test) }),
        lang,
        meanText: fill(t('dsMeanMark'), { value: show(model.stats.mean) }),
        testText: fill(t('dsTestMark'), { value: show(model.test) }),
      },
    );

    for (const block of view.blocks) {
      block.block.hidden = block.mode !== state.mode;
      if (block.mode === state.mode) {
        updateLiveFormulas(block.formulas, values);
        keepFocusableWhenWide(block.block.querySelectorAll<HTMLElement>('.katex-display'));
      }
    }

    setText(view.layerSummary, fill(t('dsLayerBox'), { layer: state.layer === 'chapter' ? t('dsLayerChapter') : fill(t('dsLayerRandom'), { n: state.n }) }));
    setText(view.layerValues, fill(t('dsLayerValues'), { y: model.y.map((v) => show(v, 2)).join(', '), w: model.w.map((v) => show(v, 2)).join(', ') }));

    const { cells } = view;
    setText(view.sampleHead, fill(t('dsColSample'), { masks }));
    setText(cells.meanExact, show(model.exact.mean));
    setText(cells.meanSample, show(model.stats.mean));
    setText(cells.varExact, show(model.exact.variance));
    setText(cells.varSample, show(model.stats.variance));
    setText(cells.sdExact, show(model.sd));
    setText(cells.sdSample, show(model.sampleSd));

    let text: string;
    if (!(model.exact.variance > 0)) {
      text = fill(t('dsNoSpread'), { value: show(model.exact.mean), test: show(model.test) });
    } else if (state.mode === 'unscaled' && state.p > 0) {
      text = fill(t('dsShift'), { test: show(model.test), shift: show(model.shift), mean: show(model.exact.mean), sds: show(model.shiftInSds, 1) });
    } else {
      text = fill(t('dsMatch'), { test: show(model.test), gap: show(model.gap), ses: show(model.gapInErrors, 1), se: show(model.standardError, 4), sd: show(model.sd) });
    }
    setText(view.verdict, text);
    view.verdict.dataset.kind = state.mode === 'unscaled' && state.p > 0 ? 'shift' : 'match';
    return text;
  },
});
