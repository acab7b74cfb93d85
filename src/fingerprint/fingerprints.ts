import { createHash } from 'node:crypto';
import type { Fingerprints } from '../core/types.js';
import { normalizedBytes } from './normalize.js';
import { tlsh } from './tlsh.js';
import { minhashOfBytes } from './minhash.js';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const md5 = (data: Uint8Array): string => createHash('md5').update(data).digest('hex');

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
