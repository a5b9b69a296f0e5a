// Issue 25: after 2025. Passed targets judged on what was reported, beside what the pace had
// projected; the 2030 milestone; a region's bulletin pasted into an open plan, its figures used
// by the rows and carried in the link to a browser that has never seen them.
import fs from 'node:fs';
import { expect, test, open, live, shot, leverBox, row, summaryMain, fold, newContext, unfold } from './helpers.mjs';

const BULLETIN = /^(添加统计公报数据|Add reported figures)$/;
const bulletinPanel = (page) => fold(page, BULLETIN);

test('China on the newest data: 2025 judged on the bulletin, the projection beside it; the 2030 view', async ({ page }) => {
  const errors = await open(page, '?plan=china&ed=latest');
  const phys = row(page, 'physicians-2025');
  await expect(phys).toHaveAttribute('data-basis', 'reported');
  await expect(phys).toHaveAttribute('data-status', 'met');
  await expect(phys.getByRole('cell').first()).toHaveText('3.78');
  // The report's source and what the pace from 2024 had predicted, beside it.
  await expect(phys.locator('[data-basis-note]')).toContainText('2025年我国卫生健康事业发展统计公报');
  await expect(phys.locator('[data-basis-note]')).toContainText('可信度中等');
  await expect(phys.locator('[data-basis-note]')).toContainText('按2024年起的近年速度预计');
  const nurses = row(page, 'nurses-2025');
  await expect(nurses).toHaveAttribute('data-basis', 'reported');
  await expect(nurses.getByRole('cell').first()).toHaveText('4.32');
  // The doctor : nurse ratio computed from the two reported counts (606.2万 ÷ 530.6万), and
  // saying so: 1 : 1.14 against the 1 : 1.2 goal.
  const ratio = row(page, 'doctor-nurse-2025');
  await expect(ratio).toHaveAttribute('data-basis', 'reported');
  await expect(ratio).toHaveAttribute('data-status', 'missed');
  await expect(ratio.getByRole('cell').first()).toHaveText('1:1.14');
  await expect(ratio.locator('[data-basis-note]')).toContainText('由统计数字计算');
  // No report for TCM physicians: projected, and it says so.
  const tcm = row(page, 'tcm-physicians-2025');
  await expect(tcm).toHaveAttribute('data-basis', 'projected');
  await expect(tcm.locator('[data-basis-note]')).toContainText('尚无2025年统计数据');
  // The summary: of the targets due by 2025, how many the reports met and missed, how many
  // have no report yet.
  await expect(summaryMain(page)).toContainText('2025年已过:3项按统计数据判断(达标 2,未达标 1),3项尚无统计数据');
  await shot(page, 'after-2025-china-desktop');
  // 2030: the 15th Five-Year targets, judged with gaps and first-met years.
  await page.click('[data-milestone="2030"]');
  await expect(page.locator('[data-milestone="2030"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]milestone=2030(&|$)/);
  const lic = row(page, 'licensed-physicians-2030');
  await expect(lic).toHaveAttribute('data-basis', 'projected');
  await expect(lic.getByRole('cell').nth(1)).toContainText('3.7');
  await expect(lic).toHaveAttribute('data-status', 'missed');
  await expect(lic.locator('.gap-main')).toContainText('需');
  const n2030 = row(page, 'nurses-2030');
  await expect(n2030.getByRole('cell').nth(1)).toContainText('5.1');
  await expect(n2030).toHaveAttribute('data-first-met', /^20(2[6-9]|30)$/);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'after-2025-china-2030-phone');
  expect(errors).toEqual([]);
});

test('before 2025 ended, the same page projected every 2025 target', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2025-06-01T10:00:00+08:00'));
  const errors = await open(page, '?plan=china&ed=latest');
  for (const id of ['physicians-2025', 'nurses-2025', 'doctor-nurse-2025']) {
    await expect(row(page, id)).toHaveAttribute('data-basis', 'projected');
    await expect(row(page, id).locator('[data-basis-note]')).toHaveCount(0);
  }
  await expect(summaryMain(page)).not.toContainText('已过');
  expect(errors).toEqual([]);
});

