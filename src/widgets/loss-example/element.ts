/**
 * <nn-loss-example>: the deck's example, live. Real values yᵢ and predictions yᵢᵖ for one to five
 * examples (the first is the deck's 500 against 350); for each, the raw difference yᵢ − yᵢᵖ, its
 * absolute value and its square; under them the signed sum, where opposite errors cancel, against
 * Σ|·| and Σ(·)², and their means MAE and MSE. A number line shows each difference as a segment, and
 * bars show each example's share of Σ|·| and of Σ(·)² — the square hands the larger miss a far larger
 * share, which is the scale question of the chapter. The live formula in the frame
 * (components/LossExample.astro) carries the first difference, MAE and MSE; every number comes from
 * the core (model.ts).
 */
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { cancellingPrediction, lossExample, type LossExample } from './model';
import { examplesOf, LX_TABLE, MAX_ROWS, P_KEYS, ROW_DEFAULTS, VALUE_MAX, VALUE_MIN, Y_KEYS, type LxState as State } from './state';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const sub = (i: number) => String(i).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]);


const keyOf = (state: State) => JSON.stringify(examplesOf(state));

/** Whole numbers as the chapter prints them (true minus sign); means with up to two decimals. */
const whole = (x: number) => (x < 0 ? `−${-x}` : String(x));
const mean = (x: number) => {
  const text = Math.abs(x).toFixed(2).replace(/\.?0+$/, '');
  return x < 0 && text !== '0' ? `−${text}` : text;
};
const ratio = (x: number) => mean(x);
/** Position on the number line, in percent. */
const at = (x: number) => `${((x - VALUE_MIN) / (VALUE_MAX - VALUE_MIN)) * 100}%`;
const percent = (part: number, total: number) => (total > 0 ? (part / total) * 100 : 0);

