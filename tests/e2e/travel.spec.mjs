// Issue 14 §4: a user's plan travels with its share link, its embed snippet and its saved
// scenarios (`pz`, the plan itself, compressed); a plan file on the page's own site opens from
// `?src=`; a damaged or foreign link is told in a notice and never stops the page.
import crypto from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { expect, test, open, live, shot, typeInto, leverBox, planTitle, PLAN_LOADER, newContext, unfold } from './helpers.mjs';

const EXAMPLE = fs.readFileSync('tests/e2e/fixtures/example-plan.json', 'utf8');
const TITLE = '示例县卫生健康资源配置方案';
const JIAOHE = '蛟河市“十四五”医疗卫生服务体系规划(征求意见稿)';
const SICHUAN = '四川省建设优质高效医疗卫生服务体系实施方案';
const ORIGIN = process.env.E2E_ORIGIN ?? 'http://127.0.0.1:8091';
const CSP_ORIGIN = process.env.E2E_CSP_ORIGIN ?? 'http://127.0.0.1:8092';

const statuses = (page) => page.locator('tr[data-target]').evaluateAll((rs) => rs.map((r) => `${r.dataset.target}=${r.dataset.status}`));
const title = (page) => planTitle(page);
const notices = (page) => page.locator('[data-notices]');
/** What the page writes: the text deflated (raw) and base64url-encoded. */
const pz = (text) => zlib.deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url');

async function loadUserPlan(page, text = EXAMPLE) {
  await unfold(page, PLAN_LOADER);
  await page.locator('[data-plan-paste]').fill(text);
  await page.click('[data-action="load-plan"]');
}

/** A new browser context (empty storage, as on another computer) that records every request's
 * origin, every error, and every plan title the page ever shows. */
