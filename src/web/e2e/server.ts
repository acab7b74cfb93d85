// A real ClaimScope server for the browser tests: a throwaway SQLite store, the workbench built as
// `serve` builds it, an admin, an analyst and a viewer key, listening on a free loopback port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../api/app.js';
import { inProcessAnalyzer } from '../../api/analyzer.js';
import { createApiKey } from '../../api/keys.js';
import { SqliteDb } from '../../store/sqlite/sqlite-db.js';
import { SqlStore } from '../../store/sql/sql-store.js';
import { webAssets } from '../build.js';

export interface TestServer { base: string; keys: { admin: string; analyst: string; viewer: string }; store: SqlStore; close(): Promise<void> }

export async function startServer(opts: { dbFile?: string } = {}): Promise<TestServer> {
  const dir = opts.dbFile ? null : mkdtempSync(join(tmpdir(), 'claimscope-e2e-'));
  const store = new SqlStore(new SqliteDb(opts.dbFile ?? join(dir!, 'e2e.db')));
  const app = await buildApp({ store, analyzer: inProcessAnalyzer(), web: await webAssets(), rateLimit: false });
  const analyst = (await createApiKey(store, 'analyst', 'e2e analyst', { by: 'test' })).key;
  const viewer = (await createApiKey(store, 'viewer', 'e2e viewer', { by: 'test' })).key;
  const admin = (await createApiKey(store, 'admin', 'e2e admin', { by: 'test' })).key;
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}`, keys: { admin, analyst, viewer }, store,
    close: async () => { await app.close(); await store.close(); if (dir) rmSync(dir, { recursive: true, force: true }); },
  };
}
