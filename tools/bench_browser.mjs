// Browser benchmark (figures, not a test): `node tools/bench_browser.mjs` after `trunk build --release`.
// Serves dist/ with precompressed files as a static host would, drives Debian's headless Chromium,
// and prints: compressed bytes of the first load; navigation to a usable scoreboard; a slider
// `input` event to the updated scoreboard and chart (median and p95 over 250 moves); the
// 10,000-draw uncertainty sweep as timed inside the page; and importing the Jiaohe text (58 KB):
// "Read" clicked to the review table in the page; and a key press while 10 MB of text is read.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { readFileSync } from 'node:fs';

const PORT = 8093;
const BASE = `http://127.0.0.1:${PORT}/`;
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const server = spawn('python3', ['tools/serve_dist.py', process.env.DIST || 'dist', '--port', String(PORT)], { stdio: 'ignore' });
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1], n: s.length };
};
const fmt = (x) => x.toFixed(2);

try {
  for (let i = 0; i < 50; i++) {
    try { await fetch(BASE); break; } catch { await sleep(100); }
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args });

  // 1. First load: every response's encoded (transferred) body size.
  {
    const ctx = await browser.newContext({ locale: 'zh-CN' });
    const page = await ctx.newPage();
    const sizes = {};
    const pending = [];
    page.on('requestfinished', (req) => pending.push(req.sizes().then((s) => {
      const ext = new URL(req.url()).pathname.split('.').pop() || 'html';
      const kind = { wasm: 'wasm', js: 'js', css: 'css', html: 'html', svg: 'icon' }[ext] || (ext.endsWith('/') ? 'html' : ext);
      sizes[kind] = (sizes[kind] || 0) + s.responseBodySize;
    })));
    await page.goto(BASE);
    await page.waitForSelector('tr[data-target]');
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    console.log('First load, compressed bytes (brotli, as served):');
    for (const [k, v] of Object.entries(sizes)) console.log(`  ${k.padEnd(6)} ${String(v).padStart(8)}`);
    console.log(`  total  ${String(total).padStart(8)}   (the plans, catalog and strings are inside the wasm)`);
    await ctx.close();
  }

  // 2. Navigation to a usable scoreboard (rows with values), fresh context each time.
  {
    const times = [];
    for (let i = 0; i < 12; i++) {
      const ctx = await browser.newContext({ locale: 'zh-CN' });
      const page = await ctx.newPage();
      await page.addInitScript(() => {
        window.__usable = new Promise((res) => {
          const check = () => document.querySelector('tr[data-target] td.value') && document.querySelector('input.lever-box');
          const mo = new MutationObserver(() => { if (check()) { mo.disconnect(); res(performance.now()); } });
          mo.observe(document, { subtree: true, childList: true });
        });
      });
      await page.goto(BASE);
      times.push(await page.evaluate(() => window.__usable));
      await ctx.close();
    }
    const s = stats(times.slice(2));
    console.log(`Navigation to usable scoreboard: median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms (n=${s.n}, after 2 warm-up loads)`);
  }

  // 3. Slider input → scoreboard and chart updated.
  {
    const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(BASE + '?plan=jiaohe&chart=beds_per_1000');
    await page.waitForSelector('figure.chart figcaption');
    const times = await page.evaluate(async () => {
      const slider = document.querySelector('input[type=range][data-quantity="beds_total"]');
      const out = [];
      for (let i = 0; i < 260; i++) {
        const cell = document.querySelector('tr[data-target="beds-2025"] td.value');
        const cap = document.querySelector('figure.chart figcaption');
        const before = [cell.textContent, cap.textContent];
        const t0 = performance.now();
        slider.value = String(2242 + (i % 2 === 0 ? 60 : 0) + (i % 7));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        const ok = await new Promise((res) => {
          const done = () => cell.textContent !== before[0] && cap.textContent !== before[1];
          if (done()) return res(true);
          const mo = new MutationObserver(() => { if (done()) { mo.disconnect(); res(true); } });
          mo.observe(document.body, { subtree: true, childList: true, characterData: true });
          setTimeout(() => { mo.disconnect(); res(false); }, 2000);
        });
        if (!ok) throw new Error(`move ${i}: the scoreboard or chart did not update`);
        out.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => r()));
      }
      return out;
    });
    const s = stats(times.slice(10));
    console.log(`Slider input → updated scoreboard and chart: median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms, max ${fmt(s.max)} ms (n=${s.n})`);
    await ctx.close();
  }

  // 4. The 10,000-draw sweep, timed in the page.
  {
    const ctx = await browser.newContext({ locale: 'zh-CN' });
    const page = await ctx.newPage();
    await page.goto(BASE + '?plan=jiaohe&growth_low=-2&growth_high=1&seed=7');
    const runs = [];
    for (let i = 0; i < 8; i++) {
      await page.locator('[data-growth="beds_total"]').fill(String(40 + i));
      await page.waitForFunction(() => document.querySelector('tr[data-target="beds-2025"]')?.dataset.probability);
      runs.push(Number(await page.locator('[data-sweep-ms]').getAttribute('data-sweep-ms')));
    }
    const s = stats(runs);
    console.log(`Uncertainty sweep, 10,000 draws in the page: median ${fmt(s.median)} ms, max ${fmt(s.max)} ms (n=${s.n})`);
    await ctx.close();
  }
  // 5. Importing the Jiaohe text: "Read" clicked → the review table's rows in the page. The
  // panel paints "读取中…" one frame before it reads, so the frame is part of the time.
  {
    const text = readFileSync('seeds/003_742c97a7a7a955b2.txt', 'utf8');
    const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(BASE + '?plan=jiaohe');
    await page.waitForSelector('tr[data-target]');
    await page.locator('[data-import-panel] > summary').first().click();
    await page.locator('[data-import-text]').fill(text);
    const runs = [];
    for (let i = 0; i < 8; i++) {
      runs.push(await page.evaluate(async () => {
        const button = document.querySelector('[data-action="import-read"]');
        const table = () => document.querySelector('tr[data-import-row]');
        const complete = () => document.querySelector('[data-import-review][data-import-complete]');
        const old = table();
        performance.clearMarks();
        const t0 = performance.now();
        button.click();
        let first = null;
        await new Promise((res) => {
          const check = () => {
            if (first === null && table() && table() !== old) first = performance.now() - t0;
            return first !== null && complete();
          };
          const mo = new MutationObserver(() => { if (check()) { mo.disconnect(); res(); } });
          mo.observe(document.body, { subtree: true, childList: true, attributes: true });
          setTimeout(() => { mo.disconnect(); res(); }, 10000);
        });
        const all = performance.now() - t0;
        const [a] = performance.getEntriesByName('hps:import-read');
        const [b] = performance.getEntriesByName('hps:import-proposed');
        return { parse: b.startTime - a.startTime, first, all };
      }));
    }
    const rest = runs.slice(1);
    const rows = await page.locator('tr[data-import-row]').count();
    const p = stats(rest.map((r) => r.parse));
    const f = stats(rest.map((r) => r.first));
    const a = stats(rest.map((r) => r.all));
    console.log(`Import the Jiaohe text (58 KB) in the page: the importer ${fmt(p.median)} ms (max ${fmt(p.max)}); Read → first rows ${fmt(f.median)} ms (max ${fmt(f.max)}); → all ${rows} rows ${fmt(a.median)} ms (max ${fmt(a.max)}) (n=${p.n})`);
    await ctx.close();
  }
  // 6. A key press while 10 MB of text is read: from each keydown's timestamp to its handler
  // (the main thread's wait) and to the next painted frame. Keys are pressed every 20 ms from
  // the click until 200 ms after the review is up; five readings.
  {
    const text = readFileSync('seeds/003_742c97a7a7a955b2.txt', 'utf8');
    const lags = [];
    const reads = [];
    for (let run = 0; run < 5; run++) {
      const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
      const page = await ctx.newPage();
      await page.goto(BASE + '?plan=jiaohe');
      await page.waitForSelector('tr[data-target]');
      await page.locator('[data-import-panel] > summary').first().click();
      await page.locator('[data-import-text]').evaluate((el, t) => { el.value = t.repeat(Math.ceil(10_000_000 / t.length)); }, text);
      await page.evaluate(() => {
        window.__lags = [];
        window.__done = null;
        document.addEventListener('keydown', (e) => {
          const handled = performance.now();
          requestAnimationFrame(() => window.__lags.push([handled - e.timeStamp, performance.now() - e.timeStamp]));
        });
        new MutationObserver((_, mo) => {
          if (document.querySelector('[data-import-review]')) { window.__done = performance.now(); mo.disconnect(); }
        }).observe(document.body, { subtree: true, childList: true });
      });
      await page.locator('#plan-picker').focus();
      await sleep(300);
      const start = await page.evaluate(() => { const t = performance.now(); document.querySelector('[data-action="import-read"]').click(); return t; });
      const presses = [];
      const t0 = Date.now();
      for (;;) {
        presses.push(page.keyboard.press('Shift'));
        await sleep(20);
        if (Date.now() - t0 > 120_000) break;
        const done = await page.evaluate(() => window.__done);
        if (done !== null && performance.now() > 0 && Date.now() - t0 > 0) {
          await sleep(200);
          break;
        }
      }
      await Promise.all(presses);
      await sleep(100);
      lags.push(...(await page.evaluate(() => window.__lags)));
      reads.push((await page.evaluate(() => window.__done)) - start);
      await ctx.close();
    }
    if (lags.length === 0) throw new Error('no key press was handled while reading');
    const h = stats(lags.map((l) => l[0]));
    const f = stats(lags.map((l) => l[1]));
    const r = stats(reads);
    console.log(`A key press while 10 MB is read (Read → review ${fmt(r.median)} ms, max ${fmt(r.max)}): keydown → handler median ${fmt(h.median)} ms, p95 ${fmt(h.p95)}, max ${fmt(h.max)}; → next frame median ${fmt(f.median)} ms, p95 ${fmt(f.p95)}, max ${fmt(f.max)} (n=${h.n} presses, 5 readings)`);
  }
  await browser.close();
} finally {
  server.kill();
}
