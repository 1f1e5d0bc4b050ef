/**
 * <nn-backprop-stepper>: one training step of a network of up to 4 layers of up to 4 units, one
 * quantity at a time, in the core's trace order (forward, E, δ's, gradients, updates). Each step lights
 * its unit or edge on the diagram, shows its formula in the deck's notation and with the numbers
 * substituted (the quantities it uses highlighted there and in the table), and adds its row to the
 * table of everything computed so far. Every number is the core's (traceTrainingStep); the widget
 * only indexes the trace. Set-up, quiz, finite-difference check and export are panels of their own.
 */
import {
  checkAnswer,
  finiteDifferenceCheck,
  traceTrainingStep,
  type FiniteDifferenceRow,
  type Trace,
  type TracePhase,
  type TraceProblem,
} from '../../core';
import { renderNetwork } from '../charts/network-diagram';
import { disposeChart } from '../charts/chart-frame';
import { h, setText } from '../kit/controls/dom';
import { icon, setIcon } from '../kit/controls/icons';
import { createSelectField } from '../kit/controls/select-field';
import { frameOf, showUrlNotice } from '../kit/frame';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { writeUrlState } from '../kit/page-url';
import { serialize } from '../kit/url-state';
import { NnWidget } from '../kit/widget-element';
import { createExportPanel } from './export-panel';
import { createFdTable } from './fd-table';
import { fixedValue, subscript, symbolText } from './format';
import { createFormulaPanel } from './formula-panel';
import { createQuantitiesTable, PHASE_KEYS } from './quantities-table';
import { createQuizPanel } from './quiz-panel';
import { readStepperUrl, sizesOf, STEPPER_ID, STEPPER_TABLE, traceOptionsOf, withProblem, type StepperUrlState } from './problem-url';
import { createSetupPanel } from './setup-panel';
import { clampPosition, diagramNumbers, highlightOf, PHASES, phaseStarts } from './step-model';

/** Quantities per second while playing. */
const PLAY_SPEED = 1.5;

