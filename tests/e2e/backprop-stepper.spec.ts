/**
 * The backprop stepper (chapter 2, #worked-example; /demos/backprop-stepper/) driven as a student would:
 * walk every step of the default 2-2-2 network and compare each shown value with the core's trace;
 * answer quiz steps right and wrong and see each named mistake; export every format and compare with
 * the core's worksheet functions (= the trace CLI); rebuild the set-up from a shared URL; load
 * examples/trace/two-two-one.json and see the CLI's numbers; bad values into every input; keyboard
 * only; axe in three themes; the demo and print pages; both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  finiteDifferenceCheck,
  randomTraceProblem,
  mistakeCandidates,
  traceToCsv,
  traceToLatex,
  traceToMarkdown,
  traceTrainingStep,
  validateTraceProblem,
  WORKSHEET_LABELS,
  type TraceOptions,
  type TraceProblem,
  type TraceStep,
} from '../../src/core';
import { runTraceCli } from '../../src/core/cli/run';
import { DEFAULT_PROBLEM } from '../../src/widgets/stepper/problem-url';
import { axeViolations, commit, demoPath, expectClean, LANGS, setTheme, THEMES, watchErrors } from './widget-helpers';

const EXAMPLE_PATH = join(import.meta.dirname, '../../examples/trace/two-two-one.json');
const EXAMPLE_TEXT = readFileSync(EXAMPLE_PATH, 'utf8');

const chapter = (lang: string, query = '') => `${lang === 'ko' ? '/ko' : ''}/backpropagation/${query}`;

function traceOf(problem: TraceProblem, options: Partial<TraceOptions> = {}): TraceStep[] {
  return traceTrainingStep({ layers: problem.layers }, problem, { learningRate: problem.learningRate, loss: problem.loss, updateBias: problem.updateBias, ...options }).steps;
}
/** The step bar's counter, exactly (a bare number would also match "Step 10 of 37" when 1 is meant). */
const counterText = (lang: string, step: number, total: number) => (lang === 'ko' ? `${total}단계 중 ${step}단계` : `Step ${step} of ${total}`);
/** A value as the widget writes it: fixed decimals, a true minus sign. */
const shown = (v: number, decimals = 4) => {
  const text = v.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text.replace('-', '−');
};

async function open(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const widget = page.locator('nn-backprop-stepper');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('.nn-step-counter')).toBeVisible();
  return widget;
}

/** The value cells of the table, in order, with their step ids. */
async function tableRows(widget: Locator): Promise<{ id: string; value: string }[]> {
  return widget.locator('.nn-st-table:not(.nn-st-fd-table) tbody tr[data-id]').evaluateAll((rows) =>
    rows.map((row) => ({ id: row.getAttribute('data-id') ?? '', value: row.querySelector('.nn-st-value')?.textContent ?? '' })),
  );
}

const DEFAULT_STEPS = traceOf(DEFAULT_PROBLEM);
const summaryOf = (problem: TraceProblem) => traceTrainingStep({ layers: problem.layers }, problem, { learningRate: problem.learningRate }).summary;

