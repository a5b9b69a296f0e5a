// Issue 5: the single self-contained HTML file works from file:// with no network.
import path from 'node:path';
import fs from 'node:fs';
import { expect, test, shot, leverBox, planTitle, valueCell } from './helpers.mjs';

const FILE = path.resolve('dist-single/health-plan-simulator.html');

test('the single-file build opens from file:// and simulates', async ({ page }) => {
  expect(fs.existsSync(FILE)).toBe(true);
  // Other plans' build-time first screens are files beside index.html: none to fetch from a file.
  expect(fs.readFileSync(FILE, 'utf-8')).not.toContain('data-src=');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`file://${FILE}?plan=jiaohe`);
  await expect(page.locator('[data-summary]')).toBeVisible();
  const beds = page.locator('tr[data-target="beds-2025"]');
  await expect(valueCell(beds)).toHaveText('7.97');
  await leverBox(page, 'beds_total').fill('2320');
  await expect(beds).toHaveAttribute('data-status', 'met');
  await page.selectOption('#plan-picker', 'guiyang-2023');
  await expect(planTitle(page)).toContainText('贵阳');
  await expect(page.locator('tr[data-standard="guizhou:gps-2025"]')).toHaveAttribute('data-status', 'met');
  for (const url of requests) expect(url).toMatch(/^(file|data|blob):/);
  expect(errors).toEqual([]);
  await shot(page, 'offline-single-file');
});
