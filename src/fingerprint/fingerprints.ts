import * as crypto from 'node:crypto';
import type { Fingerprints } from '../core/types.js';
import { normalizedBytesOfUtf8 } from './normalize.js';
import { tlsh } from './tlsh.js';
import { minhashOfBytes } from './minhash.js';
import { ScratchBuffer } from './scratch.js';

// One-shot hashes: no Hash object per call (a fifth of a short text's hashing time). crypto.hash
// arrived in Node 20.12; earlier 20.x releases take the Hash object (same digests).
const oneShot: (algorithm: string, data: string | Uint8Array) => string =
  typeof crypto.hash === 'function'
    ? (algorithm, data) => crypto.hash(algorithm, data, 'hex')
    : (algorithm, data) => crypto.createHash(algorithm).update(data).digest('hex');
export const sha256 = (data: string | Uint8Array): string => oneShot('sha256', data);
const md5 = (data: Uint8Array): string => oneShot('md5', data);

// The raw UTF-8 goes into a reused buffer (everything here is synchronous): no buffer allocated,
// nor the text's UTF-8 length counted first, per text.
const rawScratch = new ScratchBuffer(1 << 14, 1 << 22);

/** The UTF-8 of the text (a lone surrogate as U+FFFD, as Buffer.from writes it), valid until the next call. */
function utf8Scratch(text: string): Buffer {
  const buffer = rawScratch.of(3 * text.length);
  return buffer.subarray(0, buffer.write(text, 'utf8'));
}

/** Hashes of the UTF-8 bytes (never JS code units); TLSH and MinHash are null where they define none. */
export function fingerprints(text: string): Fingerprints {
  const raw = utf8Scratch(text);
  const normalized = normalizedBytesOfUtf8(text, raw);
  const mh = minhashOfBytes(normalized);
  return {
    sha256: sha256(raw), md5: md5(raw), normalizedSha256: sha256(normalized), tlshRaw: tlsh(raw), tlsh: tlsh(normalized),
    minhash: mh ? mh.signature : null, shingles: mh ? mh.shingles : 0,
  };
}