for (const lang of LANGS) {
  test(`${lang}: walking every step of the default 2-2-2 network shows the core's trace, one quantity at a time`, async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await open(page, chapter(lang));
    const next = widget.locator('.nn-step-next');
    const total = DEFAULT_STEPS.length;
    expect(total).toBe(37);
    await expect(widget.locator('.nn-step-counter')).toHaveText(lang === 'en' ? 'Step 0 of 37' : '37단계 중 0단계');
    await expect(widget.locator('.nn-st-fd-verdict')).toBeVisible();
    await expect(widget.locator('.nn-st-fd-table')).toBeHidden();

    for (let k = 0; k < total; k++) {
      const step = DEFAULT_STEPS[k];
      await next.click();
      const current = widget.locator('tr.nn-st-current');
      await expect(current).toHaveAttribute('data-id', step.id);
      await expect(current.locator('.nn-st-value')).toHaveText(shown(step.value));
      // the value under the formula with the numbers; the operands it uses are marked there, and their rows too
      await expect(widget.locator('.nn-st-result')).toContainText(`=${shown(step.value)}`);
      for (const id of step.dependsOn) {
        await expect(widget.locator(`.nn-st-numbers [data-step="${id}"]`).first()).toBeAttached();
        await expect(widget.locator(`.nn-st-table-wrap tr[data-id="${id}"]`)).toHaveClass(/nn-st-uses/);
      }
      await expect(widget.locator('.nn-step-counter')).toHaveText(counterText(lang, k + 1, total));
      // the diagram lights the step's unit or edge
      await expect(widget.locator('.nn-network svg')).toHaveClass(/nn-has-highlight/);
      // the finite-difference check appears once every gradient is shown
      if (step.phase === 'update' && DEFAULT_STEPS[k - 1].phase === 'gradient') {
        await expect(widget.locator('.nn-st-fd-table')).toBeVisible();
      }
    }
    const rows = await tableRows(widget);
    expect(rows).toEqual(DEFAULT_STEPS.map((s) => ({ id: s.id, value: shown(s.value) })));
    await expect(next).toBeDisabled();
    // the closing line: E before and after the update (the core's forward pass on the new weights)
    const updated = traceTrainingStep(
      { layers: DEFAULT_PROBLEM.layers.map((layer, l) => ({ ...layer, weights: summaryOf(DEFAULT_PROBLEM).updated[l].weights, bias: summaryOf(DEFAULT_PROBLEM).updated[l].bias })) },
      DEFAULT_PROBLEM,
      { learningRate: 0.5 },
    ).summary.loss;
    await expect(widget.locator('.nn-st-done')).toContainText(shown(summaryOf(DEFAULT_PROBLEM).loss));
    await expect(widget.locator('.nn-st-done')).toContainText(shown(updated));
    // spot checks on the diagram: an output written under its unit, an updated weight on its edge
    await expect(widget.locator('.nn-unit[data-id="u2.0"] .nn-unit-value')).toHaveText(shown(DEFAULT_STEPS[5].value, 2));
    await expect(widget.locator('.nn-edge.nn-st-updated')).toHaveCount(8);
    // finite differences: every gradient within 1e-7
    const fd = finiteDifferenceCheck(DEFAULT_PROBLEM);
    await expect(widget.locator('.nn-st-fd-table tbody tr')).toHaveCount(fd.length);
    await expect(widget.locator('.nn-st-fd-table .nn-st-ok')).toHaveCount(fd.length);
    await expect(widget.locator('.nn-st-fd-verdict')).toHaveAttribute('data-ok', 'yes');
    // the screen-reader summary names the step and its value
    await expect(page.locator('#widget-backprop-stepper [data-nn-live]')).toContainText(`${total}`);
    await expectClean(page, errors);
  });

  test(`${lang}: check my answer — right, wrong, and the named mistakes (sign, missing slope, updated weight)`, async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await open(page, chapter(lang));
    const options: TraceOptions = { learningRate: 0.5, rounding: { decimals: 4, fromRounded: false } };
    await widget.locator('.nn-st-quiz-toggle input').check();
    const answer = widget.locator('.nn-st-quiz-form input');
    const message = widget.locator('.nn-st-quiz-message');
    const score = widget.locator('.nn-st-score');
    await expect(answer).toBeVisible();
    await expect(answer).toBeFocused();

    // step 1, net⁽¹⁾₁ = 0.1·1 + (−0.2)·0.5 + 0.1 = 0.1: right at once
    await answer.fill('0.1');
    await answer.press('Enter');
    await expect(message).toHaveAttribute('data-verdict', 'correct');
    await expect(widget.locator('tr.nn-st-current')).toHaveAttribute('data-id', 'net.1.1');
    await expect(score).toContainText(lang === 'en' ? '1 of 1' : '1개 중 1개');

    // step 2: a wrong value, then not a number, then the answer shown
    await answer.fill('123');
    await widget.locator('.nn-st-check-answer').click();
    await expect(message).toHaveAttribute('data-verdict', 'wrong');
    await expect(widget.locator('tr[data-id="out.1.1"]')).toHaveCount(0);
    await answer.fill('abc');
    await answer.press('Enter');
    await expect(message).toHaveAttribute('data-verdict', 'invalid');
    await widget.locator('.nn-st-reveal').click();
    await expect(widget.locator('tr.nn-st-current')).toHaveAttribute('data-id', 'out.1.1');
    await expect(score).toContainText(lang === 'en' ? '1 of 2' : '2개 중 1개');

    // jump to the error E: in check mode E itself is asked (shown here), then the output δ's and the hidden δ
    await widget.locator('.nn-st-bar select').selectOption({ index: 1 }); // the jump menu: forward pass, error E, …
    await expect(widget.locator('.nn-st-quiz-form label math')).toHaveAttribute('alttext', 'E');
    await widget.locator('.nn-st-reveal').click();
    await expect(widget.locator('tr.nn-st-current')).toHaveAttribute('data-id', 'E');
    const mistakes: [string, string, RegExp][] = [
      ['delta.2.1', 'sign', lang === 'en' ? /sign is flipped/ : /부호가 뒤집혔습니다/],
      ['delta.2.2', 'missing-slope', lang === 'en' ? /slope of the activation/ : /미분값을 빠뜨렸습니다/],
      ['delta.1.1', 'updated-weight', lang === 'en' ? /already-updated weight/ : /이미 갱신된 가중치/],
    ];
    for (const [id, name, text] of mistakes) {
      const candidate = mistakeCandidates(DEFAULT_PROBLEM, options, id).find((c) => c.mistake === name);
      expect(candidate, `${name} at ${id}`).toBeDefined();
      await answer.fill(candidate!.value.toFixed(6));
      await answer.press('Enter');
      await expect(message).toHaveAttribute('data-verdict', 'mistake');
      await expect(message).toContainText(text);
      await widget.locator('.nn-st-reveal').click();
      await expect(widget.locator('tr.nn-st-current')).toHaveAttribute('data-id', id);
    }
    // a value right only to fewer decimals is "close"
    const delta12 = DEFAULT_STEPS.find((s) => s.id === 'delta.1.2')!.value;
    await answer.fill(delta12.toFixed(2));
    await answer.press('Enter');
    await expect(message).toHaveAttribute('data-verdict', /close|wrong/);
    await answer.fill(delta12.toFixed(4));
    await answer.press('Enter');
    await expect(message).toHaveAttribute('data-verdict', 'correct');
    await expect(score).toContainText(lang === 'en' ? '1 of 7' : '7개 중 1개');
    await expectClean(page, errors);
  });

  test(`${lang}: a shared URL reopens the same set-up, step and options`, async ({ page, context }) => {
    const errors = watchErrors(page);
    const widget = await open(page, chapter(lang));
    await widget.locator('.nn-st-setup > summary').click();
    await commit(page, widget.locator('.nn-st-sizes input'), '2-3-1');
    await commit(page, widget.getByLabel(/w⁽¹⁾₁₁/), '0.25');
    await widget.locator('.nn-st-setup select').first().selectOption('6');
    for (let k = 0; k < 5; k++) await widget.locator('.nn-step-next').click();
    await expect.poll(() => page.url()).toContain('backprop-stepper.step=5');
    const url = page.url();
    expect(url).toContain('backprop-stepper.sizes=2-3-1');
    expect(url).toContain('backprop-stepper.dec=6');

    const params = new URL(url).searchParams;
    const read = (await import('../../src/widgets/stepper/problem-url')).readStepperUrl(params);
    expect(read.ignored).toEqual([]);
    expect(read.problem.layers[0].weights[0][0]).toBe(0.25);
    const other = await context.newPage();
    const reopened = await open(other, url.replace(/^https?:\/\/[^/]+/, ''));
    await expect(reopened.locator('.nn-step-counter')).toHaveText(counterText(lang, 5, traceOf(read.problem).length));
    await reopened.locator('.nn-st-setup > summary').click();
    await expect(reopened.locator('.nn-st-sizes input')).toHaveValue('2-3-1');
    await expect(reopened.getByLabel(/w⁽¹⁾₁₁/)).toHaveValue('0.25');
    const steps = traceOf(read.problem, { rounding: { decimals: 6, fromRounded: false } });
    await expect.poll(() => tableRows(reopened)).toEqual(steps.slice(0, 5).map((s) => ({ id: s.id, value: shown(s.value, 6) })));
    await expectClean(page, errors);
  });
}

