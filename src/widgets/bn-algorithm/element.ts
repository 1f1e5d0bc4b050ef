/**
 * <nn-bn-algorithm>: batch normalization's four lines on one unit's mini-batch (chapter 7,
 * #algorithm). The reader edits the batch x₁ … x_m (dragging its dots on the x line, with the keyboard
 * on a focused dot, adding and removing values, a typed list, or a seeded random batch), picks
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
import { addValue, batchNormSteps, encodeBatch, formulaValues, fromPixel, identityError, identityParameters, keyStep, moments, moveValue, notes, randomBatch, readBatch, removeValue, snapX, STRIP, toPixel } from './model';
import { BN_TABLE, M_MAX, M_MIN, X_LIMIT } from './state';
import { keepFocusableWhenWide } from '../kit/scroll-focus';

const SVG = 'http://www.w3.org/2000/svg';
const f4 = (v: number) => formatBn('', v, 4, false);
const list = (xs: readonly number[]) => xs.map((x) => formatBn('', x, 4, false).replace(/\.?0+$/, '') || '0').join(', ');

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

type Row = { label: string; values: readonly number[]; domain: [number, number] };
const ROW_H = 60;
const rowY = (r: number) => r * ROW_H + 35;
const SUB = '₀₁₂₃₄₅₆₇₈₉';
/** x₁₂ for i = 12. */
export const xName = (i: number) => `x${String(i).replace(/\d/g, (d) => SUB[Number(d)])}`;

/**
 * Three dot strips on one drawing: x (before), x̂ and y (after), each value joined to its own. The
 * axes, ticks, links and the x̂ and y dots are drawn afresh; the x dots are handles kept from one
 * render to the next (so one keeps the focus and the pointer while it is dragged): each a focusable
 * role="slider" with an invisible hit circle of at least 24 px, only the selected one in the Tab order.
 */
