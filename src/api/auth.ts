// Who is calling, and may they: the key from `Authorization: Bearer …` (or `X-API-Key`), checked
// against its stored hash; the route's role (config.role) against the key's. Reads need a viewer,
// writes an analyst, keys and bank imports an admin. Valid keys are remembered for a few seconds.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClaimScopeError } from '../core/errors.js';
import type { ApiKeyRecord, Store } from '../store/store.js';
import { hashKey, keyId, roleAtLeast, sameHash } from './keys.js';

const CACHE_MS = 5_000;

export interface AuthOptions { store: Store; openRead: boolean }

export function presentedKey(req: FastifyRequest): string | null {
  const auth = req.headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return m ? m[1] : auth.trim();
  }
  const x = req.headers['x-api-key'];
  return typeof x === 'string' ? x.trim() : null;
}

export function authenticate(opts: AuthOptions) {
  const cache = new Map<string, { record: ApiKeyRecord; until: number }>();
  const check = async (key: string): Promise<ApiKeyRecord | null> => {
    const hash = hashKey(key);
    const hit = cache.get(hash);
    if (hit && hit.until > Date.now()) return hit.record;
    const id = keyId(key);
    const found = id ? await opts.store.keyForAuth(id) : null;
    if (!found || found.record.revoked || !sameHash(found.hash, hash)) { cache.delete(hash); return null; }
    if (cache.size > 10_000) cache.clear();
    cache.set(hash, { record: found.record, until: Date.now() + CACHE_MS });
    return found.record;
  };
  const hook = async (req: FastifyRequest, _reply: FastifyReply) => {
    if (req.routeOptions.url === undefined) return; // no such route: a 404, whoever asks
    const need = req.routeOptions.config?.role ?? 'admin';
    const key = presentedKey(req);
    if (key !== null) {
      req.apiKey = await check(key);
      if (!req.apiKey && need !== 'public') throw new ClaimScopeError('auth.invalid_key');
    }
    if (need === 'public') return;
    if (!req.apiKey) {
      if (need === 'viewer' && opts.openRead) return;
      throw new ClaimScopeError('auth.missing_key');
    }
    if (!roleAtLeast(req.apiKey.role, need)) throw new ClaimScopeError('auth.forbidden', `${req.apiKey.role} key; this needs ${need}`);
  };
  /** Forget a key at once (revoked through this server). */
  hook.forget = (id: string) => { for (const [h, v] of cache) if (v.record.id === id) cache.delete(h); };
  return hook;
}
