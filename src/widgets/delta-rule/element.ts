/**
 * <nn-delta-rule>: the perceptron learning a logic gate by the delta rule, one training vector per
 * step (chapter 1, "Updating the parameters"). Settings (gate, α, initial weights typed or from a
 * seed) live in the URL; the model is the session (session.ts), which wraps the core's perceptron run.
 *
 * Shown after each step: the sample used (marked in the truth table and drawn larger on the plane),
 * x, net, y, d, d − y, the update with its numbers substituted into the deck's two formulas (the
 * LiveFormula the component renders inside this element, moved into place here), the history of
 * updates like the chapter's hand table, the decision line on the input plane, and errors per epoch.
 * The run stops itself at a verdict: converged (an epoch without error), or — XOR — a cycle or the
 * epoch cap, with the reason why no line can succeed.
 */
import { perceptronOutput } from '../../core/perceptron';
import { disposeChart } from '../charts/chart-frame';
import { renderLineChart } from '../charts/line-chart';
import { h, setText } from '../kit/controls/dom';
import { createNumberField } from '../kit/controls/number-field';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill, uiStrings } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { verdictText } from './messages';
import { formatSubstituted, formatValue } from './numbers';
import { renderPlane, SAMPLE_XS, SAMPLE_YS } from './plane';
import { createSession } from './session';
import { ALPHA, DELTA_RULE_TABLE, GATES, initialWeights, WEIGHT } from './state';
import { createHistoryTable, createTruthTable } from './view';

/** Steps per second offered; the default lets a reader follow each update. */
const SPEEDS = [1, 2, 4, 16, 64];
const DEFAULT_SPEED = 2;
/** Live numbers printed with parentheses when negative (they follow a + sign). */
const PARENS = new Set(['w1', 'w2', 'b']);
const WEIGHT_KEYS = ['w1', 'w2', 'b'] as const;

