// Start-up benchmark (figures, not a test), issue 9: the simulator beside a minimal Leptos 0.8
// page with one table row, in one run, served the same way (precompressed files, as a static
// host would), loaded alternately in Debian's headless Chromium.
//
//   trunk build --release && node tools/bench_startup.mjs [other-dist …] [--loads N]
//
// Extra arguments name other builds of the simulator (a dist/ folder built from another commit
// or with other flags) to measure in the same run, so a change is compared against its
// baseline under the same machine load.
// The minimal page is built from `benches/minimal/` (same toolchain and release profile) if its
// dist/ is missing. Prints, for each page: brotli bytes of the first load and the time from
// navigation to the first live `[data-target]` row (seen by a MutationObserver), and to the first
// row shown (the build-time copy's, where one is), median and p95 of 12 loads each, and the
// ratios; then the simulator's start-up broken down by its own marks.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { MINIMAL, prepareBuilds } from './bench_minimal.mjs';

const argv = process.argv.slice(2);
const loadsAt = argv.indexOf('--loads');
const LOADS = loadsAt >= 0 ? Number(argv.splice(loadsAt, 2)[1]) : 12;
const others = argv;
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

prepareBuilds();

const pages = [
  { name: 'minimal Leptos page', dir: `${MINIMAL}/dist`, port: 8097, query: '' },
  { name: 'simulator (Jiaohe)', dir: 'dist', port: 8098, query: '?plan=jiaohe' },
  // A first visit: no link, nothing stored; shown the first screen painted at build time.
  { name: 'simulator, first visit', dir: 'dist', port: 8099, query: '' },
  ...others.map((dir, i) => ({ name: `  ${dir}`, dir, port: 8100 + i, query: '?plan=jiaohe' })),
];
const servers = pages.map((p) => spawn('python3', ['tools/serve_dist.py', p.dir, '--port', String(p.port)], { stdio: 'ignore' }));
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))];
  return { median: q(0.5), p95: q(0.95), n: s.length };
};

try {
  for (const p of pages) {
    for (let i = 0; i < 50; i++) {
      try { await fetch(`http://127.0.0.1:${p.port}/`); break; } catch { await sleep(100); }
    }
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args });
  const load = async (p) => {
    const ctx = await browser.newContext({ locale: 'zh-CN' });
    const page = await ctx.newPage();
    // The first scoreboard row, as soon as the DOM has it.
    await page.addInitScript(() => {
      const seen = () => {
        // A live row: not one of the first screen painted at build time (tools/prerender.mjs).
        if (!window.__firstRow && document.querySelector('[data-target]:not([data-first-screen-for] [data-target])')) window.__firstRow = performance.now();
        // What is shown first: the build-time copy, if one was picked (in index.html, or another
        // plan's fetched by first-screen.js), once displayed (wholly parsed) with its rows.
        const picked = document.documentElement.getAttribute('data-first-screen');
        const copy = picked && document.querySelector(`[data-first-screen-for="${picked}"]`);
        if (!window.__firstShown && copy && copy.querySelector('table.targets tbody tr')
          && getComputedStyle(copy).display !== 'none') window.__firstShown = performance.now();
      };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true });
      window.__long = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); })
        .observe({ type: 'longtask', buffered: true });
    });
    let bytes = 0;
    const pending = [];
    page.on('requestfinished', (req) => pending.push(req.sizes().then((s) => { bytes += s.responseBodySize; })));
    await page.goto(`http://127.0.0.1:${p.port}/${p.query}`);
    await page.waitForFunction(() => window.__firstRow);
    await sleep(1500); // the deferred parts and the sweep
    await Promise.all(pending);
    const t = await page.evaluate(() => {
      const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      return {
        firstRow: window.__firstRow,
        firstShown: window.__firstShown ?? window.__firstRow,
        longest: Math.max(0, ...window.__long),
        blocking: window.__long.reduce((a, d) => a + Math.max(0, d - 50), 0),
        wasmLoaded: wasm ? wasm.responseEnd : null,
        wasmStart: mark('hps:wasm-start'),
        plansParsed: mark('hps:plans-parsed'),
        stateReady: mark('hps:state-ready'),
      };
    });
    await ctx.close();
    return { ...t, bytes };
  };
  const runs = Object.fromEntries(pages.map((p) => [p.name, []]));
  for (const p of pages) await load(p); // warm the server and the disk cache
  for (let i = 0; i < LOADS; i++) {
    // Each round in a different order, so no page always follows the same one.
    const order = pages.map((p, k) => pages[(k + i) % pages.length]);
    for (const p of (i % 2 ? order.reverse() : order)) runs[p.name].push(await load(p));
  }
  await browser.close();

  const ms = (x) => `${x.toFixed(1)} ms`;
  const row = {};
  for (const p of pages) {
    const r = runs[p.name];
    row[p.name] = { first: stats(r.map((x) => x.firstRow)), shown: stats(r.map((x) => x.firstShown)), bytes: r[0].bytes };
    const wasm = stats(r.map((x) => x.wasmStart)).median;
    const render = stats(r.map((x) => x.firstRow - x.stateReady).filter(Number.isFinite)).median;
    console.log(`${p.name.padEnd(22)} first load ${String(r[0].bytes).padStart(7)} B brotli · first row: median ${ms(row[p.name].first.median)}, p95 ${ms(row[p.name].first.p95)} (n=${LOADS})`
      + (Number.isFinite(wasm) ? ` · main() at ${ms(wasm)}, render ${ms(render)}` : '')
      + (row[p.name].shown.median < row[p.name].first.median - 1 ? ` · first row shown (build-time copy) ${ms(row[p.name].shown.median)}` : '')
      + ` · longest task ${ms(stats(r.map((x) => x.longest)).median)}, blocking ${ms(stats(r.map((x) => x.blocking)).median)}`);
  }
  const [a, b] = pages.map((p) => row[p.name]);
  console.log(`ratio (simulator / minimal): time to the first live row ${(b.first.median / a.first.median).toFixed(2)}×, `
    + `to the first row shown ${(b.shown.median / a.first.median).toFixed(2)}×, bytes ${(b.bytes / a.bytes).toFixed(1)}×`);
  // The simulator's own breakdown (medians of each step).
  const sim = runs[pages[1].name];
  const step = (f) => stats(sim.map(f).filter((x) => Number.isFinite(x))).median;
  console.log('simulator start-up, median of each step:');
  console.log(`  navigation → wasm downloaded        ${ms(step((x) => x.wasmLoaded))}`);
  console.log(`  wasm downloaded → its main() runs   ${ms(step((x) => x.wasmStart - x.wasmLoaded))}  (compile, instantiate)`);
  console.log(`  main() → every plan parsed          ${ms(step((x) => x.plansParsed - x.wasmStart))}`);
  console.log(`  plans parsed → state ready          ${ms(step((x) => x.stateReady - x.plansParsed))}  (start, projection, reports)`);
  console.log(`  state ready → first row in the DOM  ${ms(step((x) => x.firstRow - x.stateReady))}  (first render)`);
} finally {
  for (const s of servers) s.kill();
}