export const LossExampleWidget = widgetElement({
  id: 'loss-example',
  table: LX_TABLE,
  model: (state) => lossExample(examplesOf(state)),

  view(kit) {
    const note = h('p', { class: 'nn-lx-note', role: 'status' });
    const refusal = { text: '', at: '' };
    const add = kit.button(kit.t('lxAdd'), () => {
      const n = kit.get().n;
      if (n < MAX_ROWS) kit.set({ n: n + 1, [Y_KEYS[n]]: ROW_DEFAULTS[n].y, [P_KEYS[n]]: ROW_DEFAULTS[n].p } as Partial<State>);
    });
    const remove = kit.button(kit.t('lxRemove'), () => {
      const n = kit.get().n;
      if (n > 1) kit.set({ n: n - 1 });
    });
    const deck = kit.button(kit.t('lxDeck'), () => {
      kit.set({ n: 1, y1: ROW_DEFAULTS[0].y, p1: ROW_DEFAULTS[0].p });
    });
    // The course's own addition (not in the deck): the last prediction that makes the signed sum 0.
    const cancel = kit.button(kit.t('lxCancel'), () => {
      // With one example there is nothing to cancel against: bring in the second first.
      const current = kit.get() as State;
      const grow: Partial<State> = current.n === 1 ? { n: 2, y2: ROW_DEFAULTS[1].y, p2: ROW_DEFAULTS[1].p } : {};
      const state: State = { ...current, ...grow };
      const examples = examplesOf(state);
      const p = cancellingPrediction(examples, VALUE_MIN, VALUE_MAX);
      if (p === null) {
        const last = examples[examples.length - 1];
        const needed = last.y + examples.slice(0, -1).reduce((s, e) => s + e.y - e.p, 0);
        if (current.n === 1) kit.set(grow);
        // Shown until the examples change (render compares them), so the refusal outlives this redraw.
        refusal.text = fill(kit.t('lxCancelOut'), { i: state.n, p: whole(needed), min: VALUE_MIN, max: VALUE_MAX });
        refusal.at = keyOf(state);
        kit.redraw();
        return;
      }
      kit.set({ ...grow, [P_KEYS[state.n - 1]]: p } as Partial<State>);
    });
    const buttons = h('div', { class: 'nn-lx-buttons' }, add, remove, deck, cancel);

    const rows = Y_KEYS.map((yKey, i) => {
      const k = i + 1;
      const y = kit.number(yKey, { label: fill(kit.t('lxY'), { i: k, s: sub(k) }), step: 10, size: 4 });
      const p = kit.number(P_KEYS[i], { label: fill(kit.t('lxP'), { i: k, s: sub(k) }), step: 10, size: 4 });
      const d = h('td', { class: 'nn-lx-d' });
      const abs = h('td', {});
      const sq = h('td', {});
      const row = h('tr', {}, h('th', { scope: 'row' }, String(k)), h('td', { class: 'nn-lx-in' }, y), h('td', { class: 'nn-lx-in' }, p), d, abs, sq);
      return { row, d, abs, sq };
    });
    const sumD = h('td', { class: 'nn-lx-d' });
    const sumAbs = h('td', {});
    const sumSq = h('td', {});
    const meanD = h('td', { class: 'nn-lx-d' });
    const meanAbs = h('td', {});
    const meanSq = h('td', {});
    const col = (text: string) => h('th', { scope: 'col' }, text);
    const table = h(
      'table',
      { class: 'nn-lx-table' },
      h('caption', {}, kit.t('lxTableCaption')),
      h('thead', {}, h('tr', {}, col('i'), col('yᵢ'), col('yᵢᵖ'), col('yᵢ − yᵢᵖ'), col('|yᵢ − yᵢᵖ|'), col('(yᵢ − yᵢᵖ)²'))),
      h('tbody', {}, ...rows.map((r) => r.row)),
      h(
        'tfoot',
        {},
        h('tr', { class: 'nn-lx-sum' }, h('th', { scope: 'row', colspan: '3' }, kit.t('lxSum')), sumD, sumAbs, sumSq),
        h('tr', { class: 'nn-lx-mean' }, h('th', { scope: 'row', colspan: '3' }, kit.t('lxMean')), meanD, meanAbs, meanSq),
      ),
    );

    // The picture: each example on a number line 0 … 1000 (ring: real value, dot: prediction,
    // segment: the difference), and its share of Σ|·| and of Σ(·)².
    const lines = Y_KEYS.map((_, i) => {
      const segment = h('span', { class: 'nn-lx-seg' });
      const target = h('span', { class: 'nn-lx-y' });
      const predicted = h('span', { class: 'nn-lx-p' });
      const absBar = h('span', { class: 'nn-lx-share-abs' });
      const sqBar = h('span', { class: 'nn-lx-share-sq' });
      const absText = h('span', { class: 'nn-lx-share-text' });
      const sqText = h('span', { class: 'nn-lx-share-text' });
      const line = h(
        'div',
        { class: 'nn-lx-line' },
        h('span', { class: 'nn-lx-index' }, String(i + 1)),
        h('span', { class: 'nn-lx-track' }, segment, target, predicted),
        h('span', { class: 'nn-lx-shares' }, h('span', { class: 'nn-lx-bar' }, absBar), absText, h('span', { class: 'nn-lx-bar' }, sqBar), sqText),
      );
      return { line, segment, target, predicted, absBar, sqBar, absText, sqText };
    });
    const picture = h(
      'div',
      { class: 'nn-lx-picture', role: 'img', 'aria-label': kit.t('lxPicture') },
      h(
        'div',
        { class: 'nn-lx-line nn-lx-head', 'aria-hidden': 'true' },
        h('span', { class: 'nn-lx-index' }),
        h('span', { class: 'nn-lx-axis' }, h('span', {}, String(VALUE_MIN)), h('span', {}, String((VALUE_MIN + VALUE_MAX) / 2)), h('span', {}, String(VALUE_MAX))),
        h('span', { class: 'nn-lx-shares' }, h('span', {}, kit.t('lxShareAbs')), h('span', {}, kit.t('lxShareSq'))),
      ),
      ...lines.map((l) => l.line),
      h('p', { class: 'nn-lx-legend', 'aria-hidden': 'true' }, h('span', { class: 'nn-lx-key-y' }), ' ', kit.t('lxKeyY'), ' ', h('span', { class: 'nn-lx-key-p' }), ' ', kit.t('lxKeyP'), h('span', { class: 'nn-lx-key-shares' }, kit.t('lxKeyShares'))),
    );

    const cancelText = h('p', { class: 'nn-lx-verdict nn-lx-cancel' });
    const scaleText = h('p', { class: 'nn-lx-verdict nn-lx-scale' });
    const root = kit.layout({
      className: 'nn-lx',
      controls: [buttons, note],
      visual: h('div', { class: 'nn-lx-visuals' }, h('div', { class: 'nn-lx-table-box', tabindex: '0', role: 'region', 'aria-label': kit.t('lxTableCaption') }, table), picture),
      readouts: [cancelText, scaleText],
    });
    return { root, note, refusal, add, remove, rows, sumD, sumAbs, sumSq, meanD, meanAbs, meanSq, lines, cancelText, scaleText, formulas: liveFormulas(kit.id) };
  },

  render(v, { state, model, t }) {
    const m: LossExample = model;
    if (v.refusal.at !== keyOf(state)) v.refusal.text = ''; // a refusal lasts until the examples change
    setText(v.note, v.refusal.text);
    v.add.disabled = m.n >= MAX_ROWS;
    v.remove.disabled = m.n <= 1;
    v.rows.forEach((r, i) => {
      const row = m.rows[i];
      r.row.hidden = !row;
      v.lines[i].line.hidden = !row;
      if (!row) return;
      setText(r.d, whole(row.d));
      setText(r.abs, whole(row.abs));
      setText(r.sq, whole(row.sq));
      r.d.dataset.sign = row.d > 0 ? 'pos' : row.d < 0 ? 'neg' : '';
      const l = v.lines[i];
      l.target.style.left = at(row.y);
      l.predicted.style.left = at(row.p);
      l.segment.style.left = at(Math.min(row.y, row.p));
      l.segment.style.width = `${(Math.abs(row.d) / (VALUE_MAX - VALUE_MIN)) * 100}%`;
      l.segment.dataset.sign = row.d > 0 ? 'pos' : row.d < 0 ? 'neg' : '';
      const absShare = percent(row.abs, m.absSum);
      const sqShare = percent(row.sq, m.sqSum);
      l.absBar.style.width = `${absShare}%`;
      l.sqBar.style.width = `${sqShare}%`;
      setText(l.absText, `${absShare.toFixed(1)}%`);
      setText(l.sqText, `${sqShare.toFixed(1)}%`);
    });
    setText(v.sumD, whole(m.signedSum));
    setText(v.sumAbs, whole(m.absSum));
    setText(v.sumSq, whole(m.sqSum));
    setText(v.meanD, mean(m.signedMean));
    v.meanAbs.replaceChildren(h('span', { class: 'nn-lx-mean-name' }, 'MAE '), mean(m.mae));
    v.meanSq.replaceChildren(h('span', { class: 'nn-lx-mean-name' }, 'MSE '), mean(m.mse));
    v.sumD.dataset.cancels = m.cancels ? 'yes' : '';

    const first = m.rows[0];
    updateLiveFormulas(v.formulas, { y1: first.y, p1: first.p, d1: first.d, sabs: m.absSum, ssq: m.sqSum, n: m.n, mae: m.mae, mse: m.mse });

    const numbers = { n: m.n, sum: whole(m.signedSum), abs: whole(m.absSum), hidden: whole(m.absSum - Math.abs(m.signedSum)), mae: mean(m.mae), mse: mean(m.mse), d: whole(first.d) };
    const cancelKey = m.mae === 0 ? 'lxExact' : m.n === 1 ? 'lxOne' : m.cancels ? 'lxCancelled' : m.absSum === Math.abs(m.signedSum) ? 'lxSameSign' : 'lxPartly';
    setText(v.cancelText, fill(t(cancelKey), numbers));
    v.cancelText.dataset.cancels = m.cancels ? 'yes' : '';
    const s = m.scale;
    setText(
      v.scaleText,
      s
        ? fill(t('lxScale'), {
            far: s.far + 1,
            near: s.near + 1,
            dfar: whole(m.rows[s.far].abs),
            dnear: whole(m.rows[s.near].abs),
            r: ratio(s.absRatio),
            r2: ratio(s.sqRatio),
            sqfar: whole(m.rows[s.far].sq),
            sqnear: whole(m.rows[s.near].sq),
          })
        : t('lxNoScale'),
    );
    return fill(t('lxSummary'), numbers);
  },
});
