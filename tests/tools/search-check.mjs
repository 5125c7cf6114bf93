#!/usr/bin/env node
// Checks a built site's search page in headless Chromium (playwright-core): the oldest and the newest article
// of each language are found by their titles (so every shard is searched), with highlighted excerpts, the
// district filter, and results in the page's language only. Prints how long each search took to show.
// Never part of the tests (the tests run tests/tools/browser-checks.mjs); for large sites.
//
//   node tests/tools/search-check.mjs BASE_URL INPUT_DIR
//
// BASE_URL serves the built site (e.g. `python3 -m http.server` in output/); INPUT_DIR is its input/.
// Chromium: $CHROMIUM_PATH, else /usr/bin/chromium.

import { chromium } from 'playwright-core';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const [base, input] = process.argv.slice(2);
if (!base || !input) {
  console.error('usage: node tests/tools/search-check.mjs BASE_URL INPUT_DIR');
  process.exit(2);
}

/** The oldest and the newest article of a language: [slug, title], by the date in their front matter (zh's for en). */
async function ends(lang) {
  const dir = join(input, 'articles', lang);
  const articles = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.md'))) {
    const text = await readFile(join(dir, file), 'utf8');
    const zh = lang === 'zh' ? text : await readFile(join(input, 'articles', 'zh', file), 'utf8');
    const title = /^title: *"?(.*?)"?$/m.exec(text)[1].replace(/\\"/g, '"');
    articles.push([/^date: *(\S+)/m.exec(zh)[1], file.replace(/\.md$/, ''), title]);
  }
  articles.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  return [articles[0], articles[articles.length - 1]];
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
let failed = 0;
const shards = await (await fetch(`${base}/pagefind/shards.json`)).json();
for (const lang of ['zh', 'en']) {
  for (const [date, slug, title] of await ends(lang)) {
    const page = await browser.newPage();
    try {
      const started = Date.now();
      await page.goto(`${base}/${lang}/search/?q=${encodeURIComponent(title)}`);
      await page.waitForSelector('#search .pagefind-ui__result-link', { timeout: 120000 });
      const shown = Date.now() - started;
      const href = `/${lang}/articles/${slug}/`;
      // the UI shows five results at a time: show more until the article is among them
      for (;;) {
        if (await page.$(`#search .pagefind-ui__result-link[href="${href}"]`)) break;
        const more = await page.$('#search .pagefind-ui__button');
        if (!more) break;
        const shownBefore = await page.$$eval('#search .pagefind-ui__result', (items) => items.length);
        await more.click();
        await page.waitForFunction((n) => document.querySelectorAll('#search .pagefind-ui__result').length > n, shownBefore, { timeout: 120000 });
      }
      const result = await page.evaluate((h) => {
        const link = document.querySelector(`#search .pagefind-ui__result-link[href="${h}"]`);
        const item = link && link.closest('.pagefind-ui__result');
        return {
          found: !!link,
          rank: [...document.querySelectorAll('#search .pagefind-ui__result-link')].findIndex((a) => a.getAttribute('href') === h) + 1,
          excerpt: item ? item.querySelector('.pagefind-ui__result-excerpt').innerHTML : '',
          other: [...document.querySelectorAll('#search .pagefind-ui__result-link')].map((a) => a.getAttribute('href')).filter((x) => !x.startsWith(`/${location.pathname.split('/')[1]}/`)),
          filter: !!document.querySelector('#search .pagefind-ui__filter-name, #search .pagefind-ui__filter-block'),
          message: document.querySelector('#search .pagefind-ui__message')?.textContent,
        };
      }, href);
      const ok = result.found && result.excerpt.includes('<mark>') && result.other.length === 0 && result.filter;
      if (!ok) failed++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${lang} ${date} ${slug} "${title}": ${result.found ? `result ${result.rank}` : 'not found'} of "${result.message}" (${shards[lang].length} shards), first results after ${shown} ms`);
      if (!ok) console.log(`     excerpt: ${result.excerpt}; other languages: ${result.other.join(', ')}; filter: ${result.filter}`);
    } finally {
      await page.close();
    }
  }
}
await browser.close();
process.exit(failed ? 1 : 0);
