// Issue 3: every target of all five plans, the plan picker, tracked targets, and plans users bring.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { open, shot, typeInto, row, leverBox } from './helpers.mjs';

const plans = Object.fromEntries(
  fs.readdirSync('seeds/plans').map((f) => {
    const p = JSON.parse(fs.readFileSync(`seeds/plans/${f}`, 'utf8'));
    return [p.id, p];
  }),
);

// One tracked value and (where the plan has lever targets) one set of lever values per plan.
const cases = {
  // Sichuan and Baoding set no lever target: their levers are judged against national benchmarks.
  sichuan: {
    tracked: ['national-key-specialties-2025', '70', 'met'],
    benchmarks: true,
    levers: [['population', '83670000'], ['physicians', '280000']],
    leverTarget: ['cn-physicians-2025', 'met'],
  },
  baoding: {
    tracked: ['service-standard-2023', '60', 'missed'],
    benchmarks: true,
    levers: [['population', '11500000'], ['nurses', '36000']],
    leverTarget: ['cn-nurses-2025', 'missed'],
  },
  'zhejiang-2024': {
    tracked: ['county-visit-rate', '92', 'met'],
    levers: [['population_served', '1000000'], ['primary_care_workers', '3000']],
    leverTarget: ['primary-workers-2024', 'missed'],
  },
  jiaohe: { tracked: ['maternal-mortality', '10', 'met'], levers: [['beds_total', '2700']], leverTarget: ['beds-2025', 'met'] },
  'guiyang-2023': {
    tracked: ['immunisation', '96', 'met'],
    levers: [['population', '6000000'], ['nursery_places', '21600']],
    leverTarget: ['nursery-2023', 'met'],
  },
};

for (const [id, c] of Object.entries(cases)) {
  test(`plan ${id}: picked, every target shown, a tracked and a lever value judged`, async ({ page }) => {
    const errors = await open(page);
    await page.selectOption('#plan-picker', id);
    await expect(page.locator('.plan-title')).toHaveText(plans[id].title.zh);
    await expect(page).toHaveURL(new RegExp(`plan=${id}`));

    // Every target appears in one of the two milestones.
    const shown = new Set();
    for (const m of ['2025', '2035']) {
      await page.click(`[data-milestone="${m}"]`);
      await expect(page.locator(`[data-milestone="${m}"]`)).toHaveAttribute('aria-pressed', 'true');
      for (const t of await page.locator('tr[data-target]').evaluateAll((rs) => rs.map((r) => r.dataset.target))) shown.add(t);
    }
    expect([...shown].sort()).toEqual(plans[id].targets.map((t) => t.id).sort());

    const [tid, value, status] = c.tracked;
    const target = plans[id].targets.find((t) => t.id === tid);
    await page.click(`[data-milestone="${target.year > 2025 ? '2035' : '2025'}"]`);
    await expect(row(page, tid)).toHaveAttribute('data-status', 'na');
    await expect(row(page, tid)).toContainText('未录入');
    await page.locator(`[data-tracked="${tid}"]`).fill(value);
    await expect(row(page, tid)).toHaveAttribute('data-status', status);
    await expect(page.locator('[data-summary]')).toContainText('已录入 1/');

    if (c.levers) {
      const [lt, ls] = c.leverTarget;
      if (c.benchmarks) await page.click('[data-action="toggle-benchmarks"]');
      const target = c.benchmarks ? page.locator(`tr[data-benchmark="${lt}"]`) : row(page, lt);
      if (!plans[id].baseline) await expect(target).toHaveAttribute('data-status', 'na');
      for (const [q, v] of c.levers) await typeInto(leverBox(page, q), v);
      await expect(target).toHaveAttribute('data-status', ls);
      if (c.benchmarks) await page.click('[data-action="toggle-benchmarks"]');
    }
    await page.click('[data-milestone="2025"]');
    await shot(page, `plan-${id}-desktop`, { fullPage: true });
    expect(errors).toEqual([]);
  });
}

test('a plan with no baseline starts with empty boxes and a hint, never failures', async ({ page }) => {
  await open(page, '?plan=guiyang-2023');
  await expect(leverBox(page, 'population')).toHaveValue('');
  await expect(leverBox(page, 'population')).toHaveAttribute('placeholder', '输入数值');
  for (const s of await page.locator('tr[data-target]').evaluateAll((rs) => rs.map((r) => r.dataset.status))) {
    expect(s).toBe('na');
  }
  await expect(page.locator('.plan-meta')).toContainText('规划未给出基线');
});

test('the plan is in the URL and a link opens it', async ({ page }) => {
  await open(page, '?plan=baoding');
  await expect(page.locator('#plan-picker')).toHaveValue('baoding');
  await expect(page.locator('.plan-title')).toContainText('关于进一步完善医疗卫生服务体系的');
});

test('a broken plan file lists its problems and the app keeps working', async ({ page }) => {
  const errors = await open(page);
  await page.locator('.plan-loader > summary').click();
  await page.locator('[data-plan-paste]').fill(fs.readFileSync('tests/e2e/fixtures/broken-plan.json', 'utf8'));
  await page.click('[data-action="load-plan"]');
  const problems = page.locator('[data-plan-errors]');
  await expect(problems).toBeVisible();
  await expect(problems).toContainText('targets[0].indicator');
  await expect(problems).toContainText('beds_per_million');
  await expect(problems).toContainText('targets[1].id');
  await expect(problems).toContainText('targets[1].year');
  await expect(problems).toContainText('targets[1].comparison.value');
  await expect(problems).toContainText('targets[2].year');
  // Malformed JSON gives its line and column.
  await page.locator('[data-plan-paste]').fill('{\n  "id": "x",\n  oops\n}');
  await page.click('[data-action="load-plan"]');
  await expect(problems).toContainText('第 3 行第 3 列');
  // The plan that was open is still open and still works.
  await expect(page.locator('#plan-picker')).toHaveValue('jiaohe');
  await typeInto(leverBox(page, 'beds_total'), '2698');
  await expect(row(page, 'beds-2025')).toHaveAttribute('data-status', 'met');
  await shot(page, 'plan-loader-errors');
  expect(errors).toEqual([]);
});

test('a plan file of ones own loads from the file picker, survives a reload, and can be removed', async ({ page }) => {
  const errors = await open(page);
  await page.locator('.plan-loader > summary').click();
  await page.setInputFiles('[data-plan-file]', 'tests/e2e/fixtures/example-plan.json');
  await expect(page.locator('.loader-ok')).toContainText('示例县');
  await expect(page.locator('#plan-picker')).toHaveValue('example-county');
  await expect(row(page, 'beds-2025')).toHaveAttribute('data-status', 'missed');
  await expect(page.locator('optgroup[label="我的规划"] option')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('[data-summary]')).toBeVisible();
  await expect(page.locator('#plan-picker')).toHaveValue('example-county');
  await page.locator('.plan-loader > summary').click();
  await page.click('[data-action="remove-plan"][data-plan="example-county"]');
  await expect(page.locator('optgroup[label="我的规划"]')).toHaveCount(0);
  await expect(page.locator('#plan-picker')).not.toHaveValue('example-county');
  expect(errors).toEqual([]);
});
