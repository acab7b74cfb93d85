import { hash } from 'node:crypto';
import type { Fingerprints } from '../core/types.js';
import { normalizedBytes } from './normalize.js';
import { tlsh } from './tlsh.js';
import { minhashOfBytes } from './minhash.js';

// One-shot hashes: no Hash object per call (a fifth of a short text's hashing time).
export const sha256 = (data: string | Uint8Array): string => hash('sha256', data, 'hex');
const md5 = (data: Uint8Array): string => hash('md5', data, 'hex');

/** Hashes of the UTF-8 bytes (never JS code units); TLSH and MinHash are null where they define none. */
export function fingerprints(text: string): Fingerprints {
  const raw = Buffer.from(text, 'utf8');
  const normalized = normalizedBytes(text);
  const mh = minhashOfBytes(normalized);
  return {
    sha256: sha256(raw), md5: md5(raw), normalizedSha256: sha256(normalized), tlshRaw: tlsh(raw), tlsh: tlsh(normalized),
    minhash: mh ? mh.signature : null, shingles: mh ? mh.shingles : 0,
  };
}
