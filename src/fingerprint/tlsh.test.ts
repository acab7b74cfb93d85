// TLSH against the reference implementation's own test vectors (fixtures/vectors/tlsh, copied from ../shared/vectors/tlsh): every
// digest byte for byte, every distance with and without the length term.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { tlsh, tlshDistance, TLSH_MIN_BYTES } from './tlsh.js';

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
