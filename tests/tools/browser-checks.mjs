#!/usr/bin/env node
// Browser checks against a running `sitegen preview`, in headless Chromium via playwright-core.
//
//   node tests/tools/browser-checks.mjs BASE_URL INPUT_DIR
//
// BASE_URL is the preview server (http://127.0.0.1:PORT), INPUT_DIR a scratch copy of input/ that
// this script edits. Chromium: $CHROMIUM_PATH, else /usr/bin/chromium. Prints one line per check and
// "N passed, N failed" at the end; exits 1 when any check fails.

import { chromium } from 'playwright-core';
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const [base, input] = process.argv.slice(2);
if (!base || !input) {
  console.error('usage: node tests/tools/browser-checks.mjs BASE_URL INPUT_DIR');
  process.exit(2);
}

// No timed assertions: each check asserts that something happens, with a deadline a loaded 2-CPU
// machine meets (DEADLINE). How fast a rebuild is belongs to the benchmarks, not here.
const DEADLINE = 120000;

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
});
const results = [];
async function check(name, fn, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const cspErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  try {
    await fn(page);
    if (cspErrors.length) throw new Error(`blocked by the Content-Security-Policy:\n${cspErrors.join('\n')}`);
    results.push([name, true]);
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push([name, false]);
    console.log(`FAIL ${name}\n     ${String(error.message || error).split('\n').join('\n     ')}`);
  } finally {
    await context.close();
  }
}

const zhDir = join(input, 'articles', 'zh');
const hannan = (await readdir(zhDir)).filter((f) => f.startsWith('hannan-')).sort();

// The indicator pages the site lists (its /{lang}/indicators/ pages link each one).
async function indicatorPages() {
  const pages = [];
  for (const lang of ['zh', 'en']) {
    const html = await (await fetch(`${base}/${lang}/indicators/`)).text();
    pages.push(...[...html.matchAll(new RegExp(`href="(/${lang}/indicators/[a-z0-9-]+/)"`, 'g'))].map((m) => m[1]));
  }
  return [...new Set(pages)];
}

async function searchFinds(page, lang, query, expectSlugs, { only = false } = {}) {
  await page.goto(`${base}/${lang}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search .pagefind-ui__result-link', { timeout: DEADLINE });
  // the UI shows five results at a time: show them all
  for (let more; (more = await page.$('#search .pagefind-ui__button'));) {
    const shown = await page.$$eval('#search .pagefind-ui__result', (items) => items.length);
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search .pagefind-ui__result').length > n, shown, { timeout: DEADLINE });
  }
  await page.waitForFunction(
    (slugs) => slugs.every((s) => document.querySelector(`#search a[href*="${s}"]`)),
    expectSlugs,
    { timeout: DEADLINE },
  );
  const hrefs = await page.$$eval('#search .pagefind-ui__result-link', (links) => links.map((a) => a.getAttribute('href')));
  if (!hrefs.every((h) => h.startsWith(`/${lang}/`))) throw new Error(`results from another language: ${hrefs.join(', ')}`);
  const excerpts = await page.$$eval('#search .pagefind-ui__result-excerpt', (els) => els.map((e) => e.innerHTML));
  if (!excerpts.length || !excerpts.every((e) => e.includes('<mark>'))) throw new Error(`results without a highlighted excerpt: ${excerpts.join(' | ')}`);
  if (only) {
    const found = [...new Set(hrefs.map((h) => h.split('/')[3]))].sort();
    if (found.join() !== [...expectSlugs].sort().join()) throw new Error(`"${query}" found ${found.join(', ')}; expected only ${expectSlugs.join(', ')}`);
  }
}

