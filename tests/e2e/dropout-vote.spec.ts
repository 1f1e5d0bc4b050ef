import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatLiveNumber } from '../../src/widgets/kit/live-formula-tex';
import { K_MAX, voteModel } from '../../src/widgets/dropout-vote/model';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * The voting effect (dropout, #voting) driven as a student would: the defaults (K = 8 of seed 8)
 * against the model's numbers and the chapter's linear step against hand-derived ones (each unit of
 * the worked example is kept in 16 of the 32 masks: (1/32) Σ z = 0.5 · 1.33 = 0.665), K by keyboard
 * and shortcut, new masks (the all-mask row does not move), URL state through a reload, a mangled URL,
 * axe in every theme, the demo pages.
 */
const ID = 'dropout-vote';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

type Row = 'vote' | 'exact' | 'all';
const cell = (frame: Locator, row: Row, col: number) => frame.locator(`.nn-dv-table tr[data-row="${row}"] td`).nth(col);
/** The vote map's head names K: "Vote of K = 8: …" (the page's long form). */
const voteK = (frame: Locator) => frame.locator('.nn-dv-map').first().locator('.nn-dv-long');
const percent = (share: number) => `${formatLiveNumber(share * 100, 1)} %`;

/** The table's numbers for a state, from the model (the page must show these). */
function expected(k: number, seed: number) {
  const model = voteModel({ k, seed });
  return {
    voteAbs: formatLiveNumber(model.toScaled.meanAbs, 3),
    voteShare: percent(model.toScaled.decisionShare),
    exactAbs: formatLiveNumber(model.toExact.meanAbs, 3),
    exactShare: percent(model.toExact.decisionShare),
    allAbs: formatLiveNumber(model.net.residue.meanAbs, 3),
    allShare: percent(model.net.residue.decisionShare),
  };
}

async function expectTable(frame: Locator, k: number, seed: number): Promise<void> {
  const e = expected(k, seed);
  await expect(cell(frame, 'vote', 0)).toHaveText(e.voteAbs);
  await expect(cell(frame, 'vote', 1)).toHaveText(e.voteShare);
  await expect(cell(frame, 'exact', 0)).toHaveText(e.exactAbs);
  await expect(cell(frame, 'exact', 1)).toHaveText(e.exactShare);
  await expect(cell(frame, 'all', 0)).toHaveText(e.allAbs);
  await expect(cell(frame, 'all', 1)).toHaveText(e.allShare);
}

for (const lang of LANGS) {
  test(`${lang}: the defaults: four thinned networks, the vote of K = 8, the all-mask residue, the linear step exact`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    await expect(frame.locator('.nn-dv-thumb')).toHaveCount(4);
    await expect(frame.locator('.nn-dv-thumb[data-voting="true"]')).toHaveCount(4);
    await expect(frame.locator('.nn-dv-map canvas')).toHaveCount(2);
    await expect(voteK(frame)).toContainText(lang === 'en' ? 'Vote of K = 8' : 'K = 8개의 투표');
    await expect(frame.locator('.nn-dv-table caption')).toContainText('1,024');
    await expectTable(frame, 8, 8);
    // Through the sigmoid the all-mask vote is not the scaled network (a residue), though it decides alike.
    expect(Number(await cell(frame, 'all', 0).textContent())).toBeGreaterThan(0.01);
    // The linear step, by hand: w ⊙ y = (0.4, −0.1, 0.4, 0.27, 0.36), Σ = 1.33; each unit kept in 16
    // of 32 masks, so (1/32) Σ z = 16/32 · 1.33 = 0.665 = (1 − 0.5) · 1.33.
    const linear = frame.locator('.nn-dv-linear .katex-mathml');
    await expect(linear).toContainText('0.665');
    await expect(linear).toContainText('1.33');
    await expect(linear).toContainText('32');
    await expectClean(page, errors);
  });
}

test('K by keyboard: End votes all 100, Home leaves one (the other small maps leave the vote), ] doubles', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const slider = frame.getByRole('slider', { name: /^Thinned networks voting, K/ });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(voteK(frame)).toContainText(`K = ${K_MAX}:`);
  await expect(page).toHaveURL(new RegExp(`dropout-vote\\.k=${K_MAX}`));
  await expectTable(frame, K_MAX, 8);
  await page.keyboard.press('Home');
  await expect(voteK(frame)).toContainText('K = 1:');
  await expect(frame.locator('.nn-dv-thumb[data-voting="false"]')).toHaveCount(3);
  await expect(frame.locator('.nn-dv-thumb').first()).toHaveAttribute('data-voting', 'true');
  await expectTable(frame, 1, 8);
  // Shortcuts act while the focus is in the widget but not in a field that takes keys (the slider).
  await frame.getByRole('button', { name: 'Draw new masks' }).focus();
  await page.keyboard.press(']');
  await expect(voteK(frame)).toContainText('K = 2:');
  await expect(frame.locator('.nn-dv-thumb[data-voting="false"]')).toHaveCount(2);
  await expectClean(page, errors);
});

test('new masks change the vote but not the all-mask row; the state survives a reload', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  const all = await cell(frame, 'all', 0).textContent();
  const caption = await frame.locator('.nn-dv-thumb-caption').first().textContent();
  await frame.getByRole('button', { name: 'Draw new masks' }).click();
  await expect(page).toHaveURL(/dropout-vote\.seed=/);
  await expect(frame.locator('.nn-dv-thumb-caption').first()).not.toHaveText(caption ?? '');
  await expect(cell(frame, 'all', 0)).toHaveText(all ?? 'missing');
  const seed = Number(new URL(page.url()).searchParams.get('dropout-vote.seed'));
  await commit(page, frame.getByRole('textbox', { name: /^Thinned networks voting, K/ }), '32');
  await expect(page).toHaveURL(/dropout-vote\.k=32/);
  await expectTable(frame, 32, seed);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(voteK(frame)).toContainText('K = 32:');
  await expectTable(frame, 32, seed);
  await expectClean(page, errors);
});

test('a mangled URL gives a notice and the defaults', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'en', `?${ID}.k=999&${ID}.seed=abc`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(2);
  await expect(frame.locator('.widget-notice-box')).toContainText('999');
  await expect(voteK(frame)).toContainText('K = 8:');
  await expectTable(frame, 8, 8);
  await expectClean(page, errors);
});

test('a K typed out of range is refused with a message and the vote stays', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await commit(page, frame.getByRole('textbox', { name: /^Thinned networks voting, K/ }), '500');
  await expect(frame.locator('.nn-field-message').first()).not.toBeEmpty();
  await expect(voteK(frame)).toContainText(/K = (8|100):/);
  await expectClean(page, errors);
});

axeInEveryTheme(ID, async (frame) => {
  await frame.getByRole('button', { name: 'Draw new masks' }).click();
});

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('slider').first().focus();
  await frame.page().keyboard.press('Home');
  await expect(frame.locator('.nn-dv-thumb[data-voting="false"]')).toHaveCount(3);
});
