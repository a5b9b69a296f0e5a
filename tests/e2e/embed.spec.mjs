// Issue 5: strict host policy, no third-party requests, the embed mode and its height messages.
import { expect, test, open, shot, typeInto, row, leverBox, WHAT_IT_TAKES, METHOD_NOTES, unfold } from './helpers.mjs';

const ORIGIN = process.env.E2E_ORIGIN ?? 'http://127.0.0.1:8091';
const CSP_ORIGIN = process.env.E2E_CSP_ORIGIN ?? 'http://127.0.0.1:8092';
const HOST_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; frame-src 'self'";

/** Records every Content-Security-Policy violation in the page and its frames. */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('the app runs under a strict CSP and asks nothing of any other origin', async ({ page }) => {
  await watchViolations(page);
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  const response = await page.goto(`${CSP_ORIGIN}/?plan=jiaohe&chart=beds_per_1000&growth_low=-1&growth_high=1`);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.locator('[data-summary]')).toBeVisible();
  // Work the page: levers, the chart, the sweep, dialogs, presenter mode, a source document.
  await typeInto(leverBox(page, 'beds_total'), '2320');
  await expect(row(page, 'beds-2025')).toHaveAttribute('data-status', 'met');
  await expect(row(page, 'beds-2025')).toHaveAttribute('data-probability', /\d/);
  await page.click('[data-action="toggle-benchmarks"]');
  await page.click('[data-action="share"]');
  await page.keyboard.press('Escape');
  await page.click('[data-action="present"]');
  await page.click('[data-action="present"]');
  await unfold(page, WHAT_IT_TAKES);
  await page.click('[data-action="apply-what-it-takes"]');
  await unfold(page, METHOD_NOTES);
  await expect(page.locator('tr[data-backtest-row]').first()).toBeVisible();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(errors).toEqual([]);
  expect([...origins]).toEqual([CSP_ORIGIN]);
});

test('embedded in a host page with a CSP: no chrome, fixed options, fitted to its content', async ({ page }) => {
  const app = `${CSP_ORIGIN}/?v=1&plan=jiaohe&embed=1&lock=plan,milestone&levers=population,beds_total&beds_total=2500`;
  const hostPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ministry page</title>
    <link rel="icon" href="/favicon.ico"><script src="/embed.js" defer></script></head>
    <body><h1>Health planning in Jiaohe</h1><p>The simulator below is embedded from the same site.</p>
    <iframe id="sim" src="${app.replace(/&/g, '&amp;')}" title="Health-plan simulator" width="100%" height="600"></iframe>
    <p>After the embed.</p></body></html>`;
  await page.route(`${CSP_ORIGIN}/__host/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': HOST_CSP }, body: hostPage }));
  await page.route(`${CSP_ORIGIN}/favicon.ico`, (route) => route.fulfill({ status: 204 }));
  await watchViolations(page);
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.goto(`${CSP_ORIGIN}/__host/ministry.html`);
  const frame = page.frameLocator('#sim');
  await expect(frame.locator('[data-summary]')).toBeVisible();
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.locator('#plan-picker')).toHaveCount(0);
  await expect(frame.locator('[data-milestone="2035"]')).toBeDisabled();
  await expect(frame.locator('[data-lever]')).toHaveCount(2);
  await expect(leverBox(frame, 'beds_total')).toHaveValue('2500');
  // The frame told the host its height and the host's script applied it.
  await expect.poll(async () => Number(await page.locator('#sim').getAttribute('height'))).toBeGreaterThan(1500);
  const inner = await frame.locator('html').evaluate((el) => el.scrollHeight);
  expect(Math.abs(Number(await page.locator('#sim').getAttribute('height')) - inner)).toBeLessThan(40);
  // It still works inside the frame.
  await leverBox(frame, 'beds_total').fill('2698');
  await expect(frame.locator('tr[data-target="beds-2025"]')).toHaveAttribute('data-status', 'met');
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect([...origins]).toEqual([CSP_ORIGIN]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, 'embedded-in-host-page-with-csp');
});

test('without the host script the embedded page scrolls inside its frame', async ({ page }) => {
  await page.route(`${ORIGIN}/__host/**`, (route) => route.fulfill({
    status: 200, contentType: 'text/html; charset=utf-8',
    body: '<!DOCTYPE html><html><head><title>host</title><link rel="icon" href="data:,"></head><body><iframe id="sim" src="/?embed=1&amp;plan=jiaohe" title="sim" width="800" height="500"></iframe></body></html>',
  }));
  await page.goto('./__host/plain.html');
  const frame = page.frameLocator('#sim');
  await expect(frame.locator('[data-summary]')).toBeVisible();
  expect(await page.locator('#sim').getAttribute('height')).toBe('500');
  const scrolled = await frame.locator('html').evaluate((el) => {
    el.scrollTop = 800;
    return { top: el.scrollTop, height: el.scrollHeight, client: el.clientHeight };
  });
  expect(scrolled.height).toBeGreaterThan(scrolled.client);
  expect(scrolled.top).toBeGreaterThan(0);
});

test('the Embed dialog gives a copyable iframe snippet with a title and the scenario pinned', async ({ page }) => {
  await open(page);
  await typeInto(leverBox(page, 'beds_total'), '2600');
  await page.click('[data-action="embed"]');
  const code = page.locator('[data-embed-code]');
  await expect(code).toHaveValue(/<iframe src="[^"]*embed=1[^"]*" title="[^"]+"/);
  await expect(code).toHaveValue(/beds_total=2600/);
  await expect(code).toHaveValue(/lock=plan/);
  await page.locator('[data-embed-lever="nurses"]').uncheck();
  await expect(code).toHaveValue(/levers=/);
  await shot(page, 'embed-dialog');
  // The snippet's address opens the embed.
  const src = (await code.inputValue()).match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&');
  await page.goto(src);
  await expect(page.locator('[data-summary]')).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.locator('[data-lever="nurses"]')).toHaveCount(0);
});
