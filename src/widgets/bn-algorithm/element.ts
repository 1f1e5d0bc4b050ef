/**
 * <nn-bn-algorithm>: batch normalization's four lines on one unit's mini-batch (chapter 7,
 * #algorithm). The reader edits the batch x₁ … x_m (a typed list, or a seeded random batch), picks
 * i, moves γ, β and ε (log scale), and reads the four formulas with the numbers substituted, three
 * dot strips (x before, x̂ and y after), a check line and a sentence for each edge case that holds
 * (m = 1, all values equal, ε not negligible, the identity γ = √(σ²_B + ε), β = μ_B). Every number
 * from model.ts, i.e. from the core's BatchNormLayer.
 */
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { parse } from '../kit/url-state';
import type { WidgetStringKey } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { formatBn } from './formulas';
import { batchNormSteps, encodeBatch, formulaValues, identityError, identityParameters, moments, notes, randomBatch, readBatch } from './model';
import { BN_TABLE, X_LIMIT } from './state';

const SVG = 'http://www.w3.org/2000/svg';
const f4 = (v: number) => formatBn('', v, 4, false);
const list = (xs: readonly number[]) => xs.map((x) => formatBn('', x, 4, false).replace(/\.?0+$/, '') || '0').join(', ');

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Three dot strips on one drawing: x (before), x̂ and y (after), each value joined to its own. */
function drawStrips(target: SVGSVGElement, rows: ReadonlyArray<{ label: string; values: readonly number[]; domain: [number, number] }>, selected: number): void {
  const width = 600;
  const rowH = 60;
  const left = 40;
  const right = 20;
  target.setAttribute('viewBox', `0 0 ${width} ${rows.length * rowH + 10}`);
  target.replaceChildren();
  const pos = rows.map((row) => row.values.map((v) => left + ((v - row.domain[0]) / (row.domain[1] - row.domain[0])) * (width - left - right)));
  rows.forEach((row, r) => {
    const y = r * rowH + 35;
    target.append(svg('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'nn-bna-axis' }));
    const label = svg('text', { x: 0, y: y + 5, class: 'nn-bna-label' });
    label.textContent = row.label;
    target.append(label);
    for (const end of [0, 1] as const) {
      const t = svg('text', { x: end ? width - right : left, y: y + 20, class: 'nn-bna-tick', 'text-anchor': end ? 'end' : 'start' });
      t.textContent = formatBn('', row.domain[end], 0, false);
      target.append(t);
    }
    if (r > 0) pos[r].forEach((px, k) => target.append(svg('line', { x1: pos[r - 1][k], y1: y - rowH, x2: px, y2: y, class: k === selected ? 'nn-bna-link nn-bna-sel' : 'nn-bna-link' })));
    pos[r].forEach((px, k) => target.append(svg('circle', { cx: px, cy: y, r: k === selected ? 7 : 5, class: k === selected ? 'nn-bna-dot nn-bna-sel' : 'nn-bna-dot' })));
  });
}

/** A formula wider than its box scrolls; a scrolling box must be reachable by keyboard (axe: scrollable-region-focusable). */
function keepFocusableWhenWide(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('.katex-display')) {
    if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
    else box.removeAttribute('tabindex');
  }
}

const span = (values: readonly number[], least: number): [number, number] => {
  const reach = Math.max(least, ...values.map((v) => Math.ceil(Math.abs(v))));
  return [-reach, reach];
};

export const BnAlgorithmWidget = widgetElement({
  id: 'bn-algorithm',
  table: BN_TABLE,
  read: (params, id) => {
    // The batch must be 1–64 numbers within ±10, and i at most m: otherwise the default, with a notice.
    const base = parse(params, id, BN_TABLE);
    const state = { ...base.state };
    const ignored = [...base.ignored];
    const read = readBatch(state.x);
    if (!read.ok) {
      ignored.push({ key: `${id}.x`, raw: state.x, reason: { key: 'bnaUrlBadBatch', params: { name: `${id}.x`, raw: state.x } } });
      state.x = BN_TABLE[0].default;
    }
    const m = readBatch(state.x);
    if (m.ok && state.i > m.values.length) {
      ignored.push({ key: `${id}.i`, raw: String(state.i), reason: { key: 'bnaUrlBadIndex', params: { name: `${id}.i`, raw: state.i, m: m.values.length } } });
      state.i = 1;
    }
    return { state, ignored };
  },
  model: (state) => {
    const read = readBatch(state.x);
    const xs = read.ok ? read.values : [2, 4, 6, 8];
    return batchNormSteps(xs, state.gamma, state.beta, state.eps);
  },

  view(kit) {
    const listId = `${kit.id}-list`;
    const listInput = h('input', { type: 'text', id: listId, class: 'nn-bna-list', autocomplete: 'off', spellcheck: 'false' });
    const listMessage = h('span', { class: 'nn-field-message', role: 'status' });
    const commitList = () => {
      const read = readBatch(listInput.value);
      if (!read.ok) {
        setText(listMessage, fill(kit.t(`bnaList_${read.reason}` as WidgetStringKey), { token: read.token ?? '', limit: X_LIMIT, max: 64 }));
        return;
      }
      setText(listMessage, '');
      const i = Math.min(kit.get().i, read.values.length);
      kit.set({ x: encodeBatch(read.values), i });
    };
    kit.listen(listInput, 'change', commitList);
    kit.listen<KeyboardEvent>(listInput, 'keydown', (event) => event.key === 'Enter' && commitList());
    const listField = h('div', { class: 'nn-field nn-bna-list-field' }, h('label', { for: listId }, kit.t('bnaList'), ' ', h('span', { class: 'nn-bna-list-hint' }, kit.t('bnaListHint'))), listInput, listMessage);

    const identity = kit.button(kit.t('bnaIdentity'), () => kit.set(identityParameters(kit.model())), 'nn-bna-button');
    const reset = kit.button(kit.t('bnaExample'), () => kit.set({ x: BN_TABLE[0].default, i: 1, gamma: 1.5, beta: 0.5, eps: 1e-5 }), 'nn-bna-button');
    const draw = kit.button(kit.t('bnaRandom'), () => {
      const s = kit.get();
      kit.set({ x: encodeBatch(randomBatch(s.n, s.mean, s.spread, s.seed)), i: 1 });
    }, 'nn-bna-button');
    const random = h(
      'details',
      { class: 'nn-bna-random', 'data-nn-fold': '' },
      h('summary', {}, kit.t('bnaRandomTitle')),
      kit.number('n', { label: kit.t('bnaN'), step: 1 }),
      kit.number('mean', { label: kit.t('bnaMean'), step: 0.5 }),
      kit.number('spread', { label: kit.t('bnaSpread'), step: 0.5 }),
      kit.seed('seed'),
      draw,
    );
    const picture = document.createElementNS(SVG, 'svg');
    picture.setAttribute('class', 'nn-bna-strips');
    picture.setAttribute('role', 'img');
    const noteBox = h('div', { class: 'nn-bna-notes' });
    const check = h('p', { class: 'nn-bna-check' });
    const formulas = liveFormulas(kit.id, kit.host);
    const formulaBox = kit.host.querySelector('.nn-bna-formulas');
    const root = kit.layout({
      className: 'nn-bna',
      controls: [
        listField,
        kit.number('i', { label: kit.t('bnaI'), step: 1 }),
        kit.slider('gamma', { label: 'γ', step: 0.01 }),
        kit.slider('beta', { label: 'β', step: 0.01 }),
        kit.slider('eps', { label: 'ε', scale: 'log' }),
        h('div', { class: 'nn-bna-buttons' }, identity, reset),
        random,
      ],
      visual: picture,
      readouts: [formulaBox, noteBox, check],
    });
    return { root, listInput, picture, noteBox, check, formulas };
  },

  render(view, { state, model: steps, t }) {
    const i = Math.min(state.i, steps.m);
    if (document.activeElement !== view.listInput) view.listInput.value = list(steps.xs);
    updateLiveFormulas(view.formulas, formulaValues(steps, i), formatBn);
    keepFocusableWhenWide(view.root);
    const xRange: [number, number] = [-X_LIMIT, X_LIMIT];
    drawStrips(
      view.picture,
      [
        { label: 'x', values: steps.xs, domain: xRange },
        { label: 'x̂', values: steps.xHat, domain: span(steps.xHat, 3) },
        { label: 'y', values: steps.y, domain: span([...steps.y, X_LIMIT], X_LIMIT) },
      ],
      i - 1,
    );
    view.picture.setAttribute('aria-label', fill(t('bnaStrips'), { x: list(steps.xs), xhat: list(steps.xHat.map((v) => Number(v.toFixed(4)))), y: list(steps.y.map((v) => Number(v.toFixed(4)))) }));
    const values = { m: steps.m, x: f4(steps.xs[0]), beta: f4(steps.beta), eps: formatBn('eps', steps.eps, 4, false), share: (100 * steps.eps / (steps.variance + steps.eps)).toFixed(1), err: identityError(steps).toExponential(1) };
    view.noteBox.replaceChildren(...notes(steps).map((note) => h('p', { class: 'nn-bna-note', 'data-note': note }, fill(t(`bnaNote_${note}` as WidgetStringKey), values))));
    const mx = moments(steps.xHat);
    const my = moments(steps.y);
    const unbiased = steps.unbiased === null ? t('bnaNoUnbiased') : f4(steps.unbiased);
    setText(view.check, fill(t('bnaCheck'), { xm: f4(mx.mean), xv: mx.variance.toFixed(6), ym: f4(my.mean), yv: f4(my.variance), u: unbiased }));
    return fill(t('bnaSummary'), { m: steps.m, mu: f4(steps.mean), v: f4(steps.variance), i, xhat: f4(steps.xHat[i - 1]), y: f4(steps.y[i - 1]) });
  },
});