for (const lang of LANGS) {
  test(`${lang}: exports: worksheet and answer key as Markdown, CSV and LaTeX equal the core’s with WORKSHEET_LABELS.${lang} (the trace CLI’s --lang ${lang}), and the JSON`, async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await open(page, chapter(lang));
    await widget.locator('.nn-st-export > summary').click();
    const labels = WORKSHEET_LABELS[lang];
    const texts: Record<string, string> = {};
    for (const format of ['md', 'csv', 'tex'] as const) {
      for (const kind of ['worksheet', 'answers'] as const) {
        const blank = kind === 'worksheet';
        const [download] = await Promise.all([page.waitForEvent('download'), widget.locator(`.nn-st-download[data-format="${format}"][data-kind="${kind}"]`).click()]);
        expect(download.suggestedFilename()).toBe(`backprop-${blank ? 'worksheet' : 'answer-key'}.${format}`);
        const text = readFileSync(await download.path(), 'utf8');
        const expected =
          format === 'md'
            ? traceToMarkdown(DEFAULT_STEPS, 4, { blank, labels, problem: DEFAULT_PROBLEM })
            : format === 'csv'
              ? traceToCsv(DEFAULT_STEPS, 4, { blank, labels, problem: DEFAULT_PROBLEM })
              : traceToLatex(DEFAULT_STEPS, 4, { blank, labels, problem: DEFAULT_PROBLEM });
        expect(text, `${kind}.${format}`).toBe(expected);
        expect(text).not.toContain('htmlData');
        texts[`${kind}.${format}`] = text;
      }
    }
    // the words are the page's language: Korean headings, phase titles and LaTeX title (with kotex)
    if (lang === 'ko') {
      expect(texts['answers.md'].split('\n')[0]).toBe('**주어진 값**');
      expect(texts['answers.md']).toContain('| 값 이름 | 식 | 값 |');
      expect(texts['worksheet.md']).toContain('| **역전파** | | |');
      expect(texts['answers.csv'].split('\r\n')[0]).toBe('단계,id,값 이름,식,값');
      expect(texts['answers.tex']).toContain('\\usepackage{kotex}');
      expect(texts['worksheet.tex']).toContain('\\section*{역전파: 학습 한 단계}');
    } else {
      expect(texts['answers.md']).toBe(traceToMarkdown(DEFAULT_STEPS, 4, { problem: DEFAULT_PROBLEM }));
      expect(texts['answers.tex']).not.toContain('kotex');
    }
    // every download is the CLI's output for the same JSON and language
    const json = await widget.locator('.nn-st-json').inputValue();
    for (const [format, cliFormat] of [['md', 'md'], ['csv', 'csv'], ['tex', 'latex']] as const) {
      const cli = runTraceCli(['net.json', '--format', cliFormat, '--lang', lang], () => json);
      expect(cli.code).toBe(0);
      expect(cli.stdout, `answers.${format}`).toBe(texts[`answers.${format}`]);
      expect(runTraceCli(['net.json', '--format', cliFormat, '--lang', lang, '--blank'], () => json).stdout, `worksheet.${format}`).toBe(texts[`worksheet.${format}`]);
    }
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), widget.locator('.nn-st-json-download').click()]);
    expect(validateTraceProblem(JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')))).toEqual(DEFAULT_PROBLEM);
    await expectClean(page, errors);
  });
}

