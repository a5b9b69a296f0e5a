// Issue 5: both languages, share links, saved scenarios, undo/redo/reset, compare, presenter
// mode, exports and the print report.
import fs from 'node:fs';
import { expect, test, open, live, shot, typeInto, row, leverBox, valueCell, summaryMain, leversPanel, resetButton, ARTIFACTS, newContext } from './helpers.mjs';

const statuses = (page) => page.locator('tr[data-target]').evaluateAll((rs) => rs.map((r) => `${r.dataset.target}=${r.dataset.status}`));

test.describe('languages', () => {
  test.use({ locale: 'en-US' });
  test('default from the browser, overridden by the link, switched by a button', async ({ page }) => {
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-summary]')).toContainText('targets met');
    await expect(page.locator('[data-lang="en"]')).toHaveAttribute('aria-pressed', 'true');
    await page.click('[data-lang="zh"]');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('[data-summary]')).toContainText('项达标');
    await expect(page).toHaveURL(/lang=zh/);
    await page.goto('./?lang=en&plan=jiaohe');
    await expect(page.locator('[data-summary]')).toContainText('By 2025');
    // Chinese readers get 万 for large counts.
    await page.click('[data-lang="zh"]');
    await expect(resetButton(page.locator('[data-lever="population"]'))).toContainText('32.89万');
  });
});

