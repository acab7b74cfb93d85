#!/usr/bin/env node
// Runs every *.test.ts beside the code with node's test runner. On Node 20, `node --test` with no
// file arguments finds no .ts files, so the files are listed explicitly.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'scripts', 'bench', 'test'];
const files = [];
const walk = (dir) => {
  let entries;
  try { entries = readdirSync(dir); } catch { return; }
  for (const name of entries) {
    if (name === 'node_modules') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts')) files.push(p);
  }
};
roots.forEach((r) => (statSync(r, { throwIfNoEntry: false })?.isFile() ? files.push(r) : walk(r)));
if (files.length === 0) { console.error('no test files found'); process.exit(1); }
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files.sort()], { stdio: 'inherit' });
process.exit(res.status ?? 1);
