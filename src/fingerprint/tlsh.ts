// TLSH (Trend Micro Locality Sensitive Hash), T1 format: 128 buckets, 1-byte checksum, sliding
// window of 5. Written from the published algorithm (Oliver, Cheng & Chen 2013; trendmicro/tlsh),
// and checked byte for byte against the reference's test vectors (../shared/vectors/tlsh). Our own
// implementation rather than the npm port: the digest must match the reference exactly on short
// inputs (50–511 bytes) and run at tens of MB/s over typed arrays.

import { countWindowsInPlace, windowCounts } from './tlsh-windows.js';

const BUCKETS = 128;
const CODE_SIZE = 32;
export const TLSH_MIN_BYTES = 50;
const SIGN_SAFE_BYTES = 2 ** 31 / 6;

function lCapturing(len: number): number {
  let i: number;
  if (len <= 656) i = Math.floor(Math.log(len) / Math.log(1.5));
  else if (len <= 3199) i = Math.floor(Math.log(len) / Math.log(1.3) - 8.72777);
  else i = Math.floor(Math.log(len) / Math.log(1.1) - 62.5472);
  return i & 0xff;
}

const swap = (b: number) => ((b & 0xf0) >> 4) | ((b & 0x0f) << 4);
const HEX = Buffer.from('0123456789ABCDEF', 'latin1');
// The digest's characters, written as bytes and read as one string: a fifth of the time of
// concatenating two hex digits a byte.
const DIGEST_CHARS = 2 + 2 * (3 + CODE_SIZE);
const DIGEST = Buffer.from('T1'.padEnd(DIGEST_CHARS, '0'), 'latin1');
function writeHex(out: Buffer, at: number, b: number): void {
  out[at] = HEX[b >> 4];
  out[at + 1] = HEX[b & 15];
}

// Scratch arrays reused from call to call (the function is synchronous): allocating typed arrays
// cost more than the rest of the digest's fixed work.
const SORTED = new Uint32Array(BUCKETS);
const CODE = new Uint8Array(CODE_SIZE);
// How many buckets hold each count, for quartiles without sorting (counts below its length).
const TALLY = new Uint32Array(4096);
const QUARTILES = { q1: 0, q2: 0, q3: 0, nonzero: 0 };

/**
 * The counts of rank 32, 64 and 96 among the first 128 buckets (what the sorted counts hold at
 * those places), and how many are not 0. Tallied by count: half the time of sorting them.
 */
export function quartiles(bucket: Uint32Array): typeof QUARTILES {
  const q = QUARTILES;
  let max = 0;
  for (let i = 0; i < BUCKETS; i++) if (bucket[i] > max) max = bucket[i];
  if (max >= TALLY.length) {
    const sorted = SORTED;
    sorted.set(bucket.subarray(0, BUCKETS));
    sorted.sort();
    q.q1 = sorted[BUCKETS / 4 - 1];
    q.q2 = sorted[BUCKETS / 2 - 1];
    q.q3 = sorted[(3 * BUCKETS) / 4 - 1];
    let nonzero = 0;
    for (let i = 0; i < BUCKETS; i++) if (bucket[i] > 0) nonzero++;
    q.nonzero = nonzero;
    return q;
  }
  const tally = TALLY.fill(0, 0, max + 1);
  for (let i = 0; i < BUCKETS; i++) tally[bucket[i]]++;
  // `below`: how many buckets hold less than `count`.
  let below = 0;
  let count = 0;
  while (below + tally[count] < BUCKETS / 4) below += tally[count++];
  q.q1 = count;
  while (below + tally[count] < BUCKETS / 2) below += tally[count++];
  q.q2 = count;
  while (below + tally[count] < (3 * BUCKETS) / 4) below += tally[count++];
  q.q3 = count;
  q.nonzero = BUCKETS - tally[0];
  return q;
}