export class BackpropStepperWidget extends NnWidget {
  protected start(): void {
    const lang = this.uiLang;
    const t = (key: WidgetStringKey) => widgetString(key, lang);
    const id = frameOf(this)?.id ?? STEPPER_ID;
    const read = readStepperUrl(new URLSearchParams(window.location.search), id);
    let state: StepperUrlState = { ...read.state };
    let problem: TraceProblem = read.problem;
    let trace = buildTrace();
    const ignored = [...read.ignored];
    if (state.step > trace.steps.length) {
      ignored.push({
        key: `${id}.step`,
        raw: String(state.step),
        reason: { key: 'stepperUrlBadStep', params: { name: id, raw: String(state.step), total: trace.steps.length } },
      });
      state.step = 0;
    }
    showUrlNotice(this, ignored, lang);

    /** Quiz: the furthest step revealed; the step after it is asked before it is shown. */
    let reach = state.step;
    let score = { answered: new Set<string>(), right: new Set<string>() };
    let fdRows: FiniteDifferenceRow[] | null = null;
    let lossAfter: number | null = null;

    function buildTrace(): Trace {
      return traceTrainingStep({ layers: problem.layers }, { input: problem.input, target: problem.target }, traceOptionsOf(problem, state));
    }
    const decimals = () => Number(state.dec) as 4 | 6 | 9;
    const count = () => trace.steps.length;
    const asking = () => state.quiz && state.step === reach && state.step < count();

    // ——— panels ———
    const setup = createSetupPanel({
      lang,
      guard: this.guarded,
      problem,
      options: { dec: state.dec, rounded: state.rounded, notation: state.notation, seed: state.seed },
      onProblem: (next) => {
        problem = next;
        rebuild(true);
      },
      onOptions: (options) => {
        const traceChanged = options.dec !== state.dec || options.rounded !== state.rounded || options.notation !== state.notation;
        state = { ...state, ...options };
        if (traceChanged) rebuild(false);
        else writeState();
      },
    });
    const formula = createFormulaPanel(lang);
    const table = createQuantitiesTable(lang);
    const fd = createFdTable(lang);
    const quiz = createQuizPanel({
      lang,
      decimals,
      check: (step, answer) => checkAnswer(problem, traceOptionsOf(problem, state), step.id, answer),
      onReveal: (step, right) => {
        score.answered.add(step.id);
        if (right) score.right.add(step.id);
        reach = Math.max(reach, state.step + 1);
        state.step += 1;
        render();
      },
    });
    const exporter = createExportPanel({
      lang,
      source: () => ({
        steps: traceTrainingStep({ layers: problem.layers }, problem, { ...traceOptionsOf(problem, state), markOperands: false }).steps,
        decimals: decimals(),
        problem,
      }),
      onLoad: (next) => {
        problem = next;
        setup.setProblem(next);
        rebuild(true);
      },
      printPath: this.dataset.printPath ?? '',
    });

    // ——— stepping controls ———
    const button = (className: string, label: string, iconName?: Parameters<typeof icon>[0]) =>
      h('button', { type: 'button', class: className }, iconName ? icon(iconName) : null, h('span', { class: 'nn-label' }, label));
    const first = button('nn-st-first', t('stepperFirst'));
    const previous = button('nn-st-previous', t('stepperPrevious'));
    const next = button('nn-st-next', t('stepperNext'), 'step');
    const last = button('nn-st-last', t('stepperLast'));
    const play = button('nn-play', t('stepperPlay'), 'play');
    const counter = h('span', { class: 'nn-st-counter', 'aria-live': 'off' });
    const phaseSelect = createSelectField<TracePhase>({ guard: this.guarded,
      label: t('stepperJump'),
      options: PHASES.map((phase) => ({ value: phase, label: t(PHASE_KEYS[phase]) })),
      value: 'forward',
      lang,
      onChange: (phase) => {
        const start = phaseStarts(trace.steps).get(phase);
        if (start !== undefined) go(start + 1, true);
      },
    });
    const quizToggle = h('input', { type: 'checkbox', id: `${id}-quiz` });
    quizToggle.checked = state.quiz;
    const quizField = h('div', { class: 'nn-field nn-st-check nn-st-quiz-toggle' }, quizToggle, h('label', { for: quizToggle.id }, t('stepperQuiz')));

    const done = h('p', { class: 'nn-st-done' });
    const diagram = h('div', { class: 'nn-st-diagram' });
    this.own(() => disposeChart(diagram));

    const details = (className: string, summary: string, body: HTMLElement, open = false) => {
      const element = h('details', { class: className }, h('summary', {}, summary), body);
      element.open = open;
      return element;
    };

    this.replaceChildren(
      h(
        'div',
        { class: 'nn-st' },
        details('nn-st-setup', t('stepperSetup'), setup.element),
        h(
          'div',
          { class: 'nn-st-bar', role: 'group', 'aria-label': t('stepperControls') },
          h('div', { class: 'nn-st-buttons' }, first, previous, next, last, play),
          counter,
          phaseSelect.element,
          quizField,
        ),
        done,
        h(
          'div',
          { class: 'nn-st-main' },
          h('div', { class: 'nn-st-col nn-st-col-diagram' }, diagram, h('p', { class: 'nn-st-note' }, t('stepperDiagramNote'))),
          h('div', { class: 'nn-st-col nn-st-col-formula' }, formula.element, quiz.element),
          h('div', { class: 'nn-st-col nn-st-col-table' }, table.element),
        ),
        fd.element,
        details('nn-st-export', t('stepperExport'), exporter.element),
      ),
    );

    // ——— stepping ———
    const runner = this.makeRunner({
      stepFn: () => {
        advance();
        return 0;
      },
      stepsPerSecond: PLAY_SPEED,
      isDone: () => state.step >= count() || asking(),
    });
    const halt = () => {
      if (runner.state.get().status === 'stopped') runner.reset(0);
      else runner.pause();
    };
    /** Forward one step; in the quiz, past the furthest step only by showing its answer. */
    function advance(): void {
      if (state.step >= count()) return;
      if (asking()) {
        score.answered.add(trace.steps[state.step].id);
      }
      state.step += 1;
      reach = Math.max(reach, state.step);
      render();
    }
    const go = (position: number, reveal = false) => {
      halt();
      state.step = clampPosition(position, count());
      if (reveal || !state.quiz) reach = Math.max(reach, state.step);
      else state.step = Math.min(state.step, reach);
      render();
    };
    const forward = () => {
      halt();
      advance();
    };
    const togglePlay = () => {
      const status = runner.state.get().status;
      if (status === 'playing') return runner.pause();
      if (status === 'stopped') runner.reset(0);
      if (state.step >= count()) go(0);
      runner.play();
    };
    this.listen(first, 'click', () => go(0));
    this.listen(previous, 'click', () => go(state.step - 1));
    this.listen(next, 'click', forward);
    this.listen(last, 'click', () => go(count(), true));
    this.listen(play, 'click', togglePlay);
    this.listen(quizToggle, 'change', () => {
      halt();
      state.quiz = quizToggle.checked;
      reach = state.step;
      render();
      if (state.quiz && asking()) quiz.input.focus();
    });
    this.shortcut('ArrowRight', 'stepperKeysNext', forward);
    this.shortcut(' ', 'stepperKeysNext', forward);
    this.shortcut('Enter', 'stepperKeysNext', forward);
    // A clicker's PageDown/PageUp: the stepper's while it has the focus (widget keys come first),
    // presentation mode's slides otherwise.
    this.shortcut('PageDown', 'stepperKeysNext', forward);
    this.shortcut('ArrowLeft', 'stepperKeysPrevious', () => go(state.step - 1));
    this.shortcut('PageUp', 'stepperKeysPrevious', () => go(state.step - 1));
    this.shortcut('Home', 'stepperKeysFirst', () => go(0));
    this.shortcut('End', 'stepperKeysLast', () => go(count(), true));
    this.shortcut('k', 'stepperKeysPlay', togglePlay);
    this.own(runner.state.subscribe(() => renderPlay()));

    function rebuild(problemChanged: boolean): void {
      trace = buildTrace();
      state.step = clampPosition(state.step, count());
      reach = clampPosition(reach, count());
      if (problemChanged) {
        fdRows = null;
        lossAfter = null;
        score = { answered: new Set(), right: new Set() };
      }
      render();
    }

    function renderPlay(): void {
      const playing = runner.state.get().status === 'playing';
      setText(play.querySelector('.nn-label') as Element, t(playing ? 'stepperPause' : 'stepperPlay'));
      setIcon(play, playing ? 'pause' : 'play');
      play.dataset.state = playing ? 'playing' : 'paused';
      play.hidden = runner.state.get().reducedMotion || state.quiz;
    }

    const sizes = () => sizesOf(problem);
    const unitLabels = () =>
      sizes().map((n, l) =>
        Array.from({ length: n }, (_, k) => {
          const index = subscript(k + 1);
          if (l === 0) return `x${index}`;
          if (l === sizes().length - 1) return `y${index}`;
          return sizes().length > 3 ? `h${index}⁽${l}⁾` : `h${index}`;
        }),
      );

    const writeState = () => {
      const full = withProblem(state, problem);
      writeUrlState(id, STEPPER_TABLE, full);
      exporter.update(problem, serialize(full, id, STEPPER_TABLE, new URLSearchParams()).toString());
    };

    const render = (): void => {
      const steps = trace.steps;
      const position = state.step;
      const pending = asking();
      const current = position > 0 ? steps[position - 1] : undefined;
      const shown = pending ? steps[position] : current;

      const numbers = diagramNumbers(steps, position, sizes(), problem.layers.map((layer) => layer.weights), problem.input);
      renderNetwork(
        diagram,
        { layers: sizes(), weights: numbers.weights, unitLabels: unitLabels(), unitValues: numbers.unitValues as unknown as ArrayLike<number>[] },
        {
          label: t('stepperDiagram'),
          lang,
          edgeLabels: true,
          highlight: highlightOf(shown, sizes()),
          edgeClass: (edge) => (numbers.updatedEdges.has(edge.id) ? 'nn-st-updated' : null),
        },
      );

      formula.show(shown, decimals(), pending);
      table.show(steps, position, decimals());
      quiz.ask(pending ? steps[position] : undefined);
      quiz.element.hidden = !state.quiz;
      quiz.showScore(score);

      const gradientsEnd = steps.findLastIndex((step) => step.phase === 'gradient') + 1;
      if (position >= gradientsEnd) fdRows ??= finiteDifferenceCheck(problem);
      fd.show(position >= gradientsEnd ? fdRows : null, steps);

      setText(counter, fill(t('stepperStepOf'), { step: position, total: steps.length }));
      phaseSelect.set((shown ?? steps[0]).phase);
      // A focused button about to be disabled hands the focus to its opposite, so the keys keep
      // reaching the widget (a disabled button drops the focus to <body>).
      const focused = document.activeElement;
      first.disabled = previous.disabled = position === 0;
      next.disabled = last.disabled = position === steps.length;
      if (focused instanceof HTMLButtonElement && focused.disabled) (focused === first || focused === previous ? next : previous).focus();
      renderPlay();
      done.hidden = position < steps.length;
      if (position === steps.length) setText(done, doneText());
      this.announce(summary(position));
      writeState();
    };

    const summary = (position: number): string => {
      const steps = trace.steps;
      if (position === 0) return fill(t('stepperSummaryStart'), { total: steps.length });
      const step = steps[position - 1];
      const text = fill(t('stepperSummary'), { step: position, total: steps.length, name: symbolText(step.symbol), value: fixedValue(step.value, decimals()) });
      return position < steps.length ? text : `${text}. ${doneText()}`;
    };

    /** "All 37 quantities computed: E went from … to … after the update" (E after: the core's forward pass on the updated weights). */
    const doneText = (): string => {
      lossAfter ??= traceTrainingStep(
        { layers: problem.layers.map((layer, l) => ({ ...layer, weights: trace.summary.updated[l].weights, bias: trace.summary.updated[l].bias })) },
        { input: problem.input, target: problem.target },
        { learningRate: problem.learningRate, loss: problem.loss },
      ).summary.loss;
      return fill(t('stepperDone'), { total: trace.steps.length, before: fixedValue(trace.summary.loss, decimals()), after: fixedValue(lossAfter, decimals()) });
    };

    render();
  }
}
