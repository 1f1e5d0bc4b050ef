/**
 * <nn-delta-rule>: the perceptron learning a logic gate by the delta rule, one training vector per
 * step (chapter 1, "Updating the parameters"). Settings (gate, α, initial weights typed or from a
 * seed) live in the URL; every number comes from the core through the session (session.ts).
 *
 * Shown after each step: the sample used (marked in the truth table and drawn larger on the plane),
 * x, net, y, d, d − y, the update with its numbers substituted into the deck's two formulas (the
 * LiveFormula the component renders inside this element, moved into place here), the history of
 * updates like the chapter's hand table, the decision line on the input plane, and errors per epoch.
 * The run stops itself at a verdict: converged (an epoch without error), or — XOR — a cycle or the
 * epoch cap, with the reason why no line can succeed.
 */
import type { Lang } from '../../i18n';
import { perceptronOutput } from '../../core/perceptron';
import { disposeChart } from '../charts/chart-frame';
import { renderLineChart } from '../charts/line-chart';
import { h, setText } from '../kit/controls/dom';
import { createNumberField } from '../kit/controls/number-field';
import { createSeedField } from '../kit/controls/seed-field';
import { createSelectField } from '../kit/controls/select-field';
import { createSliderField } from '../kit/controls/slider-field';
import { createTransport } from '../kit/controls/transport';
import { frameOf, showUrlNotice } from '../kit/frame';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill, uiStrings } from '../kit/strings';
import { readUrlState, writeUrlState } from '../kit/page-url';
import { NnWidget } from '../kit/widget-element';
import { verdictText } from './messages';
import { formatSubstituted, formatValue } from './numbers';
import { renderPlane, SAMPLE_XS, SAMPLE_YS } from './plane';
import { createSession, type DeltaRuleSession } from './session';
import { ALPHA, DELTA_RULE_TABLE, GATES, initialWeights, WEIGHT, type DeltaRuleSettings } from './state';
import { createHistoryTable, createTruthTable } from './view';

/** Steps per second offered; the default lets a reader follow each update. */
const SPEEDS = [1, 2, 4, 16, 64];
const DEFAULT_SPEED = 2;
/** Live numbers printed with parentheses when negative (they follow a + sign). */
const PARENS = new Set(['w1', 'w2', 'b']);

