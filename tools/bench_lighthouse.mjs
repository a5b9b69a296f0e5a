// Phone benchmark (figures, not a test), issue 15: Lighthouse 12.2's mobile audit (simulated slow
// 4G, a 4× slower CPU) of the simulator beside the minimal Leptos 0.8 page under `benches/`,
// both served precompressed by tools/serve_dist.py, in one run, runs alternating.
//
//   trunk build --release && node tools/bench_lighthouse.mjs [--runs N] [--query '?plan=…' …] [other-dist …]
//
// Each `--query` is an address measured (repeat it for several); without one, two: the first visit
// (empty address: the build-time first screen in index.html is shown) and `?plan=jiaohe` (a short
// link: edition 1, not the first visit's page, so its own build-time copy is fetched). A link with
// a scenario value (say `?plan=jiaohe&beds_total=2400`) has no copy and waits for the wasm.
//
// Lighthouse is pinned in package.json (12.2.3: later versions want a newer Node); the browser is
// Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). Prints, for each page, the median of
// N runs (3 unless told) of: performance, accessibility, best-practices and SEO scores, first and
// largest contentful paint, total blocking time, elements, bytes, and the longest main-thread tasks.
import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MINIMAL, prepareBuilds } from './bench_minimal.mjs';

const argv = process.argv.slice(2);
const take = (flag, fallback) => {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv.splice(at, 2)[1] : fallback;
};
const RUNS = Number(take('--runs', 3));
const QUERIES = [];
for (let q = take('--query'); q !== undefined; q = take('--query')) QUERIES.push(q);
if (!QUERIES.length) QUERIES.push('', '?plan=jiaohe');
const others = argv;
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

prepareBuilds();

const pages = [
  { name: 'minimal Leptos page', dir: `${MINIMAL}/dist`, port: 8197, query: '' },
  ...['dist', ...others].flatMap((dir, i) => QUERIES.map((query) => ({
    name: `${dir === 'dist' ? 'simulator' : dir} ${query || '(first visit)'}`, dir, port: 8198 + i, query,
  }))),
];
const served = [...new Map(pages.map((p) => [p.port, p])).values()];
const servers = served.map((p) => spawn('python3', ['tools/serve_dist.py', p.dir, '--port', String(p.port)], { stdio: 'ignore' }));

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

async function audit(url) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-lh-'));
  const port = 9300 + Math.floor(Math.random() * 500);
  const chrome = spawn(CHROME, ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    '--disable-quic', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 100; i++) {
      try { await fetch(`http://127.0.0.1:${port}/json/version`); break; } catch { await sleep(100); }
    }
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result.lhr;
    // LH_SAVE=folder keeps each run's whole report, to see which element and which task it was.
    if (process.env.LH_SAVE) {
      fs.mkdirSync(process.env.LH_SAVE, { recursive: true });
      fs.writeFileSync(path.join(process.env.LH_SAVE, `${new URL(url).port}-${Date.now()}.json`), result.report);
    }
    const a = (id) => lhr.audits[id];
    const tasks = (a('long-tasks')?.details?.items ?? []).map((t) => Math.round(t.duration));
    const work = Object.fromEntries((a('mainthread-work-breakdown')?.details?.items ?? [])
      .map((i) => [i.group, Math.round(i.duration)]));
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      seo: Math.round(lhr.categories.seo.score * 100),
      fcp: a('first-contentful-paint').numericValue,
      lcp: a('largest-contentful-paint').numericValue,
      tbt: a('total-blocking-time').numericValue,
      si: a('speed-index').numericValue,
      cls: a('cumulative-layout-shift').numericValue,
      elements: a('dom-size')?.numericValue ?? NaN,
      bytes: a('total-byte-weight').numericValue,
      mainThread: a('mainthread-work-breakdown')?.numericValue ?? NaN,
      tasks,
      work,
      failed: ['accessibility', 'best-practices', 'seo'].flatMap((c) => lhr.categories[c].auditRefs)
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => r.id),
    };
  } finally {
    chrome.kill();
    await sleep(200);
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

try {
  for (const p of served) {
    for (let i = 0; i < 50; i++) {
      try { await fetch(`http://127.0.0.1:${p.port}/`); break; } catch { await sleep(100); }
    }
  }
  const runs = Object.fromEntries(pages.map((p) => [p.name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const p of (i % 2 ? [...pages].reverse() : pages)) {
      runs[p.name].push(await audit(`http://127.0.0.1:${p.port}/${p.query}`));
    }
  }
  const cols = ['performance', 'accessibility', 'bestPractices', 'seo', 'fcp', 'lcp', 'tbt', 'si', 'cls', 'elements', 'bytes', 'mainThread'];
  const fmt = (k, v) => (k === 'cls' ? v.toFixed(3) : ['fcp', 'lcp', 'si'].includes(k) ? `${(v / 1000).toFixed(2)} s`
    : ['tbt', 'mainThread'].includes(k) ? `${Math.round(v)} ms`
      : k === 'bytes' ? `${(v / 1024).toFixed(0)} KB` : String(Math.round(v)));
  console.log(`Lighthouse ${lighthouse.version ?? '12.2.3'} mobile, median of ${RUNS} runs`);
  console.log(['page'.padEnd(34), ...cols.map((c) => c.padStart(14))].join(''));
  for (const p of pages) {
    const r = runs[p.name];
    console.log([p.name.padEnd(34), ...cols.map((c) => fmt(c, median(r.map((x) => x[c]))).padStart(14))].join(''));
  }
  for (const p of pages) {
    const r = runs[p.name];
    console.log(`${p.name}: long tasks per run ${r.map((x) => `[${x.tasks.join(', ')}]`).join(' ')} ms`);
    const w = r[Math.floor((r.length - 1) / 2)].work;
    console.log(`  main thread (a run): ${Object.entries(w).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
    const failed = [...new Set(r.flatMap((x) => x.failed))];
    if (failed.length) console.log(`  audits not passed (accessibility, best practices, SEO): ${failed.join(', ')}`);
  }
} finally {
  for (const s of servers) s.kill();
}
