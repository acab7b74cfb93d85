// Opening a store: a SQLite file (the embedded default, ./data/claimscope.db) or PostgreSQL by URL.
// Precedence: --db FILE, then --database-url URL, then $DATABASE_URL, then the default file.
import { ClaimScopeError } from '../core/errors.js';
import { PgDb } from './postgres/pg-db.js';
import { SqliteDb } from './sqlite/sqlite-db.js';
import { SqlStore } from './sql/sql-store.js';

export const DEFAULT_DB = 'data/claimscope.db';

export interface StoreLocation { db?: string; databaseUrl?: string; schema?: string }

export function openSqliteStore(file: string): SqlStore {
  return new SqlStore(new SqliteDb(file));
}

export async function openPgStore(url: string, schema?: string): Promise<SqlStore> {
  return new SqlStore(await PgDb.open({ url, schema }));
}

export function resolveLocation(loc: StoreLocation, env: NodeJS.ProcessEnv = process.env): { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string } {
  if (loc.db !== undefined && loc.databaseUrl !== undefined) throw new ClaimScopeError('usage.bad_option', '--db and --database-url: one store at a time');
  if (loc.db !== undefined) return { kind: 'sqlite', file: loc.db };
  const url = loc.databaseUrl ?? env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new ClaimScopeError('usage.bad_option', 'a database URL starts with postgres:// or postgresql://');
    return { kind: 'postgres', url };
  }
  return { kind: 'sqlite', file: DEFAULT_DB };
}

export async function openStore(loc: StoreLocation = {}): Promise<SqlStore> {
  const where = resolveLocation(loc);
  return where.kind === 'sqlite' ? openSqliteStore(where.file) : openPgStore(where.url, loc.schema);
}

/** Where a store lives, for messages (a URL's password is never shown). */
export function describeLocation(loc: StoreLocation): string {
  const where = resolveLocation(loc);
  return where.kind === 'sqlite' ? `SQLite ${where.file}` : `PostgreSQL ${where.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}`;
}