test('importing examples/trace/two-two-one.json (pasted, then as a file) shows the numbers npm run trace gives', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await open(page, demoPath('backprop-stepper', 'en'));
  await widget.locator('.nn-st-export > summary').click();
  await widget.locator('.nn-st-json').fill(EXAMPLE_TEXT);
  await widget.locator('.nn-st-json-load').click();
  await expect(widget.locator('.nn-st-json-message')).toContainText('2-2-1');
  await widget.locator('.nn-step-last').click();
  const cli = JSON.parse(runTraceCli([EXAMPLE_PATH], () => EXAMPLE_TEXT).stdout) as { steps: TraceStep[] };
  expect(cli.steps.length).toBe(28);
  await expect(widget.locator('.nn-step-counter')).toContainText('28 of 28');
  await expect.poll(() => tableRows(widget)).toEqual(cli.steps.map((s) => ({ id: s.id, value: shown(s.value) })));

  // the reload restores what the URL holds when it starts: wait for both changes (the load and Last)
  await expect.poll(() => page.url()).toContain('backprop-stepper.sizes=2-2-1');
  await expect.poll(() => page.url()).toContain('backprop-stepper.step=28');
  await page.reload();
  const again = page.locator('nn-backprop-stepper');
  await expect(again.locator('.nn-step-counter')).toContainText('28 of 28');
  await again.locator('.nn-st-json-file').setInputFiles(EXAMPLE_PATH);
  await expect(again.locator('.nn-st-json-message')).toContainText('2-2-1');
  await expectClean(page, errors);
});

