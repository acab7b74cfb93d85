// An app on a throwaway store, with a key of each role, for the API tests (app.inject, no network).
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../store/store.js';
import type { Backend, TestStore } from '../store/test-stores.js';
import { BACKENDS } from '../store/test-stores.js';
import { buildApp, type AppOptions } from './app.js';
import { inProcessAnalyzer } from './analyzer.js';
import { createApiKey } from './keys.js';

export interface TestApp {
  app: FastifyInstance;
  t: TestStore;
  keys: Record<Role, string>;
  /** A request with the key of a role ('none': no key). */
  as(role: Role | 'none', req: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function testApp(opts: Partial<AppOptions> = {}, backend: Backend = BACKENDS[0]): Promise<TestApp> {
  const t = await backend.open();
  const app = await buildApp({ store: t.store, analyzer: inProcessAnalyzer(), rateLimit: false, ...opts });
  const keys = {} as Record<Role, string>;
  for (const role of ['viewer', 'analyst', 'admin'] as const) keys[role] = (await createApiKey(t.store, role, `test ${role}`, { by: 'test' })).key;
  return {
    app, t, keys,
    as: (role, req) => app.inject({ ...req, headers: { ...(role === 'none' ? {} : { authorization: `Bearer ${keys[role]}` }), ...req.headers } }),
    close: async () => { await app.close(); await t.cleanup(); },
  };
}
