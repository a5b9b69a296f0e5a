// Build step (called by tools/post_build.py): paints the first screen into index.html, so a
// phone shows the answer before the wasm has arrived.
//
//   node tools/prerender.mjs DIR
//
// The page is rendered by the app itself, in Debian's headless Chromium, from the built DIR: the
// page a first visit opens (no link, nothing stored), once in Chinese and once in English. What is
// kept is the first screen exactly as the app builds it (header, plan bar, summary, levers,
// scoreboard), captured in the task that completes it, before the parts below are added.
// With it the address the app then writes for that page (`v=2&ed=…`), so a reload of the untouched
// page is painted too.
//
// index.html gets, per language, `<meta name="hps-first-screen" content="LANG QUERY">` (before
// `first-screen.js`) and an inert, hidden `<div data-first-screen-for="LANG">` with the markup;
// `first-screen.js` (in the head, before the first paint) shows the copy only if the app will
// open exactly that page, and the wasm removes it in the task that mounts the live page. Any other link, a stored scenario or
// an embed shows nothing until the app has opened it: never the default's figures as its own.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const dir = process.argv[2] || 'dist';
const index = path.join(dir, 'index.html');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const LANGS = [
  { lang: 'zh', locale: 'zh-CN' },
  { lang: 'en', locale: 'en-US' },
];

const fail = (why) => {
  console.error(`prerender: ${why}`);
  process.exit(1);
};

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

async function snapshot(browser, port, { lang, locale }) {
  const ctx = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Runs in the page: at the moment the app's own first screen is complete (`<html data-live>`,
  // src/ui/deferred.rs; before the parts below it are built), copy the live page with what the
  // user would see in its form controls.
  await page.addInitScript(() => {
    const take = () => {
      const app = document.querySelector('.app');
      if (window.__firstScreen || !app || !document.documentElement.hasAttribute('data-live')) return;
      const live = app.querySelectorAll('input, select, textarea');
      const copy = app.cloneNode(true);
      copy.querySelectorAll('input, select, textarea').forEach((el, i) => {
        const src = live[i];
        if (el.tagName === 'SELECT') {
          [...el.options].forEach((o, k) => {
            if (src.options[k].selected) o.setAttribute('selected', '');
            else o.removeAttribute('selected');
          });
        } else if (el.type === 'checkbox' || el.type === 'radio') {
          if (src.checked) el.setAttribute('checked', ''); else el.removeAttribute('checked');
        } else if (el.tagName === 'TEXTAREA') {
          el.textContent = src.value;
        } else {
          el.setAttribute('value', src.value);
        }
      });
      // Only the live page may carry ids, form names and the data hooks the app (and its tests)
      // look elements up by: the copy gets its ids prefixed (so its labels still point at its own
      // controls) and loses every data-* attribute but the scoreboard's column labels.
      const prefix = `fs-${document.documentElement.lang}-`;
      const refs = ['for', 'aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-owns'];
      [copy, ...copy.querySelectorAll('*')].forEach((el) => {
        if (el.id) el.id = prefix + el.id;
        if (el.getAttribute('name')) el.setAttribute('name', prefix + el.getAttribute('name'));
        refs.forEach((a) => {
          const v = el.getAttribute(a);
          if (v) el.setAttribute(a, v.split(/\s+/).map((id) => prefix + id).join(' '));
        });
        [...el.attributes].forEach((a) => {
          if (a.name.startsWith('data-') && a.name !== 'data-label') el.removeAttribute(a.name);
        });
      });
      window.__firstScreen = { html: copy.outerHTML, rows: app.querySelectorAll('[data-target]').length, lang: document.documentElement.lang };
    };
    new MutationObserver(take).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.__firstScreen && location.search.length > 1, null, { timeout: 30000 });
  // The address bar is written once the page settles; wait until it stops changing.
  let query = '';
  for (let i = 0; i < 20; i++) {
    await sleep(150);
    const q = await page.evaluate(() => location.search.slice(1));
    if (q === query) break;
    query = q;
  }
  const shot = await page.evaluate(() => window.__firstScreen);
  await ctx.close();
  if (errors.length) fail(`the page reported errors: ${errors.join('; ')}`);
  if (!shot.rows) fail(`no scoreboard row in the ${lang} page`);
  return { lang, locale, query, html: shot.html };
}

const strip = (html) => html
  .replace(/\s*<meta name="hps-first-screen"[^>]*>/g, '')
  .replace(/\s*<div data-first-screen-for="[^"]*"[^]*?<!--\/first-screen-->/g, '');

let html = strip(fs.readFileSync(index, 'utf-8'));
fs.writeFileSync(index, html); // render the page as the app alone would show it
const port = 8300 + Math.floor(Math.random() * 500);
const server = spawn('python3', [path.join(path.dirname(new URL(import.meta.url).pathname), 'serve_dist.py'), dir, '--port', String(port)], { stdio: 'ignore' });
let shots;
try {
  for (let i = 0; i < 50; i++) {
    try { await fetch(`http://127.0.0.1:${port}/`); break; } catch { await sleep(100); }
  }
  if (!fs.existsSync(CHROME)) fail(`no browser at ${CHROME} (set CHROME_PATH, or run tools/setup.sh)`);
  const browser = await chromium.launch({ executablePath: CHROME, args });
  try {
    shots = [];
    for (const l of LANGS) shots.push(await snapshot(browser, port, l));
  } finally {
    await browser.close();
  }
} finally {
  server.kill();
}

const metas = shots.map((s) => `\n  <meta name="hps-first-screen" content="${escapeAttr(`${s.lang} ${s.query}`)}">`).join('');
const SCRIPT = '<script src="./first-screen.js"></script>';
// Each copy ends with a marker: the copy is shown only once the parser has reached it (CSS
// `:has`), so a slow phone never paints a half-read copy (its levers where its scoreboard goes).
const bodies = shots.map((s) => `\n  <div data-first-screen-for="${s.lang}" lang="${s.locale}" inert>${s.html}<i data-first-screen-end hidden></i></div><!--/first-screen-->`).join('');
if (!html.includes(SCRIPT) || !html.includes('<body>')) fail(`index.html has no ${SCRIPT} or no <body>`);
html = html.replace(SCRIPT, `${metas.trimStart()}\n  ${SCRIPT}`).replace('<body>', `<body>${bodies}`);
fs.writeFileSync(index, html);
for (const s of shots) console.log(`prerender: ${s.lang} first screen, ${s.html.length} bytes, opened as ?${s.query}`);
