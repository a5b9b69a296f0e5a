// Build step (called by tools/post_build.py): paints the first screen into index.html, so a
// phone shows the answer before the wasm has arrived.
//
//   node tools/prerender.mjs DIR
//
// The page is rendered by the app itself, in Debian's headless Chromium, from the built DIR: the
// page a first visit opens (no link, nothing stored), once in Chinese and once in English, and
// each built-in plan by its short link (`?plan=ID`) and by its latest-edition link, in each
// language. What is kept is the first screen exactly as the app builds it (header, plan bar,
// summary, levers, scoreboard), captured in the task that completes it, before the parts below
// are added. With it the address
// the app then writes for that page (`v=2&ed=…&lang=…`), so a reload or a shared link of the
// untouched page is painted too.
//
// index.html gets one `<meta name="hps-first-screen" content="LANG QUERY">` per address a copy is
// for (before `first-screen.js`); `data-browser` marks an address without `lang=`, which is that
// page only in a browser of that language (the app's rule: the link's language, else the
// browser's). The first visit's copies are in index.html, as an inert, hidden
// `<div data-first-screen-for="LANG">`; every other plan's copy is a file of its own in
// `first-screen/` (named by its content) whose metas carry `data-src`. first-screen.js (in the
// head, before the first paint) shows a copy, fetching it if need be, only if the app will open
// exactly that page; the wasm removes it in the task that mounts the live page. Any other link (a scenario, a plan file, an embed) or a stored
// scenario shows nothing until the app has opened it: never another page's figures as its own.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
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

/** Opens `?QUERY` (nothing: a first visit) in a browser of LOCALE and copies the app's first
 * screen, its ids prefixed with PREFIX. */
async function snapshot(browser, port, { lang, locale, query: link = '', prefix }) {
  const ctx = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Runs in the page: at the moment the app's own first screen is complete (`<html data-live>`,
  // src/ui/deferred.rs; before the parts below it are built), copy the live page with what the
  // user would see in its form controls.
  await page.addInitScript((prefix) => {
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
      window.__firstScreen = {
        html: copy.outerHTML,
        rows: app.querySelectorAll('[data-target]').length,
        summary: app.querySelectorAll('.summary-main').length,
        plans: [...document.querySelectorAll('#plan-picker optgroup:first-of-type option')].map((o) => o.value),
      };
    };
    new MutationObserver(take).observe(document, { childList: true, subtree: true, attributes: true });
  }, prefix);
  await page.goto(`http://127.0.0.1:${port}/${link ? `?${link}` : ''}`);
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
  // A plan may set no target for the first milestone (Sichuan: none for 2025), but a first
  // visit's page always has rows, and every page its summary line.
  if (!shot.summary || (!link && !shot.rows)) fail(`no summary or no scoreboard row in ?${link} (${lang})`);
  if (!query.includes(`lang=${lang}`)) fail(`?${link} (${lang}) settled on ?${query}, in another language`);
  return { lang, locale, link, query, html: shot.html, plans: shot.plans };
}

const strip = (html) => html
  .replace(/\s*<meta name="hps-first-screen"[^>]*>/g, '')
  .replace(/\s*<div data-first-screen-for="[^"]*"[^]*?<!--\/first-screen-->/g, '');

