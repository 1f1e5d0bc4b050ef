/**
 * <nn-optimizer-race>: the deck's eight optimizers racing from one start on one surface (model.ts).
 * The controls pick the surface (and κ, or N, B and the seed of the line fit), one shared η or each
 * optimizer's own hyperparameters (a compact table of every one of them), and the leaderboard's
 * threshold. The contour plot shows the paths (click it, or move its cursor with the arrow keys and
 * press Enter, to move the start); the line chart shows J − J* per step on a log scale; the
 * leaderboard counts steps to settle and names the optimizers that diverged. One race step moves
 * every optimizer once; the kit's runner plays it and redraws once per frame.
 */
import type { OptimizerName } from '../../core';
import { disposeChart } from '../charts/chart-frame';
import { renderContourPlot } from '../charts/contour-plot';
import { renderLineChart } from '../charts/line-chart';
import { seriesClass } from '../charts/palette';
import { h, setText } from '../kit/controls/dom';
import { formatLoss } from '../kit/controls/transport-view';
import { formatShort } from '../kit/format-short';
import { fill, type WidgetStringKey } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { createRace, leaderboard, surfaceOf, type RaceState } from './model';
import { RACE_TABLE, SPEEDS, SURFACES, type RaceSurfaceChoice } from './state';

export const OPTIMIZER_LABELS: Record<OptimizerName, WidgetStringKey> = {
  gd: 'orOptGd',
  sgd: 'orOptSgd',
  momentum: 'orOptMomentum',
  nag: 'orOptNag',
  adagrad: 'orOptAdagrad',
  rmsprop: 'orOptRmsprop',
  adadelta: 'orOptAdadelta',
  adam: 'orOptAdam',
};
const SURFACE_LABELS: Record<RaceSurfaceChoice, WidgetStringKey> = {
  valley: 'orSurfaceValley',
  rosenbrock: 'orSurfaceRosenbrock',
  saddle: 'orSurfaceSaddle',
  beale: 'orSurfaceBeale',
  'two-minima': 'orSurfaceTwoMinima',
  plateau: 'orSurfacePlateau',
  'line-fit': 'orSurfaceLineFit',
};
/** The hyperparameter fields of each optimizer's row, after its η: [state key suffix, symbol]. */
const HYPER_FIELDS: Record<OptimizerName, readonly (readonly [string, string])[]> = {
  gd: [],
  sgd: [],
  momentum: [['gamma', 'γ']],
  nag: [['gamma', 'γ']],
  adagrad: [['eps', 'ε']],
  rmsprop: [['gamma', 'γ'], ['eps', 'ε']],
  adadelta: [['gamma', 'γ'], ['eps', 'ε']],
  adam: [['beta1', 'β₁'], ['beta2', 'β₂'], ['eps', 'ε']],
};
const NAMES = Object.keys(OPTIMIZER_LABELS) as OptimizerName[];
/** Arrow keys move the start cursor by this fraction of the view (Shift: five times as far). */
const CURSOR_STEP = 1 / 40;
const minus = (text: string) => text.replace(/-/g, '−');
const gapText = (gap: number) => minus(formatLoss(gap));

type Key = keyof RaceState & string;

