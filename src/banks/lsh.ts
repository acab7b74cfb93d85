// MinHash LSH: 32 bands of 4 slots; a band's key is MurmurHash3 (fingerprint/minhash.ts) over its
// four values. Two texts with Jaccard J share at least one band with probability 1 − (1 − J⁴)³²:
// 0.87 at J = 0.4, above 0.99 at J = 0.5, 0.23 at J = 0.2.
import { fmix32 } from '../fingerprint/minhash.js';

export const BANDS = 32;
export const ROWS = 4;

export function bandKeys(signature: readonly number[]): number[] {
  if (signature.length !== BANDS * ROWS) throw new RangeError(`a signature of ${BANDS * ROWS} slots is needed`);
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b;
    for (let r = 0; r < ROWS; r++) h = fmix32((h ^ signature[b * ROWS + r]) >>> 0) ^ Math.imul(r + 1, 0x9e3779b9);
    keys.push(fmix32(h >>> 0) | 0);
  }
  return keys;
}
