// Load test of POST /v1/analyze on loopback (issue 6: ≥ 300 requests/s for 5 KB documents on this
// 2-core machine, p99 < 50 ms, no errors). Starts `claimscope serve` as its own process on a
// throwaway SQLite store, takes the admin key it makes, warms up, then runs autocannon for a fixed
// time with a fixed number of connections, cycling through invented 5 KB documents from the
// corpus generator. Bounded: it stops by itself.
//
//   node --import tsx bench/api.bench.ts [--seconds 20] [--connections 8] [--threads 2]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { generateCorpus } from './corpus.js';

const opt = (name: string, dflt: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : dflt; };
const SECONDS = opt('seconds', 20);
const CONNECTIONS = opt('connections', 8);
const THREADS = opt('threads', 2);
const PORT = opt('port', 18399);

// 5 KB documents: generated ones of 4.5–5.5 KB.
const docs = generateCorpus({ bytes: 2_000_000, seed: 5 }).filter((d) => { const n = Buffer.byteLength(d.text); return n >= 4500 && n <= 5500; }).slice(0, 50);
if (docs.length < 10) throw new Error(`only ${docs.length} documents of about 5 KB`);
const meanBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / docs.length;

const dir = mkdtempSync(join(tmpdir(), 'claimscope-api-bench-'));
const server = spawn(process.execPath, ['bin/claimscope.js', 'serve', '--db', join(dir, 'bench.db'), '--port', String(PORT), '--threads', String(THREADS), '--rate-limit', '0', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DATABASE_URL: '' } });
let log = '';
server.stderr.on('data', (b: Buffer) => { log += b.toString(); });
const stopServer = () => { if (server.exitCode === null) server.kill('SIGTERM'); };
process.on('exit', stopServer);

try {
  for (let i = 0; i < 300 && !log.includes('serving http'); i++) await new Promise((r) => setTimeout(r, 100));
  if (!log.includes('serving http')) throw new Error(`the server did not start:\n${log}`);
  const key = readFileSync(join(dir, 'admin.key'), 'utf8').trim();
  const requests = docs.map((d) => ({ method: 'POST' as const, path: '/v1/analyze', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ text: d.text, published: d.published }) }));
  const load = (duration: number) => autocannon({ url: `http://127.0.0.1:${PORT}`, connections: CONNECTIONS, duration, requests });
  await load(3); // warm-up: JIT, worker threads
  const r = await load(SECONDS);
  const metrics = await (await fetch(`http://127.0.0.1:${PORT}/metrics`)).text();
  const rss = Number(/^process_resident_memory_bytes (\d+)/m.exec(metrics)?.[1] ?? NaN) / 1e6;
  const errors = r.errors + r.timeouts + r.non2xx;
  const rps = r.requests.total / SECONDS;
  process.stdout.write(`ClaimScope API load test — ${new Date().toISOString()} — POST /v1/analyze, loopback
documents: ${docs.length} invented, mean ${(meanBytes / 1000).toFixed(1)} KB; ${CONNECTIONS} connections; ${THREADS} analyze threads; ${SECONDS} s after a 3 s warm-up
requests/s: ${rps.toFixed(0)} (mean of the run; autocannon's per-second mean ${r.requests.average.toFixed(0)}, min ${r.requests.min})
latency ms: p50 ${r.latency.p50}, p90 ${r.latency.p90}, p99 ${r.latency.p99}, max ${r.latency.max}
requests: ${r.requests.total}; errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}; server RSS at the end ${rss.toFixed(0)} MB
targets: ≥ 300 requests/s ${rps >= 300 ? 'MET' : 'NOT MET'}; p99 < 50 ms ${r.latency.p99 < 50 ? 'MET' : 'NOT MET'}; no errors ${errors === 0 ? 'MET' : 'NOT MET'}
`);
} finally {
  stopServer();
  await new Promise((r) => setTimeout(r, 300));
  rmSync(dir, { recursive: true, force: true });
}
