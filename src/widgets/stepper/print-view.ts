/**
 * The printable worksheet and answer key (src/pages/[...lang]/demos/backprop-stepper/print.astro):
 * the set-up read from the same URL state as the stepper, the given numbers, then every quantity in
 * the trace's order — in the worksheet with its general formula and an empty value, in the answer
 * key with the numbers substituted and the value. Print CSS puts the answer key on its own page.
 */
import { activationAndLoss } from './names';
import { traceTrainingStep, unmarkOperands, type TraceProblem, type TraceStep } from '../../core';
import type { Lang } from '../../i18n';
import { h } from '../kit/controls/dom';
import { showUrlNotice } from '../kit/frame';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { fixedValue } from './format';
import { mathml } from './math';
import { readStepperUrl, sizesOf, traceOptionsOf } from './problem-url';
import { unitLabels } from './step-model';
import { renderNetwork } from '../charts/network-diagram';
import { PHASE_KEYS } from './quantities-table';

function given(problem: TraceProblem, lang: Lang): HTMLElement {
  const t = (key: WidgetStringKey) => widgetString(key, lang);
  const list = h('ul', { class: 'nn-print-given' });
  const item = (tex: string) => {
    const li = h('li');
    li.innerHTML = mathml(tex);
    list.append(li);
  };
  const numbers = (values: readonly number[]) => values.map((v) => String(v + 0)).join(',\\ ');
  item(`x = (${numbers(problem.input)})`);
  item(`y' = (${numbers(problem.target)})`);
  item(`\\eta = ${problem.learningRate}`);
  problem.layers.forEach((layer, l) => {
    layer.weights.forEach((row, j) => {
      item(row.map((w, i) => `w^{(${l + 1})}_{${j + 1}${i + 1}} = ${w}`).join(',\\ ') + `,\\ b^{(${l + 1})}_{${j + 1}} = ${layer.bias[j]}`);
    });
  });
  const names = activationAndLoss(t, problem.layers.map((layer) => layer.activation), problem.loss);
  // "The network below": drawn with every weight on its edge, each bias above or under its unit, x under the inputs.
  const diagram = h('div', { class: 'nn-print-diagram' });
  const sizes = sizesOf(problem);
  renderNetwork(
    diagram,
    {
      layers: sizes,
      weights: problem.layers.map((layer) => layer.weights.flat()),
      biases: [undefined, ...problem.layers.map((layer) => layer.bias)],
      unitLabels: unitLabels(sizes),
      unitValues: [problem.input],
    },
    { label: t('stepperPrintDiagram'), lang, edgeLabels: true, format: (v) => String(v + 0).replace('-', '−') },
  );
  return h(
    'section',
    {},
    h('h2', {}, t('stepperPrintGiven')),
    diagram,
    list,
    h('p', {}, fill(t('stepperActivation'), names), problem.updateBias ? '' : ` (${t('stepperUpdateBias')}: ✗)`),
  );
}

function sheet(steps: readonly TraceStep[], decimals: number, answers: boolean, lang: Lang): HTMLElement {
  const t = (key: WidgetStringKey) => widgetString(key, lang);
  const body = h('tbody');
  let phase: string | undefined;
  steps.forEach((step, index) => {
    if (step.phase !== phase) {
      phase = step.phase;
      body.append(h('tr', { class: 'nn-print-phase' }, h('th', { colspan: 4, scope: 'colgroup' }, t(PHASE_KEYS[step.phase]))));
    }
    const quantity = h('td');
    quantity.innerHTML = mathml(step.symbol, true);
    const formula = h('td');
    const tex = answers ? `${step.generalFormula} = ${unmarkOperands(step.formula)}` : step.generalFormula;
    formula.innerHTML = mathml(tex);
    body.append(
      h('tr', {}, h('td', { class: 'nn-print-n' }, String(index + 1)), quantity, formula, h('td', { class: 'nn-print-value' }, answers ? fixedValue(step.value, decimals) : '')),
    );
  });
  return h(
    'section',
    { class: answers ? 'nn-print-answers' : 'nn-print-worksheet' },
    h('h2', {}, t(answers ? 'stepperAnswerKey' : 'stepperWorksheet')),
    h(
      'div',
      { class: 'nn-print-scroll', tabindex: 0, role: 'region', 'aria-label': t(answers ? 'stepperAnswerKey' : 'stepperWorksheet') },
      h(
      'table',
      { class: 'nn-print-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'), h('th', { scope: 'col' }, t('stepperQuantity')), h('th', { scope: 'col' }, t('stepperGeneral')), h('th', { scope: 'col' }, t('stepperValue')))),
      body,
      ),
    ),
  );
}

/** Fills `root` from the page's URL (bad values: the notice, and the default set-up). */
export function renderPrintView(root: HTMLElement, lang: Lang, namespace: string): void {
  const read = readStepperUrl(new URLSearchParams(window.location.search), namespace);
  const { problem, state } = read;
  const options = traceOptionsOf(problem, state);
  const trace = traceTrainingStep({ layers: problem.layers }, { input: problem.input, target: problem.target }, { ...options, markOperands: false });
  const decimals = Number(state.dec);
  root.replaceChildren(given(problem, lang), sheet(trace.steps, decimals, false, lang), sheet(trace.steps, decimals, true, lang));
  showUrlNotice(root, read.ignored, lang);
}
