// MinHash-128 over word 5-shingles of the normalised text (normalisation v1), specified so that
// another platform can reproduce it bit for bit (vectors: fixtures/vectors/minhash):
//
//   1. words   = normalizeForFingerprint(text).split(' ')   (empty text: no signature)
//   2. w[k]    = murmur3_x86_32(UTF-8 bytes of word k, seed 0)
//   3. shingle = murmur3_x86_32(the 20 bytes of w[k..k+4] as little-endian uint32s, seed 0)
//                (fewer than 5 words: one shingle over all of them)
//   4. one permutation hashing (Li, Owen & Zhang 2012) over the distinct shingles: v = fmix32(shingle);
//      bin = v >>> 25 (the top 7 bits: 128 bins); signature[bin] = the minimum of v over the bin
//   5. densification (Shrivastava 2017): an empty bin i takes the value of bin
//      j = fmix32(i × 0x9E3779B9 + t × 0x85EBCA6B mod 2³²) AND 127 for the first t = 1, 2, … whose
//      bin j holds a shingle
//
// One hash per shingle instead of 128 keeps the whole fingerprint bundle above 10 MB/s.
//
// fmix32 and murmur3_x86_32 are MurmurHash3's (Appleby, public domain). Jaccard similarity is the
// share of equal slots; containment of an excerpt follows from it and the two shingle counts.
import { normalizedBytesScratch } from './normalize.js';

export const MINHASH_VERSION = 1;
export const MINHASH_SLOTS = 128;
export const SHINGLE_WORDS = 5;

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** MurmurHash3 x86 32-bit of bytes. */
export function murmur3(bytes: Uint8Array, seed = 0): number {
  return murmur3Range(bytes, 0, bytes.length, seed);
}

/** murmur3 of bytes[from, to): no subarray per word in the hot loop. */
function murmur3Range(bytes: Uint8Array, from: number, to: number, seed = 0): number {
  let h = seed >>> 0;
  const n = to - from;
  const blocks = from + (n & ~3);
  for (let i = from; i < blocks; i += 4) {
    let k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    k = Math.imul(k, C1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, C2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const tail = n & 3;
  if (tail > 0) {
    let k = 0;
    if (tail === 3) k ^= bytes[blocks + 2] << 16;
    if (tail >= 2) k ^= bytes[blocks + 1] << 8;
    k ^= bytes[blocks];
    k = Math.imul(k, C1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, C2);
    h ^= k;
  }
  return fmix32(h ^ n);
}

const encoder = new TextEncoder();

/** murmur3 over uint32 values taken as little-endian 4-byte blocks: the same as over their bytes, without the bytes. */
function murmur3Words(words: Uint32Array, from: number, width: number): number {
  let h = 0;
  for (let i = from; i < from + width; i++) {
    let k = Math.imul(words[i], C1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, C2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  return fmix32(h ^ (4 * width));
}

// Scratch buffers grown as needed and reused (the functions are synchronous): typed-array
// allocation cost more per document than hashing a short text.
// Only buffers up to KEEP entries are kept, so one huge document does not pin its memory.
const KEEP = 1 << 20;
let wordScratch = new Uint32Array(4096);
let shingleScratch = new Uint32Array(4096);
let slotScratch = new Uint32Array(4096);
let usedScratch = new Uint8Array(4096);
const grown = (size: number) => 1 << Math.ceil(Math.log2(Math.max(size, 16)));

/** The shingle hashes of the normalised text, in order (repeats included). */
export function shingleHashes(normalized: string, bytes: Uint8Array = encoder.encode(normalized)): Uint32Array {
  return shingleHashesScratch(bytes).slice();
}

/** The same in a reused buffer: valid until the next call. */
function shingleHashesScratch(bytes: Uint8Array): Uint32Array {
  if (bytes.length === 0) return new Uint32Array(0);
  // Words are hashed on the UTF-8 bytes of the whole text, split at its single spaces.
  const words = wordScratch.length > bytes.length ? wordScratch : new Uint32Array(grown(bytes.length + 1));
  if (words.length <= KEEP) wordScratch = words;
  let n = 0;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 32) {
      words[n++] = murmur3Range(bytes, start, i);
      start = i + 1;
    }
  }
  const width = Math.min(SHINGLE_WORDS, n);
  const count = n - width + 1;
  const buffer = shingleScratch.length >= count ? shingleScratch : new Uint32Array(grown(count));
  if (buffer.length <= KEEP) shingleScratch = buffer;
  const out = buffer.subarray(0, count);
  for (let s = 0; s < count; s++) out[s] = murmur3Words(words, s, width);
  return out;
}

/** The 128-slot signature and the number of distinct shingles, or null for an empty text. */
export function minhash(text: string): { signature: number[]; shingles: number } | null {
  return minhashOfBytes(normalizedBytesScratch(text));
}

/** Of the UTF-8 bytes of a normalised text (normalize.ts `normalizedBytes`). */
export function minhashOfBytes(bytes: Uint8Array): { signature: number[]; shingles: number } | null {
  const hashes = shingleHashesScratch(bytes);
  if (hashes.length === 0) return null;
  const sig = new Uint32Array(MINHASH_SLOTS).fill(0xffffffff);
  const filled = new Uint8Array(MINHASH_SLOTS);
  const distinct = forEachDistinct(hashes, (h) => {
    const v = fmix32(h);
    const bin = v >>> 25;
    if (v < sig[bin]) sig[bin] = v;
    filled[bin] = 1;
  });
  const out: number[] = new Array<number>(MINHASH_SLOTS);
  for (let i = 0; i < MINHASH_SLOTS; i++) {
    out[i] = sig[i];
    if (filled[i]) continue;
    for (let t = 1; ; t++) {
      const j = fmix32((Math.imul(i, 0x9e3779b9) + Math.imul(t, 0x85ebca6b)) >>> 0) & (MINHASH_SLOTS - 1);
      if (filled[j]) { out[i] = sig[j]; break; }
    }
  }
  return { signature: out, shingles: distinct };
}

/** Calls `f` once per distinct value (open addressing; a shingle hash is already well mixed); returns their count. */
function forEachDistinct(values: Uint32Array, f: (v: number) => void): number {
  let size = 16;
  while (size < values.length * 2) size <<= 1;
  const mask = size - 1;
  const fits = slotScratch.length >= size;
  const slots = fits ? slotScratch : new Uint32Array(size);
  const used = fits ? usedScratch.fill(0, 0, size) : new Uint8Array(size);
  if (!fits && size <= KEEP) { slotScratch = slots; usedScratch = used; }
  let distinct = 0;
  for (let s = 0; s < values.length; s++) {
    const v = values[s];
    let k = v & mask;
    while (used[k] && slots[k] !== v) k = (k + 1) & mask;
    if (used[k]) continue;
    used[k] = 1;
    slots[k] = v;
    distinct++;
    f(v);
  }
  return distinct;
}

export function jaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) throw new RangeError('signatures of different lengths');
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Estimated containment of A (an excerpt, `sizeA` shingles) in B: |A∩B| / |A| from Jaccard and the sizes. */
export function containment(a: readonly number[], sizeA: number, b: readonly number[], sizeB: number): number {
  const j = jaccard(a, b);
  return Math.min(1, (j * (sizeA + sizeB)) / ((1 + j) * sizeA));
}