// The zh articles whose title, summary or text (not the rest of the front matter) contain the words.
async function zhArticlesWith(words) {
  const slugs = [];
  for (const file of (await readdir(zhDir)).filter((f) => f.endsWith('.md'))) {
    const [front, ...body] = (await readFile(join(zhDir, file), 'utf8')).split('\n---\n');
    const searched = front.split('\n').filter((l) => /^(title|summary):/.test(l)).join('\n') + body.join('\n---\n');
    if (searched.includes(words)) slugs.push(file.replace(/\.md$/, ''));
  }
  return slugs;
}

for (const words of ['新能源', '招商引资']) {
  await check(`search: ${words} on the zh site finds exactly the articles that contain it`, async (page) =>
    searchFinds(page, 'zh', words, await zhArticlesWith(words), { only: true }));
}

await check('search: "battery" on the en site finds the Hannan battery articles', (page) =>
  searchFinds(page, 'en', 'battery', hannan.map((f) => f.replace(/\.md$/, ''))));

await check('search: the district filter is offered', async (page) => {
  await page.goto(`${base}/en/search/?q=battery`);
  await page.waitForSelector('#search .pagefind-ui__filter-name, #search details', { timeout: DEADLINE });
  const text = await page.textContent('#search');
  if (!/district/i.test(text)) throw new Error('no district filter in the search UI');
});