test('bad values in every input get a message and never reach the core', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await open(page, chapter('en'));
  await widget.locator('.nn-st-setup > summary').click();
  const sizes = widget.locator('.nn-st-sizes input');
  const sizesMessage = widget.locator('.nn-st-sizes .nn-field-message');
  for (const bad of ['abc', '2-5-2', '2', '2-2-2-2-2-2', '0-1']) {
    await commit(page, sizes, bad);
    await expect(sizesMessage).toContainText('Not changed');
    await expect(sizes).toHaveValue('2-2-2');
  }
  await commit(page, sizes, '2-2-2');
  await expect(sizesMessage).toBeEmpty();

  // every number box of the set-up: non-numeric, out of range, empty, comma
  const boxes = widget.locator('.nn-st-values input');
  const count = await boxes.count();
  expect(count).toBe(4 + 2 + 4 + 2 + 2 + 2 + 1); // W¹, b¹, W², b², x, y′, η
  for (let k = 0; k < count; k++) {
    const box = boxes.nth(k);
    const before = await box.inputValue();
    const described = async () => page.locator(`#${(await box.getAttribute('aria-describedby'))!.split(' ').pop()}`);
    await commit(page, box, 'abc');
    await expect(await described()).toContainText('not a number');
    await expect(box).toHaveValue(before);
    await commit(page, box, '1e999');
    await expect(await described()).not.toBeEmpty();
    await commit(page, box, before);
  }
  const weight = widget.getByLabel(/w⁽²⁾₁₂/);
  await commit(page, weight, '500');
  await expect(weight).toHaveValue('100');
  const eta = widget.getByLabel('Learning rate η');
  await commit(page, eta, '0');
  await expect(eta).toHaveValue('0.0001');
  await commit(page, eta, '');
  await expect(eta).toHaveValue('0.0001');
  await commit(page, eta, '0.5');
  const seed = widget.locator('.nn-seed-field input');
  await commit(page, seed, '-1');
  await expect(seed).toHaveValue('0');
  await commit(page, seed, 'x');
  await expect(widget.locator('.nn-seed-field .nn-field-message')).toContainText('not a number');
  await widget.locator('.nn-step-last').click();
  await expect(widget.locator('.nn-st-table-wrap')).not.toContainText(/NaN|Infinity/);

  // the quiz's answer box
  await widget.locator('.nn-step-first').click();
  await widget.locator('.nn-st-quiz-toggle input').check();
  for (const bad of ['', 'abc', '1,5', '--1']) {
    await commit(page, widget.locator('.nn-st-quiz-form input'), bad);
    await expect(widget.locator('.nn-st-quiz-message')).toHaveAttribute('data-verdict', 'invalid');
  }

  // JSON: not JSON, wrong shapes, a field of the wrong type, too big for the stepper
  await widget.locator('.nn-st-export > summary').click();
  const json = widget.locator('.nn-st-json');
  const message = widget.locator('.nn-st-json-message');
  const cases: [string, RegExp][] = [
    ['{ "layers": [', /not valid JSON/],
    ['[1, 2]', /problem: expected an object/],
    [EXAMPLE_TEXT.replace('"input": [1.0, 0.5]', '"input": [1.0]'), /input: expected 2 numbers/],
    [EXAMPLE_TEXT.replace('[0.7, -0.5]', '[0.7]'), /layers\[1\]\.weights\[0\]/],
    [EXAMPLE_TEXT.replace('"learningRate": 0.5', '"learningRate": "fast"'), /learningRate/],
    [EXAMPLE_TEXT.replace('"sigmoid" }\n  ]', '"wiggle" }\n  ]'), /activation/],
    [EXAMPLE_TEXT.replace('"input": [1.0, 0.5]', '"input": [1.0, 1000]'), /input\[1\]/],
  ];
  for (const [text, why] of cases) {
    await json.fill(text);
    await widget.locator('.nn-st-json-load').click();
    await expect(message).toHaveAttribute('data-ok', 'no');
    await expect(message).toContainText(why);
  }
  await expect(widget.locator('.nn-step-counter')).toHaveText(/ of 37$/);

  // hand-mangled URL values: the notice, and the defaults
  const mangled = await open(page, chapter('en', '?backprop-stepper.w=0.1_zz&backprop-stepper.step=500&backprop-stepper.dec=5&backprop-stepper.eta=abc'));
  await expect(page.locator('#widget-backprop-stepper .widget-notice-box li')).toHaveCount(4);
  await expect(page.locator('#widget-backprop-stepper .widget-notice-box')).toContainText('w[1]');
  await expect(mangled.locator('.nn-step-counter')).toHaveText(counterText('en', 0, 37));
  await mangled.locator('.nn-step-next').click();
  await expect(mangled.locator('tr.nn-st-current .nn-st-value')).toHaveText(shown(DEFAULT_STEPS[0].value));
  await expectClean(page, errors);
});

