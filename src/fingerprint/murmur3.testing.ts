// MurmurHash3 x86_32 (seed 0) as published, step by step: the definition tests compare with.
import { fmix32 } from './minhash.js';

export function murmur3Published(bytes: Uint8Array): number {
  const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));
  let h = 0;
  const blocks = bytes.length & ~3;
  for (let i = 0; i < blocks; i += 4) {
    const k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    h ^= Math.imul(rotl(Math.imul(k, 0xcc9e2d51), 15), 0x1b873593);
    h = (Math.imul(rotl(h, 13), 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  for (let i = bytes.length - 1; i >= blocks; i--) k = (k << 8) | bytes[i];
  if (bytes.length & 3) h ^= Math.imul(rotl(Math.imul(k, 0xcc9e2d51), 15), 0x1b873593);
  return fmix32(h ^ bytes.length);
}
