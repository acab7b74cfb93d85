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
import { binnedShingles, shingleHashesScratch, SHINGLE_WORDS, SLOTS } from './minhash-kernel.js';

export const MINHASH_VERSION = 1;
export const MINHASH_SLOTS = SLOTS;
export { SHINGLE_WORDS };

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

/** MurmurHash3 x86 32-bit of bytes (minhash-kernel.ts runs the same steps over each word and shingle). */
export function murmur3(bytes: Uint8Array, seed = 0): number {
  const n = bytes.length;
  const blocks = n & ~3;
  const blockOf = (k: number) => Math.imul(rotl(Math.imul(k, C1), 15), C2);
  let h = seed | 0;
  for (let i = 0; i < blocks; i += 4) {
    h ^= blockOf(bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
    h = (Math.imul(rotl(h, 13), 5) + 0xe6546b64) | 0;
  }
  let tail = 0;
  for (let i = n - 1; i >= blocks; i--) tail = (tail << 8) | bytes[i];
  if ((n & 3) !== 0) h ^= blockOf(tail);
  return fmix32(h ^ n);
}

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));
const encoder = new TextEncoder();

/** The shingle hashes of the normalised text, in order (repeats included). */
export function shingleHashes(normalized: string, bytes: Uint8Array = encoder.encode(normalized)): Uint32Array {
  return bytes.length === 0 ? new Uint32Array(0) : shingleHashesScratch(bytes).slice();
}

/** The 128-slot signature and the number of distinct shingles, or null for an empty text. */
export function minhash(text: string): { signature: number[]; shingles: number } | null {
  return minhashOfBytes(normalizedBytesScratch(text));
}

/** Of the UTF-8 bytes of a normalised text (normalize.ts `normalizedBytes`). */
export function minhashOfBytes(bytes: Uint8Array): { signature: number[]; shingles: number } | null {
  if (bytes.length === 0) return null;
  const { minimum: sig, filled, distinct } = binnedShingles(bytes);
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
