import { createHash } from 'node:crypto';
import type { Fingerprints } from '../core/types.js';
import { normalizeForFingerprint } from './normalize.js';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** TLSH and MinHash arrive with the fingerprint issue; until then they are null, never made up. */
export function fingerprints(text: string): Fingerprints {
  return { sha256: sha256(Buffer.from(text, 'utf8')), normalizedSha256: sha256(Buffer.from(normalizeForFingerprint(text), 'utf8')), tlsh: null, minhash: null };
}