function drawStrips(target: SVGSVGElement, rows: readonly Row[], selected: number, handleText: { label: (i: number) => string; value: (v: number) => string; describedBy: string }): void {
  const { width, left, right } = STRIP;
  target.setAttribute('viewBox', `0 0 ${width} ${rows.length * ROW_H + 10}`);
  let plain = target.querySelector<SVGGElement>('.nn-bna-plain');
  let handles = target.querySelector<SVGGElement>('.nn-bna-handles');
  if (!plain || !handles) {
    plain = svg('g', { class: 'nn-bna-plain' });
    handles = svg('g', { class: 'nn-bna-handles' });
    target.replaceChildren(plain, handles);
  }
  plain.replaceChildren();
  // On a phone the drawing is half size or less: its dots and text grow so they stay visible and readable.
  const scale = target.getBoundingClientRect().width / width || 1;
  const grow = Math.min(2, Math.max(1, 0.9 / scale));
  target.style.setProperty('--nn-bna-grow', String(grow));
  const pos = rows.map((row) => row.values.map((v) => toPixel(v, row.domain)));
  rows.forEach((row, r) => {
    const y = rowY(r);
    plain.append(svg('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'nn-bna-axis' }));
    const label = svg('text', { x: 0, y: y + 5, class: 'nn-bna-label' });
    label.textContent = row.label;
    plain.append(label);
    for (const end of [0, 1] as const) {
      const t = svg('text', { x: end ? width - right : left, y: y + 8 + 12 * grow, class: 'nn-bna-tick', 'text-anchor': end ? 'end' : 'start' });
      t.textContent = formatBn('', row.domain[end], 0, false);
      plain.append(t);
    }
    if (r > 0) pos[r].forEach((px, k) => plain.append(svg('line', { x1: pos[r - 1][k], y1: y - ROW_H, x2: px, y2: y, class: k === selected ? 'nn-bna-link nn-bna-sel' : 'nn-bna-link' })));
    if (r > 0) pos[r].forEach((px, k) => plain.append(svg('circle', { cx: px, cy: y, r: (k === selected ? 7 : 5) * grow, class: k === selected ? 'nn-bna-dot nn-bna-sel' : 'nn-bna-dot' })));
  });
  // The x dots: as many handles as values, reused; the selected one drawn last (on top).
  const xs = rows[0].values;
  // A handle's index is fixed when it is made (its data-index); the list is in index order whatever the drawing order.
  const byIndex = () => [...handles!.children].sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'))) as SVGGElement[];
  for (const extra of byIndex().slice(xs.length)) extra.remove();
  while (handles.children.length < xs.length) {
    const g = svg('g', { class: 'nn-bna-handle', 'data-index': handles.children.length, role: 'slider', 'aria-orientation': 'horizontal', 'aria-valuemin': -X_LIMIT, 'aria-valuemax': X_LIMIT });
    g.append(svg('circle', { class: 'nn-bna-hit' }), svg('circle', { class: 'nn-bna-dot' }));
    handles.append(g);
  }
  // At least 12 px of radius on the screen (a 24 px target), whatever the drawing's scale; under half a row.
  const hitR = Math.min(28, Math.max(14, 12.5 / scale));
  const y0 = rowY(0);
  const list = byIndex();
  list.forEach((g, k) => {
    const on = k === selected;
    g.setAttribute('tabindex', on ? '0' : '-1');
    g.setAttribute('transform', `translate(${pos[0][k]},${y0})`);
    g.setAttribute('aria-label', handleText.label(k + 1));
    g.setAttribute('aria-valuenow', String(xs[k]));
    g.setAttribute('aria-valuetext', handleText.value(xs[k]));
    g.setAttribute('aria-describedby', handleText.describedBy);
    g.classList.toggle('nn-bna-sel', on);
    g.firstElementChild!.setAttribute('r', String(hitR));
    const dot = g.lastElementChild!;
    dot.setAttribute('r', String((on ? 8 : 6) * grow));
    dot.setAttribute('class', on ? 'nn-bna-dot nn-bna-sel' : 'nn-bna-dot');
  });
  // The selected handle drawn last (on top). Moving the focused handle would blur it: the others move instead.
  const chosen = list[selected];
  if (chosen && handles.lastElementChild !== chosen) {
    for (const other of [...handles.children]) if (other !== chosen) handles.insertBefore(other, chosen);
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
  // While a dot is dragged, the batch it makes is held here, out of the URL; the URL's x takes it when the drag ends.
  local: { live: '' },
  modelKeys: ['x', 'gamma', 'beta', 'eps', 'live'],
  model: (state) => {
    const read = readBatch(state.live || state.x);
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
    picture.setAttribute('role', 'group');
    const hintId = `${kit.id}-drag-hint`;
    const hint = h('p', { class: 'nn-bna-hint', id: hintId }, kit.t('bnaDragHint'));
    // The dots' sizes and hit circles follow the drawing's size on the screen (drawStrips): redrawn when it changes.
    if (typeof ResizeObserver === 'function') {
      let lastWidth = 0;
      const observer = new ResizeObserver(kit.guard((entries: ResizeObserverEntry[]) => {
        const w = Math.round(entries[0]?.contentRect.width ?? 0);
        if (w !== lastWidth) {
          lastWidth = w;
          kit.redraw();
        }
      }));
      observer.observe(picture);
      kit.own(() => observer.disconnect());
    }

    // Dragging an x dot: the batch it makes goes to `live` while the pointer moves, to x when it lets go.
    const batch = () => kit.model().xs;
    const select = (k: number) => kit.get().i !== k + 1 && kit.set({ i: k + 1 });
    const handleOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGGElement>('.nn-bna-handle') : null);
    const indexOf = (handle: SVGGElement) => Number(handle.getAttribute('data-index'));
    let drag: { pointer: number; k: number; xs: number[] } | null = null;
    /** Set by a key that moves the selection or removes the focused dot: the next render focuses the selected dot. */
    const refocus = { on: false };
    const svgX = (event: PointerEvent) => {
      const ctm = picture.getScreenCTM();
      return ctm ? new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse()).x : STRIP.left;
    };
    const endDrag = () => {
      if (!drag) return;
      drag = null;
      const live = kit.get().live;
      if (live) kit.set({ x: live, live: '' });
    };
    kit.listen<PointerEvent>(picture, 'pointerdown', (event) => {
      const handle = handleOf(event.target);
      if (!handle || event.button !== 0) return;
      event.preventDefault();
      const k = indexOf(handle);
      drag = { pointer: event.pointerId, k, xs: [...batch()] };
      picture.setPointerCapture?.(event.pointerId);
      select(k);
      handle.focus({ preventScroll: true });
    });
    kit.listen<PointerEvent>(picture, 'pointermove', (event) => {
      if (!drag || event.pointerId !== drag.pointer) return;
      const next = encodeBatch(moveValue(drag.xs, drag.k, fromPixel(svgX(event))));
      if (next !== kit.get().live) kit.set({ live: next });
    });
    for (const type of ['pointerup', 'pointercancel', 'lostpointercapture']) kit.listen<PointerEvent>(picture, type, (event) => drag && event.pointerId === drag.pointer && endDrag());

    // The keyboard on a focused x dot: ←/→ (Shift: ×10), PageUp/PageDown, Home/End move it; ↑/↓ pick
    // the next or previous i (the focus follows); Delete removes it.
    kit.listen<FocusEvent>(picture, 'focusin', (event) => {
      const handle = handleOf(event.target);
      if (handle) select(indexOf(handle));
    });
    kit.listen<KeyboardEvent>(picture, 'keydown', (event) => {
      const handle = handleOf(event.target);
      if (!handle || event.ctrlKey || event.metaKey || event.altKey) return;
      const k = indexOf(handle);
      const xs = batch();
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        event.preventDefault();
        refocus.on = true;
        select(Math.min(xs.length - 1, Math.max(0, k + (event.key === 'ArrowUp' ? 1 : -1))));
        return;
      }
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        refocus.on = true;
        if (xs.length > M_MIN) kit.set({ x: encodeBatch(removeValue(xs, k)), i: Math.max(1, Math.min(k + 1, xs.length - 1)) });
        return;
      }
      const value = keyStep(xs[k], event.key, event.shiftKey);
      if (value === null) return;
      event.preventDefault();
      kit.set({ x: encodeBatch(moveValue(xs, k, value)), i: k + 1 });
    });
    const add = kit.button(kit.t('bnaAdd'), () => {
      const xs = batch();
      if (xs.length < M_MAX) kit.set({ x: encodeBatch(addValue(xs, snapX(kit.model().mean))), i: xs.length + 1 });
    }, 'nn-bna-button');
    const remove = kit.button(kit.t('bnaRemove'), () => {
      const xs = batch();
      const k = Math.min(kit.get().i, xs.length) - 1;
      if (xs.length > M_MIN) kit.set({ x: encodeBatch(removeValue(xs, k)), i: Math.max(1, Math.min(k + 1, xs.length - 1)) });
    }, 'nn-bna-button');
    const noteBox = h('div', { class: 'nn-bna-notes' });
    const check = h('p', { class: 'nn-bna-check' });
    const formulas = liveFormulas(kit.id, kit.host);
    const formulaBox = kit.host.querySelector('.nn-bna-formulas');
    const root = kit.layout({
      className: 'nn-bna',
      controls: [
        listField,
        h('div', { class: 'nn-bna-buttons nn-bna-edit' }, add, remove),
        kit.number('i', { label: kit.t('bnaI'), step: 1 }),
        kit.slider('gamma', { label: 'γ', step: 0.01 }),
        kit.slider('beta', { label: 'β', step: 0.01 }),
        kit.slider('eps', { label: 'ε', scale: 'log' }),
        h('div', { class: 'nn-bna-buttons' }, identity, reset),
        random,
      ],
      visual: [picture, hint],
      readouts: [formulaBox, noteBox, check],
    });
    return { root, listInput, picture, noteBox, check, formulas, add, remove, hintId, refocus };
  },

  render(view, { state, model: steps, t }) {
    const i = Math.min(state.i, steps.m);
    if (document.activeElement !== view.listInput) view.listInput.value = list(steps.xs);
    updateLiveFormulas(view.formulas, formulaValues(steps, i), formatBn);
    keepFocusableWhenWide(view.root.querySelectorAll<HTMLElement>('.katex-display'));
    const xRange: [number, number] = [-X_LIMIT, X_LIMIT];
    drawStrips(
      view.picture,
      [
        { label: 'x', values: steps.xs, domain: xRange },
        { label: 'x̂', values: steps.xHat, domain: span(steps.xHat, 3) },
        { label: 'y', values: steps.y, domain: span([...steps.y, X_LIMIT], X_LIMIT) },
      ],
      i - 1,
      { label: (k) => fill(t('bnaDot'), { x: xName(k), m: steps.m }), value: (v) => String(v), describedBy: view.hintId },
    );
    // Focus follows the selected i among the handles (after ↑/↓, or when a Delete removed the focused one).
    const chosen = view.picture.querySelector<SVGGElement>(`.nn-bna-handle[data-index="${i - 1}"]`);
    if (chosen && (view.refocus.on || view.picture.contains(document.activeElement)) && document.activeElement !== chosen) chosen.focus({ preventScroll: true });
    view.refocus.on = false;
    view.add.disabled = steps.m >= M_MAX;
    view.remove.disabled = steps.m <= M_MIN;
    setText(view.remove, fill(t('bnaRemove'), { x: xName(i) }));
    view.picture.setAttribute('aria-label', fill(t('bnaStrips'), { x: list(steps.xs), xhat: list(steps.xHat.map((v) => Number(v.toFixed(4)))), y: list(steps.y.map((v) => Number(v.toFixed(4)))) }));
    const values = { m: steps.m, x: f4(steps.xs[0]), beta: f4(steps.beta), eps: formatBn('eps', steps.eps, 4, false), share: (100 * steps.eps / (steps.variance + steps.eps)).toFixed(1), err: identityError(steps).toExponential(1) };
    view.noteBox.replaceChildren(...notes(steps).map((note) => h('p', { class: 'nn-bna-note', 'data-note': note }, fill(t(`bnaNote_${note}` as WidgetStringKey), values))));
    const mx = moments(steps.xHat);
    const my = moments(steps.y);
    const unbiased = steps.unbiased === null ? t('bnaNoUnbiased') : f4(steps.unbiased);
    setText(view.check, fill(t('bnaCheck'), { xm: f4(mx.mean), xv: mx.variance.toFixed(6), ym: f4(my.mean), yv: f4(my.variance), u: unbiased }));
    // While a dot is dragged the numbers change every frame: the summary is said once, when it lets go.
    if (state.live) return;
    return fill(t('bnaSummary'), { m: steps.m, mu: f4(steps.mean), v: f4(steps.variance), i, x: xName(i), xi: String(steps.xs[i - 1]), xhat: f4(steps.xHat[i - 1]), y: f4(steps.y[i - 1]) });
  },
});