test('share: the link reproduces the scenario exactly, in a fresh page', async ({ page, browser }) => {
  const errors = await open(page);
  await typeInto(leverBox(page, 'beds_total'), '2698');
  await page.locator('[data-growth="nurses"]').fill('30');
  await page.locator('[data-growth="population"]').fill('-0.7');
  await page.locator('[data-tracked="maternal-mortality"]').fill('11');
  await page.click('[data-milestone="2030"]');
  await page.click('[data-action="share"]');
  const link = await page.locator('[data-share-link]').inputValue();
  for (const part of ['v=2', 'plan=jiaohe', 'beds_total=2698', 'nurses.yearly=30', 'growth=-0.7', 't.maternal-mortality=11', 'milestone=2030', 'lang=zh']) {
    expect(link).toContain(part);
  }
  await shot(page, 'share-dialog');
  const expected = await statuses(page);
  const other = await (await newContext(browser, { locale: 'en-US' })).newPage();
  await other.goto(link);
  await live(other);
  await expect(other.locator('[data-milestone="2030"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(other.locator('[data-summary]')).toContainText('2030');
  expect(await statuses(other)).toEqual(expected);
  await expect(leverBox(other, 'beds_total')).toHaveValue('2698');
  expect(errors).toEqual([]);
});

test('a link fixed today keeps opening the same scenario', async ({ page }) => {
  // Format 1 (before starting values and the recent pace): every lever flat, as it opened then.
  await open(page, '?v=1&plan=jiaohe&lang=en&milestone=2025&beds_total=2698&nurses=1300&beds_total.yearly=0&growth=0&t.maternal-mortality=10');
  await expect(leverBox(page, 'beds_total')).toHaveValue('2698');
  await expect(leverBox(page, 'nurses')).toHaveValue('1300');
  await expect(row(page, 'beds-2025')).toHaveAttribute('data-status', 'met');
  await expect(row(page, 'nurses-2025')).toHaveAttribute('data-status', 'missed');
  await expect(row(page, 'maternal-mortality')).toHaveAttribute('data-status', 'met');
  await expect(page.locator('select[data-pace="nurses"]')).toHaveValue('flat');
  await expect(page.locator('[data-notices]')).toHaveCount(0);
  // The address is rewritten in format 2 and opens the very same scenario.
  const before = await statuses(page);
  await expect(page).toHaveURL(/v=2&/);
  await expect(page).toHaveURL(/nurses\.pace=flat/);
  await page.reload();
  await live(page);
  expect(await statuses(page)).toEqual(before);
  await expect(leverBox(page, 'nurses')).toHaveValue('1300');
});

test('the share link fixed in tests/share.rs opens as it did', async ({ page }) => {
  const errors = await open(page, '?v=1&plan=jiaohe&lang=en&milestone=2035&beds_total=2698&nurses=1300&psych_physicians=&beds_total.yearly=40&gps.yearly=-2&growth=-0.5&growth_low=-2&growth_high=1&seed=7&t.maternal-mortality=10&t.tcm-halls-2022=done&t.mch-level2-2030=not_done&chart=beds_per_1000&bench=1&view=chart');
  await expect(leverBox(page, 'beds_total')).toHaveValue('2698');
  await expect(page.locator('[data-growth="beds_total"]')).toHaveValue('40');
  await expect(page.locator('[data-growth="gps"]')).toHaveValue('-2');
  for (const q of ['nurses', 'physicians', 'public_health_staff']) {
    await expect(page.locator(`select[data-pace="${q}"]`)).toHaveValue('flat');
  }
  await expect(page.locator('[data-growth="population"]')).toHaveValue('-0.5');
  await expect(page.locator('[data-milestone="2035"]')).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('unknown or malformed parameters are ignored with a visible notice; the rest applies', async ({ page }) => {
  await open(page, '?plan=jiaohe&beds_total=lots&colour=blue&nurses=1300&milestone=2040');
  const notices = page.locator('[data-notices]');
  await expect(notices).toContainText('beds_total=lots');
  await expect(notices).toContainText('colour=blue');
  await expect(notices).toContainText('milestone=2040');
  await expect(leverBox(page, 'nurses')).toHaveValue('1300');
  await expect(leverBox(page, 'beds_total')).toHaveValue('2242');
});

test('the current scenario survives a reload even unsaved; named scenarios are saved, renamed, deleted', async ({ page }) => {
  await open(page);
  await typeInto(leverBox(page, 'beds_total'), '2500');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('hps.current.v1'))).toContain('beds_total=2500');
  await page.goto('./');
  await expect(leverBox(page, 'beds_total')).toHaveValue('2500');

  await page.click('[data-action="scenarios"]');
  await page.locator('[data-scenario-name]').fill('高床位');
  await page.click('[data-action="save-scenario"]');
  await expect(page.locator('li[data-scenario="高床位"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await typeInto(leverBox(page, 'beds_total'), '2242');
  await page.reload();
  await live(page);
  await page.click('[data-action="scenarios"]');
  const item = page.locator('li[data-scenario="高床位"]');
  await expect(item).toBeVisible();
  await item.locator('[data-action="rename-scenario"]').click();
  await item.locator('[data-rename-input]').fill('高床位方案');
  await item.locator('[data-action="confirm-rename"]').click();
  const renamed = page.locator('li[data-scenario="高床位方案"]');
  await expect(renamed).toBeVisible();
  await shot(page, 'scenarios-dialog');
  await renamed.locator('[data-action="open-scenario"]').click();
  await expect(leverBox(page, 'beds_total')).toHaveValue('2500');
  await page.click('[data-action="scenarios"]');
  await page.locator('li[data-scenario="高床位方案"] [data-action="delete-scenario"]').click();
  await expect(page.locator('li[data-scenario]')).toHaveCount(0);
});

test('undo and redo by keyboard and buttons; reset to baseline', async ({ page }) => {
  // On edition 1's data, as a workshop link made before 2026-12-01 opens: the population flat.
  await open(page, '?v=2&ed=1&plan=jiaohe');
  const box = leverBox(page, 'beds_total');
  const undo = page.locator('[data-action="undo"]');
  // Each change is one step once the page has been still; wait for the step, not a fixed time.
  await typeInto(box, '2400');
  await expect(undo).toHaveAttribute('data-steps', '1');
  await typeInto(box, '2600');
  await expect(undo).toHaveAttribute('data-steps', '2');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(box).toHaveValue('2400');
  await page.keyboard.press('Control+z');
  await expect(box).toHaveValue('2242');
  await page.keyboard.press('Control+Shift+z');
  await expect(box).toHaveValue('2400');
  await page.click('[data-action="redo"]');
  await expect(box).toHaveValue('2600');
  await page.click('[data-action="undo"]');
  await expect(box).toHaveValue('2400');
  await page.click('[data-action="reset"]');
  await expect(box).toHaveValue('2242');
  // Back to where the plan starts: its 2020 beds at the national pace.
  await expect(valueCell(row(page, 'beds-2025'))).toHaveText('7.97');
});

test('compare two scenarios side by side with the differences highlighted', async ({ page }) => {
  await open(page, '?plan=jiaohe&beds_total.pace=flat&nurses.pace=flat&physicians.pace=flat');
  await page.click('[data-action="scenarios"]');
  await page.locator('[data-scenario-name]').fill('基线');
  await page.click('[data-action="save-scenario"]');
  await page.keyboard.press('Escape');
  await typeInto(leverBox(page, 'beds_total'), '2698');
  await typeInto(leverBox(page, 'nurses'), '1530');
  await page.click('[data-action="compare"]');
  await page.selectOption('#compare-a', '基线');
  await page.selectOption('#compare-b', 'current');
  const differing = page.locator('tr[data-compare][data-differs="true"]');
  await expect(differing).toHaveCount(3);
  await expect(page.locator('tr[data-compare="beds-2025"]')).toHaveAttribute('data-status-b', 'met');
  await expect(page.locator('tr[data-compare="beds-2025"]')).toHaveAttribute('data-status-a', 'missed');
  await expect(page.locator('[data-compare-summary]')).toContainText('3 项状态不同');
  await shot(page, 'compare-dialog');
});

test('presenter mode: large type, high contrast, shortcuts on the ? overlay', async ({ page }) => {
  await open(page, '?plan=jiaohe&chart=beds_per_1000&beds_total.yearly=80');
  await page.click('[data-action="present"]');
  await expect(page.locator('.app')).toHaveClass(/presenting/);
  const size = await summaryMain(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(40);
  await page.keyboard.press('l');
  await expect(leversPanel(page, { includeHidden: true })).toBeHidden();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'presenter-1920x1080');
  await page.keyboard.press('2');
  await expect(page.locator('[data-milestone="2030"]')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('3');
  await expect(page.locator('[data-milestone="2035"]')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('?');
  const help = page.locator('[data-shortcuts]');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Ctrl+Z');
  await shot(page, 'help-overlay');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('p');
  await expect(page.locator('.app')).not.toHaveClass(/presenting/);
});

test('exports: CSV with a BOM, the chart as SVG and PNG, and a printable report', async ({ page }) => {
  await open(page, '?plan=jiaohe&chart=beds_per_1000');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-csv"]')]);
  const bytes = fs.readFileSync(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('beds-2025');
  expect(text).toContain('每千人口医疗卫生机构床位数');
  expect(text).toContain('未达标');
  expect(text).toContain('china:nurses-2025');
  expect(text.split('\r\n').length).toBeGreaterThan(60);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-svg"]')]);
  const svgText = fs.readFileSync(await svg.path(), 'utf8');
  expect(svgText).toContain('<svg');
  expect(svgText).toContain('polyline');
  fs.copyFileSync(await svg.path(), `${ARTIFACTS}/chart-export.svg`);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-png"]')]);
  const pngBytes = fs.readFileSync(await png.path());
  expect([...pngBytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  expect(pngBytes.length).toBeGreaterThan(10_000);
  fs.copyFileSync(await png.path(), `${ARTIFACTS}/chart-export.png`);
  // The report the print dialog shows.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const report = page.locator('#print-report');
  await expect(report).toBeVisible();
  await expect(report).toContainText('蛟河市“十四五”医疗卫生服务体系规划');
  await expect(report).toContainText('到2025年,每千人口医疗卫生机构床位数的预期性指标为8.2张左右');
  // Jiaohe's 61 targets due by 2025 and the 6 national standards it inherits for 2025.
  await expect(report.locator('tbody tr')).toHaveCount(67);
  await expect(report).toContainText('china:nurses-2025');
  await expect(report).toContainText('全国 · 每千人口注册护士数');
  await expect(leversPanel(page, { includeHidden: true })).toBeHidden();
  await page.pdf({ path: `${ARTIFACTS}/print-report.pdf` });
  await shot(page, 'print-report', { fullPage: false });
});
