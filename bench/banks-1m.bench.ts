// Match latency and memory against a large bank (issue 5: 1M items, p95 < 10 ms on one core, bank
// memory < 2 GB). Items are synthetic: random MinHash signatures and hashes, written straight into
// an SQLite file through the BankStore; then real fingerprinted texts are added as the targets, and
// queries (their near duplicates, and unrelated texts) are matched. Slow (minutes): not part of
// `npm run bench`.
//
//   node --import tsx bench/banks-1m.bench.ts [--items 1000000] [--db /tmp/claimscope-1m.db]
import { rmSync, statSync } from 'node:fs';
import { fingerprints } from '../src/fingerprint/fingerprints.js';
import { openSqliteStore } from '../src/store/open.js';
import type { NewBankItem } from '../src/store/bank-store.js';
import { match } from '../src/banks/match.js';

const opt = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const N = Number(opt('--items', '1000000'));
const file = opt('--db', '/tmp/claimscope-1m.db');
for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });

let seed = 5;
const rand32 = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
const hex = (n: number) => Array.from({ length: n }, () => (rand32() & 15).toString(16)).join('');

const store = openSqliteStore(file);
await store.createBank('big', 'block');
const t0 = performance.now();
const BATCH = 20_000;
for (let done = 0; done < N; done += BATCH) {
  const batch: NewBankItem[] = [];
  for (let i = done; i < Math.min(N, done + BATCH); i++) {
    batch.push({
      bank: 'big', id: `syn-${i}`, labels: { tier: String(i % 3) }, status: 'active',
      signals: { sha256: hex(64), md5: hex(32), normalizedSha256: hex(64), tlsh: null, tlshRaw: null, shingles: 500, minhash: Array.from({ length: 128 }, rand32) },
    });
  }
  await store.putItems(batch);
  if ((done / BATCH) % 10 === 0) process.stderr.write(`\r${done.toLocaleString('en')} items, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
const loadS = (performance.now() - t0) / 1000;

// Targets: real texts, and their near duplicates as queries.
let s2 = 3;
const rand = () => ((s2 = (Math.imul(s2, 1103515245) + 12345) >>> 0) / 2 ** 32);
const syl = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vel', 'no', 'ri', 'dan', 'po', 'li'];
const text = () => Array.from({ length: 300 }, () => Array.from({ length: 3 }, () => syl[Math.floor(rand() * syl.length)]).join('')).join(' ');
const targets = Array.from({ length: 200 }, text);
for (const [i, t] of targets.entries()) await store.putItem({ bank: 'big', id: `real-${i}`, signals: fingerprints(t), labels: {}, status: 'active' });
const times: number[] = [];
let found = 0;
let falseMatches = 0;
for (let i = 0; i < targets.length; i++) {
  for (const [query, own] of [[`Forwarded. ${targets[i]} Thanks.`, true], [text(), false]] as const) {
    const f = fingerprints(query);
    const t = performance.now();
    const r = await match(store, ['big'], f);
    times.push(performance.now() - t);
    if (own && r.matches.some((m) => m.item === `real-${i}`)) found++;
    falseMatches += r.matches.filter((m) => m.item !== `real-${i}` || !own).length;
  }
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
const rss = process.memoryUsage().rss / 1e6;
const size = [file, `${file}-wal`].reduce((n, f) => { try { return n + statSync(f).size; } catch { return n; } }, 0) / 1e6;
process.stdout.write(`\nClaimScope 1M-bank benchmark — ${new Date().toISOString()} — ${N.toLocaleString('en')} synthetic items + 200 real
load: ${loadS.toFixed(0)} s; database ${size.toFixed(0)} MB on disk; process RSS ${rss.toFixed(0)} MB
near duplicates found: ${found}/200; false matches: ${falseMatches}
match latency (fingerprinting excluded): p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${times[times.length - 1].toFixed(2)} ms over ${times.length} queries
targets: p95 < 10 ms: ${Number(q(0.95)) < 10 ? 'MET' : 'NOT MET'}; memory < 2 GB: ${rss < 2000 ? 'MET' : 'NOT MET'}
`);
await store.close();
