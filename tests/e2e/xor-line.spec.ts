import { expect, test, type Locator, type Page } from '@playwright/test';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * XOR's four inequalities (perceptron, #xor) driven as a reader would, each expected verdict derived by
 * hand in the comments: OR's, NAND's and AND's lines, a typed line, a handle moved by keyboard, the
 * random search, URL state and a hand-mangled URL, axe in every theme, the demo pages.
 */
const ID = 'xor-line';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

const live = (frame: Locator, name: string) => frame.locator(`[data-live-value="${name}"]`).first();
const holds = (frame: Locator) => frame.locator('tr[data-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-holds')));

for (const lang of LANGS) {
  test(`${lang}: OR's line holds three: (1,1) needs 1 + 1 − 0.5 = 1.5 < 0 and fails`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    // Nets at (0,0), (0,1), (1,0), (1,1): −0.5, 0.5, 0.5, 1.5; S = 0.5 + 0.5 = 1.
    await expect(live(frame, 'n00')).toHaveText('−0.5');
    await expect(live(frame, 'n11')).toHaveText('1.5');
    await expect(live(frame, 's')).toHaveText('1');
    await expect.poll(() => holds(frame)).toEqual(['true', 'true', 'true', 'false']);
    await expect(frame.locator('.nn-xl-proof')).toContainText('(0,0)');
    await expect(frame.locator('.nn-xl-proof')).toContainText('(1,1)');
    await expectClean(page, errors);
  });
}

test('NAND holds three with (0,0) failing; AND holds only (0,0), and S = −1 breaks the middle pair', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.getByRole('button', { name: 'NAND', exact: true }).click();
  // NAND: −x₁ − x₂ + 1.5: nets 1.5, 0.5, 0.5, −0.5 → (0,0) needs 1.5 < 0 and fails.
  await expect.poll(() => holds(frame)).toEqual(['false', 'true', 'true', 'true']);
  await frame.getByRole('button', { name: 'AND', exact: true }).click();
  // AND: x₁ + x₂ − 1.5: nets −1.5, −0.5, −0.5, 0.5; S = −1 < 0, so (0,1) and (1,0) cannot both hold.
  await expect(live(frame, 's')).toHaveText('−1');
  await expect.poll(() => holds(frame)).toEqual(['true', 'false', 'false', 'false']);
  await expect(frame.locator('.nn-xl-proof')).toContainText('(0,1)');
  await expect(page).toHaveURL(/xor-line\.b=-1\.5/);
  await expectClean(page, errors);
});

test('a typed line and a keyboard-moved handle: never more than three hold', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  // w₁ = 1, w₂ = −1, b = 0.5: nets 0.5, −0.5, 1.5, 0.5 → (0,0) ✗, (0,1) ✗, (1,0) ✓, (1,1) ✗; S = 1.
  await commit(page, frame.getByRole('textbox', { name: /^w₂/ }), '-1');
  await commit(page, frame.getByRole('textbox', { name: /^b/ }), '0.5');
  await expect(live(frame, 'n01')).toHaveText('−0.5');
  await expect.poll(() => holds(frame)).toEqual(['false', 'false', 'true', 'false']);

  const handle = frame.getByRole('button', { name: /^Line handle 1/ });
  await handle.focus();
  const before = await frame.getByRole('textbox', { name: /^b/ }).inputValue();
  for (let k = 0; k < 4; k++) await page.keyboard.press('Shift+ArrowUp');
  await expect(frame.getByRole('textbox', { name: /^b/ })).not.toHaveValue(before);
  // Each verdict follows the net shown beside it: a row holds when step(net) equals XOR's target
  // (0, 1, 1, 0), and never all four.
  const nets = () => Promise.all(['n00', 'n01', 'n10', 'n11'].map(async (n) => Number((await live(frame, n).textContent())!.replace('−', '-'))));
  await expect
    .poll(async () => {
      const expected = (await nets()).map((net, k) => String((net >= 0 ? 1 : 0) === [0, 1, 1, 0][k]));
      return JSON.stringify(expected) === JSON.stringify(await holds(frame));
    })
    .toBe(true);
  expect((await holds(frame)).filter((v) => v === 'true').length).toBeLessThanOrEqual(3);
  await expectClean(page, errors);
});

test('the random search finds no line with all four, and URL state survives a reload; junk gives a notice', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await frame.getByRole('button', { name: /^Try 10,000 random lines/ }).click();
  await expect(frame.locator('.nn-xl-tally')).toContainText('all four hold for 0,');

  await frame.getByRole('button', { name: 'NAND', exact: true }).click();
  await expect(page).toHaveURL(/xor-line\.b=1\.5/);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect.poll(() => holds(frame)).toEqual(['false', 'true', 'true', 'true']);

  frame = await open(page, 'en', `?${ID}.w1=abc`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(1);
  await expect(frame.locator('.widget-notice-box')).toContainText('abc');
  await expect(live(frame, 'n11')).toHaveText('1.5');
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    await frame.getByRole('button', { name: 'AND', exact: true }).click();
    await expect(live(frame, 's')).toHaveText('−1');
  },
);

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('button', { name: 'NAND', exact: true }).click();
  await expect(live(frame, 'n00')).toHaveText('1.5');
});
