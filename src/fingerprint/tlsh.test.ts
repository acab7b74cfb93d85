// TLSH against the reference implementation's own test vectors (fixtures/vectors/tlsh, copied from ../shared/vectors/tlsh): every
// digest byte for byte, every distance with and without the length term.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { quartiles, tlsh, tlshDistance, TLSH_MIN_BYTES } from './tlsh.js';

const DIR = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../fixtures/vectors/tlsh');
const rows = (file: string) => readFileSync(join(DIR, file), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const digests = new Map<string, string>();
for (const [digest, path] of rows('example_data.128.1.len.out_EXP')) digests.set(path, digest);

test('all 80 reference digests, byte for byte (inputs of 50–511 bytes included)', () => {
  assert.equal(digests.size, 80);
  for (const [path, digest] of digests) assert.equal(tlsh(readFileSync(join(DIR, path))), digest, path);
});

test('reference distances without the length term (xlen)', () => {
  const list = rows('example_data.128.1.xlen.scores_EXP');
  assert.ok(list.length >= 79);
  for (const [a, b, score] of list) assert.equal(tlshDistance(digests.get(a)!, digests.get(b)!, false), Number(score), `${a} ~ ${b}`);
});

test('reference distances with the length term, all pairs', () => {
  const list = rows('example_data.128.1.len.xref.scores_EXP');
  assert.equal(list.length, 3160);
  for (const [a, b, score] of list) assert.equal(tlshDistance(digests.get(a)!, digests.get(b)!), Number(score), `${a} ~ ${b}`);
});

test('no digest under 50 bytes or for text with too little variety', () => {
  assert.equal(tlsh(new Uint8Array(TLSH_MIN_BYTES - 1).fill(97)), null);
  assert.equal(tlsh(new Uint8Array(4096).fill(97)), null);
  assert.throws(() => tlshDistance('T1XYZ', 'T1XYZ'), RangeError);
});

test('property: distance is a symmetric, zero-on-self measure over digests', () => {
  const bytes = fc.uint8Array({ minLength: 600, maxLength: 2000 });
  fc.assert(fc.property(bytes, bytes, (a, b) => {
    const x = tlsh(a);
    const y = tlsh(b);
    if (!x || !y) return;
    assert.match(x, /^T1[0-9A-F]{70}$/);
    assert.equal(tlshDistance(x, x), 0);
    assert.equal(tlshDistance(x, y), tlshDistance(y, x));
    assert.ok(tlshDistance(x, y, false) <= tlshDistance(x, y));
  }), { numRuns: 50 });
});

// The definition quartiles() replaces: the 128 counts sorted, read at ranks 32, 64 and 96.
function quartilesBySort(bucket: Uint32Array) {
  const sorted = Uint32Array.from(bucket.subarray(0, 128)).sort();
  return { q1: sorted[31], q2: sorted[63], q3: sorted[95], nonzero: sorted.filter((c) => c > 0).length };
}

test('quartiles: table of bucket counts (all equal, all zero, one large, counts past the tally)', () => {
  const of = (counts: number[]) => { const b = new Uint32Array(256); b.set(counts); return b; };
  const cases: [string, Uint32Array, { q1: number; q2: number; q3: number; nonzero: number }][] = [
    ['all zero', of([]), { q1: 0, q2: 0, q3: 0, nonzero: 0 }],
    ['all 5', of(Array(128).fill(5)), { q1: 5, q2: 5, q3: 5, nonzero: 128 }],
    ['0..127', of(Array.from({ length: 128 }, (_, i) => i)), { q1: 31, q2: 63, q3: 95, nonzero: 127 }],
    ['buckets past 128 ignored', of([...Array(128).fill(1), 99, 99]), { q1: 1, q2: 1, q3: 1, nonzero: 128 }],
    ['one count past the tally', of([...Array(127).fill(2), 1e6]), { q1: 2, q2: 2, q3: 2, nonzero: 128 }],
    ['half zero', of([...Array(64).fill(0), ...Array(64).fill(7)]), { q1: 0, q2: 0, q3: 7, nonzero: 64 }],
  ];
  for (const [name, bucket, want] of cases) assert.deepEqual({ ...quartiles(bucket) }, want, name);
});

test('property: quartiles equal the sorted counts at ranks 32, 64 and 96', () => {
  const counts = fc.array(fc.oneof(fc.nat(40), fc.nat(5000), fc.constant(0)), { minLength: 256, maxLength: 256 });
  fc.assert(fc.property(counts, (c) => {
    const bucket = Uint32Array.from(c);
    assert.deepEqual({ ...quartiles(bucket) }, quartilesBySort(bucket));
  }), { numRuns: 500 });
});
