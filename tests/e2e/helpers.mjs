// Shared helpers: open the app and collect every console error, and save screenshots as artefacts.
import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';

export { expect };

/** The day the page's tests judge on, whatever the machine's clock says: 2025 has passed and the
 * nation's 2025 bulletin is out; 2030 is still ahead. A test about another day pins its own. */
export const TODAY = new Date('2026-12-04T10:00:00+08:00');

/** Playwright's `test`, with every page's clock pinned to `TODAY` (the date only: timers run). */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.clock.setFixedTime(TODAY);
    await use(context);
  },
});

/** A browser context of its own (a fresh browser), its clock pinned like every other page's. */
export async function newContext(browser, options = {}, today = TODAY) {
  const context = await browser.newContext(options);
  await context.clock.setFixedTime(today);
  return context;
}

export const ARTIFACTS = 'tests/artifacts';

/** Opens the app (optionally with a query) and waits for a usable scoreboard or plan view. */
export async function open(page, query = '') {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('./' + query);
  await live(page);
  return errors;
}

/** Waits until the live page has replaced the first screen painted at build time (which looks
 * the same but does not answer yet) and every part of it is built (`<html data-ready>`). */
export async function live(page) {
  await expect(page.locator('[data-first-screen-for]')).toHaveCount(0);
  await expect(page.locator('html[data-live]')).toHaveCount(1);
  // The parts below the first screen wait for the user's first action (or two seconds): a key
  // press that does nothing else brings them now.
  await page.keyboard.press('Shift');
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await expect(page.locator('[data-summary]')).toBeVisible();
}

export async function shot(page, name, opts = {}) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, ...opts });
}

/** Types into a number box the way a person does, then commits it (blur). */
export async function typeInto(locator, text) {
  await locator.click();
  await locator.fill(text);
  await locator.press('Tab');
}

export const row = (page, id) => page.locator(`tr[data-target="${id}"]`);
/** A lever's number box (the text box beside its slider); `data-quantity` names the lever.
 * Works on a page, a frame or a part of either; finds a box inside a closed fold too. */
export const leverBox = (scope, id) =>
  scope.getByRole('textbox', { includeHidden: true }).and(scope.locator(`[data-quantity="${id}"]`));

// The parts of the page as a user sees them: panels titled by their headings, folds opened by
// their titles, the plan's title, the chart. Names in both languages where a test uses both.

/** A panel: a section titled by its heading (a region). */
export const panel = (scope, name, options = {}) => scope.getByRole('region', { name, ...options });
/** The levers panel; `{ includeHidden: true }` to find it while hidden (presenter mode, print). */
export const leversPanel = (scope, options) => panel(scope, /^(调节项|Levers)$/, options);
export const scoreboard = (scope) => panel(scope, /可由调节项计算的目标|Targets the levers determine/);
export const standardsPanel = (scope) => panel(scope, /^(本地区须同样达到的上级标准|Standards this region is bound by as well)$/);
export const chartPanel = (scope) => panel(scope, /^(逐年变化|Year by year)$/);
/** The trajectory chart: the figure in the chart panel (named by its caption). */
export const chart = (scope) => chartPanel(scope).getByRole('figure');

/** A fold (a <details>, a group) whose summary is the heading `title`, and its heading. */
export const foldTitle = (scope, title) => scope.getByRole('heading', { name: title });
export const fold = (scope, title) => scope.getByRole('group').filter({ has: foldTitle(scope, title) });

/** Opens a fold the way a person does: its title clicked once it has stopped moving. Panels
 * below the first screen get their real height only when scrolled near (`content-visibility:
 * auto`), so a title brought into view can jump once more; a click aimed before that jump landed
 * on <main> instead (CI, after a reload). Does nothing to a fold that is open. */
export async function unfold(scope, title) {
  const details = fold(scope, title);
  if (await details.evaluate((d) => d.open)) return;
  const heading = foldTitle(scope, title);
  await heading.scrollIntoViewIfNeeded();
  await heading.evaluate((el) => new Promise((still) => {
    let last = NaN;
    let same = 0;
    const frame = () => {
      const top = el.getBoundingClientRect().top;
      same = top === last ? same + 1 : 0;
      last = top;
      if (same >= 5) still();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }));
  await heading.click();
  await expect(details).toHaveJSProperty('open', true);
}
export const WHAT_IT_TAKES = /^(实现目标需要什么|What it takes)$/;
export const PLAN_LOADER = /^(载入自己的规划文件|Load a plan file of your own)$/;
export const PLAN_IMPORT = /^(导入规划文本|Import a plan's text)$/;
export const METHOD_NOTES = /^(方法说明:起点、速度和回测|Method notes: starting values, pace and back-test)$/;

/** The open plan's title: the first second-level heading in the main part of the page. */
export const planTitle = (scope) => scope.getByRole('main').getByRole('heading', { level: 2 }).first();
/** The first line of the summary ("截至2025年:25项可计算目标中 5 项达标"). */
export const summaryMain = (scope) => scope.locator('[data-summary]').getByRole('paragraph').first();
/** A scoreboard row's 数值 (value) cell: the first cell after the row's header. */
export const valueCell = (r) => r.getByRole('cell').first();
/** A lever's "恢复起点 …" (back to its starting value) button; `lever` is `[data-lever=…]`.
 * While the lever is at its start the button is disabled and not displayed, hence includeHidden. */
export const resetButton = (lever) => lever.getByRole('button', { name: /^(恢复起点|back to) /, includeHidden: true });

/** A screenshot of one element. */
export async function shotOf(locator, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: `${ARTIFACTS}/${name}.png` });
}
