// MinHash v1 and normalisation v1 against the published vectors, MurmurHash3's known values, and
// the behaviour banks rely on: near-duplicates score high, unrelated texts low, excerpts contained.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { containment, jaccard, minhash, murmur3, MINHASH_SLOTS } from './minhash.js';
import { normalizeForFingerprint } from './normalize.js';

const VECTORS = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../fixtures/vectors');
const jsonl = (file: string) => readFileSync(join(VECTORS, file), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

test('MurmurHash3 x86_32, seed 0: the known values', () => {
  const e = new TextEncoder();
  const rows: [string, number][] = [['', 0], ['a', 1009084850], ['abc', 3017643002], ['hello', 613153351], ['The quick brown fox jumps over the lazy dog', 776992547]];
  for (const [s, h] of rows) assert.equal(murmur3(e.encode(s)), h, s);
});

test('the published normalisation vectors', () => {
  for (const v of jsonl('normalization/vectors.jsonl')) assert.equal(normalizeForFingerprint(String(v.input)), v.normalized, JSON.stringify(v.input));
});

test('the published MinHash vectors', () => {
  for (const v of jsonl('minhash/vectors.jsonl')) {
    const m = minhash(String(v.text));
    assert.deepEqual(m ? m.signature : null, v.minhash, String(v.text));
    assert.equal(m ? m.shingles : 0, v.shingles);
  }
});

const BASE = 'The committee met on Tuesday to discuss the new budget for the public library, the parks and the swimming pool. Members asked for a report on the costs of repairs to the roof of the old school, and the chair said the council would publish it before the next meeting in the spring.';

test('near-duplicates, excerpts and unrelated texts', () => {
  const a = minhash(BASE)!;
  const reformatted = minhash(BASE.toUpperCase().replace(/ /g, '  ').replace(/,/g, ' ;'))!;
  assert.equal(jaccard(a.signature, reformatted.signature), 1);
  const framed = minhash(`Posted by a reader. ${BASE} Comments are closed.`)!;
  assert.ok(jaccard(a.signature, framed.signature) >= 0.6);
  const excerpt = minhash(BASE.slice(0, 120))!;
  assert.ok(containment(excerpt.signature, excerpt.shingles, a.signature, a.shingles) >= 0.8);
  const other = minhash('Rain is expected over the northern hills on Friday, with snow above 1,500 metres and strong winds along the coast through the weekend.')!;
  assert.ok(jaccard(a.signature, other.signature) < 0.1);
  assert.equal(minhash('  ,,, '), null);
});

test('property: signatures are 128 uint32 values; identical texts agree; jaccard is symmetric', () => {
  const words = fc.array(fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta', 'eta', 'theta'), { minLength: 1, maxLength: 40 });
  fc.assert(fc.property(words, words, (x, y) => {
    const a = minhash(x.join(' '))!;
    const b = minhash(y.join(' '))!;
    assert.equal(a.signature.length, MINHASH_SLOTS);
    for (const v of a.signature) assert.ok(Number.isInteger(v) && v >= 0 && v <= 0xffffffff);
    assert.deepEqual(minhash(x.join('  '))!.signature, a.signature);
    assert.equal(jaccard(a.signature, b.signature), jaccard(b.signature, a.signature));
  }), { numRuns: 100 });
});

test('reused buffers: a text hashes the same before and after longer and shorter ones', () => {
  const text = 'Two soldiers were killed when a bomb hit their patrol near the bridge on Tuesday, the police said.';
  const first = minhash(text)!;
  // Longer than the kept buffers (more than 2^20 words), then longer than the first, then empty.
  minhash('alpha beta '.repeat(600_000));
  minhash(`${text} ${text} ${text}`);
  assert.equal(minhash(''), null);
  assert.deepEqual(minhash(text), first);
});

test('murmur3: tails of 0-3 bytes after whole blocks, and multi-byte UTF-8 (values of the previous implementation)', () => {
  const e = new TextEncoder();
  const rows: [string, number][] = [['ab', 2613040991], ['abcd', 1139631978], ['abcdef', 1635893381], ['abcdefg', 2285673222], ['abcdefgh', 1239272644], ['ßü€😀', 801898868]];
  for (const [s, h] of rows) assert.equal(murmur3(e.encode(s)), h, s);
});
