/**
 * <nn-xor-line>: XOR's four inequalities, live (chapter 1, #xor). One perceptron's line over the input
 * plane — dragged by its two handles, or set with w₁, w₂, b and the AND/OR/NAND presets — with XOR's
 * targets at the corners; beside it the four inequalities with the current nets (typeset at build
 * time, components/XorLine.astro), each marked as holding or failing, and the chapter's proof with the
 * numbers: the middle pair and the outer pair add up to the same S = w₁ + w₂ + 2b, which cannot be
 * both ≥ 0 and < 0. A random search tries 10,000 settings and tallies how many inequalities each
 * satisfies: three at best, never four. Every number from the core (model.ts).
 */
import { disposeChart } from '../charts/chart-frame';
import { renderInputPlane } from '../charts/input-plane';
import { h, setText } from '../kit/controls/dom';
import { formatShort } from '../kit/format-short';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { keepFocusableWhenWide } from '../kit/scroll-focus';
import { widgetElement } from '../kit/widget';
import { formatLive } from './formulas';
import { dragHandle, formulaValues, xorLineModel, type XorLineState } from './model';
import { HANDLE_STEP, PLANE, PRESETS, SEARCH_COUNT, XOR_LINE_TABLE, type PresetName } from './state';

const CORNER_NAMES = ['(0,0)', '(0,1)', '(1,0)', '(1,1)'];
const grouped = (n: number, lang: string) => n.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US');

export const XorLineWidget = widgetElement({
  id: 'xor-line',
  table: XOR_LINE_TABLE,
  local: { drag: null, searches: 0 } as Pick<XorLineState, 'drag' | 'searches'>,
  // A drag may move a handle without changing the rounded line; a search press recounts.
  modelKeys: ['w1', 'w2', 'b', 'drag', 'searches'],
  model: xorLineModel,

  view(kit) {
    const slider = (key: 'w1' | 'w2' | 'b', label: string) => kit.slider(key, { label, step: 0.1, format: String });
    const presets = (Object.keys(PRESETS) as PresetName[]).map((name) => kit.button(name.toUpperCase(), () => kit.set({ ...PRESETS[name], drag: null }), 'nn-xl-preset'));
    const plane = h('div', { class: 'nn-xl-plane' });
    kit.own(() => disposeChart(plane));
    const box = kit.host.querySelector<HTMLElement>('.nn-xl-formulas') ?? h('div', { class: 'nn-xl-formulas' });
    const formulas = liveFormulas(kit.id, box);
    const marks = [...box.querySelectorAll<HTMLElement>('[data-xl-mark]')];
    const rows = [...box.querySelectorAll<HTMLElement>('tr[data-row]')];
    const proof = h('p', { class: 'nn-xl-proof', role: 'status' });
    const tally = h('p', { class: 'nn-xl-tally' });
    const search = kit.button(fill(kit.t('xlSearch'), { n: grouped(SEARCH_COUNT, kit.lang) }), () => kit.set({ searches: kit.get().searches + 1 }), 'nn-xl-search');
    const root = kit.layout({
      className: 'nn-xl',
      controls: [
        h('fieldset', {}, h('legend', {}, kit.t('xlWeights')), slider('w1', 'w₁'), slider('w2', 'w₂'), slider('b', 'b')),
        h('div', { class: 'nn-xl-presets', role: 'group', 'aria-label': kit.t('xlPresets') }, h('span', { 'aria-hidden': 'true' }, kit.t('xlPresets')), ...presets),
        search,
      ],
      visual: [plane, h('p', { class: 'nn-xl-hint' }, kit.t('xlDragHint'))],
      readouts: [box, proof, tally],
    });
    const onMove = kit.guard((id: string, x: number, y: number) => {
      const moved = dragHandle(kit.model(), id === 'h2' ? 1 : 0, [x, y]);
      if (moved) kit.set(moved);
    });
    return { root, box, plane, marks, rows, proof, tally, onMove, formulas };
  },

  render(view, { model, lang, t }) {
    const { check, line } = model;
    const values = { w1: formatShort(line.w1), w2: formatShort(line.w2), b: formatShort(line.b) };
    renderInputPlane(
      view.plane,
      {
        regions: model.regions,
        lines: model.lineNote === 'no-line' ? [] : [{ id: 'line', line, normal: true }],
        // The corners carry XOR's targets; the region under each is what the perceptron outputs there.
        corners: check.rows.map((r) => ({ x: r.x[0], y: r.x[1], cls: r.d })),
        handles: model.shownHandles?.map((p, i) => ({
          id: `h${i + 1}`,
          x: p[0],
          y: p[1],
          label: fill(t('xlHandle'), { n: String(i + 1), x: p[0].toFixed(2), y: p[1].toFixed(2) }),
        })),
      },
      {
        label: fill(t('xlPlaneLabel'), { ...values, held: String(check.held) }),
        lang,
        box: PLANE,
        classLabels: [t('planeOutput0'), t('planeOutput1')],
        xLabel: 'x₁',
        yLabel: 'x₂',
        drag: { step: HANDLE_STEP, roleDescription: t('xlHandleRole'), onMove: view.onMove },
      },
    );

    updateLiveFormulas(view.formulas, formulaValues(model), formatLive);
    check.rows.forEach((row, k) => {
      view.rows[k].dataset.holds = String(row.holds);
      setText(view.marks[k].querySelector('.nn-xl-sym')!, row.holds ? '✓' : '✗');
      setText(view.marks[k].querySelector('.nn-xl-word')!, t(row.holds ? 'xlHolds' : 'xlFails'));
    });
    const [first, second] = check.brokenPair.map((k) => CORNER_NAMES[k]);
    const proofText = fill(t(check.s >= 0 ? 'xlProofOuter' : 'xlProofMiddle'), { s: formatShort(check.s), first, second, held: String(check.held) });
    setText(view.proof, proofText);
    if (model.search) {
      const [n0, n1, n2, n3, n4] = model.search.map((n) => grouped(n, lang));
      setText(view.tally, fill(t('xlTally'), { n: grouped(SEARCH_COUNT, lang), n0, n1, n2, n3, n4 }));
    }
    view.tally.hidden = !model.search;
    keepFocusableWhenWide([view.box, ...view.box.querySelectorAll<HTMLElement>('.katex-display')]);
    return fill(t('xlSummary'), { ...values, held: String(check.held) }) + ' ' + proofText;
  },
});
