// API keys: `cs_<id>_<secret>` with a 12-hex-digit id (for look-up) and 256 random bits of secret.
// Only SHA-256 of the whole key is stored: for a random 256-bit secret a fast hash is enough (there
// is nothing to guess a dictionary from), and checking stays cheap on every request.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type ApiKeyRecord, type Role, type Store, type WriteContext } from '../store/store.js';

const KEY = /^cs_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export function newKey(): { id: string; key: string; hash: string } {
  const id = randomBytes(6).toString('hex');
  const key = `cs_${id}_${randomBytes(32).toString('base64url')}`;
  return { id, key, hash: hashKey(key) };
}

/** The id of a well-formed key, else null. */
export function keyId(key: string): string | null {
  return KEY.exec(key)?.[1] ?? null;
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

export const roleAtLeast = (have: Role, need: Role) => ROLES.indexOf(have) >= ROLES.indexOf(need);

export async function createApiKey(store: Store, role: Role, name: string, ctx: WriteContext): Promise<{ key: string; record: ApiKeyRecord }> {
  const k = newKey();
  const record = await store.createKey({ id: k.id, hash: k.hash, name, role }, ctx);
  return { key: k.key, record };
}
