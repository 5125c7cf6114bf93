#!/usr/bin/env node
// The wall time and peak memory of a command and every process it starts (Linux). Never part of the tests.
//
//   node tests/tools/peak-memory.mjs [--label NAME] -- COMMAND [ARG...]
//
// `/usr/bin/time -v` reports the largest resident set of one process, so a build that runs Pagefind
// beside itself is under-reported. This polls /proc every 20 ms, sums the resident memory of the
// command's whole process tree, and prints the largest sum seen (and the largest single process), as
//   peak-memory: NAME wall 12.3 s, tree peak 812 MiB (largest process 530 MiB), load 1.02 before
// A process that lives for less than one poll can be missed; the builds measured here run for seconds.

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
let label = '';
if (args[0] === '--label') {
  label = args[1];
  args.splice(0, 2);
}
if (args[0] === '--') args.shift();
if (args.length === 0) {
  console.error('usage: node tests/tools/peak-memory.mjs [--label NAME] -- COMMAND [ARG...]');
  process.exit(2);
}

const pageSize = 4096;
const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
const started = process.hrtime.bigint();
const child = spawn(args[0], args.slice(1), { stdio: 'inherit' });
let peak = 0;
let largest = 0;
const cpuTicks = new Map(); // pid -> user + system clock ticks, as last seen
const byName = new Map(); // command name -> the largest resident set of a process of that name

function parents() {
  const map = new Map();
  const ticks = new Map();
  const names = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // the command name is in parentheses and may hold spaces: the fields after it are fixed
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
      names.set(Number(name), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
      ticks.set(Number(name), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process has exited meanwhile
    }
  }
  return { map, ticks, names };
}

function sample() {
  const { map, ticks, names } = parents();
  const tree = new Set([child.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of map) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let sum = 0;
  for (const pid of tree) {
    if (ticks.has(pid)) cpuTicks.set(pid, ticks.get(pid));
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize;
      sum += rss;
      largest = Math.max(largest, rss);
      const name = names.get(pid);
      byName.set(name, Math.max(byName.get(name) || 0, rss));
    } catch {
      // exited
    }
  }
  peak = Math.max(peak, sum);
}

const sum = (values) => [...values].reduce((a, b) => a + b, 0);
const timer = setInterval(sample, 20);
child.on('exit', (code, signal) => {
  clearInterval(timer);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const mib = (bytes) => Math.round(bytes / 1048576);
  console.error(`peak-memory: ${label ? `${label} ` : ''}wall ${wall.toFixed(2)} s, CPU ${(sum(cpuTicks.values()) / 100).toFixed(1)} s, tree peak ${mib(peak)} MiB (largest process ${mib(largest)} MiB), load ${load} before`);
  if (process.env.PEAK_BY_NAME) console.error(`  largest by program: ${[...byName].sort((a, b) => b[1] - a[1]).map(([n, r]) => `${n} ${mib(r)} MiB`).join(', ')}`);
  process.exit(code ?? (signal ? 1 : 0));
});