export const DeltaRuleWidget = widgetElement({
  id: 'delta-rule',
  table: DELTA_RULE_TABLE,
  model: (state) => createSession(state.gate, state.alpha, initialWeights(state)),
  training: {
    // The runner's "loss" is the errors (d ≠ y) of the epoch: of the one just completed after its
    // last sample, else so far in the epoch under way.
    step: (session) => {
      const update = session.step();
      return update.sample === session.data.x.rows - 1 ? session.epochErrors[session.epochErrors.length - 1] : session.errorsThisEpoch;
    },
    initialLoss: (session) => session.errorsThisEpoch,
    isDone: (_errors, _step, session) => session.verdict !== null,
    speeds: SPEEDS,
    symbol: 'α',
    runner: { stepsPerEpoch: 4 },
  },

  view(kit) {
    const t = uiStrings(kit.lang);
    kit.runner!.setSpeed(DEFAULT_SPEED);

    // ——— Settings ———
    // The weight fields show the weights the run starts from: the typed ones, or the seed's (then
    // disabled); so render sets them, and a reader's entry goes to the state.
    const weights = WEIGHT_KEYS.map((key) =>
      createNumberField({
        guard: kit.guard,
        label: { w1: t.deltaRuleW1, w2: t.deltaRuleW2, b: t.deltaRuleB }[key],
        value: kit.get()[key],
        ...WEIGHT,
        lang: kit.lang,
        size: 5,
        onChange: (value) => kit.set({ [key]: value }),
      }),
    );
    const seed = kit.seed('seed');
    const seedNote = h('p', { class: 'dr-seed-note' }, t.deltaRuleSeedNote);
    const fields = h(
      'fieldset',
      { class: 'dr-settings' },
      h('legend', { class: 'visually-hidden' }, t.deltaRuleSettings),
      h(
        'div',
        { class: 'dr-row' },
        kit.select('gate', { label: t.deltaRuleGate, options: GATES.map((g) => ({ value: g, label: g.toUpperCase() })) }),
        kit.slider('alpha', { label: t.deltaRuleAlpha, step: ALPHA.step }),
        kit.select('init', {
          label: t.deltaRuleInit,
          options: [
            { value: 'typed', label: t.deltaRuleInitTyped },
            { value: 'seed', label: t.deltaRuleInitSeed },
          ],
        }),
        seed,
        ...weights.map((field) => field.element),
      ),
      seedNote,
    );
    // A fold (kit/fold.ts): open on the page, closed to its summary — the gate, α and the starting
    // weights — when the widget is projected full screen.
    const settingsSummary = h('summary', { class: 'dr-settings-summary' });
    const settings = h('details', { class: 'dr-settings-box', open: true, 'data-nn-fold': '' }, settingsSummary, fields);

    // ——— Run and views ———
    const transport = kit.transport();
    const verdict = h('p', { class: 'dr-verdict', hidden: true });
    // The verdict takes the place of the bar's generic "finished" sentence, beside its Reset button.
    transport.querySelector('.nn-transport-stop')?.prepend(verdict);
    const status = h('p', { class: 'dr-status' });
    const stepLine = h('p', { class: 'dr-step-line' });
    const formula = kit.host.querySelector<HTMLElement>(':scope > .dr-formula');
    // Looked up before the layout moves the formula out of the host (the root is attached after view).
    const formulas = formula ? liveFormulas(kit.id, formula) : [];
    const truthCaption = h('span');
    const truth = createTruthTable(truthCaption, t.deltaRuleThisStep);
    const plane = h('div', { class: 'dr-plane' });
    const lineNote = h('p', { class: 'dr-line' });
    const chart = h('div', { class: 'dr-chart' });
    const history = createHistoryTable(t.deltaRuleHistory, t.deltaRuleEpoch, t.deltaRuleHistoryEmpty);
    kit.own(() => {
      disposeChart(plane);
      disposeChart(chart);
      // The typeset formula goes back where the page put it, for a restart.
      if (formula) kit.host.append(formula);
    });

    const root = kit.layout({
      className: 'dr-root',
      controls: [settings],
      bar: transport,
      // The plane and the truth table show the same four training vectors; the errors per epoch sit
      // over the table, beside the plane.
      visual: [h('div', { class: 'dr-figures' }, plane, h('div', { class: 'dr-side' }, chart, truth.element)), lineNote, formula],
      readouts: [
        status,
        stepLine,
        h('details', { class: 'dr-history-box', open: true, 'data-nn-fold': '' }, h('summary', { class: 'dr-history-title' }, t.deltaRuleHistory), history.element),
      ],
    });
    return { root, weights, seed, seedNote, settingsSummary, verdict, status, stepLine, formula, formulas, truthCaption, truth, plane, lineNote, chart, history };
  },

  render(view, { state, model: session, lang }) {
    const t = uiStrings(lang);
    const gate = state.gate.toUpperCase();

    const seeded = state.init === 'seed';
    const start = initialWeights(state);
    // Only changed values are written back: set() would also clear a field's message ("2 is outside…").
    view.weights.forEach((field, k) => {
      const value = start[WEIGHT_KEYS[k]];
      if (!Object.is(field.value, value)) field.set(value);
      field.setDisabled(seeded);
    });
    view.seed.hidden = !seeded;
    view.seedNote.hidden = !seeded;
    setText(view.settingsSummary, fill(t.deltaRuleSettingsSummary, { gate, alpha: formatValue(state.alpha), w1: formatValue(start.w1), w2: formatValue(start.w2), b: formatValue(start.b) }));

    const p = session.perceptron;
    const [pw1, pw2] = p.weights;
    const last = session.updates.length > 0 ? session.updates[session.updates.length - 1] : null;
    const before = session.before.length > 0 ? session.before[session.before.length - 1] : null;
    const targets = session.data.y.data;
    const outputs = SAMPLE_XS.map((x, k) => perceptronOutput(p, [x, SAMPLE_YS[k]]));

    setText(view.truthCaption, fill(t.deltaRuleTruthTable, { gate }));
    view.truth.render(targets, outputs, last ? last.sample : null, last?.y);

    const epochErrors = last && last.sample === 3 ? session.epochErrors[session.epochErrors.length - 1] : session.errorsThisEpoch;
    setText(view.status, fill(t.deltaRuleStatus, { epoch: String(last ? last.epoch : 1), errors: String(epochErrors) }));
    if (last && before) {
      setText(
        view.stepLine,
        fill(t.deltaRuleStepLine, {
          step: String(session.updates.length),
          epoch: String(last.epoch),
          x1: String(last.x[0]),
          x2: String(last.x[1]),
          net: formatValue(last.net),
          y: String(last.y),
          d: String(last.d),
          error: formatValue(last.error),
        }),
      );
      updateLiveFormulas(
        view.formulas,
        {
          w1: before.weights[0],
          w2: before.weights[1],
          b: before.bias,
          alpha: session.alpha,
          d: last.d,
          y: last.y,
          x1: last.x[0],
          x2: last.x[1],
          w1next: last.weights[0],
          w2next: last.weights[1],
          bnext: last.bias,
        },
        (name, value) => (PARENS.has(name) ? formatSubstituted(value) : formatValue(value)),
      );
    } else {
      setText(view.stepLine, t.deltaRuleNoStep);
    }
    if (view.formula) view.formula.hidden = last === null;

    renderPlane(view.plane, view.lineNote, p, gate, targets, outputs, last ? last.sample : null, t, lang);
    renderLineChart(view.chart, [{ id: 'errors', label: t.deltaRuleErrorsChart, values: session.epochErrors, x0: 1 }], {
      label: t.deltaRuleErrorsChart,
      lang,
      xLabel: t.deltaRuleEpoch,
      yLabel: t.deltaRuleErrorsAxis,
      yDomain: [0, 4],
      aspect: 2.2,
    });
    view.history.show(session.updates, session.before);

    const verdict = session.verdict ? verdictText(session.verdict, p, gate, t) : null;
    view.verdict.hidden = verdict === null;
    setText(view.verdict, verdict ?? '');
    if (verdict) return verdict;
    if (last) {
      return fill(t.deltaRuleAnnounce, {
        step: String(session.updates.length),
        epoch: String(last.epoch),
        x1: String(last.x[0]),
        x2: String(last.x[1]),
        y: String(last.y),
        d: String(last.d),
        w1: formatValue(pw1),
        w2: formatValue(pw2),
        b: formatValue(p.bias),
      });
    }
    return fill(t.deltaRuleAnnounceStart, { gate, alpha: formatValue(session.alpha), w1: formatValue(pw1), w2: formatValue(pw2), b: formatValue(p.bias) });
  },
});
