// Issues 4 and 8: growth over time, the recent pace, milestones, what it takes, charts, benchmarks, uncertainty.
import { expect, test, open, shotOf, typeInto, row, leverBox, chart, chartPanel, scoreboard, fold, WHAT_IT_TAKES, METHOD_NOTES, unfold } from './helpers.mjs';

test('growth and yearly additions move statuses and the first-met year; 2035 judges the held standard', async ({ page }) => {
  // The newest data with the population held flat, until the test sets its growth.
  const errors = await open(page, '?v=2&ed=2&growth=0');
  const beds = row(page, 'beds-2025');
  // At the national pace (+76 beds a year) the band is entered in 2025; held flat, never.
  await expect(beds).toHaveAttribute('data-first-met', '2025');
  await page.locator('select[data-pace="beds_total"]').selectOption('flat');
  await expect(beds).toHaveAttribute('data-first-met', 'none');
  await page.locator('[data-growth="beds_total"]').fill('100');
  await expect(page.locator('select[data-pace="beds_total"]')).toHaveValue('own');
  // 2,242 + 100 a year enters the 7.79–8.61 band in 2024 and reaches 8.2 in 2025.
  await expect(beds).toHaveAttribute('data-first-met', '2024');
  await expect(beds).toHaveAttribute('data-status', 'met');
  await page.click('[data-milestone="2035"]');
  // By 2035 there are 3,742 beds: 11.38 per 1,000, far over the band.
  const held = page.locator('tr[data-held="beds-2025"]');
  await expect(held).toHaveAttribute('data-status', 'over');
  // Its cells: 规划目标, 到期时数值, 2035年数值, … — the 2035 value is the third.
  await expect(held.getByRole('cell').nth(2)).toHaveText('11.38');
  // A shrinking region: −3% a year, and the same beds are over the band already by 2025.
  await page.click('[data-milestone="2025"]');
  await page.locator('[data-growth="population"]').fill('-3');
  await expect(beds).toHaveAttribute('data-status', 'over');
  await expect(beds).toHaveAttribute('data-first-met', '2022'); // 2,442 beds / 309,482 people = 7.89
  // Populations set for 2025 and 2035 instead of a rate.
  await page.locator('input[name="growth-mode"][value="points"]').check();
  await typeInto(page.locator('[data-growth-year="2025"]'), '300000');
  await expect(beds).toHaveAttribute('data-status', 'over');
  await typeInto(page.locator('[data-growth-year="2025"]'), '340000'); // 2,742 / 340,000 = 8.06
  await expect(beds).toHaveAttribute('data-status', 'band');
  expect(errors).toEqual([]);
});

test('the pace decides when a target is first met: recent, flat and ones own', async ({ page }) => {
  const errors = await open(page, '?plan=jiaohe');
  const nurses = row(page, 'nurses-2025');
  const pace = page.locator('select[data-pace="nurses"]');
  await expect(pace).toHaveValue('recent');
  // 1,042 nurses in 2020 and 4.65 per 1,000 wanted: +64 a year (the national pace) gets there
  // in 2028; held flat, never; +100 a year, in 2025.
  await expect(page.locator('[data-lever="nurses"] [data-yearly]')).toHaveAttribute('data-yearly', '64');
  await expect(nurses).toHaveAttribute('data-first-met', '2028');
  await expect(page.locator('[data-lever="nurses"] .pace-note')).toContainText('全国2019—2024年每千人口平均每年 +0.196');
  await pace.selectOption('flat');
  await expect(nurses).toHaveAttribute('data-first-met', 'none');
  await expect(page).toHaveURL(/nurses\.pace=flat/);
  await page.locator('[data-growth="nurses"]').fill('100');
  await expect(nurses).toHaveAttribute('data-first-met', '2025');
  await expect(pace).toHaveValue('own');
  // Clearing one's own figure goes back to the recent pace.
  await page.locator('[data-growth="nurses"]').fill('');
  await expect(pace).toHaveValue('recent');
  await expect(nurses).toHaveAttribute('data-first-met', '2028');
  // The chart shows the chosen pace beside the line with no additions.
  await page.selectOption('[data-chart-indicator]', 'nurses_per_1000');
  await expect(chart(page).locator('polyline')).toHaveCount(2);
  await expect(chart(page)).toContainText('无新增(起点保持不变)');
  expect(errors).toEqual([]);
});

test('what it takes, applied, meets every 2025 target the levers can reach', async ({ page }) => {
  // Before 2025 had ended, on the data of that time: every 2025 target still to be met.
  await page.clock.setFixedTime(new Date('2025-06-01T10:00:00+08:00'));
  const errors = await open(page, '?v=2&ed=2&growth=0');
  await unfold(page, WHAT_IT_TAKES);
  const bedsPlan = page.locator('[data-wit-lever="beds_total"]');
  // 92 beds a year are needed; the national pace gives 76, so 16 more a year.
  await expect(bedsPlan).toHaveAttribute('data-yearly', '92');
  await expect(bedsPlan).toHaveAttribute('data-extra', '16');
  await expect(bedsPlan.locator('.wit-extra')).toContainText('每年多 +16');
  const over = fold(page, WHAT_IT_TAKES).getByRole('paragraph').filter({ hasText: /^以下目标按时达标,但稳定的年增减无法使其保持到2035年/ });
  await expect(over).toContainText('每千人口医疗卫生机构床位数');
  await page.click('[data-action="apply-what-it-takes"]');
  await expect(page.locator('[data-growth="beds_total"]')).toHaveValue('92');
  const statuses = await scoreboard(page).locator('tr[data-target]').evaluateAll((rs) =>
    rs.map((r) => [r.dataset.target, r.dataset.status]));
  expect(statuses.length).toBeGreaterThan(20);
  for (const [id, s] of statuses) {
    // Only targets whose levers have no value (psychiatric staff, children, …) stay unjudged.
    expect(['met', 'na'], id).toContain(s);
  }
  expect(statuses.filter(([, s]) => s === 'met').length).toBeGreaterThanOrEqual(14);
  await expect(page.locator('[data-summary]')).toContainText('达标');
  expect(errors).toEqual([]);
});