let html = strip(fs.readFileSync(index, 'utf-8'));
fs.writeFileSync(index, html); // render the page as the app alone would show it
const FOLDER = 'first-screen';
fs.rmSync(path.join(dir, FOLDER), { recursive: true, force: true });
const port = 8300 + Math.floor(Math.random() * 500);
const server = spawn('python3', [path.join(path.dirname(new URL(import.meta.url).pathname), 'serve_dist.py'), dir, '--port', String(port)], { stdio: 'ignore' });
const first = []; // a first visit, per language: in index.html
const linked = []; // each built-in plan's short and latest-edition links, per language
try {
  for (let i = 0; i < 50; i++) {
    try { await fetch(`http://127.0.0.1:${port}/`); break; } catch { await sleep(100); }
  }
  if (!fs.existsSync(CHROME)) fail(`no browser at ${CHROME} (set CHROME_PATH, or run tools/setup.sh)`);
  const chrome = await chromium.launch({ executablePath: CHROME, args });
  try {
    for (const l of LANGS) first.push(await snapshot(chrome, port, { ...l, prefix: `fs-${l.lang}-` }));
    const plans = first[0].plans;
    if (!plans.length) fail('the plan picker lists no built-in plan');
    // Each plan by its short link (`?plan=ID`, as a bureau writes one by hand: the first data
    // edition, as every link without `ed=`), and as the untouched page's own link at the latest
    // edition (what Share gives): the first visit's address with the plan changed.
    for (const id of plans) {
      for (const l of LANGS) {
        const latest = first.find((f) => f.lang === l.lang).query.replace(/(^|&)plan=[^&]*/, `$1plan=${encodeURIComponent(id)}`);
        for (const [link, short] of [[`plan=${encodeURIComponent(id)}`, true], [latest, false]]) {
          const prefix = `fs-${id}-${l.lang}-`;
          linked.push({ id, prefix, short, ...await snapshot(chrome, port, { ...l, query: link, prefix }) });
        }
      }
    }
  } finally {
    await chrome.close();
  }
} finally {
  server.kill();
}

// Each copy ends with a marker: the copy is shown only once the parser has reached it (CSS
// `:has`), so a slow phone never paints a half-read copy (its levers where its scoreboard goes).
const wrap = (key, s) => `<div data-first-screen-for="${key}" lang="${s.locale}" inert>${s.html}<i data-first-screen-end hidden></i></div>`;
const metas = [];
const meta = (lang, query, { src, browser } = {}) => {
  if (metas.some((m) => m.lang === lang && m.query === query)) return;
  metas.push({ lang, query, src, browser });
};
for (const s of first) meta(s.lang, s.query);
fs.mkdirSync(path.join(dir, FOLDER));
for (const s of linked) {
  // The same page as a first visit in that language (the default plan): its copy is in index.html.
  const same = first.find((f) => f.lang === s.lang && f.html === s.html.replaceAll(s.prefix, `fs-${s.lang}-`));
  let src;
  if (!same) {
    const body = wrap('fetched', s);
    const name = `${s.id}.${s.lang}.${crypto.createHash('sha256').update(body).digest('hex').slice(0, 12)}.html`;
    fs.writeFileSync(path.join(dir, FOLDER, name), body);
    src = `./${FOLDER}/${name}`;
  }
  // A link without lang= is that page in a browser of that language only.
  meta(s.lang, s.link, { src, browser: s.short });
  if (s.short) meta(s.lang, `${s.link}&lang=${s.lang}`, { src });
  meta(s.lang, s.query, { src });
  console.log(`prerender: ?${s.link} (${s.lang}), ${src ? `${s.html.length} bytes in ${src}` : 'the first visit\'s copy'}, settles as ?${s.query}`);
}

const SCRIPT = '<script src="./first-screen.js"></script>';
const metaTags = metas.map((m) => `\n  <meta name="hps-first-screen" content="${escapeAttr(`${m.lang} ${m.query}`)}"${m.src ? ` data-src="${escapeAttr(m.src)}"` : ''}${m.browser ? ' data-browser' : ''}>`).join('');
const bodies = first.map((s) => `\n  ${wrap(s.lang, s)}<!--/first-screen-->`).join('');
if (!html.includes(SCRIPT) || !html.includes('<body>')) fail(`index.html has no ${SCRIPT} or no <body>`);
html = html.replace(SCRIPT, `${metaTags.trimStart()}\n  ${SCRIPT}`).replace('<body>', `<body>${bodies}`);
fs.writeFileSync(index, html);
for (const s of first) console.log(`prerender: ${s.lang} first screen, ${s.html.length} bytes, opened as ?${s.query}`);