export class DeltaRuleWidget extends NnWidget {
  protected start(): void {
    const lang: Lang = this.uiLang;
    const t = uiStrings(lang);
    const id = frameOf(this)?.id ?? 'delta-rule';
    const parsed = readUrlState(id, DELTA_RULE_TABLE);
    showUrlNotice(this, parsed.ignored, lang);
    let settings: DeltaRuleSettings = { ...parsed.state };
    let session: DeltaRuleSession = createSession(settings.gate, settings.alpha, initialWeights(settings));
    const gateName = () => settings.gate.toUpperCase();

    // ——— Settings ———
    const change = (patch: Partial<DeltaRuleSettings>) => {
      settings = { ...settings, ...patch };
      writeUrlState(id, DELTA_RULE_TABLE, settings);
      reset();
    };
    const gate = createSelectField({ guard: this.guarded,
      label: t.deltaRuleGate,
      options: GATES.map((g) => ({ value: g, label: g.toUpperCase() })),
      value: settings.gate,
      lang,
      onChange: (value) => change({ gate: value }),
    });
    const alpha = createSliderField({ guard: this.guarded, label: t.deltaRuleAlpha, value: settings.alpha, ...ALPHA, lang, onChange: (value) => change({ alpha: value }) });
    const init = createSelectField({ guard: this.guarded,
      label: t.deltaRuleInit,
      options: [
        { value: 'typed', label: t.deltaRuleInitTyped },
        { value: 'seed', label: t.deltaRuleInitSeed },
      ] as const,
      value: settings.init,
      lang,
      onChange: (value) => change({ init: value }),
    });
    const weightField = (label: string, key: 'w1' | 'w2' | 'b') =>
      createNumberField({ guard: this.guarded, label, value: settings[key], ...WEIGHT, lang, size: 5, onChange: (value) => change({ [key]: value }) });
    const w1 = weightField(t.deltaRuleW1, 'w1');
    const w2 = weightField(t.deltaRuleW2, 'w2');
    const b = weightField(t.deltaRuleB, 'b');
    const seed = createSeedField({ guard: this.guarded, value: settings.seed, lang, onChange: (value) => change({ seed: value }) });
    const seedNote = h('p', { class: 'dr-seed-note' }, t.deltaRuleSeedNote);
    const settingsBox = h(
      'fieldset',
      { class: 'dr-settings' },
      h('legend', {}, t.deltaRuleSettings),
      h('div', { class: 'dr-row' }, gate.element, alpha.element, init.element, seed.element, w1.element, w2.element, b.element),
      seedNote,
    );

    // ——— Run ———
    const runner = this.makeRunner({
      stepFn: () => {
        const update = session.step();
        history.append(update, session.before[session.before.length - 1], session.updates.length);
        return update.sample === session.data.x.rows - 1 ? session.epochErrors[session.epochErrors.length - 1] : session.errorsThisEpoch;
      },
      stepsPerSecond: DEFAULT_SPEED,
      stepsPerEpoch: 4,
      isDone: () => session.verdict !== null,
    });
    const transport = createTransport({ guard: this.guarded, runner, lang, onReset: () => reset(), symbol: 'α', speeds: SPEEDS });
    this.own(transport.dispose);
    this.runnerShortcuts(runner, () => reset());

    // ——— Views ———
    const verdictBox = h('p', { class: 'dr-verdict', hidden: true });
    const status = h('p', { class: 'dr-status' });
    const stepLine = h('p', { class: 'dr-step-line' });
    const formula = this.querySelector<HTMLElement>(':scope > .dr-formula');
    const truthCaption = h('span');
    const truth = createTruthTable(truthCaption, t.deltaRuleThisStep);
    const plane = h('div', { class: 'dr-plane' });
    const lineNote = h('p', { class: 'dr-line' });
    const chart = h('div', { class: 'dr-chart' });
    const history = createHistoryTable(t.deltaRuleHistory, t.deltaRuleEpoch, t.deltaRuleHistoryEmpty);
    const historyTitle = h('p', { class: 'dr-history-title' }, t.deltaRuleHistory);

    const root = h(
      'div',
      { class: 'dr-root' },
      settingsBox,
      transport.element,
      h(
        'div',
        { class: 'dr-panels' },
        h('div', { class: 'dr-panel dr-panel-plane' }, plane, lineNote),
        h('div', { class: 'dr-panel dr-panel-step' }, truth.element, status, stepLine, formula, chart),
      ),
      historyTitle,
      history.element,
    );
    this.prepend(root);
    // The verdict takes the place of the bar's generic "finished" sentence, beside its Reset button.
    transport.element.querySelector('.nn-transport-stop')?.prepend(verdictBox);
    this.own(() => {
      disposeChart(plane);
      disposeChart(chart);
      if (formula) this.append(formula);
      root.remove();
    });

    const formulas = liveFormulas(id, this);
    const formatLive = (name: string, value: number) => (PARENS.has(name) ? formatSubstituted(value) : formatValue(value));

    const render = () => {
      const p = session.perceptron;
      const [pw1, pw2] = p.weights;
      const last = session.updates.length > 0 ? session.updates[session.updates.length - 1] : null;
      const before = session.before.length > 0 ? session.before[session.before.length - 1] : null;
      const targets = session.data.y.data;
      const outputs = SAMPLE_XS.map((x, k) => perceptronOutput(p, [x, SAMPLE_YS[k]]));

      setText(truthCaption, fill(t.deltaRuleTruthTable, { gate: gateName() }));
      truth.render(targets, outputs, last ? last.sample : null);

      const epochErrors = last && last.sample === 3 ? session.epochErrors[session.epochErrors.length - 1] : session.errorsThisEpoch;
      setText(status, fill(t.deltaRuleStatus, { epoch: String(last ? last.epoch : 1), errors: String(epochErrors) }));
      if (last && before) {
        setText(
          stepLine,
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
          formulas,
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
          formatLive,
        );
      } else {
        setText(stepLine, t.deltaRuleNoStep);
      }
      if (formula) formula.hidden = last === null;

      renderPlane(plane, lineNote, p, gateName(), targets, outputs, last ? last.sample : null, t, lang);
      renderLineChart(chart, [{ id: 'errors', label: t.deltaRuleErrorsChart, values: session.epochErrors, x0: 1 }], {
        label: t.deltaRuleErrorsChart,
        lang,
        xLabel: t.deltaRuleEpoch,
        yLabel: t.deltaRuleErrorsAxis,
        yDomain: [0, 4],
        aspect: 2.2,
      });

      const verdict = session.verdict ? verdictText(session.verdict, session.perceptron, gateName(), t) : null;
      verdictBox.hidden = verdict === null;
      setText(verdictBox, verdict ?? '');
      if (verdict) this.announce(verdict);
      else if (last) {
        this.announce(
          fill(t.deltaRuleAnnounce, {
            step: String(session.updates.length),
            epoch: String(last.epoch),
            x1: String(last.x[0]),
            x2: String(last.x[1]),
            y: String(last.y),
            d: String(last.d),
            w1: formatValue(pw1),
            w2: formatValue(pw2),
            b: formatValue(p.bias),
          }),
        );
      } else {
        this.announce(fill(t.deltaRuleAnnounceStart, { gate: gateName(), alpha: formatValue(session.alpha), w1: formatValue(pw1), w2: formatValue(pw2), b: formatValue(p.bias) }));
      }
    };

    const showSettings = () => {
      const seeded = settings.init === 'seed';
      const start = initialWeights(settings);
      // Only changed values are written back: set() would also clear a field's message ("2 is outside…").
      for (const [field, value] of [[w1, start.w1], [w2, start.w2], [b, start.b]] as const) {
        if (!Object.is(field.value, value)) field.set(value);
        field.setDisabled(seeded);
      }
      seed.element.hidden = !seeded;
      seedNote.hidden = !seeded;
    };

    const reset = () => {
      session = createSession(settings.gate, settings.alpha, initialWeights(settings));
      history.clear();
      showSettings();
      runner.reset();
      render();
    };

    let shownStep = -1;
    this.own(
      runner.state.subscribe(() => {
        if (runner.state.get().step === shownStep) return;
        shownStep = runner.state.get().step;
        render();
      }),
    );
    showSettings();
    render();
  }
}