test("a bulletin pasted into Jiaohe adds its 2023 figures; the rows use them; the link carries them", async ({ page, browser }) => {
  const errors = await open(page, '?plan=jiaohe&ed=latest');
  const beds = leverBox(page, 'beds_total');
  await expect(beds).toHaveValue('2242');
  await unfold(page, BULLETIN);
  const panel = bulletinPanel(page);
  await panel.locator('[data-bulletin-text]').fill(fs.readFileSync('tests/e2e/fixtures/jiaohe-bulletin.txt', 'utf8'));
  await panel.locator('[data-action="bulletin-read"]').click();
  const review = panel.locator('[data-import-review]');
  await expect(review).toBeVisible();
  // The figures read, each with its year and words; the comparison year (比上年) is not theirs.
  const bedsRow = review.locator('tr[data-indicator="beds_total"]');
  await expect(bedsRow).toHaveAttribute('data-year', '2023');
  await expect(bedsRow).toHaveAttribute('data-value', '2415');
  await shot(page, 'bulletin-review-desktop');
  await panel.locator('[data-action="import-add-statistics"]').click();
  await expect(panel.locator('[data-bulletin-added]')).toBeVisible();
  await expect(panel.locator('[data-added-figures]')).toContainText('2415');
  // The levers now start in 2023, beds and nurses from the bulletin (its 年末 reaches the
  // sentence after it); a lever it does not name is not said to come from it.
  await expect(beds).toHaveValue('2415');
  await expect(page.locator('[data-lever="beds_total"] [data-lever-source]')).toContainText('2023');
  await expect(page.locator('[data-lever="beds_total"] [data-lever-source]')).toContainText('你添加的统计数据');
  await expect(leverBox(page, 'nurses')).toHaveValue('910');
  await expect(page.locator('[data-lever="nurses"] [data-lever-source]')).toContainText('你添加的统计数据');
  await expect(page.locator('[data-lever="psych_physicians"] [data-lever-source]')).toHaveCount(1);
  await expect(page.locator('[data-lever="psych_physicians"] [data-lever-source]')).not.toContainText('你添加的统计数据');
  await expect(page).toHaveURL(/[?&]st=[A-Za-z0-9_-]+/);
  const statuses = async (p) => p.locator('tr[data-target]').evaluateAll((rs) => rs.map((r) => `${r.dataset.target}=${r.dataset.status}`));
  const expected = await statuses(page);
  await page.click('[data-action="share"]');
  const link = await page.locator('[data-share-link]').inputValue();
  expect(link).toMatch(/[?&]st=/);
  await page.keyboard.press('Escape');

  // A browser that has never seen them: the same levers and verdicts.
  const context = await newContext(browser, { locale: 'zh-CN' });
  const other = await context.newPage();
  await other.goto(link);
  await live(other);
  await expect(leverBox(other, 'beds_total')).toHaveValue('2415');
  await expect.poll(() => statuses(other)).toEqual(expected);
  await context.close();

  // Taken off again: the plan's own 2020 baseline.
  await panel.locator('[data-action="remove-added"]').click();
  await expect(beds).toHaveValue('2242');
  await expect(page).not.toHaveURL(/[?&]st=/);
  expect(errors).toEqual([]);
});

test("a bulletin about another region, or a year not over, is asked about, not added", async ({ page }) => {
  const errors = await open(page, '?plan=jiaohe&ed=latest');
  await unfold(page, BULLETIN);
  const panel = bulletinPanel(page);
  const read = async (text) => {
    await panel.locator('[data-bulletin-text]').fill(text);
    await panel.locator('[data-action="bulletin-read"]').click();
    await expect(panel.locator('[data-import-review]')).toBeVisible();
  };
  // Another region's bulletin: asked about, nothing added until the user says so.
  await read('吉林市2023年国民经济和社会发展统计公报(测试用的示例文字,不是真实数据)\n年末全市共有医疗卫生机构床位30150张。');
  await expect(panel.locator('[data-ask="region"]')).toContainText('吉林市');
  await panel.locator('[data-action="import-add-statistics"]').click();
  await expect(panel.locator('[data-import-error="problems"]')).toContainText('吉林市');
  await expect(leverBox(page, 'beds_total')).toHaveValue('2242');
  await panel.locator('[data-confirm="region"]').check();
  await panel.locator('[data-action="import-add-statistics"]').click();
  await expect(panel.locator('[data-bulletin-added]')).toBeVisible();
  await expect(leverBox(page, 'beds_total')).toHaveValue('30150');
  // A figure for a year not over (2026, on 2026-12-04): asked about until confirmed.
  await read('截至2026年6月底,蛟河市共有医疗卫生机构床位2450张。(测试用的示例文字,不是真实数据)');
  await expect(panel.locator('tr[data-ask]')).toContainText('该年份尚未结束');
  await panel.locator('[data-action="import-add-statistics"]').click();
  await expect(panel.locator('[data-import-error="problems"]')).toContainText('该年份尚未结束');
  await expect(leverBox(page, 'beds_total')).toHaveValue('30150');
  await panel.locator('tr[data-ask] input[data-confirm]').check();
  await panel.locator('[data-action="import-add-statistics"]').click();
  await expect(leverBox(page, 'beds_total')).toHaveValue('2450');
  expect(errors).toEqual([]);
});