export const OptimizerRaceWidget = widgetElement({
  id: 'optimizer-race',
  table: RACE_TABLE,
  local: { cursorX: Number.NaN, cursorY: Number.NaN },
  modelKeys: RACE_TABLE.map((field) => field.key).filter((key) => key !== 'threshold'),
  model: createRace,
  training: {
    step: (race) => race.step(),
    initialLoss: (race) => (race.racers.length > 0 ? race.best() : 0),
    isDone: (_loss, _step, race) => race.done(),
    speeds: SPEEDS,
    speedKey: 'speed',
    // Each optimizer judges its own divergence (model.ts); the race itself reports the best live gap.
    runner: { runawayFactor: Infinity, runawayCeiling: Infinity },
  },

  view(kit) {
    const t = kit.t;
    const number = (key: Key, label: string) => kit.number(key as never, { label, size: 6 } as never);
    const rows = NAMES.map((name) =>
      h(
        'div',
        { class: `nn-or-row ${seriesClass(NAMES.indexOf(name))}`, role: 'group', 'aria-label': t(OPTIMIZER_LABELS[name]), 'data-name': name },
        h('span', { class: 'nn-or-swatch', 'aria-hidden': 'true' }),
        kit.checkbox(`on-${name}` as never, t(OPTIMIZER_LABELS[name])),
        h(
          'div',
          { class: 'nn-or-fields' },
          name === 'adadelta'
            ? h('span', { class: 'nn-or-noeta' }, t('orNoEta'))
            : h('span', { class: 'nn-or-eta' }, number(`${name}-lr` as Key, 'η'), h('span', { class: 'nn-or-shared-eta' }, t('orSharedEta'))),
          ...HYPER_FIELDS[name].map(([suffix, symbol]) => number(`${name}-${suffix}` as Key, symbol)),
        ),
      ),
    );

    /** Back to a surface's own start: the fields show it again. */
    const ownStart = (surface: RaceState['surface']) => {
      const [x0, y0] = surfaceOf({ ...kit.get(), surface }).start;
      return { custom: false, x0, y0, cursorX: Number.NaN, cursorY: Number.NaN };
    };
    const surfaceStart = kit.button(t('orSurfaceStart'), () => kit.set(ownStart(kit.get().surface)), 'nn-or-reset-start');
    const startFields = h(
      'div',
      { class: 'nn-or-start' },
      kit.number('x0', { label: t('orStartX'), size: 6, alsoSet: () => ({ custom: true }) }),
      kit.number('y0', { label: t('orStartY'), size: 6, alsoSet: () => ({ custom: true }) }),
      surfaceStart,
    );
    const settings = h(
      'details',
      { class: 'nn-or-settings', 'data-nn-fold': '', open: true },
      h('summary', {}, t('orSettings')),
      h(
        'div',
        { class: 'nn-or-general' },
        kit.select('mode', { label: t('orMode'), options: [{ value: 'shared', label: t('orModeShared') }, { value: 'own', label: t('orModeOwn') }] }),
        kit.number('threshold', { label: t('orThreshold'), size: 7 }),
      ),
      ...rows,
      startFields,
    );

    const plot = h('div', { class: 'nn-or-plot', tabindex: 0, role: 'group', 'aria-label': t('orPlotKeys') });
    const loss = h('div', { class: 'nn-or-loss' });
    for (const chart of [plot, loss]) kit.own(() => disposeChart(chart));
    const cursorText = h('p', { class: 'nn-or-cursor', role: 'status' });
    const boardCaption = h('caption', {});
    const boardBody = h('tbody', {});
    const board = h(
      'table',
      { class: 'nn-or-board' },
      boardCaption,
      h('thead', {}, h('tr', {}, ...(['orRank', 'orName', 'orResult', 'orGap'] as const).map((key) => h('th', { scope: 'col' }, t(key))))),
      boardBody,
    );
    const boardBox = h('div', { class: 'nn-or-board-box', tabindex: 0, role: 'region', 'aria-label': t('orResult') }, board);
    const note = h('p', { class: 'nn-or-note' });
    const formulas = kit.host.querySelector<HTMLElement>('.nn-or-formulas');

    const root = kit.layout({
      className: 'nn-or',
      controls: [
        kit.select('surface', {
          label: t('orSurface'),
          options: SURFACES.map((value) => ({ value, label: t(SURFACE_LABELS[value]) })),
          alsoSet: (surface: RaceState['surface']) => ownStart(surface),
        }),
        h('div', { class: 'nn-or-kappa' }, kit.slider('kappa', { label: t('orKappa'), scale: 'log' })),
        h('div', { class: 'nn-or-linefit' }, kit.number('n', { label: t('orN'), size: 4 }), kit.number('batch', { label: t('orBatch'), size: 4 }), kit.seed('seed', t('orSeed'))),
        h('div', { class: 'nn-or-shared' }, kit.slider('eta', { label: t('orEta'), scale: 'log' })),
        settings,
      ],
      bar: kit.transport(),
      visual: [h('div', { class: 'nn-or-charts' }, h('div', { class: 'nn-or-plot-box' }, plot, cursorText), loss), boardBox],
      readouts: [note, formulas],
    });

    // The start cursor: arrows move it over the view, Enter starts the race there, Escape hides it.
    kit.listen<KeyboardEvent>(plot, 'keydown', (event) => {
      const race = kit.model();
      const { x, y } = race.surface.view;
      const state = kit.get();
      const cx = Number.isNaN(state.cursorX) ? race.start[0] : state.cursorX;
      const cy = Number.isNaN(state.cursorY) ? race.start[1] : state.cursorY;
      const far = event.shiftKey ? 5 : 1;
      const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
      const move = moves[event.key];
      if (move) {
        const nx = Math.min(x[1], Math.max(x[0], cx + move[0] * far * CURSOR_STEP * (x[1] - x[0])));
        const ny = Math.min(y[1], Math.max(y[0], cy + move[1] * far * CURSOR_STEP * (y[1] - y[0])));
        kit.set({ cursorX: Number(nx.toFixed(6)), cursorY: Number(ny.toFixed(6)) });
      } else if (event.key === 'Enter' && !Number.isNaN(state.cursorX)) {
        kit.set({ custom: true, x0: state.cursorX, y0: state.cursorY, cursorX: Number.NaN, cursorY: Number.NaN });
      } else if (event.key === 'Escape' && !Number.isNaN(state.cursorX)) {
        kit.set({ cursorX: Number.NaN, cursorY: Number.NaN });
      } else return;
      // The plot's own keys: not also a slide change or a widget shortcut.
      event.preventDefault();
      event.stopPropagation();
    });
    const onPick = kit.guard((px: number, py: number) => {
      kit.set({ custom: true, x0: Number(px.toFixed(3)), y0: Number(py.toFixed(3)), cursorX: Number.NaN, cursorY: Number.NaN });
    });
    return { root, plot, loss, cursorText, boardCaption, boardBody, note, onPick };
  },

  render(view, { state, model: race, run, lang, t }) {
    const root = view.root as HTMLElement;
    root.dataset.surface = state.surface;
    root.dataset.mode = state.mode;
    const label = (name: OptimizerName) => t(OPTIMIZER_LABELS[name]);
    const cursor = Number.isNaN(state.cursorX) ? undefined : { x: state.cursorX, y: state.cursorY };
    renderContourPlot(
      view.plot,
      {
        grid: race.grid,
        trajectories: race.racers.map((r) => ({ id: r.name, label: label(r.name), xs: r.xs, ys: r.ys, series: r.series })),
        minimum: { x: race.surface.minimum[0], y: race.surface.minimum[1] },
        cursor,
      },
      {
        label: fill(t('orPlot'), { surface: t(SURFACE_LABELS[state.surface]), x: minus(formatShort(race.start[0])), y: minus(formatShort(race.start[1])) }),
        lang,
        xLabel: state.surface === 'line-fit' ? 'w' : 'θ₁',
        yLabel: state.surface === 'line-fit' ? 'b' : 'θ₂',
        onPick: view.onPick,
      },
    );
    setText(view.cursorText, cursor ? fill(t('orCursor'), { x: minus(formatShort(cursor.x)), y: minus(formatShort(cursor.y)) }) : '');
    renderLineChart(
      view.loss,
      race.racers.map((r) => ({ id: r.name, label: label(r.name), values: r.gaps, series: r.series })),
      // The contour plot's legend (and the leaderboard's swatches) name the lines.
      { label: t('orLoss'), lang, yScale: 'log', xLabel: t('orStepAxis'), yLabel: t('orLossAxis'), legend: false },
    );

    const rows = leaderboard(race.racers, state.threshold);
    setText(view.boardCaption, fill(t('orBoard'), { threshold: gapText(state.threshold) }));
    const cells = rows.map((row, k) => {
      const result = row.kind === 'settled' ? fill(t('orSettled'), { step: row.step }) : row.kind === 'running' ? t('orRunning') : fill(t('orDiverged'), { step: row.step });
      const gap = row.kind === 'diverged' ? '—' : gapText(row.gap);
      return { name: row.name, kind: row.kind, texts: [String(k + 1), label(row.name), result, gap], series: row.series };
    });
    // Rows are rebuilt only when their text changes (a render per frame while racing).
    const key = cells.map((c) => `${c.name}|${c.texts.join('|')}`).join('\n');
    if (view.boardBody.dataset.key !== key) {
      view.boardBody.dataset.key = key;
      view.boardBody.replaceChildren(
        ...cells.map((c) =>
          h(
            'tr',
            { 'data-name': c.name, 'data-kind': c.kind },
            h('td', {}, c.texts[0]),
            h('th', { scope: 'row' }, h('span', { class: `nn-or-swatch ${seriesClass(c.series)}`, 'aria-hidden': 'true' }), c.texts[1]),
            h('td', {}, c.texts[2]),
            h('td', {}, c.texts[3]),
          ),
        ),
      );
    }

    const notes: string[] = [];
    if (race.racers.length === 0) notes.push(t('orNoneOn'));
    notes.push(race.batch === null ? t('orSgdExact') : fill(t('orSgdBatch'), { batch: race.batch, n: state.n }));
    if (state['on-adadelta']) notes.push(t('orAdadelta'));
    notes.push(t('orCriterion'));
    setText(view.note, notes.join(' '));

    const leader = rows[0];
    const leaderText = leader && leader.kind !== 'diverged' ? fill(t('orSummaryLeader'), { name: label(leader.name), gap: gapText(leader.gap) }) : t('orSummaryNone');
    return fill(t('orSummary'), { step: run?.step ?? 0, leader: leaderText });
  },
});

