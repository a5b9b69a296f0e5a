// Issue 9: the first screen comes first and the rest follows; tables that read the report row by
// row stay exactly what a fresh page computes, however the user got there.
import { expect, test, open, typeInto, leverBox } from './helpers.mjs';

test('the page is built a part per task: the first rows first, the rest of the first screen next, the panels below last', async ({ page }) => {
  // What was in the page when the first scoreboard row appeared, and when the first screen was
  // complete (`<html data-live>`).
  await page.addInitScript(() => {
    // The live page only (the first screen painted at build time is a copy beside it).
    const count = () => {
      const n = (sel) => document.querySelectorAll(`body > .app ${sel}`).length;
      return {
        levers: n('input.lever-box'),
        rows: n('tr[data-target]'),
        standards: n('[data-standards]'),
        quotes: n('details.quote blockquote'),
        folded: n('details.levers-without-data input'),
      };
    };
    new MutationObserver(() => {
      if (!window.__first && document.querySelector('[data-target]')) window.__first = count();
      if (!window.__live && document.documentElement.hasAttribute('data-live')) window.__live = count();
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  const errors = await open(page, '?plan=jiaohe');
  const first = await page.evaluate(() => window.__first);
  expect(first.rows).toBe(3);
  expect(first).toMatchObject({ levers: 0, standards: 0, quotes: 0, folded: 0 });
  // The first screen complete: every row and lever, before any panel below.
  const live = await page.evaluate(() => window.__live);
  expect(live.rows).toBe(25);
  expect(live.levers).toBeGreaterThan(10);
  expect(live.quotes).toBeGreaterThanOrEqual(25);
  expect(live.standards).toBe(0);
  // Then every part is there, so find-in-page and printing see the whole page.
  await expect(page.locator('[data-standards]')).toHaveCount(1);
  await expect(page.locator('[data-levers-without-data]').getByRole('textbox', { includeHidden: true }).and(page.locator('[data-quantity]')).first()).toBeAttached();
  expect(await page.locator('tr[data-target]').getByRole('blockquote', { includeHidden: true }).count()).toBeGreaterThanOrEqual(25);
  expect(errors).toEqual([]);
});

test('the panels below the first screen wait for the first action, or five seconds', async ({ page }) => {
  await page.goto('./?plan=jiaohe');
  await expect(page.locator('html[data-live]')).toHaveCount(1);
  await page.waitForTimeout(500);
  await expect(page.locator('[data-standards]')).toHaveCount(0);
  await expect(page.locator('html[data-ready]')).toHaveCount(0);
  await page.mouse.wheel(0, 400);
  await expect(page.locator('[data-standards]')).toHaveCount(1);
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  // Untouched, they come anyway (a screen reader's cursor moves no focus).
  await page.goto('./?plan=sichuan');
  await expect(page.locator('html[data-live]')).toHaveCount(1);
  await expect(page.locator('html[data-ready]')).toHaveCount(1, { timeout: 8000 });
});

/** Every row the scoreboard, the 2035 table and the overview show, as text and status. */
async function tables(page) {
  await expect(page.locator('tr[data-overview]').first()).toBeAttached();
  return page.evaluate(() => {
    const rows = (sel, key) => [...document.querySelectorAll(sel)].map((tr) =>
      [tr.getAttribute(key), tr.dataset.status ?? '', [...tr.querySelectorAll('td')].map((td) => `${td.className}|${td.textContent}`).join(' / ')].join(' '));
    return {
      scoreboard: rows('tr[data-target]', 'data-target'),
      held: rows('tr[data-held]', 'data-held'),
      overview: rows('tr[data-overview]', 'data-overview'),
    };
  });
}

test('after slider moves and plan switches the tables equal a fresh page of the same link', async ({ page, context }) => {
  const errors = await open(page, '?plan=jiaohe');
  await typeInto(leverBox(page, 'beds_total'), '2600');
  await page.selectOption('#plan-picker', 'baoding');
  await expect(page.locator('tr[data-target]').first()).toBeAttached();
  await page.selectOption('#plan-picker', 'jiaohe');
  await expect(page.locator('tr[data-target="beds-2025"]')).toBeAttached();
  await page.click('[data-milestone="2035"]');
  await expect(page.locator('tr[data-held]').first()).toBeAttached();
  // Changes after the last rebuild of the tables: only the rows' own updates show them.
  const before = await tables(page);
  await typeInto(leverBox(page, 'nurses'), '1500');
  const slider = page.locator('input[type=range][data-quantity="beds_total"]');
  await slider.fill('2300');
  await expect.poll(async () => (await tables(page)).held).not.toEqual(before.held);
  const here = await tables(page);
  expect(here.held.length).toBeGreaterThan(5);
  expect(here.overview.length).toBe(25);

  // The same link in a new page: computed from scratch, no row carried over from another plan.
  // The address is written a moment after the last change (it is throttled).
  await expect.poll(() => page.url()).toContain('nurses=1500');
  await expect.poll(() => page.url()).toContain('beds_total=2300');
  await expect.poll(() => page.url()).toContain('milestone=2035');
  const fresh = await context.newPage();
  await open(fresh, page.url().replace(/^.*\/\?/, '?'));
  await expect(fresh.locator('tr[data-held]').first()).toBeAttached();
  expect(await tables(fresh)).toEqual(here);
  expect(errors).toEqual([]);
});
