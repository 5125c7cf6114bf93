// Builds SiteGen's sharded search index with Pagefind's Node API. Run by SearchIndexer (embedded in
// SiteGen), never by hand:
//
//   node search-index.mjs PLAN.json
//
// PLAN.json: { "pagefind": "<path of pagefind's lib/index.js>", "jobs": 2, "background": false,
//              "shards": [{ "name": "zh-3", "language": "zh", "segment": true, "out": "<folder>",
//                           "pages": [["<html file>", "/zh/articles/slug/"], ...] }, ...] }
//
// Each shard is one Pagefind index of one language, written to its own folder. `jobs` shards are built
// at once, each by a Pagefind service of its own that ends with the shard, so memory is bounded by
// the shards being built, not by the site. "background": at low CPU priority, which the Pagefind
// processes inherit (preview indexes while the editor works). Prints one JSON line per shard,
// {"shard": "zh-3", "pages": 1210} (a shard none of whose pages has a data-pagefind-body
// is not written: "pages": 0); on a failure it prints the reason on stderr and exits 1.
//
// Chinese ("segment": true): a zero-width space goes between neighbouring Han characters in the
// page's text (never in attributes, nor in a filter's text), so Pagefind indexes every character at
// its own position; the search page asks for a phrase of characters (theme/assets/js/site.js), which
// matches exactly the pages that contain the query as written. Pagefind itself uses zero-width spaces
// as its word boundary for Chinese, so excerpts read as the page does.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { setPriority, constants } from 'node:os';

/** One shard: its pages into a fresh Pagefind index, written to shard.out. */
async function build(pagefind, shard) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: shard.language });
  if (!index) throw new Error(errors.join('\n'));
  // A few files in flight keep Pagefind busy while the next one is read, without queueing the shard.
  const inFlight = new Set();
  const failures = [];
  let indexed = 0;
  for (const [file, url] of shard.pages) {
    let html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    html = whatPagefindReads(html);
    if (shard.segment) html = segmentHan(html);
    const adding = index.addHTMLFile({ url, content: html }).then((result) => {
      inFlight.delete(adding);
      if (result.errors.length) failures.push(`${file}: ${result.errors.join('; ')}`);
      else indexed++;
    });
    inFlight.add(adding);
    if (inFlight.size >= 8) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failures.length) throw new Error(failures.join('\n'));
  if (indexed === 0) {
    await index.deleteIndex();
    return { shard: shard.name, pages: 0 };
  }
  const written = await index.writeFiles({ outputPath: shard.out });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  await index.deleteIndex();
  return { shard: shard.name, pages: indexed };
}

const MARKER = 'data-pagefind-';
const HTML_TAG = /<html\b(?:[^>"']|"[^"]*"|'[^']*')*>/i;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The page cut down to what Pagefind reads of it: the html element (its lang) and every element carrying a
 * data-pagefind-… attribute (each data-pagefind-body element whole, with what it ignores), in page order.
 * The rest (head, navigation, the tables and pager outside the body) is left out before it is sent.
 */
function whatPagefindReads(html) {
  let out = `${(HTML_TAG.exec(html) || ['<html>'])[0]}<body>`;
  for (let at = html.indexOf(MARKER); at >= 0; at = html.indexOf(MARKER, at)) {
    const start = html.lastIndexOf('<', at);
    const name = /^<([A-Za-z][\w-]*)/.exec(html.slice(start, start + 64));
    if (!name || name[1].toLowerCase() === 'html') {
      at += MARKER.length;
      continue;
    }
    const end = elementEnd(html, start, name[1].toLowerCase());
    out += `${html.slice(start, end)}\n`;
    at = end;
  }
  return `${out}</body></html>`;
}

/** Where the element whose opening tag starts at `start` ends: after its closing tag (or its tag, if it has none). */
function elementEnd(html, start, name) {
  const tagEnd = html.indexOf('>', start) + 1;
  if (tagEnd === 0) return html.length;
  if (VOID.has(name) || html[tagEnd - 2] === '/') return tagEnd;
  const tags = new RegExp(`<(/?)${name}[\\s>/]`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match; (match = tags.exec(html));) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.indexOf('>', match.index) + 1 || html.length;
  }
  return html.length;
}

const HAN_PAIR = /(\p{Script=Han})(?=\p{Script=Han})/gu;
const HAN_FIRST = /^\p{Script=Han}/u;
const HAN_LAST = /\p{Script=Han}$/u;
const TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
// A filter taken from an element's text (data-pagefind-filter="district", no ":value") keeps its text as written.
const TEXT_FILTER = /\sdata-pagefind-filter\s*=\s*(["'])[^:"']*\1/;

/** The page with a zero-width space between neighbouring Han characters of its text, also across inline tags. */
function segmentHan(html) {
  let out = '';
  let last = 0;
  let keep = null; // the element whose text is kept as written
  let depth = 0; // how deep in it we are
  let afterHan = false; // the text so far ends with a Han character
  const text = (chunk) => {
    if (keep || chunk === '') return chunk;
    const segmented = (afterHan && HAN_FIRST.test(chunk) ? '\u200B' : '') + chunk.replace(HAN_PAIR, '$1\u200B');
    afterHan = HAN_LAST.test(chunk);
    return segmented;
  };
  for (const match of html.matchAll(TAG)) {
    out += text(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
    const [, closing, name, attributes] = match;
    if (!name) continue;
    if (keep) {
      if (name.toLowerCase() === keep) depth += closing ? -1 : 1;
      if (depth === 0) keep = null;
    } else if (!closing && TEXT_FILTER.test(attributes)) {
      keep = name.toLowerCase();
      depth = 1;
      afterHan = false;
    }
  }
  return out + text(html.slice(last));
}

// A failure is told in one line (its message, not Node's stack trace): SiteGen shows it to the user.
const reason = (error) => (error && error.message) || String(error);
let failed = false;
try {
  const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  if (plan.background) setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  const queue = [...plan.shards];

  // Each job imports its own instance of Pagefind's module (the query makes it distinct), and so talks to a
  // Pagefind service of its own; the service is closed after each shard, so its memory goes with it.
  const job = async (number) => {
    const pagefind = await import(`${pathToFileURL(plan.pagefind).href}?job=${number}`);
    for (let shard = queue.shift(); shard && !failed; shard = queue.shift()) {
      try {
        process.stdout.write(`${JSON.stringify(await build(pagefind, shard))}\n`);
      } catch (error) {
        failed = true;
        process.stderr.write(`shard ${shard.name}: ${reason(error)}\n`);
      } finally {
        await pagefind.close();
      }
    }
  };

  const jobs = Math.max(1, Math.min(plan.jobs || 1, queue.length));
  await Promise.all(Array.from({ length: jobs }, (_, number) => job(number)));
} catch (error) {
  failed = true;
  process.stderr.write(`${reason(error)}\n`);
}
process.exit(failed ? 1 : 0);
