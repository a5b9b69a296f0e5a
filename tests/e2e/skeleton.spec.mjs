// Issue 2: Jiaohe's 2025 targets judged live at its 2020 baseline.
import { expect, test, open, shot, typeInto, row, leverBox, planTitle, leversPanel, scoreboard, standardsPanel } from './helpers.mjs';

test('opens on Jiaohe at its baseline with no console error', async ({ page }) => {
  const errors = await open(page);
  await expect(planTitle(page)).toContainText('蛟河市');
  await expect(leverBox(page, 'population')).toHaveValue('328925');
  await expect(leverBox(page, 'beds_total')).toHaveValue('2242');
  await expect(page.locator('[data-summary]')).toContainText('2025');
  expect(errors).toEqual([]);
});

test('beds per 1,000: 7.97 by 2025 at the national pace, 6.82 and missed held flat, and the needed beds meet it', async ({ page }) => {
  // The newest data with the population held flat: these figures are the beds' alone.
  const errors = await open(page, '?v=2&ed=2&growth=0');
  const beds = row(page, 'beds-2025');
  // 2,242 beds in 2020 plus the national pace (+0.2325 per 1,000 a year × 328,925 = 76 beds a
  // year) for five years: 2,622 beds, 7.97 per 1,000, inside the 8.2左右 band.
  await expect(beds.locator('td').first()).toHaveText('7.97');
  await expect(beds).toHaveAttribute('data-status', 'band');
  await expect(page.locator('[data-lever="beds_total"] [data-yearly]')).toHaveAttribute('data-yearly', '76');
  // Held flat, the plan's own 2020 figure stays 6.82 and misses.
  await page.locator('select[data-pace="beds_total"]').selectOption('flat');
  await expect(beds.locator('td').first()).toHaveText('6.82');
  await expect(beds).toHaveAttribute('data-status', 'missed');
  const needed = await beds.getAttribute('data-needed');
  expect(Number(needed)).toBe(2698); // 8.2 × 328,925 / 1,000 = 2,697.2, rounded up
  await expect(beds.locator('.gap-main')).toContainText('+456');
  await typeInto(leverBox(page, 'beds_total'), needed);
  await expect(beds).toHaveAttribute('data-status', 'met');
  await expect(beds.locator('td').first()).toHaveText('8.20');
  // The slider moved with the box.
  await expect(page.locator('input[type=range][data-quantity="beds_total"]')).toHaveValue('2698');
  expect(errors).toEqual([]);
});

test('every row carries the hooks automation relies on', async ({ page }) => {
  await open(page);
  const rows = page.locator('tr[data-target]');
  expect(await rows.count()).toBeGreaterThan(15);
  for (const status of await rows.evaluateAll((rs) => rs.map((r) => r.dataset.status))) {
    expect(['met', 'band', 'missed', 'over', 'na']).toContain(status);
  }
  await expect(row(page, 'gps-2025')).toHaveAttribute('data-status', 'met');
  await expect(row(page, 'beds-private-2025')).toHaveAttribute('data-status', 'over');
});

test('a bad typed value shows a message and keeps the last good value', async ({ page }) => {
  const errors = await open(page, '?v=2&ed=2&growth=0');
  const box = leverBox(page, 'beds_total');
  const message = page.locator('#lever-beds_total-error');
  for (const [text, expected] of [['abc', '请输入数字'], ['-5', '不能为负数'], ['12.5', '请输入整数'], ['999999999999', '数值过大']]) {
    await box.fill(text);
    await expect(message).toContainText(expected);
    await expect(message).toContainText('2,242');
    await expect(row(page, 'beds-2025').locator('td').first()).toHaveText('7.97');
  }
  // Leaving the box keeps the typo to correct (issue 16 §3); the model still has 2,242.
  await box.press('Tab');
  await expect(box).toHaveValue('999999999999');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('input[type=range][data-quantity="beds_total"]')).toHaveValue('2242');
  await box.fill('2300');
  await expect(message).toBeEmpty();
  // (2,300 + 5 × 76) / 328,925 × 1,000 = 8.15
  await expect(row(page, 'beds-2025').locator('td').first()).toHaveText('8.15');
  // A lever with no value: its targets say which value is missing, the page does not break.
  await typeInto(leverBox(page, 'beds_total'), '');
  await expect(row(page, 'beds-2025')).toHaveAttribute('data-status', 'na');
  await expect(row(page, 'beds-2025').locator('.gap-main')).toContainText('医疗卫生机构床位');
  expect(errors).toEqual([]);
});

test('desktop and phone layouts: levers beside the results, then below the scoreboard; nothing overflows', async ({ page }) => {
  await open(page);
  const top = (part) => part.first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const left = (part) => part.first().evaluate((el) => el.getBoundingClientRect().left);
  const levers = leversPanel(page);
  // Desktop: the levers are a column to the left of the scoreboard.
  expect(await left(levers)).toBeLessThan(await left(scoreboard(page)));
  await shot(page, 'skeleton-desktop-1280x800');
  await page.setViewportSize({ width: 390, height: 844 });
  // Phone: one column, the scoreboard and the standards before the levers, no sideways scroll.
  await expect.poll(() => left(levers)).toBeLessThan(30);
  expect(await top(scoreboard(page))).toBeLessThan(await top(standardsPanel(page)));
  expect(await top(standardsPanel(page))).toBeLessThan(await top(levers));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, 'skeleton-phone-390x844');
  await page.locator('#scoreboard-title').scrollIntoViewIfNeeded();
  await shot(page, 'skeleton-phone-390x844-scoreboard');
});