/** The T1 digest of the bytes, or null when TLSH defines none (under 50 bytes, or too little variety). */
export function tlsh(data: Uint8Array): string | null {
  const n = data.length;
  if (n < TLSH_MIN_BYTES) return null;
  const checksum = countWindowsInPlace(data);
  const bucket = windowCounts;
  const q = quartiles(bucket);
  const { q1, q2, q3 } = q;
  if (q3 === 0) return null;
  if (q.nonzero <= (4 * CODE_SIZE) / 2) return null;
  const code = CODE;
  // A bucket's 2 bits: how many of q1 <= q2 <= q3 its count is above, each as the sign bit of
  // q - c while counts stay below 2^31 (6 a byte at most): a third of the time of branches.
  const signs = n < SIGN_SAFE_BYTES;
  for (let i = 0; i < CODE_SIZE; i++) {
    let h = 0;
    for (let k = 0; k < 4; k++) {
      const c = bucket[4 * i + k];
      const above = signs ? ((q1 - c) >>> 31) + ((q2 - c) >>> 31) + ((q3 - c) >>> 31) : q3 < c ? 3 : q2 < c ? 2 : q1 < c ? 1 : 0;
      h |= above << (2 * k);
    }
    code[i] = h;
  }
  const q1ratio = Math.floor((q1 * 100) / q3) % 16;
  const q2ratio = Math.floor((q2 * 100) / q3) % 16;
  const out = DIGEST;
  writeHex(out, 2, swap(checksum));
  writeHex(out, 4, swap(lCapturing(n)));
  writeHex(out, 6, swap(q1ratio | (q2ratio << 4)));
  for (let i = 0; i < CODE_SIZE; i++) writeHex(out, 8 + 2 * i, code[CODE_SIZE - 1 - i]);
  return out.toString('latin1', 0, DIGEST_CHARS);
}

interface Parsed { checksum: number; lvalue: number; q1: number; q2: number; code: Uint8Array }

function parse(digest: string): Parsed {
  const hex = digest.startsWith('T1') ? digest.slice(2) : digest;
  if (!/^[0-9A-Fa-f]{70}$/.test(hex)) throw new RangeError(`not a T1 TLSH digest: ${digest}`);
  const b = (i: number) => parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  const q = swap(b(2));
  const code = new Uint8Array(CODE_SIZE);
  for (let i = 0; i < CODE_SIZE; i++) code[i] = b(3 + CODE_SIZE - 1 - i);
  return { checksum: swap(b(0)), lvalue: swap(b(1)), q1: q & 15, q2: q >> 4, code };
}

function modDiff(x: number, y: number, r: number): number {
  const d = Math.abs(x - y);
  return Math.min(d, r - d);
}

// Distance between two 2-bit codes summed over a byte: |a − b|, with 3 counted as 6.
const PAIR = new Uint8Array(256 * 256);
for (let a = 0; a < 256; a++) {
  for (let b = 0; b < 256; b++) {
    let d = 0;
    for (let k = 0; k < 8; k += 2) {
      const x = Math.abs(((a >> k) & 3) - ((b >> k) & 3));
      d += x === 3 ? 6 : x;
    }
    PAIR[a * 256 + b] = d;
  }
}

/** The reference distance between two digests; `lengthTerm: false` is the reference's "xlen". */
export function tlshDistance(a: string, b: string, lengthTerm = true): number {
  const x = parse(a);
  const y = parse(b);
  let diff = 0;
  if (lengthTerm) {
    const l = modDiff(x.lvalue, y.lvalue, 256);
    diff += l <= 1 ? l : l * 12;
  }
  const d1 = modDiff(x.q1, y.q1, 16);
  diff += d1 <= 1 ? d1 : (d1 - 1) * 12;
  const d2 = modDiff(x.q2, y.q2, 16);
  diff += d2 <= 1 ? d2 : (d2 - 1) * 12;
  if (x.checksum !== y.checksum) diff += 1;
  for (let i = 0; i < CODE_SIZE; i++) diff += PAIR[x.code[i] * 256 + y.code[i]];
  return diff;
}