test('a growth range runs a seeded sweep: probabilities per target, the same after reload', async ({ page }) => {
  const errors = await open(page, '?plan=jiaohe&beds_total.yearly=90');
  await page.locator('[data-action="toggle-range"]').check();
  await typeInto(page.locator('[data-growth-range="low"]'), '-2');
  await typeInto(page.locator('[data-growth-range="high"]'), '1');
  const beds = row(page, 'beds-2025');
  await expect(beds).toHaveAttribute('data-probability', /^0\.\d+$/);
  const p = Number(await beds.getAttribute('data-probability'));
  expect(p).toBeGreaterThan(0.05);
  expect(p).toBeLessThan(0.95);
  await expect(row(page, 'gps-2025')).toHaveAttribute('data-probability', '1.0000');
  await expect(page.locator('[data-sweep-status]')).toContainText('10000');
  await expect(page).toHaveURL(/growth_low=-2/);
  const url = page.url();
  await page.goto(url);
  await expect(row(page, 'beds-2025')).toHaveAttribute('data-probability', String(p.toFixed(4)));
  expect(errors).toEqual([]);
});

test('national standards always show; the toggle adds the international comparisons only', async ({ page }) => {
  const errors = await open(page, '?plan=sichuan');
  await expect(page.locator('[data-benchmarks]')).toHaveCount(0);
  const phys = page.locator('tr[data-standard="china:physicians-2025"]');
  await expect(phys).toHaveAttribute('data-status', 'met');
  await typeInto(leverBox(page, 'physicians'), '200000');
  await expect(phys).toHaveAttribute('data-status', 'missed');
  await expect(phys.locator('.gap-main')).toContainText('需');
  await page.click('[data-action="toggle-benchmarks"]');
  const panel = page.locator('[data-benchmarks]');
  await expect(panel).toContainText('不是本规划或国家的目标');
  await expect(panel.locator('tr[data-benchmark^="cn-"]')).toHaveCount(0);
  await expect(panel.locator('tr[data-benchmark="oecd-doctors-2021"]')).toBeVisible();
  await expect(panel.locator('tr[data-benchmark="who-sdg-threshold"]').getByRole('note')).toContainText('可信度中等');
  // The 2030 national GP figure is medium confidence and carries its caveat.
  await page.click('[data-milestone="2030"]');
  await expect(page.locator('tr[data-standard="china:gps-2030"]').getByRole('note')).toContainText('可信度中等');
  expect(errors).toEqual([]);
});

test('the method notes show the back-test against the bulletins', async ({ page }) => {
  // The bulletins to 2024 (data edition 2); the newest data runs the series to 2025, below.
  const errors = await open(page, '?v=2&ed=2');
  await unfold(page, METHOD_NOTES);
  const table = page.locator('[data-backtest]');
  // Five density series and the population, from each start that has a later year (issue 16 §2).
  await expect(table.locator('tr[data-backtest-row]')).toHaveCount(17);
  // The population from 2021: the 2020→2021 change (+0.034%) carried on; 2024 projected against
  // the 140,828万 counted.
  const pop = table.locator('tr[data-backtest-row="population:2021"]');
  await expect(pop).toContainText('+0.034%');
  await expect(pop).toContainText('2024:');
  await expect(table.locator('tr[data-backtest-row="population:2020"]')).toContainText('无更早数据');
  // From 2021 the physicians' pace was (3.04 − 2.77) / 2 = +0.135 a year; 2024 projected 3.445
  // against 3.61 reported.
  const r = table.locator('tr[data-backtest-row="physicians_per_1000:2021"]');
  await expect(r).toContainText('+0.135');
  await expect(r).toContainText('2024: −0.16 (−4.6%)');
  await expect(table.locator('tr[data-backtest-row="physicians_per_1000:2019"]')).toContainText('无更早数据');
  // On the newest data the series reach 2025: from 2021, 3.445 + 0.135 = 3.58 projected for 2025
  // against the bulletin's 3.78.
  await page.getByRole('button', { name: '用最新数据打开' }).click();
  await expect(r).toContainText('2025: −0.20 (−5.3%)');
  expect(errors).toEqual([]);
});

test('the chart follows the levers and is legible at desktop and phone widths', async ({ page }) => {
  const errors = await open(page, '?plan=jiaohe&beds_total.yearly=80&growth=-0.5&growth_low=-2&growth_high=1&chart=beds_per_1000');
  const figure = chart(page);
  await expect(figure).toHaveAttribute('data-chart-shows', 'beds_per_1000');
  await expect(figure.locator('polyline')).toHaveCount(2);
  await expect(figure.locator('figcaption')).toContainText('2035年');
  const before = await figure.locator('figcaption').textContent();
  await page.locator('[data-growth="beds_total"]').fill('120');
  await expect(figure.locator('figcaption')).not.toHaveText(before);
  await page.selectOption('[data-chart-indicator]', 'nurses_per_1000');
  await expect(figure).toHaveAttribute('data-chart-shows', 'nurses_per_1000');
  await page.selectOption('[data-chart-indicator]', 'beds_per_1000');
  await shotOf(chartPanel(page), 'chart-desktop-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await shotOf(chartPanel(page), 'chart-phone-390');
  // The overview: one row per computed target, with icons for its year and 2035.
  await expect(page.locator('tr[data-overview]')).toHaveCount(25);
  expect(errors).toEqual([]);
});
