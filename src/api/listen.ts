// Starting the API: open the store and the analyze pool, build the app, listen; close all on a signal.
// On first start with no API key at all, an admin key is made and written to <data dir>/admin.key
// (mode 0600) and printed once, so that a fresh install can be used and nothing is left open.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openStore, resolveLocation, type StoreLocation } from '../store/open.js';
import type { Store } from '../store/store.js';
import { buildApp } from './app.js';
import { poolAnalyzer, defaultThreads } from './analyzer.js';
import { createApiKey } from './keys.js';
import { buildWebAssets } from '../web/build.js';

export interface ServeOptions extends StoreLocation {
  host: string;
  port: number;
  threads?: number;
  openRead?: boolean;
  bodyLimit?: number;
  rateLimit?: number | false;
  quiet?: boolean;
}

export async function firstAdminKey(store: Store, file: string): Promise<string | null> {
  if ((await store.keys()).length > 0) return null;
  const { key } = await createApiKey(store, 'admin', 'first admin (made at first start)', { by: 'system:serve' });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

export async function serve(opts: ServeOptions, say: (line: string) => void): Promise<FastifyInstance> {
  const store = await openStore(opts);
  const analyzer = poolAnalyzer(opts.threads ?? defaultThreads());
  const web = await buildWebAssets(); // the workbench, bundled in memory (~0.2 s)
  const app = await buildApp({
    store, analyzer, web, openRead: opts.openRead, bodyLimit: opts.bodyLimit, rateLimit: opts.rateLimit,
    logger: opts.quiet ? false : { level: 'info' },
  });
  app.addHook('onClose', async () => { await analyzer.close(); await store.close(); });
  const where = resolveLocation(opts);
  const keyFile = join(where.kind === 'sqlite' ? dirname(where.file) : 'data', 'admin.key');
  const key = await firstAdminKey(store, keyFile);
  if (key) say(`claimscope: no API key existed, so an admin key was made (shown once; also in ${keyFile}, mode 0600):\n  ${key}\n  use it as: Authorization: Bearer ${key.slice(0, 19)}…; make more with: claimscope keys create --role analyst`);
  await analyzer.pipeline(); // the workers load the engine before the first request
  await app.listen({ host: opts.host, port: opts.port });
  return app;
}
