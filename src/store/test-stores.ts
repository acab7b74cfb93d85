// The backends the store contract suite runs on. PostgreSQL is never skipped: without
// DATABASE_URL the suite fails with store.postgres_missing (scripts/run-tests.js starts a
// throwaway server when PostgreSQL is installed; .ci/run installs and starts one).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClaimScopeError } from '../core/errors.js';
import { PgDb } from './postgres/pg-db.js';
import { SqliteDb } from './sqlite/sqlite-db.js';
import { SqlStore } from './sql/sql-store.js';

export interface TestStore { store: SqlStore; cleanup(): Promise<void> }
export interface Backend { name: 'sqlite' | 'postgres'; open(): Promise<TestStore> }

let n = 0;

export function postgresUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new ClaimScopeError('store.postgres_missing', 'set DATABASE_URL=postgres://… or install PostgreSQL (Debian: apt-get install postgresql) and run npm test, which starts a throwaway server');
  return url;
}

export const BACKENDS: readonly Backend[] = [
  {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'claimscope-store-'));
      const store = new SqlStore(new SqliteDb(join(dir, 'test.db')));
      return { store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
  {
    name: 'postgres',
    async open() {
      const schema = `cs_test_${process.pid}_${++n}`;
      const url = postgresUrl();
      const db = await PgDb.open({ url, schema, max: 4 });
      const store = new SqlStore(db);
      return {
        store,
        cleanup: async () => {
          await store.close();
          const admin = await PgDb.open({ url, max: 1, migrate: false });
          await admin.dropSchema(schema);
          await admin.close();
        },
      };
    },
  },
];
