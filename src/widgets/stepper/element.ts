/**
 * <nn-backprop-stepper>: one training step of a network of up to 4 layers of up to 4 units, one
 * quantity at a time, in the core's trace order (forward, E, δ's, gradients, updates). Each step lights
 * its unit or edge on the diagram, shows its formula in the deck's notation and with the numbers
 * substituted (the quantities it uses highlighted there and in the table), and adds its row to the
 * table of everything computed so far. Every number is the core's (model.ts: traceTrainingStep); the
 * widget only indexes the trace. Walked with the kit's step bar (→ Space Enter PageDown forward,
 * ← PageUp back, Home End, K plays); set-up, quiz, finite-difference check and export are panels of
 * their own.
 */
import { checkAnswer, type TraceProblem } from '../../core';
import { renderNetwork } from '../charts/network-diagram';
import { disposeChart } from '../charts/chart-frame';
import { h, setText } from '../kit/controls/dom';
import { fill, type WidgetStringKey } from '../kit/strings';
import { serialize } from '../kit/url-state';
import { widgetElement } from '../kit/widget';
import { createExportPanel } from './export-panel';
import { createFdTable } from './fd-table';
import { fixedValue, symbolText } from './format';
import { createFormulaPanel } from './formula-panel';
import { answered, askedStep, counterStep, emptyScore, moveTo, phaseJump, readStepperState, stepperModel, type StepperModel } from './model';
import { problemToFields, sizesOf, STEPPER_ID, STEPPER_TABLE, traceOptionsOf, type StepperUrlState } from './problem-url';
import { createQuantitiesTable, PHASE_KEYS } from './quantities-table';
import { createQuizPanel } from './quiz-panel';
import { createSetupPanel } from './setup-panel';
import { diagramNumbers, highlightOf, phaseStarts, unitLabels } from './step-model';

/** Quantities per second while playing. */
const PLAY_SPEED = 1.5;
/** The keys of the problem and of the trace's options: a change rebuilds the trace. */
const MODEL_KEYS = ['sizes', 'w', 'b', 'x', 't', 'act', 'loss', 'eta', 'bias', 'dec', 'rounded', 'notation'] as const;

