// Issue 5: keyboard, labels, a real table, axe-core, phone width and 200% zoom.
import { expect, test, open, shot, row, scoreboard, valueCell, WHAT_IT_TAKES, unfold } from './helpers.mjs';

async function axe(page) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe-core: no serious or critical violations, main views and dialogs', async ({ page }) => {
  await open(page, '?plan=jiaohe&bench=1&growth_low=-1&growth_high=1');
  await unfold(page, WHAT_IT_TAKES);
  expect(await axe(page)).toEqual([]);
  await page.click('[data-milestone="2035"]');
  expect(await axe(page)).toEqual([]);
  await page.click('[data-action="share"]');
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.click('[data-action="present"]');
  expect(await axe(page)).toEqual([]);
});

test('axe-core on a plan without a baseline, in English, at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '?plan=guiyang-2023&lang=en');
  expect(await axe(page)).toEqual([]);
});

test('keyboard: reach a slider with Tab, move it with the arrow keys, focus is visible', async ({ page }) => {
  await open(page);
  const slider = page.locator('input[type=range][data-quantity="beds_total"]');
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await slider.evaluate((el) => el === document.activeElement);
  }
  expect(found).toBe(true);
  const outline = await slider.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('2243');
  await page.keyboard.press('PageUp');
  await expect(slider).not.toHaveValue('2243');
  await expect(valueCell(row(page, 'beds-2025'))).not.toHaveText('6.82');
  // The slider announces its value with its unit.
  await expect(slider).toHaveAttribute('aria-valuetext', /张/);
  // The scoreboard is a real table with column and row headers.
  await expect(scoreboard(page).getByRole('table').locator('thead th[scope="col"]')).toHaveCount(6);
  await expect(row(page, 'beds-2025').locator('th[scope="row"]')).toHaveCount(1);
});

for (const [name, width, height] of [['phone-390', 390, 844], ['zoom-200pct', 640, 400]]) {
  test(`usable at ${name}: nothing wider than the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await open(page, '?plan=jiaohe&chart=beds_per_1000');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shot(page, `layout-${name}`);
    await page.locator('#scoreboard-title').scrollIntoViewIfNeeded();
    await shot(page, `layout-${name}-scoreboard`);
  });
}
