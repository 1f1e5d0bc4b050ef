/**
 * <nn-dropout-mask>: the dropout chapter's worked example made live (#how-it-works). A hidden layer
 * of five units with outputs y feeds one unit of the next layer with weights w. The reader sets the
 * drop probability p, drops or keeps units by hand (a unit in the drawing, or its r button) or draws
 * a new mask from a seed, and switches between training and inference and between the original form
 * (× (1 − p) at inference) and the inverted form (÷ (1 − p) in training). The live formula (typeset at
 * build time inside the element, components/DropoutMask.astro) shows the chapter's formulas with the
 * numbers; a 2 × 2 table shows which factor each form applies in each mode and the z it gives; notes
 * explain p = 0, p = 1 and masks that p cannot give. Every number from model.ts (the core).
 */
import { disposeChart } from '../charts/chart-frame';
import { renderNetwork } from '../charts/network-diagram';
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { formatLive, formatShort } from './format';
import { drawnMask, formulaValues, maskPatch, reading, type Note } from './model';
import { DROPOUT_MASK_TABLE, R_KEYS, UNITS, W_KEYS, Y_KEYS } from './state';
import { keepFocusableWhenWide } from '../kit/scroll-focus';

const SUB = ['₁', '₂', '₃', '₄', '₅'];
const NOTE_KEYS: Record<Note, 'dmNoDropout' | 'dmMaskImpossible' | 'dmAllDropped' | 'dmInverseUndefined' | 'dmInferenceZero'> = {
  noDropout: 'dmNoDropout',
  maskImpossible: 'dmMaskImpossible',
  allDropped: 'dmAllDropped',
  inverseUndefined: 'dmInverseUndefined',
  inferenceZero: 'dmInferenceZero',
};

/** The probability of a mask: up to four significant digits, 1/32 → '0.03125'. */
function formatProbability(value: number): string {
  if (value === 0 || value === 1) return String(value);
  return String(Number(value.toPrecision(4)));
}