test('keyboard only: Tab to the stepper, → Space Enter forward, ← back, End and Home', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await open(page, chapter('en'));
  await widget.locator('.nn-st-setup > summary').focus();
  await page.keyboard.press('Tab'); // First (disabled) and Back (disabled) are skipped → Next
  await expect(widget.locator('.nn-step-next')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(widget.locator('.nn-step-counter')).toContainText('3 of 37');
  await page.keyboard.press('ArrowLeft');
  await expect(widget.locator('.nn-step-counter')).toContainText('2 of 37');
  await page.keyboard.press('End');
  await expect(widget.locator('.nn-step-counter')).toContainText('37 of 37');
  await page.keyboard.press('Home');
  await expect(widget.locator('.nn-step-counter')).toContainText('0 of 37');
  // focus on the table region: Space and Enter step too
  await widget.locator('.nn-st-table-wrap').focus();
  await page.keyboard.press(' ');
  await page.keyboard.press('Enter');
  await expect(widget.locator('.nn-step-counter')).toContainText('2 of 37');
  // the jump menu by keyboard
  await widget.locator('.nn-st-bar select').focus();
  await page.keyboard.press('ArrowDown');
  await expect(widget.locator('tr.nn-st-current')).toHaveAttribute('data-id', 'E');
  await expectClean(page, errors);
});

for (const theme of THEMES) {
  test(`axe finds nothing on the chapter with the stepper (set-up, quiz, export open) in the ${theme} theme`, async ({ page }) => {
    test.slow(); // axe walks every KaTeX span of the chapter: ~13 s on a quiet machine, more under load
    const errors = watchErrors(page);
    await setTheme(page, theme);
    const widget = await open(page, chapter('en', '?backprop-stepper.step=26&backprop-stepper.quiz=1'));
    await widget.locator('.nn-st-setup > summary').click();
    await widget.locator('.nn-st-export > summary').click();
    await expect(widget.locator('.nn-st-fd-table')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(page, errors);
  });
}

test('the demo page /demos/backprop-stepper/ (and /ko/) fills the screen and loads clean', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const path of [demoPath('backprop-stepper', 'en'), demoPath('backprop-stepper', 'ko')]) {
    const widget = await open(page, path);
    await widget.locator('.nn-step-last').click();
    // diagram, formula and table side by side
    const boxes = await Promise.all(['.nn-st-col-diagram', '.nn-st-col-formula', '.nn-st-col-table'].map((s) => widget.locator(s).boundingBox()));
    expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);
    expect(boxes[1]!.x).toBeLessThan(boxes[2]!.x);
    expect(Math.abs(boxes[0]!.y - boxes[2]!.y)).toBeLessThan(5);
    expect(await axeViolations(page)).toEqual([]);
  }
  await expectClean(page, errors);
});

