// Issue 10: the input defects a user hits, each reproduced, and the page's answer to a panic.
import fs from 'node:fs';
import { expect, test, open, typeInto, row, leverBox, chart, fold, PLAN_LOADER, unfold } from './helpers.mjs';

test('a typed value and its message survive unrelated changes; chart observers do not pile up', async ({ page }) => {
  // Count live ResizeObservers: constructed minus disconnected.
  await page.addInitScript(() => {
    window.__observers = 0;
    window.__observersMade = 0;
    const Real = window.ResizeObserver;
    window.ResizeObserver = class extends Real {
      constructor(cb) { super(cb); window.__observers += 1; window.__observersMade += 1; }
      disconnect() { window.__observers -= 1; return super.disconnect(); }
    };
  });
  const errors = await open(page, '?plan=jiaohe');
  // The observers the page keeps: the chart's, and the sticky summary's height.
  const kept = await page.evaluate(() => [window.__observers, window.__observersMade]);
  const box = leverBox(page, 'nurses');
  await box.fill('abc');
  const message = page.locator('#lever-nurses-error');
  await expect(message).toContainText('请输入数字');
  for (const ind of ['nurses_per_1000', 'physicians_per_1000', 'beds_per_1000']) {
    await page.selectOption('[data-chart-indicator]', ind);
    await expect(chart(page)).toHaveAttribute('data-chart-shows', ind);
  }
  // Still as the user left it, and still after leaving the box: the typo stays to be corrected,
  // marked invalid, while the model keeps the last good value (issue 16 §3).
  await expect(box).toHaveValue('abc');
  await expect(message).toContainText('请输入数字');
  await box.press('Tab');
  await expect(box).toHaveValue('abc');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(message).toContainText('请输入数字');
  await expect(page.locator('input[type=range][data-quantity="nurses"]')).toHaveValue('1042');
  for (let i = 0; i < 4; i++) await page.click('[data-action="toggle-benchmarks"]');
  await expect(chart(page)).toBeVisible();
  // One chart, one observer, however often the indicator or the comparisons change.
  expect(kept).toEqual([2, 2]); // the chart and the sticky summary
  expect(await page.evaluate(() => [window.__observers, window.__observersMade])).toEqual(kept);
  expect(errors).toEqual([]);
});

test('two tabs saving scenarios keep each other’s', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, '?plan=jiaohe');
  await open(b, '?plan=jiaohe');
  const save = async (page, name) => {
    await page.click('[data-action="scenarios"]');
    await page.locator('[data-scenario-name]').fill(name);
    await page.click('[data-action="save-scenario"]');
    await expect(page.locator(`li[data-scenario="${name}"]`)).toBeVisible();
    await page.keyboard.press('Escape');
  };
  await save(a, '甲方案');
  await save(b, '乙方案');
  // Tab a hears of tab b's save, and its own is still stored.
  await a.click('[data-action="scenarios"]');
  await expect(a.locator('li[data-scenario]')).toHaveCount(2);
  const stored = await a.evaluate(() => JSON.parse(localStorage.getItem('hps.scenarios.v1')).map((s) => s.name));
  expect(stored.sort()).toEqual(['乙方案', '甲方案']);
  // A delete in one tab is a delete in the other.
  await a.locator('li[data-scenario="甲方案"] [data-action="delete-scenario"]').click();
  await b.click('[data-action="scenarios"]');
  await expect(b.locator('li[data-scenario]')).toHaveCount(1);
});

test('plan files: a BOM is fine, a misspelt key is named with a suggestion, a year after 2035 is refused', async ({ page }) => {
  const errors = await open(page);
  await unfold(page, PLAN_LOADER);
  const example = fs.readFileSync('tests/e2e/fixtures/example-plan.json', 'utf8');
  await page.setInputFiles('[data-plan-file]', {
    name: 'notepad.json', mimeType: 'application/json', buffer: Buffer.from('\ufeff' + example, 'utf8'),
  });
  await expect(fold(page, PLAN_LOADER).getByRole('status')).toContainText('示例县');
  const plan = JSON.parse(example);
  plan.id = 'example-misspelt';
  plan.targets[0].comparison.tolerence = 0.1;
  plan.targets[1].year = 2040;
  await page.locator('[data-plan-paste]').fill(JSON.stringify(plan));
  await page.click('[data-action="load-plan"]');
  const problems = page.locator('[data-plan-errors]');
  await expect(problems).toContainText('targets[0].comparison.tolerence');
  await expect(problems).toContainText('是否应为“tolerance”');
  await expect(problems).toContainText('targets[1].year');
  await expect(problems).toContainText('2000–2035');
  expect(errors).toEqual([]);
});

test('numbers as Chinese readers write them: 万, full-width digits; a zero population is refused', async ({ page }) => {
  const errors = await open(page, '?plan=jiaohe');
  const pop = leverBox(page, 'population');
  await typeInto(pop, '32万');
  await expect(pop).toHaveValue('320000');
  await typeInto(pop, '32.89万');
  await expect(pop).toHaveValue('328900');
  const beds = leverBox(page, 'beds_total');
  await typeInto(beds, '２３００');
  await expect(beds).toHaveValue('2300');
  // Zero people: a clear message, the last good value kept, the targets still judged.
  await pop.fill('0');
  await expect(page.locator('#lever-population-error')).toContainText('人口必须大于零');
  await expect(page.locator('#lever-population-error')).toContainText('32.89万');
  await expect(row(page, 'beds-2025')).not.toHaveAttribute('data-status', 'na');
  await pop.press('Tab');
  await expect(pop).toHaveValue('0');
  await expect(pop).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('input[type=range][data-quantity="population"]')).toHaveValue('328900');
  expect(errors).toEqual([]);
});

test('a panic shows a plain message and a reload link instead of a frozen page', async ({ page }) => {
  await open(page, '?plan=sichuan&physicians=250000');
  await expect(page).toHaveURL(/physicians=250000/);
  await page.evaluate(() => { try { window.wasmBindings.crash_for_tests(); } catch (e) { /* the trap */ } });
  const crash = page.locator('#crash[role="alert"]');
  await expect(crash).toBeVisible();
  await expect(crash).toContainText('页面出错');
  await expect(crash).toContainText('Reload');
  await crash.locator('[data-action="reload"]').click();
  // The scenario comes back from the address.
  await expect(page.locator('[data-summary]')).toBeVisible();
  await expect(page.locator('#crash')).toHaveCount(0);
  await expect(leverBox(page, 'physicians')).toHaveValue('250000');
});
