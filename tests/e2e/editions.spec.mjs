// Issue 16: links keep their numbers when the data improves; the regions' own statistics and the
// population's recent pace; a typo stays in its box.
import fs from 'node:fs';
import { expect, test, open, shot, row, leverBox } from './helpers.mjs';

// What the native model opened these links to before the 2026-12-01 statistics (edition 1),
// written by tests/suite/editions.rs from the data as it stood then.
const EDITION_1 = JSON.parse(fs.readFileSync('tests/fixtures/links-edition-1.json', 'utf8'));

/** Every lever box's value and every shown row's status, as the page has them. */
async function onScreen(page) {
  // The lever boxes (the textboxes with a quantity; the sliders share the hook).
  const levers = await page.getByRole('textbox').and(page.locator('[data-quantity]')).evaluateAll(
    (bs) => Object.fromEntries(bs.map((b) => [b.dataset.quantity, b.value])),
  );
  const rows = await page.locator('tr[data-target]').evaluateAll(
    (rs) => Object.fromEntries(rs.map((r) => [r.dataset.target, r.dataset.status])),
  );
  return { levers, rows };
}

const STATUS = { Met: 'met', Band: 'band', Missed: 'missed', Over: 'over', NotAssessable: 'na' };

for (const link of ['v=2&plan=sichuan', 'v=2&plan=zhejiang-2024&physicians=300000&nurses.yearly=5000&beds_total.pace=flat&growth=-0.2', 'v=2&plan=jiaohe&beds_total=2698&nurses=1300&growth=-0.5&t.maternal-mortality=10']) {
  test(`a link made before editions opens with the numbers it had: ${link}`, async ({ page }) => {
    const errors = await open(page, `?${link}`);
    const then = EDITION_1[link];
    const { levers, rows } = await onScreen(page);
    for (const [id, value] of then.levers) {
      if (id in levers) expect(levers[id], id).toBe(value === null ? '' : String(value));
    }
    for (const [id, year, status] of then.rows) {
      if (year <= 2025 && id in rows) expect(rows[id], id).toBe(STATUS[status]);
    }
    // A quiet line offers the newest data; the link says which edition it is on.
    const notice = page.locator('[data-edition-notice]');
    await expect(notice).toContainText('第 1 版数据');
    await expect(page).toHaveURL(/[?&]ed=1(&|$)/);
    expect(errors).toEqual([]);
  });
}

test('open with the latest data: Sichuan then starts from its own 2023 figures, with their caveat', async ({ page }) => {
  const errors = await open(page, '?v=2&plan=sichuan&nurses=300000');
  const physicians = leverBox(page, 'physicians');
  const before = await physicians.inputValue();
  await page.getByRole('button', { name: '用最新数据打开' }).click();
  await expect(page.locator('[data-edition-notice]')).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]ed=3(&|$)/);
  // 3.34 per 1,000 × 8,374万 = 279,692; the typed nurses stay as typed.
  await expect(physicians).toHaveValue('279692');
  expect(before).not.toBe('279692');
  await expect(leverBox(page, 'nurses')).toHaveValue('300000');
  const source = page.locator('[data-lever="physicians"] [data-lever-source]');
  await expect(source).toContainText('3.34');
  await expect(source).toContainText('人民网四川');
  await expect(page.locator('[data-lever="physicians"]')).toHaveAttribute('data-provenance', 'statistic');
  await shot(page, 'sichuan-latest-desktop');
  expect(errors).toEqual([]);
});

test('a fresh page moves the population at its recent pace, labelled, and it can be held flat', async ({ page }) => {
  const errors = await open(page);
  await expect(page.locator('[data-edition-notice]')).toHaveCount(0);
  const choice = page.locator('select[data-pace="population"]');
  await expect(choice).toHaveValue('recent');
  await expect(choice.locator('option[value="recent"]')).toHaveText('近年变化 −0.94%/年');
  await expect(page.locator('[data-population-pace]')).toContainText('吉林省2023—2024年');
  // Jiaohe shrinking: beds per 1,000 in 2025 above what a flat population gives. The national
  // pace is the bulletins' 2019–2025 (6.30 → 7.15 per 1,000; beds fell in 2025): 47 beds a
  // year on 2,242, so 2,477 beds in 2025, 7.53 per 1,000 for a flat 328,925.
  const cell = row(page, 'beds-2025').getByRole('cell').first();
  await expect(cell).toHaveText('7.90');
  await choice.selectOption('flat');
  await expect(cell).toHaveText('7.53');
  await expect(page).toHaveURL(/[?&]growth=0(&|$)/);
  await page.setViewportSize({ width: 390, height: 844 });
  await choice.scrollIntoViewIfNeeded();
  await shot(page, 'population-pace-phone');
  expect(errors).toEqual([]);
});

test('a link from a newer data edition opens on the newest the page has, with a notice', async ({ page }) => {
  const errors = await open(page, '?v=2&ed=99&plan=zhejiang-2024&lang=en');
  await expect(page.locator('[data-notices]')).toContainText('newer data edition');
  await expect(page.locator('[data-edition-notice]')).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]ed=3(&|$)/);
  expect(errors).toEqual([]);
});

test('a scenario saved before editions keeps its numbers', async ({ page }) => {
  const link = 'v=2&plan=sichuan&nurses.pace=flat&growth=0.5';
  await page.addInitScript((q) => {
    if (!localStorage.getItem('hps.scenarios.v1')) {
      localStorage.setItem('hps.scenarios.v1', JSON.stringify([{ name: '研讨会', query: q }]));
    }
  }, link);
  const errors = await open(page, '?v=2&ed=2&plan=jiaohe');
  await page.click('[data-action="scenarios"]');
  await page.click('[data-action="open-scenario"]');
  await expect(page.locator('#plan-picker')).toHaveValue('sichuan');
  const { levers } = await onScreen(page);
  for (const [id, value] of EDITION_1[link].levers) {
    if (id in levers) expect(levers[id], id).toBe(value === null ? '' : String(value));
  }
  await expect(page.locator('[data-edition-notice]')).toContainText('第 1 版数据');
  expect(errors).toEqual([]);
});

test('a typo stays in its box, marked with its message, until corrected', async ({ page }) => {
  const errors = await open(page, '?v=2&ed=2&plan=jiaohe');
  const box = leverBox(page, 'beds_total');
  await box.fill('1,5OO');
  await box.press('Tab');
  await expect(box).toHaveValue('1,5OO');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#lever-beds_total-error')).toContainText('请输入数字');
  await expect(page.locator('#lever-beds_total-error')).toContainText('2,242');
  await expect(page.locator('input[type=range][data-quantity="beds_total"]')).toHaveValue('2242');
  await box.fill('1,500');
  await box.press('Tab');
  await expect(box).toHaveValue('1500');
  await expect(box).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('#lever-beds_total-error')).toBeEmpty();
  expect(errors).toEqual([]);
});
