#!/usr/bin/env node
// Runs every *.test.ts beside the code with node's test runner. On Node 20, `node --test` with no
// file arguments finds no .ts files, so the files are listed explicitly.
//
// The store contract suite needs PostgreSQL: DATABASE_URL when set; else a throwaway cluster when
// PostgreSQL is installed (/usr/lib/postgresql); else a coded failure, never a silent skip.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { findPgBin, startThrowawayPostgres } from './throwaway-postgres.js';

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
let pg = null;
if (!process.env.DATABASE_URL) {
  const bin = findPgBin();
  if (!bin) {
    console.error('claimscope: error[store.postgres_missing] the store contract suite runs on PostgreSQL too: set DATABASE_URL=postgres://… or install PostgreSQL (Debian: apt-get install postgresql), then run npm test again');
    process.exit(1);
  }
  pg = await startThrowawayPostgres(bin);
  console.error(`PostgreSQL for the tests: a throwaway cluster at ${pg.url}`);
}
const env = pg ? { ...process.env, DATABASE_URL: pg.url } : process.env;
let status = 1;
try {
  const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files.sort()], { stdio: 'inherit', env });
  status = res.status ?? 1;
} finally {
  pg?.stop();
}
process.exit(status);