export const BackpropStepperWidget = widgetElement({
  id: STEPPER_ID,
  table: STEPPER_TABLE,
  read: readStepperState,
  local: (fromUrl: StepperUrlState) => ({ reach: fromUrl.step, score: emptyScore() }),
  modelKeys: MODEL_KEYS,
  model: stepperModel,

  view(kit) {
    const t = kit.t;
    const state = () => kit.get();
    /** A new problem: its trace may be shorter (the kit moves the step back within it); the quiz starts over. */
    const setProblem = (problem: TraceProblem) => kit.set({ ...problemToFields(problem), reach: state().step, score: emptyScore() });

    const setup = createSetupPanel({
      lang: kit.lang,
      guard: kit.guard,
      problem: kit.model().problem,
      options: { dec: state().dec, rounded: state().rounded, notation: state().notation, seed: state().seed },
      onProblem: setProblem,
      onOptions: (options) => kit.set(options),
    });
    const exporter = createExportPanel({
      lang: kit.lang,
      guard: kit.guard,
      source: () => ({ steps: kit.model().plainSteps(), decimals: kit.model().decimals, problem: kit.model().problem }),
      onLoad: (problem) => {
        setup.setProblem(problem);
        setProblem(problem);
      },
      printPath: kit.host.dataset.printPath ?? '',
    });
    const quiz = createQuizPanel({
      lang: kit.lang,
      guard: kit.guard,
      decimals: () => kit.model().decimals,
      check: (step, answer) => checkAnswer(kit.model().problem, traceOptionsOf(kit.model().problem, state()), step.id, answer),
      onReveal: (step, right) => kit.set(answered(state(), step, right)),
    });

    const bar = kit.stepBar({
      key: 'step',
      count: ({ model }) => model.trace.steps.length,
      move: (to, { state, model }) => moveTo(to, state, model.trace.steps),
      // In the quiz each step waits for its answer: no Play.
      playable: ({ state }) => !state.quiz,
      phases: ({ state, model }) => [...phaseStarts(model.trace.steps)].map(([phase, start]) => ({ label: t(PHASE_KEYS[phase]), at: phaseJump(start, state) })),
      counterStep: ({ state, model }) => counterStep(state, model.trace.steps),
      speed: PLAY_SPEED,
      keys: { next: 'stepperKeysNext', previous: 'stepperKeysPrevious', first: 'stepperKeysFirst', last: 'stepperKeysLast', play: 'stepperKeysPlay' },
      // Space and Enter step, as on a slide; a clicker's PageDown/PageUp step while the stepper has the
      // focus (widget keys come first) and move a lecture's slides otherwise.
      nextKeys: [' ', 'Enter', 'PageDown'],
      previousKeys: ['PageUp'],
      playKeys: ['k'],
    });
    const quizToggle = kit.checkbox('quiz', t('stepperQuiz'), { alsoSet: () => ({ reach: state().step }) });
    quizToggle.classList.add('nn-st-check', 'nn-st-quiz-toggle');
    const diagram = h('div', { class: 'nn-st-diagram' });
    kit.own(() => disposeChart(diagram));
    const done = h('p', { class: 'nn-st-done' });
    const formula = createFormulaPanel(kit.lang);
    const table = createQuantitiesTable(kit.lang);
    const fd = createFdTable(kit.lang);

    // Folds: closed to their summary line when the figure goes full screen (kit/fold.ts).
    const details = (className: string, summary: string, body: HTMLElement) => h('details', { class: className, 'data-nn-fold': '' }, h('summary', {}, summary), body);
    const root = h(
      'div',
      { class: 'nn-st' },
      details('nn-st-setup', t('stepperSetup'), setup.element),
      h('div', { class: 'nn-st-bar' }, bar.element, quizToggle),
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
    );
    /** focusAnswer: set when the quiz is switched on, so the next render puts the focus in its answer box. */
    const view = { root, diagram, done, exporter, quiz, formula, table, fd, focusAnswer: false };
    kit.listen(quizToggle, 'change', () => (view.focusAnswer = state().quiz));
    return view;
  },

  render(view, { state, model, lang, t }) {
    const { steps } = model.trace;
    const position = state.step;
    const asked = askedStep(state, steps);
    const shown = asked ?? (position > 0 ? steps[position - 1] : undefined);
    const sizes = sizesOf(model.problem);

    const numbers = diagramNumbers(
      steps,
      position,
      sizes,
      model.problem.layers.map((layer) => layer.weights),
      model.problem.input,
      model.problem.layers.map((layer) => layer.bias),
    );
    renderNetwork(
      view.diagram,
      {
        layers: sizes,
        weights: numbers.weights,
        biases: [undefined, ...numbers.biases],
        unitLabels: unitLabels(sizes),
        unitValues: numbers.unitValues as unknown as ArrayLike<number>[],
      },
      {
        label: t('stepperDiagram'),
        lang,
        edgeLabels: true,
        highlight: highlightOf(shown, sizes),
        edgeClass: (edge) => (numbers.updatedEdges.has(edge.id) ? 'nn-st-updated' : null),
      },
    );

    view.formula.show(shown, model.decimals, asked !== undefined);
    view.table.show(steps, position, model.decimals);
    view.quiz.ask(asked);
    view.quiz.element.hidden = !state.quiz;
    view.quiz.showScore(state.score);
    if (view.focusAnswer && asked) view.quiz.input.focus();
    view.focusAnswer = false;

    // The finite-difference check, once every gradient is shown.
    const gradientsEnd = steps.findLastIndex((step) => step.phase === 'gradient') + 1;
    view.fd.show(position >= gradientsEnd ? model.finiteDifferences() : null, steps);

    view.done.hidden = position < steps.length;
    if (position === steps.length) setText(view.done, doneText(t, model));
    view.exporter.update(model.problem, serialize(state, STEPPER_ID, STEPPER_TABLE, new URLSearchParams()).toString());
    return summary(t, model, position);
  },
});

/** The screen reader's line: the step and its value; at the end, E before and after. */
function summary(t: (key: WidgetStringKey) => string, model: StepperModel, position: number): string {
  const { steps } = model.trace;
  if (position === 0) return fill(t('stepperSummaryStart'), { total: steps.length });
  const step = steps[position - 1];
  const text = fill(t('stepperSummary'), { step: position, total: steps.length, name: symbolText(step.symbol), value: fixedValue(step.value, model.decimals) });
  return position < steps.length ? text : `${text}. ${doneText(t, model)}`;
}

/** "All 37 quantities computed: E went from … to … after the update." */
function doneText(t: (key: WidgetStringKey) => string, model: StepperModel): string {
  return fill(t('stepperDone'), {
    total: model.trace.steps.length,
    before: fixedValue(model.trace.summary.loss, model.decimals),
    after: fixedValue(model.lossAfter(), model.decimals),
  });
}
