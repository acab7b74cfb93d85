// The WebAssembly window loop against the loop it replaces, written out in JS.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countWindows, SALTS, V } from './tlsh-windows.js';

/** The definition: the reference's b_mapping of six triplets per window and its checksum, in JS. */
function countWindowsInJs(data: Uint8Array): { bucket: Uint32Array; checksum: number } {
  const pearson = (salt: number, a: number, b: number, c: number) => V[V[V[V[salt] ^ a] ^ b] ^ c];
  const [check, s1, s2, s3, s4, s5, s6] = SALTS;
  const bucket = new Uint32Array(256);
  let checksum = 0;
  for (let i = 4; i < data.length; i++) {
    const [j, j1, j2, j3, j4] = [data[i], data[i - 1], data[i - 2], data[i - 3], data[i - 4]];
    checksum = pearson(check, j, j1, checksum);
    bucket[pearson(s1, j, j1, j2)]++;
    bucket[pearson(s2, j, j1, j3)]++;
    bucket[pearson(s3, j, j2, j3)]++;
    bucket[pearson(s4, j, j2, j4)]++;
    bucket[pearson(s5, j, j1, j4)]++;
    bucket[pearson(s6, j, j3, j4)]++;
  }
  return { bucket, checksum };
}

function counted(data: Uint8Array) {
  const bucket = new Uint32Array(256).fill(7);
  const checksum = countWindows(data, bucket);
  return { bucket, checksum };
}

test('countWindows: table of inputs (one window, all one byte, text, every byte value, past one chunk, 5 to 15 bytes)', () => {
  const random = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24);
  const cases: [string, Uint8Array][] = [
    ['one window', Uint8Array.from([1, 2, 3, 4, 5])],
    ['all one byte', new Uint8Array(600).fill(97)],
    ['text', Buffer.from('the quick brown fox jumps over the lazy dog; '.repeat(20))],
    ['every byte value', Uint8Array.from({ length: 1024 }, (_, i) => i & 255)],
    ['past one chunk', random(300_000)],
    ['a chunk and a byte', random(127_996 + 5)],
  ];
  // Every count of windows left after the loop's groups of five (5 to 15 bytes: 1 to 11 windows).
  for (let n = 5; n <= 15; n++) cases.push([`${n} bytes`, random(n + 7).subarray(7)]);
  for (const [name, data] of cases) assert.deepEqual(counted(data), countWindowsInJs(data), name);
  assert.equal(counted(Uint8Array.from([1, 2, 3, 4, 5])).bucket.reduce((a, b) => a + b), 6, 'six triplets a window');
});

test('countWindows: fewer than 5 bytes count nothing', () => {
  for (const n of [0, 1, 4]) assert.deepEqual(counted(new Uint8Array(n).fill(9)), { bucket: new Uint32Array(256), checksum: 0 });
});

test('property: countWindows equals the JS loop', () => {
  fc.assert(fc.property(fc.uint8Array({ minLength: 5, maxLength: 3000 }), (data) => {
    assert.deepEqual(counted(data), countWindowsInJs(data));
  }), { numRuns: 300 });
});
