// Fingerprint throughput beside SHA-256 in the same run: TLSH over raw bytes, and the whole bundle
// of fingerprints() (sha256, md5, normalisation v1, normalised sha256, two TLSH digests).
//
//   node --import tsx bench/fingerprint.bench.ts [--mb 8]
import { createHash } from 'node:crypto';
import { tlsh } from '../src/fingerprint/tlsh.js';
import { fingerprints } from '../src/fingerprint/fingerprints.js';
import { generateCorpus } from './corpus.js';

const mbArg = process.argv.indexOf('--mb');
const docs = generateCorpus({ bytes: (mbArg > 0 ? Number(process.argv[mbArg + 1]) : 8) * 1_000_000, seed: 9 });
const bufs = docs.map((d) => Buffer.from(d.text, 'utf8'));
const mb = bufs.reduce((a, b) => a + b.length, 0) / 1e6;
function rate(f: () => void): number {
  f();
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return mb / (best / 1000);
}
const sha = rate(() => { for (const b of bufs) createHash('sha256').update(b).digest('hex'); });
const t = rate(() => { for (const b of bufs) tlsh(b); });
const bundle = rate(() => { for (const d of docs) fingerprints(d.text); });
process.stdout.write(`ClaimScope fingerprint benchmark — ${new Date().toISOString()} — ${docs.length} documents, ${mb.toFixed(1)} MB, one core
| metric | MB/s | vs. sha256 |
|---|---:|---:|
| sha256 (baseline) | ${sha.toFixed(0)} | 1 |
| TLSH (raw bytes) | ${t.toFixed(1)} | ${(t / sha).toFixed(3)}× |
| fingerprints() bundle | ${bundle.toFixed(1)} | ${(bundle / sha).toFixed(3)}× |
targets (issue 5): TLSH ≥ 80 MB/s: ${t >= 80 ? 'MET' : 'NOT MET'}; bundle ≥ 10 MB/s: ${bundle >= 10 ? 'MET' : 'NOT MET'}
`);