test('the printable worksheet and answer key follow the stepper’s set-up and print', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await open(page, chapter('en', '?backprop-stepper.dec=6'));
  await widget.locator('.nn-st-export > summary').click();
  const href = await widget.locator('.nn-st-print-link').getAttribute('href');
  expect(href).toContain('/demos/backprop-stepper/print/?');
  expect(href).toContain('backprop-stepper.dec=6');
  await page.goto(href!);
  const steps = traceOf(DEFAULT_PROBLEM, { rounding: { decimals: 6, fromRounded: false } });
  await expect(page.locator('.nn-print-worksheet tbody tr:not(.nn-print-phase)')).toHaveCount(steps.length);
  await expect(page.locator('.nn-print-answers tbody tr:not(.nn-print-phase) .nn-print-value')).toHaveText(steps.map((s) => shown(s.value, 6)));
  await expect(page.locator('.nn-print-worksheet .nn-print-value').first()).toBeEmpty();
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.nn-print-tools')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await page.goto('/ko/demos/backprop-stepper/print/?backprop-stepper.sizes=9');
  await expect(page.locator('.widget-notice-box')).toContainText('backprop-stepper');
  await expect(page.locator('.nn-print-answers tbody tr:not(.nn-print-phase)')).toHaveCount(37);
  // the Korean page's words come from the Korean dictionary
  await expect(page.locator('.nn-print-worksheet thead th')).toHaveText(['#', '값 이름', '식', '값']);
  await expect(page.locator('.nn-print-worksheet .nn-print-phase th')).toHaveText(['순전파', '오차 E', 'δ', '기울기', '갱신']);
  await expect(page.locator('.nn-print-answers h2')).toHaveText('답안');
  await expectClean(page, errors);
});

for (const lang of LANGS) {
  test(`${lang}: at 375 px the stepper fits the phone’s width; wide tables and formulas scroll inside`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 375, height: 800 });
    const widget = await open(page, chapter(lang, '?backprop-stepper.step=30&backprop-stepper.quiz=1'));
    await widget.locator('.nn-st-setup > summary').click();
    await widget.locator('.nn-st-export > summary').click();
    await expect(widget.locator('.nn-st-fd-table')).toBeAttached();
    const [scrollWidth, clientWidth] = await widget.locator('.nn-st').evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectClean(page, errors);
  });
}

test('draw from a seed, resize to 4 layers of 4, δ vs ∂E/∂net, compute from rounded values: the table follows the core', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await open(page, demoPath('backprop-stepper', 'en'));
  await widget.locator('.nn-st-setup > summary').click();
  await commit(page, widget.locator('.nn-seed-field input'), '7');
  await widget.locator('.nn-st-draw').click();
  const drawn = randomTraceProblem(7, [2, 2, 2], { learningRate: 0.5, updateBias: true });
  await widget.locator('.nn-step-last').click();
  await expect.poll(() => tableRows(widget)).toEqual(traceOf(drawn).map((s) => ({ id: s.id, value: shown(s.value) })));

  // a bigger network keeps the numbers already there; the step position is kept when it still exists
  await commit(page, widget.locator('.nn-st-sizes input'), '4-4-4-4-4');
  await expect(widget.locator('.nn-step-counter')).toContainText('Step 37 of 209');
  await expect(widget.locator('.nn-unit')).toHaveCount(20);
  await expect(widget.getByLabel(/w⁽¹⁾₁₁/)).toHaveValue(String(drawn.layers[0].weights[0][0]));

  // notation and rounding
  await commit(page, widget.locator('.nn-st-sizes input'), '2-2-2');
  await widget.locator('.nn-st-setup select').nth(1).selectOption('partial');
  await widget.locator('.nn-st-setup select').first().selectOption('6');
  await widget.locator('.nn-st-setup input[type="checkbox"]').nth(1).check();
  await widget.locator('.nn-st-bar select').selectOption({ index: 2 }); // the δ's
  await expect(widget.locator('.nn-st-general math').first()).toHaveAttribute('alttext', /\\frac\{\\partial E\}\{\\partial \\text\{net\}/);
  await widget.locator('.nn-step-last').click();
  const rounded = traceOf(drawn, { notation: 'partial', rounding: { decimals: 6, fromRounded: true } });
  await expect.poll(() => tableRows(widget)).toEqual(rounded.map((s) => ({ id: s.id, value: shown(s.value, 6) })));
  // fixed biases: no bias gradients or updates
  await widget.locator('.nn-st-setup input[type="checkbox"]').first().uncheck();
  await expect(widget.locator('.nn-step-counter')).toContainText(`of ${traceOf({ ...drawn, updateBias: false }).length}`);
  await expectClean(page, errors);
});