export const DropoutMaskWidget = widgetElement({
  id: 'dropout-mask',
  table: DROPOUT_MASK_TABLE,
  model: (state) => reading(state),

  view(kit) {
    const formulas = kit.host.querySelector<HTMLElement>('.nn-dm-formulas') ?? h('div', { class: 'nn-dm-formulas' });
    const blocks = [...formulas.querySelectorAll<HTMLElement>('.nn-dm-formula[data-mode]')].map((block) => ({
      block,
      mode: block.dataset.mode,
      form: block.dataset.form,
      formulas: liveFormulas(kit.id, block),
    }));

    const toggle = (j: number) => {
      const key = R_KEYS[j];
      kit.set({ [key]: 1 - kit.get()[key] } as Partial<ReturnType<typeof kit.get>>);
    };
    const toggles = R_KEYS.map((_, j) => {
      const button = kit.button('', () => toggle(j), 'nn-dm-bit');
      button.setAttribute('aria-label', fill(kit.t('dmKeepUnit'), { j: j + 1 }));
      return button;
    });
    const maskGroup = h('div', { class: 'nn-dm-mask', role: 'group', 'aria-label': kit.t('dmMaskGroup') }, ...toggles);

    // The k-th draw of the current seed; a new seed starts again at its first mask.
    let drawn = { seed: kit.get().seed, k: 0 };
    const draw = kit.button(kit.t('dmDraw'), () => {
      const { seed, p } = kit.get();
      drawn = { seed, k: seed === drawn.seed ? drawn.k + 1 : 1 };
      kit.set(maskPatch(drawnMask(seed, drawn.k, p)));
    }, 'nn-dm-draw');

    const network = h('div', { class: 'nn-dm-network' });
    kit.own(() => disposeChart(network));
    kit.listen<MouseEvent>(network, 'click', (event) => {
      const unit = (event.target as Element | null)?.closest?.('[data-id^="u0."]');
      if (unit) toggle(Number(unit.getAttribute('data-id')!.slice(3)));
    });

    const now = h('p', { class: 'nn-dm-now' });
    const notes = h('div', { class: 'nn-dm-notes' });
    const maskLine = h('p', { class: 'nn-dm-mask-line' });

    const cell = () => h('td');
    const where = { deck: { train: cell(), inference: cell() }, inverted: { train: cell(), inference: cell() } };
    const table = h(
      'table',
      { class: 'nn-dm-where' },
      h('caption', {}, kit.t('dmWhereCaption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, kit.t('dmWhereForm')), h('th', { scope: 'col' }, kit.t('dmWhereTrain')), h('th', { scope: 'col' }, kit.t('dmWhereInference')))),
      h(
        'tbody',
        {},
        h('tr', {}, h('th', { scope: 'row' }, kit.t('dmWhereDeck')), where.deck.train, where.deck.inference),
        h('tr', {}, h('th', { scope: 'row' }, kit.t('dmWhereInverted')), where.inverted.train, where.inverted.inference),
      ),
    );

    const values = (keys: readonly (typeof Y_KEYS)[number][] | readonly (typeof W_KEYS)[number][], symbol: string) =>
      keys.map((key, j) => kit.number(key, { label: `${symbol}${SUB[j]}`, step: 0.1, size: 5 }));
    const settings = h(
      'details',
      { class: 'nn-dm-settings', 'data-nn-fold': '' },
      h('summary', {}, kit.t('dmSettings')),
      h('div', { class: 'nn-dm-values' }, ...values(Y_KEYS, 'y')),
      h('div', { class: 'nn-dm-values' }, ...values(W_KEYS, 'w')),
      kit.seed('seed', kit.t('dmSeed')),
    );

    const root = kit.layout({
      className: 'nn-dm',
      controls: [
        kit.number('p', { label: kit.t('dmP'), step: 0.1, hint: '0 ≤ p ≤ 1', size: 5 }),
        kit.select('mode', { label: kit.t('dmMode'), options: [{ value: 'train', label: kit.t('dmModeTrain') }, { value: 'inference', label: kit.t('dmModeInference') }] }),
        kit.select('form', { label: kit.t('dmForm'), options: [{ value: 'deck', label: kit.t('dmFormDeck') }, { value: 'inverted', label: kit.t('dmFormInverted') }] }),
        h('div', { class: 'nn-dm-mask-row' }, maskGroup, draw),
        settings,
      ],
      visual: network,
      readouts: [formulas, now, notes, table, maskLine],
    });
    return { root, blocks, toggles, network, now, notes, maskLine, where };
  },

  render(view, { state, model, lang, t }) {
    const { mode, form } = state;
    const { unit, r, p, keep } = model;
    const show = (v: number) => formatShort(v);
    const z = unit.defined ? show(unit.z) : t('dmUndefined');

    r.forEach((bit, j) => {
      const button = view.toggles[j];
      setText(button, `r${SUB[j]} = ${bit}`);
      button.setAttribute('aria-pressed', String(bit === 1));
    });

    const droppedNow = (j: number) => mode === 'train' && r[j] === 0;
    const dropped = r.map((bit, j) => (bit === 0 ? j + 1 : 0)).filter((j) => j > 0);
    const droppedText = mode === 'train' && dropped.length > 0 ? dropped.join(', ') : t('dmNoneDropped');
    renderNetwork(
      view.network,
      {
        layers: [UNITS, 1],
        weights: [model.w],
        unitLabels: [SUB.map((s) => `y${s}`), ['z']],
        unitValues: [unit.passed, [unit.z]],
      },
      {
        label: fill(t('dmNetwork'), { dropped: droppedText, z }),
        lang,
        edgeLabels: true,
        format: (v) => formatShort(v, 3),
        // A phone's narrow column: taller, so the five units stay apart.
        aspect: view.network.clientWidth > 0 && view.network.clientWidth < 480 ? 0.8 : 1.3,
        unitClass: (u) => (u.layer === 0 && droppedNow(u.index) ? 'nn-dropped' : null),
        edgeClass: (e) => (droppedNow(e.from) ? 'nn-dropped' : null),
      },
    );

    for (const block of view.blocks) {
      const applies = block.mode === mode && block.form === form;
      block.block.hidden = !applies;
      if (applies) {
        updateLiveFormulas(block.formulas, formulaValues(model), formatLive);
        keepFocusableWhenWide(block.block.querySelectorAll<HTMLElement>('.katex-display'));
      }
    }

    const key = mode === 'train' ? (form === 'deck' ? 'dmTrainDeck' : 'dmTrainInverted') : form === 'deck' ? 'dmInferenceDeck' : 'dmInferenceInverted';
    const sentence = fill(t(key), { z, keep: show(keep), factor: show(unit.factor), full: show(model.full) });
    setText(view.now, sentence);

    view.notes.replaceChildren(...model.notes.map((note) => h('p', { class: 'nn-dm-note', 'data-note': note }, fill(t(NOTE_KEYS[note]), { p: show(p) }))));

    for (const f of ['deck', 'inverted'] as const) {
      for (const m of ['train', 'inference'] as const) {
        const u = model.table[f][m];
        const factor = f === 'inverted' && m === 'train' ? `÷ ${show(keep)}` : `× ${show(u.factor)}`;
        const td = view.where[f][m];
        setText(td, `${factor} → z = ${u.defined ? show(u.z) : t('dmUndefined')}`);
        td.classList.toggle('nn-dm-current', f === form && m === mode);
      }
    }

    setText(
      view.maskLine,
      fill(t('dmMaskLine'), { kept: model.kept, p: show(p), probability: formatProbability(model.probability), expected: show(model.expectedDropped) }),
    );

    const summary = fill(t('dmSummary'), {
      mode: t(mode === 'train' ? 'dmModeTrain' : 'dmModeInference'),
      form: t(form === 'deck' ? 'dmWhereDeck' : 'dmWhereInverted'),
      mask: r.join(', '),
      p: show(p),
      z,
    });
    return [summary, ...model.notes.map((note) => fill(t(NOTE_KEYS[note]), { p: show(p) }))].join(' ');
  },
});