async function freshPage(browser, locale = 'zh-CN') {
  const context = await newContext(browser, { locale });
  await context.addInitScript(() => {
    window.__titles = [];
    new MutationObserver(() => {
      // A title shows if it is the live page's, or the build-time copy's that the page picked.
      const picked = document.documentElement.getAttribute('data-first-screen');
      for (const h of document.querySelectorAll('h2.plan-title')) {
        const copy = h.closest('[data-first-screen-for]');
        if (copy && copy.getAttribute('data-first-screen-for') !== picked) continue;
        if (window.__titles.at(-1) !== h.textContent) window.__titles.push(h.textContent);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const page = await context.newPage();
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, origins, errors, context };
}

test('a user plan travels in its share link to a browser that has never seen it', async ({ page, browser }) => {
  const errors = await open(page);
  await loadUserPlan(page);
  await expect(title(page)).toHaveText(TITLE);
  await typeInto(leverBox(page, 'beds_total'), '1700');
  await page.locator('[data-growth="nurses"]').fill('25');
  // The address bar is the share link: it carries the plan once it is packed.
  await expect(page).toHaveURL(/&pz=[A-Za-z0-9_-]+$/);
  await page.click('[data-action="share"]');
  await expect(page.locator('[data-travel="inline"]')).toBeVisible();
  const link = await page.locator('[data-share-link]').inputValue();
  for (const part of ['plan=example-county', 'beds_total=1700', 'nurses.yearly=25']) expect(link).toContain(part);
  expect(link).toMatch(/&pz=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(16_000);
  await shot(page, 'travel-share-dialog');
  const expected = await statuses(page);
  expect(expected.length).toBeGreaterThan(2);

  const other = await freshPage(browser);
  await other.page.goto(link);
  await live(other.page);
  await expect(title(other.page)).toHaveText(TITLE);
  await expect(leverBox(other.page, 'beds_total')).toHaveValue('1700');
  await expect(other.page.locator('[data-growth="nurses"]')).toHaveValue('25');
  expect(await statuses(other.page)).toEqual(expected);
  // No other plan's figures were shown on the way.
  expect(await other.page.evaluate(() => window.__titles)).toEqual([TITLE]);
  // The plan joined that browser's own plans, and the page said so.
  await expect(notices(other.page)).toContainText('已加入本浏览器保存的规划');
  const kept = await other.page.evaluate(() => JSON.parse(localStorage.getItem('hps.user-plans.v1') || '[]'));
  expect(kept.map((t) => JSON.parse(t).id)).toEqual(['example-county']);
  await expect(other.page.locator('#plan-picker option[value="example-county"]')).toHaveCount(1);
  // A reload opens it again, with nothing more to say.
  await other.page.reload();
  await expect(title(other.page)).toHaveText(TITLE);
  await expect(leverBox(other.page, 'beds_total')).toHaveValue('1700');
  await expect(notices(other.page)).toHaveCount(0);
  expect([...other.origins]).toEqual([ORIGIN]);
  expect(other.errors).toEqual([]);
  expect(errors).toEqual([]);
  await other.context.close();
});

test('the embed snippet carries the user plan too', async ({ page, browser }) => {
  await open(page);
  await loadUserPlan(page);
  await typeInto(leverBox(page, 'physicians'), '760');
  await page.click('[data-action="embed"]');
  const code = page.locator('[data-embed-code]');
  await expect(code).toHaveValue(/pz=[A-Za-z0-9_-]+/);
  await expect(page.locator('[data-travel="inline"]')).toBeVisible();
  const src = (await code.inputValue()).match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&');
  expect(src).toContain('embed=1');
  const expected = await statuses(page);

  const other = await freshPage(browser);
  await other.page.goto(src);
  await live(other.page);
  await expect(title(other.page)).toHaveText(TITLE);
  await expect(other.page.getByRole('banner')).toHaveCount(0);
  await expect(leverBox(other.page, 'physicians')).toHaveValue('760');
  expect(await statuses(other.page)).toEqual(expected);
  expect(await other.page.evaluate(() => window.__titles)).toEqual([TITLE]);
  expect(other.errors).toEqual([]);
  await other.context.close();
});

test('a saved scenario keeps its plan: removed from the browser, it comes back when opened', async ({ page }) => {
  await open(page);
  await loadUserPlan(page);
  await typeInto(leverBox(page, 'beds_total'), '1650');
  await expect(page).toHaveURL(/pz=/);
  await page.click('[data-action="scenarios"]');
  await page.locator('[data-scenario-name]').fill('示例');
  await page.click('[data-action="save-scenario"]');
  await page.keyboard.press('Escape');
  await page.locator('[data-action="remove-plan"][data-plan="example-county"]').click();
  await expect(title(page)).not.toHaveText(TITLE);
  await page.click('[data-action="scenarios"]');
  await page.locator('li[data-scenario="示例"] [data-action="open-scenario"]').click();
  await expect(title(page)).toHaveText(TITLE);
  await expect(leverBox(page, 'beds_total')).toHaveValue('1650');
});

test('?src= opens a plan file from the page\'s own site; a missing, broken or foreign file is told and the open plan stays', async ({ browser }) => {
  const { page, origins, errors, context } = await freshPage(browser);
  await page.goto('./?src=plans/example-plan.json&beds_total=1600');
  await live(page);
  await expect(title(page)).toHaveText(TITLE);
  await expect(leverBox(page, 'beds_total')).toHaveValue('1600');
  expect(await page.evaluate(() => window.__titles)).toEqual([TITLE]);
  // The link keeps naming the file (readable), and carries no copy of it.
  await expect(page).toHaveURL(/src=plans\/example-plan\.json/);
  expect(page.url()).not.toContain('pz=');
  await page.click('[data-action="embed"]');
  await expect(page.locator('[data-embed-code]')).toHaveValue(/src=plans\/example-plan\.json/);
  await expect(page.locator('[data-embed-code]')).not.toHaveValue(/pz=/);
  await expect(page.locator('[data-travel="src"]')).toBeVisible();
  await page.keyboard.press('Escape');

  for (const [src, says] of [
    ['plans/missing.json', '找不到规划文件“plans/missing.json”'],
    ['plans/broken-plan.json', '规划文件“plans/broken-plan.json”有'],
    ['http://example.com/x.json', '不在本网站(http://example.com)'],
    ['//example.com/x.json', '不在本网站(http://example.com)'],
    ['javascript:alert(1)', '不在本网站(javascript:)'],
  ]) {
    await page.goto(`./?plan=sichuan&population=85000000&src=${encodeURIComponent(src)}`);
    await expect(notices(page)).toContainText(says);
    await expect(title(page)).toHaveText(SICHUAN);
    await expect(leverBox(page, 'population')).toHaveValue('85000000');
    await expect(page.locator('#crash')).toHaveCount(0);
  }
  // The other site was never asked.
  expect([...origins]).toEqual([ORIGIN]);
  expect(errors).toEqual([]);
  await context.close();
});

test('?src= works under the strict host policy', async ({ browser }) => {
  const { page, origins, errors, context } = await freshPage(browser);
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto(`${CSP_ORIGIN}/?src=plans/example-plan.json&embed=1`);
  await expect(title(page)).toHaveText(TITLE);
  expect(violations).toEqual([]);
  expect([...origins]).toEqual([CSP_ORIGIN]);
  expect(errors).toEqual([]);
  await context.close();
});

test('a damaged pz or a plan from a newer format: a notice in the user\'s language, no crash', async ({ browser }) => {
  const newer = EXAMPLE.replace('"format": 1', '"format": 2');
  expect(newer).not.toEqual(EXAMPLE);
  const { page, errors, context } = await freshPage(browser);
  for (const [what, value, says] of [
    ['not base64url', '!!!*', '无法读取链接中携带的规划'],
    ['not deflate', 'AAAA', '无法读取链接中携带的规划'],
    ['cut short', pz(EXAMPLE).slice(0, 300), '无法读取链接中携带的规划'],
    ['not JSON', pz('not json'), '不是有效的 JSON'],
    ['not a plan', pz('{"format": 1}'), '处问题'],
    ['a newer format', pz(newer), '使用规划格式 2'],
    ['a built-in id', pz(EXAMPLE.replace('"example-county"', '"jiaohe"')), '内置规划的编号“jiaohe”'],
  ]) {
    await page.goto(`./?plan=example-county&beds_total=2300&pz=${value}`);
    await expect(notices(page), what).toContainText(says);
    // Opened as without it: the link's plan is unknown here, so the default plan, named so.
    await expect(notices(page), what).toContainText('example-county');
    await expect(title(page)).toHaveText(JIAOHE);
    await expect(leverBox(page, 'beds_total')).toHaveValue('2300');
    await expect(page.locator('#crash')).toHaveCount(0);
    expect(page.url(), what).not.toContain('pz=');
  }
  expect(await page.evaluate(() => localStorage.getItem('hps.user-plans.v1'))).toBeNull();
  // In English too.
  const en = await freshPage(browser, 'en-US');
  await en.page.goto(`./?plan=example-county&pz=${pz(newer)}`);
  await expect(notices(en.page)).toContainText('uses plan format 2, newer than this page reads (1)');
  expect(errors).toEqual([]);
  expect(en.errors).toEqual([]);
  await context.close();
  await en.context.close();
});

test('a plan too large for a link says so and offers its file; the link carries only its id', async ({ page }) => {
  const big = JSON.parse(EXAMPLE);
  big.id = 'big-county';
  // 24,000 characters that do not compress: well over the 15,000 a link may carry.
  const noise = () => crypto.randomBytes(9000).toString('base64');
  big.notes.push({ text: { zh: noise(), en: noise() }, targets: [] });
  const text = JSON.stringify(big, null, 1);
  await open(page);
  await loadUserPlan(page, text);
  await expect(title(page)).toHaveText(TITLE);
  await page.click('[data-action="share"]');
  const note = page.locator('[data-travel="too-large"]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('上限 15000');
  const link = await page.locator('[data-share-link]').inputValue();
  expect(link).toContain('plan=big-county');
  expect(link).not.toContain('pz=');
  const [file] = await Promise.all([page.waitForEvent('download'), note.locator('[data-action="download-plan"]').click()]);
  expect(file.suggestedFilename()).toBe('big-county.json');
  expect(fs.readFileSync(await file.path(), 'utf8')).toEqual(text);
  await shot(page, 'travel-too-large');
  await page.keyboard.press('Escape');
  await page.click('[data-action="embed"]');
  await expect(page.locator('[data-travel="too-large"]')).toBeVisible();
  await expect(page.locator('[data-embed-code]')).not.toHaveValue(/pz=/);
});
