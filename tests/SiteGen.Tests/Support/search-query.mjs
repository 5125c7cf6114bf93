// Searches a SiteGen search index the way the search page does, in Node: Pagefind's own search
// (pagefind.js) over the first shard of the language with the others merged (mergeIndex).
//
//   node search-query.mjs BUNDLE_DIR LANG QUERY...
//
// BUNDLE_DIR is a site's pagefind/ folder; it is served on 127.0.0.1 for the duration. A Chinese query
// is searched as a phrase of the characters of its longest part, as theme/assets/js/site.js does (the
// browser checks test that one), newest first. Prints JSON:
// {"shards": [...], "results": {"QUERY": [["/zh/articles/slug/", "excerpt"], ...]}}.

import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundle, lang, ...queries] = process.argv.slice(2);
const server = http.createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(/^\/pagefind\//, '');
  try {
    const body = await readFile(join(bundle, path));
    response.writeHead(200);
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const chinesePhrase = (term) => {
  if (!/\p{Script=Han}/u.test(term)) return term;
  const longest = term.split(/[\s\p{P}\p{S}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
  return `"${longest.replace(/\p{Script=Han}/gu, ' $& ').replace(/\s+/g, ' ').trim()}"`;
};

try {
  const shards = JSON.parse(await readFile(join(bundle, 'shards.json'), 'utf8'))[lang] || [];
  const pagefind = await import(pathToFileURL(join(bundle, 'pagefind.js')).href);
  await pagefind.options({ basePath: `${base}/pagefind/${shards[0]}/`, excerptLength: lang === "zh" ? 30 : 12 });
  await pagefind.init();
  await Promise.all(shards.slice(1).map((name) => pagefind.mergeIndex(`${base}/pagefind/${name}/`, { excerptLength: lang === "zh" ? 30 : 12 })));
  const results = {};
  for (const query of queries) {
    const found = lang === 'zh' ? await pagefind.search(chinesePhrase(query), { sort: { date: 'desc' } }) : await pagefind.search(query);
    results[query] = [];
    for (const result of found.results) {
      const data = await result.data();
      results[query].push([data.url.replace(base, ''), data.excerpt]);
    }
  }
  console.log(JSON.stringify({ shards, results }));
} finally {
  server.close();
}
