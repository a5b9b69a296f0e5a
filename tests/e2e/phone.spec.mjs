// Issue 15: a phone layout that starts with the answer, and a first screen painted at build time
// that is only ever shown for the page it is.
import fs from 'node:fs';
import { expect, test, open, live, row, shot, summaryMain, leverBox, typeInto, newContext } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

/** Records, from the first frame on, every summary line the page shows and whether the
 * build-time first screen was ever picked. */
async function watchFirstFrames(page) {
  await page.addInitScript(() => {
    window.__seen = [];
    window.__picked = [];
    const look = () => {
      // A frame can come while the next page is only starting, before its root element.
      if (!document.documentElement) return;
      const picked = document.documentElement.getAttribute('data-first-screen');
      if (picked && !window.__picked.includes(picked)) window.__picked.push(picked);
      for (const s of document.querySelectorAll('.summary-main')) {
        if (s.offsetParent === null) continue; // not displayed
        const text = s.textContent;
        if (text && window.__seen[window.__seen.length - 1] !== text) window.__seen.push(text);
      }
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    // Every frame as well: what a frame paints is what counts.
    const frame = () => { look(); requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  });
}

test('phone: the toolbar is one row, and the plan picker, the summary and the first row are on the first screen', async ({ page }) => {
  await page.setViewportSize(PHONE);
  // Sichuan sets no target the levers compute by 2025: its scoreboard's first line says so.
  for (const query of ['', '?plan=sichuan&growth=0&ed=2', '?plan=china&lang=en', '?plan=china&lang=en&ed=2']) {
    const errors = await open(page, query);
    const tops = await page.getByRole('toolbar').getByRole('button').evaluateAll((bs) =>
      bs.filter((b) => b.offsetParent !== null).map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThanOrEqual(4);
    expect(new Set(tops).size, `toolbar rows for ${query || 'the default page'}`).toBe(1);
    const first = page.locator('tr[data-target], .scoreboard p.empty').first();
    for (const el of [page.locator('#plan-picker'), page.locator('[data-summary]'), first]) {
      // Wholly on the first screen (measured by the box: the table's scroll clip rounds to
      // whole pixels, so an intersection ratio would read 0.998 for a row that fits).
      const box = await el.evaluate((e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: innerHeight }; });
      expect(box.top, `top of ${el} for ${query || 'the default page'}`).toBeGreaterThanOrEqual(0);
      expect(box.bottom, `bottom of ${el} for ${query || 'the default page'}`).toBeLessThanOrEqual(box.height);
    }
    expect(errors).toEqual([]);
  }
});

test('phone: the "More" menu opens, moves and closes by keyboard, and its actions work', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const errors = await open(page);
  const more = page.getByRole('button', { name: /^更多/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  const compare = page.getByRole('toolbar').getByRole('button', { name: '比较' });
  await expect(compare).toBeHidden();
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  // Focus goes to the first action of the list; Tab moves through it.
  await expect(page.getByRole('button', { name: '恢复起点' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '情景' })).toBeFocused();
  await shot(page, 'phone-more-menu');
  await page.keyboard.press('Escape');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(more).toBeFocused();
  await expect(compare).toBeHidden();
  // Open it again and take an action with the keyboard: its dialog opens, the list closes.
  await page.keyboard.press('Space');
  await expect(compare).toBeVisible();
  await expect(page.getByRole('button', { name: '恢复起点' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(compare).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Escape');
  // Wide screens have no "More": every action is in the row.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(more).toBeHidden();
  await expect(compare).toBeVisible();
  expect(errors).toEqual([]);
});

test('a fresh visit is painted before the wasm runs, as the live page, and the live page replaces it', async ({ page }) => {
  const html = fs.readFileSync('dist/index.html', 'utf-8');
  expect(html).toContain('data-first-screen-for="zh"');
  expect(html).toContain('data-first-screen-for="en"');
  await page.setViewportSize(PHONE);
  // Hold the wasm back: what the page shows meanwhile is the build-time first screen.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await watchFirstFrames(page);
  await page.goto('./');
  const early = page.locator('[data-first-screen-for="zh"]');
  await expect(early).toBeVisible();
  // The copy carries no ids and no data hooks (only the live page does): found by its classes.
  await expect(early.locator('table.targets tbody tr').first()).toBeInViewport();
  expect(await early.locator('[id^="fs-zh"]').count()).toBeGreaterThan(5);
  expect(await early.locator('[data-target], [data-quantity], [id]:not([id^="fs-zh"])').count()).toBe(0);
  const earlySummary = await early.locator('.summary-main').textContent();
  expect(earlySummary).toMatch(/^截至2025年:\d+项可计算目标中 \d+ 项达标/);
  // It does not answer yet: it is inert, so nothing typed into it can be lost.
  expect(await early.evaluate((e) => e.inert)).toBe(true);
  await shot(page, 'phone-first-screen-before-wasm');
  release();
  await live(page);
  await expect(summaryMain(page)).toHaveText(earlySummary);
  // The same figures, row by row: the early copy was the page itself.
  expect(await page.evaluate(() => window.__seen)).toEqual([earlySummary]);
  expect(await page.evaluate(() => window.__picked)).toEqual(['zh']);
});

test('a slow phone never paints a half-read first screen: the copy shows once all of it is read', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.route(/\.wasm$/, () => {}); // never answered: the copy stays up
  // Every frame the copy is displayed in, how many scoreboard rows it has.
  await page.addInitScript(() => {
    window.__rows = [];
    const look = () => {
      const copy = document.querySelector('[data-first-screen-for="zh"]');
      if (copy && getComputedStyle(copy).display !== 'none') {
        window.__rows.push(copy.querySelectorAll('table.targets tbody tr').length);
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto('./');
  const copy = page.locator('[data-first-screen-for="zh"]');
  await expect(copy).toBeVisible();
  const rows = await copy.locator('table.targets tbody tr').count();
  expect(rows).toBeGreaterThan(3);
  const seen = await page.evaluate(() => window.__rows);
  expect(seen.length).toBeGreaterThan(0);
  expect([...new Set(seen)]).toEqual([rows]);
});

test('an English browser gets the English first screen; its description is English once live', async ({ browser }) => {
  const ctx = await newContext(browser, { locale: 'en-GB', viewport: PHONE });
  const page = await ctx.newPage();
  await watchFirstFrames(page);
  await open(page);
  await expect(summaryMain(page)).toHaveText(/^By 2025: \d+ of \d+ targets met/);
  expect(await page.evaluate(() => window.__picked)).toEqual(['en']);
  const seen = await page.evaluate(() => window.__seen);
  expect(seen.length).toBe(1);
  expect(seen[0]).toMatch(/^By 2025/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Check a Chinese region's health-plan targets/);
  await ctx.close();
});

test('a link to another plan and language shows its own figures from the first frame it shows any', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await watchFirstFrames(page);
  await open(page, '?plan=sichuan&lang=en&growth=0');
  await expect(page.locator('#plan-picker')).toHaveValue('sichuan');
  const final = await summaryMain(page).textContent();
  expect(final).toMatch(/^This plan sets no 2025 target/); // Sichuan's own line, in English
  expect(await page.evaluate(() => window.__picked)).toEqual([]);
  expect(await page.evaluate(() => window.__seen)).toEqual([final]);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Check a Chinese region's/);
});

/** A page that holds the wasm back until `release()`, and records every error. */
async function heldPage(browser, locale) {
  const ctx = await newContext(browser, { locale, viewport: PHONE });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await watchFirstFrames(page);
  return { ctx, page, errors, release };
}

/** The first scoreboard table's text, in the build-time copy or in the live page. */
const tableText = (scope) => scope.locator('table.targets').first().innerText();

test("another plan's link is painted before the wasm from that plan's own build-time copy, under the strict CSP", async ({ browser }) => {
  const { ctx, page, errors, release } = await heldPage(browser, 'zh-CN');
  // The strict policy a ministry's host may set (port 8092): the copy is fetched from the site.
  await page.goto('http://127.0.0.1:8092/?plan=china&lang=en');
  const early = page.locator('[data-first-screen-for="fetched"]');
  await expect(early).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(early.locator('table.targets tbody tr').first()).toBeInViewport();
  const earlySummary = await early.locator('.summary-main').textContent();
  expect(earlySummary).toMatch(/^By 2025: \d+ of \d+ targets met/);
  const earlyTable = await tableText(early);
  expect(await early.evaluate((e) => e.inert)).toBe(true);
  expect(await early.locator('[data-target], [data-quantity]').count()).toBe(0);
  // Beside the first visit's copies (hidden), no id is there twice.
  const twice = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(twice).toEqual([]);
  await shot(page, 'phone-linked-first-screen-before-wasm');
  release();
  await live(page);
  await expect(page.locator('#plan-picker')).toHaveValue('china');
  // The same page: its summary and its scoreboard, cell by cell.
  await expect(summaryMain(page)).toHaveText(earlySummary);
  expect(await tableText(page.locator('.app'))).toBe(earlyTable);
  expect(await page.evaluate(() => window.__seen)).toEqual([earlySummary]);
  expect(await page.evaluate(() => window.__picked)).toEqual(['fetched']);
  expect(errors).toEqual([]);
  await ctx.close();
});

test("a short link without lang= is painted in the browser's language, as the app opens it", async ({ browser }) => {
  for (const [locale, summary] of [['en-GB', /^By 2025: /], ['zh-CN', /^截至2025年:/]]) {
    const { ctx, page, errors, release } = await heldPage(browser, locale);
    await page.goto('./?plan=guiyang-2023');
    const early = page.locator('[data-first-screen-for="fetched"]');
    await expect(early).toBeVisible();
    const earlySummary = await early.locator('.summary-main').textContent();
    expect(earlySummary, locale).toMatch(summary);
    release();
    await live(page);
    await expect(page.locator('#plan-picker')).toHaveValue('guiyang-2023');
    await expect(summaryMain(page)).toHaveText(earlySummary);
    expect(await page.evaluate(() => window.__seen)).toEqual([earlySummary]);
    expect(errors).toEqual([]);
    await ctx.close();
  }
});

test("a plan's copy that cannot be had, or comes after the live page, is never shown", async ({ browser }) => {
  // Cannot be had: the live page shows as soon as it is built, with nothing before it.
  {
    const { ctx, page, errors, release } = await heldPage(browser, 'zh-CN');
    await page.route(/\/first-screen\//, (route) => route.fulfill({ status: 404, body: '' }));
    const asked = page.waitForRequest(/\/first-screen\//);
    await page.goto('./?plan=baoding');
    await asked; // a copy was picked and asked for
    await expect(page.locator('html[data-first-screen]')).toHaveCount(0);
    release();
    await live(page);
    await expect(page.locator('#plan-picker')).toHaveValue('baoding');
    expect(await page.evaluate(() => window.__picked)).toEqual(['fetched']);
    expect(await page.evaluate(() => window.__seen)).toEqual([await summaryMain(page).textContent()]);
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await ctx.close();
  }
  // Arrives once the live page is up: it is not put in.
  {
    const { ctx, page, errors, release } = await heldPage(browser, 'zh-CN');
    release();
    let copy;
    const late = new Promise((r) => { copy = r; });
    await page.route(/\/first-screen\//, async (route) => { await late; await route.continue(); });
    await page.goto('./?plan=baoding');
    await live(page);
    const arrived = page.waitForResponse(/\/first-screen\//);
    copy();
    await arrived;
    // Its text read and a frame later: whatever first-screen.js would do with it is done.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    await expect(page.locator('[data-first-screen-for]')).toHaveCount(0);
    expect(await page.evaluate(() => window.__picked)).toEqual(['fetched']);
    await expect(page.locator('.app')).toBeVisible();
    expect(await page.evaluate(() => window.__seen)).toEqual([await summaryMain(page).textContent()]);
    expect(errors).toEqual([]);
    await ctx.close();
  }
});

test('a scenario left last time is not painted early as the default page', async ({ page }) => {
  await open(page);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^在浏览器里检验地区卫生规划的量化目标/);
  await typeInto(leverBox(page, 'beds_total'), '2600');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('hps.current.v1'))).toContain('beds_total=2600');
  await watchFirstFrames(page);
  await page.goto('./');
  await live(page);
  await expect(leverBox(page, 'beds_total')).toHaveValue('2600');
  const final = await summaryMain(page).textContent();
  expect(await page.evaluate(() => window.__picked)).toEqual([]);
  expect(await page.evaluate(() => window.__seen)).toEqual([final]);
  // Back to the untouched page: its own address is painted early again, and is right.
  await page.getByRole('button', { name: '恢复起点', exact: true }).click();
  await expect(leverBox(page, 'beds_total')).toHaveValue('2242');
  await page.waitForTimeout(600); // the address bar is written after a pause
  await watchFirstFrames(page);
  await page.reload();
  await live(page);
  expect(await page.evaluate(() => window.__picked)).toEqual(['zh']);
  expect(await page.evaluate(() => window.__seen)).toEqual([await summaryMain(page).textContent()]);
});

test("Jiaohe's tracked targets are listed eight at a time; the rest on request", async ({ page }) => {
  const errors = await open(page);
  const tracked = page.getByRole('region', { name: /^跟踪目标/ });
  await expect(tracked.locator('tr[data-target]')).toHaveCount(8);
  const rest = tracked.getByRole('button', { name: /^显示其余 \d+ 项$/ });
  const n = Number((await rest.textContent()).match(/\d+/)[0]);
  // By keyboard: the button gives way to the rows, and focus to the first row shown.
  await rest.focus();
  await page.keyboard.press('Enter');
  await expect(tracked.locator('tr[data-target]')).toHaveCount(8 + n);
  await expect(tracked.locator('tr[data-target]').nth(8).locator('input, select')).toBeFocused();
  await expect(rest).toHaveCount(0);
  // A value entered further down (here from a link) lists them all at once.
  const last = await tracked.locator('tr[data-target]').last().getAttribute('data-target');
  await open(page, `?plan=jiaohe&ed=2&t.${last}=1`);
  await expect(row(page, last)).toBeVisible();
  expect(errors).toEqual([]);
});

test('the sticky summary never covers what the page scrolls to', async ({ page }) => {
  for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    await open(page);
    for (const heading of [/^方法说明/, /^跟踪目标/, /^逐年变化/]) {
      const h = page.getByRole('heading', { name: heading });
      await h.evaluate((e) => e.scrollIntoView());
      await page.waitForTimeout(50);
      const summary = await page.locator('[data-summary]').boundingBox();
      const box = await h.boundingBox();
      expect(box.y, `${heading} at ${viewport.width} px`).toBeGreaterThanOrEqual(summary.y + summary.height);
    }
  }
});

test('screenshots: Jiaohe, Sichuan and China at phone and desktop widths', async ({ page }) => {
  for (const [name, query] of [['jiaohe', ''], ['sichuan', '?plan=sichuan&ed=2'], ['china', '?plan=china&ed=2&lang=en']]) {
    for (const [w, h] of [[390, 844], [1280, 800]]) {
      await page.setViewportSize({ width: w, height: h });
      await open(page, query);
      await shot(page, `issue15-${name}-${w}`);
    }
  }
});