// axe in the light and the dark colour scheme (the browser's emulated prefers-color-scheme), on every kind of page a
// reader lands on, the search pages with results shown.
for (const colorScheme of ['light', 'dark']) {
  await check(`accessibility (${colorScheme}): axe finds no serious or critical violations (home, summary, district, article, search, indicators, about, glossary, topics; zh and en)`, async (page) => {
    const require = createRequire(import.meta.url);
    const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    const slug = hannan[0].replace(/\.md$/, '');
    const problems = [];
    for (const path of ['/zh/', '/en/', `/zh/articles/${slug}/`, `/en/articles/${slug}/`, '/zh/summary/', '/en/summary/', '/zh/districts/hanyang/', '/en/districts/hanyang/',
      '/zh/search/?q=新能源', '/en/search/?q=battery', ...(await indicatorPages()), '/zh/about/', '/en/about/', '/zh/data/', '/en/data/', '/zh/topics/', '/en/topics/investment/', '/zh/glossary/', '/en/glossary/']) {
      await page.goto(base + path);
      if (path.includes('/search/')) await page.waitForSelector('#search .pagefind-ui__result', { timeout: DEADLINE });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'landmark-unique')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0].target.join(' ')}`));
      problems.push(...violations.map((v) => `${path} ${v}`));
    }
    if (problems.length) throw new Error(problems.join('\n'));
  }, { bypassCSP: true, colorScheme }); // axe is injected as an inline script, which the site's CSP rightly blocks
}

await check('tables sort by keyboard and say so with aria-sort', async (page) => {
  await page.goto(`${base}/en/summary/`);
  const header = page.locator('#projects-by-district thead th').nth(1);
  await header.locator('button').focus();
  await page.keyboard.press('Enter');
  const sort = await header.getAttribute('aria-sort');
  if (sort !== 'ascending') throw new Error(`aria-sort is ${sort}`);
  const values = await page.$$eval('#projects-by-district tbody tr td:nth-child(2)', (cells) => cells.map((c) => Number(c.getAttribute('data-sort'))));
  if (values.some((v, i) => i > 0 && values[i - 1] > v)) throw new Error(`not ascending: ${values}`);
});

// Every page kind in both languages, as a 390 px phone shows it: nothing wider than the screen, and every table cell
// whole and on screen (tables are cards on phones: a number is never cut, a column never off-screen).
const pageKinds = async () => {
  const zh = (await readdir(zhDir)).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')).sort();
  const longest = (await Promise.all(zh.map(async (s) => [s, (await readFile(join(input, 'articles', 'en', `${s}.md`), 'utf8').catch(() => '')).length])))
    .sort((a, b) => b[1] - a[1])[0][0];
  const withProjects = [];
  for (const s of zh) if (/\nprojects:\n/.test(await readFile(join(zhDir, `${s}.md`), 'utf8'))) withProjects.push(s);
  const paths = [];
  for (const lang of ['zh', 'en']) {
    paths.push(`/${lang}/`, `/${lang}/articles/`, `/${lang}/articles/${longest}/`, `/${lang}/districts/`, `/${lang}/districts/hanyang/`, `/${lang}/districts/wuhan/`,
      `/${lang}/summary/`, `/${lang}/search/`, `/${lang}/topics/`, `/${lang}/topics/investment/`, `/${lang}/topics/new-energy-vehicles/`, `/${lang}/about/`,
      `/${lang}/indicators/`, `/${lang}/404.html`);
    if (withProjects.length) paths.push(`/${lang}/articles/${withProjects[0]}/`);
  }
  return [...paths, ...(await indicatorPages())];
};

await check('layout: at 390 px no page scrolls sideways, every table cell is whole and on screen, and chart text is at least 12 px (every page kind, zh and en)', async (page) => {
  const problems = [];
  for (const path of await pageKinds()) {
    const response = await page.goto(base + path);
    if (!response || (response.status() !== 200 && !path.endsWith('404.html'))) { problems.push(`${path}: HTTP ${response && response.status()}`); continue; }
    await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: DEADLINE });
    const found = await page.evaluate(() => {
      const out = [];
      const width = document.documentElement.scrollWidth;
      if (width > window.innerWidth) out.push(`document is ${width} px wide`);
      document.querySelectorAll('table.data-table tbody :is(th, td), table.data-table tfoot :is(th, td)').forEach((cell) => {
        const rect = cell.getBoundingClientRect();
        if (rect.width === 0) return;
        const text = document.createRange();
        text.selectNodeContents(cell);
        const inner = text.getBoundingClientRect();
        const where = `table ${cell.closest('section')?.id}, "${cell.textContent.trim().slice(0, 40)}"`;
        if (rect.left < -1 || rect.right > window.innerWidth + 1) out.push(`${where}: cell is off screen (${Math.round(rect.left)}–${Math.round(rect.right)} px)`);
        else if (inner.width > 0 && (inner.left < rect.left - 1 || inner.right > rect.right + 1)) out.push(`${where}: text runs past its cell`);
        else if (cell.scrollWidth > cell.clientWidth + 1) out.push(`${where}: cell is cut (${cell.scrollWidth} > ${cell.clientWidth} px)`);
      });
      document.querySelectorAll('figure.chart svg').forEach((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const text = svg.querySelector('text');
        const size = text ? parseFloat(getComputedStyle(text).fontSize) * scale : 0;
        if (text && size < 12) out.push(`chart ${svg.closest('figure').id}: text is ${size.toFixed(1)} px`);
        if (!svg.closest('figure').querySelector('figcaption .chart-title')) out.push(`chart ${svg.closest('figure').id}: no visible title`);
      });
      return out;
    });
    problems.push(...found.map((f) => `${path}: ${f}`));
  }
  if (problems.length) throw new Error(problems.join('\n'));
}, { viewport: { width: 390, height: 844 } });

// Wide screens keep the tables, and no card's content runs past it (the home page's stat cards, key figures, charts).
await check('layout: at 1280 px tables are tables and nothing runs past its card (home, summary, district, indicator; zh and en)', async (page) => {
  const problems = [];
  const paths = ['/zh/', '/en/', '/zh/summary/', '/en/summary/', '/zh/districts/hanyang/', '/en/districts/hanyang/', ...(await indicatorPages()).slice(0, 2)];
  for (const path of paths) {
    await page.goto(base + path);
    const found = await page.evaluate(() => {
      const out = [];
      if (document.documentElement.scrollWidth > window.innerWidth) out.push(`document is ${document.documentElement.scrollWidth} px wide`);
      document.querySelectorAll('table.data-table').forEach((table) => {
        if (getComputedStyle(table).display !== 'table') out.push(`table ${table.closest('section')?.id} is laid out as ${getComputedStyle(table).display}`);
      });
      document.querySelectorAll('.stat, .key-figure, .card, .chart').forEach((card) => {
        const box = card.getBoundingClientRect();
        card.querySelectorAll('*').forEach((el) => {
          const text = document.createRange();
          text.selectNodeContents(el);
          const right = Math.max(el.getBoundingClientRect().right, text.getBoundingClientRect().right);
          if (right > box.right + 1) out.push(`${card.className}: "${el.textContent.trim().slice(0, 40)}" runs ${Math.round(right - box.right)} px past its card`);
        });
      });
      return [...new Set(out)];
    });
    problems.push(...found.map((f) => `${path}: ${f}`));
  }
  if (problems.length) throw new Error(problems.join('\n'));
}, { viewport: { width: 1280, height: 900 } });

// Printed, a narrow page gets the same cards as a phone and a wide one the tables; every chart stays whole.
await check('print: tables are cards on a narrow page and tables on a wide one, charts are kept whole, and pages are numbered', async (page) => {
  const problems = [];
  await page.emulateMedia({ media: 'print' });
  for (const [width, expected] of [[390, 'block'], [760, 'table']]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/en/summary/', '/zh/districts/hanyang/']) {
      await page.goto(base + path);
      const found = await page.evaluate((expected) => {
        const out = [];
        document.querySelectorAll('table.data-table').forEach((t) => { if (getComputedStyle(t).display !== expected) out.push(`table ${t.closest('section')?.id} is ${getComputedStyle(t).display}`); });
        document.querySelectorAll('figure.chart').forEach((f) => { if (getComputedStyle(f).breakInside !== 'avoid') out.push(`chart ${f.id} may break across pages`); });
        return out;
      }, expected);
      problems.push(...found.map((f) => `${path} at ${width} px: ${f}`));
    }
  }
  const pageRule = await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules]).some((r) => r.constructor.name === 'CSSPageRule' && r.cssText.includes('counter(page)')));
  if (!pageRule) problems.push('no @page rule with page numbers');
  if (problems.length) throw new Error(problems.join('\n'));
});

// The reload script marks the page once its event stream is open, so a save cannot race it.
const connected = (page) => page.waitForSelector('html[data-sitegen-live="connected"]', { state: 'attached', timeout: DEADLINE });

await check('preview: saving a Markdown file reloads the open page', async (page) => {
  const file = join(zhDir, hannan[0]);
  const slug = hannan[0].replace(/\.md$/, '');
  await page.goto(`${base}/zh/articles/${slug}/`);
  await connected(page);
  const marker = `实时预览测试${Date.now()}。`;
  const original = await readFile(file, 'utf8');
  const started = Date.now();
  await writeFile(file, original.replace(/\n*$/, `\n\n${marker}\n`));
  try {
    await page.waitForFunction((m) => document.body.textContent.includes(m), marker, { timeout: DEADLINE });
    console.log(`     reloaded with the change after ${Date.now() - started} ms`);
  } finally {
    await writeFile(file, original);
  }
});

await check('preview: a build error shows an overlay with file and line, and fixing it recovers', async (page) => {
  const file = join(zhDir, hannan[0]);
  const original = await readFile(file, 'utf8');
  await page.goto(`${base}/zh/`);
  await connected(page);
  await writeFile(file, original.replace(/^date: .*$/m, 'date: 2025-13-45'));
  try {
    await page.waitForSelector('#sitegen-error-overlay', { timeout: DEADLINE });
    const text = await page.textContent('#sitegen-error-overlay');
    if (!text.includes(`${hannan[0]}:3: error:`)) throw new Error(`overlay lacks file:line: ${text}`);
  } finally {
    await writeFile(file, original);
  }
  await page.waitForSelector('#sitegen-error-overlay', { state: 'detached', timeout: DEADLINE });
});

await browser.close();
const failed = results.filter(([, ok]) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
