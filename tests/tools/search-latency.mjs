#!/usr/bin/env node
// How soon preview's search finds what an editor saved. Never part of the tests.
//
//   node tests/tools/search-latency.mjs SITEGEN INPUT_DIR THEME_DIR OUTPUT_DIR [EDITS=5]
//
// Starts `SITEGEN preview` on a free port (it must be able to write INPUT_DIR: the edits are undone at
// the end), waits for its first "search is current", then EDITS times appends a sentence with a new
// word to a different zh article and measures from the save to "built" (the live reload) and to "search
// is current" (the shards of that article re-indexed), and checks through the site's own search index
// (Pagefind's search in Node, as tests/SiteGen.Tests/Support/search-query.mjs runs it) that the word is
// found in that article only. Prints one line per edit and the medians.

import { spawn, execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [sitegen, input, theme, output, edits = '5'] = process.argv.slice(2);
if (!output) {
  console.error('usage: node tests/tools/search-latency.mjs SITEGEN INPUT_DIR THEME_DIR OUTPUT_DIR [EDITS]');
  process.exit(2);
}
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});

const preview = spawn(sitegen, ['preview', '--port', String(port), '--input', input, '--theme', theme, '--output', output], { cwd: repo });
const lines = [];
const waiters = [];
let buffer = '';
preview.stdout.on('data', (chunk) => {
  buffer += chunk;
  let newline;
  while ((newline = buffer.indexOf('\n')) >= 0) {
    const line = buffer.slice(0, newline);
    buffer = buffer.slice(newline + 1);
    lines.push([Date.now(), line]);
    for (const waiter of [...waiters]) waiter();
  }
});
preview.stderr.resume();
const waitFor = (pattern, after) => new Promise((resolve, reject) => {
  const deadline = setTimeout(() => reject(new Error(`no "${pattern}" within 10 minutes:\n${lines.map((l) => l[1]).join('\n')}`)), 600000);
  const check = () => {
    const hit = lines.find(([at, line]) => at >= after && line.includes(pattern));
    if (hit) {
      clearTimeout(deadline);
      waiters.splice(waiters.indexOf(check), 1);
      resolve(hit);
    }
  };
  waiters.push(check);
  check();
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const restore = [];
try {
  const started = Date.now();
  const [first, firstLine] = await waitFor('search is current', 0);
  console.log(`first index: ${((first - started) / 1000).toFixed(1)} s after start (${firstLine.trim()})`);
  const zh = (await readdir(join(input, 'articles', 'zh'))).filter((f) => f.endsWith('.md')).sort();
  const built = [];
  const current = [];
  for (let i = 0; i < Number(edits); i++) {
    const file = join(input, 'articles', 'zh', zh[Math.floor((zh.length * (i + 0.5)) / Number(edits))]);
    const original = await readFile(file, 'utf8');
    restore.push([file, original]);
    const word = `鲲鹏${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${i}号测试`;
    const saved = Date.now();
    await writeFile(file, original.replace(/\n*$/, `\n\n${word}。\n`));
    const [builtAt] = await waitFor('built ', saved);
    const [currentAt, line] = await waitFor('search is current', saved);
    built.push(builtAt - saved);
    current.push(currentAt - saved);
    const found = JSON.parse(execFileSync('node', [join(repo, 'tests/SiteGen.Tests/Support/search-query.mjs'), join(output, 'pagefind'), 'zh', word], { encoding: 'utf8' }));
    const slug = file.split('/').pop().replace(/\.md$/, '');
    const urls = found.results[word].map((r) => r[0]);
    const ok = urls.length === 1 && urls[0] === `/zh/articles/${slug}/`;
    if (!ok) process.exitCode = 1;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${slug}: built ${builtAt - saved} ms, search current ${currentAt - saved} ms after the save (${line.trim()}); "${word}" found in ${urls.join(', ') || 'nothing'}`);
  }
  console.log(`median of ${built.length}: built ${median(built)} ms, search current ${median(current)} ms after the save`);
} finally {
  for (const [file, original] of restore) await writeFile(file, original);
  preview.kill('SIGTERM');
}
